// The schema and privacy registry against the real schema, and the data-protection
// rules derived from it.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "changes/ChangeLog.h"
#include "domain/SchemaRegistry.h"
#include "storage/ClientPath.h"
#include "storage/Database.h"
#include "sync/StatisticalSnapshot.h"

#include <QSet>

using namespace teren;
using namespace Qt::StringLiterals;

namespace {

// Every difference between the registry and the tables of `db`: a table or column
// the registry lacks (so nobody has said whether it is personal), one it names that
// the file lacks, a column in another place, or a NOT NULL or foreign key that
// disagrees.
QStringList mismatches(Database &db)
{
    QStringList problems;
    QSet<QString> inFile;
    Query tables = db.prepare(
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    tables.exec();
    while (tables.next())
        inFile.insert(tables.value(0).toString());
    for (const QString &table : std::as_const(inFile)) {
        const TableSpec *spec = SchemaRegistry::find(table);
        if (!spec) {
            problems.append(QStringLiteral("table %1: not in the registry").arg(table));
            continue;
        }
        QStringList columns;
        Query info = db.prepare(
            QStringLiteral("SELECT name, \"notnull\", dflt_value FROM pragma_table_info(?) ORDER BY cid"));
        info.bind(0, table).exec();
        while (info.next()) {
            const QString name = info.value(0).toString();
            columns.append(name);
            const ColumnSpec *column = spec->column(name);
            if (!column) {
                problems.append(QStringLiteral("%1.%2: not classified in the registry").arg(table, name));
                continue;
            }
            if (column->required != info.value(1).toBool())
                problems.append(QStringLiteral("%1.%2: NOT NULL differs").arg(table, name));
            const QVariant &declared = column->defaultValue;
            const QString expected = declared.isNull() ? QString()
                : declared.typeId() == QMetaType::QString ? QStringLiteral("'%1'").arg(declared.toString())
                                                           : declared.toString();
            if (info.value(2).toString() != expected)
                problems.append(QStringLiteral("%1.%2: DEFAULT %3 in the file, %4 in the registry")
                                    .arg(table, name, info.value(2).toString(), expected));
            const QString references = db.scalar(QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(?) "
                                                                 "WHERE \"from\" = ?"),
                                                 {table, name})
                                           .toString();
            if (column->references != references)
                problems.append(QStringLiteral("%1.%2: references \"%3\" in the file, \"%4\" in the registry")
                                    .arg(table, name, references, column->references));
        }
        for (const QString &name : spec->columnNames()) {
            if (!columns.contains(name))
                problems.append(QStringLiteral("%1.%2: in the registry, not in the file").arg(table, name));
        }
        if (problems.isEmpty() && columns != spec->columnNames())
            problems.append(QStringLiteral("table %1: the registry lists its columns in another order").arg(table));
    }
    for (const TableSpec &spec : SchemaRegistry::tables()) {
        if (!inFile.contains(spec.name))
            problems.append(QStringLiteral("table %1: in the registry, not in the file").arg(spec.name));
    }
    problems.sort();
    return problems;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

TEST_CASE("The registry names and classifies every column of every table of a new database", "[registry]")
{
    test::Fixture fixture;
    CHECK(mismatches(fixture.store().database()) == QStringList());
}

TEST_CASE("A column added without a class in the registry is caught", "[registry]")
{
    test::Fixture fixture;
    Database &db = fixture.store().database();
    db.execScript(QStringLiteral("ALTER TABLE client ADD COLUMN nickname TEXT; CREATE TABLE scratch (x)"));
    CHECK(mismatches(db)
          == QStringList{QStringLiteral("client.nickname: not classified in the registry"),
                         QStringLiteral("table scratch: not in the registry")});
}

TEST_CASE("Every synced table is keyed, and only the codelists by code", "[registry]")
{
    for (const TableSpec &spec : SchemaRegistry::tables()) {
        INFO(spec.name.toStdString());
        CHECK(spec.isSynced() == (spec.key != RowKeyKind::None));
        if (spec.isSynced()) {
            for (const char16_t *column : {u"hlc", u"replica", u"author", u"deleted"})
                CHECK(spec.column(QString::fromUtf16(column)) != nullptr);
        }
        CHECK((spec.key == RowKeyKind::Code || spec.key == RowKeyKind::AreaAndCode)
              == (spec.scope == TableScope::Codelist));
    }
    CHECK(SchemaRegistry::syncedTables().first() == u"area");
    CHECK(SchemaRegistry::isSynced(QStringLiteral("contact")));
    CHECK_FALSE(SchemaRegistry::isSynced(QStringLiteral("change")));
    CHECK_FALSE(SchemaRegistry::isSynced(QStringLiteral("contact_need")));
    CHECK_FALSE(SchemaRegistry::isSynced(QStringLiteral("no_such_table")));
}

TEST_CASE("An erasure wipes names, free text and quasi-identifiers, and statistics keep the quasi-identifiers",
          "[registry][gdpr]")
{
    CHECK(sorted(SchemaRegistry::wipedOnErasure(QStringLiteral("client")))
          == sorted({QStringLiteral("given_name"), QStringLiteral("family_name"), QStringLiteral("alias"),
                     QStringLiteral("birth_year"), QStringLiteral("gender"), QStringLiteral("household_id"),
                     QStringLiteral("phone"), QStringLiteral("consent_scope"), QStringLiteral("notes")}));
    CHECK(sorted(SchemaRegistry::withheldFromStatistics(QStringLiteral("client")))
          == sorted({QStringLiteral("given_name"), QStringLiteral("family_name"), QStringLiteral("alias"),
                     QStringLiteral("phone"), QStringLiteral("consent_scope"), QStringLiteral("notes")}));
    for (const auto &[table, column] : {std::pair{u"contact", u"note"}, std::pair{u"goal", u"text"},
                                        std::pair{u"step", u"text"}, std::pair{u"household", u"label"}}) {
        const QStringList expected = {QString::fromUtf16(column)};
        CHECK(SchemaRegistry::wipedOnErasure(QString::fromUtf16(table)) == expected);
        CHECK(SchemaRegistry::withheldFromStatistics(QString::fromUtf16(table)) == expected);
    }
    // The region's own records are the organisation's, not a client's.
    CHECK(SchemaRegistry::wipedOnErasure(QStringLiteral("worker")).isEmpty());
    CHECK(SchemaRegistry::wipedOnErasure(QStringLiteral("need")).isEmpty());

    // The one line where the two differ.
    const ColumnPolicy &quasi = SchemaRegistry::policy(ColumnClass::QuasiIdentifier);
    CHECK(quasi.wipedOnErasure);
    CHECK_FALSE(quasi.withheldFromStatistics);
    for (const ColumnClass kind : {ColumnClass::Identifying, ColumnClass::FreeText, ColumnClass::Statistical,
                                   ColumnClass::Technical})
        CHECK(SchemaRegistry::policy(kind).wipedOnErasure == SchemaRegistry::policy(kind).withheldFromStatistics);
}

TEST_CASE("A statistical snapshot keeps codes, dates, quasi-identifiers and links, and no name, text or stamp",
          "[registry][gdpr]")
{
    const auto tableOf = [](const QString &name) -> SnapshotTable {
        for (const SnapshotTable &table : StatisticalSnapshot::tables()) {
            if (table.name == name)
                return table;
        }
        return {};
    };
    const SnapshotTable client = tableOf(QStringLiteral("client"));
    CHECK(client.columns
          == QStringList({u"id"_s, u"birth_year"_s, u"gender"_s, u"locality_id"_s, u"household_id"_s, u"worker_id"_s,
                          u"consent_on"_s, u"merged_into"_s}));
    CHECK(client.pseudonymised
          == QStringList({u"id"_s, u"locality_id"_s, u"household_id"_s, u"worker_id"_s, u"merged_into"_s}));
    CHECK(tableOf(QStringLiteral("worker")).columns
          == QStringList({u"id"_s, u"provider_id"_s}));
    CHECK(tableOf(QStringLiteral("household")).columns == QStringList({u"id"_s}));
    CHECK(tableOf(QStringLiteral("goal")).columns
          == QStringList({u"id"_s, u"need_id"_s, u"horizon"_s, u"target_on"_s, u"status"_s, u"achieved_on"_s}));
    const SnapshotTable need = tableOf(QStringLiteral("need"));
    CHECK(need.pseudonymised == QStringList({u"id"_s, u"client_id"_s})); // area is a code, not a key
    CHECK(tableOf(QStringLiteral("area")).codelist);
    CHECK(tableOf(QStringLiteral("area")).columns.contains(u"deleted"_s)); // withdrawn codes still count
    for (const QString &left : {u"installation"_s, u"accepted_change"_s, u"clock_clamp"_s})
        CHECK(tableOf(left).name.isEmpty());
    for (const SnapshotTable &table : StatisticalSnapshot::tables()) {
        for (const QString &stamp : {u"hlc"_s, u"replica"_s, u"author"_s})
            CHECK_FALSE(table.columns.contains(stamp));
    }
}

TEST_CASE("Each table of a client's records leads to its client through its parents", "[registry]")
{
    const ClientPath step = ClientPath::of(QStringLiteral("step"));
    CHECK(step.from == u"step JOIN goal ON goal.id = step.goal_id JOIN need ON need.id = goal.need_id");
    CHECK(step.client == u"need.client_id");
    CHECK(step.chain == QStringList{QStringLiteral("step"), QStringLiteral("goal"), QStringLiteral("need")});
    CHECK(ClientPath::of(QStringLiteral("contact")).client == u"contact.client_id");
    CHECK(ClientPath::of(QStringLiteral("client")).client == u"client.id");
    // Children before parents, so deleting in this order never breaks a foreign key.
    const QStringList &tables = ClientPath::tables();
    CHECK(tables.indexOf(QStringLiteral("step")) < tables.indexOf(QStringLiteral("goal")));
    CHECK(tables.indexOf(QStringLiteral("goal")) < tables.indexOf(QStringLiteral("need")));
    CHECK(tables.last() == u"client");
    CHECK_FALSE(tables.contains(QStringLiteral("household")));
}
