// Property: random edits on 3-5 replicas, exchanged in random orders and repeated,
// always converge to the same logical state, and every value anybody typed is
// still there (current or in history). Every other case is a region: replica 0 its
// coordinator, the others field workers' laptops, with hand-overs, acceptances and
// changes the rules refuse, so every replica must also judge alike. Every third case
// sets the laptops' clocks days or a year ahead or behind, and merges now and then
// decide that the changes of clocks running ahead count as made at the merge (only
// the coordinator's installation may, in a region): replicas hear of those decisions
// at different times, before or after the changes they clamp.
// TEREN_PROPERTY_CASES overrides the count.
#include <catch2/catch.hpp>

#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "changes/ChangeLog.h"
#include "changes/EntityTable.h"
#include "domain/Codes.h"
#include "domain/Error.h"
#include "store/ConsentRepository.h"
#include "store/PartnerRepository.h"
#include "store/GroupWork.h"
#include "store/RegionRepositories.h"
#include "store/RegionSetup.h"
#include "store/Retention.h"
#include "sync/RefusedChanges.h"

#include <random>

using namespace teren;
using test::Replicas;

namespace {

// Replica 0 sets up a region and a worker for each other replica, whose laptops it
// maps (as enrolment would); every replica then knows the map.
QList<QUuid> makeRegion(Replicas &replicas)
{
    Store &coordinator = replicas[0];
    RegionSetup::Plan plan;
    plan.regionName = QStringLiteral("Kraj");
    plan.coordinatorName = QStringLiteral("Koordinátorka");
    Provider provider;
    provider.name = QStringLiteral("Poskytovatel");
    plan.providers = {provider};
    const RegionSetup::Created created = RegionSetup::create(coordinator, plan);
    QList<QUuid> workers = {created.coordinator};
    for (int i = 1; i < replicas.size(); ++i) {
        Worker worker;
        worker.name = QStringLiteral("Pracovník %1").arg(i);
        worker.providerId = created.providers.first();
        workers.append(WorkerRepository(coordinator).add(worker).id);
        Installation installation{replicas[i].replicaId(), workers.last(), QStringLiteral("laptop %1").arg(i)};
        Transaction transaction(coordinator.database());
        EntityTable<Installation>::insert(coordinator.recorder(), installation);
        transaction.commit();
    }
    for (int i = 1; i < replicas.size(); ++i) {
        replicas[i].setRegionOwner(coordinator.replicaId());
        replicas[i].setEnrolledWorker(workers.at(i));
        replicas[i].setCurrentWorker(workers.at(i));
        replicas.send(0, i);
    }
    return workers;
}

constexpr qint64 dayMs = 24 * 3'600'000;

// Sets each replica's clock right, a few days or a year ahead or behind; returns the
// offsets, for the failure message.
QString skewClocks(Replicas &replicas, std::mt19937_64 &shape)
{
    static const QList<qint64> offsets = {0, 0, 3 * dayMs, -3 * dayMs, 365 * dayMs, -365 * dayMs};
    QStringList days;
    for (int i = 0; i < replicas.size(); ++i) {
        const qint64 offset = offsets.at(static_cast<qsizetype>(shape() % offsets.size()));
        replicas.clock(i).advance(offset);
        days.append(QString::number(offset / dayMs));
    }
    return days.join(QStringLiteral(", "));
}

class RandomSession
{
public:
    RandomSession(quint64 seed, Replicas &replicas, QList<QUuid> workers = {}, bool decideClocks = false)
        : m_random(seed)
        , m_consentRandom(seed)
        , m_partnerRandom(seed ^ 0x5ea7ed)
        , m_groupRandom(seed ^ 0x9e3779b97f4a7c15ULL)
        , m_replicas(replicas)
        , m_workers(std::move(workers))
        , m_decideClocks(decideClocks)
    {
    }

    void setAnonymises(bool anonymises) { m_anonymises = anonymises; }

    void step()
    {
        const int r = pick(m_replicas.size());
        Store &store = m_replicas[r];
        // Consents are drawn from a generator of their own, so the other steps of each
        // seed stay those it always took.
        if (m_consentRandom() % 6 == 0) {
            try {
                recordConsent(store);
            } catch (const ValidationError &) {
                // A consent of a client another worker has: refused, nothing written.
            }
        }
        // Partners too: added anywhere, named on steps and contacts, retired and merged
        // (on a field laptop the coordinator's part is refused before it is written).
        if (m_partnerRandom() % 5 == 0) {
            try {
                partnerStep(store);
            } catch (const ValidationError &) {
            }
        }
        // Group work, likewise from a generator of its own: contacts with several
        // clients, clients linked to recorded contacts, group activities naming some.
        if (m_groupRandom() % 5 == 0) {
            try {
                addGroupWork(store);
            } catch (const ValidationError &) {
                // A link to another worker's client: refused, nothing written.
            }
        }
        // A tie on the wall clock is common on real laptops; keep it common here.
        m_replicas.clock(r).advance(pick(3) == 0 ? 0 : pick(5000));
        try {
            if (!m_workers.isEmpty() && pick(4) == 0) {
                regionStep(r, store);
                return;
            }
            switch (pick(9)) {
            case 0:
                createClient(store);
                break;
            case 1:
            case 2:
                editClient(store);
                break;
            case 3:
                createNeed(store);
                break;
            case 4:
                editNeed(store);
                break;
            case 5:
                addContact(store);
                break;
            case 6:
                if (pick(3) == 0)
                    eraseClient(store);
                else if (m_anonymises && pick(2) == 0)
                    anonymiseClient(store);
                break;
            default:
                if (m_decideClocks && pick(2) == 0)
                    m_replicas.sendClamping(r, pick(m_replicas.size()));
                else
                    m_replicas.send(r, pick(m_replicas.size()));
                break;
            }
        } catch (const ValidationError &) {
            // A random edit may break a rule of the card; then nothing was written.
        }
    }

    // What only a region has: the coordinator hands over and accepts, a laptop forges.
    void regionStep(int r, Store &store)
    {
        if (r == 0) {
            if (pick(2) == 0) {
                if (const std::optional<Client> client = someClient(store))
                    ClientRepository(store).handOver({client->id}, m_workers.at(pick(static_cast<int>(m_workers.size()))));
            } else {
                const QList<RefusedChange> refused = RefusedChanges(store).list();
                if (!refused.isEmpty())
                    RefusedChanges(store).accept(refused.at(pick(static_cast<int>(refused.size()))).stamp);
            }
            return;
        }
        // An attacker with the laptop's key writes what its app would refuse, and the
        // laptop's own file judges it as everybody else will.
        const std::optional<Client> client = someClient(store);
        ChangeRecord forged;
        forged.stamp = {store.recorder().clock().tick(), store.replicaId().toRfc4122()};
        forged.author = store.enrolledWorker().toRfc4122();
        switch (pick(3)) {
        case 0:
            if (!client)
                return;
            forged.entity = QStringLiteral("client");
            forged.rowKey = client->id.toRfc4122();
            forged.fields.insert(QStringLiteral("worker_id"), QCborValue(store.enrolledWorker().toRfc4122()));
            break;
        case 1:
            if (!client)
                return;
            forged.entity = QStringLiteral("client");
            forged.rowKey = client->id.toRfc4122();
            forged.fields.insert(QStringLiteral("notes"), text(QStringLiteral("Podvrh")));
            typedFor(client->id, forged.fields.value(QStringLiteral("notes")).toString());
            break;
        default:
            forged.entity = QStringLiteral("worker");
            forged.rowKey = m_workers.first().toRfc4122();
            forged.fields.insert(QStringLiteral("name"), text(QStringLiteral("Přejmenován")));
            break;
        }
        Transaction transaction(store.database());
        Merger merger(store);
        merger.apply(forged);
        merger.finish();
        transaction.commit();
    }

    // What was typed, with the client it was about.
    const QList<QPair<QUuid, QString>> &typed() const { return m_typed; }
    // What was typed into a group record, with every client it named.
    struct GroupTyped
    {
        QUuid record;
        QList<QUuid> clients;
        QString value;
    };
    const QList<GroupTyped> &typedForGroups() const { return m_groupTyped; }

private:
    int pick(int n) { return static_cast<int>(m_random() % static_cast<quint64>(n)); }

    QString text(const QString &prefix)
    {
        return QStringLiteral("%1 č.%2 — žluťoučký").arg(prefix).arg(m_counter++);
    }

    void typedFor(const QUuid &clientId, const QString &value) { m_typed.append({clientId, value}); }

    void createClient(Store &store)
    {
        Client client;
        client.givenName = text(QStringLiteral("Jméno"));
        client.familyName = QStringLiteral("Horváth");
        client = ClientRepository(store).create(client);
        typedFor(client.id, client.givenName);
    }

    std::optional<Client> someClient(Store &store)
    {
        const QList<Client> clients = ClientRepository(store).all();
        if (clients.isEmpty())
            return std::nullopt;
        return clients.at(pick(static_cast<int>(clients.size())));
    }

    void editClient(Store &store)
    {
        std::optional<Client> client = someClient(store);
        if (!client)
            return;
        switch (pick(3)) {
        case 0:
            client->notes = text(QStringLiteral("Poznámka"));
            break;
        case 1:
            client->phone = text(QStringLiteral("Telefon"));
            break;
        default:
            client->givenName = text(QStringLiteral("Jméno"));
            break;
        }
        ClientRepository(store).update(*client);
        typedFor(client->id, client->notes);
        typedFor(client->id, client->phone);
        typedFor(client->id, client->givenName);
    }

    void createNeed(Store &store)
    {
        const std::optional<Client> client = someClient(store);
        if (!client)
            return;
        Need need;
        need.clientId = client->id;
        static const QStringList areas = {QStringLiteral("housing"), QStringLiteral("debts"),
                                          QStringLiteral("employment"), QStringLiteral("health")};
        need.area = areas.at(pick(static_cast<int>(areas.size())));
        need.intensity = 1 + pick(3);
        need.identifiedOn = QDate(2026, 10, 1 + pick(28));
        NeedRepository(store).create(need);
    }

    void editNeed(Store &store)
    {
        const std::optional<Client> client = someClient(store);
        if (!client)
            return;
        QList<Need> needs = NeedRepository(store).forClient(client->id);
        if (needs.isEmpty())
            return;
        Need need = needs.at(pick(static_cast<int>(needs.size())));
        if (pick(4) == 0) {
            NeedRepository(store).remove(need.id);
            return;
        }
        need.intensity = 1 + pick(3);
        NeedRepository(store).update(need);
    }

    void eraseClient(Store &store)
    {
        if (const std::optional<Client> client = someClient(store))
            ClientRepository(store).erase(client->id);
    }

    // A cooperation that ended long ago, and the client's anonymisation (refused on a
    // field worker's laptop).
    void anonymiseClient(Store &store)
    {
        const std::optional<Client> client = someClient(store);
        if (!client)
            return;
        Cooperation cooperation;
        cooperation.clientId = client->id;
        cooperation.startOn = QDate(2010, 3, 1);
        cooperation.endOn = QDate(2012, 6, 30);
        cooperation.endReason = QStringLiteral("goals_met");
        CooperationRepository(store).create(cooperation);
        Retention(store).anonymise({client->id}, Retention::defaultYears);
    }

    void addContact(Store &store)
    {
        const std::optional<Client> client = someClient(store);
        if (!client)
            return;
        Contact contact;
        contact.clientId = client->id;
        contact.contactOn = QDate(2026, 11, 1);
        contact.minutes = 15 + pick(60);
        contact.place = QStringLiteral("field");
        contact.interventions = {QStringLiteral("counselling")};
        contact.note = text(QStringLiteral("Kontakt"));
        ContactRepository(store).create(contact);
        typedFor(client->id, contact.note);
    }

    void recordConsent(Store &store)
    {
        const auto draw = [this](qsizetype n) { return static_cast<int>(m_consentRandom() % static_cast<quint64>(n)); };
        const QList<Client> clients = ClientRepository(store).all();
        if (clients.isEmpty())
            return;
        const Client &client = clients.at(draw(clients.size()));
        Consent consent;
        consent.clientId = client.id;
        consent.recordedOn = QDate(2026, 10, 1 + draw(30));
        consent.action = draw(3) == 0 ? QStringLiteral("withdrawn") : QStringLiteral("given");
        consent.scope = Codes::consentScopes().at(draw(Codes::consentScopes().size()));
        consent.note = text(QStringLiteral("Souhlas"));
        ConsentRepository(store).record(consent);
        typedFor(client.id, consent.note);
    }

    void partnerStep(Store &store)
    {
        const auto draw = [this](qsizetype n) { return static_cast<int>(m_partnerRandom() % static_cast<quint64>(n)); };
        PartnerRepository partners(store);
        const QList<Partner> live = partners.choosable();
        const QList<Client> clients = ClientRepository(store).all();
        const int what = draw(5);
        if (what == 0 || live.isEmpty()) {
            Partner partner;
            // Three kinds only, so entries of one kind meet and get merged.
            partner.kind = Codes::partnerKinds().at(draw(3));
            partner.name = text(QStringLiteral("Partner"));
            partners.add(partner);
            return;
        }
        const Partner &chosen = live.at(draw(live.size()));
        if (what == 1 && !clients.isEmpty()) {
            const QList<Need> needs = NeedRepository(store).forClient(clients.at(draw(clients.size())).id);
            if (needs.isEmpty())
                return;
            Goal goal;
            goal.needId = needs.at(draw(needs.size())).id;
            goal.text = text(QStringLiteral("Cíl"));
            Step step;
            step.goalId = PlanRepository(store).createGoal(goal).id;
            step.text = text(QStringLiteral("Krok"));
            step.responsible = QStringLiteral("institution");
            step.partnerId = chosen.id;
            PlanRepository(store).createStep(step);
        } else if (what == 2 && !clients.isEmpty()) {
            Contact contact;
            contact.clientId = clients.at(draw(clients.size())).id;
            contact.contactOn = QDate(2026, 11, 2);
            contact.minutes = 20;
            contact.partnerIds = {chosen.id, live.at(draw(live.size())).id};
            ContactRepository(store).create(contact);
        } else if (what == 3) {
            partners.setRetired(chosen.id, QDate(2026, 11, 1 + draw(28)));
        } else {
            const Partner &other = live.at(draw(live.size()));
            if (other.id != chosen.id)
                partners.merge(other.id, chosen.id);
        }
    }

    void addGroupWork(Store &store)
    {
        const auto draw = [this](qsizetype n) { return static_cast<int>(m_groupRandom() % static_cast<quint64>(n)); };
        const QList<Client> clients = ClientRepository(store).all();
        if (clients.isEmpty())
            return;
        QList<QUuid> chosen;
        const int wanted = 1 + draw(3);
        for (int i = 0; i < wanted; ++i) {
            const QUuid id = clients.at(draw(clients.size())).id;
            if (!chosen.contains(id))
                chosen.append(id);
        }
        switch (draw(3)) {
        case 0: {
            Contact contact;
            contact.clientId = chosen.takeFirst();
            contact.otherClientIds = chosen;
            contact.contactOn = QDate(2026, 11, 1 + draw(28));
            contact.minutes = 30 + draw(60);
            contact.place = QStringLiteral("field");
            contact.note = text(QStringLiteral("Návštěva rodiny"));
            contact = ContactRepository(store).create(contact);
            m_groupTyped.append({contact.id, QList<QUuid>{contact.clientId} + contact.otherClientIds, contact.note});
            break;
        }
        case 1: {
            // A client linked to a contact recorded earlier, maybe on another laptop.
            const QList<Contact> contacts = ContactRepository(store).forClient(chosen.first());
            if (contacts.isEmpty() || clients.size() < 2)
                return;
            const QUuid other = clients.at(draw(clients.size())).id;
            const QUuid contactId = contacts.at(draw(contacts.size())).id;
            ContactRepository(store).linkClient(contactId, other);
            for (GroupTyped &typed : m_groupTyped) {
                if (typed.record == contactId)
                    typed.clients.append(other);
            }
            break;
        }
        default: {
            GroupActivity activity;
            activity.kind = Codes::groupActivityKinds().at(draw(Codes::groupActivityKinds().size()));
            activity.heldOn = QDate(2026, 11, 1 + draw(28));
            activity.minutes = 60 + draw(60);
            activity.participants = static_cast<int>(chosen.size()) + draw(10);
            activity.clientIds = chosen;
            activity.note = text(QStringLiteral("Doučování"));
            activity = GroupActivityRepository(store).create(activity);
            m_groupTyped.append({activity.id, activity.clientIds, activity.note});
            break;
        }
        }
    }

    std::mt19937_64 m_random;
    std::mt19937_64 m_consentRandom;
    std::mt19937_64 m_partnerRandom;
    std::mt19937_64 m_groupRandom;
    Replicas &m_replicas;
    QList<QUuid> m_workers; // in a region: the coordinator's, then each laptop's
    bool m_decideClocks;    // merges may clamp the changes of clocks running ahead
    bool m_anonymises = false; // anonymisations of clients past retention among the edits
    QList<QPair<QUuid, QString>> m_typed;
    QList<GroupTyped> m_groupTyped;
    int m_counter = 0;
};

bool logHolds(Store &store, const QString &value)
{
    return store.database()
               .scalar(QStringLiteral("SELECT count(*) FROM change WHERE instr(fields, ?) > 0"), {value.toUtf8()})
               .toLongLong()
        > 0;
}

// One case of the property: the seed decides the replicas, the edits and the order
// of the exchanges; anonymising clients past retention is among the edits when asked.
void converge(int seed, bool anonymises)
{
    std::mt19937_64 shape(static_cast<quint64>(seed));
    Replicas replicas(3 + static_cast<int>(shape() % 3), static_cast<quint64>(seed));
    const bool region = seed % 2 == 0;
    const QList<QUuid> workers = region ? makeRegion(replicas) : QList<QUuid>();
    const bool skewed = seed % 3 == 0;
    const QString offsets = skewed ? skewClocks(replicas, shape) : QString();
    RandomSession session(static_cast<quint64>(seed), replicas, workers, skewed);
    session.setAnonymises(anonymises);
    const int steps = 10 + static_cast<int>(shape() % 20);
    for (int i = 0; i < steps; ++i)
        session.step();

    // Everyone hears from everyone, in a random order, twice over.
    QList<QPair<int, int>> pairs;
    for (int from = 0; from < replicas.size(); ++from)
        for (int to = 0; to < replicas.size(); ++to)
            if (from != to)
                pairs.append({from, to});
    for (int round = 0; round < 2; ++round) {
        std::shuffle(pairs.begin(), pairs.end(), shape);
        for (const auto &[from, to] : std::as_const(pairs))
            replicas.send(from, to);
    }

    INFO("seed " << seed << (region ? " (a region)" : "") << ", " << replicas.size() << " replicas, " << steps
                 << " steps" << (skewed ? ", clocks off by days: " + offsets.toStdString() : std::string()));
    const QString expected = replicas.state(0);
    for (int i = 1; i < replicas.size(); ++i)
        REQUIRE(replicas.state(i) == expected);
    // An anonymised client holds no name, phone or note anywhere.
    REQUIRE(replicas[0]
                .database()
                .scalar(QStringLiteral("SELECT count(*) FROM client WHERE anonymised_on IS NOT NULL AND (given_name "
                                       "IS NOT NULL OR family_name IS NOT NULL OR phone IS NOT NULL OR notes IS NOT "
                                       "NULL)"))
                .toInt()
            == 0);
    // Every typed value is kept (current or in history), except what an erasure or
    // an anonymisation of that client wiped on purpose.
    for (const auto &[clientId, value] : session.typed()) {
        const bool wiped =
            replicas[0]
                .database()
                .scalar(QStringLiteral("SELECT deleted = 2 OR anonymised_on IS NOT NULL FROM client WHERE id = ?"),
                        {clientId.toRfc4122()})
                .toBool();
        if (!wiped && !value.isEmpty())
            REQUIRE(logHolds(replicas[0], value));
    }
    // A group record's note goes when any client it named is erased or anonymised,
    // and only then.
    for (const auto &[record, clientIds, value] : session.typedForGroups()) {
        bool wiped = false;
        for (const QUuid &clientId : clientIds)
            wiped = wiped
                || replicas[0]
                       .database()
                       .scalar(QStringLiteral("SELECT deleted = 2 OR anonymised_on IS NOT NULL FROM client WHERE id = ?"),
                               {clientId.toRfc4122()})
                       .toBool();
        if (!wiped)
            REQUIRE(logHolds(replicas[0], value));
    }
}

} // namespace

TEST_CASE("Random edits on 3 to 5 replicas converge in any exchange order and lose no typed value",
          "[sync][property]")
{
    const int cases = qEnvironmentVariableIsSet("TEREN_PROPERTY_CASES")
        ? qEnvironmentVariableIntValue("TEREN_PROPERTY_CASES")
        : 1000;
    for (int seed = 1; seed <= cases; ++seed)
        converge(seed, false);
}

TEST_CASE("Random edits with anonymisations of clients past retention converge, and nothing wiped comes back",
          "[sync][property][retention]")
{
    const int cases = qEnvironmentVariableIsSet("TEREN_PROPERTY_CASES")
        ? qEnvironmentVariableIntValue("TEREN_PROPERTY_CASES")
        : 300;
    for (int seed = 1; seed <= cases; ++seed)
        converge(seed, true);
}
