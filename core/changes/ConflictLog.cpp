#include "ConflictLog.h"

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

} // namespace teren::conflictlog
