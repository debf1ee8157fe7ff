#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QUuid>

#include <optional>

namespace teren {

// What a regional report covers: the period [from, to], both days included, and
// optional filters that narrow the clients before anything is counted. A client's
// provider is the provider of the client's worker.
struct ReportFilter
{
    QDate from;
    QDate to;
    QUuid localityId;     // or, when null, the live locality with localityCode
    QString localityCode;
    QUuid providerId;
    QUuid workerId;

    // 1 January to 31 December of `year`: the default period is the current one.
    static ReportFilter calendarYear(int year);
    bool hasClientFilter() const { return !localityId.isNull() || !providerId.isNull() || !workerId.isNull(); }
};

// The figures of one need area; rates are fractions (0.57), 0 when nothing was
// identified (or resolved) rather than NaN.
struct AreaFigures
{
    QString area;
    int identified = 0;
    int resolved = 0;
    double resolvedRate = 0;
    double shareOfResolved = 0; // of all needs resolved in the report
    // The persons the figures are computed over (see Report::smallCellLimit): with a
    // need identified in the area, and with one resolved.
    int persons = 0;
    int resolvedPersons = 0;
};

// Distinct persons with a resolved need of this outcome. An outcome is a row of the
// outcome codelist, identified by area and code (every area has its own "other").
struct OutcomeFigures
{
    QString area;
    QString outcome;
    int persons = 0;
};

// Cooperations of the filtered clients that ended within the period. Lengths in
// days (end − start); an empty set has no minimum, median or maximum (nullopt).
struct CooperationFigures
{
    int ended = 0;
    std::optional<double> minDays;
    std::optional<double> medianDays;
    std::optional<double> maxDays;
    double endedWithin365Share = 0;
    // Mean length of the cooperations during which the client had a need resolved.
    std::optional<double> meanDaysWithResolvedNeed;
    // Index = whole calendar months the cooperation lasted; value = cooperations.
    // Dense from 0 to the longest; empty when none ended.
    QList<int> histogramMonths;
    // The persons whose cooperations ended, in all and per histogram bar.
    int persons = 0;
    QList<int> histogramPersons;
    // Per end reason code (empty: none recorded), the cooperations that ended.
    QList<QPair<QString, int>> byEndReason;
};

// Days from identified to closed over the resolved needs of one area.
struct ResolveTimeFigures
{
    QString area;
    int resolved = 0;
    std::optional<double> meanDays;
    std::optional<double> medianDays;
    int persons = 0; // with a need of the area resolved
};

struct CodeCount
{
    QString code;
    qint64 count = 0;
    qint64 minutes = 0; // places only: an intervention shares its contact's minutes
    qint64 persons = 0; // the persons these contacts were with
};

struct ContactFigures
{
    qint64 count = 0;
    qint64 minutes = 0;
    QList<CodeCount> byPlace;        // every place code, in Codes::places() order
    QList<CodeCount> byIntervention; // contacts with the intervention, codelist order
    qint64 persons = 0;
    // Minutes per provider (its rowid) of the client's current worker.
    QList<QPair<qint64, qint64>> minutesByProvider;
};

// Persons supported and their needs in one locality. Persons whose locality is
// unknown (or deleted) are counted under a null localityId.
struct LocalityFigures
{
    QUuid localityId;
    QString code;
    QString name;
    int persons = 0;
    int needsIdentified = 0;
    int needsResolved = 0;
    double resolvedRate = 0;
    int resolvedPersons = 0; // persons with a need resolved
};

// One target against its actual value for the target's own year and scope.
struct TargetFigures
{
    QUuid targetId;
    QString indicator;
    int year = 0;
    QUuid localityId; // null for region-wide and provider targets
    QString localityCode;
    QString localityName;
    QUuid providerId; // null for region-wide and locality targets
    QString providerName;
    double target = 0;
    std::optional<double> actual; // nullopt for an indicator this version does not know
    // target − actual: what is still missing (zero or less: met).
    std::optional<double> gap;
    bool met = false;
    // The persons the actual is computed over: those it counts, or for the needs
    // indicators the persons supported in the target's year and scope.
    int persons = 0;

    // "region", "locality:CODE" or "provider:NAME".
    QString scopeText() const;
};

// Persons supported counted under one code: an age band, a gender.
struct BandCount
{
    QString band;
    int persons = 0;
};

// Needs identified in the period of one intensity (1–3).
struct IntensityFigures
{
    int intensity = 0;
    int identified = 0;
    int resolved = 0;
    double resolvedRate = 0;
    int persons = 0; // with a need of this intensity identified
    int resolvedPersons = 0;
};

struct AreaIntensityFigures
{
    QString area;
    int intensity = 0;
    int identified = 0;
    int persons = 0;
};

// The persons supported whose client's current worker works for this provider,
// their needs and the minutes of the contacts with the provider's clients.
struct ProviderFigures
{
    QUuid providerId;
    QString name;
    int persons = 0;
    int needsIdentified = 0;
    int needsResolved = 0;
    qint64 contactMinutes = 0;
    int resolvedPersons = 0;
};

// A locality with an estimated number of residents in social exclusion.
struct CoverageFigures
{
    QUuid localityId;
    QString code;
    QString name;
    int residents = 0;
    int persons = 0;
    double coverage = 0; // persons ÷ residents
};

// Goals of the needs identified in the period, of one horizon.
struct HorizonFigures
{
    QString horizon;
    int set = 0;
    int achieved = 0;
    double achievedRate = 0;
    int persons = 0; // whose needs these goals are
};

// Cooperations ended in the period with one end reason.
struct EndReasonFigures
{
    QString endReason;
    int count = 0;
    int persons = 0;
};

// The steps and contacts that involved a partner of one kind (docs/report.md).
struct PartnerKindFigures
{
    QString kind; // Codes::partnerKinds
    int steps = 0;
    int contacts = 0;
    int persons = 0; // the persons these steps and contacts belong to
};

// Group activities of one kind held in the period; participants as recorded on each
// (clients among them or not).
struct GroupActivityFigures
{
    QString kind;
    qint64 activities = 0;
    qint64 participants = 0;
};

// The coordinator's regional report (definitions in docs/report.md), every figure
// computed in SQLite by computeReport().
struct Report
{
    ReportFilter filter; // as applied: the locality code resolved to its id and back
    QString localityName;
    QString providerName;
    QString workerName;

    int personsSupported = 0;
    int localities = 0;
    int needsIdentified = 0;
    int needsResolved = 0;
    double resolvedRate = 0;

    QList<AreaFigures> byArea; // every live area in codelist order, then any other area met
    QList<OutcomeFigures> outcomes;
    CooperationFigures cooperation;
    QList<ResolveTimeFigures> timeToResolve; // same areas and order as byArea
    ContactFigures contacts;
    QList<LocalityFigures> byLocality; // localities with persons supported, by name
    QList<TargetFigures> targets;
    int resolvedPersons = 0; // persons with a need resolved

    // Who the persons supported are, and how much was done for them.
    QList<BandCount> byAgeBand;       // 0-14 … 65+, unknown: age on the period's last day
    QList<BandCount> byGender;        // f, m, x, unknown
    QList<BandCount> esfAgeAtEntry;   // under_18 … 55+, unknown: cooperations started in the period
    QList<IntensityFigures> byIntensity;           // 1, 2, 3
    QList<AreaIntensityFigures> byAreaIntensity;   // the areas of byArea × 1, 2, 3
    int households = 0;               // a person without a household is one
    double personsPerHousehold = 0;
    double contactHoursPerPerson = 0;
    double needsPerPerson = 0;
    QList<ProviderFigures> byProvider;      // providers with a person supported, by name
    QList<CoverageFigures> localityCoverage; // localities with residents, by code
    QList<HorizonFigures> goalsByHorizon;    // short, medium, long
    QList<EndReasonFigures> endReasons;      // every end reason in codelist order, then others met
    QList<PartnerKindFigures> byPartnerKind; // every kind, in Codes::partnerKinds() order

    // Small cells: a report from a statistical database shows a figure computed over
    // fewer than this many persons as "< 5" rather than the number, so it does not
    // single anyone out. 0: every figure as it is (a region's own report).
    int smallCellLimit = 0;
    bool isSmall(qint64 persons) const { return smallCellLimit > 0 && persons < smallCellLimit; }

    // Group work and anonymous contacts, apart from the named clients above.
    QList<GroupActivityFigures> groupActivities; // every kind, Codes::groupActivityKinds order
    qint64 anonymousContacts = 0;
    qint64 anonymousPersons = 0;
};

// The small-cell limit of reports built from a statistical database.
inline constexpr int statisticalSmallCellLimit = 5;

} // namespace teren
