// Who may change what, enforced when bundles are merged: a coordinator, two enrolled
// field laptops, and changes an attacker holding a trusted laptop's key can write
// straight into its change log (bypassing the app's own checks) and export.
#include <catch2/catch.hpp>

#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "changes/Authorization.h"
#include "changes/ChangeCodec.h"
#include "changes/ChangeLog.h"
#include "store/ConsentRepository.h"
#include "store/GroupWork.h"
#include "store/RegionRepositories.h"
#include "store/ClientHistory.h"
#include "store/ClientViews.h"
#include "store/RegionSetup.h"
#include "sync/Enrolment.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/Keyring.h"
#include "sync/RefusedChanges.h"

#include <QCborArray>

using namespace teren;
using test::Replicas;

namespace {

const QByteArray passphrase = QByteArrayLiteral("kavárna u nádraží");

// Replica 0 is the region's coordinator; replica 1 is Jana's laptop, replica 2 Petr's,
// both enrolled and known to the coordinator by their first bundle.
struct Exchange
{
    Replicas replicas{3};
    QUuid jana, petr, locality;
    QUuid janasClient, petrsClient;

    Exchange()
    {
        RegionSetup::Plan plan;
        plan.regionName = QStringLiteral("Karlovarský kraj");
        plan.coordinatorName = QStringLiteral("Marie Koordinátorová");
        Provider provider;
        provider.name = QStringLiteral("Člověk v tísni");
        plan.providers = {provider};
        const RegionSetup::Created created = RegionSetup::create(coordinator(), plan);
        WorkerRepository workers(coordinator());
        Worker worker;
        worker.providerId = created.providers.first();
        worker.name = QStringLiteral("Jana Dvořáková");
        jana = workers.add(worker).id;
        worker.name = QStringLiteral("Petr Kočí");
        petr = workers.add(worker).id;
        Locality place;
        place.regionId = created.region;
        place.code = QStringLiteral("KV-01");
        place.name = QStringLiteral("Rybáře");
        place.municipality = QStringLiteral("Karlovy Vary");
        place.district = QStringLiteral("Karlovy Vary");
        locality = LocalityRepository(coordinator()).add(place).id;
        janasClient = addClient(0, QStringLiteral("Věra"), jana);
        petrsClient = addClient(0, QStringLiteral("Ota"), petr);
        enrol(1, jana);
        enrol(2, petr);
    }

    Store &coordinator() { return replicas[0]; }

    void enrol(int laptop, const QUuid &worker)
    {
        BundleLock lock;
        lock.passphrase = passphrase;
        lock.fastKdfForTests = true;
        const QString path = replicas.path(QStringLiteral("enrol-%1.teren").arg(laptop));
        Enrolment(coordinator()).issue(path, worker, lock);
        BundleKey key;
        key.passphrase = passphrase;
        Enrolment(replicas[laptop]).accept(path, key);
        REQUIRE_FALSE(toCoordinator(laptop).refused); // binds the installation to the worker
    }

    QUuid addClient(int replica, const QString &given, const QUuid &worker)
    {
        Client client;
        client.givenName = given;
        client.familyName = QStringLiteral("Horváthová");
        client.workerId = worker;
        client.localityId = locality;
        client.notes = QStringLiteral("bydlí u sestry");
        return ClientRepository(replicas[replica]).create(client).id;
    }

    ImportReport toCoordinator(int laptop)
    {
        return test::sendBundle(replicas[laptop], coordinator(),
                                replicas.path(QStringLiteral("up-%1-%2.teren").arg(laptop).arg(m_bundles++)));
    }

    ImportReport toField(const QUuid &worker, int laptop)
    {
        return test::sendBundle(coordinator(), replicas[laptop],
                                replicas.path(QStringLiteral("down-%1-%2.teren").arg(laptop).arg(m_bundles++)), worker);
    }

    // What an attacker with the laptop's key writes straight into its change log:
    // stamped by the laptop (unless `replica` says otherwise), in the worker's name.
    ChangeRecord forge(int laptop, const QString &entity, const QVariant &rowKey, const QCborMap &fields,
                       const QByteArray &replica = {}, const QCborMap &bases = {})
    {
        Store &store = replicas[laptop];
        ChangeRecord change;
        change.entity = entity;
        change.rowKey = rowKey;
        change.stamp = {store.recorder().clock().tick(),
                        replica.isEmpty() ? store.replicaId().toRfc4122() : replica};
        change.author = store.enrolledWorker().toRfc4122();
        change.op = ChangeRecord::Update;
        change.fields = fields;
        change.bases = bases;
        changelog::append(store.database(), change);
        return change;
    }

    QString clientNotes(int replica, const QUuid &client)
    {
        const std::optional<Client> found = ClientRepository(replicas[replica]).find(client);
        return found ? found->notes : QString();
    }

private:
    int m_bundles = 0;
};

QCborMap fields(std::initializer_list<std::pair<QString, QCborValue>> values)
{
    QCborMap map;
    for (const auto &[key, value] : values)
        map.insert(key, value);
    return map;
}

void requireRefused(const ImportReport &report, const QString &reason, qint64 count = 1)
{
    INFO(report.reason.toStdString());
    REQUIRE_FALSE(report.refused);
    CHECK(report.counts.refused == count);
    CHECK(report.counts.refusedBy.value(reason) == count);
    CHECK(report.refusals().contains(Authorization::describe(reason)));
}

} // namespace

TEST_CASE("A field laptop's own clients are its to write, and its bundle is applied", "[sync][authorization]")
{
    Exchange region;
    region.addClient(1, QStringLiteral("Růžena"), QUuid()); // a new client is the laptop's worker's
    Client vera = *ClientRepository(region.replicas[1]).find(region.janasClient);
    vera.notes = QStringLiteral("domluvena schůzka na úřadě");
    ClientRepository(region.replicas[1]).update(vera);
    const ImportReport report = region.toCoordinator(1);
    REQUIRE_FALSE(report.refused);
    CHECK(report.counts.refused == 0);
    CHECK(report.counts.inserted == 1);
    CHECK(region.clientNotes(0, region.janasClient) == u"domluvena schůzka na úřadě");
    CHECK(ClientRepository(region.coordinator()).all().size() == 3);
}

TEST_CASE("A laptop's own rules stop what it may not do before anything is written", "[sync][authorization]")
{
    Exchange region;
    Store &laptop = region.replicas[1];
    const QString before = region.replicas.state(1);
    CHECK_FALSE(ClientRepository(laptop).find(region.petrsClient).has_value()); // Petr's client is not here
    Client vera = *ClientRepository(laptop).find(region.janasClient);
    vera.workerId = region.petr;
    CHECK_THROWS_WITH(ClientRepository(laptop).update(vera), Catch::Contains("handing clients over"));
    Locality place = *LocalityRepository(laptop).find(region.locality);
    place.name = QStringLiteral("Přejmenováno");
    CHECK_THROWS_WITH(LocalityRepository(laptop).update(place), Catch::Contains("coordinator"));
    CHECK(region.replicas.state(1) == before);
}

TEST_CASE("Changes stamped as another installation's in a field laptop's bundle are refused",
          "[sync][authorization]")
{
    Exchange region;
    const QString before = region.replicas.state(0);
    // Stamped with the coordinator's replica id, so it would look like the coordinator's.
    region.forge(1, QStringLiteral("locality"), region.locality.toRfc4122(),
                 fields({{QStringLiteral("name"), QStringLiteral("Ukradeno")}}),
                 region.coordinator().replicaId().toRfc4122());
    region.forge(1, QStringLiteral("client"), region.petrsClient.toRfc4122(),
                 fields({{QStringLiteral("notes"), QStringLiteral("vymyšlené")}}),
                 region.replicas[2].replicaId().toRfc4122());
    const ImportReport report = region.toCoordinator(1);
    requireRefused(report, Authorization::relayed, 2);
    CHECK(region.replicas.state(0) == before);
}

TEST_CASE("A field laptop may not rename a worker, a need area or a locality", "[sync][authorization]")
{
    Exchange region;
    const QString before = test::canonicalDump(region.coordinator().database());
    region.forge(1, QStringLiteral("worker"), region.petr.toRfc4122(),
                 fields({{QStringLiteral("name"), QStringLiteral("Petr Zloděj")}}));
    region.forge(1, QStringLiteral("area"), QStringLiteral("housing"),
                 fields({{QStringLiteral("label_cs"), QStringLiteral("Nic")}}));
    region.forge(1, QStringLiteral("locality"), region.locality.toRfc4122(),
                 fields({{QStringLiteral("name"), QStringLiteral("Jinde")}}));
    const ImportReport report = region.toCoordinator(1);
    requireRefused(report, Authorization::regionData, 3);
    // Refused, not lost: the log keeps them for review.
    CHECK(RefusedChanges(region.coordinator()).list().size() == 3);
    CHECK(DirectoryRepository(region.coordinator()).worker(region.petr)->name == u"Petr Kočí");
    CHECK(region.coordinator().codelists().areaLabel(QStringLiteral("housing")) != u"Nic");
    CHECK(LocalityRepository(region.coordinator()).find(region.locality)->name == u"Rybáře");
    // Every row is as it was; only the log holds the three, marked refused.
    CHECK(test::canonicalDump(region.coordinator().database()) != before);
    CHECK(changelog::refused(region.coordinator().database()).size() == 3);
}

TEST_CASE("A field laptop may not edit, erase or take another worker's client", "[sync][authorization]")
{
    Exchange region;
    const QVariant ota = region.petrsClient.toRfc4122();
    region.forge(1, QStringLiteral("client"), ota, fields({{QStringLiteral("notes"), QStringLiteral("cizí")}}));
    region.forge(1, QStringLiteral("client"), ota,
                 fields({{QStringLiteral("deleted"), 2}, {QStringLiteral("given_name"), QCborValue()}}));
    region.forge(1, QStringLiteral("client"), ota,
                 fields({{QStringLiteral("worker_id"), QCborValue(region.jana.toRfc4122())}}));
    const ImportReport report = region.toCoordinator(1);
    REQUIRE_FALSE(report.refused);
    CHECK(report.counts.refused == 3);
    // An erasure of another worker's client is no request the coordinator could confirm.
    CHECK(report.counts.refusedBy.value(Authorization::notAssigned) == 2);
    CHECK(report.counts.refusedBy.value(Authorization::handover) == 1);
    const Client atCoordinator = *ClientRepository(region.coordinator()).find(region.petrsClient);
    CHECK(atCoordinator.notes == u"bydlí u sestry");
    CHECK(atCoordinator.givenName == u"Ota");
    CHECK(atCoordinator.workerId == region.petr);

    // The coordinator's export back to Jana's laptop does not carry Petr's client.
    REQUIRE_FALSE(region.toField(region.jana, 1).refused);
    CHECK_FALSE(ClientRepository(region.replicas[1]).find(region.petrsClient).has_value());
    // Petr's laptop gets his client as the coordinator has it.
    REQUIRE_FALSE(region.toField(region.petr, 2).refused);
    CHECK(region.clientNotes(2, region.petrsClient) == u"bydlí u sestry");
}

TEST_CASE("A change in another worker's name is refused", "[sync][authorization]")
{
    Exchange region;
    ChangeRecord forged;
    forged.entity = QStringLiteral("client");
    forged.rowKey = region.janasClient.toRfc4122();
    Store &laptop = region.replicas[1];
    forged.stamp = {laptop.recorder().clock().tick(), laptop.replicaId().toRfc4122()};
    forged.author = region.petr.toRfc4122();
    forged.fields = fields({{QStringLiteral("notes"), QStringLiteral("jako Petr")}});
    changelog::append(laptop.database(), forged);
    requireRefused(region.toCoordinator(1), Authorization::otherAuthor);
    CHECK(region.clientNotes(0, region.janasClient) == u"bydlí u sestry");
}

TEST_CASE("Back-dating an edit does not outlast a hand-over", "[sync][authorization]")
{
    Exchange region;
    // The coordinator hands Jana's client to Petr and writes a new note after it.
    ClientRepository(region.coordinator()).handOver({region.janasClient}, region.petr);
    Client vera = *ClientRepository(region.coordinator()).find(region.janasClient);
    vera.notes = QStringLiteral("předáno Petrovi");
    ClientRepository(region.coordinator()).update(vera);
    const RowFold now = changelog::fold(region.coordinator().database(), QStringLiteral("client"),
                                        region.janasClient.toRfc4122());
    const Stamp noteStamp = now.fields.value(QStringLiteral("notes")).stamp;

    // Jana, having seen that note, writes over it with a stamp from before the hand-over.
    Store &laptop = region.replicas[1];
    ChangeRecord backdated;
    backdated.entity = QStringLiteral("client");
    backdated.rowKey = region.janasClient.toRfc4122();
    backdated.stamp = {changelog::insertOf(laptop.database(), QStringLiteral("client"), backdated.rowKey)->stamp.hlc + 1,
                       laptop.replicaId().toRfc4122()};
    backdated.author = region.jana.toRfc4122();
    backdated.fields = fields({{QStringLiteral("notes"), QStringLiteral("přepsáno zpětně")}});
    QCborMap bases;
    bases.insert(QStringLiteral("notes"), ChangeCodec::stampToCbor(noteStamp));
    backdated.bases = bases;
    changelog::append(laptop.database(), backdated);
    requireRefused(region.toCoordinator(1), Authorization::afterHandover);
    CHECK(region.clientNotes(0, region.janasClient) == u"předáno Petrovi");
}

TEST_CASE("An edit made offline while the client was handed over is kept", "[sync][authorization]")
{
    Exchange region;
    // Jana writes a note on her laptop; meanwhile the coordinator hands the client to Petr.
    Client vera = *ClientRepository(region.replicas[1]).find(region.janasClient);
    vera.notes = QStringLiteral("napsáno v terénu");
    ClientRepository(region.replicas[1]).update(vera);
    region.coordinator().recorder().clock().observe(region.replicas[1].recorder().clock().last() + (1 << 16));
    ClientRepository(region.coordinator()).handOver({region.janasClient}, region.petr);
    // Her note overwrote nothing newer than the hand-over: it was made before she
    // could know, and it stays, whatever the stamps say.
    const ImportReport report = region.toCoordinator(1);
    REQUIRE_FALSE(report.refused);
    CHECK(report.counts.refused == 0);
    CHECK(region.clientNotes(0, region.janasClient) == u"napsáno v terénu");
}

TEST_CASE("A field worker's erasure waits for the coordinator, who confirms it on every laptop",
          "[sync][authorization]")
{
    Exchange region;
    Store &laptop = region.replicas[1];
    CHECK_FALSE(ClientRepository(laptop).erase(region.janasClient)); // a request
    CHECK(ClientRepository(laptop).find(region.janasClient)->givenName == u"Věra");
    const ImportReport report = region.toCoordinator(1);
    REQUIRE_FALSE(report.refused);
    CHECK(report.counts.refusedBy.value(Authorization::erasureRequest) >= 1);
    CHECK(ClientRepository(region.coordinator()).find(region.janasClient)->givenName == u"Věra");

    // The coordinator reviews and confirms.
    const QList<RefusedChange> requests = RefusedChanges(region.coordinator()).list();
    REQUIRE_FALSE(requests.isEmpty());
    for (const RefusedChange &request : requests) {
        CHECK(request.erasureRequest);
        CHECK(request.worker == u"Jana Dvořáková");
        CHECK(request.clientId == region.janasClient);
        RefusedChanges(region.coordinator()).accept(request.stamp);
    }
    CHECK_FALSE(ClientRepository(region.coordinator()).find(region.janasClient).has_value());
    CHECK(test::canonicalDump(region.coordinator().database(), true).contains(QStringLiteral("Věra")) == false);
    // The confirmation reaches the laptop and the erasure takes effect there too.
    REQUIRE_FALSE(region.toField(region.jana, 1).refused);
    CHECK_FALSE(ClientRepository(laptop).find(region.janasClient).has_value());
    CHECK(test::canonicalDump(laptop.database(), true).contains(QStringLiteral("Věra")) == false);
}

TEST_CASE("Only the coordinator accepts refused changes, and an accepted one applies everywhere",
          "[sync][authorization]")
{
    Exchange region;
    region.forge(1, QStringLiteral("locality"), region.locality.toRfc4122(),
                 fields({{QStringLiteral("district"), QStringLiteral("Sokolov")}}));
    requireRefused(region.toCoordinator(1), Authorization::regionData);
    const QList<RefusedChange> refused = RefusedChanges(region.coordinator()).list();
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().fields == QStringList{QStringLiteral("district")});
    CHECK_THROWS_WITH(RefusedChanges(region.replicas[2]).accept(refused.first().stamp),
                      Catch::Contains("coordinator"));
    RefusedChanges(region.coordinator()).accept(refused.first().stamp);
    CHECK(LocalityRepository(region.coordinator()).find(region.locality)->district == u"Sokolov");
    CHECK(RefusedChanges(region.coordinator()).list().isEmpty());
    // Petr's laptop applies it too once the acceptance reaches it.
    REQUIRE_FALSE(region.toField(region.petr, 2).refused);
    CHECK(LocalityRepository(region.replicas[2]).find(region.locality)->district == u"Sokolov");
}

TEST_CASE("The rest of a bundle with refused changes is applied", "[sync][authorization]")
{
    Exchange region;
    region.addClient(1, QStringLiteral("Růžena"), region.jana);
    region.forge(1, QStringLiteral("worker"), region.petr.toRfc4122(),
                 fields({{QStringLiteral("role"), QStringLiteral("coordinator")}}));
    const ImportReport report = region.toCoordinator(1);
    requireRefused(report, Authorization::regionData);
    CHECK(report.counts.inserted == 1);
    CHECK(WorkerRepository(region.coordinator()).find(region.petr)->role == u"field");
}

TEST_CASE("A region from its first day: set-up, enrolment, clients from the field, a hand-over",
          "[sync][authorization][scenario]")
{
    Replicas replicas{3};
    Store &office = replicas[0];
    RegionSetup::Plan plan;
    plan.regionName = QStringLiteral("Karlovarský kraj");
    plan.coordinatorName = QStringLiteral("Marie Koordinátorová");
    Provider first;
    first.name = QStringLiteral("Člověk v tísni");
    first.ico = QStringLiteral("25755277");
    first.services = {QStringLiteral("field_programmes"), QStringLiteral("sas")};
    Provider second;
    second.name = QStringLiteral("Kotec");
    plan.providers = {first, second};
    plan.coordinatorProvider = 0;
    const RegionSetup::Created created = RegionSetup::create(office, plan);
    CHECK(WorkerRepository(office).find(created.coordinator)->role == u"coordinator");

    WorkerRepository workers(office);
    const auto addWorker = [&](const QString &name, int provider) {
        Worker worker;
        worker.name = name;
        worker.providerId = created.providers.at(provider);
        worker.activeFrom = office.clock().today();
        return workers.add(worker).id;
    };
    const QUuid jana = addWorker(QStringLiteral("Jana Dvořáková"), 0);
    const QUuid petr = addWorker(QStringLiteral("Petr Kočí"), 0);
    const QUuid alena = addWorker(QStringLiteral("Alena Horáková"), 1);
    for (int i = 0; i < 5; ++i) {
        Locality place;
        place.regionId = created.region;
        place.code = QStringLiteral("KV-%1").arg(i);
        place.name = QStringLiteral("Lokalita %1").arg(i);
        place.municipality = QStringLiteral("Obec %1").arg(i);
        place.district = QStringLiteral("Sokolov");
        place.kind = QStringLiteral("excluded_locality");
        place.residents = 100 + i;
        LocalityRepository(office).add(place);
    }

    const auto enrol = [&](int laptop, const QUuid &worker) {
        BundleLock lock;
        lock.passphrase = passphrase;
        lock.fastKdfForTests = true;
        const QString path = replicas.path(QStringLiteral("enrol-%1.teren").arg(laptop));
        Enrolment(office).issue(path, worker, lock);
        BundleKey key;
        key.passphrase = passphrase;
        Enrolment(replicas[laptop]).accept(path, key);
    };
    enrol(1, jana);
    enrol(2, petr);
    int bundles = 0;
    const auto up = [&](int laptop) {
        ExportOptions options;
        const std::optional<ReplicaIdentity> coordinator = Enrolment(replicas[laptop]).coordinator();
        REQUIRE(coordinator);
        options.recipient = coordinator->replica;
        options.lock.recipientPublicKey = coordinator->publicKey;
        const QString path = replicas.path(QStringLiteral("up-%1.teren").arg(++bundles));
        Exporter(replicas[laptop]).exportTo(path, options);
        ImportOptions import;
        import.key.secretKey = Keyring(office).keys().secretKey;
        const ImportReport report = Importer(office).importFrom(path, import);
        INFO(report.reason.toStdString());
        REQUIRE_FALSE(report.refused);
        CHECK(report.counts.refused == 0);
    };
    const auto down = [&](const QUuid &worker, int laptop) {
        ExportOptions options;
        options.forWorker = worker;
        const ReplicaIdentity installation = Enrolment(office).enrolledInstallation(worker);
        options.recipient = installation.replica;
        options.lock.recipientPublicKey = installation.publicKey;
        const QString path = replicas.path(QStringLiteral("down-%1.teren").arg(++bundles));
        Exporter(office).exportTo(path, options);
        ImportOptions import;
        import.key.secretKey = Keyring(replicas[laptop]).keys().secretKey;
        REQUIRE_FALSE(Importer(replicas[laptop]).importFrom(path, import).refused);
    };
    const QUuid locality = LocalityRepository(replicas[1]).byCode(QStringLiteral("KV-0"))->id;
    const auto register_ = [&](int laptop, const QString &name) {
        Client client;
        client.givenName = name;
        client.familyName = QStringLiteral("Balogová");
        client.localityId = locality;
        return ClientRepository(replicas[laptop]).create(client).id;
    };
    const QList<QUuid> janas = {register_(1, QStringLiteral("Věra")), register_(1, QStringLiteral("Eva"))};
    const QList<QUuid> petrs = {register_(2, QStringLiteral("Ota")), register_(2, QStringLiteral("Milan")),
                                register_(2, QStringLiteral("Radek"))};
    up(1);
    up(2);
    CHECK(ClientRepository(office).all().size() == 5);
    CHECK(ClientRepository(office).assignedTo(jana).size() == 2);

    // Petr leaves: his clients go to Jana, then he is retired.
    CHECK_THROWS_WITH(workers.retire(petr, office.clock().today()), Catch::Contains("hand them over"));
    ClientRepository(office).handOver(ClientRepository(office).assignedTo(petr), jana);
    workers.retire(petr, office.clock().today());
    CHECK_THROWS_WITH(ClientRepository(office).handOver({janas.first()}, petr), Catch::Contains("active worker"));
    CHECK(WorkerRepository(office).active(office.clock().today().addDays(1)).size() == 3); // not Petr
    CHECK(WorkerRepository(office).find(alena)->isActiveOn(office.clock().today()));

    down(jana, 1);
    down(petr, 2);
    QList<QUuid> onJanasLaptop;
    for (const Client &client : ClientRepository(replicas[1]).all())
        onJanasLaptop.append(client.id);
    std::sort(onJanasLaptop.begin(), onJanasLaptop.end());
    QList<QUuid> all = janas + petrs;
    std::sort(all.begin(), all.end());
    CHECK(onJanasLaptop == all);
    for (const Client &client : ClientRepository(replicas[2]).all())
        UNSCOPED_INFO("still on Petr's laptop: " << client.givenName.toStdString() << " refused there: "
                      << changelog::refused(replicas[2].database()).size());
    CHECK(ClientRepository(replicas[2]).all().isEmpty()); // Petr's laptop let go of them
    CHECK(ClientRepository(office).all().size() == 5);
}

TEST_CASE("A field laptop's view of a client is kept at the coordinator, even after the client was handed over",
          "[sync][authorization][views]")
{
    Exchange region;
    region.replicas.clock(0).advance(60'000);
    ClientRepository(region.coordinator()).handOver({region.janasClient}, region.petr);
    // Jana's laptop, not knowing yet, opens the card a minute later.
    region.replicas.clock(1).advance(120'000);
    REQUIRE(ClientViews(region.replicas[1]).record(region.janasClient, ClientViews::Kind::Card));
    const ImportReport report = region.toCoordinator(1);
    REQUIRE_FALSE(report.refused);
    CHECK(report.counts.refused == 0);
    QList<HistoryEntry> views;
    for (const HistoryEntry &entry : ClientHistory(region.coordinator()).ofClient(region.janasClient)) {
        if (entry.kind == HistoryEntry::Kind::View)
            views.append(entry);
    }
    REQUIRE(views.size() == 1);
    CHECK(views.first().authorName == u"Jana Dvořáková");
    CHECK(views.first().replica == region.replicas[1].replicaId());
}

TEST_CASE("A field laptop records the consents of its own clients, and the coordinator takes them",
          "[sync][authorization][consent]")
{
    Exchange region;
    Consent consent;
    consent.clientId = region.janasClient;
    consent.recordedOn = QDate(2026, 10, 1);
    consent.note = QStringLiteral("písemně");
    consent = ConsentRepository(region.replicas[1]).record(consent);
    consent.clientId = region.petrsClient; // not on Jana's laptop at all
    CHECK_THROWS_AS(ConsentRepository(region.replicas[1]).record(consent), ValidationError);

    const ImportReport report = region.toCoordinator(1);
    REQUIRE_FALSE(report.refused);
    CHECK(report.counts.refused == 0);
    const QList<Consent> atCoordinator = ConsentRepository(region.coordinator()).forClient(region.janasClient);
    REQUIRE(atCoordinator.size() == 1);
    CHECK(atCoordinator.first().note == u"písemně");
    CHECK(ConsentRepository(region.coordinator()).inForce(region.janasClient));
    CHECK_FALSE(ConsentRepository(region.coordinator()).inForce(region.petrsClient));
}

TEST_CASE("The consent an older version kept on a field laptop reaches the coordinator as that laptop's record",
          "[sync][authorization][consent]")
{
    Exchange region;
    Client client;
    client.givenName = QStringLiteral("Růžena");
    client.familyName = QStringLiteral("Horváthová");
    client.consentOn = QDate(2026, 9, 1); // as an older version kept it
    client.consentScope = QStringLiteral("ústně, i fotografie");
    const QUuid ruzena = ClientRepository(region.replicas[1]).create(client).id;
    region.replicas[1].database().execScript(
        QStringLiteral("DROP TABLE anonymous_contact; DROP TABLE group_activity_client; DROP TABLE group_activity; "
                       "DROP TABLE contact_participant; DROP TABLE contact_partner; DROP INDEX step_partner; "
                       "ALTER TABLE step DROP COLUMN partner_id; DROP TABLE partner; DROP TABLE consent; "
                       "ALTER TABLE peer DROP COLUMN app_version; PRAGMA user_version = 10"));
    region.replicas.reopen(1);
    REQUIRE(ConsentRepository(region.replicas[1]).forClient(ruzena).size() == 1);

    const ImportReport report = region.toCoordinator(1);
    REQUIRE_FALSE(report.refused);
    CHECK(report.counts.refused == 0);
    const QList<Consent> atCoordinator = ConsentRepository(region.coordinator()).forClient(ruzena);
    REQUIRE(atCoordinator.size() == 1);
    CHECK(atCoordinator.first().id == ConsentRepository::derivedId(ruzena));
    CHECK(atCoordinator.first().note == u"ústně, i fotografie");
    const std::optional<ChangeRecord> insert =
        changelog::insertOf(region.coordinator().database(), Consent::table(), atCoordinator.first().id.toRfc4122());
    REQUIRE(insert);
    CHECK(insert->stamp.replica == region.replicas[1].replicaId().toRfc4122());
    CHECK(ConsentRepository(region.coordinator()).deriveFromClientColumns() == 0);
}

namespace {

// A row inserted by an attacker with the laptop's key, in the worker's name.
void forgeInsert(Exchange &region, int laptop, const QString &entity, const QCborMap &fields)
{
    Store &store = region.replicas[laptop];
    ChangeRecord change;
    change.entity = entity;
    change.rowKey = store.recorder().newId().toRfc4122();
    change.stamp = {store.recorder().clock().tick(), store.replicaId().toRfc4122()};
    change.author = store.enrolledWorker().toRfc4122();
    change.op = ChangeRecord::Insert;
    change.fields = fields;
    changelog::append(store.database(), change);
}

} // namespace

TEST_CASE("Each link of a group contact is authorised for the worker whose client it links",
          "[sync][authorization][groups]")
{
    Exchange region;
    Contact visit;
    visit.clientId = region.janasClient;
    visit.contactOn = QDate(2026, 10, 20);
    visit.minutes = 60;
    visit.note = QStringLiteral("návštěva rodiny");
    visit = ContactRepository(region.replicas[1]).create(visit);
    REQUIRE(region.toCoordinator(1).counts.refused == 0);

    // Jana links Petr's client to her contact: not hers to link.
    forgeInsert(region, 1, QStringLiteral("contact_participant"),
                fields({{QStringLiteral("contact_id"), visit.id.toRfc4122()},
                        {QStringLiteral("client_id"), region.petrsClient.toRfc4122()}}));
    requireRefused(region.toCoordinator(1), Authorization::notAssigned);
    CHECK(ContactRepository(region.coordinator()).forClient(region.petrsClient).isEmpty());

    // Petr links his own client to Jana's contact: his to link.
    forgeInsert(region, 2, QStringLiteral("contact_participant"),
                fields({{QStringLiteral("contact_id"), visit.id.toRfc4122()},
                        {QStringLiteral("client_id"), region.petrsClient.toRfc4122()}}));
    const ImportReport fromPetr = region.toCoordinator(2);
    CHECK(fromPetr.counts.refused == 0);
    const QList<Contact> ofOta = ContactRepository(region.coordinator()).forClient(region.petrsClient);
    REQUIRE(ofOta.size() == 1);
    CHECK(ofOta.first().id == visit.id);
    CHECK(ofOta.first().otherClientIds == QList<QUuid>{region.petrsClient});
    // Jana's contact list still shows the contact once.
    CHECK(ContactRepository(region.coordinator()).forClient(region.janasClient).size() == 1);
}

TEST_CASE("A group activity is the recording worker's and the coordinator's to change, and reaches the workers of "
          "the clients it names",
          "[sync][authorization][groups]")
{
    Exchange region;
    GroupActivity classes;
    classes.kind = QStringLiteral("catch_up_classes");
    classes.heldOn = QDate(2026, 10, 21);
    classes.minutes = 90;
    classes.participants = 6;
    classes.clientIds = {region.janasClient};
    classes.localityId = region.locality;
    classes = GroupActivityRepository(region.replicas[1]).create(classes);
    CHECK(classes.workerId == region.jana);
    REQUIRE(region.toCoordinator(1).counts.refused == 0);
    REQUIRE(GroupActivityRepository(region.coordinator()).find(classes.id).has_value());

    // Petr changes Jana's activity, and records an anonymous contact in her name.
    region.forge(2, QStringLiteral("group_activity"), classes.id.toRfc4122(),
                 fields({{QStringLiteral("participants"), 60}}));
    requireRefused(region.toCoordinator(2), Authorization::otherRecorder);
    CHECK(GroupActivityRepository(region.coordinator()).find(classes.id)->participants == 6);
    forgeInsert(region, 2, QStringLiteral("anonymous_contact"),
                fields({{QStringLiteral("contact_on"), QStringLiteral("2026-10-22")},
                        {QStringLiteral("minutes"), 10},
                        {QStringLiteral("place"), QStringLiteral("field")},
                        {QStringLiteral("persons"), 2},
                        {QStringLiteral("worker_id"), region.jana.toRfc4122()}}));
    requireRefused(region.toCoordinator(2), Authorization::otherAuthor);

    // The coordinator may; and Jana's laptop gets the change, Petr's nothing of it.
    GroupActivity corrected = classes;
    corrected.participants = 8;
    GroupActivityRepository(region.coordinator()).update(corrected);
    REQUIRE_FALSE(region.toField(region.jana, 1).refused);
    REQUIRE_FALSE(region.toField(region.petr, 2).refused);
    CHECK(GroupActivityRepository(region.replicas[1]).find(classes.id)->participants == 8);
    CHECK_FALSE(GroupActivityRepository(region.replicas[2]).find(classes.id).has_value());

    // Petr's own laptop refuses to change Jana's activity before anything is written.
    GroupActivity coordinators;
    coordinators.kind = QStringLiteral("community_meeting");
    coordinators.heldOn = QDate(2026, 10, 23);
    coordinators.participants = 30;
    coordinators.clientIds = {region.petrsClient};
    coordinators = GroupActivityRepository(region.coordinator()).create(coordinators);
    REQUIRE_FALSE(region.toField(region.petr, 2).refused);
    GroupActivity edited = *GroupActivityRepository(region.replicas[2]).find(coordinators.id);
    edited.participants = 31;
    CHECK_THROWS_WITH(GroupActivityRepository(region.replicas[2]).update(edited),
                      Catch::Contains("recorded by another worker"));
}

TEST_CASE("A laptop that lets go of a contact's first client keeps the link of its own client waiting until the "
          "contact comes back",
          "[sync][authorization][groups]")
{
    Exchange region;
    Store &laptop = region.replicas[1];
    const QUuid ruzena = region.addClient(1, QStringLiteral("Růžena"), QUuid());
    Contact visit;
    visit.clientId = region.janasClient;
    visit.otherClientIds = {ruzena};
    visit.contactOn = QDate(2026, 10, 20);
    visit.minutes = 45;
    visit = ContactRepository(laptop).create(visit);
    REQUIRE(region.toCoordinator(1).counts.refused == 0);

    ClientRepository(region.coordinator()).handOver({region.janasClient}, region.petr);
    const ImportReport away = region.toField(region.jana, 1);
    INFO(away.reason.toStdString());
    REQUIRE_FALSE(away.refused);
    CHECK_FALSE(ClientRepository(laptop).find(region.janasClient).has_value());
    CHECK(ContactRepository(laptop).forClient(ruzena).isEmpty());
    CHECK(ClientRepository(laptop).find(ruzena).has_value());

    ClientRepository(region.coordinator()).handOver({region.janasClient}, region.jana);
    REQUIRE_FALSE(region.toField(region.jana, 1).refused);
    const QList<Contact> back = ContactRepository(laptop).forClient(ruzena);
    REQUIRE(back.size() == 1);
    CHECK(back.first().id == visit.id);
    CHECK(back.first().otherClientIds == QList<QUuid>{ruzena});
}

TEST_CASE("A confirmed erasure of a family member leaves the family visit for the others, without its note",
          "[sync][authorization][groups]")
{
    Exchange region;
    Store &laptop = region.replicas[1];
    const QUuid ruzena = region.addClient(1, QStringLiteral("Růžena"), QUuid());
    Contact visit;
    visit.clientId = region.janasClient;
    visit.otherClientIds = {ruzena};
    visit.contactOn = QDate(2026, 10, 20);
    visit.minutes = 45;
    visit.note = QStringLiteral("Růžena čeká dítě");
    visit = ContactRepository(laptop).create(visit);
    CHECK_FALSE(ClientRepository(laptop).erase(ruzena)); // a request
    REQUIRE_FALSE(region.toCoordinator(1).refused);

    for (const RefusedChange &request : RefusedChanges(region.coordinator()).list())
        RefusedChanges(region.coordinator()).accept(request.stamp);
    CHECK_FALSE(ClientRepository(region.coordinator()).find(ruzena).has_value());
    const QList<Contact> ofVera = ContactRepository(region.coordinator()).forClient(region.janasClient);
    REQUIRE(ofVera.size() == 1);
    CHECK(ofVera.first().note.isEmpty());
    CHECK(ofVera.first().otherClientIds.isEmpty());
    CHECK_FALSE(test::canonicalDump(region.coordinator().database(), true).contains(QStringLiteral("čeká dítě")));
    REQUIRE_FALSE(region.toField(region.jana, 1).refused);
    CHECK(ContactRepository(laptop).forClient(region.janasClient).first().note.isEmpty());
    CHECK_FALSE(test::canonicalDump(laptop.database(), true).contains(QStringLiteral("čeká dítě")));
}
