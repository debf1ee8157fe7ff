// The report's sections about who the persons supported are (age, gender, age at
// entry), their needs by intensity, providers, coverage of the localities, goals
// by horizon and why cooperations ended.
#include "ReportSections.h"

#include "domain/Codes.h"
#include "store/Codelists.h"

#include <QChart>
#include <QHash>

namespace teren {

namespace {

QString ageBandLabel(const QString &band)
{
    if (band == u"65+")
        return ReportSections::tr("65 and over");
    if (band == u"unknown")
        return ReportSections::tr("Not known");
    QString label = band;
    return label.replace(u'-', QChar(0x2013)); // 0–14
}

QString entryBandLabel(const QString &band)
{
    if (band == u"under_18")
        return ReportSections::tr("Under 18");
    if (band == u"55+")
        return ReportSections::tr("55 and over");
    return ageBandLabel(band);
}

QString genderLabel(const QString &gender)
{
    return gender == u"unknown" ? ReportSections::tr("Not known") : Codes::genderLabel(gender);
}

QString intensityLabel(int intensity)
{
    switch (intensity) {
    case 1:
        return ReportSections::tr("1 – low");
    case 2:
        return ReportSections::tr("2 – medium");
    default:
        return ReportSections::tr("3 – high");
    }
}

// A section of persons counted by band: a table and a bar per band.
ReportSection bandSection(const Report &report, const QString &key, const QString &tab, const QString &title,
                          const QString &header, const QList<BandCount> &bands,
                          const std::function<QString(const QString &)> &label)
{
    ReportSection section;
    section.key = key;
    section.tab = tab;
    section.title = title;
    section.headers = {header, ReportSections::tr("Persons")};
    QStringList labels;
    QList<double> persons;
    for (const BandCount &band : bands) {
        section.rows.append({label(band.band), ReportSections::cell(report, band.persons,
                                                                    ReportSections::number(band.persons))});
        labels.append(label(band.band));
        persons.append(report.isSmall(band.persons) ? 0.0 : band.persons);
    }
    section.makeChart = [=] {
        return ReportSections::horizontalBars(labels, {{ReportSections::tr("Persons"), persons}},
                                              ReportSections::tr("persons"));
    };
    return section;
}

ReportSection intensitySection(const Report &report)
{
    ReportSection section;
    section.key = QStringLiteral("intensity");
    section.tab = ReportSections::tr("Intensity");
    section.title = ReportSections::tr("Needs identified and resolved by intensity");
    section.headers = {ReportSections::tr("Intensity"), ReportSections::tr("Identified"), ReportSections::tr("Resolved"),
                       ReportSections::tr("Resolved rate")};
    QStringList labels;
    QList<double> identified, resolved;
    for (const IntensityFigures &figures : report.byIntensity) {
        section.rows.append(
            {intensityLabel(figures.intensity),
             ReportSections::cell(report, figures.persons, ReportSections::number(figures.identified)),
             ReportSections::cell(report, figures.resolvedPersons, ReportSections::number(figures.resolved)),
             ReportSections::cell(report, figures.resolvedPersons, ReportSections::percent(figures.resolvedRate))});
        labels.append(intensityLabel(figures.intensity));
        identified.append(report.isSmall(figures.persons) ? 0.0 : figures.identified);
        resolved.append(report.isSmall(figures.resolvedPersons) ? 0.0 : figures.resolved);
    }
    section.makeChart = [=] {
        return ReportSections::horizontalBars(
            labels, {{ReportSections::tr("Identified"), identified}, {ReportSections::tr("Resolved"), resolved}},
            ReportSections::tr("needs"));
    };
    return section;
}

ReportSection areaIntensitySection(const Report &report, const Codelists &codes)
{
    ReportSection section;
    section.key = QStringLiteral("area_intensity");
    section.tab = ReportSections::tr("Areas by intensity");
    section.title = ReportSections::tr("Needs identified by area and intensity");
    section.headers = {ReportSections::tr("Area"), intensityLabel(1), intensityLabel(2), intensityLabel(3)};
    QStringList areas;
    QList<QList<double>> values(3);
    for (qsizetype i = 0; i + 2 < report.byAreaIntensity.size(); i += 3) {
        QStringList row{codes.areaLabel(report.byAreaIntensity.at(i).area)};
        bool any = false;
        for (int level = 0; level < 3; ++level) {
            const AreaIntensityFigures &cell = report.byAreaIntensity.at(i + level);
            row.append(ReportSections::cell(report, cell.persons, ReportSections::number(cell.identified)));
            any = any || cell.identified > 0;
        }
        section.rows.append(row);
        if (!any)
            continue; // the chart shows the areas with needs, the table every area
        areas.append(row.first());
        for (int level = 0; level < 3; ++level) {
            const AreaIntensityFigures &cell = report.byAreaIntensity.at(i + level);
            values[level].append(report.isSmall(cell.persons) ? 0.0 : cell.identified);
        }
    }
    section.makeChart = [=] {
        return ReportSections::horizontalBars(
            areas, {{intensityLabel(1), values.at(0)}, {intensityLabel(2), values.at(1)}, {intensityLabel(3), values.at(2)}},
            ReportSections::tr("needs"));
    };
    return section;
}

ReportSection providerSection(const Report &report)
{
    ReportSection section;
    section.key = QStringLiteral("providers");
    section.tab = ReportSections::tr("Providers");
    section.title = ReportSections::tr("Persons, needs and hours of contact by provider");
    section.headers = {ReportSections::tr("Provider"), ReportSections::tr("Persons"),
                       ReportSections::tr("Needs identified"), ReportSections::tr("Needs resolved"),
                       ReportSections::tr("Hours of contact")};
    QStringList names;
    QList<double> persons, needs;
    for (const ProviderFigures &provider : report.byProvider) {
        const double hours = static_cast<double>(provider.contactMinutes) / 60.0;
        section.rows.append({provider.name, ReportSections::cell(report, provider.persons, ReportSections::number(provider.persons)),
                             ReportSections::cell(report, provider.persons, ReportSections::number(provider.needsIdentified)),
                             ReportSections::cell(report, provider.resolvedPersons, ReportSections::number(provider.needsResolved)),
                             ReportSections::cell(report, provider.persons, ReportSections::number(hours, 1))});
        names.append(provider.name);
        persons.append(report.isSmall(provider.persons) ? 0.0 : provider.persons);
        needs.append(report.isSmall(provider.persons) ? 0.0 : provider.needsIdentified);
    }
    section.makeChart = [=] {
        return ReportSections::horizontalBars(
            names, {{ReportSections::tr("Persons"), persons}, {ReportSections::tr("Needs identified"), needs}},
            ReportSections::tr("count"));
    };
    return section;
}

ReportSection coverageSection(const Report &report)
{
    ReportSection section;
    section.key = QStringLiteral("coverage");
    section.tab = ReportSections::tr("Coverage");
    section.title = ReportSections::tr("Coverage of the localities: persons supported of the estimated residents");
    section.headers = {ReportSections::tr("Locality"), ReportSections::tr("Residents (estimate)"),
                       ReportSections::tr("Persons"), ReportSections::tr("Coverage")};
    QStringList names;
    QList<double> coverage;
    for (const CoverageFigures &locality : report.localityCoverage) {
        section.rows.append({locality.name, ReportSections::number(locality.residents),
                             ReportSections::cell(report, locality.persons, ReportSections::number(locality.persons)),
                             ReportSections::cell(report, locality.persons, ReportSections::percent(locality.coverage))});
        names.append(locality.name);
        coverage.append(report.isSmall(locality.persons) ? 0.0 : locality.coverage * 100);
    }
    section.makeChart = [=] {
        return ReportSections::horizontalBars(names, {{ReportSections::tr("Coverage (%)"), coverage}},
                                              ReportSections::tr("% of the residents"));
    };
    return section;
}

ReportSection goalSection(const Report &report)
{
    ReportSection section;
    section.key = QStringLiteral("goals");
    section.tab = ReportSections::tr("Goals");
    section.title = ReportSections::tr("Goals of the needs identified, by horizon");
    section.headers = {ReportSections::tr("Horizon"), ReportSections::tr("Goals set"), ReportSections::tr("Achieved"),
                       ReportSections::tr("Achieved rate")};
    QStringList labels;
    QList<double> set, achieved;
    for (const HorizonFigures &horizon : report.goalsByHorizon) {
        const QString label = Codes::horizonLabel(horizon.horizon);
        section.rows.append({label, ReportSections::cell(report, horizon.persons, ReportSections::number(horizon.set)),
                             ReportSections::cell(report, horizon.persons, ReportSections::number(horizon.achieved)),
                             ReportSections::cell(report, horizon.persons, ReportSections::percent(horizon.achievedRate))});
        labels.append(label);
        set.append(report.isSmall(horizon.persons) ? 0.0 : horizon.set);
        achieved.append(report.isSmall(horizon.persons) ? 0.0 : horizon.achieved);
    }
    section.makeChart = [=] {
        return ReportSections::horizontalBars(
            labels, {{ReportSections::tr("Goals set"), set}, {ReportSections::tr("Achieved"), achieved}},
            ReportSections::tr("goals"));
    };
    return section;
}

ReportSection endReasonSection(const Report &report, const Codelists &codes)
{
    ReportSection section;
    section.key = QStringLiteral("end_reasons");
    section.tab = ReportSections::tr("End reasons");
    section.title = ReportSections::tr("Cooperations ended in the period by reason");
    section.headers = {ReportSections::tr("Reason"), ReportSections::tr("Cooperations")};
    QStringList labels;
    QList<double> counts;
    for (const EndReasonFigures &reason : report.endReasons) {
        const QString label =
            reason.endReason.isEmpty() ? ReportSections::tr("No reason given") : codes.endReasonLabel(reason.endReason);
        section.rows.append({label, ReportSections::cell(report, reason.persons, ReportSections::number(reason.count))});
        labels.append(label);
        counts.append(report.isSmall(reason.persons) ? 0.0 : reason.count);
    }
    section.makeChart = [=] {
        return ReportSections::horizontalBars(labels, {{ReportSections::tr("Cooperations"), counts}},
                                              ReportSections::tr("cooperations"));
    };
    return section;
}

} // namespace

QList<ReportSection> ReportSections::population(const Report &report, const Codelists &codes)
{
    return {bandSection(report, QStringLiteral("age_bands"), tr("Age"),
                        tr("Persons supported by age on the period's last day"), tr("Age"), report.byAgeBand,
                        ageBandLabel),
            bandSection(report, QStringLiteral("gender"), tr("Gender"), tr("Persons supported by gender"), tr("Gender"),
                        report.byGender, genderLabel),
            bandSection(report, QStringLiteral("age_at_entry"), tr("Age at entry"),
                        tr("Persons whose cooperation started in the period, by age at its start (ESF bands)"),
                        tr("Age at entry"), report.esfAgeAtEntry, entryBandLabel),
            intensitySection(report),
            areaIntensitySection(report, codes),
            providerSection(report),
            coverageSection(report),
            goalSection(report),
            endReasonSection(report, codes)};
}

QList<QPair<QString, QString>> ReportSections::perPerson(const Report &report)
{
    const int supported = report.personsSupported;
    return {{tr("Households"), cell(report, supported, number(report.households))},
            {tr("Persons per household"), cell(report, supported, number(report.personsPerHousehold, 2))},
            {tr("Needs per person"), cell(report, supported, number(report.needsPerPerson, 2))},
            {tr("Hours of contact per person"),
             cell(report, std::min<qint64>(supported, report.contacts.persons), number(report.contactHoursPerPerson, 1))}};
}

} // namespace teren
