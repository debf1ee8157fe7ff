#include "SqlDump.h"

#include "Database.h"

#include "domain/Error.h"

#include <QStringList>

#include <sqlite3.h>

#include <memory>

namespace teren {

namespace {

using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

Statement prepare(Database &db, const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v2(db.handle(), sql.toUtf8().constData(), -1, &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        db.fail(QStringLiteral("SqlDump"), rc, QString::fromUtf8(sqlite3_errmsg(db.handle())));
    }
    return Statement(statement, &sqlite3_finalize);
}

// Steps once; false when done. Failures become the connection's StorageError.
bool step(Database &db, sqlite3_stmt *statement)
{
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    db.fail(QStringLiteral("SqlDump"), rc, QString::fromUtf8(sqlite3_errmsg(db.handle())));
}

QString quotedText(const QString &text, QChar quote)
{
    QString doubled = text;
    doubled.replace(quote, QString(2, quote));
    return quote + doubled + quote;
}

QString columnLiteral(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL:
        return QStringLiteral("NULL");
    case SQLITE_INTEGER:
        return QString::number(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
        return QString::number(sqlite3_column_double(statement, column), 'g', 17);
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(statement, column));
        const QByteArray bytes(data, sqlite3_column_bytes(statement, column));
        return QStringLiteral("X'%1'").arg(QString::fromLatin1(bytes.toHex()));
    }
    default:
        return quotedText(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                            sqlite3_column_bytes(statement, column)),
                          QLatin1Char('\''));
    }
}

QString csvField(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL:
        return QString();
    case SQLITE_BLOB:
        return columnLiteral(statement, column);
    default: {
        const QString text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                               sqlite3_column_bytes(statement, column));
        const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
            || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
        return needsQuotes ? quotedText(text, QLatin1Char('"')) : text;
    }
    }
}

QString identifier(const QString &name)
{
    return quotedText(name, QLatin1Char('"'));
}

} // namespace

QString SqlDump::sqlLiteral(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QStringLiteral("X'%1'").arg(QString::fromLatin1(value.toByteArray().toHex()));
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 17);
    default:
        return quotedText(value.toString(), QLatin1Char('\''));
    }
}

void SqlDump::writeDump(Database &db, const Sink &sink)
{
    // One read transaction: the dump is a snapshot even while another connection writes.
    db.execScript(QStringLiteral("BEGIN"));
    try {
        sink(QStringLiteral("PRAGMA foreign_keys=OFF;"));
        sink(QStringLiteral("BEGIN TRANSACTION;"));
        {
            Statement version = prepare(db, QStringLiteral("PRAGMA user_version"));
            if (step(db, version.get()))
                sink(QStringLiteral("PRAGMA user_version=%1;").arg(sqlite3_column_int64(version.get(), 0)));
        }
        Statement tables = prepare(db, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND "
                                                      "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
        while (step(db, tables.get())) {
            const QString name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(tables.get(), 0)));
            const QString create = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(tables.get(), 1)));
            sink(create + QLatin1Char(';'));
            Statement columns = prepare(db, QStringLiteral("SELECT count(*) FROM pragma_table_info(%1)")
                                                .arg(quotedText(name, QLatin1Char('\''))));
            step(db, columns.get());
            const int count = sqlite3_column_int(columns.get(), 0);
            QStringList order;
            for (int i = 1; i <= count; ++i)
                order.append(QString::number(i));
            Statement rows = prepare(db, QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                                             .arg(identifier(name), order.join(QStringLiteral(", "))));
            while (step(db, rows.get())) {
                QStringList values;
                for (int i = 0; i < count; ++i)
                    values.append(columnLiteral(rows.get(), i));
                sink(QStringLiteral("INSERT INTO %1 VALUES(%2);").arg(identifier(name), values.join(QLatin1Char(','))));
            }
        }
        Statement others = prepare(db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type IN ('index', "
                                                      "'trigger', 'view') AND sql IS NOT NULL ORDER BY type, name"));
        while (step(db, others.get()))
            sink(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(others.get(), 0)))
                 + QLatin1Char(';'));
        sink(QStringLiteral("COMMIT;"));
    } catch (...) {
        db.execScript(QStringLiteral("ROLLBACK"));
        throw;
    }
    db.execScript(QStringLiteral("COMMIT"));
}

QString SqlDump::dump(Database &db)
{
    QString text;
    writeDump(db, [&text](const QString &line) { text += line + QLatin1Char('\n'); });
    return text;
}

void SqlDump::query(Database &db, const QString &sql, const Sink &sink)
{
    sqlite3_stmt *raw = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v2(db.handle(), utf8.constData(), -1, &raw, &tail);
    Statement statement(raw, &sqlite3_finalize);
    if (rc != SQLITE_OK)
        throw ValidationError(tr("The query is not valid SQL: %1").arg(QString::fromUtf8(sqlite3_errmsg(db.handle()))),
                              QStringLiteral("query"));
    if (!statement)
        throw ValidationError(tr("The query is empty."), QStringLiteral("query"));
    if (tail && QByteArray(tail).trimmed().size() > 0)
        throw ValidationError(tr("Give one statement at a time."), QStringLiteral("query"));
    if (!sqlite3_stmt_readonly(statement.get()))
        throw ValidationError(tr("Only queries that change nothing can be run here; changes go through Terén, so "
                                 "they are recorded and synced."),
                              QStringLiteral("query"));
    // Belt and braces: the connection itself refuses writes while the query runs.
    db.execScript(QStringLiteral("PRAGMA query_only = ON"));
    struct WritableAgain
    {
        Database &db;
        ~WritableAgain() { sqlite3_exec(db.handle(), "PRAGMA query_only = OFF", nullptr, nullptr, nullptr); }
    } writableAgain{db};
    const int columns = sqlite3_column_count(statement.get());
    QStringList header;
    for (int i = 0; i < columns; ++i)
        header.append(QString::fromUtf8(sqlite3_column_name(statement.get(), i)));
    sink(header.join(QLatin1Char(',')));
    while (step(db, statement.get())) {
        QStringList fields;
        for (int i = 0; i < columns; ++i)
            fields.append(csvField(statement.get(), i));
        sink(fields.join(QLatin1Char(',')));
    }
}

} // namespace teren
