#include "IntegrityReport.h"

#include "Database.h"

#include "domain/SchemaRegistry.h"

#include <QTextStream>

namespace teren {

IntegrityReport IntegrityReport::of(Database &db)
{
    IntegrityReport report;
    report.schemaVersion = db.scalar(QStringLiteral("PRAGMA user_version")).toInt();

    Query integrity = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    integrity.exec();
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != u"ok")
            report.integrityProblems.append(line);
    }
    Query foreignKeys = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    foreignKeys.exec();
    while (foreignKeys.next())
        report.foreignKeyProblems.append(tr("row %1 of %2 points to a missing row of %3")
                                             .arg(foreignKeys.value(1).toString(), foreignKeys.value(0).toString(),
                                                  foreignKeys.value(2).toString()));

    Query tables = db.prepare(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    tables.exec();
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : names) {
        const bool synced = SchemaRegistry::isSynced(table);
        TableCount count{table, 0, 0};
        if (synced) {
            Query q = db.prepare(
                QStringLiteral("SELECT count(*) FILTER (WHERE deleted = 0), count(*) FILTER (WHERE deleted <> 0) FROM %1")
                    .arg(table));
            q.exec();
            q.next();
            count.live = q.value(0).toLongLong();
            count.deleted = q.value(1).toLongLong();
        } else {
            count.live = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
        }
        report.counts.append(count);
    }
    return report;
}

QString IntegrityReport::toText() const
{
    QString text;
    QTextStream stream(&text);
    stream << tr("Schema version: %1").arg(schemaVersion) << '\n';
    stream << tr("Integrity: %1").arg(integrityProblems.isEmpty() ? tr("ok") : integrityProblems.join(u"; ")) << '\n';
    stream << tr("Foreign keys: %1").arg(foreignKeyProblems.isEmpty() ? tr("ok") : foreignKeyProblems.join(u"; "))
           << '\n';
    stream << tr("Rows (live / deleted):") << '\n';
    for (const TableCount &count : counts)
        stream << QStringLiteral("  %1 %2 / %3\n").arg(count.table, -22).arg(count.live, 9).arg(count.deleted);
    return text;
}

} // namespace teren
