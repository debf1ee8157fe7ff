#include "ExportScope.h"

#include "Error.h"
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

namespace {

// The rows that make up a set of clients' records, by client: filled from the
// clients in temp.field_clients.
const char *const collectRows = R"SQL(
INSERT OR IGNORE INTO temp.%1 (row_key) SELECT id FROM temp.%2 JOIN client USING (id);
INSERT OR IGNORE INTO temp.%1 (row_key) SELECT household_id FROM client
    WHERE id IN (SELECT id FROM temp.%2) AND household_id IS NOT NULL;
INSERT OR IGNORE INTO temp.%1 (row_key) SELECT id FROM cooperation WHERE client_id IN (SELECT id FROM temp.%2);
INSERT OR IGNORE INTO temp.%1 (row_key) SELECT id FROM contact WHERE client_id IN (SELECT id FROM temp.%2);
INSERT OR IGNORE INTO temp.%1 (row_key) SELECT id FROM need WHERE client_id IN (SELECT id FROM temp.%2);
INSERT OR IGNORE INTO temp.%1 (row_key) SELECT g.id FROM goal g JOIN need n ON n.id = g.need_id
    WHERE n.client_id IN (SELECT id FROM temp.%2);
INSERT OR IGNORE INTO temp.%1 (row_key) SELECT s.id FROM step s JOIN goal g ON g.id = s.goal_id
    JOIN need n ON n.id = g.need_id WHERE n.client_id IN (SELECT id FROM temp.%2);
)SQL";

void dropTempTables(Database &db)
{
    db.execScript(QStringLiteral("DROP TABLE IF EXISTS temp.field_clients; DROP TABLE IF EXISTS temp.field_new_clients;"
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
        "CREATE TEMP TABLE field_new_clients (id BLOB PRIMARY KEY) WITHOUT ROWID;"
        "CREATE TEMP TABLE field_gone_clients (id BLOB PRIMARY KEY) WITHOUT ROWID;"
        "CREATE TEMP TABLE field_rows (row_key BLOB PRIMARY KEY) WITHOUT ROWID;"
        "CREATE TEMP TABLE field_new_rows (row_key BLOB PRIMARY KEY) WITHOUT ROWID"));
    // The worker's clients now (with the unassigned ones the installation registered).
    db.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.field_clients (id) SELECT id FROM client WHERE worker_id = ? "
                              "UNION SELECT id FROM client WHERE worker_id IS NULL AND id IN "
                              "    (SELECT row_key FROM change WHERE replica = ? AND entity = 'client')"))
        .bindAll({m_worker, m_recipient})
        .exec();
    // Those the installation had — sent from here or written there — and has no
    // more: it gets the change that says so, once, and nothing more of them.
    db.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.field_gone_clients (id) "
                              "SELECT id FROM (SELECT client_id AS id FROM field_client WHERE worker_id = ? "
                              "    UNION SELECT row_key FROM change WHERE replica = ? AND entity = 'client' "
                              "        AND row_key NOT IN (SELECT client_id FROM field_gone WHERE worker_id = ?)) "
                              "WHERE id NOT IN temp.field_clients"))
        .bindAll({m_worker, m_recipient, m_worker})
        .exec();
    db.prepare(QStringLiteral("INSERT INTO temp.field_new_clients (id) SELECT id FROM temp.field_clients "
                              "WHERE id NOT IN (SELECT client_id FROM field_client WHERE worker_id = ?)"))
        .bind(0, m_worker)
        .exec();
    db.execScript(QString::fromUtf8(collectRows).arg(QStringLiteral("field_rows"), QStringLiteral("field_clients")));
    db.execScript(
        QString::fromUtf8(collectRows).arg(QStringLiteral("field_new_rows"), QStringLiteral("field_new_clients")));
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
    const QString shared = QStringLiteral("entity IN ('area', 'outcome', 'intervention_type', 'end_reason', 'region', "
                                          "'locality', 'provider', 'worker', 'target')");
    // A client new to the installation comes whole, with the changes made there too:
    // it may have let go of them when the client was reassigned away (ReassignedClients).
    return {QStringLiteral("seq <= ? AND ((seq > ? AND replica IS NOT ? AND (%1 OR row_key IN temp.field_rows)) "
                           "OR row_key IN temp.field_new_rows)")
                .arg(shared),
            {throughSeq, afterSeq, m_recipient}};
}

void FieldScope::remember()
{
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

ChangeRecord withoutPersonalText(ChangeRecord change)
{
    static const QHash<QString, QStringList> text = {
        {QStringLiteral("client"),
         {QStringLiteral("given_name"), QStringLiteral("family_name"), QStringLiteral("alias"),
          QStringLiteral("phone"), QStringLiteral("consent_scope"), QStringLiteral("notes")}},
        {QStringLiteral("contact"), {QStringLiteral("note")}},
        {QStringLiteral("goal"), {QStringLiteral("text")}},
        {QStringLiteral("step"), {QStringLiteral("text")}},
        {QStringLiteral("household"), {QStringLiteral("label")}},
    };
    const auto columns = text.constFind(change.entity);
    if (columns == text.cend())
        return change;
    for (const QString &column : *columns) {
        if (!change.fields.contains(column))
            continue;
        const bool required = column == u"text" || column == u"label";
        change.fields.insert(column, required ? QCborValue(QString()) : QCborValue(QCborValue::Null));
    }
    return change;
}

} // namespace teren
