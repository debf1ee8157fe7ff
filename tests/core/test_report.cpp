#include <catch2/catch.hpp>

#include "ReportTestData.h"
#include "domain/Error.h"
#include "report/ReportBuilder.h"
#include "storage/Database.h"

#include <cmath>

using namespace teren;
using test::day;

namespace {

const AreaFigures &area(const Report &report, const char *code)
{
    for (const AreaFigures &figures : report.byArea) {
        if (figures.area == QLatin1String(code))
            return figures;
    }
    FAIL("no area " << code);
    return report.byArea.first();
}

const ResolveTimeFigures &timeOf(const Report &report, const char *code)
{
    for (const ResolveTimeFigures &figures : report.timeToResolve) {
        if (figures.area == QLatin1String(code))
            return figures;
    }
    FAIL("no area " << code);
    return report.timeToResolve.first();
}

qint64 countOf(const QList<CodeCount> &list, const char *code)
{
    for (const CodeCount &item : list) {
        if (item.code == QLatin1String(code))
            return item.count;
    }
    return -1;
}

int tempTables(Database &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM temp.sqlite_schema WHERE name LIKE 'report%'")).toInt();
}

} // namespace

// The 2025 report of the worked region (ReportTestData.cpp), worked out by hand.
//
// Persons supported (a live cooperation with start <= 2025-12-31 and no end or
// end >= 2025-01-01): Anna (to 2025-03-31), Bohdan (open), Cyril (to 2025-12-31),
// Gita (her live cooperation Sep–Nov; the deleted one does not count), Hana
// (open, no locality), Ivan (Feb 1–15) = 6. Not: Dana (starts 2026), Emil (ended
// 2024-12-31), Filip (deleted client). Localities: Alfa, Beta = 2 (Hana has none).
//
// Needs of those six identified in 2025 (Anna's housing need of 2024 and Gita's
// deleted health need do not count; Dana's need is not a supported person's):
//   Anna employment 50 d | Bohdan employment 120 d, debts 61 d, debts open |
//   Cyril housing (resolved 2026-01-15: after the period, so not resolved),
//   material 10 d, 92 d, not resolved, 20 d, 100 d (outcome other) |
//   Gita education 30 d, employment 117 d (closed 2025-12-31, the last day)
//   = 12 identified, 9 resolved, rate 9 / 12 = 0.75.
TEST_CASE("The worked region's 2025 report, figure by figure", "[report]")
{
    test::WorkedRegion region;
    const Report report = region.data.report(day("2025-01-01"), day("2025-12-31"));

    CHECK(report.personsSupported == 6);
    CHECK(report.localities == 2);
    CHECK(report.needsIdentified == 12);
    CHECK(report.needsResolved == 9);
    CHECK(report.resolvedRate == Approx(0.75));

    // By area: identified / resolved, rate, share of the 9 resolved.
    //   housing 1 / 0 → 0, 0; material 5 / 4 → 0.8, 4/9; employment 3 / 3 → 1, 3/9;
    //   debts 2 / 1 → 0.5, 1/9; education 1 / 1 → 1, 1/9; the other ten areas 0.
    REQUIRE(report.byArea.size() == 15);
    CHECK(report.byArea.first().area == u"housing"); // codelist order
    CHECK(area(report, "housing").identified == 1);
    CHECK(area(report, "housing").resolved == 0);
    CHECK(area(report, "housing").resolvedRate == 0);
    CHECK(area(report, "housing").shareOfResolved == 0);
    CHECK(area(report, "material").identified == 5);
    CHECK(area(report, "material").resolved == 4);
    CHECK(area(report, "material").resolvedRate == Approx(0.8));
    CHECK(area(report, "material").shareOfResolved == Approx(4.0 / 9));
    CHECK(area(report, "employment").resolvedRate == Approx(1.0));
    CHECK(area(report, "employment").shareOfResolved == Approx(3.0 / 9));
    CHECK(area(report, "debts").identified == 2);
    CHECK(area(report, "debts").resolvedRate == Approx(0.5));
    CHECK(area(report, "debts").shareOfResolved == Approx(1.0 / 9));
    CHECK(area(report, "education").shareOfResolved == Approx(1.0 / 9));
    CHECK(area(report, "usury").identified == 0);
    CHECK(area(report, "usury").resolvedRate == 0); // 0 / 0 is 0, not NaN

    // Outcomes, distinct persons: Cyril's three benefit_granted needs are one person.
    const QList<OutcomeFigures> expectedOutcomes = {
        {QStringLiteral("material"), QStringLiteral("benefit_granted"), 1},
        {QStringLiteral("material"), QStringLiteral("other"), 1},
        {QStringLiteral("employment"), QStringLiteral("job_temporary"), 1},
        {QStringLiteral("employment"), QStringLiteral("job_public_works"), 1},
        {QStringLiteral("employment"), QStringLiteral("job_permanent"), 1},
        {QStringLiteral("debts"), QStringLiteral("repayment_schedule"), 1},
        {QStringLiteral("education"), QStringLiteral("school_enrolled"), 1}};
    REQUIRE(report.outcomes.size() == expectedOutcomes.size());
    for (qsizetype i = 0; i < expectedOutcomes.size(); ++i) {
        CHECK(report.outcomes.at(i).area == expectedOutcomes.at(i).area);
        CHECK(report.outcomes.at(i).outcome == expectedOutcomes.at(i).outcome);
        CHECK(report.outcomes.at(i).persons == expectedOutcomes.at(i).persons);
    }

    // Time to resolve. material 10, 20, 92, 100: mean 222 / 4 = 55.5, median of an
    // even count (20 + 92) / 2 = 56. employment 50, 117, 120: mean 287 / 3,
    // median 117. debts 61 / 61. housing: nothing resolved, no mean or median.
    CHECK(timeOf(report, "material").resolved == 4);
    CHECK(*timeOf(report, "material").meanDays == Approx(55.5));
    CHECK(*timeOf(report, "material").medianDays == Approx(56));
    CHECK(*timeOf(report, "employment").meanDays == Approx(287.0 / 3));
    CHECK(*timeOf(report, "employment").medianDays == Approx(117));
    CHECK(*timeOf(report, "debts").medianDays == Approx(61));
    CHECK(*timeOf(report, "education").meanDays == Approx(30));
    CHECK_FALSE(timeOf(report, "housing").meanDays.has_value());
    CHECK_FALSE(timeOf(report, "housing").medianDays.has_value());

    // Cooperations that ended in 2025 (live): Ivan Feb 1–15 = 14 d (0 months),
    // Gita Sep 1–Nov 30 = 90 d (2), Anna 2024-06-01–2025-03-31 = 214 + 89 = 303 d
    // (9), Cyril 2023-01-01–2025-12-31 = 365 + 366 + 364 = 1095 d (35). Gita's
    // deleted cooperation does not count. min 14, median (90 + 303) / 2 = 196.5,
    // max 1095; within 365 days 3 / 4. With a need resolved between start and end:
    // Anna (housing closed 2025-02-01), Cyril (material 2025-06-11), Gita
    // (education 2025-10-02), not Ivan: mean (303 + 1095 + 90) / 3 = 496.
    const CooperationFigures &cooperation = report.cooperation;
    CHECK(cooperation.ended == 4);
    CHECK(*cooperation.minDays == 14);
    CHECK(*cooperation.medianDays == Approx(196.5));
    CHECK(*cooperation.maxDays == 1095);
    CHECK(cooperation.endedWithin365Share == Approx(0.75));
    CHECK(*cooperation.meanDaysWithResolvedNeed == Approx(496));
    QList<int> histogram(36, 0);
    histogram[0] = 1;
    histogram[2] = 1;
    histogram[9] = 1;
    histogram[35] = 1;
    CHECK(cooperation.histogramMonths == histogram);

    // Contacts of the filtered (live) clients dated in 2025: Anna 60 field + 30
    // office, Bohdan 10 phone, Cyril 45 field, Dana 30 field (a live client without
    // cooperation yet: contacts count the work done), Gita 40 office = 6 contacts,
    // 215 minutes. Not: Cyril's and Emil's of 2024-12-31, Hana's of 2026, the
    // deleted client's and Gita's deleted contact.
    const ContactFigures &contacts = report.contacts;
    CHECK(contacts.count == 6);
    CHECK(contacts.minutes == 215);
    REQUIRE(contacts.byPlace.size() == 3);
    CHECK(contacts.byPlace.at(0).code == u"field");
    CHECK(contacts.byPlace.at(0).count == 3);
    CHECK(contacts.byPlace.at(0).minutes == 135);
    CHECK(contacts.byPlace.at(1).count == 2); // office: 30 + 40
    CHECK(contacts.byPlace.at(1).minutes == 70);
    CHECK(contacts.byPlace.at(2).count == 1); // phone
    CHECK(contacts.byPlace.at(2).minutes == 10);
    CHECK(contacts.byIntervention.size() == 8);
    CHECK(countOf(contacts.byIntervention, "counselling") == 3); // Anna, Bohdan, Dana
    CHECK(countOf(contacts.byIntervention, "paperwork") == 2);   // both of Anna's
    CHECK(countOf(contacts.byIntervention, "accompaniment") == 1);
    CHECK(countOf(contacts.byIntervention, "education") == 1);
    CHECK(countOf(contacts.byIntervention, "referral") == 1);
    CHECK(countOf(contacts.byIntervention, "crisis") == 0); // only on deleted rows
    CHECK(countOf(contacts.byIntervention, "other") == 0);

    // Per locality: Alfa: Anna, Bohdan, Gita; needs 1 + 3 + 2 = 6, resolved 5.
    // Beta: Cyril, Ivan; needs 6, resolved 4. Hana under no locality.
    REQUIRE(report.byLocality.size() == 3);
    CHECK(report.byLocality.at(0).localityId == region.alfa);
    CHECK(report.byLocality.at(0).code == u"alfa");
    CHECK(report.byLocality.at(0).persons == 3);
    CHECK(report.byLocality.at(0).needsIdentified == 6);
    CHECK(report.byLocality.at(0).needsResolved == 5);
    CHECK(report.byLocality.at(0).resolvedRate == Approx(5.0 / 6));
    CHECK(report.byLocality.at(1).localityId == region.beta);
    CHECK(report.byLocality.at(1).persons == 2);
    CHECK(report.byLocality.at(1).needsIdentified == 6);
    CHECK(report.byLocality.at(1).resolvedRate == Approx(4.0 / 6));
    CHECK(report.byLocality.at(2).localityId.isNull());
    CHECK(report.byLocality.at(2).persons == 1);
    CHECK(report.byLocality.at(2).needsIdentified == 0);
    CHECK(report.byLocality.at(2).resolvedRate == 0);

    CHECK(report.targets.isEmpty());
}

TEST_CASE("Filters narrow the clients first: locality, provider, worker", "[report]")
{
    test::WorkedRegion region;
    const QDate from = day("2025-01-01");
    const QDate to = day("2025-12-31");

    SECTION("locality by code")
    {
        // Alfa: Anna, Bohdan, Gita supported (Emil not, Filip deleted). Needs 6, 5
        // resolved. Ended: Anna 303, Gita 90 → median 196.5, both within a year,
        // both with a resolved need. Contacts: Anna 60 + 30, Bohdan 10, Gita 40.
        ReportFilter filter;
        filter.localityCode = QStringLiteral("alfa");
        const Report report = region.data.report(from, to, filter);
        CHECK(report.filter.localityId == region.alfa);
        CHECK(report.localityName == u"Alfa");
        CHECK(report.personsSupported == 3);
        CHECK(report.localities == 1);
        CHECK(report.needsIdentified == 6);
        CHECK(report.needsResolved == 5);
        CHECK(report.resolvedRate == Approx(5.0 / 6));
        CHECK(report.cooperation.ended == 2);
        CHECK(*report.cooperation.medianDays == Approx(196.5));
        CHECK(report.cooperation.endedWithin365Share == Approx(1.0));
        CHECK(*report.cooperation.meanDaysWithResolvedNeed == Approx(196.5));
        CHECK(report.contacts.count == 4);
        CHECK(report.contacts.minutes == 140);
        REQUIRE(report.byLocality.size() == 1);
        CHECK(report.byLocality.first().localityId == region.alfa);
    }
    SECTION("provider: the provider of the client's worker")
    {
        // Quest (worker Olga): Cyril, Hana, Ivan supported, Dana not. Localities:
        // Beta only (Hana has none). Needs: Cyril's 6, 4 resolved. Ended: Ivan 14,
        // Cyril 1095 → median 554.5, one of two within a year. Contacts: Cyril's
        // 45 and Dana's 30 minutes.
        ReportFilter filter;
        filter.providerId = region.quest;
        const Report report = region.data.report(from, to, filter);
        CHECK(report.providerName == u"Quest");
        CHECK(report.personsSupported == 3);
        CHECK(report.localities == 1);
        CHECK(report.needsIdentified == 6);
        CHECK(report.needsResolved == 4);
        CHECK(report.cooperation.ended == 2);
        CHECK(*report.cooperation.medianDays == Approx(554.5));
        CHECK(report.cooperation.endedWithin365Share == Approx(0.5));
        CHECK(*report.cooperation.meanDaysWithResolvedNeed == Approx(1095));
        CHECK(report.contacts.count == 2);
        CHECK(report.contacts.minutes == 75);
    }
    SECTION("worker, with no cooperation ended: no lengths, no NaN")
    {
        // Karel: Bohdan only. Needs 3, resolved 2 (employment, debts) → 2 / 3.
        ReportFilter filter;
        filter.workerId = region.w2;
        const Report report = region.data.report(from, to, filter);
        CHECK(report.workerName == u"Karel");
        CHECK(report.personsSupported == 1);
        CHECK(report.needsIdentified == 3);
        CHECK(report.needsResolved == 2);
        CHECK(report.resolvedRate == Approx(2.0 / 3));
        CHECK(report.cooperation.ended == 0);
        CHECK_FALSE(report.cooperation.minDays.has_value());
        CHECK_FALSE(report.cooperation.medianDays.has_value());
        CHECK_FALSE(report.cooperation.maxDays.has_value());
        CHECK(report.cooperation.endedWithin365Share == 0);
        CHECK_FALSE(report.cooperation.meanDaysWithResolvedNeed.has_value());
        CHECK(report.cooperation.histogramMonths.isEmpty());
        CHECK(report.contacts.count == 1);
        CHECK(report.contacts.minutes == 10);
    }
    SECTION("locality and provider together")
    {
        // Alfa ∩ Quest: nobody.
        ReportFilter filter;
        filter.localityId = region.alfa;
        filter.providerId = region.quest;
        const Report report = region.data.report(from, to, filter);
        CHECK(report.personsSupported == 0);
        CHECK(report.contacts.count == 0);
    }
}

TEST_CASE("An empty period gives zeros and no values, never NaN", "[report]")
{
    // 2010: before every cooperation (open-ended ones still support later years).
    test::WorkedRegion region;
    const Report report = region.data.report(day("2010-01-01"), day("2010-12-31"));
    CHECK(report.personsSupported == 0);
    CHECK(report.localities == 0);
    CHECK(report.needsIdentified == 0);
    CHECK(report.needsResolved == 0);
    CHECK(report.resolvedRate == 0);
    REQUIRE(report.byArea.size() == 15);
    for (const AreaFigures &figures : report.byArea) {
        CHECK(figures.identified == 0);
        CHECK(figures.resolvedRate == 0);
        CHECK(figures.shareOfResolved == 0);
        CHECK_FALSE(std::isnan(figures.resolvedRate));
    }
    for (const ResolveTimeFigures &time : report.timeToResolve)
        CHECK_FALSE(time.medianDays.has_value());
    CHECK(report.outcomes.isEmpty());
    CHECK(report.cooperation.ended == 0);
    CHECK_FALSE(report.cooperation.medianDays.has_value());
    CHECK(report.cooperation.histogramMonths.isEmpty());
    CHECK(report.contacts.count == 0);
    CHECK(report.contacts.minutes == 0);
    CHECK(report.contacts.byPlace.size() == 3);
    CHECK(countOf(report.contacts.byPlace, "field") == 0);
    CHECK(countOf(report.contacts.byIntervention, "counselling") == 0);
    CHECK(report.byLocality.isEmpty());
}

TEST_CASE("A need identified before the period never counts, even when resolved in it", "[report]")
{
    test::WorkedRegion region;
    // Only Anna's 2024 housing need was identified in the second half of 2024; it
    // was resolved on 2025-02-01. In 2025 it is neither identified nor resolved.
    const Report year2025 = region.data.report(day("2025-01-01"), day("2025-12-31"));
    CHECK(area(year2025, "housing").identified == 1); // Cyril's, not Anna's
    CHECK(area(year2025, "housing").resolved == 0);
    // In the second half of 2024 it is identified but not yet resolved (closed
    // after the period's end); Anna, Cyril and Emil are supported.
    const Report half2024 = region.data.report(day("2024-07-01"), day("2024-12-31"));
    CHECK(half2024.personsSupported == 3);
    CHECK(half2024.needsIdentified == 1);
    CHECK(half2024.needsResolved == 0);
    CHECK(half2024.resolvedRate == 0);
    // Over both, it is identified and resolved: 13 identified, 10 resolved.
    const Report both = region.data.report(day("2024-07-01"), day("2025-12-31"));
    CHECK(both.needsIdentified == 13);
    CHECK(both.needsResolved == 10);
}

TEST_CASE("Open-ended cooperations count as support but not as ended", "[report]")
{
    test::ReportRegion data;
    const QUuid alfa = data.locality(QStringLiteral("alfa"), QStringLiteral("Alfa"));
    // Started long before the period, still open: supported, no length.
    data.cooperation(data.client(QStringLiteral("Olga"), alfa, {}), day("2020-01-01"));
    // Started on the period's last day: supported.
    data.cooperation(data.client(QStringLiteral("Petr"), alfa, {}), day("2025-12-31"));
    // Ended on the period's first day: supported and ended (0 days, 0 months).
    data.cooperation(data.client(QStringLiteral("Rita"), alfa, {}), day("2025-01-01"), day("2025-01-01"));
    const Report report = data.report(day("2025-01-01"), day("2025-12-31"));
    CHECK(report.personsSupported == 3);
    CHECK(report.cooperation.ended == 1);
    CHECK(*report.cooperation.minDays == 0);
    CHECK(*report.cooperation.medianDays == 0);
    CHECK(report.cooperation.endedWithin365Share == 1);
    CHECK(report.cooperation.histogramMonths == QList<int>{1});
    CHECK_FALSE(report.cooperation.meanDaysWithResolvedNeed.has_value());
}

TEST_CASE("Whole months of cooperation are complete on the day of the month it started", "[report]")
{
    test::ReportRegion data;
    const QUuid alfa = data.locality(QStringLiteral("alfa"), QStringLiteral("Alfa"));
    const auto ended = [&](const char *start, const char *end) {
        data.cooperation(data.client(QStringLiteral("Klient"), alfa, {}), day(start), day(end));
    };
    ended("2025-03-15", "2025-04-14"); // 30 days, 0 months
    ended("2025-03-15", "2025-04-15"); // 31 days, 1 month
    ended("2025-01-31", "2025-02-28"); // 28 days, 0 months: the 31st never came
    ended("2024-11-20", "2025-11-20"); // 365 days, 12 months
    ended("2024-11-20", "2025-11-21"); // 366 days, 12 months: over a year
    const Report report = data.report(day("2025-01-01"), day("2025-12-31"));
    QList<int> histogram(13, 0);
    histogram[0] = 2;
    histogram[1] = 1;
    histogram[12] = 2;
    CHECK(report.cooperation.histogramMonths == histogram);
    // Days 28, 30, 31, 365, 366: the median of five is 31; four within 365.
    CHECK(*report.cooperation.medianDays == 31);
    CHECK(report.cooperation.endedWithin365Share == Approx(0.8));
}

TEST_CASE("A deleted locality is not counted: its people are under no locality", "[report]")
{
    test::ReportRegion data;
    const QUuid alfa = data.locality(QStringLiteral("alfa"), QStringLiteral("Alfa"));
    const QUuid gone = data.locality(QStringLiteral("gone"), QStringLiteral("Zaniklá"));
    data.cooperation(data.client(QStringLiteral("Olga"), alfa, {}), day("2025-01-01"));
    data.cooperation(data.client(QStringLiteral("Petr"), gone, {}), day("2025-01-01"));
    data.tombstone(QStringLiteral("locality"), gone);
    const Report report = data.report(day("2025-01-01"), day("2025-12-31"));
    CHECK(report.personsSupported == 2);
    CHECK(report.localities == 1);
    REQUIRE(report.byLocality.size() == 2);
    CHECK(report.byLocality.at(1).localityId.isNull());
    CHECK(report.byLocality.at(1).persons == 1);
    ReportFilter filter;
    filter.localityCode = QStringLiteral("gone");
    CHECK_THROWS_AS(data.report(day("2025-01-01"), day("2025-12-31"), filter), ValidationError);
}

TEST_CASE("Interventions count by whole code: separators, prefixes and withdrawn codes", "[report]")
{
    // Codes that arrive from a coordinator's codelist may hold the list's own
    // separator or its escape sign, or begin with another code; a withdrawn code
    // still counts the contacts recorded before.
    test::ReportRegion data;
    data.store().database().execScript(QStringLiteral(
        "INSERT INTO intervention_type (code, label_cs, label_en, sort, hlc, replica, deleted) VALUES "
        "('debt,advice', 'Dluhy, rada', 'Debts, advice', 90, 1, x'00', 0), "
        "('50%', 'Polovina', 'Half', 91, 1, x'00', 0), "
        "('counselling_group', 'Skupina', 'Group', 92, 1, x'00', 0), "
        "('withdrawn', 'Zrušeno', 'Withdrawn', 93, 1, x'00', 0)"));
    data.store().reloadCodelists();
    const QUuid alfa = data.locality(QStringLiteral("alfa"), QStringLiteral("Alfa"));
    const QUuid olga = data.client(QStringLiteral("Olga"), alfa, {});
    data.cooperation(olga, day("2025-01-01"));
    const auto contact = [&](const QStringList &codes) {
        data.contact(olga, day("2025-03-01"), 10, QStringLiteral("office"), codes);
    };
    contact({QStringLiteral("debt,advice"), QStringLiteral("counselling")});
    contact({QStringLiteral("counselling_group")});
    contact({QStringLiteral("50%"), QStringLiteral("withdrawn")});
    contact({QStringLiteral("debt,advice")});
    contact({});
    data.store().database().execScript(QStringLiteral("UPDATE intervention_type SET deleted = 1 WHERE code = 'withdrawn'"));

    const ContactFigures contacts = data.report(day("2025-01-01"), day("2025-12-31")).contacts;
    CHECK(contacts.count == 5);
    CHECK(countOf(contacts.byIntervention, "debt,advice") == 2);
    CHECK(countOf(contacts.byIntervention, "counselling") == 1);
    CHECK(countOf(contacts.byIntervention, "counselling_group") == 1);
    CHECK(countOf(contacts.byIntervention, "50%") == 1);
    CHECK(countOf(contacts.byIntervention, "withdrawn") == 1);
    CHECK(countOf(contacts.byIntervention, "paperwork") == 0);
}

TEST_CASE("A bad filter is refused with a message naming the field", "[report]")
{
    test::WorkedRegion region;
    Database &db = region.data.store().database();
    const auto refused = [&](ReportFilter filter) {
        try {
            computeReport(db, filter);
        } catch (const ValidationError &error) {
            return error.field();
        }
        return QStringLiteral("accepted");
    };
    ReportFilter filter = ReportFilter::calendarYear(2025);
    CHECK(filter.from == day("2025-01-01"));
    CHECK(filter.to == day("2025-12-31"));

    ReportFilter backwards = filter;
    backwards.from = day("2026-01-01");
    CHECK(refused(backwards) == u"from");
    ReportFilter noDates;
    CHECK(refused(noDates) == u"from");
    ReportFilter unknownLocality = filter;
    unknownLocality.localityCode = QStringLiteral("nowhere");
    CHECK(refused(unknownLocality) == u"locality");
    ReportFilter unknownProvider = filter;
    unknownProvider.providerId = QUuid::createUuid();
    CHECK(refused(unknownProvider) == u"provider");
    ReportFilter unknownWorker = filter;
    unknownWorker.workerId = QUuid::createUuid();
    CHECK(refused(unknownWorker) == u"worker");
    CHECK(tempTables(db) == 0);
}

TEST_CASE("The report leaves nothing behind, runs inside a transaction, and can be cancelled", "[report]")
{
    test::WorkedRegion region;
    Database &db = region.data.store().database();
    const ReportFilter filter = ReportFilter::calendarYear(2025);
    const Report first = computeReport(db, filter);
    CHECK(tempTables(db) == 0);
    CHECK(db.transactionDepth() == 0);
    {
        Transaction transaction(db);
        CHECK(computeReport(db, filter).needsResolved == first.needsResolved);
        transaction.commit();
    }
    int calls = 0;
    ReportBuilder cancelled(db, [&](int done, int total) {
        CHECK(done <= total);
        return ++calls < 3;
    });
    CHECK_THROWS_AS(cancelled.build(filter), Error);
    CHECK(calls == 3);
    CHECK(tempTables(db) == 0);
    // The file is still writable: no transaction was left open.
    CHECK_NOTHROW(region.data.cooperation(region.emil, day("2026-02-01")));
    QList<int> seen;
    ReportBuilder(db, [&](int done, int) {
        seen.append(done);
        return true;
    }).build(filter);
    CHECK(seen.first() == 0);
    CHECK(seen.last() == seen.size() - 1);
}
