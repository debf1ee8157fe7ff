#include "DemoData.h"
#include "DemoGroupWork.h"
#include "changes/ChangeRecorder.h"
#include "changes/EntityTable.h"
#include "domain/Entities.h"
#include "domain/Values.h"
#include "storage/Database.h"
#include "store/Store.h"

#include <QHash>

namespace teren {

namespace {

QString utf8(const char *text) { return QString::fromUtf8(text); }

} // namespace

// The institutions the region works with, one of each kind per district, named on
// the steps an institution does (the kind by the need's area) and on the contacts
// that accompanied a client (to the institution of the client's first need).
// Written last, so the rest of the region is what it was without them.
int writeDemoPartners(Store &store)
{
    static const std::pair<const char *, const char *> kinds[] = {
        {"labour_office", "Úřad práce – kontaktní pracoviště %1"},
        {"municipal_office", "Městský úřad %1"},
        {"ospod", "OSPOD %1"},
        {"school", "Základní škola %1"},
        {"police", "Obvodní oddělení Policie ČR %1"},
        {"court_bailiff", "Okresní soud – %1"},
        {"health", "Nemocnice %1"},
        {"debt_counselling", "Dluhová poradna %1"},
        {"employer", "Technické služby %1"},
        {"other_ngo", "Nízkoprahový klub %1"},
    };
    static const QHash<QString, QString> kindOfArea = {
        {QStringLiteral("housing"), QStringLiteral("municipal_office")},
        {QStringLiteral("material"), QStringLiteral("labour_office")},
        {QStringLiteral("employment"), QStringLiteral("labour_office")},
        {QStringLiteral("debts"), QStringLiteral("debt_counselling")},
        {QStringLiteral("usury"), QStringLiteral("police")},
        {QStringLiteral("education"), QStringLiteral("school")},
        {QStringLiteral("health"), QStringLiteral("health")},
        {QStringLiteral("disease_prevention"), QStringLiteral("health")},
        {QStringLiteral("addiction"), QStringLiteral("health")},
        {QStringLiteral("crime"), QStringLiteral("court_bailiff")},
        {QStringLiteral("family"), QStringLiteral("ospod")},
        {QStringLiteral("documents"), QStringLiteral("municipal_office")},
        {QStringLiteral("prevention"), QStringLiteral("school")},
        {QStringLiteral("discrimination"), QStringLiteral("other_ngo")},
    };
    Database &db = store.database();
    ChangeRecorder &recorder = store.recorder();
    QHash<QString, QUuid> partnerOf; // district + kind
    int written = 0;
    for (const demo::PlaceSeed &seed : demo::places()) {
        const QString district = utf8(seed.district);
        if (partnerOf.contains(district + QStringLiteral("/labour_office")))
            continue;
        const QUuid locality =
            db::toId(db.scalar(QStringLiteral("SELECT id FROM locality WHERE code = ?"), {utf8(seed.code)}));
        for (const auto &[kind, name] : kinds) {
            Partner partner{QUuid(), utf8(kind), utf8(name).arg(district), locality, {}, {}};
            EntityTable<Partner>::insert(recorder, partner);
            partnerOf.insert(district + u'/' + partner.kind, partner.id);
            ++written;
        }
    }
    const auto partnerFor = [&](const QString &district, const QString &area) {
        return partnerOf.value(district + u'/' + kindOfArea.value(area, QStringLiteral("other_ngo")));
    };
    QList<std::pair<QUuid, QUuid>> steps;
    Query step = db.prepare(QStringLiteral(
        "SELECT s.id, n.area, l.district FROM step s JOIN goal g ON g.id = s.goal_id "
        "JOIN need n ON n.id = g.need_id JOIN client c ON c.id = n.client_id "
        "JOIN locality l ON l.id = c.locality_id WHERE s.responsible = 'institution' AND s.deleted = 0"));
    step.exec();
    while (step.next())
        steps.append({db::toId(step.value(0)), partnerFor(step.value(2).toString(), step.value(1).toString())});
    for (const auto &[stepId, partnerId] : std::as_const(steps)) {
        const std::optional<Step> before = EntityTable<Step>::find(db, stepId);
        Step after = *before;
        after.partnerId = partnerId;
        EntityTable<Step>::update(recorder, *before, after);
    }
    QList<std::pair<QUuid, QUuid>> contacts;
    Query contact = db.prepare(QStringLiteral(
        "SELECT c.id, l.district, (SELECT n.area FROM need n WHERE n.client_id = c.client_id AND n.deleted = 0 "
        "ORDER BY n.identified_on, n.id LIMIT 1) FROM contact c JOIN client cl ON cl.id = c.client_id "
        "JOIN locality l ON l.id = cl.locality_id WHERE c.deleted = 0 AND instr(c.interventions, ?) > 0"));
    contact.bind(0, db::codeNeedle(QStringLiteral("accompaniment"))).exec();
    while (contact.next())
        contacts.append({db::toId(contact.value(0)), partnerFor(contact.value(1).toString(), contact.value(2).toString())});
    for (const auto &[contactId, partnerId] : std::as_const(contacts)) {
        ContactPartner link{QUuid(), contactId, partnerId};
        EntityTable<ContactPartner>::insert(recorder, link);
    }
    return written;
}

} // namespace teren
