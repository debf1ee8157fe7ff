#include "ReportSections.h"

#include "ChartFit.h"
#include "domain/Codes.h"
#include "domain/TargetIndicators.h"
#include "store/Codelists.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QValueAxis>

#include <algorithm>

namespace teren {

QChart *ReportSections::horizontalBars(const QStringList &categories, const QList<QPair<QString, QList<double>>> &sets,
                                       const QString &valueTitle)
{
    auto *chart = new QChart;
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.8);
    double maximum = 0;
    QList<QBarSet *> bars;
    for (const auto &[name, values] : sets) {
        auto *set = new QBarSet(name);
        for (auto it = values.crbegin(); it != values.crend(); ++it) {
            *set << *it;
            maximum = std::max(maximum, *it);
        }
        bars.prepend(set);
    }
    series->append(bars);
    chart->legend()->setReverseMarkers(true);
    chart->addSeries(series);
    QStringList reversed(categories.crbegin(), categories.crend());
    auto *axisY = new QBarCategoryAxis;
    axisY->append(reversed);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, maximum > 0 ? maximum * 1.05 : 1);
    axisX->applyNiceNumbers();
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(valueTitle);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setVisible(sets.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QString ReportSections::percent(double fraction)
{
    // A no-break space: a wrapped table cell never leaves the sign on a line of its own.
    return QLocale().toString(fraction * 100, 'f', 1) + QChar(0x00A0) + u'%';
}

QString ReportSections::days(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 0) : QStringLiteral("–");
}

QString ReportSections::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString ReportSections::cell(const Report &report, qint64 persons, const QString &text)
{
    return report.isSmall(persons) ? tr("< %1").arg(report.smallCellLimit) : text;
}

QList<ReportSection> ReportSections::build(const Report &report, const Codelists &codes)
{
    // A figure over too few persons (a statistical database's report): "< 5" in the
    // table, and no bar or slice of its own in the chart.
    const auto shown = [&report](qint64 persons, const QString &text) { return cell(report, persons, text); };
    const auto plotted = [&report](qint64 persons, double value) { return report.isSmall(persons) ? 0.0 : value; };
    QList<ReportSection> sections;
    QStringList areas;
    QList<double> identified, resolved;
    for (const AreaFigures &area : report.byArea) {
        if (area.identified == 0 && area.resolved == 0)
            continue;
        areas.append(codes.areaLabel(area.area));
        identified.append(plotted(area.persons, area.identified));
        resolved.append(plotted(area.resolvedPersons, area.resolved));
    }

    ReportSection needs;
    needs.key = QStringLiteral("needs_by_area");
    needs.tab = tr("Needs by area");
    needs.title = tr("Needs identified and resolved by area");
    needs.headers = {tr("Area"), tr("Identified"), tr("Resolved"), tr("Resolved rate"), tr("Share of resolved")};
    for (const AreaFigures &area : report.byArea)
        needs.rows.append({codes.areaLabel(area.area), shown(area.persons, number(area.identified)),
                           shown(area.resolvedPersons, number(area.resolved)),
                           shown(area.resolvedPersons, percent(area.resolvedRate)),
                           shown(area.resolvedPersons, percent(area.shareOfResolved))});
    needs.makeChart = [=] {
        return horizontalBars(areas, {{tr("Identified"), identified}, {tr("Resolved"), resolved}}, tr("needs"));
    };
    sections.append(needs);

    ReportSection share;
    share.key = QStringLiteral("share_of_resolved");
    share.tab = tr("Share of resolved");
    share.title = tr("Share of resolved needs by area");
    share.headers = {tr("Area"), tr("Resolved"), tr("Share of resolved")};
    QList<QPair<QString, double>> slices;
    for (const AreaFigures &area : report.byArea) {
        if (area.resolved == 0)
            continue;
        share.rows.append({codes.areaLabel(area.area), shown(area.resolvedPersons, number(area.resolved)),
                           shown(area.resolvedPersons, percent(area.shareOfResolved))});
        if (!report.isSmall(area.resolvedPersons))
            slices.append({codes.areaLabel(area.area), area.shareOfResolved});
    }
    share.makeChart = [slices] {
        auto *chart = new QChart;
        auto *series = new QPieSeries;
        for (const auto &[label, value] : slices) {
            QPieSlice *slice = series->append(QStringLiteral("%1 %2").arg(label, percent(value)), value);
            slice->setLabelVisible(value >= 0.03);
        }
        series->setPieSize(0.62);
        chart->addSeries(series);
        chart->legend()->setVisible(false);
        return chart;
    };
    sections.append(share);

    ReportSection places;
    places.key = QStringLiteral("localities");
    places.tab = tr("Localities");
    places.title = tr("Persons and resolved rate by locality");
    places.headers = {tr("Locality"), tr("Persons"), tr("Needs identified"), tr("Needs resolved"),
                      tr("Resolved rate")};
    QStringList localityNames;
    QList<double> persons, rates;
    for (const LocalityFigures &place : report.byLocality) {
        const QString name = place.name.isEmpty() ? tr("(locality unknown)") : place.name;
        places.rows.append({name, shown(place.persons, number(place.persons)),
                            shown(place.persons, number(place.needsIdentified)),
                            shown(place.resolvedPersons, number(place.needsResolved)),
                            shown(place.resolvedPersons, percent(place.resolvedRate))});
        localityNames.append(name);
        persons.append(plotted(place.persons, place.persons));
        rates.append(plotted(place.resolvedPersons, place.resolvedRate * 100));
    }
    places.makeChart = [=] {
        auto *chart = new QChart;
        auto *bars = new QBarSeries;
        auto *set = new QBarSet(tr("Persons supported"));
        for (double value : persons)
            *set << value;
        bars->append(set);
        chart->addSeries(bars);
        auto *line = new QLineSeries;
        line->setName(tr("Resolved rate (%)"));
        for (qsizetype i = 0; i < rates.size(); ++i)
            line->append(static_cast<double>(i), rates.at(i));
        chart->addSeries(line);
        // Side by side when the names fit, else upright (ChartFit).
        auto *axisX = new QBarCategoryAxis;
        axisX->append(localityNames);
        chart->addAxis(axisX, Qt::AlignBottom);
        bars->attachAxis(axisX);
        line->attachAxis(axisX);
        auto *axisPersons = new QValueAxis;
        axisPersons->setRange(0, persons.isEmpty() ? 1 : *std::max_element(persons.cbegin(), persons.cend()) * 1.1);
        axisPersons->applyNiceNumbers();
        axisPersons->setLabelFormat(QStringLiteral("%.0f"));
        axisPersons->setTitleText(tr("persons"));
        chart->addAxis(axisPersons, Qt::AlignLeft);
        bars->attachAxis(axisPersons);
        auto *axisRate = new QValueAxis;
        axisRate->setRange(0, 100);
        axisRate->setLabelFormat(QStringLiteral("%.0f %%"));
        axisRate->setTitleText(tr("resolved rate"));
        chart->addAxis(axisRate, Qt::AlignRight);
        line->attachAxis(axisRate);
        chart->legend()->setAlignment(Qt::AlignBottom);
        return chart;
    };
    sections.append(places);

    const CooperationFigures &cooperation = report.cooperation;
    ReportSection length;
    length.key = QStringLiteral("cooperation_length");
    length.tab = tr("Cooperation length");
    length.title = tr("Length of cooperations that ended in the period");
    length.headers = {tr("Whole months"), tr("Cooperations")};
    QList<double> counts;
    for (qsizetype m = 0; m < cooperation.histogramMonths.size(); ++m) {
        const int bar = cooperation.histogramPersons.value(m);
        length.rows.append(
            {number(static_cast<double>(m)), shown(bar, number(cooperation.histogramMonths.at(m)))});
        counts.append(plotted(bar, cooperation.histogramMonths.at(m)));
    }
    const int ended = cooperation.persons;
    length.rows.append({tr("Ended"), shown(ended, number(cooperation.ended))});
    length.rows.append({tr("Shortest (days)"), shown(ended, days(cooperation.minDays))});
    length.rows.append({tr("Median (days)"), shown(ended, days(cooperation.medianDays))});
    length.rows.append({tr("Longest (days)"), shown(ended, days(cooperation.maxDays))});
    length.rows.append({tr("Ended within 365 days"), shown(ended, percent(cooperation.endedWithin365Share))});
    length.rows.append(
        {tr("Mean with a need resolved (days)"), shown(ended, days(cooperation.meanDaysWithResolvedNeed))});
    length.makeChart = [=] {
        auto *chart = new QChart;
        auto *series = new QBarSeries;
        auto *set = new QBarSet(tr("Cooperations"));
        double maximum = 0;
        for (double value : counts) {
            *set << value;
            maximum = std::max(maximum, value);
        }
        series->append(set);
        series->setBarWidth(0.95);
        chart->addSeries(series);
        // Months on a value axis: a tick every so many months, as many as the width
        // holds, rather than a category label per month squeezed into "...".
        auto *axisX = new QValueAxis;
        axisX->setRange(-0.5, std::max(0.5, static_cast<double>(counts.size()) - 0.5));
        ChartFit::markWholeUnits(axisX);
        axisX->setTitleText(tr("whole months"));
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        auto *axisY = new QValueAxis;
        axisY->setRange(0, maximum > 0 ? maximum * 1.05 : 1);
        axisY->applyNiceNumbers();
        axisY->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        chart->legend()->setVisible(false);
        return chart;
    };
    sections.append(length);

    ReportSection resolve;
    resolve.key = QStringLiteral("time_to_resolve");
    resolve.tab = tr("Time to resolve");
    resolve.title = tr("Time to resolve a need by area (days)");
    resolve.headers = {tr("Area"), tr("Resolved"), tr("Mean days"), tr("Median days")};
    QStringList resolvedAreas;
    QList<double> means, medians;
    for (const ResolveTimeFigures &area : report.timeToResolve) {
        resolve.rows.append({codes.areaLabel(area.area), shown(area.persons, number(area.resolved)),
                             shown(area.persons, days(area.meanDays)), shown(area.persons, days(area.medianDays))});
        if (area.resolved == 0 || report.isSmall(area.persons))
            continue;
        resolvedAreas.append(codes.areaLabel(area.area));
        means.append(area.meanDays.value_or(0));
        medians.append(area.medianDays.value_or(0));
    }
    resolve.makeChart = [=] {
        return horizontalBars(resolvedAreas, {{tr("Mean"), means}, {tr("Median"), medians}}, tr("days"));
    };
    sections.append(resolve);

    ReportSection outcomes;
    outcomes.key = QStringLiteral("outcomes");
    outcomes.tab = tr("Outcomes");
    outcomes.title = tr("Outcomes of resolved needs (persons)");
    outcomes.headers = {tr("Area"), tr("Outcome"), tr("Persons")};
    QStringList outcomeLabels;
    QList<double> outcomePersons;
    // Every area has its own "Other outcome": a label that two areas share names its
    // area in the chart (a category axis keeps only one of equal labels).
    QHash<QString, int> uses;
    for (const OutcomeFigures &outcome : report.outcomes)
        ++uses[codes.outcomeLabel(outcome.area, outcome.outcome)];
    for (const OutcomeFigures &outcome : report.outcomes) {
        const QString label = codes.outcomeLabel(outcome.area, outcome.outcome);
        outcomes.rows.append({codes.areaLabel(outcome.area), label, shown(outcome.persons, number(outcome.persons))});
        outcomeLabels.append(uses.value(label) > 1 ? QStringLiteral("%1 (%2)").arg(label, codes.areaLabel(outcome.area))
                                                   : label);
        outcomePersons.append(plotted(outcome.persons, outcome.persons));
    }
    outcomes.makeChart = [=] { return horizontalBars(outcomeLabels, {{tr("Persons"), outcomePersons}}, tr("persons")); };
    sections.append(outcomes);

    ReportSection targets;
    targets.key = QStringLiteral("targets");
    targets.tab = tr("Targets");
    targets.title = tr("Targets and actual values");
    targets.headers = {tr("Indicator"), tr("Year"), tr("Scope"), tr("Target"), tr("Actual"), tr("Gap")};
    QStringList targetLabels;
    QList<double> wanted, reached;
    for (const TargetFigures &target : report.targets) {
        const TargetIndicator *indicator = TargetIndicators::find(target.indicator);
        const bool rate = indicator && indicator->rate;
        const auto show = [rate](double value) { return rate ? percent(value) : number(value); };
        const QString scope = !target.localityName.isEmpty() ? target.localityName
            : !target.providerName.isEmpty()                 ? target.providerName
                                                             : tr("whole region");
        targets.rows.append({TargetIndicators::label(target.indicator), QString::number(target.year), scope,
                             show(target.target),
                             shown(target.persons, target.actual ? show(*target.actual) : QStringLiteral("–")),
                             shown(target.persons, target.gap ? (target.met ? tr("met") : show(*target.gap))
                                                              : QStringLiteral("–"))});
        if (rate)
            continue; // a fraction beside counts would be an invisible bar
        targetLabels.append(QStringLiteral("%1 (%2, %3)").arg(TargetIndicators::label(target.indicator), scope)
                                .arg(target.year));
        wanted.append(target.target);
        reached.append(plotted(target.persons, target.actual.value_or(0)));
    }
    targets.makeChart = [=] {
        return horizontalBars(targetLabels, {{tr("Target"), wanted}, {tr("Actual"), reached}}, tr("count"));
    };
    sections.append(targets);
    sections += population(report, codes);

    ReportSection partners;
    partners.key = QStringLiteral("partner_kinds");
    partners.tab = tr("Partners");
    partners.title = tr("Steps and contacts by partner kind");
    partners.headers = {tr("Partner kind"), tr("Steps"), tr("Contacts")};
    QStringList kindLabels;
    QList<double> partnerSteps, partnerContacts;
    for (const PartnerKindFigures &kind : report.byPartnerKind) {
        QString label = Codes::partnerKindLabel(kind.kind);
        if (!label.isEmpty())
            label[0] = label.at(0).toUpper();
        partners.rows.append({label, shown(kind.persons, number(kind.steps)), shown(kind.persons, number(kind.contacts))});
        if (kind.steps == 0 && kind.contacts == 0)
            continue;
        kindLabels.append(label);
        partnerSteps.append(plotted(kind.persons, kind.steps));
        partnerContacts.append(plotted(kind.persons, kind.contacts));
    }
    partners.makeChart = [=] {
        return horizontalBars(kindLabels, {{tr("Steps"), partnerSteps}, {tr("Contacts"), partnerContacts}}, tr("count"));
    };
    sections.append(partners);

    // Group work and anonymous contacts: no single client's, so never small cells.
    ReportSection groups;
    groups.key = QStringLiteral("group_work");
    groups.tab = tr("Group work");
    groups.title = tr("Group activities by kind, and anonymous contacts");
    groups.headers = {tr("Kind"), tr("Activities"), tr("Participants")};
    QStringList groupLabels;
    QList<double> activities, participants;
    for (const GroupActivityFigures &group : report.groupActivities) {
        QString label = Codes::groupActivityKindLabel(group.kind);
        if (label.isEmpty())
            label = group.kind;
        label[0] = label.at(0).toUpper();
        groups.rows.append({label, number(static_cast<double>(group.activities)),
                            number(static_cast<double>(group.participants))});
        groupLabels.append(label);
        activities.append(static_cast<double>(group.activities));
        participants.append(static_cast<double>(group.participants));
    }
    groups.rows.append({tr("Anonymous contacts (persons)"), number(static_cast<double>(report.anonymousContacts)),
                        number(static_cast<double>(report.anonymousPersons))});
    groups.makeChart = [=] {
        return horizontalBars(groupLabels, {{tr("Activities"), activities}, {tr("Participants"), participants}},
                              tr("count"));
    };
    sections.append(groups);
    return sections;
}

} // namespace teren
