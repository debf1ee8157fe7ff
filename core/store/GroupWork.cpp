#include "GroupWork.h"

#include "RepositoryInternals.h"
#include "Rules.h"
#include "changes/ChangeRecorder.h"
#include "changes/EntityTable.h"
#include "changes/Erasure.h"
#include "changes/RowKey.h"
#include "domain/Codes.h"
#include "domain/Error.h"
#include "domain/Values.h"
#include "storage/Database.h"

namespace teren {

namespace {

void validateCommon(Store &store, const QDate &day, int minutes, const QString &place, const QUuid &localityId,
                    const QString &dateWhat)
{
    Rules::requireDate(day, QStringLiteral("date"), dateWhat);
    if (minutes < 0 || minutes > 24 * 60)
        throw ValidationError(QCoreApplication::translate("GroupActivityRepository",
                                                          "Minutes must be between 0 and 1440."),
                              QStringLiteral("minutes"));
    Rules::requireCode(Codes::places().contains(place), place, QStringLiteral("place"),
                       QCoreApplication::translate("GroupActivityRepository", "place (field, office or phone)"));
    if (!localityId.isNull())
        Rules::requireExists(EntityTable<Locality>::exists(store.database(), localityId), QStringLiteral("locality_id"),
                             QCoreApplication::translate("GroupActivityRepository", "locality"));
}

QList<QUuid> unique(const QList<QUuid> &ids)
{
    QList<QUuid> result;
    for (const QUuid &id : ids) {
        if (!result.contains(id))
            result.append(id);
    }
    return result;
}

// Wipes what anonymisation wipes (the note) from the row and from every logged
// change of it, with the marker that keeps it wiped on every replica.
void wipeNote(Store &store, const QString &table, const QVariant &rowKey)
{
    const QCborMap wiped = anonymisedValues(table);
    QStringList columns;
    QVariantList values;
    for (auto it = wiped.cbegin(); it != wiped.cend(); ++it) {
        columns.append(it.key().toString());
        values.append(it.value().isNull() ? QVariant() : QVariant(it.value().toString()));
    }
    QCborMap marker;
    marker.insert(ChangeRecord::anonymisedMarker(), true);
    store.recorder().update(table, RowKey::fromLog(table, rowKey), columns, values, marker);
    anonymiseHistory(store.database(), table, rowKey);
}

QVariantList rowsWhere(Database &db, const QString &sql, const QVariantList &bindings)
{
    QVariantList rows;
    Query query = db.prepare(sql);
    query.bindAll(bindings).exec();
    while (query.next()) {
        if (!rows.contains(query.value(0)))
            rows.append(query.value(0));
    }
    return rows;
}

} // namespace

// ---------------------------------------------------------------- group activities

void GroupActivityRepository::validate(const GroupActivity &activity)
{
    Rules::requireCode(Codes::groupActivityKinds().contains(activity.kind), activity.kind, QStringLiteral("kind"),
                       tr("kind of group activity"));
    validateCommon(m_store, activity.heldOn, activity.minutes, activity.place, activity.localityId,
                   tr("The date of the activity"));
    if (activity.participants < 0 || activity.participants > 100000)
        throw ValidationError(tr("The number of participants must be between 0 and 100000."),
                              QStringLiteral("participants"));
    const QList<QUuid> clients = unique(activity.clientIds);
    if (clients.size() > activity.participants)
        throw ValidationError(tr("%n clients are named among the participants, but only %1 took part: raise the "
                                 "number of participants or name fewer clients.",
                                 nullptr, static_cast<int>(clients.size()))
                                  .arg(activity.participants),
                              QStringLiteral("participants"));
    for (const QUuid &client : clients)
        Rules::requireExists(EntityTable<Client>::exists(m_store.database(), client), QStringLiteral("client_ids"),
                             tr("client"));
}

GroupActivity GroupActivityRepository::create(GroupActivity activity)
{
    if (activity.workerId.isNull())
        activity.workerId = m_store.currentWorker();
    activity.note = activity.note.trimmed();
    activity.clientIds = unique(activity.clientIds);
    validate(activity);
    Transaction transaction(m_store.database());
    EntityTable<GroupActivity>::insert(m_store.recorder(), activity);
    for (const QUuid &client : std::as_const(activity.clientIds)) {
        GroupActivityClient link{{}, activity.id, client};
        EntityTable<GroupActivityClient>::insert(m_store.recorder(), link);
    }
    transaction.commit();
    return activity;
}

void GroupActivityRepository::update(const GroupActivity &requested)
{
    const std::optional<GroupActivity> before = find(requested.id);
    Rules::requireExists(before.has_value(), QStringLiteral("id"), tr("group activity"));
    GroupActivity after = requested;
    after.workerId = before->workerId; // who recorded it stays
    after.note = after.note.trimmed();
    after.clientIds = unique(after.clientIds);
    validate(after);
    Database &db = m_store.database();
    Transaction transaction(db);
    EntityTable<GroupActivity>::update(m_store.recorder(), *before, after);
    for (const QUuid &client : before->clientIds) {
        if (after.clientIds.contains(client))
            continue;
        for (const QVariant &link :
             rowsWhere(db,
                       QStringLiteral("SELECT id FROM group_activity_client "
                                      "WHERE activity_id = ? AND client_id = ? AND deleted = 0"),
                       {db::id(after.id), db::id(client)}))
            EntityTable<GroupActivityClient>::remove(m_store.recorder(), db::toId(link));
    }
    for (const QUuid &client : std::as_const(after.clientIds)) {
        if (before->clientIds.contains(client))
            continue;
        GroupActivityClient link{{}, after.id, client};
        EntityTable<GroupActivityClient>::insert(m_store.recorder(), link);
    }
    transaction.commit();
}

void GroupActivityRepository::remove(const QUuid &id)
{
    Rules::requireExists(EntityTable<GroupActivity>::exists(m_store.database(), id), QStringLiteral("id"),
                         tr("group activity"));
    Transaction transaction(m_store.database());
    EntityTable<GroupActivity>::remove(m_store.recorder(), id);
    transaction.commit();
}

QList<QUuid> GroupActivityRepository::linkedClients(const QUuid &activityId)
{
    QList<QUuid> clients;
    for (const QVariant &client :
         rowsWhere(m_store.database(),
                   QStringLiteral("SELECT l.client_id FROM group_activity_client l JOIN client c ON c.id = l.client_id "
                                  "WHERE l.activity_id = ? AND l.deleted = 0 AND c.deleted = 0 ORDER BY l.hlc, l.id"),
                   {db::id(activityId)}))
        clients.append(db::toId(client));
    return clients;
}

std::optional<GroupActivity> GroupActivityRepository::find(const QUuid &id)
{
    std::optional<GroupActivity> activity = EntityTable<GroupActivity>::find(m_store.database(), id);
    if (activity)
        activity->clientIds = linkedClients(id);
    return activity;
}

QList<GroupActivity> GroupActivityRepository::forLocality(const QUuid &localityId)
{
    QList<GroupActivity> activities =
        localityId.isNull()
            ? EntityTable<GroupActivity>::select(m_store.database(), QStringLiteral("1 ORDER BY held_on DESC, id DESC"))
            : EntityTable<GroupActivity>::select(m_store.database(),
                                                 QStringLiteral("locality_id = ? ORDER BY held_on DESC, id DESC"),
                                                 {db::id(localityId)});
    for (GroupActivity &activity : activities)
        activity.clientIds = linkedClients(activity.id);
    return activities;
}

QList<GroupActivity> GroupActivityRepository::forClient(const QUuid &clientId)
{
    QList<GroupActivity> activities = EntityTable<GroupActivity>::select(
        m_store.database(),
        QStringLiteral("id IN (SELECT activity_id FROM group_activity_client WHERE deleted = 0 AND client_id IN "
                       "(SELECT id FROM client WHERE id = ? OR merged_into = ?)) ORDER BY held_on DESC, id DESC"),
        {db::id(clientId), db::id(clientId)});
    for (GroupActivity &activity : activities)
        activity.clientIds = linkedClients(activity.id);
    return activities;
}

// ---------------------------------------------------------------- anonymous contacts

void AnonymousContactRepository::validate(const AnonymousContact &contact)
{
    validateCommon(m_store, contact.contactOn, contact.minutes, contact.place, contact.localityId,
                   tr("The date of the contact"));
    if (contact.persons < 1 || contact.persons > 100000)
        throw ValidationError(tr("The number of persons must be between 1 and 100000."), QStringLiteral("persons"));
    for (const QString &code : contact.interventions)
        Rules::requireCode(m_store.codelists().isInterventionType(code), code, QStringLiteral("interventions"),
                           tr("intervention type"));
}

AnonymousContact AnonymousContactRepository::create(AnonymousContact contact)
{
    if (contact.workerId.isNull())
        contact.workerId = m_store.currentWorker();
    contact.note = contact.note.trimmed();
    contact.interventions.removeDuplicates();
    validate(contact);
    return insertChecked(m_store, std::move(contact));
}

void AnonymousContactRepository::update(const AnonymousContact &requested)
{
    const std::optional<AnonymousContact> before = find(requested.id);
    Rules::requireExists(before.has_value(), QStringLiteral("id"), tr("anonymous contact"));
    AnonymousContact after = requested;
    after.workerId = before->workerId;
    after.note = after.note.trimmed();
    after.interventions.removeDuplicates();
    validate(after);
    Transaction transaction(m_store.database());
    EntityTable<AnonymousContact>::update(m_store.recorder(), *before, after);
    transaction.commit();
}

void AnonymousContactRepository::remove(const QUuid &id)
{
    Rules::requireExists(EntityTable<AnonymousContact>::exists(m_store.database(), id), QStringLiteral("id"),
                         tr("anonymous contact"));
    Transaction transaction(m_store.database());
    EntityTable<AnonymousContact>::remove(m_store.recorder(), id);
    transaction.commit();
}

std::optional<AnonymousContact> AnonymousContactRepository::find(const QUuid &id)
{
    return EntityTable<AnonymousContact>::find(m_store.database(), id);
}

QList<AnonymousContact> AnonymousContactRepository::forLocality(const QUuid &localityId)
{
    if (localityId.isNull())
        return EntityTable<AnonymousContact>::select(m_store.database(),
                                                     QStringLiteral("1 ORDER BY contact_on DESC, id DESC"));
    return EntityTable<AnonymousContact>::select(m_store.database(),
                                                 QStringLiteral("locality_id = ? ORDER BY contact_on DESC, id DESC"),
                                                 {db::id(localityId)});
}

// ---------------------------------------------------------------- erasure and anonymisation

namespace groupwork {

void prepareErasure(Store &store, const QUuid &clientId)
{
    Database &db = store.database();
    const QVariant client = db::id(clientId);
    // Contacts the client is (or was) a further client of, and activities naming them:
    // a link already removed or erased does not make the note forget the person.
    for (const QVariant &contact :
         rowsWhere(db,
                   QStringLiteral("SELECT l.contact_id FROM contact_participant l "
                                  "JOIN contact c ON c.id = l.contact_id WHERE l.client_id = ? AND c.deleted = 0"),
                   {client}))
        wipeNote(store, QStringLiteral("contact"), contact);
    for (const QVariant &activity :
         rowsWhere(db, QStringLiteral("SELECT l.activity_id FROM group_activity_client l "
                                      "JOIN group_activity a ON a.id = l.activity_id "
                                      "WHERE l.client_id = ? AND a.deleted = 0"),
                   {client}))
        wipeNote(store, QStringLiteral("group_activity"), activity);
    // The client's own contacts that concerned others too pass to the first of them.
    for (const QVariant &contact :
         rowsWhere(db, QStringLiteral("SELECT c.id FROM contact c WHERE c.client_id = ? AND c.deleted = 0 AND EXISTS "
                                      "(SELECT 1 FROM contact_participant l JOIN client o ON o.id = l.client_id "
                                      " WHERE l.contact_id = c.id AND l.deleted = 0 AND o.deleted = 0 "
                                      " AND l.client_id <> c.client_id)"),
                   {client})) {
        Query next = db.prepare(QStringLiteral(
            "SELECT l.client_id FROM contact_participant l JOIN client o ON o.id = l.client_id "
            "WHERE l.contact_id = ? AND l.deleted = 0 AND o.deleted = 0 AND l.client_id <> ? "
            "ORDER BY l.hlc, l.id LIMIT 1"));
        next.bindAll({contact, client}).exec();
        next.next();
        const QVariant successor = next.value(0);
        next.finish();
        store.recorder().update(QStringLiteral("contact"), RowKey::fromLog(QStringLiteral("contact"), contact),
                                {QStringLiteral("client_id")}, {successor});
        // Needs touched were the erased client's: they go with the erasure.
        wipeNote(store, QStringLiteral("contact"), contact);
        for (const QVariant &same :
             rowsWhere(db, QStringLiteral("SELECT id FROM contact_participant WHERE contact_id = ? AND client_id = ? "
                                          "AND deleted = 0"),
                       {contact, successor}))
            EntityTable<ContactParticipant>::remove(store.recorder(), db::toId(same));
    }
}

void wipeLinkedNotes(Store &store, const QList<QUuid> &clientIds)
{
    Database &db = store.database();
    for (const QUuid &clientId : clientIds) {
        const QVariant client = db::id(clientId);
        for (const QVariant &contact :
             rowsWhere(db, QStringLiteral("SELECT contact_id FROM contact_participant WHERE client_id = ?"),
                       {client}))
            wipeNote(store, QStringLiteral("contact"), contact);
        for (const QVariant &activity :
             rowsWhere(db, QStringLiteral("SELECT activity_id FROM group_activity_client WHERE client_id = ?"),
                       {client}))
            wipeNote(store, QStringLiteral("group_activity"), activity);
    }
}

} // namespace groupwork

} // namespace teren
