#include "ReportFormat.h"

#include "domain/CsvText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace teren {

namespace {

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// A figure, or where it is computed over fewer persons than the report's small-cell
// limit, the text "< 5" in its place.
QString smallText(const Report &report)
{
    return QStringLiteral("< %1").arg(report.smallCellLimit);
}

QJsonValue figure(const Report &report, qint64 persons, const QJsonValue &value)
{
    return report.isSmall(persons) ? QJsonValue(smallText(report)) : value;
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonValue filterObject(const QUuid &id, const QString &code, const QString &name)
{
    if (id.isNull())
        return QJsonValue(QJsonValue::Null);
    QJsonObject object{{QStringLiteral("id"), idText(id)}, {QStringLiteral("name"), name}};
    if (!code.isEmpty())
        object.insert(QStringLiteral("code"), code);
    return object;
}

QJsonObject cooperationObject(const Report &report)
{
    const CooperationFigures &figures = report.cooperation;
    const auto all = [&](const QJsonValue &value) { return figure(report, figures.persons, value); };
    QJsonArray histogram;
    for (int months = 0; months < figures.histogramMonths.size(); ++months)
        histogram.append(QJsonObject{
            {QStringLiteral("months"), months},
            {QStringLiteral("cooperations"),
             figure(report, figures.histogramPersons.value(months), figures.histogramMonths.at(months))}});
    return {{QStringLiteral("ended"), all(figures.ended)},
            {QStringLiteral("min_days"), all(orNull(figures.minDays))},
            {QStringLiteral("median_days"), all(orNull(figures.medianDays))},
            {QStringLiteral("max_days"), all(orNull(figures.maxDays))},
            {QStringLiteral("ended_within_365_share"), all(figures.endedWithin365Share)},
            {QStringLiteral("mean_days_with_resolved_need"), all(orNull(figures.meanDaysWithResolvedNeed))},
            {QStringLiteral("histogram_months"), histogram}};
}

QJsonObject contactsObject(const Report &report)
{
    const ContactFigures &figures = report.contacts;
    QJsonObject byPlace;
    QJsonObject minutesByPlace;
    for (const CodeCount &place : figures.byPlace) {
        byPlace.insert(place.code, figure(report, place.persons, place.count));
        minutesByPlace.insert(place.code, figure(report, place.persons, place.minutes));
    }
    QJsonObject byIntervention;
    for (const CodeCount &intervention : figures.byIntervention)
        byIntervention.insert(intervention.code, figure(report, intervention.persons, intervention.count));
    return {{QStringLiteral("count"), figure(report, figures.persons, figures.count)},
            {QStringLiteral("minutes"), figure(report, figures.persons, figures.minutes)},
            {QStringLiteral("by_place"), byPlace},
            {QStringLiteral("minutes_by_place"), minutesByPlace},
            {QStringLiteral("by_intervention"), byIntervention}};
}

// The new rates and ratios: rounded to 4 decimals (a share of 0.1234 is 12.34 %).
QJsonValue rounded(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

QJsonArray bandArray(const Report &report, const QList<BandCount> &bands, const QString &key)
{
    QJsonArray array;
    for (const BandCount &band : bands)
        array.append(QJsonObject{{key, band.band}, {QStringLiteral("persons"), figure(report, band.persons, band.persons)}});
    return array;
}

void insertPopulation(QJsonObject &json, const Report &report)
{
    const int supported = report.personsSupported;
    json.insert(QStringLiteral("by_age_band"), bandArray(report, report.byAgeBand, QStringLiteral("band")));
    json.insert(QStringLiteral("by_gender"), bandArray(report, report.byGender, QStringLiteral("gender")));
    QJsonArray intensities;
    for (const IntensityFigures &figures : report.byIntensity)
        intensities.append(QJsonObject{
            {QStringLiteral("intensity"), figures.intensity},
            {QStringLiteral("identified"), figure(report, figures.persons, figures.identified)},
            {QStringLiteral("resolved"), figure(report, figures.resolvedPersons, figures.resolved)},
            {QStringLiteral("resolved_rate"), figure(report, figures.resolvedPersons, rounded(figures.resolvedRate))}});
    json.insert(QStringLiteral("by_intensity"), intensities);
    QJsonArray cells;
    for (const AreaIntensityFigures &cell : report.byAreaIntensity)
        cells.append(QJsonObject{{QStringLiteral("area"), cell.area},
                                 {QStringLiteral("intensity"), cell.intensity},
                                 {QStringLiteral("identified"), figure(report, cell.persons, cell.identified)}});
    json.insert(QStringLiteral("by_area_intensity"), cells);
    json.insert(QStringLiteral("households"), figure(report, supported, report.households));
    json.insert(QStringLiteral("persons_per_household"), figure(report, supported, rounded(report.personsPerHousehold)));
    json.insert(QStringLiteral("contact_hours_per_person"),
                figure(report, std::min<qint64>(supported, report.contacts.persons), rounded(report.contactHoursPerPerson)));
    json.insert(QStringLiteral("needs_per_person"), figure(report, supported, rounded(report.needsPerPerson)));
    QJsonArray providers;
    for (const ProviderFigures &provider : report.byProvider)
        providers.append(QJsonObject{
            {QStringLiteral("provider"), idText(provider.providerId)},
            {QStringLiteral("name"), provider.name},
            {QStringLiteral("persons"), figure(report, provider.persons, provider.persons)},
            {QStringLiteral("needs_identified"), figure(report, provider.persons, provider.needsIdentified)},
            {QStringLiteral("needs_resolved"), figure(report, provider.resolvedPersons, provider.needsResolved)},
            {QStringLiteral("contact_minutes"), figure(report, provider.persons, provider.contactMinutes)}});
    json.insert(QStringLiteral("by_provider"), providers);
    json.insert(QStringLiteral("esf_age_at_entry"), bandArray(report, report.esfAgeAtEntry, QStringLiteral("band")));
    QJsonArray coverage;
    for (const CoverageFigures &locality : report.localityCoverage)
        coverage.append(QJsonObject{{QStringLiteral("locality"), locality.code},
                                    {QStringLiteral("id"), idText(locality.localityId)},
                                    {QStringLiteral("name"), locality.name},
                                    {QStringLiteral("residents"), locality.residents},
                                    {QStringLiteral("persons"), figure(report, locality.persons, locality.persons)},
                                    {QStringLiteral("coverage"),
                                     figure(report, locality.persons, rounded(locality.coverage))}});
    json.insert(QStringLiteral("locality_coverage"), coverage);
    QJsonArray horizons;
    for (const HorizonFigures &horizon : report.goalsByHorizon)
        horizons.append(QJsonObject{{QStringLiteral("horizon"), horizon.horizon},
                                    {QStringLiteral("set"), figure(report, horizon.persons, horizon.set)},
                                    {QStringLiteral("achieved"), figure(report, horizon.persons, horizon.achieved)},
                                    {QStringLiteral("achieved_rate"),
                                     figure(report, horizon.persons, rounded(horizon.achievedRate))}});
    json.insert(QStringLiteral("goals_by_horizon"), horizons);
    QJsonArray reasons;
    for (const EndReasonFigures &reason : report.endReasons)
        reasons.append(QJsonObject{{QStringLiteral("end_reason"), reason.endReason.isEmpty()
                                                                      ? QJsonValue(QJsonValue::Null)
                                                                      : QJsonValue(reason.endReason)},
                                   {QStringLiteral("count"), figure(report, reason.persons, reason.count)}});
    json.insert(QStringLiteral("end_reasons"), reasons);
}

QJsonObject targetObject(const Report &report, const TargetFigures &target)
{
    QJsonObject object{{QStringLiteral("indicator"), target.indicator},
                       {QStringLiteral("year"), target.year},
                       {QStringLiteral("scope"), target.scopeText()},
                       {QStringLiteral("target"), target.target},
                       {QStringLiteral("actual"), figure(report, target.persons, orNull(target.actual))},
                       {QStringLiteral("gap"), figure(report, target.persons, orNull(target.gap))},
                       {QStringLiteral("met"), figure(report, target.persons, target.met)}};
    if (!target.localityId.isNull())
        object.insert(QStringLiteral("locality"), filterObject(target.localityId, target.localityCode,
                                                               target.localityName));
    if (!target.providerId.isNull())
        object.insert(QStringLiteral("provider"), filterObject(target.providerId, {}, target.providerName));
    return object;
}

// ---------------------------------------------------------------- CSV

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QString number(const std::optional<double> &value)
{
    return value ? number(*value) : QString();
}

// One CSV value: a number (written in the dialect's decimal form, never guarded)
// or text.
struct CsvCell
{
    QString text;
    bool numeric = false;
};

CsvCell numeric(const QString &text)
{
    return {text, true};
}

class CsvTable
{
public:
    explicit CsvTable(CsvDialect dialect)
        : m_separator(dialect == CsvDialect::ExcelCs ? QLatin1Char(';') : QLatin1Char(','))
        , m_decimalComma(dialect == CsvDialect::ExcelCs)
    {
        if (dialect == CsvDialect::ExcelCs)
            m_text += QChar(0xFEFF); // the UTF-8 byte order mark Excel reads the encoding from
        row(QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("subkey"), QStringLiteral("measure"),
            QStringLiteral("value"));
    }

    void row(const QString &section, const QString &key, const QString &subkey, const QString &measure,
             const CsvCell &value)
    {
        m_text += field(section) + m_separator + field(key) + m_separator + field(subkey) + m_separator
            + field(measure) + m_separator + field(value) + QStringLiteral("\r\n");
    }
    void row(const QString &section, const QString &key, const QString &subkey, const QString &measure,
             const QString &value)
    {
        row(section, key, subkey, measure, CsvCell{value, false});
    }
    void row(const QString &section, const QString &key, const QString &subkey, const QString &measure, qint64 value)
    {
        row(section, key, subkey, measure, numeric(QString::number(value)));
    }
    void row(const QString &section, const QString &key, const QString &subkey, const QString &measure, double value)
    {
        row(section, key, subkey, measure, numeric(number(value)));
    }
    QByteArray bytes() const { return m_text.toUtf8(); }

private:
    QString field(const QString &text) const { return field(CsvCell{text, false}); }
    QString field(const CsvCell &cell) const
    {
        if (!cell.numeric)
            return csv::textField(cell.text, m_separator);
        QString text = cell.text;
        if (m_decimalComma)
            text.replace(QLatin1Char('.'), QLatin1Char(','));
        return csv::quoted(text, m_separator);
    }

    QChar m_separator;
    bool m_decimalComma;
    QString m_text;
};

void writeFilters(CsvTable &csv, const Report &report)
{
    const ReportFilter &filter = report.filter;
    csv.row(QStringLiteral("period"), {}, {}, QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    csv.row(QStringLiteral("period"), {}, {}, QStringLiteral("to"), filter.to.toString(Qt::ISODate));
    if (!filter.localityId.isNull()) {
        csv.row(QStringLiteral("filter"), QStringLiteral("locality"), {}, QStringLiteral("code"), filter.localityCode);
        csv.row(QStringLiteral("filter"), QStringLiteral("locality"), {}, QStringLiteral("name"), report.localityName);
    }
    const QString section = QStringLiteral("filter");
    if (!filter.providerId.isNull()) {
        csv.row(section, QStringLiteral("provider"), {}, QStringLiteral("id"), idText(filter.providerId));
        csv.row(section, QStringLiteral("provider"), {}, QStringLiteral("name"), report.providerName);
    }
    if (!filter.workerId.isNull()) {
        csv.row(section, QStringLiteral("worker"), {}, QStringLiteral("id"), idText(filter.workerId));
        csv.row(section, QStringLiteral("worker"), {}, QStringLiteral("name"), report.workerName);
    }
}

CsvCell csvValue(int value)
{
    return numeric(QString::number(value));
}

CsvCell csvValue(qint64 value)
{
    return numeric(QString::number(value));
}

CsvCell csvValue(double value)
{
    return numeric(number(value));
}

CsvCell csvValue(const std::optional<double> &value)
{
    return numeric(number(value));
}

// A figure's CSV value, or "< 5" where it is computed over too few persons.
template<typename Value>
CsvCell cell(const Report &report, qint64 persons, const Value &value)
{
    return report.isSmall(persons) ? CsvCell{smallText(report), false} : csvValue(value);
}

// A rate or ratio of the figures added with the population: 4 decimals, as in JSON.
double rounded4(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

void writeNeeds(CsvTable &csv, const Report &report)
{
    const QString summary = QStringLiteral("summary");
    const int supported = report.personsSupported;
    csv.row(summary, {}, {}, QStringLiteral("persons_supported"), cell(report, supported, report.personsSupported));
    csv.row(summary, {}, {}, QStringLiteral("localities"), cell(report, supported, report.localities));
    csv.row(summary, {}, {}, QStringLiteral("needs_identified"), cell(report, supported, report.needsIdentified));
    csv.row(summary, {}, {}, QStringLiteral("needs_resolved"),
            cell(report, report.resolvedPersons, report.needsResolved));
    csv.row(summary, {}, {}, QStringLiteral("resolved_rate"), cell(report, report.resolvedPersons, report.resolvedRate));
    for (const AreaFigures &area : report.byArea) {
        const QString section = QStringLiteral("by_area");
        csv.row(section, area.area, {}, QStringLiteral("identified"), cell(report, area.persons, area.identified));
        csv.row(section, area.area, {}, QStringLiteral("resolved"), cell(report, area.resolvedPersons, area.resolved));
        csv.row(section, area.area, {}, QStringLiteral("resolved_rate"),
                cell(report, area.resolvedPersons, area.resolvedRate));
        csv.row(section, area.area, {}, QStringLiteral("share_of_resolved"),
                cell(report, area.resolvedPersons, area.shareOfResolved));
    }
    for (const OutcomeFigures &outcome : report.outcomes)
        csv.row(QStringLiteral("outcomes"), outcome.area, outcome.outcome, QStringLiteral("persons"),
                cell(report, outcome.persons, outcome.persons));
    for (const ResolveTimeFigures &time : report.timeToResolve) {
        const QString section = QStringLiteral("time_to_resolve");
        csv.row(section, time.area, {}, QStringLiteral("resolved"), cell(report, time.persons, time.resolved));
        csv.row(section, time.area, {}, QStringLiteral("mean_days"), cell(report, time.persons, time.meanDays));
        csv.row(section, time.area, {}, QStringLiteral("median_days"), cell(report, time.persons, time.medianDays));
    }
    for (const LocalityFigures &locality : report.byLocality) {
        const QString section = QStringLiteral("by_locality");
        csv.row(section, locality.code, locality.name, QStringLiteral("persons"),
                cell(report, locality.persons, locality.persons));
        csv.row(section, locality.code, locality.name, QStringLiteral("needs_identified"),
                cell(report, locality.persons, locality.needsIdentified));
        csv.row(section, locality.code, locality.name, QStringLiteral("needs_resolved"),
                cell(report, locality.resolvedPersons, locality.needsResolved));
        csv.row(section, locality.code, locality.name, QStringLiteral("resolved_rate"),
                cell(report, locality.resolvedPersons, locality.resolvedRate));
    }
}

void writeCooperationAndContacts(CsvTable &csv, const Report &report)
{
    const CooperationFigures &cooperation = report.cooperation;
    const QString section = QStringLiteral("cooperation");
    const int persons = cooperation.persons;
    csv.row(section, {}, {}, QStringLiteral("ended"), cell(report, persons, cooperation.ended));
    csv.row(section, {}, {}, QStringLiteral("min_days"), cell(report, persons, cooperation.minDays));
    csv.row(section, {}, {}, QStringLiteral("median_days"), cell(report, persons, cooperation.medianDays));
    csv.row(section, {}, {}, QStringLiteral("max_days"), cell(report, persons, cooperation.maxDays));
    csv.row(section, {}, {}, QStringLiteral("ended_within_365_share"),
            cell(report, persons, cooperation.endedWithin365Share));
    csv.row(section, {}, {}, QStringLiteral("mean_days_with_resolved_need"),
            cell(report, persons, cooperation.meanDaysWithResolvedNeed));
    for (int months = 0; months < cooperation.histogramMonths.size(); ++months)
        csv.row(QStringLiteral("cooperation_months"), QString::number(months), {}, QStringLiteral("cooperations"),
                cell(report, cooperation.histogramPersons.value(months), cooperation.histogramMonths.at(months)));

    const ContactFigures &contacts = report.contacts;
    csv.row(QStringLiteral("contacts"), {}, {}, QStringLiteral("count"), cell(report, contacts.persons, contacts.count));
    csv.row(QStringLiteral("contacts"), {}, {}, QStringLiteral("minutes"),
            cell(report, contacts.persons, contacts.minutes));
    for (const CodeCount &place : contacts.byPlace) {
        csv.row(QStringLiteral("contacts_by_place"), place.code, {}, QStringLiteral("count"),
                cell(report, place.persons, place.count));
        csv.row(QStringLiteral("contacts_by_place"), place.code, {}, QStringLiteral("minutes"),
                cell(report, place.persons, place.minutes));
    }
    for (const CodeCount &intervention : contacts.byIntervention)
        csv.row(QStringLiteral("contacts_by_intervention"), intervention.code, {}, QStringLiteral("count"),
                cell(report, intervention.persons, intervention.count));
}

void writeTargets(CsvTable &csv, const Report &report)
{
    for (const TargetFigures &target : report.targets) {
        const QString subkey = QString::number(target.year) + QLatin1Char('/') + target.scopeText();
        csv.row(QStringLiteral("targets"), target.indicator, subkey, QStringLiteral("target"), target.target);
        csv.row(QStringLiteral("targets"), target.indicator, subkey, QStringLiteral("actual"),
                cell(report, target.persons, target.actual));
        csv.row(QStringLiteral("targets"), target.indicator, subkey, QStringLiteral("gap"),
                cell(report, target.persons, target.gap));
        csv.row(QStringLiteral("targets"), target.indicator, subkey, QStringLiteral("met"),
                cell(report, target.persons, target.met ? 1 : 0));
    }
}

void writePopulation(CsvTable &csv, const Report &report)
{
    const int supported = report.personsSupported;
    const QString summary = QStringLiteral("summary");
    csv.row(summary, {}, {}, QStringLiteral("households"), cell(report, supported, report.households));
    csv.row(summary, {}, {}, QStringLiteral("persons_per_household"),
            cell(report, supported, rounded4(report.personsPerHousehold)));
    csv.row(summary, {}, {}, QStringLiteral("contact_hours_per_person"),
            cell(report, std::min<qint64>(supported, report.contacts.persons), rounded4(report.contactHoursPerPerson)));
    csv.row(summary, {}, {}, QStringLiteral("needs_per_person"), cell(report, supported, rounded4(report.needsPerPerson)));
    for (const BandCount &band : report.byAgeBand)
        csv.row(QStringLiteral("by_age_band"), band.band, {}, QStringLiteral("persons"),
                cell(report, band.persons, band.persons));
    for (const BandCount &band : report.byGender)
        csv.row(QStringLiteral("by_gender"), band.band, {}, QStringLiteral("persons"),
                cell(report, band.persons, band.persons));
    for (const IntensityFigures &figures : report.byIntensity) {
        const QString section = QStringLiteral("by_intensity");
        const QString key = QString::number(figures.intensity);
        csv.row(section, key, {}, QStringLiteral("identified"), cell(report, figures.persons, figures.identified));
        csv.row(section, key, {}, QStringLiteral("resolved"), cell(report, figures.resolvedPersons, figures.resolved));
        csv.row(section, key, {}, QStringLiteral("resolved_rate"),
                cell(report, figures.resolvedPersons, rounded4(figures.resolvedRate)));
    }
    for (const AreaIntensityFigures &figures : report.byAreaIntensity)
        csv.row(QStringLiteral("by_area_intensity"), figures.area, QString::number(figures.intensity),
                QStringLiteral("identified"), cell(report, figures.persons, figures.identified));
    for (const ProviderFigures &provider : report.byProvider) {
        const QString section = QStringLiteral("by_provider");
        const QString id = idText(provider.providerId);
        csv.row(section, id, provider.name, QStringLiteral("persons"), cell(report, provider.persons, provider.persons));
        csv.row(section, id, provider.name, QStringLiteral("needs_identified"),
                cell(report, provider.persons, provider.needsIdentified));
        csv.row(section, id, provider.name, QStringLiteral("needs_resolved"),
                cell(report, provider.resolvedPersons, provider.needsResolved));
        csv.row(section, id, provider.name, QStringLiteral("contact_minutes"),
                cell(report, provider.persons, provider.contactMinutes));
    }
    for (const BandCount &band : report.esfAgeAtEntry)
        csv.row(QStringLiteral("esf_age_at_entry"), band.band, {}, QStringLiteral("persons"),
                cell(report, band.persons, band.persons));
    for (const CoverageFigures &locality : report.localityCoverage) {
        const QString section = QStringLiteral("locality_coverage");
        csv.row(section, locality.code, locality.name, QStringLiteral("residents"), csvValue(locality.residents));
        csv.row(section, locality.code, locality.name, QStringLiteral("persons"),
                cell(report, locality.persons, locality.persons));
        csv.row(section, locality.code, locality.name, QStringLiteral("coverage"),
                cell(report, locality.persons, rounded4(locality.coverage)));
    }
    for (const HorizonFigures &horizon : report.goalsByHorizon) {
        const QString section = QStringLiteral("goals_by_horizon");
        csv.row(section, horizon.horizon, {}, QStringLiteral("set"), cell(report, horizon.persons, horizon.set));
        csv.row(section, horizon.horizon, {}, QStringLiteral("achieved"), cell(report, horizon.persons, horizon.achieved));
        csv.row(section, horizon.horizon, {}, QStringLiteral("achieved_rate"),
                cell(report, horizon.persons, rounded4(horizon.achievedRate)));
    }
    for (const EndReasonFigures &reason : report.endReasons)
        csv.row(QStringLiteral("end_reasons"), reason.endReason, {}, QStringLiteral("count"),
                cell(report, reason.persons, reason.count));
}

void writeGroups(CsvTable &csv, const Report &report)
{
    for (const GroupActivityFigures &group : report.groupActivities) {
        csv.row(QStringLiteral("group_activities"), group.kind, {}, QStringLiteral("activities"), group.activities);
        csv.row(QStringLiteral("group_activities"), group.kind, {}, QStringLiteral("participants"),
                group.participants);
    }
    csv.row(QStringLiteral("anonymous_contacts"), {}, {}, QStringLiteral("count"), report.anonymousContacts);
    csv.row(QStringLiteral("anonymous_contacts"), {}, {}, QStringLiteral("persons"), report.anonymousPersons);
}

} // namespace

QJsonObject toJsonObject(const Report &report)
{
    const ReportFilter &filter = report.filter;
    QJsonObject json;
    json.insert(QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), filter.from.toString(Qt::ISODate)},
                                                      {QStringLiteral("to"), filter.to.toString(Qt::ISODate)}});
    json.insert(QStringLiteral("filters"),
                QJsonObject{{QStringLiteral("locality"),
                             filterObject(filter.localityId, filter.localityCode, report.localityName)},
                            {QStringLiteral("provider"), filterObject(filter.providerId, {}, report.providerName)},
                            {QStringLiteral("worker"), filterObject(filter.workerId, {}, report.workerName)}});
    if (report.smallCellLimit > 0)
        json.insert(QStringLiteral("small_cell_limit"), report.smallCellLimit);
    const int supported = report.personsSupported;
    json.insert(QStringLiteral("persons_supported"), figure(report, supported, report.personsSupported));
    json.insert(QStringLiteral("localities"), figure(report, supported, report.localities));
    json.insert(QStringLiteral("needs_identified"), figure(report, supported, report.needsIdentified));
    json.insert(QStringLiteral("needs_resolved"), figure(report, report.resolvedPersons, report.needsResolved));
    json.insert(QStringLiteral("resolved_rate"), figure(report, report.resolvedPersons, report.resolvedRate));

    QJsonArray byArea;
    for (const AreaFigures &area : report.byArea)
        byArea.append(
            QJsonObject{{QStringLiteral("area"), area.area},
                        {QStringLiteral("identified"), figure(report, area.persons, area.identified)},
                        {QStringLiteral("resolved"), figure(report, area.resolvedPersons, area.resolved)},
                        {QStringLiteral("resolved_rate"), figure(report, area.resolvedPersons, area.resolvedRate)},
                        {QStringLiteral("share_of_resolved"),
                         figure(report, area.resolvedPersons, area.shareOfResolved)}});
    json.insert(QStringLiteral("by_area"), byArea);
    QJsonArray outcomes;
    for (const OutcomeFigures &outcome : report.outcomes)
        outcomes.append(QJsonObject{{QStringLiteral("area"), outcome.area},
                                    {QStringLiteral("outcome"), outcome.outcome},
                                    {QStringLiteral("persons"), figure(report, outcome.persons, outcome.persons)}});
    json.insert(QStringLiteral("outcomes"), outcomes);
    json.insert(QStringLiteral("cooperation"), cooperationObject(report));
    QJsonArray times;
    for (const ResolveTimeFigures &time : report.timeToResolve)
        times.append(QJsonObject{{QStringLiteral("area"), time.area},
                                 {QStringLiteral("resolved"), figure(report, time.persons, time.resolved)},
                                 {QStringLiteral("mean_days"), figure(report, time.persons, orNull(time.meanDays))},
                                 {QStringLiteral("median_days"),
                                  figure(report, time.persons, orNull(time.medianDays))}});
    json.insert(QStringLiteral("time_to_resolve"), times);
    json.insert(QStringLiteral("contacts"), contactsObject(report));
    QJsonArray localities;
    for (const LocalityFigures &locality : report.byLocality)
        localities.append(QJsonObject{
            {QStringLiteral("id"), locality.localityId.isNull() ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(idText(locality.localityId))},
            {QStringLiteral("code"), locality.code},
            {QStringLiteral("name"), locality.name},
            {QStringLiteral("persons"), figure(report, locality.persons, locality.persons)},
            {QStringLiteral("needs_identified"), figure(report, locality.persons, locality.needsIdentified)},
            {QStringLiteral("needs_resolved"), figure(report, locality.resolvedPersons, locality.needsResolved)},
            {QStringLiteral("resolved_rate"), figure(report, locality.resolvedPersons, locality.resolvedRate)}});
    json.insert(QStringLiteral("by_locality"), localities);
    QJsonArray targets;
    for (const TargetFigures &target : report.targets)
        targets.append(targetObject(report, target));
    json.insert(QStringLiteral("targets"), targets);
    insertPopulation(json, report);
    QJsonArray partnerKinds;
    for (const PartnerKindFigures &kind : report.byPartnerKind)
        partnerKinds.append(QJsonObject{{QStringLiteral("partner_kind"), kind.kind},
                                        {QStringLiteral("steps"), figure(report, kind.persons, kind.steps)},
                                        {QStringLiteral("contacts"), figure(report, kind.persons, kind.contacts)}});
    json.insert(QStringLiteral("by_partner_kind"), partnerKinds);
    QJsonArray groups;
    for (const GroupActivityFigures &group : report.groupActivities)
        groups.append(QJsonObject{{QStringLiteral("kind"), group.kind},
                                  {QStringLiteral("activities"), group.activities},
                                  {QStringLiteral("participants"), group.participants}});
    json.insert(QStringLiteral("group_activities"), groups);
    json.insert(QStringLiteral("anonymous_contacts"), report.anonymousContacts);
    json.insert(QStringLiteral("anonymous_persons"), report.anonymousPersons);
    return json;
}

QByteArray toJson(const Report &report)
{
    return QJsonDocument(toJsonObject(report)).toJson(QJsonDocument::Indented);
}

QByteArray toCsv(const Report &report, CsvDialect dialect)
{
    CsvTable csv(dialect);
    writeFilters(csv, report);
    writeNeeds(csv, report);
    writeCooperationAndContacts(csv, report);
    writeTargets(csv, report);
    writePopulation(csv, report);
    for (const PartnerKindFigures &kind : report.byPartnerKind) {
        csv.row(QStringLiteral("by_partner_kind"), kind.kind, {}, QStringLiteral("steps"),
                cell(report, kind.persons, kind.steps));
        csv.row(QStringLiteral("by_partner_kind"), kind.kind, {}, QStringLiteral("contacts"),
                cell(report, kind.persons, kind.contacts));
    }
    writeGroups(csv, report);
    return csv.bytes();
}

} // namespace teren
