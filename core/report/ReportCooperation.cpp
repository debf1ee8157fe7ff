// Cooperation length: the cooperations of the filtered clients that ended within
// the period.
#include "ReportSteps.h"

namespace teren::report {

namespace {

// Per length in days and whole months and end reason ('' for none), the
// cooperations that ended; with_resolved: how many of them had a need resolved.
const char *const createCooperationTable = R"SQL(
CREATE TEMP TABLE report_cooperation (
    days INTEGER NOT NULL, months INTEGER NOT NULL, end_reason TEXT NOT NULL, n INTEGER NOT NULL,
    with_resolved INTEGER NOT NULL, PRIMARY KEY (days, months, end_reason)) WITHOUT ROWID;
)SQL";

} // namespace

QString wholeMonthsSql(const QString &alias)
{
    return QStringLiteral("(CAST(substr(%1.end_on, 1, 4) AS INTEGER) - CAST(substr(%1.start_on, 1, 4) AS INTEGER)) * 12 "
                          "+ CAST(substr(%1.end_on, 6, 2) AS INTEGER) - CAST(substr(%1.start_on, 6, 2) AS INTEGER) "
                          "- (substr(%1.end_on, 9, 2) < substr(%1.start_on, 9, 2))")
        .arg(alias);
}

namespace {

void selectCooperations(Sql &sql)
{
    // days = end − start. months = whole calendar months: a month is complete on
    // the same day of the month it started (15 March to 14 April is 0, to 15 April
    // is 1; a start on the 31st completes a month only on a 31st). with_resolved:
    // the client had a need resolved between the start and the end.
    sql.exec(QStringLiteral(
        "INSERT INTO report_cooperation (days, months, end_reason, n, with_resolved) "
        "SELECT CAST(round(julianday(k.end_on) - julianday(k.start_on)) AS INTEGER), %1, "
        "    coalesce(k.end_reason, ''), 1, "
        "    EXISTS (SELECT 1 FROM need n WHERE n.client_id = k.client_id AND n.deleted = 0 "
        "        AND n.status = 'resolved' AND n.closed_on BETWEEN k.start_on AND k.end_on) "
        "FROM report_activity_client rc CROSS JOIN cooperation k ON k.client_id = rc.id "
        "WHERE k.deleted = 0 AND k.end_on BETWEEN :period_from AND :period_to "
        "ON CONFLICT DO UPDATE SET n = n + 1, with_resolved = with_resolved + excluded.with_resolved")
                 .arg(wholeMonthsSql(QStringLiteral("k"))));
}

CooperationFigures readFigures(Sql &sql)
{
    CooperationFigures figures;
    Query query = sql.run(QStringLiteral(
        "WITH s AS (SELECT sum(n) AS n, min(days) AS lo, max(days) AS hi, "
        "           1.0 * sum(n) FILTER (WHERE days <= 365) / sum(n) AS share, "
        "           1.0 * sum(days * with_resolved) / nullif(sum(with_resolved), 0) AS with_resolved "
        "           FROM report_cooperation) "
        "SELECT coalesce(n, 0), lo, (SELECT median FROM (%1)), hi, coalesce(share, 0), with_resolved FROM s")
                              .arg(medianSql(QStringLiteral("report_cooperation"), QString())));
    query.next();
    figures.ended = query.value(0).toInt();
    figures.minDays = optionalDouble(query.value(1));
    figures.medianDays = optionalDouble(query.value(2));
    figures.maxDays = optionalDouble(query.value(3));
    figures.endedWithin365Share = query.value(4).toDouble();
    figures.meanDaysWithResolvedNeed = optionalDouble(query.value(5));

    // Every month from 0 to the longest, empty ones included.
    Query histogram = sql.run(QStringLiteral(
        "WITH RECURSIVE m(x) AS (SELECT 0 WHERE EXISTS (SELECT 1 FROM report_cooperation) "
        "    UNION ALL SELECT x + 1 FROM m WHERE x < (SELECT max(months) FROM report_cooperation)), "
        "h AS (SELECT months, sum(n) AS n FROM report_cooperation GROUP BY months) "
        "SELECT coalesce(h.n, 0) FROM m LEFT JOIN h ON h.months = m.x ORDER BY m.x"));
    while (histogram.next())
        figures.histogramMonths.append(histogram.value(0).toInt());
    histogram.finish();
    Query reasons = sql.run(QStringLiteral("SELECT end_reason, sum(n) FROM report_cooperation GROUP BY end_reason"));
    while (reasons.next())
        figures.byEndReason.append({reasons.value(0).toString(), reasons.value(1).toInt()});
    return figures;
}

} // namespace

QString dropCooperationTableSql()
{
    return QStringLiteral("DROP TABLE IF EXISTS temp.report_cooperation;");
}

CooperationFigures readCooperation(Sql &sql)
{
    sql.database().execScript(dropCooperationTableSql() + QString::fromUtf8(createCooperationTable));
    selectCooperations(sql);
    CooperationFigures figures = readFigures(sql);
    sql.database().execScript(dropCooperationTableSql());
    return figures;
}

} // namespace teren::report
