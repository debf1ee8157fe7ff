#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "report/ReportBuilder.h"
#include "report/ReportFormat.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <atomic>

using namespace teren;

namespace {

// The demo's whole period, written into the SQL (?1 and ?2); ?3 is bound.
QString inPeriod(const char *sql)
{
    return QString::fromUtf8(sql)
        .replace(QStringLiteral("?1"), QStringLiteral("'2024-10-01'"))
        .replace(QStringLiteral("?2"), QStringLiteral("'2026-10-31'"))
        .replace(QStringLiteral("?3"), QStringLiteral("?"));
}

double scalar(Database &db, const char *sql, const QVariantList &bindings = {})
{
    return db.scalar(inPeriod(sql), bindings).toDouble();
}

// A demo region of 300 clients in a folder of its own, open: enough for every figure
// and for the report's connections to run side by side.
struct SmallDemo
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = Store::open(test::demoFile(dir, 300));
};

} // namespace

// The demo region (1,300 clients) through the report, checked against the same
// figures written as plain, independent SQL (window functions for medians, GROUP
// BY for counts), and against the shape of the Karlovy Vary report.
TEST_CASE("The report on the demo region agrees with plain SQL and reads like the Karlovy Vary report", "[report][demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const DemoSummary summary = DemoGenerator::generate(path, DemoOptions());
    CHECK(summary.targets == 24);
    auto store = Store::open(path);
    Database &db = store->database();
    ReportFilter filter;
    filter.from = QDate(2024, 10, 1);
    filter.to = QDate(2026, 10, 31);
    const Report report = computeReport(db, filter);

    CHECK(report.personsSupported == scalar(db, "SELECT count(DISTINCT client_id) FROM cooperation "
                                                "WHERE start_on <= ?2 AND (end_on IS NULL OR end_on >= ?1)"));
    CHECK(report.localities == 17);
    CHECK(report.needsIdentified == scalar(db, "SELECT count(*) FROM need WHERE identified_on BETWEEN ?1 AND ?2"));
    CHECK(report.needsResolved == scalar(db, "SELECT count(*) FROM need WHERE identified_on BETWEEN ?1 AND ?2 "
                                             "AND status = 'resolved' AND closed_on <= ?2"));
    // The Karlovy Vary report: 1,296 persons in 17 localities, 57 % of needs resolved; a quarter
    // of the resolved in material security, a fifth in housing, 15 % employment;
    // 69 % of cooperations ended within a year; about 10 months with a need resolved.
    CHECK(report.resolvedRate > 0.52);
    CHECK(report.resolvedRate < 0.62);
    for (const AreaFigures &area : report.byArea) {
        if (area.area == u"material")
            CHECK((area.shareOfResolved > 0.20 && area.shareOfResolved < 0.30));
        if (area.area == u"housing")
            CHECK((area.shareOfResolved > 0.15 && area.shareOfResolved < 0.25));
        if (area.area == u"employment")
            CHECK((area.shareOfResolved > 0.11 && area.shareOfResolved < 0.19));
    }
    CHECK(report.cooperation.endedWithin365Share > 0.62);
    CHECK(report.cooperation.endedWithin365Share < 0.76);
    CHECK(*report.cooperation.meanDaysWithResolvedNeed / 30.44 > 8);
    CHECK(*report.cooperation.meanDaysWithResolvedNeed / 30.44 < 12);

    // Medians by window functions.
    for (const ResolveTimeFigures &time : report.timeToResolve) {
        INFO(time.area.toStdString());
        const QVariant median = db.scalar(
            inPeriod("SELECT avg(days) FROM (SELECT julianday(closed_on) - julianday(identified_on) AS days, "
                           "row_number() OVER (ORDER BY julianday(closed_on) - julianday(identified_on)) AS r, "
                           "count(*) OVER () AS n FROM need WHERE area = ?3 AND identified_on BETWEEN ?1 AND ?2 "
                           "AND status = 'resolved' AND closed_on <= ?2) WHERE r IN ((n + 1) / 2, (n + 2) / 2)"),
            {time.area});
        CHECK(time.medianDays.has_value() == !median.isNull());
        if (time.medianDays)
            CHECK(*time.medianDays == Approx(median.toDouble()));
    }
    const double coopMedian = scalar(
        db, "SELECT avg(days) FROM (SELECT julianday(end_on) - julianday(start_on) AS days, "
            "row_number() OVER (ORDER BY julianday(end_on) - julianday(start_on)) AS r, count(*) OVER () AS n "
            "FROM cooperation WHERE end_on BETWEEN ?1 AND ?2) WHERE r IN ((n + 1) / 2, (n + 2) / 2)");
    CHECK(*report.cooperation.medianDays == Approx(coopMedian));
    int histogramTotal = 0;
    for (int count : report.cooperation.histogramMonths)
        histogramTotal += count;
    CHECK(histogramTotal == report.cooperation.ended);

    CHECK(report.contacts.count == scalar(db, "SELECT count(*) FROM contact WHERE contact_on BETWEEN ?1 AND ?2"));
    for (const CodeCount &intervention : report.contacts.byIntervention)
        CHECK(intervention.count
              == scalar(db, "SELECT count(*) FROM contact_intervention ci JOIN contact c ON c.id = ci.contact_id "
                            "WHERE ci.code = ?3 AND c.contact_on BETWEEN ?1 AND ?2",
                        {intervention.code}));
    int persons = 0;
    for (const LocalityFigures &locality : report.byLocality)
        persons += locality.persons;
    CHECK(persons == report.personsSupported);

    // Who the persons are, each figure by a plain query of its own.
    const char *supported = "FROM client c WHERE EXISTS (SELECT 1 FROM cooperation k WHERE k.client_id = c.id "
                            "AND k.start_on <= ?2 AND (k.end_on IS NULL OR k.end_on >= ?1))";
    const auto inBand = [&](const char *condition) {
        return scalar(db, (QStringLiteral("SELECT count(*) ") + QString::fromLatin1(supported) + QStringLiteral(" AND ")
                           + QString::fromLatin1(condition))
                              .toUtf8()
                              .constData());
    };
    REQUIRE(report.byAgeBand.size() == 6);
    CHECK(report.byAgeBand.at(1).persons == inBand("2026 - c.birth_year BETWEEN 15 AND 17"));
    CHECK(report.byAgeBand.at(3).persons == inBand("2026 - c.birth_year BETWEEN 27 AND 64"));
    REQUIRE(report.byGender.size() == 4);
    CHECK(report.byGender.at(0).persons == inBand("c.gender = 'f'"));
    CHECK(report.households
          == scalar(db, (QStringLiteral("SELECT count(DISTINCT c.household_id) + count(*) FILTER (WHERE "
                                        "c.household_id IS NULL) ")
                         + QString::fromLatin1(supported))
                            .toUtf8()
                            .constData()));
    REQUIRE(report.esfAgeAtEntry.size() == 5);
    CHECK(report.esfAgeAtEntry.at(2).persons
          == scalar(db, "SELECT count(*) FROM client c WHERE (SELECT CAST(substr(min(k.start_on), 1, 4) AS INTEGER) "
                        "FROM cooperation k WHERE k.client_id = c.id AND k.start_on BETWEEN ?1 AND ?2) - c.birth_year "
                        "BETWEEN 30 AND 54"));
    REQUIRE(report.goalsByHorizon.size() == 3);
    CHECK(report.goalsByHorizon.at(0).set
          == scalar(db, "SELECT count(*) FROM goal g JOIN need n ON n.id = g.need_id WHERE g.horizon = 'short' "
                        "AND n.identified_on BETWEEN ?1 AND ?2 AND EXISTS (SELECT 1 FROM cooperation k "
                        "WHERE k.client_id = n.client_id AND k.start_on <= ?2 AND (k.end_on IS NULL OR k.end_on >= ?1))"));
    CHECK(report.byIntensity.at(2).identified
          == scalar(db, "SELECT count(*) FROM need n WHERE n.intensity = 3 AND n.identified_on BETWEEN ?1 AND ?2 "
                        "AND EXISTS (SELECT 1 FROM cooperation k WHERE k.client_id = n.client_id "
                        "AND k.start_on <= ?2 AND (k.end_on IS NULL OR k.end_on >= ?1))"));
    int ended = 0;
    for (const EndReasonFigures &reason : report.endReasons)
        ended += reason.count;
    CHECK(ended == report.cooperation.ended);
    // Every demo worker works for a provider.
    int providerPersons = 0;
    qint64 providerMinutes = 0;
    for (const ProviderFigures &provider : report.byProvider) {
        providerPersons += provider.persons;
        providerMinutes += provider.contactMinutes;
    }
    CHECK(report.byProvider.size() == 3);
    CHECK(providerPersons == report.personsSupported);
    CHECK(providerMinutes == report.contacts.minutes);
    // Every demo locality but one has an estimate of its residents.
    CHECK(report.localityCoverage.size() == 16);

    // The demo's targets of 2025 and 2026: every one with an actual.
    CHECK(report.targets.size() == 24);
    for (const TargetFigures &target : report.targets)
        CHECK(target.actual.has_value());
}

// The contacts are counted on a second connection while the rest runs; the
// figures are those of the same snapshot, as if computed one after another.
TEST_CASE("The report computed in parallel equals the report computed step by step", "[report][demo]")
{
    const SmallDemo demo;
    Database &db = demo.store->database();
    for (const char *locality : {"", "cheb"}) {
        ReportFilter filter = ReportFilter::calendarYear(2025);
        filter.localityCode = QString::fromLatin1(locality);
        ReportBuilder sequential(db);
        sequential.setParallel(false);
        const Report one = sequential.build(filter);
        const Report other = ReportBuilder(db).build(filter);
        CHECK(other.contacts.count > 0);
        CHECK(toJson(other) == toJson(one));
    }
}

// The report window cancels a report when the period or a filter changes: it must stop
// inside a long query rather than at its end, on every connection, and leave the file
// as it was.
TEST_CASE("A cancelled report stops inside its queries and leaves nothing behind", "[report][demo]")
{
    const SmallDemo demo;
    Database &db = demo.store->database();
    const ReportFilter filter = ReportFilter::calendarYear(2025);
    const auto scratchTables = [&db] {
        return db.scalar(QStringLiteral("SELECT count(*) FROM temp.sqlite_schema WHERE name LIKE 'report%'")).toInt();
    };

    // Asked between the steps and within the queries, on all four connections.
    std::atomic<int> asked{0};
    int steps = 0;
    ReportBuilder counting(db, [&steps](int, int total) {
        steps = total;
        return true;
    });
    counting.setCancelled([&asked] {
        ++asked;
        return false;
    });
    const Report whole = counting.build(filter);
    const int questions = asked;
    CHECK(questions > 3 * (steps + 1));

    for (const int cancelAt : {1, questions / 3, questions / 2, questions - 2}) {
        for (const bool parallel : {true, false}) {
            INFO("cancelled at question " << cancelAt << " of " << questions << (parallel ? ", parallel" : ""));
            std::atomic<int> seen{0};
            ReportBuilder cancelled(db);
            cancelled.setParallel(parallel);
            cancelled.setCancelled([&seen, cancelAt] { return ++seen >= cancelAt; });
            CHECK_THROWS_AS(cancelled.build(filter), ReportCancelled);
            // Stopped where it was asked: each connection asks once more at most.
            CHECK(seen <= cancelAt + 5);
            CHECK(scratchTables() == 0);
            CHECK(db.transactionDepth() == 0);
        }
    }
    // The same connection computes the same report afterwards.
    CHECK(toJson(computeReport(db, filter)) == toJson(whole));
}
