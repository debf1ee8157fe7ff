// ClientRepository: the people of the caseload, their households, the list
// summaries, and GDPR erasure. The other repositories are in Repositories.cpp.
#include "ClientSummaries.h"
#include "ConsentRepository.h"
#include "Repositories.h"

#include "GroupWork.h"
#include "RepositoryInternals.h"
#include "RegionRepositories.h"
#include "Rules.h"
#include "changes/Authorization.h"
#include "changes/Erasure.h"
#include "domain/Codes.h"
#include "domain/SchemaRegistry.h"
#include "domain/TextSearch.h"
#include "i18n/Dates.h"
#include "storage/ClientPath.h"

#include <limits>

namespace teren {

// ---------------------------------------------------------------- clients

void ClientRepository::validate(const Client &client)
{
    if (client.givenName.trimmed().isEmpty() && client.familyName.trimmed().isEmpty()
        && client.alias.trimmed().isEmpty())
        throw ValidationError(tr("Enter the client's name or an alias."), QStringLiteral("family_name"));
    const int thisYear = m_store.clock().today().year();
    if (client.birthYear && (*client.birthYear < 1900 || *client.birthYear > thisYear))
        throw ValidationError(tr("The year of birth must be between 1900 and %1.").arg(thisYear),
                              QStringLiteral("birth_year"));
    if (!client.gender.isEmpty())
        Rules::requireCode(Codes::genders().contains(client.gender), client.gender, QStringLiteral("gender"),
                           tr("gender"));
    Database &db = m_store.database();
    if (!client.localityId.isNull())
        Rules::requireExists(EntityTable<Locality>::exists(db, client.localityId), QStringLiteral("locality_id"),
                             tr("locality"));
    if (!client.householdId.isNull())
        Rules::requireExists(EntityTable<Household>::exists(db, client.householdId),
                             QStringLiteral("household_id"), tr("household"));
    if (!client.workerId.isNull())
        Rules::requireExists(EntityTable<Worker>::exists(db, client.workerId), QStringLiteral("worker_id"),
                             tr("worker"));
}

Client ClientRepository::create(Client client)
{
    // On a worker's laptop a new client is that worker's.
    if (client.workerId.isNull())
        client.workerId = m_store.enrolledWorker();
    validate(client);
    return insertChecked(m_store, std::move(client));
}

bool ClientRepository::update(const Client &client)
{
    const std::optional<Client> before = find(client.id);
    Rules::requireExists(before.has_value(), QStringLiteral("id"), tr("client"));
    validate(client);
    Transaction transaction(m_store.database());
    const bool changed = EntityTable<Client>::update(m_store.recorder(), *before, client);
    transaction.commit();
    return changed;
}

void ClientRepository::remove(const QUuid &id)
{
    Rules::requireExists(EntityTable<Client>::exists(m_store.database(), id), QStringLiteral("id"), tr("client"));
    Transaction transaction(m_store.database());
    NeedRepository needs(m_store);
    for (const Need &need : needs.forClient(id))
        needs.remove(need.id);
    for (const Cooperation &cooperation : CooperationRepository(m_store).forClient(id))
        EntityTable<Cooperation>::remove(m_store.recorder(), cooperation.id);
    // Their own contacts; a contact they were only linked to stays for its client,
    // without the link.
    QList<QUuid> records = {id};
    Query merged = m_store.database().prepare(QStringLiteral("SELECT id FROM client WHERE merged_into = ?"));
    merged.bind(0, db::id(id)).exec();
    while (merged.next())
        records.append(db::toId(merged.value(0)));
    for (const Contact &contact : ContactRepository(m_store).forClient(id)) {
        if (records.contains(contact.clientId))
            EntityTable<Contact>::remove(m_store.recorder(), contact.id);
    }
    for (const ContactParticipant &link :
         EntityTable<ContactParticipant>::select(m_store.database(), QStringLiteral("client_id = ?"), {db::id(id)}))
        EntityTable<ContactParticipant>::remove(m_store.recorder(), link.id);
    for (const GroupActivityClient &link :
         EntityTable<GroupActivityClient>::select(m_store.database(), QStringLiteral("client_id = ?"), {db::id(id)}))
        EntityTable<GroupActivityClient>::remove(m_store.recorder(), link.id);
    for (const Consent &consent : ConsentRepository(m_store).forClient(id))
        EntityTable<Consent>::remove(m_store.recorder(), consent.id);
    EntityTable<Client>::remove(m_store.recorder(), id);
    transaction.commit();
}

bool ClientRepository::erase(const QUuid &id)
{
    Database &db = m_store.database();
    Rules::requireExists(db.scalar(QStringLiteral("SELECT 1 FROM client WHERE id = ? AND deleted < 2"), {db::id(id)})
                             .isValid(),
                         QStringLiteral("id"), tr("client"));
    Transaction transaction(db);
    // The same person registered twice and merged: their other record goes too.
    QList<QUuid> merged;
    Query duplicates = db.prepare(QStringLiteral("SELECT id FROM client WHERE merged_into = ? AND deleted < 2"));
    duplicates.bind(0, db::id(id)).exec();
    while (duplicates.next())
        merged.append(db::toId(duplicates.value(0)));
    bool requested = false;
    for (const QUuid &duplicate : std::as_const(merged))
        requested = !erase(duplicate) || requested;
    // Group records stay for the others they concern. Only an erasure applied at once
    // changes them: a worker's request leaves them to the coordinator's erasure.
    Authorization &rules = m_store.authorization();
    if (!rules.isEnabled() || rules.isPrivileged(m_store.replicaId().toRfc4122(), std::numeric_limits<qint64>::max()))
        groupwork::prepareErasure(m_store, id);
    // Deleted rows too: what was typed into them is personal data as well.
    for (const QString &table : ClientPath::tables()) {
        const ClientPath path = ClientPath::of(table);
        QVariantList rows;
        Query query = db.prepare(QStringLiteral("SELECT %1.id FROM %2 WHERE %3 = ?").arg(table, path.from, path.client));
        query.bind(0, db::id(id)).exec();
        while (query.next())
            rows.append(query.value(0));
        QStringList columns = {QStringLiteral("deleted")};
        QVariantList values = {2};
        const TableSpec &spec = *SchemaRegistry::find(table);
        for (const QString &column : SchemaRegistry::wipedOnErasure(table)) {
            columns.append(column);
            values.append(spec.column(column)->required ? QVariant(QStringLiteral("")) : QVariant());
        }
        for (const QVariant &row : std::as_const(rows)) {
            if (m_store.recorder().update(table, RowKey::fromLog(table, row), columns, values))
                eraseHistory(db, table, row);
            else
                requested = true;
        }
    }
    transaction.commit();
    return !requested;
}

QList<QUuid> ClientRepository::assignedTo(const QUuid &workerId)
{
    QList<QUuid> ids;
    for (const Client &client : EntityTable<Client>::select(
             m_store.database(), QStringLiteral("worker_id = ? AND merged_into IS NULL ORDER BY family_name, given_name"),
             {db::id(workerId)}))
        ids.append(client.id);
    return ids;
}

void ClientRepository::handOver(const QList<QUuid> &clientIds, const QUuid &toWorker)
{
    const std::optional<Worker> worker = WorkerRepository(m_store).find(toWorker);
    Rules::requireExists(worker.has_value(), QStringLiteral("worker_id"), tr("worker"));
    const QDate today = m_store.clock().today();
    if (!worker->isActiveOn(today) || (worker->activeTo.isValid() && worker->activeTo <= today))
        throw ValidationError(tr("%1 has left (retired on %2): clients can only be handed over to an active worker.")
                                  .arg(worker->name, Dates::shortDate(worker->activeTo)),
                              QStringLiteral("worker_id"));
    Transaction transaction(m_store.database());
    for (const QUuid &id : clientIds) {
        const std::optional<Client> before = find(id);
        Rules::requireExists(before.has_value(), QStringLiteral("id"), tr("client"));
        Client after = *before;
        after.workerId = toWorker;
        EntityTable<Client>::update(m_store.recorder(), *before, after);
    }
    transaction.commit();
}

std::optional<Client> ClientRepository::find(const QUuid &id)
{
    return EntityTable<Client>::find(m_store.database(), id);
}

QList<Client> ClientRepository::all()
{
    return EntityTable<Client>::select(m_store.database(), QStringLiteral("1 ORDER BY family_name, given_name"));
}

QList<Client> ClientRepository::householdMembers(const QUuid &householdId)
{
    if (householdId.isNull())
        return {};
    return EntityTable<Client>::select(m_store.database(),
                                       QStringLiteral("household_id = ? AND merged_into IS NULL "
                                                      "ORDER BY family_name, given_name"),
                                       {db::id(householdId)});
}

QUuid ClientRepository::startHousehold(const QUuid &clientId)
{
    std::optional<Client> client = find(clientId);
    Rules::requireExists(client.has_value(), QStringLiteral("id"), tr("client"));
    if (!client->householdId.isNull())
        return client->householdId;
    Household household;
    household.label = client->familyName.trimmed().isEmpty() ? client->displayName().trimmed()
                                                             : client->familyName.trimmed();
    Transaction transaction(m_store.database());
    client->householdId = DirectoryRepository(m_store).addHousehold(household).id;
    update(*client);
    transaction.commit();
    return client->householdId;
}

QList<Client> ClientRepository::inLocality(const QUuid &localityId)
{
    if (localityId.isNull())
        return all();
    return EntityTable<Client>::select(m_store.database(),
                                       QStringLiteral("locality_id = ? ORDER BY family_name, given_name"),
                                       {db::id(localityId)});
}

QList<ClientSummary> ClientRepository::summaries(const QDate &today)
{
    return ClientSummaries(m_store, today).all();
}

std::optional<ClientSummary> ClientRepository::summary(const QUuid &id, const QDate &today)
{
    return ClientSummaries(m_store, today).one(id);
}

} // namespace teren
