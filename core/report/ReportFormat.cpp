#include "ReportFormat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace teren {

namespace {

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
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

QJsonObject cooperationObject(const CooperationFigures &figures)
{
    QJsonArray histogram;
    for (int months = 0; months < figures.histogramMonths.size(); ++months)
        histogram.append(QJsonObject{{QStringLiteral("months"), months},
                                     {QStringLiteral("cooperations"), figures.histogramMonths.at(months)}});
    return {{QStringLiteral("ended"), figures.ended},
            {QStringLiteral("min_days"), orNull(figures.minDays)},
            {QStringLiteral("median_days"), orNull(figures.medianDays)},
            {QStringLiteral("max_days"), orNull(figures.maxDays)},
            {QStringLiteral("ended_within_365_share"), figures.endedWithin365Share},
            {QStringLiteral("mean_days_with_resolved_need"), orNull(figures.meanDaysWithResolvedNeed)},
            {QStringLiteral("histogram_months"), histogram}};
}

QJsonObject contactsObject(const ContactFigures &figures)
{
    QJsonObject byPlace;
    QJsonObject minutesByPlace;
    for (const CodeCount &place : figures.byPlace) {
        byPlace.insert(place.code, place.count);
        minutesByPlace.insert(place.code, place.minutes);
    }
    QJsonObject byIntervention;
    for (const CodeCount &intervention : figures.byIntervention)
        byIntervention.insert(intervention.code, intervention.count);
    return {{QStringLiteral("count"), figures.count},
            {QStringLiteral("minutes"), figures.minutes},
            {QStringLiteral("by_place"), byPlace},
            {QStringLiteral("minutes_by_place"), minutesByPlace},
            {QStringLiteral("by_intervention"), byIntervention}};
}

QJsonObject targetObject(const TargetFigures &target)
{
    QJsonObject object{{QStringLiteral("indicator"), target.indicator},
                       {QStringLiteral("year"), target.year},
                       {QStringLiteral("scope"), target.scopeText()},
                       {QStringLiteral("target"), target.target},
                       {QStringLiteral("actual"), orNull(target.actual)},
                       {QStringLiteral("gap"), orNull(target.gap)},
                       {QStringLiteral("met"), target.met}};
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

void writeNeeds(CsvTable &csv, const Report &report)
{
    const QString summary = QStringLiteral("summary");
    csv.row(summary, {}, {}, QStringLiteral("persons_supported"), qint64(report.personsSupported));
    csv.row(summary, {}, {}, QStringLiteral("localities"), qint64(report.localities));
    csv.row(summary, {}, {}, QStringLiteral("needs_identified"), qint64(report.needsIdentified));
    csv.row(summary, {}, {}, QStringLiteral("needs_resolved"), qint64(report.needsResolved));
    csv.row(summary, {}, {}, QStringLiteral("resolved_rate"), report.resolvedRate);
    for (const AreaFigures &area : report.byArea) {
        const QString section = QStringLiteral("by_area");
        csv.row(section, area.area, {}, QStringLiteral("identified"), qint64(area.identified));
        csv.row(section, area.area, {}, QStringLiteral("resolved"), qint64(area.resolved));
        csv.row(section, area.area, {}, QStringLiteral("resolved_rate"), area.resolvedRate);
        csv.row(section, area.area, {}, QStringLiteral("share_of_resolved"), area.shareOfResolved);
    }
    for (const OutcomeFigures &outcome : report.outcomes)
        csv.row(QStringLiteral("outcomes"), outcome.area, outcome.outcome, QStringLiteral("persons"),
                qint64(outcome.persons));
    for (const ResolveTimeFigures &time : report.timeToResolve) {
        const QString section = QStringLiteral("time_to_resolve");
        csv.row(section, time.area, {}, QStringLiteral("resolved"), qint64(time.resolved));
        csv.row(section, time.area, {}, QStringLiteral("mean_days"), number(time.meanDays));
        csv.row(section, time.area, {}, QStringLiteral("median_days"), number(time.medianDays));
    }
    for (const LocalityFigures &locality : report.byLocality) {
        const QString section = QStringLiteral("by_locality");
        csv.row(section, locality.code, locality.name, QStringLiteral("persons"), qint64(locality.persons));
        csv.row(section, locality.code, locality.name, QStringLiteral("needs_identified"),
                qint64(locality.needsIdentified));
        csv.row(section, locality.code, locality.name, QStringLiteral("needs_resolved"),
                qint64(locality.needsResolved));
        csv.row(section, locality.code, locality.name, QStringLiteral("resolved_rate"), locality.resolvedRate);
    }
}

void writeCooperationAndContacts(CsvTable &csv, const Report &report)
{
    const CooperationFigures &cooperation = report.cooperation;
    const QString section = QStringLiteral("cooperation");
    csv.row(section, {}, {}, QStringLiteral("ended"), qint64(cooperation.ended));
    csv.row(section, {}, {}, QStringLiteral("min_days"), number(cooperation.minDays));
    csv.row(section, {}, {}, QStringLiteral("median_days"), number(cooperation.medianDays));
    csv.row(section, {}, {}, QStringLiteral("max_days"), number(cooperation.maxDays));
    csv.row(section, {}, {}, QStringLiteral("ended_within_365_share"), cooperation.endedWithin365Share);
    csv.row(section, {}, {}, QStringLiteral("mean_days_with_resolved_need"),
            number(cooperation.meanDaysWithResolvedNeed));
    for (int months = 0; months < cooperation.histogramMonths.size(); ++months)
        csv.row(QStringLiteral("cooperation_months"), QString::number(months), {}, QStringLiteral("cooperations"),
                qint64(cooperation.histogramMonths.at(months)));

    const ContactFigures &contacts = report.contacts;
    csv.row(QStringLiteral("contacts"), {}, {}, QStringLiteral("count"), contacts.count);
    csv.row(QStringLiteral("contacts"), {}, {}, QStringLiteral("minutes"), contacts.minutes);
    for (const CodeCount &place : contacts.byPlace) {
        csv.row(QStringLiteral("contacts_by_place"), place.code, {}, QStringLiteral("count"), place.count);
        csv.row(QStringLiteral("contacts_by_place"), place.code, {}, QStringLiteral("minutes"), place.minutes);
    }
    for (const CodeCount &intervention : contacts.byIntervention)
        csv.row(QStringLiteral("contacts_by_intervention"), intervention.code, {}, QStringLiteral("count"),
                intervention.count);
}

void writeTargets(CsvTable &csv, const Report &report)
{
    for (const TargetFigures &target : report.targets) {
        const QString subkey = QString::number(target.year) + QLatin1Char('/') + target.scopeText();
        csv.row(QStringLiteral("targets"), target.indicator, subkey, QStringLiteral("target"), target.target);
        csv.row(QStringLiteral("targets"), target.indicator, subkey, QStringLiteral("actual"), number(target.actual));
        csv.row(QStringLiteral("targets"), target.indicator, subkey, QStringLiteral("gap"), number(target.gap));
        csv.row(QStringLiteral("targets"), target.indicator, subkey, QStringLiteral("met"), qint64(target.met ? 1 : 0));
    }
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
    json.insert(QStringLiteral("persons_supported"), report.personsSupported);
    json.insert(QStringLiteral("localities"), report.localities);
    json.insert(QStringLiteral("needs_identified"), report.needsIdentified);
    json.insert(QStringLiteral("needs_resolved"), report.needsResolved);
    json.insert(QStringLiteral("resolved_rate"), report.resolvedRate);

    QJsonArray byArea;
    for (const AreaFigures &area : report.byArea)
        byArea.append(QJsonObject{{QStringLiteral("area"), area.area},
                                  {QStringLiteral("identified"), area.identified},
                                  {QStringLiteral("resolved"), area.resolved},
                                  {QStringLiteral("resolved_rate"), area.resolvedRate},
                                  {QStringLiteral("share_of_resolved"), area.shareOfResolved}});
    json.insert(QStringLiteral("by_area"), byArea);
    QJsonArray outcomes;
    for (const OutcomeFigures &outcome : report.outcomes)
        outcomes.append(QJsonObject{{QStringLiteral("area"), outcome.area},
                                    {QStringLiteral("outcome"), outcome.outcome},
                                    {QStringLiteral("persons"), outcome.persons}});
    json.insert(QStringLiteral("outcomes"), outcomes);
    json.insert(QStringLiteral("cooperation"), cooperationObject(report.cooperation));
    QJsonArray times;
    for (const ResolveTimeFigures &time : report.timeToResolve)
        times.append(QJsonObject{{QStringLiteral("area"), time.area},
                                 {QStringLiteral("resolved"), time.resolved},
                                 {QStringLiteral("mean_days"), orNull(time.meanDays)},
                                 {QStringLiteral("median_days"), orNull(time.medianDays)}});
    json.insert(QStringLiteral("time_to_resolve"), times);
    json.insert(QStringLiteral("contacts"), contactsObject(report.contacts));
    QJsonArray localities;
    for (const LocalityFigures &locality : report.byLocality)
        localities.append(QJsonObject{
            {QStringLiteral("id"), locality.localityId.isNull() ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(idText(locality.localityId))},
            {QStringLiteral("code"), locality.code},
            {QStringLiteral("name"), locality.name},
            {QStringLiteral("persons"), locality.persons},
            {QStringLiteral("needs_identified"), locality.needsIdentified},
            {QStringLiteral("needs_resolved"), locality.needsResolved},
            {QStringLiteral("resolved_rate"), locality.resolvedRate}});
    json.insert(QStringLiteral("by_locality"), localities);
    QJsonArray targets;
    for (const TargetFigures &target : report.targets)
        targets.append(targetObject(target));
    json.insert(QStringLiteral("targets"), targets);
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
    return csv.bytes();
}

} // namespace teren
