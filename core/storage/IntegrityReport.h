#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace teren {

class Database;

// What `teren-cli check` reports: SQLite's integrity and foreign-key checks, the
// schema version and the rows of each table (live and tombstoned).
struct IntegrityReport
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityReport)

public:
    struct TableCount
    {
        QString table;
        qint64 live = 0;
        qint64 deleted = 0;
    };

    int schemaVersion = 0;
    QStringList integrityProblems;
    QStringList foreignKeyProblems;
    QList<TableCount> counts;

    bool ok() const { return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty(); }
    static IntegrityReport of(Database &db);
    QString toText() const;
};

} // namespace teren
