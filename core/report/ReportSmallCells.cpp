// The persons behind each figure, so a report from a statistical database can show a
// figure computed over only a few of them as "< 5" (Report::smallCellLimit).
#include "ReportSteps.h"

#include "domain/Codes.h"
#include "domain/Values.h"

#include <QHash>

namespace teren::report {

namespace {

void readNeedPersons(Sql &sql, Report &report)
{
    report.resolvedPersons =
        sql.database().scalar(QStringLiteral("SELECT count(DISTINCT person) FROM report_need WHERE resolved")).toInt();
    QHash<QString, QPair<int, int>> byArea;
    Query areas = sql.run(QStringLiteral("SELECT area, count(DISTINCT person), count(DISTINCT person) FILTER (WHERE "
                                         "resolved) FROM report_need GROUP BY area"));
    while (areas.next())
        byArea.insert(areas.value(0).toString(), {areas.value(1).toInt(), areas.value(2).toInt()});
    for (AreaFigures &area : report.byArea) {
        area.persons = byArea.value(area.area).first;
        area.resolvedPersons = byArea.value(area.area).second;
    }
    for (ResolveTimeFigures &time : report.timeToResolve)
        time.persons = byArea.value(time.area).second;

    QHash<QUuid, int> byLocality;
    Query localities = sql.run(QStringLiteral(
        "SELECT l.id, count(DISTINCT n.person) FROM report_need n LEFT JOIN locality l ON l.rowid = n.locality "
        "WHERE n.resolved GROUP BY n.locality"));
    while (localities.next())
        byLocality.insert(db::toId(localities.value(0)), localities.value(1).toInt());
    for (LocalityFigures &locality : report.byLocality)
        locality.resolvedPersons = byLocality.value(locality.localityId);
}

void readCooperationPersons(Sql &sql, Report &report)
{
    CooperationFigures &cooperation = report.cooperation;
    const QString ended = QStringLiteral("FROM report_client rc CROSS JOIN cooperation k ON k.client_id = rc.id "
                                         "WHERE k.deleted = 0 AND k.end_on BETWEEN :period_from AND :period_to");
    Query all = sql.run(QStringLiteral("SELECT count(DISTINCT rc.person) ") + ended);
    all.next();
    cooperation.persons = all.value(0).toInt();
    all.finish();
    cooperation.histogramPersons = QList<int>(cooperation.histogramMonths.size(), 0);
    Query months = sql.run(QStringLiteral("SELECT %1 AS months, count(DISTINCT rc.person) ")
                               .arg(wholeMonthsSql(QStringLiteral("k")))
                           + ended + QStringLiteral(" GROUP BY months"));
    while (months.next()) {
        const int month = months.value(0).toInt();
        if (month >= 0 && month < cooperation.histogramPersons.size())
            cooperation.histogramPersons[month] = months.value(1).toInt();
    }
}

void readContactPersons(Sql &sql, Report &report)
{
    ContactFigures &contacts = report.contacts;
    QStringList columns{QStringLiteral("count(DISTINCT c.person)")};
    for (const CodeCount &place : contacts.byPlace)
        columns.append(
            QStringLiteral("count(DISTINCT c.person) FILTER (WHERE c.place = %1)").arg(literal(place.code)));
    for (const CodeCount &intervention : contacts.byIntervention)
        columns.append(QStringLiteral("count(DISTINCT c.person) FILTER (WHERE instr(c.interventions, %1) > 0)")
                           .arg(literal(db::codeNeedle(intervention.code))));
    // The persons a contact was with: its first client and every client linked to it.
    Query query = sql.run(
        QStringLiteral("SELECT %1 FROM (SELECT rc.person, c.place, c.interventions FROM report_client rc "
                       "    CROSS JOIN contact c ON c.client_id = rc.id "
                       "    WHERE c.deleted = 0 AND c.contact_on BETWEEN :period_from AND :period_to "
                       "  UNION ALL SELECT rc.person, c.place, c.interventions FROM report_client rc "
                       "    JOIN contact_participant l ON l.client_id = rc.id AND l.deleted = 0 "
                       "    JOIN contact c ON c.id = l.contact_id "
                       "    WHERE c.deleted = 0 AND c.contact_on BETWEEN :period_from AND :period_to) c")
            .arg(columns.join(QStringLiteral(", "))));
    query.next();
    int column = 0;
    contacts.persons = query.value(column++).toLongLong();
    for (CodeCount &place : contacts.byPlace)
        place.persons = query.value(column++).toLongLong();
    for (CodeCount &intervention : contacts.byIntervention)
        intervention.persons = query.value(column++).toLongLong();
}

void readPopulationPersons(Sql &sql, Report &report)
{
    QHash<int, QPair<int, int>> byIntensity;
    Query intensities = sql.run(QStringLiteral("SELECT intensity, count(DISTINCT person), count(DISTINCT person) "
                                               "FILTER (WHERE resolved) FROM report_need GROUP BY intensity"));
    while (intensities.next())
        byIntensity.insert(intensities.value(0).toInt(), {intensities.value(1).toInt(), intensities.value(2).toInt()});
    for (IntensityFigures &figures : report.byIntensity) {
        figures.persons = byIntensity.value(figures.intensity).first;
        figures.resolvedPersons = byIntensity.value(figures.intensity).second;
    }
    QHash<QPair<QString, int>, int> cells;
    Query areas = sql.run(
        QStringLiteral("SELECT area, intensity, count(DISTINCT person) FROM report_need GROUP BY area, intensity"));
    while (areas.next())
        cells.insert({areas.value(0).toString(), areas.value(1).toInt()}, areas.value(2).toInt());
    for (AreaIntensityFigures &cell : report.byAreaIntensity)
        cell.persons = cells.value({cell.area, cell.intensity});

    QHash<QString, int> byHorizon;
    // The needs of report_need (the goals themselves are counted on another connection).
    Query horizons = sql.run(QStringLiteral("SELECT g.horizon, count(DISTINCT rc.person) FROM (%1) rc "
                                            "CROSS JOIN need n ON n.client_id = rc.id "
                                            "CROSS JOIN goal g ON g.need_id = n.id "
                                            "WHERE n.deleted = 0 AND n.identified_on BETWEEN :period_from AND :period_to "
                                            "AND g.deleted = 0 GROUP BY g.horizon")
                                 .arg(supportedClientsSql()));
    while (horizons.next())
        byHorizon.insert(horizons.value(0).toString(), horizons.value(1).toInt());
    for (HorizonFigures &figures : report.goalsByHorizon)
        figures.persons = byHorizon.value(figures.horizon);

    QHash<QString, int> byReason;
    Query reasons = sql.run(QStringLiteral(
        "SELECT coalesce(k.end_reason, ''), count(DISTINCT rc.person) "
        "FROM report_client rc CROSS JOIN cooperation k ON k.client_id = rc.id "
        "WHERE k.deleted = 0 AND k.end_on BETWEEN :period_from AND :period_to GROUP BY 1"));
    while (reasons.next())
        byReason.insert(reasons.value(0).toString(), reasons.value(1).toInt());
    for (EndReasonFigures &figures : report.endReasons)
        figures.persons = byReason.value(figures.endReason);

    QHash<QUuid, int> byProvider;
    Query providers = sql.run(QStringLiteral("SELECT p.id, count(DISTINCT n.person) FROM report_need n "
                                             "CROSS JOIN provider p ON p.rowid = n.provider WHERE n.resolved "
                                             "GROUP BY n.provider"));
    while (providers.next())
        byProvider.insert(db::toId(providers.value(0)), providers.value(1).toInt());
    for (ProviderFigures &provider : report.byProvider)
        provider.resolvedPersons = byProvider.value(provider.providerId);
}

} // namespace

void readPersonCounts(Sql &sql, Report &report)
{
    readNeedPersons(sql, report);
    readCooperationPersons(sql, report);
    readContactPersons(sql, report);
    readPopulationPersons(sql, report);
}

} // namespace teren::report
