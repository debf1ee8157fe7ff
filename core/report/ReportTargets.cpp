// Targets against actuals. A target's actual is the report's own figure computed
// for the target's year (1 January–31 December) and scope, whatever the report's
// period and filters; the filters only choose which targets are listed.
#include "ReportSteps.h"

#include "ReportBuilder.h"
#include "domain/Error.h"
#include "domain/TargetIndicators.h"
#include "domain/Values.h"

namespace teren::report {

namespace {

// Targets listed in the report and their years (bit: the year's bit in
// report_target_client.years). Then, for all the live clients: the person, the
// scope (locality and provider, x'' for none) and the years the person was
// supported; the persons supported per year and scope; per year and scope, the
// needs identified that year and resolved by its end; and per year and
// outcome-based indicator, the persons with such a resolved need. The large tables
// are each read once, in index order, into keyed sets and counters.
const char *const createTargetTables = R"SQL(
CREATE TEMP TABLE report_target (
    id BLOB PRIMARY KEY, indicator TEXT NOT NULL, year INTEGER NOT NULL, locality_id BLOB,
    provider_id BLOB, value REAL NOT NULL) WITHOUT ROWID;
CREATE TEMP TABLE report_target_year (
    year INTEGER PRIMARY KEY, first_day TEXT NOT NULL, last_day TEXT NOT NULL, bit INTEGER NOT NULL);
CREATE TEMP TABLE report_target_client (
    id BLOB PRIMARY KEY, person INTEGER NOT NULL, locality BLOB NOT NULL, provider BLOB NOT NULL,
    years INTEGER NOT NULL) WITHOUT ROWID;
CREATE TEMP TABLE report_target_person (
    year INTEGER NOT NULL, person INTEGER NOT NULL, locality BLOB NOT NULL, provider BLOB NOT NULL,
    PRIMARY KEY (year, person, locality, provider)) WITHOUT ROWID;
CREATE TEMP TABLE report_target_need (
    year INTEGER NOT NULL, locality BLOB NOT NULL, provider BLOB NOT NULL, identified INTEGER NOT NULL,
    resolved INTEGER NOT NULL, PRIMARY KEY (year, locality, provider)) WITHOUT ROWID;
CREATE TEMP TABLE report_target_indicator (
    area TEXT NOT NULL, outcome TEXT NOT NULL, indicator TEXT NOT NULL,
    PRIMARY KEY (area, outcome, indicator)) WITHOUT ROWID;
CREATE TEMP TABLE report_target_cell (
    year INTEGER NOT NULL, locality BLOB NOT NULL, provider BLOB NOT NULL, persons INTEGER NOT NULL,
    PRIMARY KEY (year, locality, provider)) WITHOUT ROWID;
CREATE TEMP TABLE report_target_scope (
    year INTEGER NOT NULL, locality_id BLOB, provider_id BLOB, persons INTEGER NOT NULL);
CREATE TEMP TABLE report_target_outcome (
    year INTEGER NOT NULL, indicator TEXT NOT NULL, person INTEGER NOT NULL, locality BLOB NOT NULL,
    provider BLOB NOT NULL, PRIMARY KEY (year, indicator, person, locality, provider)) WITHOUT ROWID;
)SQL";

void readActuals(Sql &sql, QList<TargetFigures> &targets);

constexpr int maxTargetYears = 62;

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
        "INSERT INTO report_target_year (year, first_day, last_day, bit) "
        "SELECT year, printf('%04d-01-01', year), printf('%04d-12-31', year), row_number() OVER (ORDER BY year) - 1 "
        "FROM report_target GROUP BY year"));
    // A year is a bit of a 64-bit integer.
    if (sql.database().scalar(QStringLiteral("SELECT count(*) FROM report_target_year")).toInt() > maxTargetYears)
        throw ValidationError(
            ReportBuilder::tr("A report compares the targets of at most %1 years; choose a shorter period.")
                .arg(maxTargetYears),
            QStringLiteral("from"));
    QStringList rows;
    for (const TargetIndicator &indicator : TargetIndicators::all()) {
        for (const QString &outcome : indicator.outcomes)
            rows.append(QStringLiteral("(%1, %2, %3)")
                            .arg(literal(indicator.area), literal(outcome), literal(indicator.code)));
    }
    if (!rows.isEmpty())
        sql.exec(QStringLiteral("INSERT OR IGNORE INTO report_target_indicator (area, outcome, indicator) VALUES ")
                 + rows.join(QStringLiteral(", ")));
}

// Every live client, with a bit per target year set when the person was
// supported in that year: one pass over the clients whatever the number of years.
// A client nobody was merged with (nearly all) is supported in a year when one of
// its own cooperations overlaps it, so one probe of its cooperations gives every
// year's bit; a merged person asks per year about all of its records.
void selectTargetClients(Sql &sql)
{
    const bool anyMerged = anyMergedClients(sql);
    QStringList ownBits;
    QStringList personBits;
    Query years = sql.run(QStringLiteral("SELECT first_day, last_day, bit FROM report_target_year ORDER BY year"));
    while (years.next()) {
        const QString first = literal(years.value(0).toString());
        const QString last = literal(years.value(1).toString());
        const int bit = years.value(2).toInt();
        ownBits.append(QStringLiteral("(max(k.start_on <= %1 AND (k.end_on IS NULL OR k.end_on >= %2)) << %3)")
                           .arg(last, first)
                           .arg(bit));
        personBits.append(
            QStringLiteral("(%1 << %2)").arg(personSupported(QStringLiteral("c"), first, last, anyMerged)).arg(bit));
    }
    years.finish();
    const QString ownYears = QStringLiteral("coalesce((SELECT %1 FROM cooperation k WHERE k.client_id = c.id "
                                            "AND k.deleted = 0), 0)")
                                 .arg(ownBits.join(QStringLiteral(" | ")));
    QString supportedYears = ownYears;
    if (anyMerged)
        supportedYears = QStringLiteral("CASE WHEN c.merged_into IS NULL AND NOT EXISTS (SELECT 1 FROM client m "
                                        "WHERE m.merged_into = c.id) THEN %1 ELSE %2 END")
                             .arg(ownYears, personBits.join(QStringLiteral(" | ")));
    sql.exec(QStringLiteral("INSERT INTO report_target_client (id, person, locality, provider, years) "
                            "SELECT c.id, %1, coalesce(c.locality_id, x''), coalesce(w.provider_id, x''), %2 "
                            "FROM client c LEFT JOIN worker w ON w.id = c.worker_id AND w.deleted = 0 "
                            "WHERE c.deleted = 0")
                 .arg(personKey(QStringLiteral("c"), anyMerged), supportedYears));
    // A person of several records may count in several localities or providers but
    // once in each scope, so their rows are kept to be counted DISTINCT; without
    // merged records a client is a person, with one locality and provider, and
    // counters per year, locality and provider are enough.
    if (anyMerged)
        sql.exec(QStringLiteral("INSERT OR IGNORE INTO report_target_person (year, person, locality, provider) "
                                "SELECT y.year, tc.person, tc.locality, tc.provider "
                                "FROM report_target_year y CROSS JOIN report_target_client tc "
                                "WHERE tc.years & (1 << y.bit)"));
    else
        sql.exec(QStringLiteral("INSERT INTO report_target_cell (year, locality, provider, persons) "
                                "SELECT y.year, tc.locality, tc.provider, 1 "
                                "FROM report_target_year y CROSS JOIN report_target_client tc "
                                "WHERE tc.years & (1 << y.bit) AND true "
                                "ON CONFLICT DO UPDATE SET persons = persons + 1"));
}

// The needs, read once in the order of the need_report index: per year and scope
// the needs identified in a target year by a person supported that year, and the
// persons with a resolved need counted by an outcome-based indicator.
void sumTargetNeeds(Sql &sql)
{
    const QString needOfYear = QStringLiteral(
        "FROM need n INDEXED BY need_report "
        "CROSS JOIN report_target_year y ON y.year = CAST(substr(n.identified_on, 1, 4) AS INTEGER) "
        "CROSS JOIN report_target_client tc ON tc.id = n.client_id ");
    // "AND true": without a WHERE SQLite would read ON CONFLICT as a join constraint.
    sql.exec(QStringLiteral("INSERT INTO report_target_need (year, locality, provider, identified, resolved) "
                            "SELECT y.year, tc.locality, tc.provider, 1, "
                            "    n.status = 'resolved' AND n.closed_on IS NOT NULL AND n.closed_on <= y.last_day ")
             + needOfYear
             + QStringLiteral("WHERE n.deleted = 0 AND tc.years & (1 << y.bit) AND true "
                              "ON CONFLICT DO UPDATE SET identified = identified + 1, "
                              "    resolved = resolved + excluded.resolved"));
    // The indicator's (area, outcome) before the client: few needs have one, so
    // most rows stop at that small table instead of a lookup among the clients.
    sql.exec(QStringLiteral("INSERT OR IGNORE INTO report_target_outcome (year, indicator, person, locality, provider) "
                            "SELECT y.year, i.indicator, tc.person, tc.locality, tc.provider "
                            "FROM need n INDEXED BY need_report "
                            "CROSS JOIN report_target_indicator i ON i.area = n.area AND i.outcome = n.outcome "
                            "CROSS JOIN report_target_year y ON y.year = CAST(substr(n.identified_on, 1, 4) AS INTEGER) "
                            "CROSS JOIN report_target_client tc ON tc.id = n.client_id "
                            "WHERE n.deleted = 0 AND n.status = 'resolved' AND n.closed_on <= y.last_day "
                            "AND tc.years & (1 << y.bit)"));
}

// The SQL of each indicator's actual for the target t: a person counts once in
// the scope, however many of their records lie in it.
const QString scope = QStringLiteral("s.year = t.year AND (t.locality_id IS NULL OR s.locality = t.locality_id) "
                                     "AND (t.provider_id IS NULL OR s.provider = t.provider_id)");

// The persons supported in each year and scope of a target, counted once per scope
// rather than once per target: most scopes have several indicators, and every
// target shows the persons supported beside its actual (selectTargetClients says
// which table holds them).
void countScopePersons(Sql &sql)
{
    const bool anyMerged = anyMergedClients(sql);
    sql.exec(QStringLiteral("INSERT INTO report_target_scope (year, locality_id, provider_id, persons) "
                            "SELECT t.year, t.locality_id, t.provider_id, (SELECT %1 FROM %2 s WHERE %3) "
                            "FROM (SELECT DISTINCT year, locality_id, provider_id FROM report_target) t")
                 .arg(anyMerged ? QStringLiteral("count(DISTINCT person)") : QStringLiteral("coalesce(sum(persons), 0)"),
                      anyMerged ? QStringLiteral("report_target_person") : QStringLiteral("report_target_cell"),
                      scope));
}

// The persons supported in the target's year and scope.
QString personsSupportedExpression()
{
    return QStringLiteral("(SELECT persons FROM report_target_scope c WHERE c.year = t.year "
                          "AND c.locality_id IS t.locality_id AND c.provider_id IS t.provider_id)");
}

QString actualExpression()
{
    const QString needs = QStringLiteral("(SELECT %1 FROM report_target_need s WHERE ") + scope
                          + QStringLiteral(")");
    QStringList cases;
    for (const TargetIndicator &indicator : TargetIndicators::all()) {
        const QString &code = indicator.code;
        QString expression;
        if (indicator.outcomeBased())
            expression = QStringLiteral("(SELECT count(DISTINCT person) FROM report_target_outcome s "
                                        "WHERE s.indicator = %1 AND ")
                             .arg(literal(code))
                         + scope + QStringLiteral(")");
        else if (code == u"persons_supported")
            expression = personsSupportedExpression();
        else if (code == u"needs_identified")
            expression = needs.arg(QStringLiteral("coalesce(sum(identified), 0)"));
        else if (code == u"needs_resolved")
            expression = needs.arg(QStringLiteral("coalesce(sum(resolved), 0)"));
        else if (code == u"resolved_rate")
            expression =
                needs.arg(QStringLiteral("coalesce(1.0 * sum(resolved) / nullif(sum(identified), 0), 0)"));
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

QString dropTargetTablesSql()
{
    return QStringLiteral("DROP TABLE IF EXISTS temp.report_target; DROP TABLE IF EXISTS temp.report_target_year; "
                          "DROP TABLE IF EXISTS temp.report_target_client; DROP TABLE IF EXISTS temp.report_target_person; "
                          "DROP TABLE IF EXISTS temp.report_target_need; "
                          "DROP TABLE IF EXISTS temp.report_target_indicator; "
                          "DROP TABLE IF EXISTS temp.report_target_outcome; "
                          "DROP TABLE IF EXISTS temp.report_target_scope; "
                          "DROP TABLE IF EXISTS temp.report_target_cell;");
}

QList<TargetFigures> readTargets(Sql &sql, const ReportFilter &filter)
{
    sql.database().execScript(dropTargetTablesSql() + QString::fromUtf8(createTargetTables));
    QList<TargetFigures> targets;
    selectTargets(sql, filter);
    if (sql.database().scalar(QStringLiteral("SELECT count(*) FROM report_target")).toInt() > 0) {
        selectTargetClients(sql);
        sumTargetNeeds(sql);
        countScopePersons(sql);
        readActuals(sql, targets);
    }
    sql.database().execScript(dropTargetTablesSql());
    return targets;
}

namespace {

void readActuals(Sql &sql, QList<TargetFigures> &targets)
{
    Query query = sql.run(
        // Materialised: a flattened subquery would work out each actual once per use.
        QStringLiteral("WITH a AS MATERIALIZED (SELECT t.id, %1 AS actual, %3 AS supported FROM report_target t) "
                       "SELECT t.id, t.indicator, t.year, t.locality_id, l.code, l.name, t.provider_id, p.name, "
                       "    t.value, a.actual, t.value - a.actual, a.actual >= t.value, a.supported "
                       "FROM a JOIN report_target t ON t.id = a.id "
                       "LEFT JOIN locality l ON l.id = t.locality_id LEFT JOIN provider p ON p.id = t.provider_id "
                       "ORDER BY t.year, %2, t.locality_id IS NOT NULL, t.provider_id IS NOT NULL, l.code, p.name")
            .arg(actualExpression(), indicatorRank(), personsSupportedExpression()));
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
        // A count of persons is computed over the persons it counts.
        const bool countsPersons = target.indicator == u"persons_supported"
            || (TargetIndicators::find(target.indicator) && TargetIndicators::find(target.indicator)->outcomeBased());
        target.persons = countsPersons && target.actual ? static_cast<int>(*target.actual) : query.value(12).toInt();
        targets.append(target);
    }
}

} // namespace

} // namespace teren::report
