// Bundles between replicas: export, import, re-import, gaps, and every refusal,
// each asserting that a refused bundle leaves the database exactly as it was.
#include <catch2/catch.hpp>

#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "domain/Error.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/Keyring.h"
#include "sync/Peers.h"

#include <QFile>
#include <QSaveFile>
#include <QSemaphore>
#include <QThread>

#include <limits>
#include <thread>

#include <sqlite3.h>

using namespace teren;
using test::Replicas;

namespace {

QUuid makeClient(Store &store, const QString &given)
{
    Client client;
    client.givenName = given;
    client.familyName = QStringLiteral("Horváthová");
    return ClientRepository(store).create(client).id;
}

// Worker 1 and 2 send to the coordinator (0), sealed to its key.
struct Exchange
{
    Replicas replicas{3};
    Store &coordinator() { return replicas[0]; }
    Store &worker(int i) { return replicas[i]; }

    QString exportFrom(int worker, const QString &name, bool everything = false)
    {
        ExportOptions options;
        options.recipient = coordinator().replicaId();
        options.lock.recipientPublicKey = Keyring(coordinator()).publicKey();
        options.everything = everything;
        const QString path = replicas.path(name);
        Exporter(replicas[worker]).exportTo(path, options);
        return path;
    }

    ImportReport importAtCoordinator(const QString &path, bool acceptNew = true)
    {
        ImportOptions options;
        options.key.secretKey = Keyring(coordinator()).keys().secretKey;
        options.acceptNewSenders = acceptNew;
        return Importer(coordinator()).importFrom(path, options);
    }

    QString state() { return test::replicatedState(coordinator().database()); }
};

// A bundle of these records from worker `worker`, sealed to the coordinator and
// signed with the worker's own key, under the number given: what a laptop whose
// software writes what it likes would send.
QString forgedBundle(Exchange &region, int worker, qint64 sequence, const QList<QCborMap> &records,
                     const QString &name)
{
    Store &from = region.worker(worker);
    BundleHeader header;
    header.sender = from.replicaId();
    header.senderName = from.replicaName();
    header.recipient = region.coordinator().replicaId();
    header.stream = header.recipient;
    header.sequence = sequence;
    header.firstChange = 1;
    header.lastChange = records.size();
    header.recordCount = records.size();
    header.createdMs = from.clock().nowMs();
    BundleLock lock;
    lock.recipientPublicKey = Keyring(region.coordinator()).publicKey();
    const QString path = region.replicas.path(name);
    QSaveFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    BundleWriter writer(file, Keyring(from).keys(), header, lock);
    for (const QCborMap &record : records)
        writer.append(record);
    writer.finish();
    REQUIRE(file.commit());
    return path;
}

// The same with every change the worker holds.
QString numberedBundle(Exchange &region, int worker, qint64 sequence, const QString &name)
{
    Database &db = region.worker(worker).database();
    QList<QCborMap> records;
    changelog::forEach(db, 0, changelog::lastSeq(db),
                       [&records](const ChangeRecord &change) { records.append(ChangeCodec::toCbor(change)); });
    return forgedBundle(region, worker, sequence, records, name);
}

// An insert the worker might have made, with the fields given.
QCborMap insertBy(Store &worker, const QString &entity, const QByteArray &id, qint64 tick, const QCborMap &fields)
{
    ChangeRecord change;
    change.entity = entity;
    change.rowKey = id;
    change.stamp = {(test::pinnedMs << 16) + tick, worker.replicaId().toRfc4122()};
    change.op = ChangeRecord::Insert;
    change.fields = fields;
    return ChangeCodec::toCbor(change);
}

void corrupt(const QString &path, qint64 offset, bool truncate)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    if (truncate) {
        REQUIRE(file.resize(offset));
        return;
    }
    file.seek(offset);
    char byte = 0;
    file.getChar(&byte);
    file.seek(offset);
    file.putChar(static_cast<char>(byte ^ 0x20));
}

} // namespace

TEST_CASE("A worker's bundle merges into the coordinator's file: importing it again is a no-op", "[sync][bundle]")
{
    Exchange region;
    const QUuid ruzena = makeClient(region.worker(1), QStringLiteral("Růžena"));
    const QString bundle = region.exportFrom(1, QStringLiteral("w1-1.teren"));

    const auto cacheSize = [&] {
        return region.coordinator().database().scalar(QStringLiteral("PRAGMA cache_size")).toLongLong();
    };
    const qint64 usualCache = cacheSize();
    const ImportReport first = region.importAtCoordinator(bundle);
    INFO(first.reason.toStdString());
    REQUIRE_FALSE(first.refused);
    CHECK(cacheSize() == usualCache); // the import's larger page cache is given back
    CHECK(first.sequence == 1);
    CHECK(first.senderName == u"replica-1");
    CHECK(first.counts.inserted == 1);
    CHECK(first.missing.isEmpty());
    CHECK(ClientRepository(region.coordinator()).find(ruzena)->givenName == u"Růžena");

    const QString merged = region.state();
    const ImportReport again = region.importAtCoordinator(bundle);
    CHECK_FALSE(again.refused);
    CHECK(again.alreadyImported);
    CHECK(region.state() == merged);
}

TEST_CASE("Each export carries the changes since the last one: a missing bundle is reported", "[sync][bundle]")
{
    Exchange region;
    makeClient(region.worker(1), QStringLiteral("Jana"));
    const QString one = region.exportFrom(1, QStringLiteral("1.teren"));
    makeClient(region.worker(1), QStringLiteral("Petra"));
    const QString two = region.exportFrom(1, QStringLiteral("2.teren"));
    makeClient(region.worker(1), QStringLiteral("Žaneta"));
    const QString three = region.exportFrom(1, QStringLiteral("3.teren"));

    CHECK(region.importAtCoordinator(one).counts.inserted == 1);
    const ImportReport skipped = region.importAtCoordinator(three);
    CHECK(skipped.sequence == 3);
    CHECK(skipped.counts.inserted == 1);
    CHECK(skipped.missing == QList<BundleRange>{{2, 2}});
    const ImportReport late = region.importAtCoordinator(two);
    CHECK(late.counts.inserted == 1);
    CHECK(late.missing.isEmpty());
    CHECK(ClientRepository(region.coordinator()).all().size() == 3);

    // --all sends everything again: nothing new for the coordinator.
    const ImportReport everything = region.importAtCoordinator(region.exportFrom(1, QStringLiteral("4.teren"), true));
    CHECK(everything.counts.inserted == 0);
    CHECK(everything.counts.updated == 0);
}

TEST_CASE("A passphrase bundle opens with the passphrase and is refused with a wrong one", "[sync][bundle]")
{
    Exchange region;
    makeClient(region.worker(1), QStringLiteral("Jana"));
    ExportOptions options;
    options.lock.passphrase = QByteArrayLiteral("správné heslo 2026");
    options.lock.fastKdfForTests = true;
    const QString path = region.replicas.path(QStringLiteral("pass.teren"));
    Exporter(region.worker(1)).exportTo(path, options);

    const QString before = region.state();
    ImportOptions wrong;
    wrong.acceptNewSenders = true;
    wrong.key.passphrase = QByteArrayLiteral("špatné heslo");
    const ImportReport refused = Importer(region.coordinator()).importFrom(path, wrong);
    CHECK(refused.refused);
    CHECK(refused.reason.contains(QStringLiteral("passphrase")));
    CHECK(region.state() == before);

    ImportOptions right = wrong;
    right.key.passphrase = options.lock.passphrase;
    const ImportReport imported = Importer(region.coordinator()).importFrom(path, right);
    CHECK_FALSE(imported.refused);
    CHECK(imported.counts.inserted == 1);
}

TEST_CASE("Bundles from unknown senders, for someone else, or from this same file are refused untouched",
          "[sync][bundle]")
{
    Exchange region;
    makeClient(region.worker(1), QStringLiteral("Jana"));
    const QString bundle = region.exportFrom(1, QStringLiteral("w1.teren"));
    const QString before = region.state();

    SECTION("unknown sender")
    {
        const ImportReport report = region.importAtCoordinator(bundle, false);
        CHECK(report.refused);
        CHECK(report.reason.contains(QStringLiteral("does not know")));
    }
    SECTION("addressed to another installation")
    {
        ImportOptions options;
        options.key.secretKey = Keyring(region.worker(2)).keys().secretKey;
        options.acceptNewSenders = true;
        const ImportReport report = Importer(region.worker(2)).importFrom(bundle, options);
        CHECK(report.refused);
        CHECK(report.reason.contains(QStringLiteral("another installation")));
    }
    SECTION("a sender whose key changed")
    {
        Peers(region.coordinator()).trust(region.worker(1).replicaId(), QByteArray(32, 'k'), QStringLiteral("old"));
        const ImportReport report = region.importAtCoordinator(bundle);
        CHECK(report.refused);
        CHECK(report.reason.contains(QStringLiteral("another key")));
    }
    SECTION("its own bundle")
    {
        ExportOptions options;
        options.lock.passphrase = QByteArrayLiteral("modry hrnek na okne");
        options.lock.fastKdfForTests = true;
        const QString own = region.replicas.path(QStringLiteral("own.teren"));
        Exporter(region.coordinator()).exportTo(own, options);
        const QString afterExport = region.state();
        ImportOptions importOptions;
        importOptions.key.passphrase = options.lock.passphrase;
        const ImportReport report = Importer(region.coordinator()).importFrom(own, importOptions);
        CHECK(report.refused);
        CHECK(report.reason.contains(QStringLiteral("same database")));
        CHECK(region.state() == afterExport);
        return;
    }
    CHECK(region.state() == before);
}

TEST_CASE("Damaged, tampered and garbage files are refused with a reason and change nothing", "[sync][bundle]")
{
    Exchange region;
    for (int i = 0; i < 30; ++i)
        makeClient(region.worker(1), QStringLiteral("Klientka %1").arg(i));
    const QString good = region.exportFrom(1, QStringLiteral("good.teren"));
    const qint64 size = QFileInfo(good).size();
    const QString before = region.state();

    const auto refusedCopy = [&](const QString &name, const std::function<void(const QString &)> &damage) {
        const QString path = region.replicas.path(name);
        REQUIRE(QFile::copy(good, path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        damage(path);
        const ImportReport report = region.importAtCoordinator(path);
        CHECK(report.refused);
        CHECK_FALSE(report.reason.isEmpty());
        CHECK(region.state() == before);
        return report.reason;
    };
    for (const qint64 cut : {qint64(4), qint64(40), size / 2, size - 70, size - 1})
        refusedCopy(QStringLiteral("cut-%1.teren").arg(cut), [&](const QString &path) { corrupt(path, cut, true); });
    for (const qint64 at : {qint64(10), qint64(60), size / 3, size / 2, size - 100, size - 10})
        refusedCopy(QStringLiteral("flip-%1.teren").arg(at), [&](const QString &path) { corrupt(path, at, false); });
    const QString garbage = refusedCopy(QStringLiteral("garbage.teren"), [](const QString &path) {
        test::writeFile(path, QByteArray(5000, 'x'));
    });
    CHECK(garbage.contains(QStringLiteral("not a Terén bundle")));

    // The good one still goes in after all that.
    CHECK_FALSE(region.importAtCoordinator(good).refused);
}

TEST_CASE("A missing or foreign key file is reported and no bundle is written", "[sync][bundle]")
{
    Exchange region;
    makeClient(region.worker(1), QStringLiteral("Jana"));
    Keyring(region.worker(1)).keys(); // created beside the file on first use
    const QString keyFile = region.worker(1).database().path() + QStringLiteral(".key");
    REQUIRE(QFile::exists(keyFile));
    const QString out = region.replicas.path(QStringLiteral("w1.teren"));

    SECTION("missing")
    {
        REQUIRE(QFile::remove(keyFile));
        CHECK_THROWS_WITH(region.exportFrom(1, QStringLiteral("w1.teren")),
                          Catch::Contains("key file") && Catch::Contains("is missing"));
    }
    SECTION("from another database")
    {
        Keyring(region.worker(2)).keys();
        REQUIRE(QFile::remove(keyFile));
        REQUIRE(QFile::copy(region.worker(2).database().path() + QStringLiteral(".key"), keyFile));
        CHECK_THROWS_WITH(region.exportFrom(1, QStringLiteral("w1.teren")),
                          Catch::Contains("does not belong to this database"));
    }
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("A lost laptop's key is revoked: its bundles are refused until its identity is trusted again",
          "[sync][bundle]")
{
    Exchange region;
    makeClient(region.worker(1), QStringLiteral("Jana"));
    const ImportReport first = region.importAtCoordinator(region.exportFrom(1, QStringLiteral("1.teren")));
    REQUIRE_FALSE(first.refused);
    const QUuid laptop = region.worker(1).replicaId();
    Peers peers(region.coordinator());
    REQUIRE(peers.list().size() == 1);
    CHECK_FALSE(peers.list().first().revokedOn.isValid());

    peers.revoke(peers.find(QStringLiteral("REPLICA-1"))); // by name, whatever the case
    CHECK(peers.revokedOn(laptop).isValid());
    CHECK(peers.list().first().revokedOn.isValid());
    makeClient(region.worker(1), QStringLiteral("Petra"));
    const QString second = region.exportFrom(1, QStringLiteral("2.teren"));
    const QString before = region.state();
    const ImportReport refused = region.importAtCoordinator(second);
    CHECK(refused.refused);
    CHECK(refused.reason.contains(QStringLiteral("revoked")));
    CHECK(region.state() == before); // Jana, imported before, stays; Petra does not come in

    CHECK_THROWS_AS(peers.find(QStringLiteral("nobody")), Error);
    CHECK_THROWS_AS(peers.revoke(QUuid::createUuid()), Error);
    Peers(region.coordinator()).trust(QUuid::createUuid(), Keyring(region.worker(2)).publicKey(), QStringLiteral("Cheb"));
    Peers(region.coordinator()).trust(QUuid::createUuid(), Keyring(region.worker(2)).publicKey(), QStringLiteral("cheb"));
    CHECK_THROWS_WITH(peers.find(QStringLiteral("Cheb")), Catch::Contains("Several installations"));

    Peers(region.coordinator()).trust(laptop, Keyring(region.worker(1)).publicKey(), QStringLiteral("replica-1"));
    CHECK_FALSE(peers.revokedOn(laptop).isValid());
    CHECK_FALSE(region.importAtCoordinator(second).refused);
}

TEST_CASE("A coordinator's file with a worker chosen in its worker menu keeps every client it imports",
          "[sync][bundle]")
{
    Exchange region;
    DirectoryRepository directory(region.coordinator());
    const QUuid kraj = directory.addRegion(Region{QUuid(), QStringLiteral("Kraj")}).id;
    const QUuid provider = directory.addProvider({QUuid(), kraj, QStringLiteral("Poskytovatel"), {}, {}}).id;
    const QUuid coordinatorAsWorker =
        directory.addWorker({QUuid(), provider, QStringLiteral("Koordinátorka"), QUuid(), QStringLiteral("field"), {}, {}}).id;
    const QUuid otherWorker = directory.addWorker({QUuid(), provider, QStringLiteral("Karel"), QUuid(), QStringLiteral("field"), {}, {}}).id;
    Client karels;
    karels.givenName = QStringLiteral("Ota");
    karels.workerId = otherWorker;
    const QUuid ota = ClientRepository(region.coordinator()).create(karels).id;
    region.coordinator().setCurrentWorker(coordinatorAsWorker);
    // As if everything had been exported: nothing of the coordinator's waits to go out.
    region.coordinator().setMeta(QStringLiteral("exported_through"),
                                 changelog::lastSeq(region.coordinator().database()));
    const QUuid jana = makeClient(region.worker(1), QStringLiteral("Jana"));
    const ImportReport report = region.importAtCoordinator(region.exportFrom(1, QStringLiteral("1.teren")));
    REQUIRE_FALSE(report.refused);
    CHECK(report.clientsRemoved == 0);
    CHECK(ClientRepository(region.coordinator()).find(jana).has_value());
    CHECK(ClientRepository(region.coordinator()).find(ota).has_value());
}

TEST_CASE("A bundle numbered outside the numbers Terén gives is refused before anything of it is written",
          "[sync][bundle]")
{
    Exchange region;
    makeClient(region.worker(1), QStringLiteral("Jana"));
    const qint64 sequence = GENERATE(as<qint64>{}, std::numeric_limits<qint64>::max(), BundleHeader::maxSequence + 1,
                                     0, -5);
    const QString forged = numberedBundle(region, 1, sequence, QStringLiteral("forged.teren"));
    const QString before = region.state();
    const ImportReport refused = region.importAtCoordinator(forged);
    CHECK(refused.refused);
    CHECK(refused.reason
          == QStringLiteral("The bundle from \"replica-1\" is numbered %1, outside the numbers Terén gives bundles "
                            "(1 to 2147483647); it was not written by Terén and is not imported.")
                 .arg(sequence));
    CHECK(refused.missing.isEmpty());
    CHECK(region.state() == before);

    // Nothing of it was noted: the sender's real bundles go in as usual.
    const ImportReport first = region.importAtCoordinator(region.exportFrom(1, QStringLiteral("1.teren")));
    REQUIRE_FALSE(first.refused);
    CHECK(first.counts.inserted == 1);
    CHECK(first.missing.isEmpty());
}

TEST_CASE("Missing bundles are reported as ranges of numbers, one sentence per gap", "[sync][bundle]")
{
    Exchange region;
    QStringList bundles;
    for (int i = 1; i <= 6; ++i) {
        makeClient(region.worker(1), QStringLiteral("Klientka %1").arg(i));
        bundles.append(region.exportFrom(1, QStringLiteral("%1.teren").arg(i)));
    }
    REQUIRE_FALSE(region.importAtCoordinator(bundles.at(0)).refused);
    const ImportReport sixth = region.importAtCoordinator(bundles.at(5));
    CHECK(sixth.missing == QList<BundleRange>{{2, 5}});
    CHECK(sixth.missingBundles()
          == QStringList{QStringLiteral("Bundles 2–5 from \"replica-1\" are missing; ask for them.")});
    const ImportReport fourth = region.importAtCoordinator(bundles.at(3));
    CHECK(fourth.missing == QList<BundleRange>{{2, 3}, {5, 5}});
    CHECK(fourth.missingBundles()
          == QStringList{QStringLiteral("Bundles 2–3 from \"replica-1\" are missing; ask for them."),
                         QStringLiteral("Bundle 5 from \"replica-1\" is missing; ask for it.")});
}

TEST_CASE("Each recipient gets what changed since the last bundle to it, numbered in a stream of its own",
          "[sync][bundle]")
{
    Exchange region;
    Store &laptop = region.worker(1);
    Store &other = region.worker(2);
    makeClient(laptop, QStringLiteral("Alena"));
    const QString toCoordinator1 = region.exportFrom(1, QStringLiteral("k1.teren"));
    makeClient(laptop, QStringLiteral("Božena"));
    ExportOptions elsewhere;
    elsewhere.recipient = other.replicaId();
    elsewhere.lock.recipientPublicKey = Keyring(other).publicKey();
    const QString toOther = region.replicas.path(QStringLiteral("s1.teren"));
    CHECK(Exporter(laptop).exportTo(toOther, elsewhere).sequence == 1);
    makeClient(laptop, QStringLiteral("Cecílie"));
    const QString toCoordinator2 = region.exportFrom(1, QStringLiteral("k2.teren"));

    REQUIRE_FALSE(region.importAtCoordinator(toCoordinator1).refused);
    const ImportReport second = region.importAtCoordinator(toCoordinator2);
    REQUIRE_FALSE(second.refused);
    CHECK(second.sequence == 2);
    CHECK(second.missing.isEmpty());
    CHECK(second.counts.inserted == 2); // Božena too, though she went to the other installation first
    CHECK(ClientRepository(region.coordinator()).all().size() == 3);

    ImportOptions atOther;
    atOther.key.secretKey = Keyring(other).keys().secretKey;
    atOther.acceptNewSenders = true;
    const ImportReport there = Importer(other).importFrom(toOther, atOther);
    REQUIRE_FALSE(there.refused);
    CHECK(there.sequence == 1);
    CHECK(there.missing.isEmpty());
    CHECK(there.counts.inserted == 2);
}

TEST_CASE("Records no file can hold are refused with the reason, not parked to wait", "[sync][bundle]")
{
    Exchange region;
    Store &laptop = region.worker(1);
    const auto client = [](const QString &given, const QCborValue &gender, const QCborValue &deleted) {
        return QCborMap{{QStringLiteral("given_name"), given},
                        {QStringLiteral("family_name"), QStringLiteral("Horváthová")},
                        {QStringLiteral("gender"), gender},
                        {QStringLiteral("deleted"), deleted}};
    };
    const QByteArray jana = QUuid::createUuid().toRfc4122();
    QCborMap need{{QStringLiteral("client_id"), jana}, {QStringLiteral("area"), QStringLiteral("housing")},
                  {QStringLiteral("intensity"), QStringLiteral("high")}, {QStringLiteral("priority"), 1},
                  {QStringLiteral("identified_on"), QStringLiteral("2026-10-01")},
                  {QStringLiteral("status"), QStringLiteral("open")}, {QStringLiteral("deleted"), 0}};
    const QList<QCborMap> records = {
        insertBy(laptop, QStringLiteral("client"), jana, 1, client(QStringLiteral("Jana"), QStringLiteral("f"), 0)),
        insertBy(laptop, QStringLiteral("client"), QUuid::createUuid().toRfc4122(), 2,
                 client(QStringLiteral("Zora"), QStringLiteral("z"), 0)),
        insertBy(laptop, QStringLiteral("client"), QUuid::createUuid().toRfc4122(), 3,
                 client(QStringLiteral("Petra"), QStringLiteral("f"), 99)),
        insertBy(laptop, QStringLiteral("client"), QUuid::createUuid().toRfc4122(), 4,
                 client(QStringLiteral("Olga"), QStringLiteral("f"), QStringLiteral("no"))),
        insertBy(laptop, QStringLiteral("client"), QUuid::createUuid().toRfc4122(), 5,
                 client(QStringLiteral("Ra") + QChar(0) + QStringLiteral("daná"), QStringLiteral("f"), 0)),
        insertBy(laptop, QStringLiteral("need"), QUuid::createUuid().toRfc4122(), 6, need),
    };
    const ImportReport report =
        region.importAtCoordinator(forgedBundle(region, 1, 1, records, QStringLiteral("forged.teren")));
    INFO(report.reason.toStdString());
    REQUIRE_FALSE(report.refused);
    CHECK(report.counts.inserted == 1);
    CHECK(report.counts.pending == 0);
    CHECK(report.counts.refused == 5);
    CHECK(report.refusals()
          == QStringLiteral("5 changes refused: a value the field does not allow (an unknown code or a wrong kind of "
                            "value) (4); text holding a control character (a NUL byte, say), which no text may hold "
                            "(1)"));
    Database &db = region.coordinator().database();
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM sync_pending")).toInt() == 0);
    CHECK(ClientRepository(region.coordinator()).all().size() == 1);
    CHECK(changelog::countWhere(db, QStringLiteral("replica = ?"), {laptop.replicaId().toRfc4122()}) == 1);

    // The next bundle from the laptop has nothing left over to retry.
    makeClient(laptop, QStringLiteral("Věra"));
    const ImportReport next = region.importAtCoordinator(numberedBundle(region, 1, 2, QStringLiteral("2.teren")));
    REQUIRE_FALSE(next.refused);
    CHECK(next.counts.inserted == 1);
    CHECK(next.counts.refused == 0);
}

namespace {

// Stands in for SQLite's busy timeout on a connection: tells `blocked` when the
// connection first finds the file's write lock taken, then keeps trying (for up to a
// minute) until the lock is free.
struct LockWatch
{
    QSemaphore blocked;

    static int busy(void *watch, int attempts)
    {
        if (attempts == 0)
            static_cast<LockWatch *>(watch)->blocked.release();
        QThread::msleep(1);
        return attempts < 60000 ? 1 : 0;
    }
};

} // namespace

TEST_CASE("Two imports of one bundle at once: the one that gets the file second says it was imported before",
          "[sync][bundle]")
{
    Exchange region;
    makeClient(region.worker(1), QStringLiteral("Jana"));
    const QString bundle = region.exportFrom(1, QStringLiteral("1.teren"));
    Store &coordinator = region.coordinator();
    const QString file = coordinator.database().path();
    ImportOptions options;
    options.key.secretKey = Keyring(coordinator).keys().secretKey;
    options.acceptNewSenders = true;

    // The first import has merged the bundle and holds the write lock, not yet committed.
    Transaction first(coordinator.database());
    REQUIRE_FALSE(Importer(coordinator).importFrom(bundle, options).refused);

    // The second, another process's connection, checks the bundle before the first
    // commits, and waits for the lock to write it.
    LockWatch watch;
    ImportReport second;
    std::thread other([&] {
        const std::unique_ptr<Store> store = Store::open(file);
        sqlite3_busy_handler(store->database().handle(), &LockWatch::busy, &watch);
        second = Importer(*store).importFrom(bundle, options);
    });
    watch.blocked.acquire();
    first.commit();
    other.join();

    INFO(second.reason.toStdString());
    CHECK_FALSE(second.refused);
    CHECK(second.alreadyImported);
    CHECK(second.sequence == 1);
    CHECK(ClientRepository(coordinator).all().size() == 1);
}
