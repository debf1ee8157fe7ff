#include "ExportScope.h"

#include "changes/ChangeLog.h"
#include "domain/Error.h"
#include "domain/SchemaRegistry.h"
#include "storage/ClientPath.h"
#include "storage/Database.h"

#include <QCborValue>

namespace teren {

qint64 ChangeSelection::count(Database &db) const
{
    return changelog::countWhere(db, condition, bindings);
}

void ChangeSelection::forEach(Database &db, const std::function<void(const ChangeRecord &)> &visit) const
{
    changelog::forEachWhere(db, condition, bindings, visit);
}

ChangeSelection ChangeSelection::range(qint64 afterSeq, qint64 throughSeq)
{
    return {QStringLiteral("seq > ? AND seq <= ?"), {afterSeq, throughSeq}};
}

ChangeSelection ChangeSelection::excluding(const QList<QPair<qint64, qint64>> &ranges) const
{
    ChangeSelection narrower = *this;
    narrower.condition = QStringLiteral("(%1) AND replica <> zeroblob(16)").arg(condition);
    for (const auto &[first, last] : ranges) {
        narrower.condition += QStringLiteral(" AND seq NOT BETWEEN ? AND ?");
        narrower.bindings << first << last;
    }
    return narrower;
}

namespace {

// The rows that make up the records of the clients in temp.`clients`, into
// temp.`rows`: each table of a client's records, and the clients' households.
void collectRows(Database &db, const QString &rows, const QString &clients)
{
    for (const QString &table : ClientPath::tables()) {
        const ClientPath path = ClientPath::of(table);
        db.execScript(QStringLiteral("INSERT OR IGNORE INTO temp.%1 (row_key) SELECT %2.id FROM %3 "
                                     "WHERE %4 IN (SELECT id FROM temp.%5)")
                          .arg(rows, table, path.from, path.client, clients));
    }
    db.execScript(QStringLiteral("INSERT OR IGNORE INTO temp.%1 (row_key) SELECT household_id FROM client "
                                 "WHERE id IN (SELECT id FROM temp.%2) AND household_id IS NOT NULL")
                      .arg(rows, clients));
}

void dropTempTables(Database &db)
{
    db.execScript(QStringLiteral("DROP TABLE IF EXISTS temp.field_clients; DROP TABLE IF EXISTS temp.field_new_clients;"
                                 "DROP TABLE IF EXISTS temp.field_own_clients;"
                                 "DROP TABLE IF EXISTS temp.field_gone_clients; DROP TABLE IF EXISTS temp.field_rows;"
                                 "DROP TABLE IF EXISTS temp.field_new_rows"));
}

} // namespace

FieldScope::FieldScope(Database &db, const QUuid &worker, const QUuid &recipientReplica)
    : m_db(db)
    , m_worker(worker.toRfc4122())
    , m_recipient(recipientReplica.isNull() ? QByteArray() : recipientReplica.toRfc4122())
{
    dropTempTables(db);
    db.execScript(QStringLiteral(
        "CREATE TEMP TABLE field_clients (id BLOB PRIMARY KEY) WITHOUT ROWID;"
        "CREATE TEMP TABLE field_own_clients (id BLOB PRIMARY KEY) WITHOUT ROWID;"
        "CREATE TEMP TABLE field_new_clients (id BLOB PRIMARY KEY) WITHOUT ROWID;"
        "CREATE TEMP TABLE field_gone_clients (id BLOB PRIMARY KEY) WITHOUT ROWID;"
        "CREATE TEMP TABLE field_rows (row_key BLOB PRIMARY KEY) WITHOUT ROWID;"
        "CREATE TEMP TABLE field_new_rows (row_key BLOB PRIMARY KEY) WITHOUT ROWID"));
    // The clients the installation wrote itself.
    if (!m_recipient.isEmpty()) {
        Query &own = db.cached(QStringLiteral("INSERT OR IGNORE INTO temp.field_own_clients (id) VALUES (?)"));
        for (const QVariant &client : changelog::rowsWrittenBy(db, QStringLiteral("client"), m_recipient))
            own.bind(0, client).exec();
    }
    // The worker's clients now (with the unassigned ones the installation registered).
    db.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.field_clients (id) SELECT id FROM client WHERE worker_id = ? "
                              "UNION SELECT id FROM client WHERE worker_id IS NULL AND id IN temp.field_own_clients"))
        .bind(0, m_worker)
        .exec();
    // Those the installation had — sent from here or written there — and has no
    // more: it gets the change that says so, once, and nothing more of them.
    db.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.field_gone_clients (id) "
                              "SELECT id FROM (SELECT client_id AS id FROM field_client WHERE worker_id = ? "
                              "    UNION SELECT id FROM temp.field_own_clients "
                              "        WHERE id NOT IN (SELECT client_id FROM field_gone WHERE worker_id = ?)) "
                              "WHERE id NOT IN temp.field_clients"))
        .bindAll({m_worker, m_worker})
        .exec();
    db.prepare(QStringLiteral("INSERT INTO temp.field_new_clients (id) SELECT id FROM temp.field_clients "
                              "WHERE id NOT IN (SELECT client_id FROM field_client WHERE worker_id = ?)"))
        .bind(0, m_worker)
        .exec();
    collectRows(db, QStringLiteral("field_rows"), QStringLiteral("field_clients"));
    collectRows(db, QStringLiteral("field_new_rows"), QStringLiteral("field_new_clients"));
    // Group work the worker recorded, or that names one of the worker's clients, and
    // the worker's anonymous contacts.
    db.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.field_rows (row_key) SELECT id FROM group_activity "
                              "WHERE worker_id = ? OR id IN (SELECT activity_id FROM group_activity_client "
                              "    WHERE client_id IN temp.field_clients) "
                              "UNION SELECT id FROM anonymous_contact WHERE worker_id = ?"))
        .bindAll({m_worker, m_worker})
        .exec();
    db.execScript(QStringLiteral("INSERT OR IGNORE INTO temp.field_rows (row_key) SELECT id FROM temp.field_gone_clients"));
}

FieldScope::~FieldScope()
{
    try {
        dropTempTables(m_db);
    } catch (const Error &) {
        // Temp tables go with the connection anyway.
    }
}

ChangeSelection FieldScope::selection(qint64 afterSeq, qint64 throughSeq) const
{
    static const QString shared = QStringLiteral("entity IN ('%1')").arg(
        SchemaRegistry::sharedTables().join(QStringLiteral("', '")));
    // A client new to the installation comes whole, with the changes made there too:
    // it may have let go of them when the client was reassigned away (ReassignedClients).
    return {QStringLiteral("seq <= ? AND ((seq > ? AND replica IS NOT ? AND (%1 OR row_key IN temp.field_rows)) "
                           "OR row_key IN temp.field_new_rows)")
                .arg(shared),
            {throughSeq, afterSeq, m_recipient}};
}

std::optional<FieldScope::LastExport> FieldScope::lastExport(Database &db, const QUuid &worker)
{
    Query state = db.prepare(QStringLiteral("SELECT sequence, exported_through FROM field_export WHERE worker_id = ?"));
    state.bind(0, worker.toRfc4122()).exec();
    if (!state.next())
        return std::nullopt;
    return LastExport{state.value(0).toLongLong(), state.value(1).toLongLong()};
}

void FieldScope::startAfresh(Database &db, const QUuid &worker)
{
    db.prepare(QStringLiteral("DELETE FROM field_client WHERE worker_id = ?")).bind(0, worker.toRfc4122()).exec();
}

void FieldScope::remember(qint64 sequence, qint64 exportedThrough)
{
    m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO field_export (worker_id, sequence, exported_through) "
                                "VALUES (?, ?, ?)"))
        .bindAll({m_worker, sequence, exportedThrough})
        .exec();
    m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO field_client (worker_id, client_id) "
                                "SELECT ?, id FROM temp.field_clients"))
        .bind(0, m_worker)
        .exec();
    m_db.prepare(QStringLiteral("DELETE FROM field_client WHERE worker_id = ? AND client_id IN temp.field_gone_clients"))
        .bind(0, m_worker)
        .exec();
    m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO field_gone (worker_id, client_id) "
                                "SELECT ?, id FROM temp.field_gone_clients"))
        .bind(0, m_worker)
        .exec();
    m_db.prepare(QStringLiteral("DELETE FROM field_gone WHERE worker_id = ? AND client_id IN temp.field_clients"))
        .bind(0, m_worker)
        .exec();
}

} // namespace teren
