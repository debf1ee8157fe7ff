#include "ConflictLog.h"

#include "ChangeCodec.h"

#include "storage/Database.h"

namespace teren::conflictlog {

bool add(Database &db, const QString &entity, const QVariant &rowKey, const QString &field, const Stamp &a,
         const Stamp &b)
{
    const Stamp &first = a < b ? a : b;
    const Stamp &second = a < b ? b : a;
    Query &query = db.cached(QStringLiteral(
        "INSERT OR IGNORE INTO conflict (entity, row_key, field, first_hlc, first_replica, second_hlc, "
        "second_replica) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.bindAll({entity, rowKey, field, first.hlc, first.replica, second.hlc, second.replica}).exec();
    return query.numRowsAffected() > 0;
}

int detect(Database &db, const ChangeRecord &change, const RowFold &fold)
{
    int added = 0;
    const auto addPair = [&](const QString &field, const Stamp &a, const Stamp &b) {
        if (add(db, change.entity, change.rowKey, field, a, b))
            ++added;
    };
    // Concurrent edits of one field: two changes that overwrote the same value.
    for (auto it = change.bases.cbegin(); it != change.bases.cend(); ++it) {
        const QString field = it.key().toString();
        if (field == u"deleted" || ChangeRecord::isMarker(field))
            continue;
        const Stamp base = ChangeCodec::stampFromCbor(it.value());
        const QCborValue mine = change.fields.value(field);
        for (const ChangeRecord &other : fold.changes) {
            if (other.stamp == change.stamp || other.stamp.replica == change.stamp.replica
                || !other.bases.contains(field) || ChangeCodec::stampFromCbor(other.bases.value(field)) != base)
                continue;
            if (other.fields.value(field) != mine)
                addPair(field, change.stamp, other.stamp);
        }
    }
    // An edit of a row another replica deleted before it: the row stays deleted (no
    // silent resurrection) and the edit is listed.
    if (fold.deleted() != 1)
        return added;
    const auto isDelete = [](const ChangeRecord &c) { return c.fields.value(QStringLiteral("deleted")).toInteger() == 1; };
    for (const ChangeRecord &other : fold.changes) {
        if (other.stamp == change.stamp || other.stamp.replica == change.stamp.replica)
            continue;
        const ChangeRecord *deletion = isDelete(change) ? &change : isDelete(other) ? &other : nullptr;
        const ChangeRecord *edit = deletion == &change ? &other : &change;
        if (deletion && !isDelete(*edit) && edit->stamp > deletion->stamp)
            addPair(QStringLiteral("*"), deletion->stamp, edit->stamp);
    }
    return added;
}

QList<ConflictPair> all(Database &db)
{
    QList<ConflictPair> pairs;
    Query query = db.prepare(QStringLiteral("SELECT entity, row_key, field, first_hlc, first_replica, second_hlc, "
                                            "second_replica FROM conflict ORDER BY second_hlc, entity, field"));
    query.exec();
    while (query.next()) {
        pairs.append({query.value(0).toString(), query.value(1), query.value(2).toString(),
                      {query.value(3).toLongLong(), query.value(4).toByteArray()},
                      {query.value(5).toLongLong(), query.value(6).toByteArray()}});
    }
    return pairs;
}

void removeRow(Database &db, const QString &entity, const QVariant &rowKey)
{
    db.cached(QStringLiteral("DELETE FROM conflict WHERE row_key = ? AND entity = ?")).bindAll({rowKey, entity}).exec();
}

void removeFields(Database &db, const QString &entity, const QVariant &rowKey, const QStringList &fields)
{
    Query &query = db.cached(QStringLiteral("DELETE FROM conflict WHERE row_key = ? AND entity = ? AND field = ?"));
    for (const QString &field : fields)
        query.bindAll({rowKey, entity, field}).exec();
}

} // namespace teren::conflictlog
