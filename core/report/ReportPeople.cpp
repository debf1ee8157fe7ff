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

bool anyMergedClients(Sql &sql)
{
    return sql.database()
        .scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM client WHERE merged_into IS NOT NULL)"))
        .toBool();
}

QString personSupported(const QString &alias, const QString &from, const QString &to, bool anyMerged)
{
    // A record merged into another (Duplicates) is the same person as the one
    // kept: supported when any of the person's records cooperates. Three lookups
    // rather than one IN over the person's records, so the usual client without
    // duplicates costs one index probe.
    const QString overlaps =
        QStringLiteral("k.deleted = 0 AND k.start_on <= %1 AND (k.end_on IS NULL OR k.end_on >= %2)").arg(to, from);
    if (!anyMerged)
        return QStringLiteral("EXISTS (SELECT 1 FROM cooperation k WHERE k.client_id = %1.id AND %2)").arg(alias, overlaps);
    return QStringLiteral("(EXISTS (SELECT 1 FROM cooperation k WHERE k.client_id = %1.id AND %2) "
                          "OR (%1.merged_into IS NOT NULL AND EXISTS (SELECT 1 FROM cooperation k "
                          "    WHERE k.client_id = %1.merged_into AND %2)) "
                          "OR EXISTS (SELECT 1 FROM client m CROSS JOIN cooperation k ON k.client_id = m.id "
                          "    WHERE m.merged_into = coalesce(%1.merged_into, %1.id) AND %2))")
        .arg(alias, overlaps);
}

QString personKey(const QString &alias, bool anyMerged)
{
    if (!anyMerged)
        return alias + QStringLiteral(".rowid");
    return QStringLiteral("CASE WHEN %1.merged_into IS NULL THEN %1.rowid "
                          "ELSE coalesce((SELECT m.rowid FROM client m WHERE m.id = %1.merged_into), %1.rowid) END")
        .arg(alias);
}

namespace {

// An SQL expression: `column` of the person's record (the record kept, when `alias`
// was merged into another), so every record of a person has the same value.
QString personColumn(const QString &alias, const QString &column, bool anyMerged)
{
    if (!anyMerged)
        return alias + QLatin1Char('.') + column;
    return QStringLiteral("CASE WHEN %1.merged_into IS NULL THEN %1.%2 ELSE coalesce((SELECT m.%2 FROM client m "
                          "WHERE m.id = %1.merged_into), %1.%2) END")
        .arg(alias, column);
}

} // namespace

void selectClients(Sql &sql, const ReportFilter &filter)
{
    // The birth year, gender and household are read here from the row the pass reads
    // anyway, and the start of a cooperation in the period from the same covering
    // index as `supported`, so the figures about the persons need no pass of their own.
    const bool anyMerged = anyMergedClients(sql);
    const QString c = QStringLiteral("c");
    sql.exec(QStringLiteral("INSERT INTO report_client (id, person, locality, provider, supported, born, gender, "
                            "    household, entered) "
                            "SELECT c.id, %1, coalesce(l.rowid, 0), coalesce(p.rowid, 0), %2, %4, %5, %6, "
                            "    (SELECT min(k.start_on) FROM cooperation k WHERE k.client_id = c.id AND k.deleted = 0 "
                            "     AND k.start_on BETWEEN :period_from AND :period_to) "
                            "FROM client c LEFT JOIN locality l ON l.id = c.locality_id AND l.deleted = 0 "
                            "LEFT JOIN worker w ON w.id = c.worker_id AND w.deleted = 0 "
                            "LEFT JOIN provider p ON p.id = w.provider_id AND p.deleted = 0 "
                            "WHERE %3")
                 .arg(personKey(c, anyMerged),
                      personSupported(c, QStringLiteral(":period_from"), QStringLiteral(":period_to"), anyMerged),
                      filteredClients(filter, c), personColumn(c, QStringLiteral("birth_year"), anyMerged),
                      personColumn(c, QStringLiteral("gender"), anyMerged),
                      personColumn(c, QStringLiteral("household_id"), anyMerged)));
}

void selectNeeds(Sql &sql)
{
    // Resolved: status resolved and closed by the end of the period; days only for
    // those (time to resolve is over the resolved needs).
    sql.exec(QStringLiteral(
        "INSERT INTO report_need (person, locality, provider, area, intensity, resolved, outcome, days) "
        "SELECT person, locality, provider, area, intensity, resolved, CASE WHEN resolved THEN outcome END, "
        "    CASE WHEN resolved THEN julianday(closed_on) - julianday(identified_on) END "
        "FROM (SELECT rc.person, rc.locality, rc.provider, n.area, n.intensity, n.outcome, n.closed_on, "
        "          n.identified_on, "
        "          n.status = 'resolved' AND n.closed_on IS NOT NULL AND n.closed_on <= :period_to AS resolved "
        "      FROM (%1) rc CROSS JOIN need n ON n.client_id = rc.id "
        "      WHERE n.deleted = 0 AND n.identified_on BETWEEN :period_from AND :period_to)")
                 .arg(supportedClientsSql()));
    // "WHERE true": without it SQLite would read ON CONFLICT as a join constraint.
    sql.exec(QStringLiteral("INSERT INTO report_resolved (area, days, n) "
                            "SELECT area, CAST(round(days) AS INTEGER), 1 FROM report_need WHERE resolved AND true "
                            "ON CONFLICT DO UPDATE SET n = n + 1"));
    sql.exec(QStringLiteral("INSERT OR IGNORE INTO report_person (locality, person) SELECT locality, person FROM (%1)")
                 .arg(supportedClientsSql()));
    sql.exec(QStringLiteral("INSERT INTO report_need_cell (locality, area, intensity, provider, identified, resolved) "
                            "SELECT locality, area, intensity, provider, 1, resolved FROM report_need WHERE true "
                            "ON CONFLICT DO UPDATE SET identified = identified + 1, "
                            "    resolved = resolved + excluded.resolved"));
}

void readHeadline(Sql &sql, Report &report)
{
    // A person whose merged records lie in two localities is one person, in both.
    Query query = sql.run(QStringLiteral(
        "SELECT (SELECT count(DISTINCT person) FROM report_person), "
        "    (SELECT count(DISTINCT locality) FROM report_person WHERE locality <> 0), "
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
    // shape), then any other area a need still has.
    Query query = sql.run(QStringLiteral(
        "WITH f AS (SELECT area, sum(identified) AS identified, sum(resolved) AS resolved FROM report_need_cell "
        "           GROUP BY area), "
        "r AS (SELECT area, 1.0 * sum(days * n) / sum(n) AS mean FROM report_resolved GROUP BY area), "
        "m AS (%1), "
        "t AS (SELECT coalesce(sum(resolved), 0) AS resolved FROM report_need_cell), "
        "a AS (SELECT code, sort FROM area WHERE deleted = 0 "
        "      UNION ALL SELECT area, NULL FROM f WHERE area NOT IN (SELECT code FROM area WHERE deleted = 0)) "
        "SELECT a.code, coalesce(f.identified, 0), coalesce(f.resolved, 0), "
        "    coalesce(1.0 * f.resolved / nullif(f.identified, 0), 0), "
        "    coalesce(1.0 * f.resolved / nullif(t.resolved, 0), 0), r.mean, m.median "
        "FROM a CROSS JOIN t LEFT JOIN f ON f.area = a.code LEFT JOIN r ON r.area = a.code "
        "LEFT JOIN m ON m.grp = a.code "
        "ORDER BY a.sort IS NULL, a.sort, a.code")
                              .arg(medianSql(QStringLiteral("report_resolved"), QStringLiteral("area"))));
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
        "    (SELECT area, outcome, count(DISTINCT person) AS persons FROM report_need WHERE resolved "
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
        "WITH p AS (SELECT locality, count(*) AS persons FROM report_person GROUP BY locality), "
        "q AS (SELECT locality, sum(identified) AS identified, sum(resolved) AS resolved "
        "      FROM report_need_cell GROUP BY locality) "
        "SELECT l.id, l.code, l.name, p.persons, coalesce(q.identified, 0), coalesce(q.resolved, 0), "
        "    coalesce(1.0 * q.resolved / nullif(q.identified, 0), 0) "
        "FROM p LEFT JOIN q ON q.locality = p.locality LEFT JOIN locality l ON l.rowid = p.locality "
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
