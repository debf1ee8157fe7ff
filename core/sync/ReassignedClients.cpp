#include "ReassignedClients.h"

#include "ExportStreams.h"
#include "Merger.h"

#include "changes/ChangeLog.h"
#include "changes/ConflictLog.h"
#include "storage/ClientPath.h"
#include "store/Store.h"

namespace teren {

namespace {

const char *const createSql = R"SQL(
DROP TABLE IF EXISTS temp.forget_client;
DROP TABLE IF EXISTS temp.forget_row;
DROP TABLE IF EXISTS temp.unexported_row;
CREATE TEMP TABLE forget_client (id BLOB PRIMARY KEY) WITHOUT ROWID;
CREATE TEMP TABLE forget_row (row_key BLOB PRIMARY KEY, entity TEXT NOT NULL, client_id BLOB NOT NULL) WITHOUT ROWID;
CREATE TEMP TABLE unexported_row (row_key BLOB PRIMARY KEY) WITHOUT ROWID;
)SQL";

const char *const dropSql = R"SQL(
DROP TABLE temp.forget_client;
DROP TABLE temp.forget_row;
DROP TABLE temp.unexported_row;
)SQL";

} // namespace

QList<QUuid> ReassignedClients::forget(Store &store)
{
    // The worker the laptop was enrolled for, not whoever the worker menu names: a
    // coordinator's file with a worker chosen there keeps every client.
    const QUuid me = store.enrolledWorker();
    if (me.isNull())
        return {};
    Database &db = store.database();
    Transaction transaction(db);
    db.execScript(QString::fromUtf8(createSql));
    db.prepare(QStringLiteral("INSERT INTO temp.forget_client SELECT c.id FROM client c "
                              "WHERE c.worker_id IS NOT NULL AND c.worker_id <> ? "
                              "AND NOT EXISTS (SELECT 1 FROM client m WHERE m.merged_into = c.id)"))
        .bind(0, me.toRfc4122())
        .exec();
    // Every row of their records, with its client.
    for (const QString &table : ClientPath::tables()) {
        const ClientPath path = ClientPath::of(table);
        db.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.forget_row SELECT %1.id, '%1', %2 FROM %3 "
                                  "WHERE %2 IN temp.forget_client")
                       .arg(table, path.client, path.from))
            .exec();
    }
    // Changes made here and not exported yet keep their client for now.
    Query &unexported = db.cached(QStringLiteral("INSERT OR IGNORE INTO temp.unexported_row (row_key) VALUES (?)"));
    const QUuid coordinator = QUuid::fromRfc4122(store.meta(QStringLiteral("coordinator")).toByteArray());
    const qint64 exported = ExportStreams(store, false).exportedThroughTowards(coordinator);
    for (const QVariant &row : changelog::rowsChangedSince(db, store.replicaId().toRfc4122(), exported))
        unexported.bind(0, row).exec();
    db.execScript(QStringLiteral(
        "DELETE FROM temp.forget_client WHERE id IN (SELECT r.client_id FROM temp.forget_row r "
        "    JOIN temp.unexported_row u ON u.row_key = r.row_key);"
        "DELETE FROM temp.forget_row WHERE client_id NOT IN temp.forget_client"));

    QList<QUuid> forgotten;
    Query clients = db.prepare(QStringLiteral("SELECT id FROM temp.forget_client"));
    clients.exec();
    while (clients.next())
        forgotten.append(QUuid::fromRfc4122(clients.value(0).toByteArray()));
    // A contact that goes may have further clients who stay: their links wait, with
    // their changes, until the contact comes back (with its first client).
    Query staying = db.prepare(QStringLiteral(
        "SELECT id FROM contact_participant WHERE contact_id IN (SELECT row_key FROM temp.forget_row) "
        "AND id NOT IN (SELECT row_key FROM temp.forget_row)"));
    staying.exec();
    QVariantList waiting;
    while (staying.next())
        waiting.append(staying.value(0));
    staying.finish();
    for (const QVariant &link : std::as_const(waiting))
        Merger::waitForParent(db, QStringLiteral("contact_participant"), link);
    // Children first; a contact's links go with it (ON DELETE CASCADE).
    for (const QString &table : ClientPath::tables())
        db.execScript(QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT row_key FROM temp.forget_row)").arg(table));
    Query rows = db.prepare(QStringLiteral("SELECT entity, row_key FROM temp.forget_row"));
    rows.exec();
    while (rows.next()) {
        const QString entity = rows.value(0).toString();
        const QVariant rowKey = rows.value(1);
        changelog::removeRow(db, entity, rowKey);
        conflictlog::removeRow(db, entity, rowKey);
        Merger::dropPending(db, entity, rowKey);
    }
    rows.finish();
    db.execScript(QString::fromUtf8(dropSql));
    transaction.commit();
    return forgotten;
}

} // namespace teren
