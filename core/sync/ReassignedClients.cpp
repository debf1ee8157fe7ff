#include "ReassignedClients.h"

#include "store/Store.h"

namespace teren {

namespace {

// The clients to forget, and every row that belongs to them with its client.
const char *const collectSql = R"SQL(
DROP TABLE IF EXISTS temp.forget_client;
DROP TABLE IF EXISTS temp.forget_row;
CREATE TEMP TABLE forget_client (id BLOB PRIMARY KEY) WITHOUT ROWID;
CREATE TEMP TABLE forget_row (row_key BLOB PRIMARY KEY, client_id BLOB NOT NULL) WITHOUT ROWID;
)SQL";

const char *const rowsSql = R"SQL(
INSERT OR IGNORE INTO temp.forget_row SELECT id, id FROM client WHERE id IN temp.forget_client;
INSERT OR IGNORE INTO temp.forget_row SELECT id, client_id FROM cooperation WHERE client_id IN temp.forget_client;
INSERT OR IGNORE INTO temp.forget_row SELECT id, client_id FROM contact WHERE client_id IN temp.forget_client;
INSERT OR IGNORE INTO temp.forget_row SELECT id, client_id FROM need WHERE client_id IN temp.forget_client;
INSERT OR IGNORE INTO temp.forget_row
    SELECT g.id, n.client_id FROM goal g JOIN need n ON n.id = g.need_id WHERE n.client_id IN temp.forget_client;
INSERT OR IGNORE INTO temp.forget_row
    SELECT s.id, n.client_id FROM step s JOIN goal g ON g.id = s.goal_id JOIN need n ON n.id = g.need_id
    WHERE n.client_id IN temp.forget_client;
)SQL";

// Children first; a contact's links go with it (ON DELETE CASCADE).
const char *const deleteSql = R"SQL(
DELETE FROM contact WHERE id IN (SELECT row_key FROM temp.forget_row);
DELETE FROM step WHERE id IN (SELECT row_key FROM temp.forget_row);
DELETE FROM goal WHERE id IN (SELECT row_key FROM temp.forget_row);
DELETE FROM need WHERE id IN (SELECT row_key FROM temp.forget_row);
DELETE FROM cooperation WHERE id IN (SELECT row_key FROM temp.forget_row);
DELETE FROM client WHERE id IN (SELECT row_key FROM temp.forget_row);
DELETE FROM change WHERE row_key IN (SELECT row_key FROM temp.forget_row)
    AND entity IN ('client', 'cooperation', 'contact', 'need', 'goal', 'step');
DELETE FROM conflict WHERE row_key IN (SELECT row_key FROM temp.forget_row);
DELETE FROM sync_pending WHERE row_key IN (SELECT row_key FROM temp.forget_row);
DROP TABLE temp.forget_client;
DROP TABLE temp.forget_row;
)SQL";

} // namespace

QList<QUuid> ReassignedClients::forget(Store &store)
{
    // The worker the laptop was enrolled for, not whoever the worker menu names: a
    // coordinator's file with a worker chosen there keeps every client.
    const QVariant enrolled = store.meta(QStringLiteral("enrolled_worker"));
    if (!enrolled.isValid() || enrolled.isNull())
        return {};
    const QUuid me = QUuid::fromRfc4122(enrolled.toByteArray());
    Database &db = store.database();
    Transaction transaction(db);
    db.execScript(QString::fromUtf8(collectSql));
    db.prepare(QStringLiteral("INSERT INTO temp.forget_client SELECT c.id FROM client c "
                              "WHERE c.worker_id IS NOT NULL AND c.worker_id <> ? "
                              "AND NOT EXISTS (SELECT 1 FROM client m WHERE m.merged_into = c.id)"))
        .bind(0, me.toRfc4122())
        .exec();
    db.execScript(QString::fromUtf8(rowsSql));
    // Changes made here and not exported yet keep their client for now.
    db.prepare(QStringLiteral(
                   "DELETE FROM temp.forget_client WHERE id IN (SELECT r.client_id FROM temp.forget_row r "
                   "JOIN change ch ON ch.row_key = r.row_key WHERE ch.replica = ? AND ch.seq > ?)"))
        .bindAll({store.replicaId().toRfc4122(), store.meta(QStringLiteral("exported_through")).toLongLong()})
        .exec();
    db.execScript(QStringLiteral("DELETE FROM temp.forget_row WHERE client_id NOT IN temp.forget_client"));
    QList<QUuid> forgotten;
    Query query = db.prepare(QStringLiteral("SELECT id FROM temp.forget_client"));
    query.exec();
    while (query.next())
        forgotten.append(QUuid::fromRfc4122(query.value(0).toByteArray()));
    query.finish();
    db.execScript(QString::fromUtf8(deleteSql));
    transaction.commit();
    return forgotten;
}

} // namespace teren
