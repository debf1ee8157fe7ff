// Laptops whose clocks run ahead: the merge names them, the local clock is not dragged
// along, a bundle from one is refused unless imported anyway, and the coordinator's
// decision (a clamp) folds alike on every replica, whenever it arrives.
#include <catch2/catch.hpp>

#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "changes/ChangeCodec.h"
#include "changes/EntityTable.h"
#include "changes/HybridLogicalClock.h"
#include "store/ClockCheck.h"
#include "store/RegionRepositories.h"
#include "store/RegionSetup.h"
#include "sync/BundleMerge.h"
#include "sync/Conflicts.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/Keyring.h"

#include <functional>
#include <limits>

using namespace teren;
using test::Replicas;

namespace {

constexpr qint64 dayMs = HybridLogicalClock::maxAheadMs;

QUuid makeClient(Store &store, const QString &given, const QString &notes = {})
{
    Client client;
    client.givenName = given;
    client.familyName = QStringLiteral("Kováčová");
    client.notes = notes;
    return ClientRepository(store).create(client).id;
}

Client clientIn(Store &store, const QUuid &id)
{
    const std::optional<Client> client = ClientRepository(store).find(id);
    REQUIRE(client);
    return *client;
}

void editNotes(Store &store, const QUuid &id, const QString &notes)
{
    Client client = clientIn(store, id);
    client.notes = notes;
    ClientRepository(store).update(client);
}

// Merges the changes of `from` that `take` picks, as one import.
void mergeOnly(Store &from, Store &to, const std::function<bool(const ChangeRecord &)> &take)
{
    Transaction transaction(to.database());
    Merger merger(to);
    changelog::forEach(from.database(), 0, changelog::lastSeq(from.database()), [&](const ChangeRecord &change) {
        if (take(change))
            merger.apply(change);
    });
    merger.finish();
    transaction.commit();
}

// The stamp of the client's row: of its newest change, as the fold counts them.
qint64 rowStamp(Store &store, const QUuid &id)
{
    return store.database()
        .scalar(QStringLiteral("SELECT hlc FROM client WHERE id = ?"), {id.toRfc4122()})
        .toLongLong();
}

bool isClamp(const ChangeRecord &change)
{
    return change.entity == u"clock_clamp";
}

qint64 clampCount(Store &store)
{
    return store.database().scalar(QStringLiteral("SELECT count(*) FROM clock_clamp")).toLongLong();
}

void advanceAll(Replicas &replicas, qint64 ms)
{
    for (int i = 0; i < replicas.size(); ++i)
        replicas.clock(i).advance(ms);
}

void exchangeAll(Replicas &replicas)
{
    for (int round = 0; round < 2; ++round)
        for (int from = 0; from < replicas.size(); ++from)
            for (int to = 0; to < replicas.size(); ++to)
                if (from != to)
                    replicas.send(from, to);
}

// Replica 0 decides (the coordinator), replica 1's clock runs a year ahead, replica 2
// edits the fast laptop's client after the decision; replicas 3 and 4 hear of it all
// later, in the orders the tests choose.
struct FastLaptop
{
    Replicas replicas{5};
    QUuid client;
    QList<ClockSkew> found;

    FastLaptop()
    {
        replicas.clock(1).advance(365 * dayMs);
        client = makeClient(replicas[1], QStringLiteral("Žofie"), QStringLiteral("Z notebooku, který předbíhá."));
        advanceAll(replicas, 60'000);
        found = replicas.sendClamping(1, 0);
        replicas.send(0, 2);
        advanceAll(replicas, 60'000);
        editNotes(replicas[2], client, QStringLiteral("Pozdější úprava."));
    }
};

// Replica `late` and the coordinator (0) and the editor (2) exchange all they hold:
// then the three hold the same.
void catchUpWithDecidersAndEditor(Replicas &replicas, int late)
{
    for (const int other : {0, 2}) {
        replicas.send(other, late);
        replicas.send(late, other);
    }
    CHECK(replicas.state(late) == replicas.state(0));
    CHECK(replicas.state(late) == replicas.state(2));
}

} // namespace

TEST_CASE("A merge names changes stamped more than a day ahead, and they do not drag its clock along",
          "[sync][clock]")
{
    Replicas replicas(3);
    replicas.clock(1).advance(365 * dayMs);
    makeClient(replicas[1], QStringLiteral("Žofie"));
    replicas.clock(2).advance(2 * 3'600'000); // two hours ahead: a time zone, not a wrong clock
    const QUuid near = makeClient(replicas[2], QStringLiteral("Věra"));

    const auto mergeFrom = [&replicas](int from) {
        Transaction transaction(replicas[0].database());
        Merger merger(replicas[0]);
        changelog::forEach(replicas[from].database(), 0, changelog::lastSeq(replicas[from].database()),
                           [&merger](const ChangeRecord &change) { merger.apply(change); });
        merger.finish();
        transaction.commit();
        return merger.clockSkew();
    };
    const QList<ClockSkew> found = mergeFrom(1);
    REQUIRE(found.size() == 1);
    CHECK(found.first().replica == replicas[1].replicaId().toRfc4122());
    CHECK(found.first().days() == 365);
    CHECK_FALSE(found.first().clamped);
    CHECK(clampCount(replicas[0]) == 0);
    CHECK(mergeFrom(2).isEmpty());

    // The next change here is stamped after the laptop two hours ahead, by this
    // laptop's clock otherwise, and so is the first change after the file opens again.
    const QUuid here = makeClient(replicas[0], QStringLiteral("Eva"));
    CHECK(rowStamp(replicas[0], here) == rowStamp(replicas[2], near) + 1);
    const QString path = replicas[0].database().path();
    StoreOptions options;
    options.clock = &replicas.clock(0);
    CHECK(Store::open(path, options)->recorder().clock().last() == rowStamp(replicas[0], here));

    // The same changes again are nothing new.
    CHECK(mergeFrom(1).isEmpty());
}

TEST_CASE("Once the coordinator clamps a fast laptop's clock, a later edit made elsewhere wins on every replica",
          "[sync][clock]")
{
    FastLaptop setup;
    Replicas &replicas = setup.replicas;
    REQUIRE(setup.found.size() == 1);
    CHECK(setup.found.first().clamped);
    CHECK(clampCount(replicas[0]) == 1);
    CHECK(clientIn(replicas[2], setup.client).notes == u"Pozdější úprava.");

    exchangeAll(replicas);
    const QString expected = replicas.state(0);
    for (int i = 0; i < replicas.size(); ++i) {
        CHECK(clientIn(replicas[i], setup.client).notes == u"Pozdější úprava.");
        CHECK(replicas.state(i) == expected);
    }
}

TEST_CASE("A replica that hears of the decision after the fast laptop's changes folds them again", "[sync][clock]")
{
    FastLaptop setup;
    Replicas &replicas = setup.replicas;
    // Replica 3 gets the fast laptop's change and the later edit, but not the decision:
    // without it the year-ahead stamp wins.
    replicas.send(1, 3);
    mergeOnly(replicas[2], replicas[3], [](const ChangeRecord &change) { return !isClamp(change); });
    CHECK(clientIn(replicas[3], setup.client).notes == u"Z notebooku, který předbíhá.");

    mergeOnly(replicas[0], replicas[3], isClamp);
    CHECK(clientIn(replicas[3], setup.client).notes == u"Pozdější úprava.");
    catchUpWithDecidersAndEditor(replicas, 3);
}

TEST_CASE("A replica that hears of the decision before the fast laptop's changes folds alike", "[sync][clock]")
{
    FastLaptop setup;
    Replicas &replicas = setup.replicas;
    mergeOnly(replicas[0], replicas[4], isClamp);
    CHECK(clampCount(replicas[4]) == 1);
    mergeOnly(replicas[2], replicas[4], [](const ChangeRecord &change) { return !isClamp(change); });
    CHECK(clientIn(replicas[4], setup.client).notes == u"Pozdější úprava.");
    replicas.send(1, 4);
    CHECK(clientIn(replicas[4], setup.client).notes == u"Pozdější úprava.");
    catchUpWithDecidersAndEditor(replicas, 4);
}

TEST_CASE("An edit of a value stamped ahead, imported as it was, still wins on every replica", "[sync][clock]")
{
    Replicas replicas(2);
    replicas.clock(1).advance(30 * dayMs);
    const QUuid id =
        makeClient(replicas[1], QStringLiteral("Žofie"), QStringLiteral("Z notebooku, který předbíhá."));
    replicas.send(1, 0); // imported anyway, without a decision
    replicas.clock(0).advance(60'000);
    editNotes(replicas[0], id, QStringLiteral("Opraveno po přečtení."));
    CHECK(clientIn(replicas[0], id).notes == u"Opraveno po přečtení.");

    replicas.send(0, 1);
    replicas.send(1, 0);
    CHECK(clientIn(replicas[1], id).notes == u"Opraveno po přečtení.");
    CHECK(replicas.state(0) == replicas.state(1));
}

TEST_CASE("Conflict review shows the change the clamped order makes newer as the current one", "[sync][clock]")
{
    Replicas replicas(3);
    const QUuid id = makeClient(replicas[2], QStringLiteral("Žofie"), QStringLiteral("Původní poznámka."));
    replicas.send(2, 0);
    replicas.send(2, 1);
    replicas.clock(1).advance(365 * dayMs);
    editNotes(replicas[1], id, QStringLiteral("Z notebooku, který předbíhá."));
    advanceAll(replicas, 60'000);
    REQUIRE(replicas.sendClamping(1, 0).size() == 1);
    // Made later than the decision, not knowing the fast laptop's edit.
    advanceAll(replicas, 60'000);
    editNotes(replicas[2], id, QStringLiteral("Pozdější úprava."));
    replicas.send(2, 0);

    CHECK(clientIn(replicas[0], id).notes == u"Pozdější úprava.");
    const QList<ConflictEntry> conflicts = Conflicts(replicas[0]).list();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.first().first.value.toString() == u"Z notebooku, který předbíhá.");
    CHECK(conflicts.first().second.value.toString() == u"Pozdější úprava.");
    CHECK(conflicts.first().secondStamp.replica == replicas[2].replicaId().toRfc4122());

    // Keeping the current value settles it, though the other side is stamped a year ahead.
    Conflicts(replicas[0]).decide(conflicts.first(), QStringLiteral("Pozdější úprava."));
    CHECK(Conflicts(replicas[0]).list().isEmpty());
    CHECK(clientIn(replicas[0], id).notes == u"Pozdější úprava.");
}

TEST_CASE("A file holding another laptop's changes dated days after this clock says so when it opens, unless "
          "they were clamped",
          "[sync][clock]")
{
    Replicas replicas(3);
    replicas.clock(1).advance(10 * dayMs);
    makeClient(replicas[1], QStringLiteral("Žofie"));
    replicas.send(1, 2);
    const ClockCheck imported = ClockCheck::of(replicas[2], QDate());
    CHECK(imported.problem == ClockCheck::Problem::BehindNewestChange);
    CHECK(imported.daysBehind() == 10);

    replicas.sendClamping(1, 0);
    CHECK(ClockCheck::of(replicas[0], QDate()).isFine());
    // The decision reaches the other laptop too.
    replicas.send(0, 2);
    CHECK(ClockCheck::of(replicas[2], QDate()).isFine());
}

TEST_CASE("In a region only the coordinator's installation decides how a fast clock counts", "[sync][clock]")
{
    Replicas replicas(2);
    Store &coordinator = replicas[0];
    RegionSetup::Plan plan;
    plan.regionName = QStringLiteral("Kraj");
    plan.coordinatorName = QStringLiteral("Koordinátorka");
    Provider provider;
    provider.name = QStringLiteral("Poskytovatel");
    plan.providers = {provider};
    const RegionSetup::Created created = RegionSetup::create(coordinator, plan);
    Worker worker;
    worker.name = QStringLiteral("Jana Malá");
    worker.providerId = created.providers.first();
    worker = WorkerRepository(coordinator).add(worker);
    {
        Installation installation{replicas[1].replicaId(), worker.id, QStringLiteral("notebook")};
        Transaction transaction(coordinator.database());
        EntityTable<Installation>::insert(coordinator.recorder(), installation);
        transaction.commit();
    }
    replicas[1].setRegionOwner(coordinator.replicaId());
    replicas[1].setEnrolledWorker(worker.id);
    replicas[1].setCurrentWorker(worker.id);
    replicas.send(0, 1);
    CHECK(Merger::mayClampClocks(coordinator));
    CHECK_FALSE(Merger::mayClampClocks(replicas[1]));

    // The coordinator's own clock runs ahead: the field laptop imports anyway, as stamped.
    replicas.clock(0).advance(10 * dayMs);
    makeClient(coordinator, QStringLiteral("Žofie"));
    const QList<ClockSkew> atLaptop = replicas.sendClamping(0, 1);
    REQUIRE(atLaptop.size() == 1);
    CHECK_FALSE(atLaptop.first().clamped);
    CHECK(clampCount(replicas[1]) == 0);

    // A decision a field laptop's key forged is refused everywhere.
    ChangeRecord forged;
    forged.entity = QStringLiteral("clock_clamp");
    forged.rowKey = QUuid::createUuidV5(QUuid(), QStringLiteral("forged")).toRfc4122();
    forged.stamp = {replicas[1].recorder().clock().tick(), replicas[1].replicaId().toRfc4122()};
    forged.author = worker.id.toRfc4122();
    forged.op = ChangeRecord::Insert;
    forged.fields.insert(QStringLiteral("clamped_replica"), coordinator.replicaId().toRfc4122());
    forged.fields.insert(QStringLiteral("clamp_hlc"), 1);
    forged.fields.insert(QStringLiteral("through_hlc"), std::numeric_limits<qint64>::max());
    {
        Transaction transaction(replicas[1].database());
        Merger merger(replicas[1]);
        merger.apply(forged);
        merger.finish();
        CHECK(merger.counts().refusedBy.value(Authorization::regionData) == 1);
        transaction.commit();
    }
    replicas.send(1, 0);
    CHECK(clampCount(coordinator) == 0);
    CHECK(clampCount(replicas[1]) == 0);
}

TEST_CASE("A bundle from a laptop whose clock runs ahead is refused untouched, or imported anyway and clamped",
          "[sync][clock][bundle]")
{
    Replicas replicas(2);
    Store &coordinator = replicas[0];
    replicas[1].setMeta(QStringLiteral("replica_name"), QStringLiteral("Cheb"));
    replicas.clock(1).advance(30 * dayMs + 3'600'000);
    const QUuid id =
        makeClient(replicas[1], QStringLiteral("Žofie"), QStringLiteral("Z notebooku, který předbíhá."));
    ExportOptions exportOptions;
    exportOptions.recipient = coordinator.replicaId();
    exportOptions.lock.recipientPublicKey = Keyring(coordinator).publicKey();
    const QString bundle = replicas.path(QStringLiteral("cheb-1.teren"));
    Exporter(replicas[1]).exportTo(bundle, exportOptions);

    ImportOptions options;
    options.key.secretKey = Keyring(coordinator).keys().secretKey;
    options.acceptNewSenders = true;
    const QString before = test::canonicalDump(coordinator.database(), true);
    const ImportReport refused = Importer(coordinator).importFrom(bundle, options);
    CHECK(refused.refused);
    CHECK(refused.reason
          == u"The clock of laptop \"Cheb\" runs 30 days ahead: its changes would win over every edit made "
             "elsewhere until then.");
    REQUIRE(refused.clockSkew.size() == 1);
    CHECK(refused.clockSkew.first().laptop == u"\"Cheb\"");
    CHECK(test::canonicalDump(coordinator.database(), true) == before);

    options.acceptClockSkew = true;
    const ImportReport imported = Importer(coordinator).importFrom(bundle, options);
    CHECK_FALSE(imported.refused);
    CHECK(imported.counts.inserted == 1);
    REQUIRE(imported.clockSkew.size() == 1);
    CHECK(imported.clockSkew.first().clamped);
    CHECK(imported.clockSkew.first().outcome()
          == u"The clock of laptop \"Cheb\" runs 30 days ahead: its changes count as made at this import.");
    CHECK(coordinator.database().scalar(QStringLiteral("SELECT clamp_hlc FROM clock_clamp")).toLongLong()
          == HybridLogicalClock::fromMs(test::pinnedMs));

    // The coordinator's next edit is stamped by its own clock and wins.
    replicas.clock(0).advance(60'000);
    editNotes(coordinator, id, QStringLiteral("Opraveno v kanceláři."));
    CHECK(HybridLogicalClock::toMs(rowStamp(coordinator, id)) == test::pinnedMs + 60'000);
    CHECK(clientIn(coordinator, id).notes == u"Opraveno v kanceláři.");
}

namespace {

// The client's insert as replica `from` logged it, restamped: what a signed bundle
// from an installation whose clock says so would carry.
QByteArray insertStampedAt(Store &from, const QUuid &client, qint64 hlc)
{
    QByteArray plaintext;
    changelog::forEach(from.database(), 0, changelog::lastSeq(from.database()), [&](const ChangeRecord &change) {
        if (change.entity == u"client" && change.op == ChangeRecord::Insert
            && change.rowKey == QVariant(client.toRfc4122())) {
            ChangeRecord restamped = change;
            restamped.stamp.hlc = hlc;
            plaintext += QCborValue(ChangeCodec::toCbor(restamped)).toCbor();
        }
    });
    REQUIRE_FALSE(plaintext.isEmpty());
    return plaintext;
}

} // namespace

TEST_CASE("A change stamped before 1970 or after the year 3000 is refused as unreadable, and nothing of it is kept",
          "[sync][clock]")
{
    Replicas replicas(2);
    const QUuid id = makeClient(replicas[1], QStringLiteral("Žofie"));
    const QString before = replicas.state(0);
    for (const qint64 hlc : {std::numeric_limits<qint64>::max(), HybridLogicalClock::latestStamp + 1, qint64(0),
                             qint64(-1)}) {
        CAPTURE(hlc);
        Transaction transaction(replicas[0].database());
        CHECK_THROWS_AS(BundleMerge::mergePlaintext(replicas[0], insertStampedAt(replicas[1], id, hlc)),
                        BundleError);
    }
    CHECK(replicas.state(0) == before);
}

TEST_CASE("An edit of a value stamped at the latest readable stamp comes after it without overflowing the clock",
          "[sync][clock]")
{
    Replicas replicas(2);
    const QUuid id = makeClient(replicas[1], QStringLiteral("Žofie"), QStringLiteral("Z roku 3000."));
    {
        Transaction transaction(replicas[0].database());
        BundleMerge::mergePlaintext(replicas[0], insertStampedAt(replicas[1], id, HybridLogicalClock::latestStamp));
        transaction.commit();
    }
    REQUIRE(rowStamp(replicas[0], id) == HybridLogicalClock::latestStamp);

    editNotes(replicas[0], id, QStringLiteral("Opraveno."));
    CHECK(clientIn(replicas[0], id).notes == u"Opraveno.");
    CHECK(rowStamp(replicas[0], id) > HybridLogicalClock::latestStamp);
    editNotes(replicas[0], id, QStringLiteral("Opraveno podruhé."));
    CHECK(clientIn(replicas[0], id).notes == u"Opraveno podruhé.");
}
