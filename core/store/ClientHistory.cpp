#include "ClientHistory.h"

#include "Store.h"

#include "changes/Authorization.h"
#include "changes/ChangeCodec.h"
#include "changes/ChangeLog.h"
#include "changes/HybridLogicalClock.h"
#include "domain/SchemaRegistry.h"
#include "domain/Values.h"
#include "storage/ClientPath.h"
#include "storage/Database.h"

#include <QCborArray>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace teren {

namespace {

const QString viewTable = QStringLiteral("client_view");
const QString deletedField = QStringLiteral("deleted");
const QString needIdsField = QStringLiteral("need_ids");

// Columns that only say where a row sits or how it syncs: never a line of history.
bool isBookkeeping(const QString &entity, const QString &field)
{
    static const QSet<QString> technical = {QStringLiteral("id"), QStringLiteral("hlc"), QStringLiteral("replica"),
                                            QStringLiteral("author")};
    if (technical.contains(field) || ChangeRecord::isMarker(field))
        return true;
    const TableSpec *spec = SchemaRegistry::find(entity);
    return spec && field == spec->parentColumn;
}

QByteArray stampKey(const Stamp &stamp)
{
    return stamp.replica + QByteArray::number(stamp.hlc);
}

QByteArray basedKey(const QString &field, const Stamp &stamp)
{
    return field.toUtf8() + '|' + stampKey(stamp);
}

QUuid uuidOf(const QVariant &value)
{
    return QUuid::fromRfc4122(value.toByteArray());
}

// A value of the change log as the row would hold it: a list as "a;b", bytes as bytes.
QVariant storedValue(const QCborValue &value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QCborValue &item : value.toArray())
            items.append(item.isByteArray() ? uuidOf(item.toByteArray()).toString(QUuid::WithoutBraces)
                                            : item.toVariant().toString());
        return items.join(u';');
    }
    return ChangeCodec::toVariant(value);
}

// The ids of the need and the goal a row of the path hangs under (NULL where none).
QString needAndGoal(const ClientPath &path)
{
    return QStringLiteral("%1, %2").arg(
        path.chain.contains(QStringLiteral("need")) ? QStringLiteral("need.id") : QStringLiteral("NULL"),
        path.chain.contains(QStringLiteral("goal")) ? QStringLiteral("goal.id") : QStringLiteral("NULL"));
}

} // namespace

QString HistoryEntry::note() const
{
    if (!refusal.isEmpty())
        return ClientHistory::tr("refused: %1").arg(refusal);
    if (lostInMerge)
        return ClientHistory::tr("lost in merge to %1").arg(lostTo);
    return {};
}

ClientHistory::ClientHistory(Store &store)
    : m_store(store)
    , m_values(store)
{
}

QList<ClientHistory::Row> ClientHistory::rowsOf(const QUuid &clientId)
{
    QList<Row> rows;
    Database &db = m_store.database();
    for (const QString &table : ClientPath::tables()) {
        const ClientPath path = ClientPath::of(table);
        Query query = db.prepare(QStringLiteral("SELECT %1.id, %2 FROM %3 WHERE %4 = ?")
                                     .arg(table, needAndGoal(path), path.from, path.client));
        query.bind(0, db::id(clientId)).exec();
        while (query.next())
            rows.append({table, query.value(0), clientId, db::toId(query.value(1)), db::toId(query.value(2))});
    }
    return rows;
}

std::optional<ClientHistory::Row> ClientHistory::rowOf(const QString &entity, const QVariant &key)
{
    if (!ClientPath::tables().contains(entity))
        return std::nullopt;
    const ClientPath path = ClientPath::of(entity);
    Query &query = m_store.database().cached(
        QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4.id = ?").arg(path.client, needAndGoal(path), path.from, entity));
    query.bind(0, key).exec();
    std::optional<Row> row;
    if (query.next())
        row = Row{entity, key, db::toId(query.value(0)), db::toId(query.value(1)), db::toId(query.value(2))};
    query.finish();
    return row;
}

bool ClientHistory::knowsClient(const QUuid &clientId)
{
    return !m_values.rowValues(QStringLiteral("client"), db::id(clientId)).isEmpty();
}

QList<HistoryEntry> ClientHistory::ofClient(const QUuid &clientId)
{
    QList<HistoryEntry> entries;
    for (const Row &row : rowsOf(clientId))
        addRow(row, entries);
    std::stable_sort(entries.begin(), entries.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return b.stamp < a.stamp; });
    return entries;
}

QList<HistoryEntry> ClientHistory::between(const QDate &from, const QDate &to)
{
    const qint64 first = HybridLogicalClock::fromMs(from.startOfDay().toMSecsSinceEpoch());
    const qint64 last = HybridLogicalClock::fromMs(to.addDays(1).startOfDay().toMSecsSinceEpoch()) - 1;
    QList<HistoryEntry> entries;
    for (const auto &[entity, key] : changelog::rowsStampedBetween(m_store.database(), first, last)) {
        if (const std::optional<Row> row = rowOf(entity, key))
            addRow(*row, entries);
    }
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [first, last](const HistoryEntry &entry) {
                                     return entry.stamp.hlc < first || entry.stamp.hlc > last;
                                 }),
                  entries.end());
    std::stable_sort(entries.begin(), entries.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.stamp < b.stamp; });
    return entries;
}

QList<HistorySubject> ClientHistory::subjects(const QList<HistoryEntry> &entries)
{
    QList<HistorySubject> result;
    QSet<QUuid> seen;
    // Oldest first, so the filter lists needs, goals and contacts as they were made.
    for (auto entry = entries.crbegin(); entry != entries.crend(); ++entry) {
        std::optional<HistorySubject::Kind> kind;
        if (entry->entity == u"need")
            kind = HistorySubject::Kind::Need;
        else if (entry->entity == u"goal")
            kind = HistorySubject::Kind::Goal;
        else if (entry->entity == u"contact")
            kind = HistorySubject::Kind::Contact;
        if (kind && !seen.contains(entry->rowId)) {
            seen.insert(entry->rowId);
            result.append({*kind, entry->rowId, entry->record});
        }
    }
    return result;
}

// One row's log, read once: its changes, their fold, and what each later change saw.
struct ClientHistory::RowLog
{
    const Row &row;
    QList<ChangeRecord> changes;
    RowFold fold;
    QHash<QString, QVariant> current; // the row as it is now
    QString record;
    QStringList wiped; // the columns its erasure wiped (none when it is not erased)
    QHash<QByteArray, const ChangeRecord *> byStamp;
    QSet<QByteArray> overwritten; // field|stamp: a value a later change saw and wrote over

    const ChangeRecord *at(const Stamp &stamp) const { return stamp.isNull() ? nullptr : byStamp.value(stampKey(stamp)); }
};

void ClientHistory::addRow(const Row &row, QList<HistoryEntry> &entries)
{
    Database &db = m_store.database();
    if (!m_clamps)
        m_clamps = ClockClamps::load(db);
    RowLog log{row, changelog::changesOf(db, row.entity, row.key), {}, {}, {}, {}, {}, {}};
    log.fold.clamps = *m_clamps; // as changelog::fold, from the changes already read
    for (const ChangeRecord &change : std::as_const(log.changes)) {
        if (change.refusal.isEmpty())
            log.fold.add(change);
        log.byStamp.insert(stampKey(change.stamp), &change);
        for (auto base = change.bases.cbegin(); base != change.bases.cend(); ++base)
            log.overwritten.insert(basedKey(base.key().toString(), ChangeCodec::stampFromCbor(base.value())));
    }
    if (row.entity == viewTable && log.fold.erased)
        return; // the views of an erased client went with the client
    if (log.fold.erased)
        log.wiped = SchemaRegistry::wipedOnErasure(row.entity);
    log.current = m_values.rowValues(row.entity, row.key);
    log.record = m_values.record(row.entity, log.current);

    const TableSpec *spec = SchemaRegistry::find(row.entity);
    for (const ChangeRecord &change : std::as_const(log.changes)) {
        const HistoryEntry common = entryOf(log, change);
        if (row.entity == viewTable) {
            if (change.op != ChangeRecord::Insert)
                continue;
            HistoryEntry view = common;
            view.kind = HistoryEntry::Kind::View;
            view.field = change.fields.value(QStringLiteral("kind")).toString();
            view.fieldLabel = HistoryValues::viewLabel(view.field);
            entries.append(view);
            continue;
        }
        const bool erasing = change.fields.value(deletedField).toInteger() == 2;
        QStringList fields;
        for (const ColumnSpec &column : spec->columns) {
            if (change.fields.contains(column.name))
                fields.append(column.name);
        }
        if (change.fields.contains(needIdsField))
            fields.append(needIdsField);
        for (const QString &field : std::as_const(fields)) {
            if (isBookkeeping(row.entity, field))
                continue;
            const bool wipedField = log.wiped.contains(field);
            if (erasing && wipedField)
                continue; // the erasure itself: one line, the record erased
            const QCborValue written = change.fields.value(field);
            if (change.op == ChangeRecord::Insert && !wipedField
                && (written.isNull() || written.isUndefined() || (written.isArray() && written.toArray().isEmpty())))
                continue; // a new record's empty fields
            HistoryEntry entry = common;
            entry.field = field;
            entry.fieldLabel = HistoryValues::fieldLabel(row.entity, field);
            entry.newErased = wipedField;
            if (wipedField) {
                entry.newText = tr("(erased)");
            } else {
                entry.newValue = storedValue(written);
                entry.newText = m_values.text(row.entity, field, entry.newValue, log.current);
            }
            if (change.op != ChangeRecord::Insert)
                setOldValue(entry, log, change);
            setLostInMerge(entry, log, change);
            entries.append(entry);
        }
    }
}

HistoryEntry ClientHistory::entryOf(const RowLog &log, const ChangeRecord &change)
{
    HistoryEntry entry;
    entry.clientId = log.row.clientId;
    entry.entity = log.row.entity;
    entry.rowId = uuidOf(log.row.key);
    entry.needId = entry.entity == u"need" ? entry.rowId : log.row.needId;
    entry.goalId = entry.entity == u"goal" ? entry.rowId : log.row.goalId;
    entry.contactId = entry.entity == u"contact" ? entry.rowId : QUuid();
    entry.record = log.record;
    entry.stamp = change.stamp;
    entry.when = QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::toMs(change.stamp.hlc), QTimeZone::utc());
    entry.author = uuidOf(change.author);
    entry.authorName = m_values.workerName(change.author);
    entry.replica = uuidOf(change.stamp.replica);
    entry.installation = m_values.installationName(change.stamp.replica);
    entry.refusal = change.refusal.isEmpty() ? QString() : Authorization::describe(change.refusal);
    return entry;
}

void ClientHistory::setOldValue(HistoryEntry &entry, const RowLog &log, const ChangeRecord &change)
{
    // The value the change overwrote is the one its base names.
    const Stamp base = ChangeCodec::stampFromCbor(change.bases.value(entry.field));
    if (entry.field == deletedField && base.isNull()) { // an insert does not log the tombstone
        entry.oldValue = 0;
        entry.oldText = m_values.text(log.row.entity, entry.field, 0, log.current);
    } else if (const ChangeRecord *before = log.at(base)) {
        entry.oldErased = entry.newErased;
        if (entry.oldErased) {
            entry.oldText = tr("(erased)");
        } else {
            entry.oldValue = storedValue(before->fields.value(entry.field));
            entry.oldText = m_values.text(log.row.entity, entry.field, entry.oldValue, log.current);
        }
    }
}

void ClientHistory::setLostInMerge(HistoryEntry &entry, const RowLog &log, const ChangeRecord &change)
{
    // Lost in a merge: not the current value, and no change saw it and wrote over it.
    const QString &field = entry.field;
    const auto now = log.fold.fields.constFind(field);
    if (!change.refusal.isEmpty() || field == needIdsField || now == log.fold.fields.cend()
        || now->stamp == change.stamp || log.overwritten.contains(basedKey(field, change.stamp)))
        return;
    entry.lostInMerge = true;
    // To the concurrent edit made from the same value, or else to what is current.
    const Stamp base = ChangeCodec::stampFromCbor(change.bases.value(field));
    const ChangeRecord *winner = log.at(now->stamp);
    for (const ChangeRecord &other : log.changes) {
        if (other.refusal.isEmpty() && other.stamp != change.stamp && other.fields.contains(field)
            && ChangeCodec::stampFromCbor(other.bases.value(field)) == base && log.fold.isAfter(other.stamp, change.stamp)) {
            winner = &other;
            break;
        }
    }
    if (!winner)
        return;
    const QString value = entry.newErased
        ? tr("(erased)")
        : m_values.text(log.row.entity, field, storedValue(winner->fields.value(field)), log.current);
    entry.lostTo = tr("%1 (%2, %3)", "lost in merge to: the value (who, on which laptop)")
                       .arg(value.isEmpty() ? tr("(empty)") : tr("“%1”", "a quoted value").arg(value),
                            m_values.workerName(winner->author), m_values.installationName(winner->stamp.replica));
}

} // namespace teren
