#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace teren {

// What a column holds, as data protection sees it. The class of a column of a
// client's records decides what erasing the client wipes and what a statistical
// bundle carries (see SchemaRegistry::policy).
enum class ColumnClass {
    Identifying,     // names a person on its own: a name, an alias, a phone number
    FreeText,        // whatever was typed: notes, goal and step texts, a household's label
    QuasiIdentifier, // re-identifies a person in combination: birth year, gender, household
    Statistical,     // the codes, dates, counts and links the indicators are computed from
    Technical,       // keys, stamps, tombstones and bookkeeping
};

// Which part of the data a table holds, and so whether and how it is synced.
enum class TableScope {
    Codelist,     // the region's codelists, seeded alike in every file
    Region,       // the region's own records: region, localities, providers, workers, targets
    ClientRecord, // a client's records: the person, household, cooperations, needs, plan, contacts
    ClientLink,   // written with a synced row (a contact's interventions and needs), not synced itself
    Local,        // this file's own bookkeeping, never synced
};

// How a synced row is named in the change log (RowKey).
enum class RowKeyKind {
    Id,          // a UUIDv7 blob in `id`
    Code,        // a codelist code in `code`
    AreaAndCode, // an outcome: "area/code"
    None,        // not synced
};

struct ColumnSpec
{
    QString name;
    ColumnClass kind;
    bool required = false; // NOT NULL: a wiped or withheld value becomes "" rather than NULL
    QString references;    // the table a foreign key points to
    // What the column holds when a change never wrote it (a column added after the
    // change was made); null for none.
    QVariant defaultValue;
};

struct TableSpec
{
    QString name;
    TableScope scope;
    RowKeyKind key;
    QList<ColumnSpec> columns; // every column, in the table's order
    // In a client's records: the column leading one step towards the client (a goal's
    // need_id, a need's client_id); empty for the client and the household.
    QString parentColumn;

    bool isSynced() const;
    const ColumnSpec *column(const QString &columnName) const;
    QStringList columnNames() const;
    QStringList keyColumns() const;
};

// What erasing a client, exporting statistics and anonymising a client past retention
// do with one class of column.
struct ColumnPolicy
{
    ColumnClass kind;
    bool wipedOnErasure;
    bool withheldFromStatistics;
    bool wipedOnAnonymisation;
};

// Every table of a Terén file, every column with its class: the one place that says
// which tables sync, how their rows are keyed, and which columns are personal. The
// change log's erasure, the statistical export's scope, the merge's table list and the
// canonical dump are derived from it; a test compares it with a fresh database, so a
// column added by a migration without a class here fails the build's tests.
class SchemaRegistry
{
public:
    static const QList<TableSpec> &tables();
    // Null for a name that is no table of a Terén file.
    static const TableSpec *find(const QString &table);
    static bool isSynced(const QString &table);
    // Synced tables, each after the tables its rows refer to.
    static const QStringList &syncedTables();
    // A client's records, each after its parent: client, household, then down the plan.
    static const QStringList &clientRecordTables();
    // The codelists and the region's records: what every worker's installation gets.
    static const QStringList &sharedTables();

    static const ColumnPolicy &policy(ColumnClass kind);
    // The columns of a client's records that an erasure wipes from the rows and from
    // every logged change; none for any other table.
    static const QStringList &wipedOnErasure(const QString &table);
    // The columns of a client's records that anonymising a client past retention wipes
    // from the rows and from every logged change; none for any other table.
    static const QStringList &wipedOnAnonymisation(const QString &table);
    // The columns of a client's records that a statistical bundle leaves empty.
    static const QStringList &withheldFromStatistics(const QString &table);
};

} // namespace teren
