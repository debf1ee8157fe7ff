#include "DemoGroupWork.h"

#include "DemoRandom.h"
#include "domain/Entities.h"
#include "domain/Values.h"
#include "storage/Database.h"
#include "store/GroupWork.h"
#include "store/Store.h"

namespace teren {

// Group work in each locality over the window: a catch-up class or a leisure
// activity most weeks, now and then a PC course, a community meeting or a patrol
// with the police, a few of the locality's clients named; and anonymous contacts
// on the street. From a generator of its own, so the rest of the region stays
// what the seed always made.
void writeDemoGroupWork(Store &store, quint64 seed, const QList<DemoLocalityCrew> &localities, const QDate &from,
                        const QDate &to)
{
    demo::Random random(seed ^ 0x67726f7570ULL);
    static const QStringList weekly = {QStringLiteral("catch_up_classes"), QStringLiteral("children_leisure")};
    static const QStringList occasional = {QStringLiteral("pc_course"), QStringLiteral("community_meeting"),
                                           QStringLiteral("joint_patrol_police"), QStringLiteral("other")};
    GroupActivityRepository activities(store);
    AnonymousContactRepository anonymous(store);
    for (const DemoLocalityCrew &locality : localities) {
        if (locality.workers.isEmpty())
            continue;
        QList<QUuid> clients;
        Query query = store.database().prepare(
            QStringLiteral("SELECT id FROM client WHERE locality_id = ? ORDER BY id LIMIT 40"));
        query.bind(0, db::id(locality.locality)).exec();
        while (query.next())
            clients.append(db::toId(query.value(0)));
        for (QDate week = from; week <= to; week = week.addDays(7)) {
            const QUuid worker = locality.workers.at(random.below(static_cast<int>(locality.workers.size())));
            if (random.chance(0.6)) {
                GroupActivity activity;
                activity.kind = random.chance(0.8) ? weekly.at(random.below(2))
                                                   : occasional.at(random.below(4));
                activity.heldOn = week.addDays(random.below(5));
                activity.minutes = 30 * random.between(2, 6);
                activity.localityId = locality.locality;
                activity.workerId = worker;
                activity.participants = random.between(4, 18);
                const int named = clients.isEmpty() ? 0 : random.between(0, 3);
                for (int i = 0; i < named; ++i) {
                    const QUuid client = clients.at(random.below(static_cast<int>(clients.size())));
                    if (!activity.clientIds.contains(client))
                        activity.clientIds.append(client);
                }
                activities.create(activity);
            }
            if (random.chance(0.3)) {
                AnonymousContact contact;
                contact.contactOn = week.addDays(random.below(5));
                contact.minutes = 5 * random.between(2, 8);
                contact.localityId = locality.locality;
                contact.workerId = worker;
                contact.persons = random.between(1, 6);
                contact.interventions = {random.chance(0.7) ? QStringLiteral("counselling")
                                                            : QStringLiteral("crisis")};
                anonymous.create(contact);
            }
        }
    }
}

} // namespace teren
