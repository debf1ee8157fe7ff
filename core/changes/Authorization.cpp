#include "Authorization.h"

#include "ChangeCodec.h"
#include "ChangeLog.h"

#include "domain/SchemaRegistry.h"
#include "storage/Database.h"

#include <algorithm>

namespace teren {

const QString Authorization::unknownInstallation = QStringLiteral("unknown_installation");
const QString Authorization::otherAuthor = QStringLiteral("other_author");
const QString Authorization::regionData = QStringLiteral("region_data");
const QString Authorization::notAssigned = QStringLiteral("not_assigned");
const QString Authorization::afterHandover = QStringLiteral("after_handover");
const QString Authorization::handover = QStringLiteral("handover");
const QString Authorization::merge = QStringLiteral("merge");
const QString Authorization::erasureRequest = QStringLiteral("erasure_request");
const QString Authorization::unresolved = QStringLiteral("unresolved");
const QString Authorization::relayed = QStringLiteral("relayed");
const QString Authorization::partnerEdit = QStringLiteral("partner_edit");
const QString Authorization::otherRecorder = QStringLiteral("other_recorder");

namespace {

const QString clientTable = QStringLiteral("client");
const QString workerIdField = QStringLiteral("worker_id");

QByteArray keyBytes(const QVariant &key)
{
    return key.typeId() == QMetaType::QByteArray ? key.toByteArray() : key.toString().toUtf8();
}

bool isEmptyField(const ChangeRecord &change, const QString &field)
{
    const QCborValue value = change.fields.value(field);
    return value.isUndefined() || value.isNull();
}

// Partners are shared: any enrolled worker may add one, live and not merged, even
// offline; editing, retiring and merging them are the coordinator's.
bool isPartnerAddition(const ChangeRecord &change)
{
    return change.op == ChangeRecord::Insert && change.fields.value(QStringLiteral("deleted")).toInteger() == 0
        && isEmptyField(change, QStringLiteral("retired_on")) && isEmptyField(change, QStringLiteral("merged_into"));
}

} // namespace

Authorization::Authorization(Database &db, const QByteArray &owner, const QByteArray &local, const QUuid &localWorker)
    : m_db(db)
    , m_owner(owner)
    , m_local(local)
    , m_localWorker(localWorker)
{
}

void Authorization::forget()
{
    m_accepted.reset();
    m_installations.clear();
    m_roles.clear();
    m_assignments.clear();
}

void Authorization::forgetClient(const QVariant &clientKey)
{
    if (clientKey.isValid())
        m_assignments.remove(keyBytes(clientKey));
}

QList<QByteArray> Authorization::installationsOf(const QVariant &workerKey)
{
    QList<QByteArray> replicas;
    Query query = m_db.prepare(QStringLiteral("SELECT id FROM installation WHERE worker_id = ?"));
    query.bind(0, workerKey).exec();
    while (query.next())
        replicas.append(query.value(0).toByteArray());
    return replicas;
}

bool Authorization::changesTheMap(const ChangeRecord &change)
{
    if (change.entity == u"installation" || change.entity == u"accepted_change")
        return true;
    if (change.entity == u"worker")
        return change.op == ChangeRecord::Insert || change.fields.contains(QStringLiteral("role"));
    if (change.entity == clientTable)
        return change.op == ChangeRecord::Insert || change.fields.contains(workerIdField);
    return false;
}

QUuid Authorization::workerOf(const QByteArray &replica)
{
    const auto cached = m_installations.constFind(replica);
    if (cached != m_installations.cend())
        return *cached;
    // Only the owner writes the map of installations.
    QUuid worker;
    Stamp latest;
    for (const ChangeRecord &change : changelog::changesOf(m_db, QStringLiteral("installation"), replica)) {
        if (change.stamp.replica != m_owner || !change.fields.contains(workerIdField) || change.stamp < latest)
            continue;
        latest = change.stamp;
        worker = QUuid::fromRfc4122(change.fields.value(workerIdField).toByteArray());
    }
    if (worker.isNull() && replica == m_local)
        worker = m_localWorker;
    m_installations.insert(replica, worker);
    return worker;
}

QString Authorization::roleAt(const QUuid &worker, qint64 hlc)
{
    if (worker.isNull())
        return {};
    auto roles = m_roles.find(worker);
    if (roles == m_roles.end()) {
        QList<QPair<Stamp, QString>> history;
        for (const ChangeRecord &change : changelog::changesOf(m_db, QStringLiteral("worker"), worker.toRfc4122())) {
            if (change.stamp.replica != m_owner)
                continue;
            if (change.fields.contains(QStringLiteral("role")))
                history.append({change.stamp, change.fields.value(QStringLiteral("role")).toString()});
            else if (change.op == ChangeRecord::Insert)
                history.append({change.stamp, QStringLiteral("field")});
        }
        std::sort(history.begin(), history.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        roles = m_roles.insert(worker, history);
    }
    QString role;
    for (const auto &[stamp, value] : std::as_const(*roles)) {
        if (stamp.hlc > hlc)
            break;
        role = value;
    }
    return role;
}

bool Authorization::isPrivileged(const QByteArray &replica, qint64 hlc)
{
    return replica == m_owner || roleAt(workerOf(replica), hlc) == u"coordinator";
}

bool Authorization::isAccepted(const Stamp &stamp)
{
    if (!m_accepted) {
        m_accepted.emplace();
        Query query = m_db.prepare(
            QStringLiteral("SELECT change_replica, change_hlc FROM accepted_change WHERE deleted = 0"));
        query.exec();
        while (query.next())
            m_accepted->insert(query.value(0).toByteArray() + QByteArray::number(query.value(1).toLongLong()));
    }
    return m_accepted->contains(stamp.replica + QByteArray::number(stamp.hlc));
}

QList<Authorization::Assignment> Authorization::assignments(const QVariant &clientKey)
{
    const QByteArray key = keyBytes(clientKey);
    const auto cached = m_assignments.constFind(key);
    if (cached != m_assignments.cend())
        return *cached;
    // The insert that registered the client (when applied), then every hand-over by
    // an installation entitled to make one.
    QList<Assignment> history;
    for (const ChangeRecord &change : changelog::changesOf(m_db, clientTable, clientKey)) {
        if (!change.fields.contains(workerIdField))
            continue;
        const bool registered = change.op == ChangeRecord::Insert && change.refusal.isEmpty();
        if (!registered && !isPrivileged(change.stamp.replica, change.stamp.hlc))
            continue;
        history.append({change.stamp, QUuid::fromRfc4122(change.fields.value(workerIdField).toByteArray())});
    }
    std::sort(history.begin(), history.end(), [](const Assignment &a, const Assignment &b) { return a.stamp < b.stamp; });
    m_assignments.insert(key, history);
    return history;
}

QUuid Authorization::assigneeAt(const QVariant &clientKey, const Stamp &stamp)
{
    QUuid worker;
    for (const Assignment &assignment : assignments(clientKey)) {
        if (stamp < assignment.stamp)
            break;
        worker = assignment.worker;
    }
    return worker;
}

std::optional<QVariant> Authorization::clientOf(const QString &entity, const QVariant &rowKey,
                                                const ChangeRecord *insert)
{
    if (entity == clientTable)
        return rowKey;
    const QByteArray cacheKey = entity.toUtf8() + '/' + keyBytes(rowKey);
    if (const auto cached = m_clientOfRow.constFind(cacheKey); cached != m_clientOfRow.cend())
        return *cached;
    const TableSpec *spec = SchemaRegistry::find(entity);
    if (!spec || spec->parentColumn.isEmpty())
        return std::nullopt;
    std::optional<ChangeRecord> found;
    if (!insert) {
        found = changelog::insertOf(m_db, entity, rowKey);
        if (!found)
            return std::nullopt;
        insert = &*found;
    }
    const QCborValue parent = insert->fields.value(spec->parentColumn);
    if (!parent.isByteArray())
        return std::nullopt;
    const std::optional<QVariant> client =
        clientOf(spec->column(spec->parentColumn)->references, parent.toByteArray(), nullptr);
    if (client)
        m_clientOfRow.insert(cacheKey, *client); // a record never moves to another parent
    return client;
}

QString Authorization::judge(const ChangeRecord &change)
{
    if (!isEnabled() || isPrivileged(change.stamp.replica, change.stamp.hlc) || isAccepted(change.stamp))
        return {};
    const QUuid worker = workerOf(change.stamp.replica);
    if (worker.isNull())
        return unknownInstallation;
    if (!change.author.isEmpty() && change.author != worker.toRfc4122())
        return otherAuthor;
    if (change.entity == u"partner")
        return isPartnerAddition(change) ? QString() : partnerEdit;
    const TableSpec *spec = SchemaRegistry::find(change.entity);
    if (!spec || spec->scope != TableScope::ClientRecord)
        return regionData;
    if (change.entity == u"household")
        return {};
    if (change.entity == u"group_activity" || change.entity == u"anonymous_contact")
        return judgeOwnRecord(change, worker);
    // A worker who opens a card is recorded whoever's client it is: that is what the
    // coordinator's audit is for. Anything else about a view is the coordinator's.
    if (change.entity == u"client_view" && change.op == ChangeRecord::Insert
        && change.fields.value(QStringLiteral("deleted")).toInteger() == 0)
        return {};
    return judgeClientRecord(change, worker);
}

QString Authorization::judgeOwnRecord(const ChangeRecord &change, const QUuid &worker)
{
    // A group activity or an anonymous contact is the record of the worker who
    // recorded it (its insert's worker_id): theirs to change, and the coordinator's.
    std::optional<ChangeRecord> found;
    const ChangeRecord *insert = &change;
    if (change.op != ChangeRecord::Insert) {
        found = changelog::insertOf(m_db, change.entity, change.rowKey);
        if (!found)
            return unresolved;
        insert = &*found;
    }
    const QCborValue recordedBy = insert->fields.value(workerIdField);
    const QUuid recorder = recordedBy.isByteArray() ? QUuid::fromRfc4122(recordedBy.toByteArray())
                                                    : QUuid::fromRfc4122(insert->author);
    if (recorder != worker)
        return change.op == ChangeRecord::Insert ? otherAuthor : otherRecorder;
    if (change.op != ChangeRecord::Insert && change.fields.contains(workerIdField)
        && QUuid::fromRfc4122(change.fields.value(workerIdField).toByteArray()) != worker)
        return otherRecorder;
    return {};
}

QString Authorization::judgeClientRecord(const ChangeRecord &change, const QUuid &worker)
{
    // An erasure of the worker's own client is a request the coordinator confirms.
    const bool erasure = change.fields.value(QStringLiteral("deleted")).toInteger() == 2;
    const QCborValue assignedTo = change.fields.value(workerIdField);
    if (change.entity == clientTable) {
        if (change.fields.contains(QStringLiteral("merged_into")))
            return merge;
        if (change.op == ChangeRecord::Insert)
            return QUuid::fromRfc4122(assignedTo.toByteArray()) != worker ? notAssigned
                : erasure                                                ? erasureRequest
                                                                         : QString();
        if (change.fields.contains(workerIdField))
            return handover;
    } else if (change.entity == u"contact" && !assignedTo.isUndefined() && !assignedTo.isNull()
               && QUuid::fromRfc4122(assignedTo.toByteArray()) != worker) {
        return otherAuthor; // a contact recorded as another worker's
    }
    const std::optional<QVariant> client =
        clientOf(change.entity, change.rowKey, change.op == ChangeRecord::Insert ? &change : nullptr);
    if (!client)
        return unresolved;
    // Who the client was assigned to at the change's stamp, and, for an update, at the
    // newest value it overwrote: what its author saw when writing it. The assignee at
    // the stamp may write; so may the one before, offline while the client was handed
    // over, as long as nothing it overwrote is newer than the hand-over. A stamp is
    // the sender's to choose; the values it overwrote are the region's.
    const QList<Assignment> history = assignments(*client);
    std::optional<Stamp> seen;
    for (auto it = change.bases.cbegin(); it != change.bases.cend(); ++it) {
        const Stamp base = ChangeCodec::stampFromCbor(it.value());
        if (!base.isNull() && (!seen || *seen < base))
            seen = base;
    }
    const auto tenureAt = [&history, &worker](const Stamp &stamp) -> std::optional<std::optional<Stamp>> {
        // The worker's assignment in effect at `stamp` and when it ended (nothing if it
        // has not), or nothing at all when the client was not the worker's then.
        qsizetype next = 0;
        QUuid current;
        for (; next < history.size() && !(stamp < history.at(next).stamp); ++next)
            current = history.at(next).worker;
        if (current != worker)
            return std::nullopt;
        for (; next < history.size(); ++next) {
            if (history.at(next).worker != worker)
                return std::optional<Stamp>(history.at(next).stamp);
        }
        return std::optional<Stamp>();
    };
    const auto overwritesAfter = [&change](const std::optional<Stamp> &end) {
        if (!end)
            return false;
        for (auto it = change.bases.cbegin(); it != change.bases.cend(); ++it) {
            const Stamp base = ChangeCodec::stampFromCbor(it.value());
            if (!base.isNull() && !(base < *end))
                return true;
        }
        return false;
    };
    std::optional<std::optional<Stamp>> tenure = tenureAt(change.stamp);
    if (!tenure && seen)
        tenure = tenureAt(*seen);
    if (!tenure)
        return notAssigned;
    if (overwritesAfter(*tenure))
        return afterHandover;
    return erasure ? erasureRequest : QString();
}

QString Authorization::describe(const QString &refusal)
{
    if (refusal == unknownInstallation)
        return tr("the installation is not enrolled as a worker of the region");
    if (refusal == otherAuthor)
        return tr("written in the name of another worker");
    if (refusal == regionData)
        return tr("the region's workers, providers, localities, codelists and targets are the coordinator's");
    if (refusal == notAssigned)
        return tr("not this worker's client");
    if (refusal == afterHandover)
        return tr("made after the client was handed over to another worker");
    if (refusal == handover)
        return tr("handing clients over is the coordinator's");
    if (refusal == merge)
        return tr("merging duplicate records is the coordinator's");
    if (refusal == erasureRequest)
        return tr("an erasure waits for the coordinator's confirmation");
    if (refusal == unresolved)
        return tr("the record it belongs to has not arrived yet");
    if (refusal == partnerEdit)
        return tr("editing, retiring and merging partners is the coordinator's; any worker may add one");
    if (refusal == otherRecorder)
        return tr("recorded by another worker: only they and the coordinator change it");
    if (refusal == relayed)
        return tr("another installation's change in a field laptop's bundle, which may carry only its own");
    return refusal;
}

} // namespace teren
