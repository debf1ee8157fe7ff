#include "Conflicts.h"

#include "Peers.h"

#include "changes/ChangeLog.h"
#include "changes/ConflictLog.h"
#include "changes/HybridLogicalClock.h"
#include "domain/SchemaRegistry.h"
#include "storage/ClientPath.h"
#include "store/Repositories.h"
#include "store/Store.h"

#include <QHash>

#include <utility>

namespace teren {

namespace {

// Per table of a client's records: the client a row belongs to, deleted or not, and
// the area of the need it hangs under, so the review can name both.
const QHash<QString, QString> &ownerQueries()
{
    static const QHash<QString, QString> queries = [] {
        QHash<QString, QString> result;
        for (const QString &table : ClientPath::tables()) {
            const ClientPath path = ClientPath::of(table);
            const QString area = path.chain.contains(QStringLiteral("need")) ? QStringLiteral("need.area")
                                                                              : QStringLiteral("NULL");
            result.insert(table,
                          QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4.id = ?").arg(path.client, area, path.from, table));
        }
        return result;
    }();
    return queries;
}

} // namespace

ConflictEntry::Side Conflicts::side(const Stamp &stamp, const QString &entity, const QVariant &rowKey,
                                    const QString &field)
{
    ConflictEntry::Side result;
    result.when = QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::toMs(stamp.hlc), Qt::UTC);
    result.replica = QUuid::fromRfc4122(stamp.replica);
    result.replicaName =
        result.replica == m_store.replicaId() ? m_store.replicaName() : Peers(m_store).nameOf(result.replica);
    if (const std::optional<ChangeRecord> change = changelog::find(m_store.database(), entity, rowKey, stamp)) {
        result.value = field == u"*" ? QVariant() : ChangeCodec::toVariant(change->fields.value(field));
        result.author = change->author.isEmpty()
            ? QString()
            : DirectoryRepository(m_store).workerName(QUuid::fromRfc4122(change->author));
    }
    return result;
}

QList<ConflictEntry> Conflicts::list(bool includeDecided)
{
    Database &db = m_store.database();
    QList<ConflictEntry> result;
    for (const ConflictPair &pair : conflictlog::all(db)) {
        ConflictEntry entry;
        entry.entity = pair.entity;
        entry.rowKey = pair.rowKey;
        entry.field = pair.field;
        entry.firstStamp = pair.first;
        entry.secondStamp = pair.second;
        if (const auto owner = ownerQueries().constFind(entry.entity); owner != ownerQueries().cend()) {
            Query &whose = db.cached(*owner);
            whose.bind(0, entry.rowKey).exec();
            if (whose.next()) {
                entry.clientId = QUuid::fromRfc4122(whose.value(0).toByteArray());
                entry.area = whose.value(1).toString();
            }
            whose.finish();
        }
        const RowFold fold = changelog::fold(db, entry.entity, entry.rowKey);
        // A clamp of a clock that ran ahead can make the earlier stamp the later
        // change: `second` is the newer as the fold counts them.
        if (fold.isAfter(entry.firstStamp, entry.secondStamp))
            std::swap(entry.firstStamp, entry.secondStamp);
        const QString column = entry.field == u"*" ? QStringLiteral("deleted") : entry.field;
        const auto current = fold.fields.constFind(column);
        entry.decided = current != fold.fields.cend() && fold.isAfter(current->stamp, entry.secondStamp);
        // Written back by the undo of a decision: open again.
        const auto marker = fold.fields.constFind(ChangeRecord::decisionMarker(column));
        if (entry.decided && marker != fold.fields.cend() && marker->stamp == current->stamp
            && !marker->value.toBool())
            entry.decided = false;
        if (entry.decided && !includeDecided)
            continue;
        entry.first = side(entry.firstStamp, entry.entity, entry.rowKey, entry.field);
        entry.second = side(entry.secondStamp, entry.entity, entry.rowKey, entry.field);
        result.append(entry);
    }
    return result;
}

void Conflicts::decide(const ConflictEntry &conflict, const QVariant &value)
{
    if (!SchemaRegistry::isSynced(conflict.entity))
        return;
    Transaction transaction(m_store.database());
    const RowKey key = RowKey::fromLog(conflict.entity, conflict.rowKey);
    const QString column = conflict.field == u"*" ? QStringLiteral("deleted") : conflict.field;
    const QVariant written = conflict.field == u"*" ? QVariant(value.toBool() ? 0 : 1) : value;
    QCborMap marker;
    marker.insert(ChangeRecord::decisionMarker(column), true);
    m_store.recorder().update(conflict.entity, key, {column}, {written}, marker);
    transaction.commit();
}

} // namespace teren
