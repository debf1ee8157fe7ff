#include "ReportFormat.h"

#include <QJsonArray>
#include <QJsonDocument>

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

QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

class CsvTable
{
public:
    CsvTable()
    {
        row(QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("subkey"), QStringLiteral("measure"),
            QStringLiteral("value"));
    }

    void row(const QString &section, const QString &key, const QString &subkey, const QString &measure,
             const QString &value)
    {
        m_text += field(section) + QLatin1Char(',') + field(key) + QLatin1Char(',') + field(subkey)
            + QLatin1Char(',') + field(measure) + QLatin1Char(',') + field(value) + QStringLiteral("\r\n");
    }
    void row(const QString &section, const QString &key, const QString &subkey, const QString &measure, qint64 value)
    {
        row(section, key, subkey, measure, QString::number(value));
    }
    void row(const QString &section, const QString &key, const QString &subkey, const QString &measure, double value)
    {
        row(section, key, subkey, measure, number(value));
    }
    QByteArray bytes() const { return m_text.toUtf8(); }

private:
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

QString csvValue(int value)
{
    return QString::number(value);
}

QString csvValue(qint64 value)
{
    return QString::number(value);
}

QString csvValue(double value)
{
    return number(value);
}

QString csvValue(const std::optional<double> &value)
{
    return number(value);
}

// A figure's CSV value, or "< 5" where it is computed over too few persons.
template<typename Value>
QString cell(const Report &report, qint64 persons, const Value &value)
{
    return report.isSmall(persons) ? smallText(report) : csvValue(value);
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

QByteArray toCsv(const Report &report)
{
    CsvTable csv;
    writeFilters(csv, report);
    writeNeeds(csv, report);
    writeCooperationAndContacts(csv, report);
    writeTargets(csv, report);
    writeGroups(csv, report);
    return csv.bytes();
}

} // namespace teren
