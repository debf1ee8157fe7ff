#pragma once

// The baseline the sync benchmarks compare with: the entity rows of a database
// inserted into another with the same schema, one prepared INSERT per table on the
// native handle, all in one transaction, foreign keys off. Only the inserts and the
// commit are timed: each table's rows are read into memory first.
#include "BenchEncryption.h"
#include "storage/Database.h"
#include "storage/NativeStatement.h"

#include <QElapsedTimer>
#include <QPair>
#include <QStringList>

namespace teren::bench {

inline double seconds(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

// What a baseline inserts: the entity rows (what the import is compared with), or
// those and the change-log rows, which is everything an import writes: the floor of
// a merge that keeps the history it merges from.
enum class PlainRows { Entities, EntitiesAndChangeLog };

// Appends the rows of `source` to `to`; returns how many rows and the seconds.
inline QPair<qint64, double> plainInserts(const QString &source, Database &to, PlainRows what = PlainRows::Entities)
{
    const UnlockedFile unlockedSource(source);
    Database from(source);
    to.execScript(QStringLiteral("PRAGMA foreign_keys = OFF"));
    QStringList tables = {QStringLiteral("region"),  QStringLiteral("locality"), QStringLiteral("provider"),
                          QStringLiteral("worker"),  QStringLiteral("household"), QStringLiteral("client"),
                          QStringLiteral("cooperation"), QStringLiteral("need"), QStringLiteral("goal"),
                          QStringLiteral("step"),    QStringLiteral("contact"),
                          QStringLiteral("contact_intervention"), QStringLiteral("contact_need")};
    if (what == PlainRows::EntitiesAndChangeLog)
        tables.append(QStringLiteral("change"));
    qint64 rows = 0;
    double elapsed = 0;
    Transaction transaction(to);
    for (const QString &table : tables) {
        Query read = from.prepare(QStringLiteral("SELECT * FROM %1").arg(table));
        read.exec();
        const int columns = read.columnCount();
        QList<QVariantList> values;
        while (read.next()) {
            QVariantList row;
            for (int i = 0; i < columns; ++i)
                row.append(read.value(i));
            values.append(row);
        }
        const QStringList marks(columns, QStringLiteral("?"));
        // OR IGNORE: the shared rows (the region, say) are in every worker's file.
        NativeStatement &insert = to.native(
            QStringLiteral("INSERT OR IGNORE INTO %1 VALUES (%2)").arg(table, marks.join(QStringLiteral(", "))));
        QElapsedTimer timer;
        timer.start();
        for (const QVariantList &row : std::as_const(values))
            insert.run(row);
        elapsed += seconds(timer);
        rows += values.size();
    }
    QElapsedTimer timer;
    timer.start();
    transaction.commit();
    return {rows, elapsed + seconds(timer)};
}

} // namespace teren::bench
