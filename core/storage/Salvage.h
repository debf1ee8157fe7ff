#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace teren {

// What a salvage copied, table by table.
struct SalvageReport
{
    Q_DECLARE_TR_FUNCTIONS(SalvageReport)

public:
    struct Table
    {
        QString name;
        qint64 copied = 0;
        bool complete = true;  // every row read
        QString problem;       // what stopped the reading, when not complete
    };
    QList<Table> tables;

    qint64 copied() const;
    bool complete() const;
    // One line per table, translated; the tables with losses first.
    QString toText() const;
};

// Copies the rows that still read from a damaged database into a new file with the
// current schema, as the sqlite3 shell's `.recover` does for what SQLite can still
// reach: each table is read from its start until the first damaged page, and then
// from its end back to the damage, so one damaged page costs only the rows on it.
// The damaged file is opened read-only and never written. An encrypted damaged file
// must be unlocked (EncryptedVfs) under its key, and the new one under the key it is
// to have, before the call.
class Salvage
{
    Q_DECLARE_TR_FUNCTIONS(Salvage)

public:
    static SalvageReport into(const QString &damagedPath, const QString &newPath);
};

} // namespace teren
