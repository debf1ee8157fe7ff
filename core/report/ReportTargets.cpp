// Targets against actuals. A target's actual is the report's own figure computed
// for the target's year (1 January–31 December) and scope, whatever the report's
// period and filters; the filters only choose which targets are listed.
#include "ReportSteps.h"

#include "domain/TargetIndicators.h"
#include "domain/Values.h"

namespace teren::report {

namespace {

// Targets listed in the report, their years, and per year the clients supported
// in some target's scope, summed into cells of (year, locality, provider).
const char *const createTargetTables = R"SQL(
CREATE TEMP TABLE report_target (
    id BLOB PRIMARY KEY, indicator TEXT NOT NULL, year INTEGER NOT NULL, locality_id BLOB,
    provider_id BLOB, value REAL NOT NULL) WITHOUT ROWID;
CREATE TEMP TABLE report_target_year (
    year INTEGER PRIMARY KEY, first_day TEXT NOT NULL, last_day TEXT NOT NULL, region INTEGER NOT NULL);
CREATE TEMP TABLE report_target_client (
    client_id BLOB NOT NULL, year INTEGER NOT NULL, locality_id BLOB, provider_id BLOB,
    PRIMARY KEY (year, client_id)) WITHOUT ROWID;
)SQL";

const char *const dropTargetTables = R"SQL(
DROP TABLE IF EXISTS temp.report_target;
DROP TABLE IF EXISTS temp.report_target_year;
DROP TABLE IF EXISTS temp.report_target_client;
DROP TABLE IF EXISTS temp.report_target_cell;
)SQL";

void readActuals(Sql &sql, QList<TargetFigures> &targets);

void selectTargets(Sql &sql, const ReportFilter &filter)
{
    // Listed: live targets of the years the period touches whose scope row is
    // live; with a locality or provider filter, only the targets of that scope.
    QStringList scopes;
    if (!filter.localityId.isNull())
        scopes.append(QStringLiteral("locality_id = :locality"));
    if (!filter.providerId.isNull())
        scopes.append(QStringLiteral("provider_id = :provider"));
    sql.exec(QStringLiteral(
                 "INSERT INTO report_target (id, indicator, year, locality_id, provider_id, value) "
                 "SELECT id, indicator, year, locality_id, provider_id, value FROM target t "
                 "WHERE deleted = 0 AND year BETWEEN :first_year AND :last_year "
                 "AND (locality_id IS NULL OR EXISTS (SELECT 1 FROM locality l WHERE l.id = t.locality_id "
                 "    AND l.deleted = 0)) "
                 "AND (provider_id IS NULL OR EXISTS (SELECT 1 FROM provider p WHERE p.id = t.provider_id "
                 "    AND p.deleted = 0))")
             + (scopes.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(scopes.join(QStringLiteral(" OR ")))));
    sql.exec(QStringLiteral(
        "INSERT INTO report_target_year (year, first_day, last_day, region) "
        "SELECT year, printf('%04d-01-01', year), printf('%04d-12-31', year), "
        "    max(locality_id IS NULL AND provider_id IS NULL) FROM report_target GROUP BY year"));
}

// The clients supported in each target year who are in the scope of one of that
// year's targets: all clients in a year with a region-wide target, else those of
// the targets' localities and providers (found through their indexes).
void selectTargetClients(Sql &sql)
{
    const QString supported = QStringLiteral(
        "c.deleted = 0 AND EXISTS (SELECT 1 FROM cooperation k WHERE k.client_id = c.id AND k.deleted = 0 "
        "AND k.start_on <= y.last_day AND (k.end_on IS NULL OR k.end_on >= y.first_day))");
    const QString providerOfClient = QStringLiteral(
        "(SELECT w.provider_id FROM worker w WHERE w.id = c.worker_id AND w.deleted = 0)");
    sql.exec(QStringLiteral("INSERT INTO report_target_client (client_id, year, locality_id, provider_id) "
                            "SELECT c.id, y.year, c.locality_id, %1 FROM report_target_year y CROSS JOIN client c "
                            "WHERE y.region AND %2")
                 .arg(providerOfClient, supported));
    sql.exec(QStringLiteral("INSERT OR IGNORE INTO report_target_client (client_id, year, locality_id, provider_id) "
                            "SELECT c.id, y.year, c.locality_id, %1 FROM report_target_year y "
                            "CROSS JOIN (SELECT DISTINCT year, locality_id FROM report_target "
                            "            WHERE locality_id IS NOT NULL) s ON s.year = y.year "
                            "CROSS JOIN client c ON c.locality_id = s.locality_id "
                            "WHERE NOT y.region AND %2")
                 .arg(providerOfClient, supported));
    sql.exec(QStringLiteral("INSERT OR IGNORE INTO report_target_client (client_id, year, locality_id, provider_id) "
                            "SELECT c.id, y.year, c.locality_id, w.provider_id FROM report_target_year y "
                            "CROSS JOIN (SELECT DISTINCT year, provider_id FROM report_target "
                            "            WHERE provider_id IS NOT NULL) s ON s.year = y.year "
                            "CROSS JOIN worker w ON w.provider_id = s.provider_id AND w.deleted = 0 "
                            "CROSS JOIN client c ON c.worker_id = w.id "
                            "WHERE NOT y.region AND %1")
                 .arg(supported));
}

// Per (year, locality, provider): persons, needs identified in the year and
// resolved by its end, and per outcome-based indicator the persons with such a
// resolved need. Each of those is a yes/no per person, so cells add up to any
// scope.
void sumTargetCells(Sql &sql)
{
    QStringList perPerson;
    QStringList perCell;
    const QList<TargetIndicator> &indicators = TargetIndicators::all();
    for (int k = 0; k < indicators.size(); ++k) {
        const TargetIndicator &indicator = indicators.at(k);
        if (!indicator.outcomeBased())
            continue;
        QStringList outcomes;
        for (const QString &outcome : indicator.outcomes)
            outcomes.append(literal(outcome));
        perPerson.append(QStringLiteral(", max(n.status = 'resolved' AND n.closed_on <= y.last_day AND n.area = %1 "
                                        "AND n.outcome IN (%2)) AS o%3")
                             .arg(literal(indicator.area), outcomes.join(QStringLiteral(", ")))
                             .arg(k));
        perCell.append(QStringLiteral(", coalesce(sum(o%1), 0) AS o%1").arg(k));
    }
    sql.exec(QStringLiteral(
                 "CREATE TEMP TABLE report_target_cell AS "
                 "SELECT year, locality_id, provider_id, count(*) AS persons, sum(identified) AS identified, "
                 "    sum(resolved) AS resolved %1 "
                 "FROM (SELECT tc.year, tc.locality_id, tc.provider_id, count(n.id) AS identified, "
                 "          count(*) FILTER (WHERE n.status = 'resolved' AND n.closed_on <= y.last_day) AS resolved "
                 "          %2 "
                 "      FROM report_target_client tc CROSS JOIN report_target_year y ON y.year = tc.year "
                 "      LEFT JOIN need n ON n.client_id = tc.client_id AND n.deleted = 0 "
                 "          AND n.identified_on BETWEEN y.first_day AND y.last_day "
                 "      GROUP BY tc.year, tc.client_id) "
                 "GROUP BY year, locality_id, provider_id")
                 .arg(perCell.join(QString()), perPerson.join(QString())));
}

// The SQL of each indicator's actual over the cells of a target's scope.
QString actualExpression()
{
    QStringList cases;
    const QList<TargetIndicator> &indicators = TargetIndicators::all();
    for (int k = 0; k < indicators.size(); ++k) {
        const QString &code = indicators.at(k).code;
        QString expression;
        if (indicators.at(k).outcomeBased())
            expression = QStringLiteral("coalesce(sum(cell.o%1), 0)").arg(k);
        else if (code == u"persons_supported")
            expression = QStringLiteral("coalesce(sum(cell.persons), 0)");
        else if (code == u"needs_identified")
            expression = QStringLiteral("coalesce(sum(cell.identified), 0)");
        else if (code == u"needs_resolved")
            expression = QStringLiteral("coalesce(sum(cell.resolved), 0)");
        else if (code == u"resolved_rate")
            expression = QStringLiteral("coalesce(1.0 * sum(cell.resolved) / nullif(sum(cell.identified), 0), 0)");
        else
            continue;
        cases.append(QStringLiteral("WHEN %1 THEN %2").arg(literal(code), expression));
    }
    return QStringLiteral("CASE t.indicator %1 END").arg(cases.join(QLatin1Char(' ')));
}

QString indicatorRank()
{
    QStringList cases;
    const QStringList codes = TargetIndicators::codes();
    for (int k = 0; k < codes.size(); ++k)
        cases.append(QStringLiteral("WHEN %1 THEN %2").arg(literal(codes.at(k))).arg(k));
    return QStringLiteral("CASE t.indicator %1 ELSE %2 END").arg(cases.join(QLatin1Char(' '))).arg(codes.size());
}

} // namespace

QList<TargetFigures> readTargets(Sql &sql, const ReportFilter &filter)
{
    sql.database().execScript(QString::fromUtf8(dropTargetTables) + QString::fromUtf8(createTargetTables));
    QList<TargetFigures> targets;
    selectTargets(sql, filter);
    if (sql.database().scalar(QStringLiteral("SELECT count(*) FROM report_target")).toInt() > 0) {
        selectTargetClients(sql);
        sumTargetCells(sql);
        readActuals(sql, targets);
    }
    sql.database().execScript(QString::fromUtf8(dropTargetTables));
    return targets;
}

namespace {

void readActuals(Sql &sql, QList<TargetFigures> &targets)
{
    Query query = sql.run(
        QStringLiteral("SELECT t.id, t.indicator, t.year, t.locality_id, l.code, l.name, t.provider_id, p.name, "
                       "    t.value, a.actual, t.value - a.actual, a.actual >= t.value "
                       "FROM (SELECT t.id, %1 AS actual FROM report_target t "
                       "      LEFT JOIN report_target_cell cell ON cell.year = t.year "
                       "          AND (t.locality_id IS NULL OR cell.locality_id = t.locality_id) "
                       "          AND (t.provider_id IS NULL OR cell.provider_id = t.provider_id) "
                       "      GROUP BY t.id) a "
                       "JOIN report_target t ON t.id = a.id "
                       "LEFT JOIN locality l ON l.id = t.locality_id LEFT JOIN provider p ON p.id = t.provider_id "
                       "ORDER BY t.year, %2, t.locality_id IS NOT NULL, t.provider_id IS NOT NULL, l.code, p.name")
            .arg(actualExpression(), indicatorRank()));
    while (query.next()) {
        TargetFigures target;
        target.targetId = db::toId(query.value(0));
        target.indicator = query.value(1).toString();
        target.year = query.value(2).toInt();
        target.localityId = db::toId(query.value(3));
        target.localityCode = query.value(4).toString();
        target.localityName = query.value(5).toString();
        target.providerId = db::toId(query.value(6));
        target.providerName = query.value(7).toString();
        target.target = query.value(8).toDouble();
        target.actual = optionalDouble(query.value(9));
        target.gap = optionalDouble(query.value(10));
        target.met = query.value(11).toBool();
        targets.append(target);
    }
}

} // namespace

} // namespace teren::report
