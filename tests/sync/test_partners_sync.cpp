// Partners across installations: a coordinator and two enrolled field laptops. A
// partner added on a laptop offline reaches the coordinator and the other laptop;
// the coordinator's retirements and merges reach the laptops; a laptop's edit of a
// partner is refused.
#include <catch2/catch.hpp>

#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "changes/Authorization.h"
#include "changes/ChangeLog.h"
#include "store/PartnerRepository.h"
#include "store/RegionRepositories.h"
#include "store/RegionSetup.h"
#include "sync/Enrolment.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/Keyring.h"

using namespace teren;
using test::Replicas;

namespace {

const QByteArray passphrase = QByteArrayLiteral("partneři v terénu");

// Replica 0 is the coordinator's; 1 is Jana's laptop, 2 Petr's, both enrolled.
struct PartnerRegion
{
    Replicas replicas{3};
    QUuid jana, petr, locality, janasClient, janasGoal;
    int bundles = 0;

    PartnerRegion()
    {
        RegionSetup::Plan plan;
        plan.regionName = QStringLiteral("Karlovarský kraj");
        plan.coordinatorName = QStringLiteral("Marie Koordinátorová");
        Provider provider;
        provider.name = QStringLiteral("Člověk v tísni");
        plan.providers = {provider};
        const RegionSetup::Created created = RegionSetup::create(coordinator(), plan);
        Worker worker;
        worker.providerId = created.providers.first();
        worker.name = QStringLiteral("Jana Dvořáková");
        jana = WorkerRepository(coordinator()).add(worker).id;
        worker.name = QStringLiteral("Petr Kočí");
        petr = WorkerRepository(coordinator()).add(worker).id;
        Locality place;
        place.regionId = created.region;
        place.code = QStringLiteral("KV-01");
        place.name = QStringLiteral("Rybáře");
        place.municipality = QStringLiteral("Karlovy Vary");
        place.district = QStringLiteral("Karlovy Vary");
        locality = LocalityRepository(coordinator()).add(place).id;
        Client client;
        client.givenName = QStringLiteral("Věra");
        client.familyName = QStringLiteral("Horváthová");
        client.workerId = jana;
        client.localityId = locality;
        janasClient = ClientRepository(coordinator()).create(client).id;
        Need need;
        need.clientId = janasClient;
        need.area = QStringLiteral("employment");
        need.identifiedOn = QDate(2026, 10, 1);
        Goal goal;
        goal.needId = NeedRepository(coordinator()).create(need).id;
        goal.text = QStringLiteral("Najít práci");
        janasGoal = PlanRepository(coordinator()).createGoal(goal).id;
        enrol(1, jana);
        enrol(2, petr);
        REQUIRE_FALSE(toField(jana, 1).refused);
        REQUIRE_FALSE(toField(petr, 2).refused);
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
        REQUIRE_FALSE(toCoordinator(laptop).refused);
    }

    ImportReport toCoordinator(int laptop)
    {
        return test::sendBundle(replicas[laptop], coordinator(),
                                replicas.path(QStringLiteral("up-%1-%2.teren").arg(laptop).arg(bundles++)));
    }

    ImportReport toField(const QUuid &worker, int laptop)
    {
        return test::sendBundle(coordinator(), replicas[laptop],
                                replicas.path(QStringLiteral("down-%1-%2.teren").arg(laptop).arg(bundles++)), worker);
    }

    QUuid addPartner(int replica, const QString &kind, const QString &name)
    {
        Partner partner;
        partner.kind = kind;
        partner.name = name;
        partner.localityId = locality;
        return PartnerRepository(replicas[replica]).add(partner).id;
    }

    QUuid addStep(int replica, const QUuid &partner, const QString &text)
    {
        Step step;
        step.goalId = janasGoal;
        step.text = text;
        step.responsible = QStringLiteral("institution");
        step.partnerId = partner;
        return PlanRepository(replicas[replica]).createStep(step).id;
    }

    QUuid addContact(int replica, const QList<QUuid> &partners)
    {
        Contact contact;
        contact.clientId = janasClient;
        contact.workerId = jana;
        contact.contactOn = QDate(2026, 10, 20);
        contact.minutes = 45;
        contact.partnerIds = partners;
        return ContactRepository(replicas[replica]).create(contact).id;
    }

    QList<QUuid> contactPartners(int replica, const QUuid &contact)
    {
        for (const Contact &each : ContactRepository(replicas[replica]).forClient(janasClient)) {
            if (each.id == contact)
                return each.partnerIds;
        }
        return {};
    }
};

} // namespace

TEST_CASE("A partner a field worker adds offline reaches the coordinator and the other laptops",
          "[sync][partners]")
{
    PartnerRegion region;
    const QUuid office = region.addPartner(1, QStringLiteral("labour_office"), QStringLiteral("Úřad práce Sokolov"));
    const QUuid step = region.addStep(1, office, QStringLiteral("Registrace na úřadu práce"));
    const QUuid contact = region.addContact(1, {office});

    const ImportReport report = region.toCoordinator(1);
    REQUIRE_FALSE(report.refused);
    CHECK(report.counts.refused == 0);
    const std::optional<Partner> atCoordinator = PartnerRepository(region.coordinator()).find(office);
    REQUIRE(atCoordinator.has_value());
    CHECK(atCoordinator->name == u"Úřad práce Sokolov");
    CHECK(atCoordinator->kind == u"labour_office");
    CHECK(PartnerRepository(region.coordinator()).partnerName(step) == u"Úřad práce Sokolov");
    CHECK(region.contactPartners(0, contact) == QList<QUuid>{office});

    // Partners are the region's: Petr's laptop gets it with the region's records.
    REQUIRE_FALSE(region.toField(region.petr, 2).refused);
    CHECK(PartnerRepository(region.replicas[2]).find(office)->name == u"Úřad práce Sokolov");
}

TEST_CASE("Only the coordinator edits, retires and merges partners: a laptop's attempt is refused",
          "[sync][partners][authorization]")
{
    PartnerRegion region;
    const QUuid school = region.addPartner(0, QStringLiteral("school"), QStringLiteral("ZŠ Rybáře"));
    REQUIRE_FALSE(region.toField(region.jana, 1).refused);
    Store &laptop = region.replicas[1];
    Partner renamed = *PartnerRepository(laptop).find(school);
    renamed.name = QStringLiteral("ZŠ Přejmenovaná");
    CHECK_THROWS_WITH(PartnerRepository(laptop).update(renamed), Catch::Contains("coordinator"));
    CHECK_THROWS_WITH(PartnerRepository(laptop).setRetired(school, QDate(2026, 11, 1)),
                      Catch::Contains("coordinator"));
    CHECK(PartnerRepository(laptop).find(school)->name == u"ZŠ Rybáře");

    // The same edits written straight into the laptop's log are refused on arrival.
    ChangeRecord change;
    change.entity = QStringLiteral("partner");
    change.rowKey = school.toRfc4122();
    change.stamp = {laptop.recorder().clock().tick(), laptop.replicaId().toRfc4122()};
    change.author = laptop.enrolledWorker().toRfc4122();
    change.op = ChangeRecord::Update;
    change.fields.insert(QStringLiteral("name"), QStringLiteral("ZŠ Přejmenovaná"));
    changelog::append(laptop.database(), change);
    const ImportReport report = region.toCoordinator(1);
    REQUIRE_FALSE(report.refused);
    CHECK(report.counts.refusedBy.value(Authorization::partnerEdit) == 1);
    CHECK(report.refusals().contains(Authorization::describe(Authorization::partnerEdit)));
    CHECK(PartnerRepository(region.coordinator()).find(school)->name == u"ZŠ Rybáře");
}

TEST_CASE("The coordinator's retirement and merge of partners reach the laptops, and an offline reference "
          "to the duplicate counts as the entry kept",
          "[sync][partners]")
{
    PartnerRegion region;
    const QUuid kept = region.addPartner(0, QStringLiteral("ospod"), QStringLiteral("OSPOD Karlovy Vary"));
    const QUuid retired = region.addPartner(0, QStringLiteral("police"), QStringLiteral("Obvodní oddělení"));
    REQUIRE_FALSE(region.toField(region.jana, 1).refused);
    // Jana adds the same office again, offline, and uses it.
    const QUuid duplicate = region.addPartner(1, QStringLiteral("ospod"), QStringLiteral("OSPOD KV"));
    const QUuid step = region.addStep(1, duplicate, QStringLiteral("Schůzka na OSPOD"));
    const QUuid contact = region.addContact(1, {duplicate});
    REQUIRE(region.toCoordinator(1).counts.refused == 0);

    // The coordinator merges the duplicate and retires the police station.
    const PartnerRepository::MergeResult merged = PartnerRepository(region.coordinator()).merge(duplicate, kept);
    CHECK(merged.steps == 1);
    CHECK(merged.contacts == 1);
    PartnerRepository(region.coordinator()).setRetired(retired, QDate(2026, 11, 2));
    // Meanwhile Jana, still offline, names the duplicate on another step.
    const QUuid offline = region.addStep(1, duplicate, QStringLiteral("Doložit docházku"));

    REQUIRE(region.toCoordinator(1).counts.refused == 0);
    REQUIRE_FALSE(region.toField(region.jana, 1).refused);
    for (const int replica : {0, 1}) {
        INFO("replica " << replica);
        PartnerRepository partners(region.replicas[replica]);
        CHECK(partners.find(duplicate)->mergedInto == kept);
        CHECK(partners.find(retired)->retiredOn == QDate(2026, 11, 2));
        CHECK(PlanRepository(region.replicas[replica]).findStep(step)->partnerId == kept);
        CHECK(region.contactPartners(replica, contact) == QList<QUuid>{kept});
        CHECK(partners.partnerName(offline) == u"OSPOD Karlovy Vary");
        CHECK(partners.choosable(QStringLiteral("ospod")).size() == 1);
        CHECK(partners.choosable(QStringLiteral("police")).isEmpty());
    }
    CHECK(region.replicas.state(0) == region.replicas.state(1));
}
