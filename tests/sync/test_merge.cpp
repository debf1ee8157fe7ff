// One test per merge scenario, replicas exchanging their change logs directly (the
// bundle files around them are tested in test_bundle and test_sync_bundles).
#include <catch2/catch.hpp>

#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "domain/Error.h"
#include "sync/Conflicts.h"

#include <QCborValue>

using namespace teren;
using test::Replicas;

namespace {

QUuid makeClient(Store &store, const QString &given, const QString &family)
{
    Client client;
    client.givenName = given;
    client.familyName = family;
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

Client clientIn(Store &store, const QUuid &id)
{
    const std::optional<Client> client = ClientRepository(store).find(id);
    REQUIRE(client);
    return *client;
}

void editClient(Store &store, const QUuid &id, const std::function<void(Client &)> &edit)
{
    Client client = clientIn(store, id);
    edit(client);
    ClientRepository(store).update(client);
}

qint64 count(Store &store, const QString &sql)
{
    return store.database().scalar(sql).toLongLong();
}

// Every value a replica ever wrote to `field` of the row, oldest first.
QStringList historyOf(Store &store, const QUuid &id, const QString &field)
{
    QStringList values;
    Query query = store.database().prepare(
        QStringLiteral("SELECT fields FROM change WHERE row_key = ? ORDER BY hlc, replica"));
    query.bind(0, id.toRfc4122()).exec();
    while (query.next()) {
        const QCborMap fields = QCborValue::fromCbor(query.value(0).toByteArray()).toMap();
        if (fields.contains(field))
            values.append(fields.value(field).toString());
    }
    return values;
}

// The first replica deletes a need; a minute later the second, not knowing, raises
// its intensity to 3.
Need deleteHereEditThere(Replicas &replicas)
{
    const QUuid ruzena = makeClient(replicas[0], QStringLiteral("Růžena"), QStringLiteral("Horváthová"));
    const Need need = makeNeed(replicas[0], ruzena, QStringLiteral("housing"));
    replicas.send(0, 1);
    replicas.clock(0).advance(60'000);
    NeedRepository(replicas[0]).remove(need.id);
    replicas.clock(1).advance(120'000);
    Need edited = need;
    edited.intensity = 3;
    NeedRepository(replicas[1]).update(edited);
    return need;
}

} // namespace

TEST_CASE("Codelists seeded by every replica are the same changes and merge to nothing", "[sync][merge]")
{
    Replicas replicas(2);
    const MergeCounts counts = replicas.send(0, 1);
    CHECK(counts.inserted == 0);
    CHECK(counts.updated == 0);
    CHECK(counts.conflicts == 0);
    CHECK(replicas.state(0) == replicas.state(1));
}

TEST_CASE("Edits of different fields on two replicas both survive", "[sync][merge]")
{
    Replicas replicas(2);
    const QUuid ruzena = makeClient(replicas[0], QStringLiteral("Růžena"), QStringLiteral("Horváthová"));
    CHECK(replicas.send(0, 1).inserted == 1);

    replicas.clock(0).advance(60'000);
    editClient(replicas[0], ruzena, [](Client &c) { c.phone = QStringLiteral("777 123 456"); });
    replicas.clock(1).advance(120'000);
    editClient(replicas[1], ruzena, [](Client &c) { c.notes = QStringLiteral("Bydlí u sestry."); });

    CHECK(replicas.send(0, 1).updated == 1);
    CHECK(replicas.send(1, 0).updated == 1);
    for (int i = 0; i < 2; ++i) {
        const Client merged = clientIn(replicas[i], ruzena);
        CHECK(merged.phone == u"777 123 456");
        CHECK(merged.notes == u"Bydlí u sestry.");
    }
    CHECK(count(replicas[0], QStringLiteral("SELECT count(*) FROM conflict")) == 0);
    CHECK(replicas.state(0) == replicas.state(1));
}

TEST_CASE("Concurrent edits of one field: the later wins everywhere, the other stays in history and is listed",
          "[sync][merge]")
{
    Replicas replicas(2);
    const QUuid ruzena = makeClient(replicas[0], QStringLiteral("Růžena"), QStringLiteral("Horváthová"));
    replicas.send(0, 1);

    replicas.clock(0).advance(60'000);
    editClient(replicas[0], ruzena, [](Client &c) { c.notes = QStringLiteral("Stěhuje se do Sokolova."); });
    replicas.clock(1).advance(90'000);
    editClient(replicas[1], ruzena, [](Client &c) { c.notes = QStringLiteral("Zůstává v Chodově."); });

    const MergeCounts toSecond = replicas.send(0, 1);
    CHECK(toSecond.unchanged >= 1); // the older value lost: kept, not applied
    CHECK(toSecond.conflicts == 1);
    const MergeCounts toFirst = replicas.send(1, 0);
    CHECK(toFirst.updated == 1);
    CHECK(toFirst.conflicts == 1);

    for (int i = 0; i < 2; ++i) {
        CHECK(clientIn(replicas[i], ruzena).notes == u"Zůstává v Chodově.");
        CHECK(historyOf(replicas[i], ruzena, QStringLiteral("notes"))
              == QStringList{QString(), QStringLiteral("Stěhuje se do Sokolova."),
                             QStringLiteral("Zůstává v Chodově.")}); // created without notes
        CHECK(count(replicas[i], QStringLiteral("SELECT count(*) FROM conflict WHERE field = 'notes'")) == 1);
    }
    CHECK(replicas.state(0) == replicas.state(1));
}

TEST_CASE("An edit made after seeing the other replica's edit is not a conflict", "[sync][merge]")
{
    Replicas replicas(2);
    const QUuid ruzena = makeClient(replicas[0], QStringLiteral("Růžena"), QStringLiteral("Horváthová"));
    replicas.send(0, 1);
    replicas.clock(0).advance(60'000);
    editClient(replicas[0], ruzena, [](Client &c) { c.notes = QStringLiteral("první"); });
    replicas.send(0, 1);
    // The second replica's clock is behind, but it has seen the first edit: its own
    // edit must still win, and nobody disagreed.
    editClient(replicas[1], ruzena, [](Client &c) { c.notes = QStringLiteral("druhá"); });
    replicas.send(1, 0);
    CHECK(clientIn(replicas[0], ruzena).notes == u"druhá");
    CHECK(count(replicas[0], QStringLiteral("SELECT count(*) FROM conflict")) == 0);
    CHECK(replicas.state(0) == replicas.state(1));
}

TEST_CASE("A need deleted on one replica and edited later on another stays deleted and is listed", "[sync][merge]")
{
    Replicas replicas(2);
    const Need need = deleteHereEditThere(replicas);

    replicas.send(0, 1);
    replicas.send(1, 0);
    for (int i = 0; i < 2; ++i) {
        CHECK_FALSE(NeedRepository(replicas[i]).find(need.id));
        CHECK(count(replicas[i], QStringLiteral("SELECT count(*) FROM conflict WHERE field = '*'")) == 1);
        // The edit is kept: the value typed on the second laptop is in the log.
        CHECK(count(replicas[i], QStringLiteral("SELECT count(*) FROM need WHERE intensity = 3 AND deleted = 1")) == 1);
    }
    CHECK(replicas.state(0) == replicas.state(1));
}

TEST_CASE("Importing the same changes again changes nothing", "[sync][merge]")
{
    Replicas replicas(2);
    makeClient(replicas[0], QStringLiteral("Jiří"), QStringLiteral("Kotlár"));
    CHECK(replicas.send(0, 1).inserted == 1);
    const QString once = replicas.state(1);
    const qint64 logOnce = changelog::lastSeq(replicas[1].database());
    const MergeCounts again = replicas.send(0, 1);
    CHECK(again.inserted == 0);
    CHECK(again.updated == 0);
    CHECK(again.conflicts == 0);
    CHECK(replicas.state(1) == once);
    CHECK(changelog::lastSeq(replicas[1].database()) == logOnce);
}

TEST_CASE("Three replicas in a chain converge, whatever passes through the middle", "[sync][merge]")
{
    Replicas replicas(3);
    const QUuid jiri = makeClient(replicas[0], QStringLiteral("Jiří"), QStringLiteral("Kotlár"));
    replicas.send(0, 1); // A -> B
    replicas.clock(1).advance(10'000);
    editClient(replicas[1], jiri, [](Client &c) { c.phone = QStringLiteral("606 000 111"); });
    replicas.send(1, 2); // B -> C carries A's insert and B's edit
    replicas.clock(2).advance(20'000);
    editClient(replicas[2], jiri, [](Client &c) { c.birthYear = 1984; });
    replicas.send(2, 0); // C -> A
    replicas.send(0, 1); // A -> B
    const Client atB = clientIn(replicas[1], jiri);
    CHECK(atB.phone == u"606 000 111");
    CHECK(atB.birthYear == 1984);
    replicas.send(1, 2);
    CHECK(replicas.state(0) == replicas.state(1));
    CHECK(replicas.state(1) == replicas.state(2));
}

TEST_CASE("A row that arrives before its parent waits and is written when the parent comes", "[sync][merge]")
{
    Replicas replicas(2);
    const QUuid ruzena = makeClient(replicas[0], QStringLiteral("Růžena"), QStringLiteral("Horváthová"));
    const Need need = makeNeed(replicas[0], ruzena, QStringLiteral("debts"));

    // Feed the need's changes first, then the client's, as two separate imports.
    Database &source = replicas[0].database();
    QList<ChangeRecord> needChanges, clientChanges;
    changelog::forEach(source, 0, changelog::lastSeq(source), [&](const ChangeRecord &change) {
        if (change.entity == u"need")
            needChanges.append(change);
        else if (change.entity == u"client")
            clientChanges.append(change);
    });
    const auto importBatch = [&](const QList<ChangeRecord> &batch) {
        Transaction transaction(replicas[1].database());
        Merger merger(replicas[1]);
        for (const ChangeRecord &change : batch)
            merger.apply(change);
        merger.finish();
        transaction.commit();
        return merger.counts();
    };
    const MergeCounts first = importBatch(needChanges);
    CHECK(first.pending == 1);
    CHECK_FALSE(NeedRepository(replicas[1]).find(need.id));
    const MergeCounts second = importBatch(clientChanges);
    CHECK(second.pending == 0);
    CHECK(second.inserted == 2); // the client, then the need that waited for it
    CHECK(NeedRepository(replicas[1]).find(need.id)->area == u"debts");
}

TEST_CASE("A contact whose need has not arrived waits whole, links and all", "[sync][merge]")
{
    Replicas replicas(2);
    const QUuid ruzena = makeClient(replicas[0], QStringLiteral("Růžena"), QStringLiteral("Horváthová"));
    const Need need = makeNeed(replicas[0], ruzena, QStringLiteral("debts"));
    Contact contact;
    contact.clientId = ruzena;
    contact.contactOn = QDate(2026, 11, 1);
    contact.minutes = 30;
    contact.interventions = {QStringLiteral("counselling"), QStringLiteral("paperwork")};
    contact.needIds = {need.id};
    const QUuid contactId = ContactRepository(replicas[0]).create(contact).id;

    // The client and the contact first (the contact's own row can be written, its
    // link to the need cannot), then the need.
    Database &source = replicas[0].database();
    QList<ChangeRecord> first, second;
    changelog::forEach(source, 0, changelog::lastSeq(source), [&](const ChangeRecord &change) {
        if (change.entity == u"need")
            second.append(change);
        else if (change.entity == u"client" || change.entity == u"contact")
            first.append(change);
    });
    const auto importBatch = [&](const QList<ChangeRecord> &batch) {
        Transaction transaction(replicas[1].database());
        Merger merger(replicas[1]);
        for (const ChangeRecord &change : batch)
            merger.apply(change);
        merger.finish();
        transaction.commit();
        return merger.counts();
    };
    const auto links = [&](const char *table) {
        return count(replicas[1], QStringLiteral("SELECT count(*) FROM %1 WHERE contact_id = x'%2'")
                                      .arg(QLatin1String(table), QString::fromLatin1(contactId.toRfc4122().toHex())));
    };
    const MergeCounts waiting = importBatch(first);
    CHECK(waiting.pending == 1);
    CHECK(count(replicas[1], QStringLiteral("SELECT count(*) FROM contact")) == 0);
    CHECK(links("contact_intervention") == 0);
    CHECK(links("contact_need") == 0);

    const MergeCounts arrived = importBatch(second);
    CHECK(arrived.pending == 0);
    CHECK(arrived.inserted == 2); // the need, then the contact that waited for it
    CHECK(links("contact_intervention") == 2);
    CHECK(links("contact_need") == 1);
    CHECK(count(replicas[1], QStringLiteral("SELECT count(*) FROM contact WHERE interventions = ',counselling,paperwork,'"))
          == 1);
}

TEST_CASE("A local edit after a merge is stamped after everything merged", "[sync][merge]")
{
    Replicas replicas(2);
    const QUuid jiri = makeClient(replicas[0], QStringLiteral("Jiří"), QStringLiteral("Kotlár"));
    replicas.clock(0).advance(3'600'000); // the first laptop's clock runs an hour ahead
    editClient(replicas[0], jiri, [](Client &c) { c.notes = QStringLiteral("from the fast clock"); });
    replicas.send(0, 1);
    editClient(replicas[1], jiri, [](Client &c) { c.notes = QStringLiteral("typed later"); });
    replicas.send(1, 0);
    CHECK(clientIn(replicas[0], jiri).notes == u"typed later");
    CHECK(count(replicas[0], QStringLiteral("SELECT count(*) FROM conflict")) == 0);
}

TEST_CASE("Deciding a conflict writes one change that settles it on every replica", "[sync][merge][conflicts]")
{
    Replicas replicas(2);
    const QUuid ruzena = makeClient(replicas[0], QStringLiteral("Růžena"), QStringLiteral("Horváthová"));
    replicas.send(0, 1);
    replicas.clock(0).advance(60'000);
    editClient(replicas[0], ruzena, [](Client &c) { c.phone = QStringLiteral("777 111 222"); });
    replicas.clock(1).advance(90'000);
    editClient(replicas[1], ruzena, [](Client &c) { c.phone = QStringLiteral("606 333 444"); });
    replicas.send(0, 1);
    replicas.send(1, 0);

    QList<ConflictEntry> open = Conflicts(replicas[0]).list();
    REQUIRE(open.size() == 1);
    CHECK(open.first().field == u"phone");
    CHECK(open.first().first.value.toString() == u"777 111 222");
    CHECK(open.first().second.value.toString() == u"606 333 444"); // the newer, current value
    CHECK(open.first().first.replicaName == u"replica-0");
    CHECK(clientIn(replicas[0], ruzena).phone == u"606 333 444");

    // The older number was the right one.
    replicas.clock(0).advance(60'000);
    Conflicts(replicas[0]).decide(open.first(), open.first().first.value);
    CHECK(clientIn(replicas[0], ruzena).phone == u"777 111 222");
    CHECK(Conflicts(replicas[0]).list().isEmpty());
    REQUIRE(Conflicts(replicas[0]).list(true).size() == 1);
    CHECK(Conflicts(replicas[0]).list(true).first().decided);

    replicas.send(0, 1);
    CHECK(clientIn(replicas[1], ruzena).phone == u"777 111 222");
    CHECK(Conflicts(replicas[1]).list().isEmpty());
    CHECK(replicas.state(0) == replicas.state(1));
}

TEST_CASE("A row edited after its deletion can be restored by deciding the conflict", "[sync][merge][conflicts]")
{
    Replicas replicas(2);
    const Need need = deleteHereEditThere(replicas);
    replicas.send(1, 0);

    const QList<ConflictEntry> open = Conflicts(replicas[0]).list();
    REQUIRE(open.size() == 1);
    CHECK(open.first().field == u"*");
    replicas.clock(0).advance(60'000);
    Conflicts(replicas[0]).decide(open.first(), true);
    const std::optional<Need> restored = NeedRepository(replicas[0]).find(need.id);
    REQUIRE(restored);
    CHECK(restored->intensity == 3); // the edit typed after the deletion is there
    CHECK(Conflicts(replicas[0]).list().isEmpty());
}

TEST_CASE("An erasure is final: older and later edits from elsewhere do not bring the person back", "[sync][merge]")
{
    Replicas replicas(2);
    const QUuid ruzena = makeClient(replicas[0], QStringLiteral("Růžena"), QStringLiteral("Horváthová"));
    const Need need = makeNeed(replicas[0], ruzena, QStringLiteral("debts"));
    Goal goal;
    goal.needId = need.id;
    goal.text = QStringLiteral("Splátkový kalendář s exekutorem");
    goal.horizon = QStringLiteral("short");
    PlanRepository(replicas[0]).createGoal(goal);
    replicas.send(0, 1);

    // The second laptop, not knowing, writes a note before and one after the erasure.
    replicas.clock(1).advance(30'000);
    editClient(replicas[1], ruzena, [](Client &c) { c.notes = QStringLiteral("Tajná poznámka před výmazem"); });
    replicas.clock(0).advance(60'000);
    ClientRepository(replicas[0]).erase(ruzena);
    replicas.clock(1).advance(60'000);
    editClient(replicas[1], ruzena, [](Client &c) { c.phone = QStringLiteral("777 999 888"); });

    replicas.send(1, 0);
    replicas.send(0, 1);
    replicas.send(1, 0);
    for (int i = 0; i < 2; ++i) {
        INFO("replica " << i);
        CHECK_FALSE(ClientRepository(replicas[i]).find(ruzena));
        CHECK(count(replicas[i], QStringLiteral("SELECT count(*) FROM client WHERE deleted = 2 AND given_name IS NULL "
                                                "AND family_name IS NULL AND notes IS NULL AND phone IS NULL"))
              == 1);
        CHECK(count(replicas[i], QStringLiteral("SELECT count(*) FROM need WHERE deleted = 2")) == 1);
        CHECK(count(replicas[i], QStringLiteral("SELECT count(*) FROM goal WHERE deleted = 2 AND text = ''")) == 1);
        // Nothing typed about her survives anywhere, not even in the history.
        for (const QString &typed : {QStringLiteral("Horváthová"), QStringLiteral("Tajná poznámka"),
                                     QStringLiteral("777 999 888"), QStringLiteral("Splátkový")})
            CHECK(count(replicas[i], QStringLiteral("SELECT count(*) FROM change WHERE instr(fields, '%1') > 0")
                                         .arg(typed))
                  == 0);
    }
    CHECK(replicas.state(0) == replicas.state(1));
}

TEST_CASE("An erased client cannot be erased twice and an unknown one is refused", "[sync][merge]")
{
    Replicas replicas(1);
    const QUuid jiri = makeClient(replicas[0], QStringLiteral("Jiří"), QStringLiteral("Kotlár"));
    ClientRepository(replicas[0]).erase(jiri);
    CHECK_THROWS_AS(ClientRepository(replicas[0]).erase(jiri), ValidationError);
    CHECK_THROWS_AS(ClientRepository(replicas[0]).erase(QUuid::createUuid()), ValidationError);
}

TEST_CASE("Needs added to one client on two laptops read 1, 2, 3 in the same order everywhere", "[sync][merge]")
{
    Replicas replicas(2);
    const QUuid client = makeClient(replicas[0], QStringLiteral("Dana"), QStringLiteral("Bílá"));
    const QUuid housing = makeNeed(replicas[0], client, QStringLiteral("housing")).id;
    replicas.send(0, 1);
    replicas.clock(0).advance(1000);
    replicas.clock(1).advance(2000);
    const QUuid debts = makeNeed(replicas[0], client, QStringLiteral("debts")).id; // priority 2 here...
    const QUuid work = makeNeed(replicas[1], client, QStringLiteral("employment")).id; // ...and 2 there
    replicas.send(0, 1);
    replicas.send(1, 0);
    REQUIRE(replicas.state(0) == replicas.state(1));

    const auto order = [&](int replica) {
        QList<QPair<QUuid, int>> result;
        for (const Need &need : NeedRepository(replicas[replica]).forClient(client))
            result.append({need.id, need.priority});
        return result;
    };
    const QList<QPair<QUuid, int>> seen = order(0);
    REQUIRE(seen.size() == 3);
    CHECK(seen.at(0) == qMakePair(housing, 1));
    CHECK(seen.at(1).second == 2);
    CHECK(seen.at(2).second == 3);
    CHECK(QSet<QUuid>{seen.at(1).first, seen.at(2).first} == QSet<QUuid>{debts, work});
    CHECK(order(1) == seen);

    // Moving the last one up puts it second, and the stored numbers become 1, 2, 3.
    NeedRepository(replicas[1]).moveToPriority(seen.at(2).first, 2);
    const QList<QPair<QUuid, int>> moved = order(1);
    CHECK(moved.at(1).first == seen.at(2).first);
    CHECK(moved.at(2).first == seen.at(1).first);
    CHECK(replicas[1].database().scalar(QStringLiteral("SELECT group_concat(priority) FROM (SELECT priority FROM need "
                                                       "ORDER BY priority)")).toString()
          == u"1,2,3");
}
