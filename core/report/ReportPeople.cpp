// The persons supported and their needs: headline figures, areas, outcomes, time
// to resolve and localities.
#include "ReportSteps.h"

#include "domain/Values.h"

namespace teren::report {

QString filteredClients(const ReportFilter &filter, const QString &alias)
{
    // Only the filters given become conditions, so the planner can use the index
    // of the one that narrows (client_locality, client_worker).
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

void selectClients(Sql &sql, const ReportFilter &filter)
{
    sql.exec(QStringLiteral(
                 "INSERT INTO report_client (id, person_id, locality_id, supported) "
                 // A record merged into another (Duplicates) is the same person as the
                 // one kept: supported when any of the person's records cooperates.
                 // Three lookups rather than one IN over the person's records, so the
                 // usual client without duplicates costs one index probe as before.
                 "SELECT c.id, coalesce(c.merged_into, c.id), l.id, "
                 "    EXISTS (SELECT 1 FROM cooperation k WHERE k.client_id = c.id AND k.deleted = 0 "
                 "        AND k.start_on <= :period_to AND (k.end_on IS NULL OR k.end_on >= :period_from)) "
                 "    OR (c.merged_into IS NOT NULL AND EXISTS (SELECT 1 FROM cooperation k "
                 "        WHERE k.client_id = c.merged_into AND k.deleted = 0 "
                 "        AND k.start_on <= :period_to AND (k.end_on IS NULL OR k.end_on >= :period_from))) "
                 "    OR EXISTS (SELECT 1 FROM client m CROSS JOIN cooperation k ON k.client_id = m.id "
                 "        WHERE m.merged_into = coalesce(c.merged_into, c.id) AND k.deleted = 0 "
                 "        AND k.start_on <= :period_to AND (k.end_on IS NULL OR k.end_on >= :period_from)) "
                 "FROM client c LEFT JOIN locality l ON l.id = c.locality_id AND l.deleted = 0 "
                 "WHERE ")
             + filteredClients(filter, QStringLiteral("c")));
}

void selectNeeds(Sql &sql)
{
    // Resolved: status resolved and closed by the end of the period; days only for
    // those (time to resolve is over the resolved needs).
    sql.exec(QStringLiteral(
        "INSERT INTO report_need (client_id, locality_id, area, resolved, outcome, days) "
        "SELECT client_id, locality_id, area, resolved, CASE WHEN resolved THEN outcome END, "
        "    CASE WHEN resolved THEN julianday(closed_on) - julianday(identified_on) END "
        "FROM (SELECT rc.person_id AS client_id, rc.locality_id, n.area, n.outcome, n.closed_on, n.identified_on, "
        "          n.status = 'resolved' AND n.closed_on IS NOT NULL AND n.closed_on <= :period_to AS resolved "
        "      FROM report_client rc CROSS JOIN need n ON n.client_id = rc.id "
        "      WHERE rc.supported AND n.deleted = 0 AND n.identified_on BETWEEN :period_from AND :period_to)"));
    sql.exec(QStringLiteral("INSERT INTO report_resolved (area, days) "
                            "SELECT area, days FROM report_need WHERE resolved ORDER BY area, days"));
    // The large tables are grouped once, into cells that every per-area and
    // per-locality figure then sums.
    sql.exec(QStringLiteral("INSERT INTO report_person_cell (locality_id, persons) "
                            "SELECT locality_id, count(DISTINCT person_id) FROM report_client WHERE supported "
                            "GROUP BY locality_id"));
    sql.exec(QStringLiteral("INSERT INTO report_need_cell (locality_id, area, identified, resolved) "
                            "SELECT locality_id, area, count(*), sum(resolved) FROM report_need "
                            "GROUP BY locality_id, area"));
}

void readHeadline(Sql &sql, Report &report)
{
    Query query = sql.run(QStringLiteral(
        "SELECT (SELECT coalesce(sum(persons), 0) FROM report_person_cell), "
        "    (SELECT count(locality_id) FROM report_person_cell), "
        "    coalesce(sum(identified), 0), coalesce(sum(resolved), 0), "
        "    coalesce(1.0 * sum(resolved) / nullif(sum(identified), 0), 0) "
        "FROM report_need_cell"));
    query.next();
    report.personsSupported = query.value(0).toInt();
    report.localities = query.value(1).toInt();
    report.needsIdentified = query.value(2).toInt();
    report.needsResolved = query.value(3).toInt();
    report.resolvedRate = query.value(4).toDouble();
}

void readAreas(Sql &sql, Report &report)
{
    // Every live area in codelist order (zeros included, so charts keep their
    // shape), then any other area a need still has. Time to resolve: the mean,
    // and the median from the one or two middle rows of the area's run of
    // resolved needs, which report_resolved holds in order of days.
    Query query = sql.run(QStringLiteral(
        "WITH f AS (SELECT area, sum(identified) AS identified, sum(resolved) AS resolved FROM report_need_cell "
        "           GROUP BY area), "
        "r AS (SELECT area, count(*) AS n, avg(days) AS mean, min(i) AS lo FROM report_resolved GROUP BY area), "
        "t AS (SELECT coalesce(sum(resolved), 0) AS resolved FROM report_need_cell), "
        "a AS (SELECT code, sort FROM area WHERE deleted = 0 "
        "      UNION ALL SELECT area, NULL FROM f WHERE area NOT IN (SELECT code FROM area WHERE deleted = 0)) "
        "SELECT a.code, coalesce(f.identified, 0), coalesce(f.resolved, 0), "
        "    coalesce(1.0 * f.resolved / nullif(f.identified, 0), 0), "
        "    coalesce(1.0 * f.resolved / nullif(t.resolved, 0), 0), "
        "    r.mean, (SELECT avg(days) FROM report_resolved WHERE i IN (r.lo + (r.n - 1) / 2, r.lo + r.n / 2)) "
        "FROM a CROSS JOIN t LEFT JOIN f ON f.area = a.code LEFT JOIN r ON r.area = a.code "
        "ORDER BY a.sort IS NULL, a.sort, a.code"));
    while (query.next()) {
        AreaFigures area;
        area.area = query.value(0).toString();
        area.identified = query.value(1).toInt();
        area.resolved = query.value(2).toInt();
        area.resolvedRate = query.value(3).toDouble();
        area.shareOfResolved = query.value(4).toDouble();
        report.byArea.append(area);
        ResolveTimeFigures time;
        time.area = area.area;
        time.resolved = area.resolved;
        time.meanDays = optionalDouble(query.value(5));
        time.medianDays = optionalDouble(query.value(6));
        report.timeToResolve.append(time);
    }
}

void readOutcomes(Sql &sql, Report &report)
{
    Query query = sql.run(QStringLiteral(
        "SELECT g.area, g.outcome, g.persons FROM "
        "    (SELECT area, outcome, count(DISTINCT client_id) AS persons FROM report_need WHERE resolved "
        "     GROUP BY area, outcome) g "
        "LEFT JOIN area a ON a.code = g.area LEFT JOIN outcome o ON o.area = g.area AND o.code = g.outcome "
        "ORDER BY a.sort IS NULL, a.sort, g.area, o.sort IS NULL, o.sort, g.outcome"));
    while (query.next())
        report.outcomes.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
}

void readLocalities(Sql &sql, Report &report)
{
    // Needs exist only for persons supported, so every locality with needs is
    // among those with persons.
    Query query = sql.run(QStringLiteral(
        "WITH q AS (SELECT locality_id, sum(identified) AS identified, sum(resolved) AS resolved "
        "           FROM report_need_cell GROUP BY locality_id) "
        "SELECT p.locality_id, l.code, l.name, p.persons, coalesce(q.identified, 0), coalesce(q.resolved, 0), "
        "    coalesce(1.0 * q.resolved / nullif(q.identified, 0), 0) "
        "FROM report_person_cell p LEFT JOIN q ON q.locality_id IS p.locality_id "
        "LEFT JOIN locality l ON l.id = p.locality_id "
        "ORDER BY l.name IS NULL, l.name, l.code"));
    while (query.next()) {
        LocalityFigures locality;
        locality.localityId = db::toId(query.value(0));
        locality.code = query.value(1).toString();
        locality.name = query.value(2).toString();
        locality.persons = query.value(3).toInt();
        locality.needsIdentified = query.value(4).toInt();
        locality.needsResolved = query.value(5).toInt();
        locality.resolvedRate = query.value(6).toDouble();
        report.byLocality.append(locality);
    }
}

} // namespace teren::report
