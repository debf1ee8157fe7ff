// Enrolment and the coordinator's export back to the field.
#include <catch2/catch.hpp>

#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "changes/ChangeLog.h"
#include "storage/Backups.h"
#include "sync/Enrolment.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/Keyring.h"
#include "sync/Peers.h"
#include "sync/Recovery.h"

#include <QFile>
#include <QFileInfo>

using namespace teren;
using test::Replicas;

namespace {

const QByteArray passphrase = QByteArrayLiteral("kavárna u nádraží");

BundleLock passphraseLock()
{
    BundleLock lock;
    lock.passphrase = passphrase;
    lock.fastKdfForTests = true;
    return lock;
}

// Replica 0 is the coordinator with a region, a provider, two workers (Jana and
// Petr) and a locality; replicas 1 and 2 are the two workers' new laptops.
struct Field
{
    Replicas replicas{3};
    QUuid jana, petr, locality;

    Field()
    {
        DirectoryRepository directory(coordinator());
        const QUuid regionId = directory.addRegion(Region{QUuid(), QStringLiteral("Karlovarský kraj")}).id;
        const QUuid provider = directory.addProvider({QUuid(), regionId, QStringLiteral("Člověk v tísni"), {}, {}}).id;
        jana = directory.addWorker({QUuid(), provider, QStringLiteral("Jana Dvořáková"), QUuid(), QStringLiteral("field"), {}, {}}).id;
        petr = directory.addWorker({QUuid(), provider, QStringLiteral("Petr Kočí"), QUuid(), QStringLiteral("field"), {}, {}}).id;
        locality = directory
                       .addLocality({QUuid(), regionId, QStringLiteral("KV-01"), QStringLiteral("Rybáře"),
                                     QStringLiteral("Karlovy Vary"), QStringLiteral("Karlovy Vary"), {}, {}})
                       .id;
    }
    Store &coordinator() { return replicas[0]; }

    QString issue(const QUuid &worker, const QString &name)
    {
        const QString path = replicas.path(name);
        Enrolment(coordinator()).issue(path, worker, passphraseLock());
        return path;
    }

    Enrolment::Accepted accept(int laptop, const QString &bundle)
    {
        BundleKey key;
        key.passphrase = passphrase;
        return Enrolment(replicas[laptop]).accept(bundle, key);
    }

    QUuid addClient(int replica, const QString &given, const QUuid &worker)
    {
        Client client;
        client.givenName = given;
        client.familyName = QStringLiteral("Horváthová");
        client.workerId = worker;
        client.localityId = locality;
        client.birthYear = 1984;
        client.notes = QStringLiteral("bydlí u sestry");
        return ClientRepository(replicas[replica]).create(client).id;
    }

    // A worker's laptop sends everything new to the coordinator, sealed to its key.
    ImportReport sendToCoordinator(int laptop, const QString &name)
    {
        ExportOptions options;
        options.recipient = coordinator().replicaId();
        options.lock.recipientPublicKey = Keyring(coordinator()).publicKey();
        const QString path = replicas.path(name);
        Exporter(replicas[laptop]).exportTo(path, options);
        ImportOptions import;
        import.key.secretKey = Keyring(coordinator()).keys().secretKey;
        return Importer(coordinator()).importFrom(path, import); // no --accept-new-senders: the enrolment vouches
    }

    // The coordinator sends back to the installation enrolled as `worker`.
    ImportReport sendToField(const QUuid &worker, int laptop, const QString &name)
    {
        ExportOptions options;
        options.recipient = replicas[laptop].replicaId();
        options.lock.recipientPublicKey = Keyring(replicas[laptop]).publicKey();
        options.forWorker = worker;
        const QString path = replicas.path(name);
        Exporter(coordinator()).exportTo(path, options);
        ImportOptions import;
        import.key.secretKey = Keyring(replicas[laptop]).keys().secretKey;
        return Importer(replicas[laptop]).importFrom(path, import);
    }
};

int count(Store &store, const QString &sql)
{
    return store.database().scalar(sql).toInt();
}

} // namespace

TEST_CASE("A new laptop enrols: it gets the region, works as the worker, and its first bundle is trusted",
          "[sync][enrolment]")
{
    Field region;
    region.addClient(0, QStringLiteral("Věra"), region.jana); // registered at the office, for Jana
    region.addClient(0, QStringLiteral("Ota"), region.petr);  // Petr's: not for Jana's laptop

    const Enrolment::Accepted accepted = region.accept(1, region.issue(region.jana, QStringLiteral("jana.teren")));
    CHECK(accepted.worker == region.jana);
    CHECK(accepted.workerName == QStringLiteral("Jana Dvořáková"));
    Store &laptop = region.replicas[1];
    CHECK(laptop.currentWorker() == region.jana);
    CHECK(DirectoryRepository(laptop).localities().size() == 1);
    CHECK(DirectoryRepository(laptop).workers().size() == 2);
    const QList<Client> clients = ClientRepository(laptop).all();
    REQUIRE(clients.size() == 1);
    CHECK(clients.first().givenName == QStringLiteral("Věra"));

    region.addClient(1, QStringLiteral("Růžena"), region.jana);
    const ImportReport first = region.sendToCoordinator(1, QStringLiteral("jana-1.teren"));
    INFO(first.reason.toStdString());
    REQUIRE_FALSE(first.refused);
    CHECK(first.sequence == 1);
    CHECK(ClientRepository(region.coordinator()).all().size() == 3);
    // The coordinator records which installation is the worker's, for the whole region.
    const std::optional<Worker> atCoordinator = DirectoryRepository(region.coordinator()).workerUsingReplica(laptop.replicaId());
    REQUIRE(atCoordinator);
    CHECK(atCoordinator->id == region.jana);
    CHECK(Enrolment(region.coordinator()).workerOfReplica(laptop.replicaId()) == region.jana);
}

TEST_CASE("A second installation cannot use an enrolment another one already used", "[sync][enrolment]")
{
    Field region;
    const QString bundle = region.issue(region.jana, QStringLiteral("jana.teren"));
    region.accept(1, bundle);
    region.accept(2, bundle); // a copy of the same enrolment on another laptop
    REQUIRE_FALSE(region.sendToCoordinator(1, QStringLiteral("a.teren")).refused);

    const QString before = region.replicas.state(0);
    region.addClient(2, QStringLiteral("Milan"), region.jana);
    const ImportReport second = region.sendToCoordinator(2, QStringLiteral("b.teren"));
    CHECK(second.refused);
    CHECK(second.reason.contains(QStringLiteral("already used by another installation")));
    CHECK(region.replicas.state(0) == before);
}

TEST_CASE("A bundle with a forged enrolment claim is refused", "[sync][enrolment]")
{
    Field region;
    region.issue(region.jana, QStringLiteral("jana.teren")); // never delivered
    // An installation that guessed the worker's id but never had the secret.
    region.replicas[2].setMeta(QStringLiteral("enrolled_worker"), region.jana.toRfc4122());
    region.replicas[2].setMeta(QStringLiteral("enrolment_proof"), QByteArray(32, 'x'));
    const QString before = region.replicas.state(0);
    const ImportReport report = region.sendToCoordinator(2, QStringLiteral("forged.teren"));
    CHECK(report.refused);
    CHECK(report.reason.contains(QStringLiteral("cannot prove it")));
    CHECK(region.replicas.state(0) == before);
}

TEST_CASE("Enrolment refusals leave the laptop's file untouched", "[sync][enrolment]")
{
    Field region;
    const QString bundle = region.issue(region.jana, QStringLiteral("jana.teren"));
    Store &laptop = region.replicas[1];
    const QString before = region.replicas.state(1);

    BundleKey wrong;
    wrong.passphrase = QByteArrayLiteral("not the passphrase");
    CHECK_THROWS_AS(Enrolment(laptop).accept(bundle, wrong), BundleError);
    CHECK(region.replicas.state(1) == before);

    // An ordinary bundle is not an enrolment, and an enrolment is not imported.
    region.accept(1, bundle);
    ExportOptions options;
    options.lock = passphraseLock();
    const QString changes = region.replicas.path(QStringLiteral("changes.teren"));
    Exporter(region.coordinator()).exportTo(changes, options);
    BundleKey key;
    key.passphrase = passphrase;
    CHECK_THROWS_WITH(Enrolment(region.replicas[2]).accept(changes, key),
                      Catch::Contains("not an enrolment bundle"));
    CHECK_THROWS_WITH(Enrolment(laptop).accept(bundle, key), Catch::Contains("already enrolled"));
    ImportOptions import;
    import.key.passphrase = passphrase;
    const ImportReport asImport = Importer(region.replicas[2]).importFrom(bundle, import);
    CHECK(asImport.refused);
    CHECK(asImport.reason.contains(QStringLiteral("enrolment bundle")));
}

TEST_CASE("Back to the field: a worker gets the region's records and their own clients, never another's",
          "[sync][enrolment]")
{
    Field region;
    region.accept(1, region.issue(region.jana, QStringLiteral("jana.teren")));
    region.accept(2, region.issue(region.petr, QStringLiteral("petr.teren")));
    const QUuid vera = region.addClient(1, QStringLiteral("Věra"), region.jana);
    const QUuid ota = region.addClient(2, QStringLiteral("Ota"), region.petr);
    REQUIRE_FALSE(region.sendToCoordinator(1, QStringLiteral("j1.teren")).refused);
    REQUIRE_FALSE(region.sendToCoordinator(2, QStringLiteral("p1.teren")).refused);

    // The coordinator edits Věra's record and adds a target for the year.
    Client edited = *ClientRepository(region.coordinator()).find(vera);
    edited.phone = QStringLiteral("777 123 456");
    ClientRepository(region.coordinator()).update(edited);
    DirectoryRepository(region.coordinator())
        .addTarget({QUuid(), QStringLiteral("persons_supported"), 2026, QUuid(), QUuid(), 120.0});

    const ImportReport toJana = region.sendToField(region.jana, 1, QStringLiteral("c-jana-2.teren"));
    INFO(toJana.reason.toStdString());
    REQUIRE_FALSE(toJana.refused);
    CHECK(toJana.sequence == 2); // the enrolment was number 1 for Jana
    CHECK(toJana.missing.isEmpty());
    Store &janasLaptop = region.replicas[1];
    CHECK(ClientRepository(janasLaptop).find(vera)->phone == QStringLiteral("777 123 456"));
    CHECK_FALSE(ClientRepository(janasLaptop).find(ota).has_value());
    CHECK(DirectoryRepository(janasLaptop).targets().size() == 1);

    // Petr's client is reassigned to Jana: her next bundle brings Ota's whole record.
    Client moved = *ClientRepository(region.coordinator()).find(ota);
    moved.workerId = region.jana;
    ClientRepository(region.coordinator()).update(moved);
    const ImportReport reassigned = region.sendToField(region.jana, 1, QStringLiteral("c-jana-3.teren"));
    REQUIRE_FALSE(reassigned.refused);
    CHECK(reassigned.sequence == 3);
    const std::optional<Client> otaAtJana = ClientRepository(janasLaptop).find(ota);
    REQUIRE(otaAtJana.has_value());
    CHECK(otaAtJana->givenName == QStringLiteral("Ota"));
    CHECK(otaAtJana->notes == QStringLiteral("bydlí u sestry"));
    // Petr's laptop learns that Ota is no longer his, and lets go of Ota's record.
    const ImportReport toPetrAway = region.sendToField(region.petr, 2, QStringLiteral("c-petr-2.teren"));
    REQUIRE_FALSE(toPetrAway.refused);
    CHECK(toPetrAway.clientsRemoved == 1);
    Store &petrsLaptop = region.replicas[2];
    CHECK_FALSE(ClientRepository(petrsLaptop).find(ota).has_value());
    CHECK(petrsLaptop.database()
              .scalar(QStringLiteral("SELECT count(*) FROM change WHERE row_key = ?"), {ota.toRfc4122()})
              .toInt()
          == 0);
    CHECK(ClientRepository(petrsLaptop).find(vera).has_value() == false); // never his either
    // Nothing new: the next bundle is empty but numbered, so no gap appears.
    const ImportReport empty = region.sendToField(region.jana, 1, QStringLiteral("c-jana-4.teren"));
    CHECK(empty.sequence == 4);
    CHECK(empty.counts.inserted + empty.counts.updated == 0);

    // Ota is Jana's now: what is written about him no longer reaches Petr's laptop.
    Client renamed = *ClientRepository(region.coordinator()).find(ota);
    renamed.phone = QStringLiteral("608 000 111");
    ClientRepository(region.coordinator()).update(renamed);
    Need need;
    need.clientId = ota;
    need.area = QStringLiteral("housing");
    need.identifiedOn = QDate(2026, 6, 1);
    const QUuid otasNeed = NeedRepository(region.coordinator()).create(need).id;
    const ImportReport toPetr = region.sendToField(region.petr, 2, QStringLiteral("c-petr-3.teren"));
    REQUIRE_FALSE(toPetr.refused);
    CHECK(toPetr.counts.inserted + toPetr.counts.updated == 0);
    CHECK_FALSE(ClientRepository(petrsLaptop).find(ota).has_value());
    CHECK_FALSE(NeedRepository(petrsLaptop).find(otasNeed).has_value());
    CHECK(janasLaptop.database().scalar(QStringLiteral("SELECT count(*) FROM need WHERE id = ?"),
                                        {otasNeed.toRfc4122()}).toInt() == 0); // not sent yet
    REQUIRE_FALSE(region.sendToField(region.jana, 1, QStringLiteral("c-jana-5.teren")).refused);
    CHECK(NeedRepository(janasLaptop).find(otasNeed).has_value());

    // Back to Petr: he gets Ota's whole record again, with what was written meanwhile.
    Client back = *ClientRepository(region.coordinator()).find(ota);
    back.workerId = region.petr;
    ClientRepository(region.coordinator()).update(back);
    REQUIRE_FALSE(region.sendToField(region.petr, 2, QStringLiteral("c-petr-4.teren")).refused);
    CHECK(ClientRepository(region.replicas[2]).find(ota)->phone == QStringLiteral("608 000 111"));
    CHECK(NeedRepository(region.replicas[2]).find(otasNeed).has_value());
}

TEST_CASE("A laptop lets go of a client reassigned away only once its own edits of that client have gone out",
          "[sync][enrolment]")
{
    Field region;
    region.accept(1, region.issue(region.jana, QStringLiteral("jana.teren")));
    region.accept(2, region.issue(region.petr, QStringLiteral("petr.teren")));
    const QUuid ota = region.addClient(2, QStringLiteral("Ota"), region.petr);
    REQUIRE_FALSE(region.sendToCoordinator(2, QStringLiteral("p1.teren")).refused);
    Store &petrsLaptop = region.replicas[2];

    // Petr writes a note about Ota while the coordinator reassigns Ota to Jana.
    Client noted = *ClientRepository(petrsLaptop).find(ota);
    noted.notes = QStringLiteral("domluvena schůzka na úřadě");
    ClientRepository(petrsLaptop).update(noted);
    Client moved = *ClientRepository(region.coordinator()).find(ota);
    moved.workerId = region.jana;
    ClientRepository(region.coordinator()).update(moved);

    const ImportReport first = region.sendToField(region.petr, 2, QStringLiteral("c-petr-2.teren"));
    REQUIRE_FALSE(first.refused);
    CHECK(first.clientsRemoved == 0); // the note has not gone out yet
    CHECK(ClientRepository(petrsLaptop).find(ota)->notes == QStringLiteral("domluvena schůzka na úřadě"));

    REQUIRE_FALSE(region.sendToCoordinator(2, QStringLiteral("p2.teren")).refused);
    CHECK(ClientRepository(region.coordinator()).find(ota)->notes == QStringLiteral("domluvena schůzka na úřadě"));
    const ImportReport second = region.sendToField(region.petr, 2, QStringLiteral("c-petr-3.teren"));
    REQUIRE_FALSE(second.refused);
    CHECK(second.clientsRemoved == 1);
    CHECK_FALSE(ClientRepository(petrsLaptop).find(ota).has_value());
    // Jana gets Ota with Petr's note.
    REQUIRE_FALSE(region.sendToField(region.jana, 1, QStringLiteral("c-jana-2.teren")).refused);
    CHECK(ClientRepository(region.replicas[1]).find(ota)->notes == QStringLiteral("domluvena schůzka na úřadě"));
}

TEST_CASE("An enrolled laptop's first bundle carries its own edits, not the region it received",
          "[sync][enrolment]")
{
    Field region;
    for (int i = 0; i < 20; ++i)
        region.addClient(0, QStringLiteral("Klientka %1").arg(i), region.jana);
    region.accept(1, region.issue(region.jana, QStringLiteral("jana.teren")));
    Store &laptop = region.replicas[1];
    REQUIRE(ClientRepository(laptop).all().size() == 20);
    const qint64 received = changelog::lastSeq(laptop.database());

    // Two edits on the laptop: one new client, one phone number.
    region.addClient(1, QStringLiteral("Růžena"), region.jana);
    Client first = ClientRepository(laptop).all().first();
    first.phone = QStringLiteral("777 123 456");
    ClientRepository(laptop).update(first);
    const qint64 own = changelog::lastSeq(laptop.database()) - received;

    const std::optional<ReplicaIdentity> coordinator = Enrolment(laptop).coordinator();
    REQUIRE(coordinator);
    CHECK(coordinator->replica == region.coordinator().replicaId());
    CHECK(coordinator->publicKey == Keyring(region.coordinator()).publicKey());
    ExportOptions options;
    options.recipient = coordinator->replica;
    options.lock.recipientPublicKey = coordinator->publicKey;
    const QString path = region.replicas.path(QStringLiteral("jana-1.teren"));
    const ExportSummary summary = Exporter(laptop).exportTo(path, options);
    // Its own edits; nothing of the 20 clients, the region or the codelists it got at
    // enrolment.
    CHECK(summary.records == own);
    CHECK(own == 2);

    ImportOptions import;
    import.key.secretKey = Keyring(region.coordinator()).keys().secretKey;
    const ImportReport report = Importer(region.coordinator()).importFrom(path, import);
    REQUIRE_FALSE(report.refused);
    CHECK(report.counts.inserted == 1);
    CHECK(report.counts.updated == 1); // the phone
    CHECK(ClientRepository(region.coordinator()).all().size() == 21);
    // The coordinator sees who sent it: the worker, and the installation's own name.
    CHECK(report.senderWorker == QStringLiteral("Jana Dvořáková"));
    CHECK(report.senderDescription() == QStringLiteral("Jana Dvořáková (installation \"replica-1\")"));

    // Whatever the coordinator sends back later is not sent to it again either.
    region.addClient(0, QStringLiteral("Ota"), region.jana);
    REQUIRE_FALSE(region.sendToField(region.jana, 1, QStringLiteral("back-1.teren")).refused);
    CHECK(Exporter(laptop).exportTo(region.replicas.path(QStringLiteral("jana-2.teren")), options).records == 0);
}

TEST_CASE("A laptop that was not enrolled has no coordinator to export to by default", "[sync][enrolment]")
{
    Field region;
    CHECK_FALSE(Enrolment(region.replicas[1]).coordinator());
    CHECK(Enrolment(region.replicas[1]).coordinatorReplica().isNull());
}

TEST_CASE("A laptop restored from a backup continues as a new installation: its edits reach the coordinator and "
          "what the restore rewound comes back",
          "[sync][enrolment][backup]")
{
    Field region;
    region.accept(1, region.issue(region.jana, QStringLiteral("jana.teren")));
    region.addClient(1, QStringLiteral("Věra"), region.jana);
    REQUIRE_FALSE(region.sendToCoordinator(1, QStringLiteral("jana-1.teren")).refused);
    const QUuid before = region.replicas[1].replicaId();
    const QString laptop = region.replicas.filePath(1);
    const QString backup = region.replicas.path(QStringLiteral("jana-backup.sqlite"));
    Backups::writeTo(laptop, backup);

    // Made and sent after the backup: the restore rewinds the laptop past it.
    region.addClient(1, QStringLiteral("Ota"), region.jana);
    REQUIRE_FALSE(region.sendToCoordinator(1, QStringLiteral("jana-2.teren")).refused);

    region.replicas.close(1);
    const Recovery::Restored restored = Recovery::restore(laptop, backup, region.replicas.options(1));
    CHECK(QFileInfo::exists(restored.keptAside));
    region.replicas.reopen(1);
    Store &again = region.replicas[1];
    CHECK(again.replicaId() == restored.replica);
    CHECK(again.replicaId() != before);
    CHECK(count(again, QStringLiteral("SELECT count(*) FROM client WHERE given_name = 'Ota'")) == 0);

    // An edit after the restore reaches the coordinator, which trusts the successor
    // by the old key's signature and hands it the enrolment.
    region.addClient(1, QStringLiteral("Růžena"), region.jana);
    const ImportReport next = region.sendToCoordinator(1, QStringLiteral("jana-3.teren"));
    INFO(next.reason.toStdString());
    REQUIRE_FALSE(next.refused);
    CHECK(next.sequence == 1);
    CHECK(next.missing.isEmpty());
    Store &coordinator = region.coordinator();
    CHECK(count(coordinator, QStringLiteral("SELECT count(*) FROM client WHERE given_name IN ('Věra', 'Ota', 'Růžena')"))
          == 3);
    CHECK(Enrolment(coordinator).workerOfReplica(again.replicaId()) == region.jana);
    CHECK(Peers(coordinator).revokedOn(before).isValid());

    // Back to the field: what the restore rewound comes back from the coordinator.
    const ImportReport back = region.sendToField(region.jana, 1, QStringLiteral("back.teren"));
    INFO(back.reason.toStdString());
    REQUIRE_FALSE(back.refused);
    CHECK(count(again, QStringLiteral("SELECT count(*) FROM client WHERE given_name = 'Ota'")) == 1);

    // The file the restore replaced can no longer send: its key was revoked.
    {
        auto old = Store::open(restored.keptAside, region.replicas.options(1));
        ExportOptions options;
        options.recipient = coordinator.replicaId();
        options.lock.recipientPublicKey = Keyring(coordinator).publicKey();
        const QString path = region.replicas.path(QStringLiteral("old.teren"));
        Exporter(*old).exportTo(path, options);
        ImportOptions import;
        import.key.secretKey = Keyring(coordinator).keys().secretKey;
        const ImportReport refused = Importer(coordinator).importFrom(path, import);
        CHECK(refused.refused);
        CHECK(refused.reason.contains(QStringLiteral("revoked")));
    }
}

TEST_CASE("A successor's claim signed by another key is refused", "[sync][enrolment][backup]")
{
    Field region;
    region.accept(1, region.issue(region.jana, QStringLiteral("jana.teren")));
    REQUIRE_FALSE(region.sendToCoordinator(1, QStringLiteral("jana-1.teren")).refused);
    const QUuid before = region.replicas[1].replicaId();
    // A stranger claims to continue Jana's laptop with a signature of its own.
    Store &stranger = region.replicas[2];
    stranger.setMeta(QStringLiteral("replaced_replica"), before.toRfc4122());
    stranger.setMeta(QStringLiteral("replacement_signature"), QByteArray(64, 'x'));
    ExportOptions options;
    options.recipient = region.coordinator().replicaId();
    options.lock.recipientPublicKey = Keyring(region.coordinator()).publicKey();
    const QString path = region.replicas.path(QStringLiteral("forged.teren"));
    Exporter(stranger).exportTo(path, options);
    ImportOptions import;
    import.key.secretKey = Keyring(region.coordinator()).keys().secretKey;
    const ImportReport report = Importer(region.coordinator()).importFrom(path, import);
    CHECK(report.refused);
    CHECK(report.reason.contains(QStringLiteral("did not sign")));
    CHECK_FALSE(Peers(region.coordinator()).revokedOn(before).isValid());
}

TEST_CASE("A coordinator's file restored from a backup goes on leading the region", "[sync][enrolment][backup]")
{
    Field region;
    region.accept(1, region.issue(region.jana, QStringLiteral("jana.teren")));
    REQUIRE_FALSE(region.sendToCoordinator(1, QStringLiteral("jana-1.teren")).refused);
    // As a region's set-up makes it: the coordinator works as a worker of theirs.
    {
        DirectoryRepository directory(region.coordinator());
        const Worker jana = *directory.worker(region.jana);
        const QUuid hana = directory.addWorker({QUuid(), jana.providerId, QStringLiteral("Hana Nová"), QUuid(),
                                                QStringLiteral("coordinator"), {}, {}})
                               .id;
        region.coordinator().setCurrentWorker(hana);
    }
    const QString file = region.replicas.filePath(0);
    const QString backup = region.replicas.path(QStringLiteral("region-backup.sqlite"));
    Backups::writeTo(file, backup);

    region.replicas.close(0);
    Recovery::restore(file, backup, region.replicas.options(0));
    region.replicas.reopen(0);

    // The restored coordinator registers a client for Jana and sends it to the field:
    // the laptop trusts the successor of the coordinator it was enrolled by.
    region.addClient(0, QStringLiteral("Libuše"), region.jana);
    const ImportReport toField = region.sendToField(region.jana, 1, QStringLiteral("back.teren"));
    INFO(toField.reason.toStdString());
    REQUIRE_FALSE(toField.refused);
    CHECK(count(region.replicas[1], QStringLiteral("SELECT count(*) FROM client WHERE given_name = 'Libuše'")) == 1);
    CHECK(count(region.replicas[1], QStringLiteral("SELECT count(*) FROM change WHERE refusal IS NOT NULL")) == 0);
    // And the laptop's next bundle goes to the coordinator as it is now.
    region.addClient(1, QStringLiteral("Marie"), region.jana);
    const ImportReport toOffice = region.sendToCoordinator(1, QStringLiteral("jana-2.teren"));
    INFO(toOffice.reason.toStdString());
    REQUIRE_FALSE(toOffice.refused);
    CHECK(count(region.coordinator(), QStringLiteral("SELECT count(*) FROM client WHERE given_name = 'Marie'")) == 1);
}
