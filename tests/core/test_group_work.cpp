// Contacts with several clients, group activities and anonymous contacts: the lists,
// the report's counts, erasure and anonymisation of one of the people involved.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "access/PersonalRecord.h"
#include "changes/ChangeLog.h"
#include "domain/Codes.h"
#include "domain/Error.h"
#include "report/ReportBuilder.h"
#include "report/ReportFormat.h"
#include "store/GroupWork.h"
#include "store/RegionRepositories.h"
#include "store/Repositories.h"
#include "store/Retention.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace teren;
using test::Fixture;

namespace {

struct Family
{
    QUuid locality, otherLocality, worker;
    QUuid mother, father, son;
};

QUuid addLocality(Store &store, const QUuid &region, const QString &code, const QString &name)
{
    Locality place;
    place.regionId = region;
    place.code = code;
    place.name = name;
    place.municipality = QStringLiteral("Most");
    place.district = QStringLiteral("Most");
    return DirectoryRepository(store).addLocality(place).id;
}

QUuid addClient(Store &store, const QString &given, const QUuid &locality, const QUuid &worker)
{
    Client client;
    client.givenName = given;
    client.familyName = QStringLiteral("Horváthovi");
    client.localityId = locality;
    client.workerId = worker;
    const QUuid id = ClientRepository(store).create(client).id;
    Cooperation cooperation;
    cooperation.clientId = id;
    cooperation.startOn = QDate(2026, 1, 5);
    CooperationRepository(store).create(cooperation);
    return id;
}

Family makeFamily(Store &store)
{
    Family family;
    const QUuid region = DirectoryRepository(store).addRegion(Region{QUuid(), QStringLiteral("Ústecký kraj")}).id;
    family.locality = addLocality(store, region, QStringLiteral("CH"), QStringLiteral("Chanov"));
    family.otherLocality = addLocality(store, region, QStringLiteral("PR"), QStringLiteral("Předlice"));
    Worker worker;
    worker.name = QStringLiteral("Jana Dvořáková");
    family.worker = DirectoryRepository(store).addWorker(worker).id;
    store.setCurrentWorker(family.worker);
    family.mother = addClient(store, QStringLiteral("Marie"), family.locality, family.worker);
    family.father = addClient(store, QStringLiteral("Josef"), family.locality, family.worker);
    family.son = addClient(store, QStringLiteral("Tomáš"), family.locality, family.worker);
    return family;
}

Contact visit(Store &store, const QUuid &first, const QList<QUuid> &others, const QDate &on, int minutes,
              const QString &place = QStringLiteral("field"), const QString &note = QStringLiteral("Rodina Horváthových"))
{
    Contact contact;
    contact.clientId = first;
    contact.otherClientIds = others;
    contact.contactOn = on;
    contact.minutes = minutes;
    contact.place = place;
    contact.interventions = {QStringLiteral("counselling")};
    contact.note = note;
    return ContactRepository(store).create(contact);
}

GroupActivity activity(Store &store, const QString &kind, const QDate &on, int participants,
                       const QList<QUuid> &clients = {}, const QUuid &locality = {})
{
    GroupActivity a;
    a.kind = kind;
    a.heldOn = on;
    a.minutes = 90;
    a.place = QStringLiteral("field");
    a.participants = participants;
    a.clientIds = clients;
    a.localityId = locality;
    a.note = QStringLiteral("Doučování u Horváthových");
    return GroupActivityRepository(store).create(a);
}

Report reportOf(Store &store, const QUuid &locality = {})
{
    ReportFilter filter = ReportFilter::calendarYear(2026);
    filter.localityId = locality;
    return computeReport(store.database(), filter);
}

QString noteOf(Store &store, const QString &table, const QUuid &id)
{
    return store.database()
        .scalar(QStringLiteral("SELECT coalesce(note, '') FROM %1 WHERE id = ?").arg(table), {id.toRfc4122()})
        .toString();
}

bool logHolds(Store &store, const QString &value)
{
    return store.database()
               .scalar(QStringLiteral("SELECT count(*) FROM change WHERE instr(fields, ?) > 0"), {value.toUtf8()})
               .toLongLong()
        > 0;
}

} // namespace

TEST_CASE("A group contact linked to three clients counts once in contact totals and once per client in each "
          "client's contact list",
          "[groups][report]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const Family family = makeFamily(store);
    const Contact group = visit(store, family.mother, {family.father, family.son}, QDate(2026, 3, 10), 120);
    visit(store, family.son, {}, QDate(2026, 4, 1), 15, QStringLiteral("phone"));

    for (const QUuid &client : {family.mother, family.father}) {
        const QList<Contact> contacts = ContactRepository(store).forClient(client);
        REQUIRE(contacts.size() == 1);
        CHECK(contacts.first().id == group.id);
        CHECK(contacts.first().otherClientIds == QList<QUuid>{family.father, family.son});
    }
    const QList<Contact> ofSon = ContactRepository(store).forClient(family.son);
    REQUIRE(ofSon.size() == 2);
    CHECK(ofSon.at(1).id == group.id); // newest first

    // Hand-worked: two contacts (the visit once, the call), 135 minutes, three persons.
    const Report report = reportOf(store);
    CHECK(report.contacts.count == 2);
    CHECK(report.contacts.minutes == 135);
    CHECK(report.contacts.byPlace.at(0).code == u"field");
    CHECK(report.contacts.byPlace.at(0).count == 1);
    CHECK(report.contacts.byPlace.at(0).minutes == 120);
    CHECK(report.contacts.byPlace.at(2).count == 1);
    CHECK(report.personsSupported == 3);
}

TEST_CASE("A contact counts for a filter that matches only a linked client, and once", "[groups][report]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const Family family = makeFamily(store);
    const QUuid neighbour = addClient(store, QStringLiteral("Eva"), family.otherLocality, family.worker);
    visit(store, family.mother, {neighbour, family.son}, QDate(2026, 5, 2), 60);

    const Report chanov = reportOf(store, family.locality);
    CHECK(chanov.contacts.count == 1);
    CHECK(chanov.contacts.minutes == 60);
    const Report predlice = reportOf(store, family.otherLocality);
    CHECK(predlice.contacts.count == 1);
    CHECK(predlice.contacts.minutes == 60);
    CHECK(predlice.contacts.byIntervention.first().count == 1);
    CHECK(reportOf(store).contacts.count == 1);
}

TEST_CASE("A client is linked to a contact once, and a link can be added and removed later", "[groups]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const Family family = makeFamily(store);
    const Contact contact = visit(store, family.mother, {}, QDate(2026, 3, 10), 30);
    ContactRepository contacts(store);
    CHECK_THROWS_WITH(visit(store, family.mother, {family.mother}, QDate(2026, 3, 10), 30),
                      "A client can be linked to a contact only once.");
    contacts.linkClient(contact.id, family.son);
    CHECK_THROWS_WITH(contacts.linkClient(contact.id, family.son), "A client can be linked to a contact only once.");
    CHECK(contacts.forClient(family.son).size() == 1);
    contacts.unlinkClient(contact.id, family.son);
    CHECK(contacts.forClient(family.son).isEmpty());
    CHECK(contacts.forClient(family.mother).size() == 1);
}

TEST_CASE("Erasing one participant removes their link and wipes the contact's note, and the contact stays for the "
          "others",
          "[groups][erasure]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const Family family = makeFamily(store);
    const QString note = QStringLiteral("Josef slíbil, že přijde");
    const Contact group = visit(store, family.mother, {family.father, family.son}, QDate(2026, 3, 10), 120,
                                QStringLiteral("field"), note);
    const GroupActivity classes =
        activity(store, QStringLiteral("catch_up_classes"), QDate(2026, 3, 12), 8, {family.father, family.son});

    REQUIRE(ClientRepository(store).erase(family.father));
    CHECK(noteOf(store, QStringLiteral("contact"), group.id).isEmpty());
    CHECK(noteOf(store, QStringLiteral("group_activity"), classes.id).isEmpty());
    CHECK_FALSE(logHolds(store, note));
    CHECK_FALSE(logHolds(store, QStringLiteral("Doučování u Horváthových")));
    const QList<Contact> ofMother = ContactRepository(store).forClient(family.mother);
    REQUIRE(ofMother.size() == 1);
    CHECK(ofMother.first().otherClientIds == QList<QUuid>{family.son});
    CHECK(ContactRepository(store).forClient(family.son).size() == 1);
    CHECK(GroupActivityRepository(store).find(classes.id)->clientIds == QList<QUuid>{family.son});
    CHECK(reportOf(store).contacts.count == 1);
}

TEST_CASE("Erasing a contact's first client passes the contact to the next linked client", "[groups][erasure]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const Family family = makeFamily(store);
    const QString note = QStringLiteral("Marie chce řešit dluhy");
    const Contact group = visit(store, family.mother, {family.father, family.son}, QDate(2026, 3, 10), 120,
                                QStringLiteral("field"), note);
    const Contact alone = visit(store, family.mother, {}, QDate(2026, 3, 11), 20);

    REQUIRE(ClientRepository(store).erase(family.mother));
    const QList<Contact> ofFather = ContactRepository(store).forClient(family.father);
    REQUIRE(ofFather.size() == 1);
    CHECK(ofFather.first().id == group.id);
    CHECK(ofFather.first().clientId == family.father);
    CHECK(ofFather.first().otherClientIds == QList<QUuid>{family.son});
    CHECK(ofFather.first().note.isEmpty());
    CHECK_FALSE(logHolds(store, note));
    CHECK(ContactRepository(store).forClient(family.son).size() == 1);
    // The mother's own contact goes with her.
    CHECK(store.database().scalar(QStringLiteral("SELECT deleted FROM contact WHERE id = ?"), {alone.id.toRfc4122()})
              .toInt()
          == 2);
    const Report report = reportOf(store);
    CHECK(report.contacts.count == 1);
    CHECK(report.contacts.minutes == 120);
}

TEST_CASE("Anonymising a client past retention wipes the notes of the group contacts and activities linking them",
          "[groups][retention]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const Family family = makeFamily(store);
    Client old;
    old.givenName = QStringLiteral("Bohumil");
    old.familyName = QStringLiteral("Starý");
    old.localityId = family.locality;
    const QUuid grandfather = ClientRepository(store).create(old).id;
    Cooperation ended;
    ended.clientId = grandfather;
    ended.startOn = QDate(2010, 1, 4);
    ended.endOn = QDate(2012, 6, 30);
    ended.endReason = QStringLiteral("goals_met");
    CooperationRepository(store).create(ended);
    const Contact group = visit(store, family.mother, {grandfather}, QDate(2026, 3, 10), 45, QStringLiteral("field"),
                                QStringLiteral("Děda Bohumil byl u toho"));
    const GroupActivity meeting =
        activity(store, QStringLiteral("community_meeting"), QDate(2026, 3, 12), 20, {grandfather});
    const Contact unrelated = visit(store, family.son, {}, QDate(2026, 3, 13), 10, QStringLiteral("field"),
                                    QStringLiteral("Jen Tomáš"));

    REQUIRE(Retention(store).anonymise({grandfather}, Retention::defaultYears) == 1);
    CHECK(noteOf(store, QStringLiteral("contact"), group.id).isEmpty());
    CHECK(noteOf(store, QStringLiteral("group_activity"), meeting.id).isEmpty());
    CHECK_FALSE(logHolds(store, QStringLiteral("Děda Bohumil byl u toho")));
    CHECK(noteOf(store, QStringLiteral("contact"), unrelated.id) == u"Jen Tomáš");
    // Both stay and count.
    CHECK(ContactRepository(store).forClient(family.mother).size() == 1);
    const Report report = reportOf(store);
    CHECK(report.contacts.count == 2);
    CHECK(report.groupActivities.at(Codes::groupActivityKinds().indexOf(QStringLiteral("community_meeting")))
              .participants
          == 20);
}

TEST_CASE("The report counts group activities and participants by kind, and anonymous contacts apart",
          "[groups][report]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const Family family = makeFamily(store);
    activity(store, QStringLiteral("catch_up_classes"), QDate(2026, 2, 3), 12, {family.son}, family.locality);
    activity(store, QStringLiteral("catch_up_classes"), QDate(2026, 2, 10), 9, {}, family.locality);
    activity(store, QStringLiteral("pc_course"), QDate(2026, 6, 1), 6, {}, family.otherLocality);
    activity(store, QStringLiteral("pc_course"), QDate(2025, 12, 31), 40, {}, family.locality); // before the year
    const GroupActivity removed = activity(store, QStringLiteral("other"), QDate(2026, 7, 1), 3);
    GroupActivityRepository(store).remove(removed.id);
    AnonymousContactRepository anonymous(store);
    AnonymousContact street;
    street.contactOn = QDate(2026, 4, 4);
    street.minutes = 30;
    street.localityId = family.locality;
    street.persons = 4;
    street.interventions = {QStringLiteral("counselling")};
    anonymous.create(street);
    street.contactOn = QDate(2026, 4, 5);
    street.persons = 1;
    street.localityId = family.otherLocality;
    anonymous.create(street);

    const Report report = reportOf(store);
    REQUIRE(report.groupActivities.size() == Codes::groupActivityKinds().size());
    const auto figures = [&report](const QString &kind) {
        for (const GroupActivityFigures &group : report.groupActivities) {
            if (group.kind == kind)
                return std::pair<qint64, qint64>{group.activities, group.participants};
        }
        return std::pair<qint64, qint64>{-1, -1};
    };
    CHECK(figures(QStringLiteral("catch_up_classes")) == std::pair<qint64, qint64>{2, 21});
    CHECK(figures(QStringLiteral("pc_course")) == std::pair<qint64, qint64>{1, 6});
    CHECK(figures(QStringLiteral("children_leisure")) == std::pair<qint64, qint64>{0, 0});
    CHECK(figures(QStringLiteral("other")) == std::pair<qint64, qint64>{0, 0});
    CHECK(report.anonymousContacts == 2);
    CHECK(report.anonymousPersons == 5);
    // Named clients' figures do not include them.
    CHECK(report.contacts.count == 0);

    const Report chanov = reportOf(store, family.locality);
    CHECK(chanov.anonymousContacts == 1);
    CHECK(chanov.anonymousPersons == 4);

    const QJsonObject json = toJsonObject(report);
    CHECK(json.value(QStringLiteral("anonymous_contacts")).toInt() == 2);
    CHECK(json.value(QStringLiteral("anonymous_persons")).toInt() == 5);
    const QJsonArray groups = json.value(QStringLiteral("group_activities")).toArray();
    REQUIRE(groups.size() == 6);
    CHECK(groups.at(0).toObject() == QJsonObject{{QStringLiteral("kind"), QStringLiteral("catch_up_classes")},
                                                 {QStringLiteral("activities"), 2},
                                                 {QStringLiteral("participants"), 21}});
    const QByteArray csv = toCsv(report);
    CHECK(csv.contains("group_activities,pc_course,,participants,6"));
    CHECK(csv.contains("anonymous_contacts,,,persons,5"));
}

TEST_CASE("A group activity or anonymous contact the rules refuse is not recorded, and the message names the field",
          "[groups]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const Family family = makeFamily(store);
    const auto refusal = [](const std::function<void()> &write) {
        try {
            write();
        } catch (const ValidationError &error) {
            return QStringLiteral("%1: %2").arg(error.field(), error.message());
        }
        return QString();
    };
    CHECK(refusal([&] { activity(store, QStringLiteral("karaoke"), QDate(2026, 2, 3), 5); })
          == u"kind: Unknown kind of group activity \"karaoke\".");
    CHECK(refusal([&] { activity(store, QStringLiteral("pc_course"), QDate(), 5); })
          == u"date: The date of the activity is required.");
    CHECK(refusal([&] {
              activity(store, QStringLiteral("pc_course"), QDate(2026, 2, 3), 1, {family.mother, family.son});
          })
          == u"participants: 2 clients are named among the participants, but only 1 took part: raise the number of "
             u"participants or name fewer clients.");
    AnonymousContact nobody;
    nobody.contactOn = QDate(2026, 2, 3);
    nobody.persons = 0;
    CHECK(refusal([&] { AnonymousContactRepository(store).create(nobody); })
          == u"persons: The number of persons must be between 1 and 100000.");
    CHECK(GroupActivityRepository(store).forLocality({}).isEmpty());
    CHECK(AnonymousContactRepository(store).forLocality({}).isEmpty());
}

TEST_CASE("A group activity's fields and named clients are edited in one change", "[groups]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const Family family = makeFamily(store);
    GroupActivity classes = activity(store, QStringLiteral("catch_up_classes"), QDate(2026, 2, 3), 5, {family.son},
                                     family.locality);
    classes.participants = 7;
    classes.clientIds = {family.mother, family.father};
    GroupActivityRepository(store).update(classes);
    const GroupActivity stored = *GroupActivityRepository(store).find(classes.id);
    CHECK(stored.participants == 7);
    CHECK(stored.clientIds == QList<QUuid>{family.mother, family.father});
    CHECK(stored.workerId == family.worker);
    CHECK(GroupActivityRepository(store).forClient(family.son).isEmpty());
    CHECK(GroupActivityRepository(store).forClient(family.mother).size() == 1);
    CHECK(GroupActivityRepository(store).forLocality(family.locality).size() == 1);
    CHECK(GroupActivityRepository(store).forLocality(family.otherLocality).isEmpty());
}

TEST_CASE("The access export of a person lists the group contacts they were linked to", "[groups][access]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const Family family = makeFamily(store);
    const Contact group = visit(store, family.mother, {family.son}, QDate(2026, 3, 10), 120);
    const PersonalRecord record = PersonalRecord::of(store, family.son);
    REQUIRE(record.contacts.size() == 1);
    CHECK(record.contacts.first().contact.id == group.id);
}
