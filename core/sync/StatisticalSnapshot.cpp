#include "StatisticalSnapshot.h"

#include "BundleFormat.h"

#include "domain/SchemaRegistry.h"
#include "storage/Database.h"
#include "store/Store.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QHash>

#include <sodium.h>
#include <sqlite3.h>

namespace teren {

namespace {

const QString secretMetaKey = QStringLiteral("statistical_secret");
constexpr qsizetype secretBytes = crypto_generichash_KEYBYTES;
constexpr qsizetype pseudonymBytes = 16;

// The tables a snapshot carries: what the report counts and the plan's shape. A
// table added later is left out until someone decides it belongs in statistics; the
// region's map of installations and the coordinator's clock decisions never do.
const QStringList carriedTables = {
    // the codelists
    QStringLiteral("area"), QStringLiteral("outcome"), QStringLiteral("intervention_type"),
    QStringLiteral("end_reason"),
    // the region's records
    QStringLiteral("region"), QStringLiteral("locality"), QStringLiteral("provider"), QStringLiteral("worker"),
    QStringLiteral("target"), QStringLiteral("partner"),
    // the clients' records
    QStringLiteral("household"), QStringLiteral("client"), QStringLiteral("cooperation"), QStringLiteral("need"),
    QStringLiteral("goal"), QStringLiteral("step"), QStringLiteral("contact"), QStringLiteral("contact_partner"),
    // group work: the further clients of a contact, group activities and the clients
    // they name, anonymous contacts
    QStringLiteral("contact_participant"), QStringLiteral("group_activity"), QStringLiteral("group_activity_client"),
    QStringLiteral("anonymous_contact")};
// Who wrote a row and when: never in a snapshot.
const QStringList stampColumns = {QStringLiteral("hlc"), QStringLiteral("replica"), QStringLiteral("author")};

bool isCarried(const TableSpec &table, const ColumnSpec &column)
{
    if (stampColumns.contains(column.name))
        return false;
    // A link to a table a snapshot does not carry would lead nowhere.
    if (!column.references.isEmpty() && !carriedTables.contains(column.references))
        return false;
    if (table.keyColumns().contains(column.name))
        return true;
    // The staff are persons too: of a worker only the link to the provider.
    if (table.name == u"worker")
        return !column.references.isEmpty();
    // A snapshot holds only live rows, and the codelists whole: their withdrawn codes
    // still count on the records that carry them.
    if (column.name == u"deleted")
        return table.scope == TableScope::Codelist;
    switch (column.kind) {
    case ColumnClass::Identifying:
    case ColumnClass::FreeText:
        return false;
    case ColumnClass::QuasiIdentifier:
    case ColumnClass::Statistical:
        return true;
    case ColumnClass::Technical:
        // A link to another row, or a codelist's order and retirement; not a worker's
        // installation or role.
        return !column.references.isEmpty() || table.scope == TableScope::Codelist;
    }
    return false;
}

bool isPseudonymised(const TableSpec &table, const ColumnSpec &column)
{
    if (table.key == RowKeyKind::Id && column.name == u"id")
        return true;
    const TableSpec *target = column.references.isEmpty() ? nullptr : SchemaRegistry::find(column.references);
    return target && target->key == RowKeyKind::Id;
}

QList<SnapshotTable> buildTables()
{
    QList<SnapshotTable> tables;
    for (const QString &name : SchemaRegistry::syncedTables()) {
        if (!carriedTables.contains(name))
            continue;
        const TableSpec &spec = *SchemaRegistry::find(name);
        SnapshotTable table{name, {}, {}, spec.scope == TableScope::Codelist};
        for (const ColumnSpec &column : spec.columns) {
            if (!isCarried(spec, column))
                continue;
            table.columns.append(column.name);
            if (isPseudonymised(spec, column))
                table.pseudonymised.append(column.name);
        }
        tables.append(table);
    }
    return tables;
}

const SnapshotTable *findTable(const QString &name)
{
    for (const SnapshotTable &table : StatisticalSnapshot::tables()) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

BundleError unreadable()
{
    return BundleError(BundleError::Reason::Tampered,
                       StatisticalSnapshot::tr("The statistical snapshot holds a record this version of Terén cannot "
                                               "read."));
}

QCborValue toCbor(const QVariant &value)
{
    if (value.isNull())
        return QCborValue(QCborValue::Null);
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QCborValue(value.toByteArray());
    case QMetaType::QString:
        return QCborValue(value.toString());
    case QMetaType::Double:
        return QCborValue(value.toDouble());
    default:
        return QCborValue(value.toLongLong());
    }
}

// A value of a record as SQLite stores it; nothing but the simple types a snapshot
// writes is accepted.
QVariant toVariant(const QCborValue &value)
{
    if (value.isNull())
        return {};
    if (value.isByteArray())
        return value.toByteArray();
    if (value.isString())
        return value.toString();
    if (value.isInteger())
        return value.toInteger();
    if (value.isDouble())
        return value.toDouble();
    throw unreadable();
}

// The statement that writes one table's rows in a statistical database: the
// columns a snapshot carries, the stamps a row needs set to nothing in particular
// (no change, no replica), the texts it withholds left empty. Codelists are shared
// by the regions: a code a snapshot brings is added or takes its labels.
QString insertSql(const SnapshotTable &table)
{
    const TableSpec &spec = *SchemaRegistry::find(table.name);
    QStringList columns = table.columns;
    QStringList values(columns.size(), QStringLiteral("?"));
    for (const ColumnSpec &column : spec.columns) {
        if (table.columns.contains(column.name) || !column.required || column.defaultValue.isValid())
            continue;
        columns.append(column.name);
        if (column.name == u"hlc")
            values.append(QStringLiteral("0"));
        else if (column.name == u"replica")
            values.append(QStringLiteral("zeroblob(16)"));
        else
            values.append(QStringLiteral("''"));
    }
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table.name, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
    if (table.codelist) {
        QStringList updates;
        for (const QString &column : table.columns) {
            if (!spec.keyColumns().contains(column))
                updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
        }
        sql += QStringLiteral(" ON CONFLICT (%1) DO UPDATE SET %2")
                   .arg(spec.keyColumns().join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
    }
    return sql;
}

// One read transaction around the snapshot when the caller has none open, so the
// count in the header and the records come from the same state of the file.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database &db) : m_db(db), m_own(db.transactionDepth() == 0)
    {
        if (m_own)
            m_db.execScript(QStringLiteral("BEGIN DEFERRED"));
    }
    ~ReadTransaction()
    {
        if (m_own)
            sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Database &m_db;
    bool m_own;
};

} // namespace

// ---------------------------------------------------------------------------------
// Pseudonyms

Pseudonyms::Pseudonyms(Store &store)
{
    bundle::ensureSodium();
    m_secret = store.meta(secretMetaKey).toByteArray();
    if (m_secret.size() != secretBytes) {
        m_secret = bundle::randomBytes(secretBytes);
        store.setMeta(secretMetaKey, m_secret);
    }
}

Pseudonyms::~Pseudonyms()
{
    sodium_memzero(m_secret.data(), static_cast<size_t>(m_secret.size()));
}

QByteArray Pseudonyms::of(const QByteArray &key) const
{
    if (key.isNull())
        return {};
    QByteArray hash(pseudonymBytes, Qt::Uninitialized);
    crypto_generichash(bundle::bytes(hash), static_cast<size_t>(hash.size()), bundle::bytes(key), bundle::length(key),
                       bundle::bytes(m_secret), static_cast<size_t>(m_secret.size()));
    return hash;
}

// ---------------------------------------------------------------------------------
// StatisticalSnapshot

const QList<SnapshotTable> &StatisticalSnapshot::tables()
{
    static const QList<SnapshotTable> all = buildTables();
    return all;
}

namespace {

// The region a coordinator's file holds: its id and name.
std::pair<QByteArray, QString> regionOf(Database &db)
{
    Query query = db.prepare(QStringLiteral("SELECT id, name FROM region WHERE deleted = 0 ORDER BY rowid LIMIT 1"));
    query.exec();
    if (!query.next())
        throw Error(StatisticalSnapshot::tr("This file holds no region, so there is nothing to report from it. Set up "
                                            "the region first."));
    return {query.value(0).toByteArray(), query.value(1).toString()};
}

QString liveRow(const QString &tableName, const QString &alias, int depth);

// The row `alias`.`column` refers to is live and in the snapshot.
QString liveTarget(const ColumnSpec &column, const QString &alias, int depth)
{
    const QString inner = QStringLiteral("r%1").arg(depth);
    return QStringLiteral("EXISTS (SELECT 1 FROM %1 %2 WHERE %2.id = %3.%4 AND %5)")
        .arg(column.references, inner, alias, column.name, liveRow(column.references, inner, depth + 1));
}

// The references that decide whether a row is in a snapshot at all: the row it
// belongs to (a need's client, a locality's region) and a target's scope, which
// without its locality or provider would read as a region-wide target.
bool decidesRow(const TableSpec &table, const ColumnSpec &column)
{
    return column.required || table.name == u"target";
}

bool refersToRow(const ColumnSpec &column)
{
    const TableSpec *target = column.references.isEmpty() ? nullptr : SchemaRegistry::find(column.references);
    return target && target->key == RowKeyKind::Id;
}

// An SQL condition: the row `alias` of `tableName` is live (not deleted, not erased)
// and so is every row it belongs to. Erased persons and everything recorded about
// them are not in a snapshot.
QString liveRow(const QString &tableName, const QString &alias, int depth)
{
    const TableSpec &table = *SchemaRegistry::find(tableName);
    QString condition = alias + QStringLiteral(".deleted = 0");
    for (const ColumnSpec &column : table.columns) {
        if (!refersToRow(column) || !decidesRow(table, column) || column.references == tableName)
            continue;
        const QString live = liveTarget(column, alias, depth);
        condition += column.required ? QStringLiteral(" AND ") + live
                                     : QStringLiteral(" AND (%1.%2 IS NULL OR %3)").arg(alias, column.name, live);
    }
    return condition;
}

// The rows of `table` a snapshot carries, with a reference to a row it does not
// carry (a deleted worker, a household dissolved) left empty, as the report reads it.
QString selectSql(const SnapshotTable &table, const QString &what)
{
    const TableSpec &spec = *SchemaRegistry::find(table.name);
    if (table.codelist)
        return QStringLiteral("SELECT %1 FROM %2").arg(what == u"*" ? table.columns.join(QStringLiteral(", ")) : what,
                                                      table.name);
    QStringList columns;
    for (const QString &name : table.columns) {
        const ColumnSpec &column = *spec.column(name);
        if (refersToRow(column) && !decidesRow(spec, column))
            columns.append(QStringLiteral("CASE WHEN %1 THEN t.%2 END").arg(liveTarget(column, QStringLiteral("t"), 0),
                                                                          name));
        else
            columns.append(QStringLiteral("t.") + name);
    }
    return QStringLiteral("SELECT %1 FROM %2 t WHERE %3")
        .arg(what == u"*" ? columns.join(QStringLiteral(", ")) : what, table.name,
             liveRow(table.name, QStringLiteral("t"), 0));
}

} // namespace

qint64 StatisticalSnapshot::recordCount(Store &store)
{
    Database &db = store.database();
    qint64 records = 1; // the region
    for (const SnapshotTable &table : tables())
        records += db.scalar(selectSql(table, QStringLiteral("count(*)"))).toLongLong();
    return records;
}

qint64 StatisticalSnapshot::write(Store &store, BundleWriter &writer, qint64 expectedRows)
{
    const Pseudonyms pseudonyms(store);
    Database &db = store.database();
    ReadTransaction transaction(db);
    const auto [regionId, regionName] = regionOf(db);
    if (recordCount(store) != expectedRows)
        throw Error(tr("The file changed while the statistical snapshot was written; export it again."));
    writer.append(QCborMap{{QStringLiteral("region"), pseudonyms.of(regionId)},
                           {QStringLiteral("name"), regionName}});
    qint64 written = 1;
    for (const SnapshotTable &table : tables()) {
        QList<bool> hashed;
        for (const QString &column : table.columns)
            hashed.append(table.pseudonymised.contains(column));
        Query query = db.prepare(selectSql(table, QStringLiteral("*")));
        query.exec();
        while (query.next()) {
            QCborMap row;
            for (int i = 0; i < table.columns.size(); ++i) {
                const QVariant value = query.value(i);
                row.insert(table.columns.at(i), hashed.at(i) && !value.isNull()
                                                    ? QCborValue(pseudonyms.of(value.toByteArray()))
                                                    : toCbor(value));
            }
            writer.append(QCborMap{{QStringLiteral("table"), table.name}, {QStringLiteral("row"), row}});
            ++written;
        }
    }
    return written;
}

StatisticalSnapshot::Replacement StatisticalSnapshot::replace(Store &store, BundleReader &reader,
                                                              const BundleHeader &header)
{
    Database &db = store.database();
    // Rows refer to rows further on (a client merged into a later one): the foreign
    // keys are checked at the commit, when the whole snapshot is in.
    db.execScript(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    const std::optional<QCborMap> first = reader.next();
    if (!first || !first->value(QStringLiteral("region")).isByteArray()
        || first->value(QStringLiteral("region")).toByteArray().size() != pseudonymBytes
        || !first->value(QStringLiteral("name")).isString())
        throw unreadable();
    const QByteArray region = first->value(QStringLiteral("region")).toByteArray();
    Replacement result;
    result.regionName = first->value(QStringLiteral("name")).toString();

    Query previous = db.prepare(QStringLiteral("SELECT sender, sequence FROM statistical_snapshot WHERE region = ?"));
    previous.bindAll({region}).exec();
    if (previous.next() && previous.value(0).toByteArray() == header.sender.toRfc4122()
        && previous.value(1).toLongLong() > header.sequence)
        throw Error(tr("This snapshot of the region \"%1\" (number %2) is older than the one already imported (number "
                       "%3); nothing changed.")
                        .arg(result.regionName)
                        .arg(header.sequence)
                        .arg(previous.value(1).toLongLong()));
    previous.finish();

    for (auto it = tables().crbegin(); it != tables().crend(); ++it) {
        if (it->codelist)
            continue;
        Query removed = db.prepare(QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT row_id FROM statistical_row "
                                                  "WHERE region = ? AND entity = ?)")
                                       .arg(it->name));
        removed.bindAll({region, it->name}).exec();
        result.removed += removed.numRowsAffected();
    }
    db.prepare(QStringLiteral("DELETE FROM statistical_row WHERE region = ?")).bindAll({region}).exec();

    QHash<QString, QString> statements;
    Query &member = db.cached(QStringLiteral("INSERT INTO statistical_row (region, entity, row_id) VALUES (?, ?, ?)"));
    while (const std::optional<QCborMap> record = reader.next()) {
        const SnapshotTable *table = findTable(record->value(QStringLiteral("table")).toString());
        const QCborValue row = record->value(QStringLiteral("row"));
        if (!table || !row.isMap())
            throw unreadable();
        const QCborMap values = row.toMap();
        const QCborValue id = values.value(QStringLiteral("id"));
        if (!table->codelist && (!id.isByteArray() || id.toByteArray().size() != pseudonymBytes))
            throw unreadable();
        for (auto cell = values.constBegin(); cell != values.constEnd(); ++cell) {
            if (!cell.key().isString() || !table->columns.contains(cell.key().toString()))
                throw unreadable();
        }
        QVariantList bindings;
        for (const QString &column : table->columns) {
            const QCborValue value = values.value(column);
            if (table->pseudonymised.contains(column) && !value.isNull()
                && (!value.isByteArray() || value.toByteArray().size() != pseudonymBytes))
                throw unreadable();
            bindings.append(toVariant(value));
        }
        auto statement = statements.constFind(table->name);
        if (statement == statements.cend())
            statement = statements.insert(table->name, insertSql(*table));
        db.cached(*statement).bindAll(bindings).exec();
        if (!table->codelist)
            member.bindAll({region, table->name, id.toByteArray()}).exec();
        ++result.rows;
    }
    db.prepare(QStringLiteral("INSERT INTO statistical_snapshot (region, name, sender, sequence, taken_ms, "
                              "imported_on) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (region) DO UPDATE SET "
                              "name = excluded.name, sender = excluded.sender, sequence = excluded.sequence, "
                              "taken_ms = excluded.taken_ms, imported_on = excluded.imported_on"))
        .bindAll({region, result.regionName, header.sender.toRfc4122(), header.sequence, header.createdMs,
                  store.clock().now().toString(Qt::ISODateWithMs)})
        .exec();
    return result;
}

} // namespace teren
