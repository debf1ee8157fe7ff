// A client's history and the coordinator's audit, read from the change log and the
// views of each client: one test per scenario, on real files.
#include <catch2/catch.hpp>

#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "changes/History.h"
#include "domain/Codes.h"
#include "i18n/Dates.h"
#include "store/ClientHistory.h"
#include "store/ClientViews.h"

#include <QTimeZone>

using namespace teren;
using test::Replicas;

namespace {

QUuid addWorker(Store &store, const QString &name)
{
    Worker worker;
    worker.name = name;
    return DirectoryRepository(store).addWorker(worker).id;
}

QUuid makeClient(Store &store, const QString &given, const QString &family)
{
    Client client;
    client.givenName = given;
    client.familyName = family;
    client.gender = QStringLiteral("f");
    return ClientRepository(store).create(client).id;
}

Need makeNeed(Store &store, const QUuid &clientId, const QString &area)
{
    Need need;
    need.clientId = clientId;
    need.area = area;
    need.identifiedOn = QDate(2026, 10, 1);
    return NeedRepository(store).create(need);
}

void editClient(Store &store, const QUuid &id, const std::function<void(Client &)> &edit)
{
    Client client = *ClientRepository(store).find(id);
    edit(client);
    ClientRepository(store).update(client);
}

QList<HistoryEntry> entriesOf(const QList<HistoryEntry> &entries, const QString &entity, const QString &field)
{
    QList<HistoryEntry> found;
    for (const HistoryEntry &entry : entries) {
        if (entry.entity == entity && entry.field == field)
            found.append(entry);
    }
    return found;
}

QList<HistoryEntry> viewsIn(const QList<HistoryEntry> &entries)
{
    QList<HistoryEntry> views;
    for (const HistoryEntry &entry : entries) {
        if (entry.kind == HistoryEntry::Kind::View)
            views.append(entry);
    }
    return views;
}

// Everything a history shows of its values, as one text.
QString shownValues(const QList<HistoryEntry> &entries)
{
    QStringList values;
    for (const HistoryEntry &entry : entries)
        values << entry.oldText << entry.newText << entry.oldValue.toString() << entry.newValue.toString()
               << entry.record << entry.lostTo;
    return values.join(u'|');
}

} // namespace

TEST_CASE("An edit is in the client's history with the old and new value, who, when and on which laptop",
          "[history][audit]")
{
    test::Fixture fixture;
    Store &store = fixture.store();
    store.setCurrentWorker(addWorker(store, QStringLiteral("Jana Dvořáková")));
    const QUuid client = makeClient(store, QStringLiteral("Růžena"), QStringLiteral("Horváthová"));
    Need need = makeNeed(store, client, QStringLiteral("housing"));
    fixture.clock().advance(3'600'000);
    need.intensity = 3;
    NeedRepository(store).update(need);

    const QList<HistoryEntry> history = ClientHistory(store).ofClient(client);
    REQUIRE_FALSE(history.isEmpty());
    const HistoryEntry &newest = history.first();
    CHECK(newest.entity == u"need");
    CHECK(newest.field == u"intensity");
    CHECK(newest.fieldLabel == u"Intensity");
    CHECK(newest.oldText == u"2");
    CHECK(newest.newText == u"3");
    CHECK(newest.record == QStringLiteral("Need: %1").arg(store.codelists().areaLabel(QStringLiteral("housing"))));
    CHECK(newest.authorName == u"Jana Dvořáková");
    CHECK(newest.installation == store.replicaName());
    CHECK(newest.when == QDateTime::fromMSecsSinceEpoch(test::pinnedMs + 3'600'000, QTimeZone::utc()));
    CHECK(newest.needId == need.id);
    CHECK_FALSE(newest.lostInMerge);
    // Codes read as labels and dates as the language writes them; a new record's
    // values have no old one.
    const QList<HistoryEntry> gender = entriesOf(history, QStringLiteral("client"), QStringLiteral("gender"));
    REQUIRE(gender.size() == 1);
    CHECK(gender.first().oldText.isEmpty());
    CHECK(gender.first().newText == Codes::genderLabel(QStringLiteral("f")));
    const QList<HistoryEntry> identified = entriesOf(history, QStringLiteral("need"), QStringLiteral("identified_on"));
    REQUIRE(identified.size() == 1);
    CHECK(identified.first().newText == Dates::shortDate(QDate(2026, 10, 1)));
    CHECK(identified.first().newValue.toString() == u"2026-10-01");
    // Newest first.
    for (qsizetype i = 1; i < history.size(); ++i)
        CHECK_FALSE(history.at(i - 1).stamp < history.at(i).stamp);
}

TEST_CASE("A value that lost a merge stays in the history, marked lost to the value that won", "[history][merge]")
{
    Replicas replicas(2);
    const QUuid ruzena = makeClient(replicas[0], QStringLiteral("Růžena"), QStringLiteral("Horváthová"));
    replicas.send(0, 1);
    replicas.clock(0).advance(60'000);
    editClient(replicas[0], ruzena, [](Client &c) { c.notes = QStringLiteral("Stěhuje se do Sokolova."); });
    replicas.clock(1).advance(90'000);
    editClient(replicas[1], ruzena, [](Client &c) { c.notes = QStringLiteral("Zůstává v Chodově."); });
    replicas.send(0, 1);
    replicas.send(1, 0);

    for (int i = 0; i < 2; ++i) {
        INFO("replica " << i);
        const QList<HistoryEntry> notes =
            entriesOf(ClientHistory(replicas[i]).ofClient(ruzena), QStringLiteral("client"), QStringLiteral("notes"));
        REQUIRE(notes.size() == 2);
        CHECK(notes.at(0).newText == u"Zůstává v Chodově.");
        CHECK_FALSE(notes.at(0).lostInMerge);
        CHECK(notes.at(1).newText == u"Stěhuje se do Sokolova.");
        CHECK(notes.at(1).lostInMerge);
        CHECK(notes.at(1).lostTo.startsWith(QStringLiteral("“Zůstává v Chodově.” (")));
        CHECK(notes.at(1).note().startsWith(QStringLiteral("lost in merge to “Zůstává v Chodově.”")));
    }
}

TEST_CASE("A value written over after it was seen is not lost, however it arrived", "[history][merge]")
{
    Replicas replicas(2);
    const QUuid ruzena = makeClient(replicas[0], QStringLiteral("Růžena"), QStringLiteral("Horváthová"));
    editClient(replicas[0], ruzena, [](Client &c) { c.phone = QStringLiteral("777 123 456"); });
    replicas.send(0, 1);
    replicas.clock(1).advance(60'000);
    editClient(replicas[1], ruzena, [](Client &c) { c.phone = QStringLiteral("604 111 222"); });
    replicas.send(1, 0);

    const QList<HistoryEntry> phones =
        entriesOf(ClientHistory(replicas[0]).ofClient(ruzena), QStringLiteral("client"), QStringLiteral("phone"));
    REQUIRE(phones.size() == 2);
    CHECK(phones.at(0).oldText == u"777 123 456");
    CHECK(phones.at(0).newText == u"604 111 222");
    CHECK_FALSE(phones.at(0).lostInMerge);
    CHECK_FALSE(phones.at(1).lostInMerge);
}

TEST_CASE("After an erasure the history holds no value typed about the person, only that they were erased",
          "[history][erasure]")
{
    test::Fixture fixture;
    Store &store = fixture.store();
    const QUuid client = makeClient(store, QStringLiteral("Růžena"), QStringLiteral("Horváthová"));
    editClient(store, client, [](Client &c) {
        c.phone = QStringLiteral("777 999 888");
        c.notes = QStringLiteral("Bydlí u sestry.");
    });
    const Need need = makeNeed(store, client, QStringLiteral("debts"));
    Goal goal;
    goal.needId = need.id;
    goal.text = QStringLiteral("Splátkový kalendář");
    goal.horizon = QStringLiteral("short");
    PlanRepository(store).createGoal(goal);
    ClientViews(store).record(client, ClientViews::Kind::Card);
    REQUIRE(viewsIn(ClientHistory(store).ofClient(client)).size() == 1);

    fixture.clock().advance(60'000);
    REQUIRE(ClientRepository(store).erase(client));
    const QList<HistoryEntry> history = ClientHistory(store).ofClient(client);
    const QString shown = shownValues(history);
    for (const QString &typed : {QStringLiteral("Růžena"), QStringLiteral("Horváthová"), QStringLiteral("777 999 888"),
                                 QStringLiteral("Bydlí"), QStringLiteral("Splátkový")})
        CHECK_FALSE(shown.contains(typed));
    const QList<HistoryEntry> phone = entriesOf(history, QStringLiteral("client"), QStringLiteral("phone"));
    REQUIRE(phone.size() == 2); // written when she was registered (empty then: nobody can tell now), and edited
    for (const HistoryEntry &entry : phone) {
        CHECK(entry.newErased);
        CHECK(entry.newText == u"(erased)");
    }
    CHECK(phone.first().oldText == u"(erased)");
    const QList<HistoryEntry> erasure = entriesOf(history, QStringLiteral("client"), QStringLiteral("deleted"));
    REQUIRE(erasure.size() == 1);
    CHECK(erasure.first().oldText == u"active");
    CHECK(erasure.first().newText == u"erased");
    // The views went with the client.
    CHECK(viewsIn(history).isEmpty());
    CHECK(store.database().scalar(QStringLiteral("SELECT count(*) FROM client_view WHERE deleted = 2")).toInt() == 1);
}

TEST_CASE("A view records who opened the card, exported the data or printed the plan, when and where, and syncs",
          "[history][views]")
{
    Replicas replicas(2);
    const QUuid jana = addWorker(replicas[0], QStringLiteral("Jana Dvořáková"));
    replicas[0].setCurrentWorker(jana);
    const QUuid ruzena = makeClient(replicas[0], QStringLiteral("Růžena"), QStringLiteral("Horváthová"));
    Need need = makeNeed(replicas[0], ruzena, QStringLiteral("housing"));

    replicas.clock(0).advance(60'000);
    const ChangeSet edit = History::record(replicas[0].database(), [&] {
        need.intensity = 3;
        NeedRepository(replicas[0]).update(need);
    });
    replicas.clock(0).advance(60'000);
    REQUIRE(ClientViews(replicas[0]).record(ruzena, ClientViews::Kind::Card));
    REQUIRE(ClientViews(replicas[0]).recordExport(ruzena));
    REQUIRE(ClientViews(replicas[0]).recordPlanPrinted(ruzena));
    History::revert(replicas[0].recorder(), edit);
    CHECK(NeedRepository(replicas[0]).find(need.id)->intensity == 2);

    replicas.send(0, 1);
    for (int i = 0; i < 2; ++i) {
        INFO("replica " << i);
        const QList<HistoryEntry> views = viewsIn(ClientHistory(replicas[i]).ofClient(ruzena));
        REQUIRE(views.size() == 3);
        CHECK(views.at(0).field == u"plan");
        CHECK(views.at(0).fieldLabel == u"Individual plan printed");
        CHECK(views.at(1).field == u"export");
        CHECK(views.at(1).fieldLabel == u"Data exported");
        CHECK(views.at(2).field == u"card");
        CHECK(views.at(2).fieldLabel == u"Card opened");
        CHECK(views.at(2).authorName == u"Jana Dvořáková");
        CHECK(views.at(2).replica == replicas[0].replicaId());
        CHECK(views.at(2).when == QDateTime::fromMSecsSinceEpoch(test::pinnedMs + 120'000, QTimeZone::utc()));
    }
    CHECK(replicas.state(0) == replicas.state(1));
}

TEST_CASE("A view is not recorded in a file opened read-only", "[history][views]")
{
    test::Fixture fixture;
    const QUuid client = makeClient(fixture.store(), QStringLiteral("Růžena"), QStringLiteral("Horváthová"));
    fixture.takeStore().reset();
    StoreOptions options = fixture.options();
    options.readOnly = true;
    auto readOnly = Store::open(fixture.path(QStringLiteral("card.sqlite")), options);
    CHECK_FALSE(ClientViews(*readOnly).record(client, ClientViews::Kind::Card));
    CHECK(viewsIn(ClientHistory(*readOnly).ofClient(client)).isEmpty());
}

TEST_CASE("The audit of a period lists every client's changes and views stamped in its days", "[history][audit]")
{
    test::Fixture fixture;
    Store &store = fixture.store();
    const QUuid first = makeClient(store, QStringLiteral("Růžena"), QStringLiteral("Horváthová")); // 2 Nov
    fixture.clock().advance(2 * 86'400'000LL);                                                     // 4 Nov
    const QUuid second = makeClient(store, QStringLiteral("Karel"), QStringLiteral("Kučera"));
    ClientViews(store).record(first, ClientViews::Kind::Card);
    fixture.clock().advance(2 * 86'400'000LL); // 6 Nov
    editClient(store, first, [](Client &c) { c.alias = QStringLiteral("Růža"); });

    const QList<HistoryEntry> fourth = ClientHistory(store).between(QDate(2026, 11, 3), QDate(2026, 11, 5));
    REQUIRE_FALSE(fourth.isEmpty());
    QSet<QUuid> clients;
    for (const HistoryEntry &entry : fourth) {
        clients.insert(entry.clientId);
        CHECK(entry.when.date() == QDate(2026, 11, 4));
    }
    CHECK(clients == QSet<QUuid>{first, second});
    CHECK(viewsIn(fourth).size() == 1);
    CHECK(viewsIn(fourth).first().clientId == first);

    const QList<HistoryEntry> all = ClientHistory(store).between(QDate(2026, 11, 2), QDate(2026, 11, 6));
    CHECK(entriesOf(all, QStringLiteral("client"), QStringLiteral("alias")).size() == 1);
    CHECK(all.first().when.date() == QDate(2026, 11, 2)); // oldest first
    CHECK(ClientHistory(store).between(QDate(2026, 11, 7), QDate(2026, 12, 31)).isEmpty());
}
