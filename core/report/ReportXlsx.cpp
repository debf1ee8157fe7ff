#include "ReportXlsx.h"

#include "domain/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>

namespace teren {

namespace {

using Cell = ReportXlsx::Cell;
using Sheet = ReportXlsx::Sheet;

Cell text(const QString &value)
{
    return {Cell::Kind::Text, value, 0, {}};
}

Cell number(double value)
{
    return {Cell::Kind::Number, {}, value, {}};
}

Cell date(const QDate &value)
{
    return {Cell::Kind::Date, {}, 0, value};
}

Cell empty()
{
    return {};
}

// The new rates and ratios as in the JSON: 4 decimals.
double rounded(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

// A figure, or "< 5" where the report marks it small.
Cell figure(const Report &report, qint64 persons, double value)
{
    return report.isSmall(persons) ? text(QStringLiteral("< %1").arg(report.smallCellLimit)) : number(value);
}

Cell figure(const Report &report, qint64 persons, const std::optional<double> &value)
{
    if (report.isSmall(persons))
        return text(QStringLiteral("< %1").arg(report.smallCellLimit));
    return value ? number(*value) : empty();
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

Sheet firstSheet(const Report &report)
{
    const ReportFilter &filter = report.filter;
    Sheet sheet{QStringLiteral("report"), {QStringLiteral("measure"), QStringLiteral("value"), QStringLiteral("name")},
                {}};
    sheet.rows.append({text(QStringLiteral("from")), date(filter.from), empty()});
    sheet.rows.append({text(QStringLiteral("to")), date(filter.to), empty()});
    if (!filter.localityId.isNull())
        sheet.rows.append({text(QStringLiteral("locality")), text(filter.localityCode), text(report.localityName)});
    if (!filter.providerId.isNull())
        sheet.rows.append({text(QStringLiteral("provider")), text(idText(filter.providerId)), text(report.providerName)});
    if (!filter.workerId.isNull())
        sheet.rows.append({text(QStringLiteral("worker")), text(idText(filter.workerId)), text(report.workerName)});
    if (report.smallCellLimit > 0)
        sheet.rows.append({text(QStringLiteral("small_cell_limit")), number(report.smallCellLimit), empty()});
    const int supported = report.personsSupported;
    const auto add = [&sheet](const QString &measure, const Cell &value) {
        sheet.rows.append({text(measure), value, empty()});
    };
    add(QStringLiteral("persons_supported"), figure(report, supported, report.personsSupported));
    add(QStringLiteral("localities"), figure(report, supported, report.localities));
    add(QStringLiteral("needs_identified"), figure(report, supported, report.needsIdentified));
    add(QStringLiteral("needs_resolved"), figure(report, report.resolvedPersons, report.needsResolved));
    add(QStringLiteral("resolved_rate"), figure(report, report.resolvedPersons, report.resolvedRate));
    add(QStringLiteral("households"), figure(report, supported, report.households));
    add(QStringLiteral("persons_per_household"), figure(report, supported, rounded(report.personsPerHousehold)));
    add(QStringLiteral("contact_hours_per_person"),
        figure(report, std::min<qint64>(supported, report.contacts.persons), rounded(report.contactHoursPerPerson)));
    add(QStringLiteral("needs_per_person"), figure(report, supported, rounded(report.needsPerPerson)));
    add(QStringLiteral("contacts"), figure(report, report.contacts.persons, static_cast<double>(report.contacts.count)));
    add(QStringLiteral("contact_minutes"),
        figure(report, report.contacts.persons, static_cast<double>(report.contacts.minutes)));
    return sheet;
}

QList<Sheet> needSheets(const Report &report)
{
    Sheet areas{QStringLiteral("by_area"),
                {QStringLiteral("area"), QStringLiteral("identified"), QStringLiteral("resolved"),
                 QStringLiteral("resolved_rate"), QStringLiteral("share_of_resolved")},
                {}};
    for (const AreaFigures &area : report.byArea)
        areas.rows.append({text(area.area), figure(report, area.persons, area.identified),
                           figure(report, area.resolvedPersons, area.resolved),
                           figure(report, area.resolvedPersons, area.resolvedRate),
                           figure(report, area.resolvedPersons, area.shareOfResolved)});
    Sheet outcomes{QStringLiteral("outcomes"),
                   {QStringLiteral("area"), QStringLiteral("outcome"), QStringLiteral("persons")},
                   {}};
    for (const OutcomeFigures &outcome : report.outcomes)
        outcomes.rows.append({text(outcome.area), text(outcome.outcome), figure(report, outcome.persons, outcome.persons)});
    Sheet times{QStringLiteral("time_to_resolve"),
                {QStringLiteral("area"), QStringLiteral("resolved"), QStringLiteral("mean_days"),
                 QStringLiteral("median_days")},
                {}};
    for (const ResolveTimeFigures &time : report.timeToResolve)
        times.rows.append({text(time.area), figure(report, time.persons, time.resolved),
                           figure(report, time.persons, time.meanDays), figure(report, time.persons, time.medianDays)});
    Sheet localities{QStringLiteral("by_locality"),
                     {QStringLiteral("locality"), QStringLiteral("name"), QStringLiteral("persons"),
                      QStringLiteral("needs_identified"), QStringLiteral("needs_resolved"),
                      QStringLiteral("resolved_rate")},
                     {}};
    for (const LocalityFigures &locality : report.byLocality)
        localities.rows.append({text(locality.code), text(locality.name), figure(report, locality.persons, locality.persons),
                                figure(report, locality.persons, locality.needsIdentified),
                                figure(report, locality.resolvedPersons, locality.needsResolved),
                                figure(report, locality.resolvedPersons, locality.resolvedRate)});
    return {areas, outcomes, times, localities};
}

QList<Sheet> activitySheets(const Report &report)
{
    const CooperationFigures &figures = report.cooperation;
    const int persons = figures.persons;
    Sheet cooperation{QStringLiteral("cooperation"), {QStringLiteral("measure"), QStringLiteral("value")}, {}};
    cooperation.rows = {{text(QStringLiteral("ended")), figure(report, persons, figures.ended)},
                        {text(QStringLiteral("min_days")), figure(report, persons, figures.minDays)},
                        {text(QStringLiteral("median_days")), figure(report, persons, figures.medianDays)},
                        {text(QStringLiteral("max_days")), figure(report, persons, figures.maxDays)},
                        {text(QStringLiteral("ended_within_365_share")),
                         figure(report, persons, figures.endedWithin365Share)},
                        {text(QStringLiteral("mean_days_with_resolved_need")),
                         figure(report, persons, figures.meanDaysWithResolvedNeed)}};
    Sheet months{QStringLiteral("cooperation_months"), {QStringLiteral("months"), QStringLiteral("cooperations")}, {}};
    for (int month = 0; month < figures.histogramMonths.size(); ++month)
        months.rows.append({number(month), figure(report, figures.histogramPersons.value(month),
                                                  figures.histogramMonths.at(month))});
    Sheet places{QStringLiteral("contacts_by_place"),
                 {QStringLiteral("place"), QStringLiteral("count"), QStringLiteral("minutes")},
                 {}};
    for (const CodeCount &place : report.contacts.byPlace)
        places.rows.append({text(place.code), figure(report, place.persons, static_cast<double>(place.count)),
                            figure(report, place.persons, static_cast<double>(place.minutes))});
    Sheet interventions{QStringLiteral("contacts_by_intervention"),
                        {QStringLiteral("intervention"), QStringLiteral("count")},
                        {}};
    for (const CodeCount &intervention : report.contacts.byIntervention)
        interventions.rows.append({text(intervention.code),
                                   figure(report, intervention.persons, static_cast<double>(intervention.count))});
    Sheet targets{QStringLiteral("targets"),
                  {QStringLiteral("indicator"), QStringLiteral("year"), QStringLiteral("scope"),
                   QStringLiteral("target"), QStringLiteral("actual"), QStringLiteral("gap"), QStringLiteral("met")},
                  {}};
    for (const TargetFigures &target : report.targets)
        targets.rows.append({text(target.indicator), number(target.year), text(target.scopeText()),
                             number(target.target), figure(report, target.persons, target.actual),
                             figure(report, target.persons, target.gap),
                             figure(report, target.persons, target.met ? 1.0 : 0.0)});
    return {cooperation, months, places, interventions, targets};
}

Sheet bandSheet(const Report &report, const QString &name, const QString &key, const QList<BandCount> &bands)
{
    Sheet sheet{name, {key, QStringLiteral("persons")}, {}};
    for (const BandCount &band : bands)
        sheet.rows.append({text(band.band), figure(report, band.persons, band.persons)});
    return sheet;
}

QList<Sheet> populationSheets(const Report &report)
{
    Sheet intensity{QStringLiteral("by_intensity"),
                    {QStringLiteral("intensity"), QStringLiteral("identified"), QStringLiteral("resolved"),
                     QStringLiteral("resolved_rate")},
                    {}};
    for (const IntensityFigures &figures : report.byIntensity)
        intensity.rows.append({number(figures.intensity), figure(report, figures.persons, figures.identified),
                               figure(report, figures.resolvedPersons, figures.resolved),
                               figure(report, figures.resolvedPersons, rounded(figures.resolvedRate))});
    Sheet areaIntensity{QStringLiteral("by_area_intensity"),
                        {QStringLiteral("area"), QStringLiteral("intensity"), QStringLiteral("identified")},
                        {}};
    for (const AreaIntensityFigures &cell : report.byAreaIntensity)
        areaIntensity.rows.append({text(cell.area), number(cell.intensity), figure(report, cell.persons, cell.identified)});
    Sheet providers{QStringLiteral("by_provider"),
                    {QStringLiteral("provider"), QStringLiteral("name"), QStringLiteral("persons"),
                     QStringLiteral("needs_identified"), QStringLiteral("needs_resolved"),
                     QStringLiteral("contact_minutes")},
                    {}};
    for (const ProviderFigures &provider : report.byProvider)
        providers.rows.append({text(idText(provider.providerId)), text(provider.name),
                               figure(report, provider.persons, provider.persons),
                               figure(report, provider.persons, provider.needsIdentified),
                               figure(report, provider.resolvedPersons, provider.needsResolved),
                               figure(report, provider.persons, static_cast<double>(provider.contactMinutes))});
    Sheet coverage{QStringLiteral("locality_coverage"),
                   {QStringLiteral("locality"), QStringLiteral("name"), QStringLiteral("residents"),
                    QStringLiteral("persons"), QStringLiteral("coverage")},
                   {}};
    for (const CoverageFigures &locality : report.localityCoverage)
        coverage.rows.append({text(locality.code), text(locality.name), number(locality.residents),
                              figure(report, locality.persons, locality.persons),
                              figure(report, locality.persons, rounded(locality.coverage))});
    Sheet goals{QStringLiteral("goals_by_horizon"),
                {QStringLiteral("horizon"), QStringLiteral("set"), QStringLiteral("achieved"),
                 QStringLiteral("achieved_rate")},
                {}};
    for (const HorizonFigures &horizon : report.goalsByHorizon)
        goals.rows.append({text(horizon.horizon), figure(report, horizon.persons, horizon.set),
                           figure(report, horizon.persons, horizon.achieved),
                           figure(report, horizon.persons, rounded(horizon.achievedRate))});
    Sheet reasons{QStringLiteral("end_reasons"), {QStringLiteral("end_reason"), QStringLiteral("count")}, {}};
    for (const EndReasonFigures &reason : report.endReasons)
        reasons.rows.append({reason.endReason.isEmpty() ? empty() : text(reason.endReason),
                             figure(report, reason.persons, reason.count)});
    return {bandSheet(report, QStringLiteral("by_age_band"), QStringLiteral("band"), report.byAgeBand),
            bandSheet(report, QStringLiteral("by_gender"), QStringLiteral("gender"), report.byGender),
            intensity,
            areaIntensity,
            providers,
            bandSheet(report, QStringLiteral("esf_age_at_entry"), QStringLiteral("band"), report.esfAgeAtEntry),
            coverage,
            goals,
            reasons};
}

// The partner institutions involved, group activities and anonymous contacts.
QList<Sheet> workSheets(const Report &report)
{
    Sheet partners{QStringLiteral("by_partner_kind"),
                   {QStringLiteral("partner_kind"), QStringLiteral("steps"), QStringLiteral("contacts")},
                   {}};
    for (const PartnerKindFigures &kind : report.byPartnerKind)
        partners.rows.append({text(kind.kind), figure(report, kind.persons, kind.steps),
                              figure(report, kind.persons, kind.contacts)});
    Sheet groups{QStringLiteral("group_activities"),
                 {QStringLiteral("kind"), QStringLiteral("activities"), QStringLiteral("participants")},
                 {}};
    for (const GroupActivityFigures &group : report.groupActivities)
        groups.rows.append({text(group.kind), number(static_cast<double>(group.activities)),
                            number(static_cast<double>(group.participants))});
    Sheet anonymous{QStringLiteral("anonymous_contacts"), {QStringLiteral("measure"), QStringLiteral("value")}, {}};
    anonymous.rows.append({text(QStringLiteral("count")), number(static_cast<double>(report.anonymousContacts))});
    anonymous.rows.append({text(QStringLiteral("persons")), number(static_cast<double>(report.anonymousPersons))});
    return {partners, groups, anonymous};
}

// How wide a column must be for its widest cell, in characters.
double widthOf(const Cell &cell)
{
    switch (cell.kind) {
    case Cell::Kind::Empty:
        return 0;
    case Cell::Kind::Text:
        return static_cast<double>(cell.text.size());
    case Cell::Kind::Number:
        return static_cast<double>(QString::number(cell.number, 'g', 10).size());
    case Cell::Kind::Date:
        return 10;
    }
    return 0;
}

// The workbook being written; closed (and its memory freed) whatever happens.
class Workbook
{
public:
    explicit Workbook(const QByteArray &path) : m_book(workbook_new(path.constData())) {}
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    lxw_workbook *get() const { return m_book; }
    lxw_error close()
    {
        lxw_workbook *book = m_book;
        m_book = nullptr;
        return book ? workbook_close(book) : LXW_ERROR_CREATING_TMPFILE;
    }

private:
    lxw_workbook *m_book;
};

QString writeSheets(lxw_workbook *book, const QList<Sheet> &sheets)
{
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    lxw_format *day = workbook_add_format(book);
    format_set_num_format(day, "yyyy-mm-dd");
    for (const Sheet &sheet : sheets) {
        const QByteArray name = sheet.name.toUtf8();
        lxw_worksheet *worksheet = workbook_add_worksheet(book, name.constData());
        if (!worksheet)
            return ReportXlsx::tr("The sheet %1 could not be added.").arg(sheet.name);
        QList<double> widths(sheet.headers.size(), 0);
        for (qsizetype column = 0; column < sheet.headers.size(); ++column) {
            worksheet_write_string(worksheet, 0, static_cast<lxw_col_t>(column),
                                   sheet.headers.at(column).toUtf8().constData(), header);
            widths[column] = static_cast<double>(sheet.headers.at(column).size());
        }
        for (qsizetype row = 0; row < sheet.rows.size(); ++row) {
            const auto r = static_cast<lxw_row_t>(row + 1);
            const QList<Cell> &cells = sheet.rows.at(row);
            for (qsizetype column = 0; column < cells.size(); ++column) {
                const Cell &cell = cells.at(column);
                const auto c = static_cast<lxw_col_t>(column);
                if (column < widths.size())
                    widths[column] = std::max(widths.at(column), widthOf(cell));
                switch (cell.kind) {
                case Cell::Kind::Empty:
                    break;
                case Cell::Kind::Text:
                    // Always a string cell: a name beginning with "=" is never a formula.
                    worksheet_write_string(worksheet, r, c, cell.text.toUtf8().constData(), nullptr);
                    break;
                case Cell::Kind::Number:
                    worksheet_write_number(worksheet, r, c, cell.number, nullptr);
                    break;
                case Cell::Kind::Date: {
                    lxw_datetime when{cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0};
                    worksheet_write_datetime(worksheet, r, c, &when, day);
                    break;
                }
                }
            }
        }
        for (qsizetype column = 0; column < widths.size(); ++column)
            worksheet_set_column(worksheet, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column),
                                 std::min(widths.at(column) + 2, 80.0), nullptr);
        worksheet_freeze_panes(worksheet, 1, 0);
    }
    return {};
}

} // namespace

QList<ReportXlsx::Sheet> ReportXlsx::sheets(const Report &report)
{
    QList<Sheet> all{firstSheet(report)};
    all += needSheets(report);
    all += activitySheets(report);
    all += populationSheets(report);
    all += workSheets(report);
    return all;
}

void ReportXlsx::write(const Report &report, const QString &path)
{
    const QFileInfo target(path);
    // A temporary name beside the target, so the rename stays on one file system.
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!temporary.open())
        throw Error(tr("Could not write %1: %2").arg(path, temporary.errorString()));
    const QString temporaryPath = temporary.fileName();
    temporary.close();
    QString failure;
    {
        Workbook book(QFile::encodeName(temporaryPath));
        if (!book.get()) {
            failure = tr("the workbook could not be created");
        } else {
            failure = writeSheets(book.get(), sheets(report));
            const lxw_error closed = book.close();
            if (failure.isEmpty() && closed != LXW_NO_ERROR)
                failure = QString::fromUtf8(lxw_strerror(closed));
        }
    }
    if (failure.isEmpty() && std::rename(QFile::encodeName(temporaryPath).constData(),
                                         QFile::encodeName(target.absoluteFilePath()).constData())
            != 0)
        failure = QString::fromLocal8Bit(std::strerror(errno));
    if (!failure.isEmpty())
        throw Error(tr("Could not write %1: %2").arg(path, failure));
    temporary.setAutoRemove(false); // renamed: nothing is left to remove
}

} // namespace teren
