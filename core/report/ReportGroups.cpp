// Group work and anonymous contacts in the period: records of no single client, so
// they are filtered by their own locality and worker, and counted apart from the
// named clients.
#include "ReportSteps.h"

#include "domain/Codes.h"

#include <QHash>

namespace teren::report {

namespace {

// The records of the filtered workers and locality, `alias` naming the table.
QString filteredRecords(const ReportFilter &filter, const QString &alias)
{
    QString where = alias + QStringLiteral(".deleted = 0");
    if (!filter.localityId.isNull())
        where += QStringLiteral(" AND %1.locality_id = :locality").arg(alias);
    if (!filter.workerId.isNull())
        where += QStringLiteral(" AND %1.worker_id = :worker").arg(alias);
    if (!filter.providerId.isNull())
        where += QStringLiteral(" AND %1.worker_id IN (SELECT id FROM worker WHERE provider_id = :provider "
                                "AND deleted = 0)")
                     .arg(alias);
    return where;
}

} // namespace

GroupFigures readGroups(Sql &sql, const ReportFilter &filter)
{
    GroupFigures figures;
    QHash<QString, QPair<qint64, qint64>> byKind;
    QStringList kinds = Codes::groupActivityKinds();
    Query activities = sql.run(QStringLiteral("SELECT a.kind, count(*), coalesce(sum(a.participants), 0) "
                                              "FROM group_activity a WHERE %1 "
                                              "AND a.held_on BETWEEN :period_from AND :period_to GROUP BY a.kind")
                                   .arg(filteredRecords(filter, QStringLiteral("a"))));
    while (activities.next()) {
        const QString kind = activities.value(0).toString();
        byKind.insert(kind, {activities.value(1).toLongLong(), activities.value(2).toLongLong()});
        if (!kinds.contains(kind))
            kinds.append(kind); // a code this version does not know still counts
    }
    for (const QString &kind : std::as_const(kinds))
        figures.activities.append({kind, byKind.value(kind).first, byKind.value(kind).second});

    Query anonymous = sql.run(QStringLiteral("SELECT count(*), coalesce(sum(c.persons), 0) FROM anonymous_contact c "
                                             "WHERE %1 AND c.contact_on BETWEEN :period_from AND :period_to")
                                  .arg(filteredRecords(filter, QStringLiteral("c"))));
    anonymous.next();
    figures.anonymousContacts = anonymous.value(0).toLongLong();
    figures.anonymousPersons = anonymous.value(1).toLongLong();
    return figures;
}

} // namespace teren::report
