#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace teren {

class Database;

// What the sqlite3 shell offers for a plain file, for any file Terén can open,
// encrypted or not: a canonical SQL dump and read-only queries.
class SqlDump
{
    Q_DECLARE_TR_FUNCTIONS(SqlDump)

public:
    using Sink = std::function<void(const QString &line)>;

    // The schema and every row as SQL statements, one per line. Canonical: two files
    // holding the same data give the same dump, whatever their page layout or the
    // order the rows were written in (tables by name, rows by all their columns).
    static void writeDump(Database &db, const Sink &sink);
    static QString dump(Database &db);

    // Runs one statement that changes nothing (refused otherwise, with a translated
    // message) and hands over a header line and one line per row, as CSV.
    static void query(Database &db, const QString &sql, const Sink &sink);

    // A value as an SQL literal, and as a CSV field.
    static QString sqlLiteral(const QVariant &value);
};

} // namespace teren
