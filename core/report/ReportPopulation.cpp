// Who the persons supported are (age, gender, households, age at entry), how their
// needs and goals went by intensity and horizon, per provider, the coverage of the
// localities and why cooperations ended.
#include "ReportSteps.h"

#include "domain/Values.h"

#include <QHash>

namespace teren::report {

namespace {

// a ÷ b, 0 for a zero denominator (as every rate of the report).
double ratio(double numerator, double denominator)
{
    return denominator == 0 ? 0 : numerator / denominator;
}

// The count of every band, in order, read from one row of FILTER aggregates.
QList<BandCount> bands(const QStringList &names, Query &query, int firstColumn)
{
    QList<BandCount> counts;
    for (int i = 0; i < names.size(); ++i)
        counts.append({names.at(i), query.value(firstColumn + i).toInt()});
    return counts;
}

// The ESF's bands of age at entry, read from one row of FILTER aggregates.
QList<BandCount> entryBands(Query &query, int firstColumn)
{
    return bands({QStringLiteral("under_18"), QStringLiteral("18-29"), QStringLiteral("30-54"), QStringLiteral("55+"),
                  QStringLiteral("unknown")},
                 query, firstColumn);
}

const char *const entryBandColumns = "count(*) FILTER (WHERE entry_age < 18), "
                                     "count(*) FILTER (WHERE entry_age BETWEEN 18 AND 29), "
                                     "count(*) FILTER (WHERE entry_age BETWEEN 30 AND 54), "
                                     "count(*) FILTER (WHERE entry_age >= 55), "
                                     "count(*) FILTER (WHERE entry_age IS NULL AND entered IS NOT NULL)";

// Age at entry: the start year minus the birth year.
QString entryAgeSql()
{
    return QStringLiteral("CAST(substr(entered, 1, 4) AS INTEGER) - born");
}

void readPeople(Sql &sql, Report &report, bool anyMerged)
{
    // Age on the period's last day: the year of `to` minus the birth year. Without
    // merged records every row is a person who entered when the row did, so the ages
    // at entry come from the same scan (readAgeAtEntry otherwise).
    const QString entries = anyMerged ? QStringLiteral("0, 0, 0, 0, 0")
                                      : QString::fromLatin1(entryBandColumns);
    Query query = sql.run(QStringLiteral(
        "WITH s AS (SELECT :last_year - born AS age, gender, household, %2 FROM (%1)) "
        "SELECT count(*) FILTER (WHERE age <= 14), count(*) FILTER (WHERE age BETWEEN 15 AND 17), "
        "    count(*) FILTER (WHERE age BETWEEN 18 AND 26), count(*) FILTER (WHERE age BETWEEN 27 AND 64), "
        "    count(*) FILTER (WHERE age >= 65), count(*) FILTER (WHERE age IS NULL), "
        "    count(*) FILTER (WHERE gender = 'f'), count(*) FILTER (WHERE gender = 'm'), "
        "    count(*) FILTER (WHERE gender = 'x'), "
        "    count(*) FILTER (WHERE gender IS NULL OR gender NOT IN ('f', 'm', 'x')), "
        "    count(DISTINCT household) + count(*) FILTER (WHERE household IS NULL), %3 "
        "FROM s")
                              .arg(anyMerged ? supportedPersonsSql(true) : supportedClientsSql(),
                                   anyMerged ? QStringLiteral("NULL AS entry_age, NULL AS entered")
                                             : entryAgeSql() + QStringLiteral(" AS entry_age, entered"),
                                   entries));
    query.next();
    report.byAgeBand = bands({QStringLiteral("0-14"), QStringLiteral("15-17"), QStringLiteral("18-26"),
                              QStringLiteral("27-64"), QStringLiteral("65+"), QStringLiteral("unknown")},
                             query, 0);
    report.byGender =
        bands({QStringLiteral("f"), QStringLiteral("m"), QStringLiteral("x"), QStringLiteral("unknown")}, query, 6);
    report.households = query.value(10).toInt();
    if (!anyMerged)
        report.esfAgeAtEntry = entryBands(query, 11);
}

void readAgeAtEntry(Sql &sql, Report &report)
{
    // The persons supported whose cooperation started within the period, by the
    // start year minus the birth year; of two starts in the period, the first.
    // A person of several records entered when the first of them did.
    Query query = sql.run(QStringLiteral("WITH a AS (SELECT %1 AS entry_age, entered FROM ("
                                         "    SELECT person, born, min(entered) AS entered FROM (%2) "
                                         "    WHERE entered IS NOT NULL GROUP BY person)) "
                                         "SELECT %3 FROM a")
                              .arg(entryAgeSql(), supportedClientsSql(), QString::fromLatin1(entryBandColumns)));
    query.next();
    report.esfAgeAtEntry = entryBands(query, 0);
}

void readCoverage(Sql &sql, Report &report)
{
    // report_person holds the persons supported per locality (from supportedClientsSql).
    Query query = sql.run(QStringLiteral(
        "SELECT l.id, l.code, l.name, l.residents, "
        "    (SELECT count(*) FROM report_person p WHERE p.locality = l.rowid) AS persons "
        "FROM locality l WHERE l.deleted = 0 AND l.residents IS NOT NULL ORDER BY l.code, l.name, l.id"));
    while (query.next()) {
        CoverageFigures locality;
        locality.localityId = db::toId(query.value(0));
        locality.code = query.value(1).toString();
        locality.name = query.value(2).toString();
        locality.residents = query.value(3).toInt();
        locality.persons = query.value(4).toInt();
        locality.coverage = ratio(locality.persons, locality.residents);
        report.localityCoverage.append(locality);
    }
}

} // namespace

QString supportedClientsSql()
{
    return QStringLiteral(
        "SELECT id, person, locality, provider, born, gender, household, entered FROM report_client WHERE supported");
}

QString supportedPersonsSql(bool anyMerged)
{
    // The person's columns are those of the person's record, alike on all of them, so
    // without merged records every row is a person and nothing needs sorting.
    return QStringLiteral("SELECT %1person, born, gender, household FROM (%2)")
        .arg(anyMerged ? QStringLiteral("DISTINCT ") : QString(), supportedClientsSql());
}

void readPersons(Sql &sql, Report &report)
{
    const bool anyMerged = anyMergedClients(sql);
    readPeople(sql, report, anyMerged);
    if (anyMerged)
        readAgeAtEntry(sql, report);
    readCoverage(sql, report);
}

void readIntensities(Sql &sql, Report &report)
{
    // report_need_cell counts the needs identified (those of the persons supported)
    // per locality, area, intensity and provider.
    QHash<QPair<QString, int>, int> cells;
    QList<QPair<int, int>> totals(3, {0, 0});
    Query query = sql.run(QStringLiteral(
        "SELECT area, intensity, sum(identified), sum(resolved) FROM report_need_cell GROUP BY area, intensity"));
    while (query.next()) {
        const int intensity = query.value(1).toInt();
        cells.insert({query.value(0).toString(), intensity}, query.value(2).toInt());
        if (intensity >= 1 && intensity <= 3) {
            totals[intensity - 1].first += query.value(2).toInt();
            totals[intensity - 1].second += query.value(3).toInt();
        }
    }
    for (int intensity = 1; intensity <= 3; ++intensity) {
        IntensityFigures figures;
        figures.intensity = intensity;
        figures.identified = totals.at(intensity - 1).first;
        figures.resolved = totals.at(intensity - 1).second;
        figures.resolvedRate = ratio(figures.resolved, figures.identified);
        report.byIntensity.append(figures);
    }
    for (const AreaFigures &area : report.byArea)
        for (int intensity = 1; intensity <= 3; ++intensity)
            report.byAreaIntensity.append({area.area, intensity, cells.value({area.area, intensity}), 0});
}

QList<HorizonFigures> readGoals(Sql &sql)
{
    const QStringList horizons{QStringLiteral("short"), QStringLiteral("medium"), QStringLiteral("long")};
    QStringList columns;
    for (const QString &horizon : horizons)
        columns.append(QStringLiteral("count(*) FILTER (WHERE g.horizon = %1), "
                                      "count(*) FILTER (WHERE g.horizon = %1 AND g.status = 'achieved')")
                           .arg(literal(horizon)));
    // The needs as selectNeeds takes them: of the persons supported, identified
    // within the period.
    Query query = sql.run(QStringLiteral("SELECT %1 FROM report_activity_client rc "
                                         "CROSS JOIN need n INDEXED BY need_report ON n.client_id = rc.id "
                                         "CROSS JOIN goal g ON g.need_id = n.id "
                                         "WHERE rc.supported AND n.deleted = 0 "
                                         "AND n.identified_on BETWEEN :period_from AND :period_to AND g.deleted = 0")
                              .arg(columns.join(QStringLiteral(", "))));
    query.next();
    QList<HorizonFigures> goals;
    for (int i = 0; i < horizons.size(); ++i) {
        HorizonFigures figures;
        figures.horizon = horizons.at(i);
        figures.set = query.value(2 * i).toInt();
        figures.achieved = query.value(2 * i + 1).toInt();
        figures.achievedRate = ratio(figures.achieved, figures.set);
        goals.append(figures);
    }
    return goals;
}

void readProviders(Sql &sql, Report &report)
{
    QHash<qint64, qint64> minutes;
    for (const auto &[provider, sum] : report.contacts.minutesByProvider)
        minutes.insert(provider, sum);
    Query query = sql.run(QStringLiteral(
        "WITH p AS (SELECT provider, count(DISTINCT person) AS persons FROM (%1) WHERE provider <> 0 "
        "           GROUP BY provider), "
        "q AS (SELECT provider, sum(identified) AS identified, sum(resolved) AS resolved FROM report_need_cell "
        "      GROUP BY provider) "
        "SELECT pr.rowid, pr.id, pr.name, p.persons, coalesce(q.identified, 0), coalesce(q.resolved, 0) "
        "FROM p CROSS JOIN provider pr ON pr.rowid = p.provider LEFT JOIN q ON q.provider = p.provider "
        "ORDER BY pr.name, pr.id")
                              .arg(supportedClientsSql()));
    while (query.next()) {
        ProviderFigures provider;
        provider.providerId = db::toId(query.value(1));
        provider.name = query.value(2).toString();
        provider.persons = query.value(3).toInt();
        provider.needsIdentified = query.value(4).toInt();
        provider.needsResolved = query.value(5).toInt();
        provider.contactMinutes = minutes.value(query.value(0).toLongLong());
        report.byProvider.append(provider);
    }
}

void readEndReasons(Sql &sql, Report &report)
{
    // Every code of the codelist (withdrawn ones too while a counted cooperation
    // carries them), then any other code met, then cooperations without a reason.
    QHash<QString, int> counts;
    for (const auto &[code, count] : report.cooperation.byEndReason)
        counts.insert(code, count);
    Query query = sql.run(QStringLiteral("SELECT code, deleted = 0 FROM end_reason ORDER BY sort, code"));
    while (query.next()) {
        const QString code = query.value(0).toString();
        if (query.value(1).toBool() || counts.value(code) > 0)
            report.endReasons.append({code, counts.value(code), 0});
        counts.remove(code);
    }
    QStringList others = counts.keys();
    others.sort();
    for (const QString &code : std::as_const(others))
        if (!code.isEmpty())
            report.endReasons.append({code, counts.value(code), 0});
    if (counts.value(QString()) > 0)
        report.endReasons.append({QString(), counts.value(QString()), 0});
}

void readRatios(Report &report)
{
    report.personsPerHousehold = ratio(report.personsSupported, report.households);
    report.contactHoursPerPerson = ratio(static_cast<double>(report.contacts.minutes) / 60.0, report.personsSupported);
    report.needsPerPerson = ratio(report.needsIdentified, report.personsSupported);
}

} // namespace teren::report
