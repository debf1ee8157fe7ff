#include "Salvage.h"

#include "Database.h"
#include "Schema.h"

#include "domain/Error.h"

#include <QFileInfo>
#include <QSet>
#include <QTextStream>

#include <sqlite3.h>

#include <memory>

namespace teren {

namespace {

using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

Statement prepare(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return {nullptr, &sqlite3_finalize};
    }
    return {statement, &sqlite3_finalize};
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

struct Columns
{
    QStringList names;
    QStringList key; // the primary key's columns, in key order
};

Columns columnsOf(sqlite3 *db, const QString &table)
{
    Columns columns;
    const Statement info = prepare(db, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)));
    if (!info)
        return columns;
    QMap<int, QString> key;
    while (sqlite3_step(info.get()) == SQLITE_ROW) {
        const QString name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info.get(), 1)));
        columns.names.append(name);
        if (const int position = sqlite3_column_int(info.get(), 5); position > 0)
            key.insert(position, name);
    }
    columns.key = key.values();
    return columns;
}

bool hasRowid(sqlite3 *db, const QString &table)
{
    return static_cast<bool>(prepare(db, QStringLiteral("SELECT rowid FROM %1 LIMIT 0").arg(quoted(table))));
}

// Reads rows in one direction until the end or the first error; each row read is
// inserted. Returns the error, empty when the whole table was read.
QString copyRows(sqlite3 *from, sqlite3_stmt *read, sqlite3_stmt *insert, int columns, qint64 &copied)
{
    for (;;) {
        const int rc = sqlite3_step(read);
        if (rc == SQLITE_DONE)
            return {};
        if (rc != SQLITE_ROW)
            return QString::fromUtf8(sqlite3_errmsg(from));
        for (int i = 0; i < columns; ++i)
            sqlite3_bind_value(insert, i + 1, sqlite3_column_value(read, i));
        const int written = sqlite3_step(insert);
        sqlite3_reset(insert);
        if (written != SQLITE_DONE)
            throw StorageError(Salvage::tr("Writing the salvaged rows failed (%1).")
                                   .arg(QString::fromUtf8(sqlite3_errstr(written))));
        if (sqlite3_changes(sqlite3_db_handle(insert)) > 0)
            ++copied;
    }
    return {};
}

} // namespace

qint64 SalvageReport::copied() const
{
    qint64 total = 0;
    for (const Table &table : tables)
        total += table.copied;
    return total;
}

bool SalvageReport::complete() const
{
    for (const Table &table : tables) {
        if (!table.complete)
            return false;
    }
    return true;
}

QString SalvageReport::toText() const
{
    QString text;
    QTextStream out(&text);
    for (const bool lossy : {true, false}) {
        for (const Table &table : tables) {
            if (table.complete == lossy)
                continue;
            if (lossy)
                out << tr("%1: %n row(s) copied; the rest could not be read (%2)", nullptr, int(table.copied))
                           .arg(table.name, table.problem)
                    << '\n';
            else
                out << tr("%1: all %n row(s) copied", nullptr, int(table.copied)).arg(table.name) << '\n';
        }
    }
    return text;
}

SalvageReport Salvage::into(const QString &damagedPath, const QString &newPath)
{
    if (QFileInfo::exists(newPath))
        throw StorageError(tr("The file %1 already exists; choose another name.").arg(newPath));
    Database source(damagedPath, Database::Access::ReadOnly);
    Database target(newPath);
    target.execScript(QStringLiteral("PRAGMA journal_mode = WAL"));
    Schema::migrate(target);
    sqlite3 *from = source.handle();
    sqlite3 *to = target.handle();

    QSet<QString> sourceTables;
    if (const Statement list = prepare(from, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"))) {
        while (sqlite3_step(list.get()) == SQLITE_ROW)
            sourceTables.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(list.get(), 0))));
    }
    QStringList targetTables;
    if (const Statement list = prepare(to, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                                          "name NOT LIKE 'sqlite_%' ORDER BY name"))) {
        while (sqlite3_step(list.get()) == SQLITE_ROW)
            targetTables.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(list.get(), 0))));
    }

    SalvageReport report;
    Transaction transaction(target);
    for (const QString &table : targetTables) {
        SalvageReport::Table result{table, 0, true, {}};
        if (!sourceTables.contains(table)) {
            // A table newer than the damaged file's schema stays empty; no list of
            // tables at all means the schema itself could not be read.
            if (sourceTables.isEmpty()) {
                result.complete = false;
                result.problem = tr("the list of tables could not be read");
            }
            report.tables.append(result);
            continue;
        }
        const Columns wanted = columnsOf(to, table);
        const Columns present = columnsOf(from, table);
        QStringList common;
        for (const QString &column : wanted.names) {
            if (present.names.contains(column))
                common.append(column);
        }
        QStringList quotedColumns;
        for (const QString &column : common)
            quotedColumns.append(quoted(column));
        const QString list = quotedColumns.join(QStringLiteral(", "));
        const Statement insert =
            prepare(to, QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                            .arg(quoted(table), list, QStringList(common.size(), QStringLiteral("?")).join(u',')));
        const Statement forward = prepare(from, QStringLiteral("SELECT %1 FROM %2").arg(list, quoted(table)));
        if (!insert || !forward || common.isEmpty()) {
            result.complete = false;
            result.problem = QString::fromUtf8(sqlite3_errmsg(from));
            report.tables.append(result);
            continue;
        }
        const QString problem = copyRows(from, forward.get(), insert.get(), int(common.size()), result.copied);
        if (!problem.isEmpty()) {
            result.complete = false;
            result.problem = problem;
            // From the other end back to the damage.
            QStringList order;
            if (hasRowid(from, table)) {
                order.append(QStringLiteral("rowid DESC"));
            } else {
                for (const QString &column : present.key)
                    order.append(quoted(column) + QStringLiteral(" DESC"));
            }
            if (!order.isEmpty()) {
                const Statement backward = prepare(
                    from, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(list, quoted(table), order.join(u',')));
                if (backward)
                    copyRows(from, backward.get(), insert.get(), int(common.size()), result.copied);
            }
        }
        report.tables.append(result);
    }
    transaction.commit();
    return report;
}

} // namespace teren
