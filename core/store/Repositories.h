#pragma once

#include "Store.h"
#include "domain/Entities.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace teren {

// Region, localities, providers, workers, households and targets: the reference
// data a coordinator sets up and sends to workers.
class DirectoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryRepository)

public:
    explicit DirectoryRepository(Store &store) : m_store(store) {}

    Region addRegion(Region region);
    Locality addLocality(Locality locality);
    Provider addProvider(Provider provider);
    Worker addWorker(Worker worker);
    Household addHousehold(Household household);
    // Same as TargetRepository::add (validated there).
    Target addTarget(Target target);

    QList<Region> regions();
    QList<Locality> localities();
    std::optional<Locality> localityByCode(const QString &code);
    QList<Provider> providers();
    QList<Worker> workers();
    QList<Target> targets();

    std::optional<Worker> worker(const QUuid &id);
    std::optional<Provider> provider(const QUuid &id);
    std::optional<Locality> locality(const QUuid &id);
    // The worker whose laptop is this installation (recorded by the coordinator when
    // its enrolment was proven).
    std::optional<Worker> workerUsingReplica(const QUuid &replica);
    // The name of a worker, also of one removed since (for who made an old change).
    QString workerName(const QUuid &id);
    // Live rows with exactly this name.
    QList<QUuid> providersNamed(const QString &name);
    QList<QUuid> workersNamed(const QString &name);
    // Live workers with this id, or this name ignoring case.
    QList<QUuid> workersMatching(const QString &idOrName);

private:
    Store &m_store;
};

// One line of the client list, with what its filters need.
struct ClientSummary
{
    enum class Cooperation { None, Active, Ended };

    QUuid id;
    QString familyName;
    QString givenName;
    QString alias;
    std::optional<int> birthYear;
    QUuid localityId;
    QString locality;
    QUuid workerId;
    int openNeeds = 0;
    Cooperation cooperation = Cooperation::None;
    bool overdue = false;   // a step or goal past its date and not done
    bool consentInForce = false; // see ConsentHistory::inForce
    QString searchKey;      // folded names and alias, see TextSearch
};

class ClientRepository
{
    Q_DECLARE_TR_FUNCTIONS(ClientRepository)

public:
    explicit ClientRepository(Store &store) : m_store(store) {}

    Client create(Client client);
    bool update(const Client &client);
    void remove(const QUuid &id);
    // GDPR erasure: the client and everything recorded about them become sticky
    // tombstones (no older or later change brings them back, on any replica), and
    // their names, notes and free texts are wiped from the rows and from the change
    // log. Codes, dates and counts stay for anonymous statistics. Not undoable. On a
    // field worker's laptop it is a request, logged for the coordinator to confirm
    // (see Authorization): returns false then, and nothing is wiped yet.
    bool erase(const QUuid &id);
    std::optional<Client> find(const QUuid &id);
    QList<Client> all();
    // Live clients in name order: of one household; of one locality (all when null).
    QList<Client> householdMembers(const QUuid &householdId);
    // The client's household, started (named after the family) when there is none.
    QUuid startHousehold(const QUuid &clientId);
    QList<Client> inLocality(const QUuid &localityId);
    // The clients assigned to the worker, live and not merged into another record.
    QList<QUuid> assignedTo(const QUuid &workerId);
    // Hands the clients over to another worker, active today, in one transaction: a
    // change of each client's worker, which the next export back to the field takes
    // to the new worker's laptop, and after which the old laptop lets go of them.
    // Throws a translated ValidationError for a retired or unknown worker or client.
    void handOver(const QList<QUuid> &clientIds, const QUuid &toWorker);
    // Live clients in name order; `today` decides what is overdue.
    QList<ClientSummary> summaries(const QDate &today);
    std::optional<ClientSummary> summary(const QUuid &id, const QDate &today);

    void validate(const Client &client);

private:
    Store &m_store;
};

class CooperationRepository
{
    Q_DECLARE_TR_FUNCTIONS(CooperationRepository)

public:
    explicit CooperationRepository(Store &store) : m_store(store) {}

    Cooperation create(Cooperation cooperation);
    bool update(const Cooperation &cooperation);
    std::optional<Cooperation> find(const QUuid &id);
    QList<Cooperation> forClient(const QUuid &clientId);

    void validate(const Cooperation &cooperation);

private:
    Store &m_store;
};

// Needs of the regional card. Priorities of a client's open needs always run
// 1..n without gaps or ties: creating, moving, closing or reopening a need
// renumbers the others.
class NeedRepository
{
    Q_DECLARE_TR_FUNCTIONS(NeedRepository)

public:
    explicit NeedRepository(Store &store) : m_store(store) {}

    Need create(Need need);
    bool update(const Need &need);
    void moveToPriority(const QUuid &needId, int priority);
    void resolve(const QUuid &needId, const QDate &closedOn, const QString &outcome);
    void remove(const QUuid &id);
    std::optional<Need> find(const QUuid &id);
    // Open needs first in priority order, then closed ones, newest first.
    QList<Need> forClient(const QUuid &clientId);

    void validate(const Need &need);

private:
    void renumberOpenNeeds(const QUuid &clientId, const QUuid &placed, bool afterTies);
    Store &m_store;
};

// The individual plan: goals under needs, steps under goals.
class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)

public:
    explicit PlanRepository(Store &store) : m_store(store) {}

    Goal createGoal(Goal goal);
    bool updateGoal(const Goal &goal);
    void removeGoal(const QUuid &id);
    std::optional<Goal> findGoal(const QUuid &id);
    QList<Goal> goalsForNeed(const QUuid &needId);

    Step createStep(Step step);
    bool updateStep(const Step &step);
    void removeStep(const QUuid &id);
    std::optional<Step> findStep(const QUuid &id);
    QList<Step> stepsForGoal(const QUuid &goalId);

    void validate(const Goal &goal);
    void validate(const Step &step);

private:
    Store &m_store;
};

// Contacts are append-only: a contact is recorded once, with its interventions and
// the needs it touched, and can only be withdrawn as a whole.
class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)

public:
    explicit ContactRepository(Store &store) : m_store(store) {}

    Contact create(Contact contact);
    // Stores a contact already known to be valid (the demo generator's bulk path).
    static void write(Store &store, Contact &contact);
    void remove(const QUuid &id);
    // The client's contacts, their own and those they were linked to, newest first;
    // each with its further clients.
    QList<Contact> forClient(const QUuid &clientId);
    // Further clients of a recorded contact (each link is its client's record: a link
    // to another worker's client is that worker's or the coordinator's to write).
    void linkClient(const QUuid &contactId, const QUuid &clientId);
    void unlinkClient(const QUuid &contactId, const QUuid &clientId);
    QList<QUuid> linkedClients(const QUuid &contactId);

    void validate(const Contact &contact);

private:
    Store &m_store;
};

} // namespace teren
