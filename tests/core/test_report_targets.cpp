#include <catch2/catch.hpp>

#include "ReportTestData.h"
#include "domain/Error.h"
#include "domain/TargetIndicators.h"
#include "report/ReportBuilder.h"
#include "storage/Database.h"
#include "store/Repositories.h"
#include "store/TargetRepository.h"

using namespace teren;
using test::day;

namespace {

struct Expected
{
    const char *indicator;
    int year;
    QUuid locality;
    QUuid provider;
    double target;
    double actual;
};

void checkTargets(const Report &report, const QList<Expected> &expected)
{
    REQUIRE(report.targets.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const TargetFigures &target = report.targets.at(i);
        const Expected &want = expected.at(i);
        INFO("target " << i << ": " << want.indicator << " " << want.year);
        CHECK(target.indicator == QLatin1String(want.indicator));
        CHECK(target.year == want.year);
        CHECK(target.localityId == want.locality);
        CHECK(target.providerId == want.provider);
        CHECK(target.target == Approx(want.target));
        REQUIRE(target.actual.has_value());
        CHECK(*target.actual == Approx(want.actual));
        CHECK(*target.gap == Approx(want.target - want.actual));
        CHECK(target.met == (want.actual >= want.target));
    }
}

// Runs `action`, expects a ValidationError on `field`.
template<class Action>
void rejected(Action action, const char *field)
{
    try {
        action();
    } catch (const ValidationError &error) {
        CHECK(error.field() == QLatin1String(field));
        return;
    }
    FAIL("no validation error for " << field);
}

} // namespace

// Each actual is the report's figure for the target's year and scope, whatever
// the report's own period and filter (worked region, ReportTestData.cpp):
//   2025 persons supported: 6 (see test_report.cpp); of provider Quest: Cyril,
//   Hana, Ivan = 3. needs identified 12, resolved rate 0.75.
//   2025 clients employed in Alfa: Anna (job_temporary), Bohdan (job_permanent),
//   Gita (job_public_works) = 3. clients housed 2025: Cyril's housing need was
//   resolved in 2026, so 0. debt plans of Pomoc: Bohdan = 1. debt-free: 0.
//   2024 needs resolved: Anna's 2024 need closed in 2025, so 0.
//   2026 housed in Beta: Dana (housing_new, 2026-03-01) = 1; persons of Pomoc in
//   2026: Bohdan only (Gita's cooperation ended 2025-11-30) = 1.
TEST_CASE("Targets against actuals for their own year and scope, with the gap", "[report][targets]")
{
    test::WorkedRegion region;
    test::ReportRegion &data = region.data;
    data.target(QStringLiteral("persons_supported"), 2025, 5);
    data.target(QStringLiteral("resolved_rate"), 2025, 0.8);
    data.target(QStringLiteral("clients_employed"), 2025, 2, region.alfa);
    data.target(QStringLiteral("persons_supported"), 2025, 4, {}, region.quest);
    data.target(QStringLiteral("clients_debt_plan"), 2025, 1, {}, region.pomoc);
    data.target(QStringLiteral("needs_resolved"), 2024, 3);
    data.target(QStringLiteral("clients_housed"), 2026, 1, region.beta);
    data.target(QStringLiteral("persons_supported"), 2026, 2, {}, region.pomoc);
    data.target(QStringLiteral("needs_identified"), 2025, 12);
    data.target(QStringLiteral("clients_housed"), 2025, 1);
    data.target(QStringLiteral("clients_debt_free"), 2025, 0);
    TargetRepository(data.store()).remove(data.target(QStringLiteral("clients_in_school"), 2025, 1));

    const QList<Expected> all2025 = {
        {"persons_supported", 2025, {}, {}, 5, 6},           {"persons_supported", 2025, {}, region.quest, 4, 3},
        {"needs_identified", 2025, {}, {}, 12, 12},          {"resolved_rate", 2025, {}, {}, 0.8, 0.75},
        {"clients_employed", 2025, region.alfa, {}, 2, 3},   {"clients_housed", 2025, {}, {}, 1, 0},
        {"clients_debt_plan", 2025, {}, region.pomoc, 1, 1}, {"clients_debt_free", 2025, {}, {}, 0, 0}};

    SECTION("the years the period touches, in indicator order, region-wide first")
    {
        checkTargets(data.report(day("2025-01-01"), day("2025-12-31")), all2025);
        QList<Expected> with2024 = all2025;
        with2024.prepend({"needs_resolved", 2024, {}, {}, 3, 0});
        checkTargets(data.report(day("2024-06-01"), day("2025-12-31")), with2024);
        // 2026 has no region-wide target: only the scopes' clients are counted.
        checkTargets(data.report(day("2026-01-01"), day("2026-12-31")),
                     {{"persons_supported", 2026, {}, region.pomoc, 2, 1},
                      {"clients_housed", 2026, region.beta, {}, 1, 1}});
        CHECK(data.report(day("2027-01-01"), day("2027-12-31")).targets.isEmpty());
    }
    SECTION("a locality or provider filter lists that scope's targets, with the same actuals")
    {
        ReportFilter alfa;
        alfa.localityId = region.alfa;
        checkTargets(data.report(day("2025-01-01"), day("2025-12-31"), alfa),
                     {{"clients_employed", 2025, region.alfa, {}, 2, 3}});
        ReportFilter quest;
        quest.providerId = region.quest;
        checkTargets(data.report(day("2025-01-01"), day("2025-12-31"), quest),
                     {{"persons_supported", 2025, {}, region.quest, 4, 3}});
        // A worker is no target scope: every target of the year is listed.
        ReportFilter karel;
        karel.workerId = region.w2;
        checkTargets(data.report(day("2025-03-01"), day("2025-03-31"), karel), all2025);
    }
    SECTION("names of the scopes and the scope text")
    {
        const Report report = data.report(day("2025-01-01"), day("2025-12-31"));
        CHECK(report.targets.at(0).scopeText() == u"region");
        CHECK(report.targets.at(1).providerName == u"Quest");
        CHECK(report.targets.at(1).scopeText() == u"provider:Quest");
        CHECK(report.targets.at(4).localityCode == u"alfa");
        CHECK(report.targets.at(4).localityName == u"Alfa");
        CHECK(report.targets.at(4).scopeText() == u"locality:alfa");
    }
}

TEST_CASE("A target whose scope was deleted is not listed", "[report][targets]")
{
    test::ReportRegion data;
    const QUuid alfa = data.locality(QStringLiteral("alfa"), QStringLiteral("Alfa"));
    const QUuid gone = data.locality(QStringLiteral("gone"), QStringLiteral("Zaniklá"));
    data.target(QStringLiteral("persons_supported"), 2025, 10, alfa);
    data.target(QStringLiteral("persons_supported"), 2025, 10, gone);
    data.tombstone(QStringLiteral("locality"), gone);
    const Report report = data.report(day("2025-01-01"), day("2025-12-31"));
    REQUIRE(report.targets.size() == 1);
    CHECK(report.targets.first().localityId == alfa);
    CHECK(*report.targets.first().actual == 0);
    CHECK(*report.targets.first().gap == 10);
}

TEST_CASE("A report over more target years than it can compare is refused with the reason", "[report][targets]")
{
    test::ReportRegion data;
    for (int year = 2000; year <= 2062; ++year)
        data.target(QStringLiteral("persons_supported"), year, 10);
    CHECK_THROWS_WITH(data.report(day("2000-01-01"), day("2062-12-31")), Catch::Contains("at most 62 years"));
    // One year fewer is fine.
    CHECK(data.report(day("2001-01-01"), day("2062-12-31")).targets.size() == 62);
}

TEST_CASE("TargetRepository validates, keeps one target per key, and records every write", "[targets]")
{
    test::ReportRegion data;
    Store &store = data.store();
    const QUuid alfa = data.locality(QStringLiteral("alfa"), QStringLiteral("Alfa"));
    const QUuid pomoc = data.provider(QStringLiteral("Pomoc"));
    TargetRepository targets(store);
    const auto changes = [&] {
        return store.database().scalar(QStringLiteral("SELECT count(*) FROM change WHERE entity = 'target'")).toInt();
    };

    Target target = targets.add(Target{QUuid(), QStringLiteral("persons_supported"), 2026, alfa, QUuid(), 120});
    CHECK_FALSE(target.id.isNull());
    CHECK(changes() == 1);
    CHECK(targets.find(QStringLiteral("persons_supported"), 2026, alfa, QUuid())->id == target.id);
    CHECK_FALSE(targets.find(QStringLiteral("persons_supported"), 2026, QUuid(), QUuid()).has_value());

    rejected([&] { targets.add(Target{QUuid(), QStringLiteral("persons_supported"), 2026, alfa, QUuid(), 99}); },
             "indicator");
    rejected([&] { targets.add(Target{QUuid(), QStringLiteral("happiness"), 2026, {}, {}, 1}); }, "indicator");
    rejected([&] { targets.add(Target{QUuid(), QStringLiteral("persons_supported"), 1999, {}, {}, 1}); }, "year");
    rejected([&] { targets.add(Target{QUuid(), QStringLiteral("persons_supported"), 2026, alfa, pomoc, 1}); },
             "provider_id");
    rejected([&] { targets.add(Target{QUuid(), QStringLiteral("persons_supported"), 2026, QUuid::createUuid(), {}, 1}); },
             "locality_id");
    rejected([&] { targets.add(Target{QUuid(), QStringLiteral("persons_supported"), 2026, {}, {}, 10.5}); }, "value");
    rejected([&] { targets.add(Target{QUuid(), QStringLiteral("persons_supported"), 2026, {}, {}, -1}); }, "value");
    rejected([&] { targets.add(Target{QUuid(), QStringLiteral("resolved_rate"), 2026, {}, {}, 57}); }, "value");
    // The older entry point validates the same way.
    rejected([&] { DirectoryRepository(store).addTarget(Target{QUuid(), QStringLiteral("x"), 2026, {}, {}, 1}); },
             "indicator");
    CHECK(changes() == 1);

    CHECK(targets.add(Target{QUuid(), QStringLiteral("resolved_rate"), 2026, {}, pomoc, 0.6}).value == 0.6);
    target.value = 130;
    CHECK(targets.update(target));
    CHECK_FALSE(targets.update(target)); // nothing changed, nothing written
    CHECK(targets.find(target.id)->value == 130);
    CHECK(changes() == 3);
    targets.remove(target.id);
    CHECK_FALSE(targets.find(target.id).has_value());
    CHECK(store.database().scalar(QStringLiteral("SELECT deleted FROM target WHERE id = ?"), {target.id.toRfc4122()})
              .toInt()
          == 1);
    CHECK(changes() == 4);
    // The key is free again.
    CHECK_NOTHROW(targets.add(Target{QUuid(), QStringLiteral("persons_supported"), 2026, alfa, QUuid(), 100}));
    const QList<Target> all = targets.all();
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).indicator == u"persons_supported"); // indicator order, not alphabetical
    CHECK(all.at(1).indicator == u"resolved_rate");
}

TEST_CASE("Every target indicator has a label in both languages", "[targets]")
{
    for (const TargetIndicator &indicator : TargetIndicators::all()) {
        CHECK(TargetIndicators::label(indicator.code) != indicator.code);
        CHECK(indicator.outcomeBased() == !indicator.area.isEmpty());
    }
    CHECK(TargetIndicators::find(QStringLiteral("clients_employed"))->outcomes.size() == 3);
    CHECK(TargetIndicators::find(QStringLiteral("resolved_rate"))->rate);
    CHECK(TargetIndicators::label(QStringLiteral("unknown")) == u"unknown");
}
