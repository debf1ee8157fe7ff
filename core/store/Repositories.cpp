#include "Repositories.h"

#include "ContactLinks.h"
#include "PartnerRepository.h"
#include "RepositoryInternals.h"
#include "RegionRepositories.h"
#include "Rules.h"
#include "TargetRepository.h"
#include "changes/EntityTable.h"
#include "domain/Codes.h"
#include "i18n/Dates.h"

#include <QCborArray>

#include <algorithm>

namespace teren {

namespace {

// The records of one person: the client's own and those of clients merged into it
// (see Duplicates). Bind the client's id twice.
QString ofPerson(const QString &column)
{
    return column + QStringLiteral(" IN (SELECT id FROM client WHERE id = ? OR merged_into = ?)");
}

QVariantList personBindings(const QUuid &clientId)
{
    return {db::id(clientId), db::id(clientId)};
}

} // namespace

// ---------------------------------------------------------------- directory

Region DirectoryRepository::addRegion(Region region)
{
    Rules::requireText(region.name, QStringLiteral("name"), tr("The region's name"));
    return insertChecked(m_store, std::move(region));
}

Locality DirectoryRepository::addLocality(Locality locality)
{
    return LocalityRepository(m_store).add(std::move(locality));
}

Provider DirectoryRepository::addProvider(Provider provider)
{
    return ProviderRepository(m_store).add(std::move(provider));
}

Worker DirectoryRepository::addWorker(Worker worker)
{
    return WorkerRepository(m_store).add(std::move(worker));
}

Household DirectoryRepository::addHousehold(Household household)
{
    Rules::requireText(household.label, QStringLiteral("label"), tr("The household's name"));
    return insertChecked(m_store, std::move(household));
}

Target DirectoryRepository::addTarget(Target target)
{
    return TargetRepository(m_store).add(std::move(target));
}

QList<Region> DirectoryRepository::regions()
{
    return EntityTable<Region>::select(m_store.database(), QStringLiteral("1 ORDER BY name"));
}

QList<Locality> DirectoryRepository::localities()
{
    return LocalityRepository(m_store).all();
}

std::optional<Locality> DirectoryRepository::localityByCode(const QString &code)
{
    return LocalityRepository(m_store).byCode(code);
}

QList<Provider> DirectoryRepository::providers()
{
    return ProviderRepository(m_store).all();
}

QList<Worker> DirectoryRepository::workers()
{
    return WorkerRepository(m_store).all();
}

QList<Target> DirectoryRepository::targets()
{
    return EntityTable<Target>::select(m_store.database(), QStringLiteral("1 ORDER BY year, indicator"));
}

std::optional<Worker> DirectoryRepository::worker(const QUuid &id)
{
    return WorkerRepository(m_store).find(id);
}

std::optional<Provider> DirectoryRepository::provider(const QUuid &id)
{
    return ProviderRepository(m_store).find(id);
}

std::optional<Locality> DirectoryRepository::locality(const QUuid &id)
{
    return LocalityRepository(m_store).find(id);
}

std::optional<Worker> DirectoryRepository::workerUsingReplica(const QUuid &replica)
{
    const std::optional<Installation> installation = EntityTable<Installation>::find(m_store.database(), replica);
    return installation ? worker(installation->workerId) : std::nullopt;
}

QString DirectoryRepository::workerName(const QUuid &id)
{
    return m_store.database().scalar(QStringLiteral("SELECT name FROM worker WHERE id = ?"), {db::id(id)}).toString();
}

QList<QUuid> DirectoryRepository::providersNamed(const QString &name)
{
    return ProviderRepository(m_store).named(name);
}

QList<QUuid> DirectoryRepository::workersNamed(const QString &name)
{
    return WorkerRepository(m_store).named(name);
}

QList<QUuid> DirectoryRepository::workersMatching(const QString &idOrName)
{
    return WorkerRepository(m_store).matching(idOrName);
}

// ---------------------------------------------------------------- cooperations

void CooperationRepository::validate(const Cooperation &cooperation)
{
    Rules::requireExists(EntityTable<Client>::exists(m_store.database(), cooperation.clientId),
                         QStringLiteral("client_id"), tr("client"));
    Rules::requireDate(cooperation.startOn, QStringLiteral("start_on"), tr("The start of cooperation"));
    if (cooperation.endOn.isValid() && cooperation.endOn < cooperation.startOn)
        throw ValidationError(tr("Cooperation cannot end (%1) before it started (%2).")
                                  .arg(Dates::shortDate(cooperation.endOn),
                                       Dates::shortDate(cooperation.startOn)),
                              QStringLiteral("end_on"));
    if (cooperation.endOn.isValid() && cooperation.endReason.isEmpty())
        throw ValidationError(tr("Give the reason the cooperation ended."), QStringLiteral("end_reason"));
    if (!cooperation.endOn.isValid() && !cooperation.endReason.isEmpty())
        throw ValidationError(tr("An end reason needs an end date."), QStringLiteral("end_on"));
    if (!cooperation.endReason.isEmpty())
        Rules::requireCode(m_store.codelists().isEndReason(cooperation.endReason), cooperation.endReason,
                           QStringLiteral("end_reason"), tr("end reason"));
}

Cooperation CooperationRepository::create(Cooperation cooperation)
{
    validate(cooperation);
    return insertChecked(m_store, std::move(cooperation));
}

bool CooperationRepository::update(const Cooperation &cooperation)
{
    const std::optional<Cooperation> before = find(cooperation.id);
    Rules::requireExists(before.has_value(), QStringLiteral("id"), tr("cooperation"));
    validate(cooperation);
    Transaction transaction(m_store.database());
    const bool changed = EntityTable<Cooperation>::update(m_store.recorder(), *before, cooperation);
    transaction.commit();
    return changed;
}

std::optional<Cooperation> CooperationRepository::find(const QUuid &id)
{
    return EntityTable<Cooperation>::find(m_store.database(), id);
}

QList<Cooperation> CooperationRepository::forClient(const QUuid &clientId)
{
    return EntityTable<Cooperation>::select(m_store.database(),
                                            ofPerson(QStringLiteral("client_id")) + QStringLiteral(" ORDER BY start_on"),
                                            personBindings(clientId));
}

// ---------------------------------------------------------------- needs

void NeedRepository::validate(const Need &need)
{
    const Codelists &codes = m_store.codelists();
    Rules::requireExists(EntityTable<Client>::exists(m_store.database(), need.clientId),
                         QStringLiteral("client_id"), tr("client"));
    Rules::requireCode(codes.isArea(need.area), need.area, QStringLiteral("area"), tr("area"));
    if (need.intensity < 1 || need.intensity > 3)
        throw ValidationError(tr("Intensity must be 1 (low), 2 (medium) or 3 (high), not %1.").arg(need.intensity),
                              QStringLiteral("intensity"));
    if (need.priority < 0)
        throw ValidationError(tr("Priority must be a positive number."), QStringLiteral("priority"));
    Rules::requireDate(need.identifiedOn, QStringLiteral("identified_on"), tr("The date the need was identified"));
    Rules::requireCode(Codes::needStatuses().contains(need.status), need.status, QStringLiteral("status"),
                       tr("need status"));
    if (need.isOpen()) {
        if (need.closedOn.isValid())
            throw ValidationError(tr("An open need has no closed date."), QStringLiteral("closed_on"));
        if (!need.outcome.isEmpty())
            throw ValidationError(tr("Only a resolved need has an outcome."), QStringLiteral("outcome"));
        return;
    }
    Rules::requireDate(need.closedOn, QStringLiteral("closed_on"), tr("The date the need was closed"));
    Rules::requireNotBefore(need.closedOn, need.identifiedOn, QStringLiteral("closed_on"), tr("The closed date"));
    if (need.status == u"resolved") {
        if (need.outcome.isEmpty())
            throw ValidationError(tr("A resolved need needs an outcome."), QStringLiteral("outcome"));
        if (!codes.isOutcome(need.area, need.outcome))
            throw ValidationError(tr("The outcome \"%1\" does not belong to the area \"%2\".")
                                      .arg(need.outcome, codes.areaLabel(need.area)),
                                  QStringLiteral("outcome"));
    } else if (!need.outcome.isEmpty()) {
        throw ValidationError(tr("Only a resolved need has an outcome."), QStringLiteral("outcome"));
    }
}

Need NeedRepository::create(Need need)
{
    validate(need);
    Database &db = m_store.database();
    Transaction transaction(db);
    const int openCount = db.scalar(QStringLiteral("SELECT count(*) FROM need WHERE %1 AND deleted = 0 "
                                                   "AND status IN ('open', 'in_progress')")
                                        .arg(ofPerson(QStringLiteral("client_id"))),
                                    personBindings(need.clientId))
                              .toInt();
    if (need.isOpen()) {
        if (need.priority < 1 || need.priority > openCount + 1)
            need.priority = openCount + 1;
    } else if (need.priority < 1) {
        // A need recorded as already closed keeps a place after every open one.
        need.priority = openCount + 1;
    }
    EntityTable<Need>::insert(m_store.recorder(), need);
    if (need.isOpen())
        renumberOpenNeeds(need.clientId, need.id, false);
    transaction.commit();
    return *find(need.id);
}

bool NeedRepository::update(const Need &need)
{
    const std::optional<Need> before = find(need.id);
    Rules::requireExists(before.has_value(), QStringLiteral("id"), tr("need"));
    if (before->clientId != need.clientId)
        throw ValidationError(tr("A need cannot move to another client."), QStringLiteral("client_id"));
    Need after = need;
    if (after.priority < 1)
        after.priority = before->priority;
    validate(after);
    Transaction transaction(m_store.database());
    const bool changed = EntityTable<Need>::update(m_store.recorder(), *before, after);
    if (before->isOpen() || after.isOpen()) {
        // Moving down lands after the need now at that place, moving up before it.
        const bool movedDown = before->isOpen() && after.priority > before->priority;
        renumberOpenNeeds(after.clientId, after.isOpen() ? after.id : QUuid(), movedDown);
    }
    transaction.commit();
    return changed;
}

void NeedRepository::moveToPriority(const QUuid &needId, int priority)
{
    std::optional<Need> need = find(needId);
    Rules::requireExists(need.has_value(), QStringLiteral("id"), tr("need"));
    if (!need->isOpen())
        throw ValidationError(tr("Only open needs have a priority order."), QStringLiteral("priority"));
    need->priority = std::max(1, priority);
    update(*need);
}

void NeedRepository::resolve(const QUuid &needId, const QDate &closedOn, const QString &outcome)
{
    std::optional<Need> need = find(needId);
    Rules::requireExists(need.has_value(), QStringLiteral("id"), tr("need"));
    need->status = QStringLiteral("resolved");
    need->closedOn = closedOn;
    need->outcome = outcome;
    update(*need);
}

void NeedRepository::remove(const QUuid &id)
{
    const std::optional<Need> need = find(id);
    Rules::requireExists(need.has_value(), QStringLiteral("id"), tr("need"));
    Transaction transaction(m_store.database());
    PlanRepository plan(m_store);
    for (const Goal &goal : plan.goalsForNeed(id))
        plan.removeGoal(goal.id);
    EntityTable<Need>::remove(m_store.recorder(), id);
    renumberOpenNeeds(need->clientId, QUuid(), false);
    transaction.commit();
}

std::optional<Need> NeedRepository::find(const QUuid &id)
{
    return EntityTable<Need>::find(m_store.database(), id);
}

QList<Need> NeedRepository::forClient(const QUuid &clientId)
{
    QList<Need> needs = EntityTable<Need>::select(
        m_store.database(),
        ofPerson(QStringLiteral("client_id"))
            + QStringLiteral(" ORDER BY status NOT IN ('open', 'in_progress'), "
                             "CASE WHEN status IN ('open', 'in_progress') THEN priority END, "
                             "CASE WHEN status IN ('open', 'in_progress') THEN identified_on END, closed_on DESC, id"),
        personBindings(clientId));
    // Two laptops that each added a need to this client without seeing the other's
    // both stored the same priority. Every replica orders such ties alike (as
    // renumberOpenNeeds does) and shows the rank, so the list reads 1, 2, 3; the
    // stored numbers are put right by the next edit of the order.
    int rank = 0;
    for (Need &need : needs)
        if (need.isOpen())
            need.priority = ++rank;
    return needs;
}

void NeedRepository::renumberOpenNeeds(const QUuid &clientId, const QUuid &placed, bool afterTies)
{
    QList<Need> open = EntityTable<Need>::select(
        m_store.database(), ofPerson(QStringLiteral("client_id")) + QStringLiteral(" AND status IN ('open', 'in_progress')"),
        personBindings(clientId));
    // The need just placed takes its requested position; the others keep their
    // relative order and close up around it.
    std::stable_sort(open.begin(), open.end(), [&](const Need &a, const Need &b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        if ((a.id == placed) != (b.id == placed))
            return (a.id == placed) != afterTies;
        if (a.identifiedOn != b.identifiedOn)
            return a.identifiedOn < b.identifiedOn;
        return a.id < b.id;
    });
    for (qsizetype i = 0; i < open.size(); ++i) {
        const int wanted = static_cast<int>(i) + 1;
        if (open.at(i).priority != wanted)
            m_store.recorder().update(Need::table(), RowKey::ofId(open.at(i).id), {QStringLiteral("priority")},
                                      {wanted});
    }
}

// ---------------------------------------------------------------- plan

void PlanRepository::validate(const Goal &goal)
{
    const std::optional<Need> need = EntityTable<Need>::find(m_store.database(), goal.needId);
    Rules::requireExists(need.has_value(), QStringLiteral("need_id"), tr("need this goal belongs to"));
    Rules::requireText(goal.text, QStringLiteral("text"), tr("The goal"));
    Rules::requireCode(Codes::horizons().contains(goal.horizon), goal.horizon, QStringLiteral("horizon"),
                       tr("horizon (short, medium or long)"));
    Rules::requireCode(Codes::goalStatuses().contains(goal.status), goal.status, QStringLiteral("status"),
                       tr("goal status"));
    Rules::requireNotBefore(goal.targetOn, need->identifiedOn, QStringLiteral("target_on"), tr("The target date"));
    Rules::requireNotBefore(goal.achievedOn, need->identifiedOn, QStringLiteral("achieved_on"),
                            tr("The date achieved"));
    if (goal.status == u"achieved" && !goal.achievedOn.isValid())
        throw ValidationError(tr("An achieved goal needs the date it was achieved."), QStringLiteral("achieved_on"));
    if (goal.status != u"achieved" && goal.achievedOn.isValid())
        throw ValidationError(tr("Only an achieved goal has a date achieved."), QStringLiteral("achieved_on"));
}

void PlanRepository::validate(const Step &step)
{
    const std::optional<Goal> goal = EntityTable<Goal>::find(m_store.database(), step.goalId);
    Rules::requireExists(goal.has_value(), QStringLiteral("goal_id"), tr("goal this step belongs to"));
    const std::optional<Need> need = EntityTable<Need>::find(m_store.database(), goal->needId);
    Rules::requireExists(need.has_value(), QStringLiteral("goal_id"), tr("need this step's goal belongs to"));
    Rules::requireText(step.text, QStringLiteral("text"), tr("The step"));
    Rules::requireCode(Codes::responsibles().contains(step.responsible), step.responsible,
                       QStringLiteral("responsible"), tr("responsible party"));
    Rules::requireNotBefore(step.dueOn, need->identifiedOn, QStringLiteral("due_on"), tr("The due date"));
    Rules::requireNotBefore(step.doneOn, need->identifiedOn, QStringLiteral("done_on"), tr("The date done"));
}

Goal PlanRepository::createGoal(Goal goal)
{
    validate(goal);
    return insertChecked(m_store, std::move(goal));
}

bool PlanRepository::updateGoal(const Goal &goal)
{
    const std::optional<Goal> before = findGoal(goal.id);
    Rules::requireExists(before.has_value(), QStringLiteral("id"), tr("goal"));
    validate(goal);
    Transaction transaction(m_store.database());
    const bool changed = EntityTable<Goal>::update(m_store.recorder(), *before, goal);
    transaction.commit();
    return changed;
}

void PlanRepository::removeGoal(const QUuid &id)
{
    Rules::requireExists(findGoal(id).has_value(), QStringLiteral("id"), tr("goal"));
    Transaction transaction(m_store.database());
    for (const Step &step : stepsForGoal(id))
        EntityTable<Step>::remove(m_store.recorder(), step.id);
    EntityTable<Goal>::remove(m_store.recorder(), id);
    transaction.commit();
}

std::optional<Goal> PlanRepository::findGoal(const QUuid &id)
{
    return EntityTable<Goal>::find(m_store.database(), id);
}

QList<Goal> PlanRepository::goalsForNeed(const QUuid &needId)
{
    return EntityTable<Goal>::select(m_store.database(),
                                     QStringLiteral("need_id = ? ORDER BY target_on IS NULL, target_on, id"),
                                     {db::id(needId)});
}

Step PlanRepository::createStep(Step step)
{
    validate(step);
    PartnerRepository(m_store).validateStepPartner(step, {});
    return insertChecked(m_store, std::move(step));
}

bool PlanRepository::updateStep(const Step &step)
{
    const std::optional<Step> before = findStep(step.id);
    Rules::requireExists(before.has_value(), QStringLiteral("id"), tr("step"));
    validate(step);
    PartnerRepository(m_store).validateStepPartner(step, before->partnerId);
    Transaction transaction(m_store.database());
    const bool changed = EntityTable<Step>::update(m_store.recorder(), *before, step);
    transaction.commit();
    return changed;
}

void PlanRepository::removeStep(const QUuid &id)
{
    Rules::requireExists(findStep(id).has_value(), QStringLiteral("id"), tr("step"));
    Transaction transaction(m_store.database());
    EntityTable<Step>::remove(m_store.recorder(), id);
    transaction.commit();
}

std::optional<Step> PlanRepository::findStep(const QUuid &id)
{
    return EntityTable<Step>::find(m_store.database(), id);
}

QList<Step> PlanRepository::stepsForGoal(const QUuid &goalId)
{
    return EntityTable<Step>::select(m_store.database(),
                                     QStringLiteral("goal_id = ? ORDER BY due_on IS NULL, due_on, id"),
                                     {db::id(goalId)});
}

// ---------------------------------------------------------------- contacts

void ContactRepository::validate(const Contact &contact)
{
    Database &db = m_store.database();
    Rules::requireExists(EntityTable<Client>::exists(db, contact.clientId), QStringLiteral("client_id"),
                         tr("client"));
    Rules::requireDate(contact.contactOn, QStringLiteral("contact_on"), tr("The date of the contact"));
    if (contact.minutes < 0 || contact.minutes > 24 * 60)
        throw ValidationError(tr("Minutes must be between 0 and 1440."), QStringLiteral("minutes"));
    Rules::requireCode(Codes::places().contains(contact.place), contact.place, QStringLiteral("place"),
                       tr("place (field, office or phone)"));
    for (const QString &code : contact.interventions)
        Rules::requireCode(m_store.codelists().isInterventionType(code), code, QStringLiteral("interventions"),
                           tr("intervention type"));
    for (const QUuid &needId : contact.needIds) {
        const std::optional<Need> need = EntityTable<Need>::find(db, needId);
        if (!need || need->clientId != contact.clientId)
            throw ValidationError(tr("A touched need must be one of this client's needs."),
                                  QStringLiteral("need_ids"));
    }
    PartnerRepository(m_store).validateContactPartners(contact.partnerIds);
    for (const QUuid &other : contact.otherClientIds) {
        Rules::requireExists(EntityTable<Client>::exists(db, other), QStringLiteral("client_ids"), tr("client"));
        if (other == contact.clientId)
            throw ValidationError(tr("A client can be linked to a contact only once."), QStringLiteral("client_ids"));
    }
}

Contact ContactRepository::create(Contact contact)
{
    contact.interventions.removeDuplicates();
    contact.needIds.erase(std::unique(contact.needIds.begin(), contact.needIds.end()), contact.needIds.end());
    QList<QUuid> others;
    for (const QUuid &other : std::as_const(contact.otherClientIds)) {
        if (!others.contains(other))
            others.append(other);
    }
    contact.otherClientIds = others;
    validate(contact);
    Transaction transaction(m_store.database());
    write(m_store, contact);
    for (const QUuid &other : std::as_const(contact.otherClientIds)) {
        ContactParticipant link{{}, contact.id, other};
        EntityTable<ContactParticipant>::insert(m_store.recorder(), link);
    }
    transaction.commit();
    return contact;
}

void ContactRepository::linkClient(const QUuid &contactId, const QUuid &clientId)
{
    Database &db = m_store.database();
    const std::optional<Contact> contact = EntityTable<Contact>::find(db, contactId);
    Rules::requireExists(contact.has_value(), QStringLiteral("id"), tr("contact"));
    Rules::requireExists(EntityTable<Client>::exists(db, clientId), QStringLiteral("client_ids"), tr("client"));
    if (contact->clientId == clientId || linkedClients(contactId).contains(clientId))
        throw ValidationError(tr("A client can be linked to a contact only once."), QStringLiteral("client_ids"));
    Transaction transaction(db);
    ContactParticipant link{{}, contactId, clientId};
    EntityTable<ContactParticipant>::insert(m_store.recorder(), link);
    transaction.commit();
}

void ContactRepository::unlinkClient(const QUuid &contactId, const QUuid &clientId)
{
    const QList<ContactParticipant> links = EntityTable<ContactParticipant>::select(
        m_store.database(), QStringLiteral("contact_id = ? AND client_id = ? AND deleted = 0"),
        {db::id(contactId), db::id(clientId)});
    Rules::requireExists(!links.isEmpty(), QStringLiteral("client_ids"), tr("linked client"));
    Transaction transaction(m_store.database());
    for (const ContactParticipant &link : links)
        EntityTable<ContactParticipant>::remove(m_store.recorder(), link.id);
    transaction.commit();
}

QList<QUuid> ContactRepository::linkedClients(const QUuid &contactId)
{
    QList<QUuid> clients;
    Query query = m_store.database().prepare(
        QStringLiteral("SELECT l.client_id FROM contact_participant l JOIN client c ON c.id = l.client_id "
                       "WHERE l.contact_id = ? AND l.deleted = 0 AND c.deleted = 0 ORDER BY l.hlc, l.id"));
    query.bind(0, db::id(contactId)).exec();
    while (query.next()) {
        const QUuid client = db::toId(query.value(0));
        if (!clients.contains(client))
            clients.append(client);
    }
    return clients;
}

void ContactRepository::write(Store &store, Contact &contact)
{
    // The lists ride in the change log with the contact (it is one append-only
    // record) and are indexed in the link tables for reports.
    QCborArray interventions;
    for (const QString &code : contact.interventions)
        interventions.append(code);
    QCborArray needs;
    for (const QUuid &needId : contact.needIds)
        needs.append(needId.toRfc4122());
    QCborMap lists;
    lists.insert(QStringLiteral("interventions"), interventions);
    lists.insert(QStringLiteral("need_ids"), needs);
    EntityTable<Contact>::insert(store.recorder(), contact, lists);
    Database &db = store.database();
    const QVariant key = db::id(contact.id);
    // Derived from the lists in the change record, as the merge derives them.
    db.cached(QStringLiteral("UPDATE contact SET interventions = ? WHERE id = ?"))
        .bindAll({db::codeList(contact.interventions), key})
        .exec();
    contactlinks::write(db, key, interventions, needs, false);
    PartnerRepository(store).writeContactLinks(contact.id, contact.partnerIds);
}

void ContactRepository::remove(const QUuid &id)
{
    Rules::requireExists(EntityTable<Contact>::exists(m_store.database(), id), QStringLiteral("id"), tr("contact"));
    Transaction transaction(m_store.database());
    EntityTable<Contact>::remove(m_store.recorder(), id);
    transaction.commit();
}

QList<Contact> ContactRepository::forClient(const QUuid &clientId)
{
    Database &db = m_store.database();
    // The client's own contacts and those they are linked to as a further client,
    // each once.
    QList<Contact> contacts = EntityTable<Contact>::select(
        db,
        QStringLiteral("(%1 OR id IN (SELECT contact_id FROM contact_participant WHERE deleted = 0 AND %1)) "
                       "ORDER BY contact_on DESC, id DESC")
            .arg(ofPerson(QStringLiteral("client_id"))),
        personBindings(clientId) + personBindings(clientId));
    for (Contact &contact : contacts) {
        contact.interventions = contactlinks::interventions(db, db::id(contact.id));
        contact.needIds = contactlinks::needs(db, db::id(contact.id));
        contact.partnerIds = PartnerRepository(m_store).forContact(contact.id);
        contact.otherClientIds = linkedClients(contact.id);
    }
    return contacts;
}

} // namespace teren
