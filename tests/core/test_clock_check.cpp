// Whether this computer's clock can be trusted with a file that opens (ClockCheck).
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "changes/HybridLogicalClock.h"
#include "i18n/Dates.h"
#include "store/ClockCheck.h"
#include "store/Repositories.h"

#include <QTimeZone>

using namespace teren;

namespace {

constexpr qint64 dayMs = 24 * 3'600'000;

void addClient(Store &store, const QString &given)
{
    Client client;
    client.givenName = given;
    client.familyName = QStringLiteral("Dvořáková");
    ClientRepository(store).create(client);
}

} // namespace

TEST_CASE("A clock reading a day before this version was built is implausible", "[clock]")
{
    const QDate builtOn(2026, 3, 1);
    const FixedClock wall(QDateTime(QDate(2026, 2, 28), QTime(12, 0), QTimeZone::utc()));
    const ClockCheck check = ClockCheck::of(wall, 0, builtOn);
    CHECK(check.problem == ClockCheck::Problem::BeforeBuild);
    CHECK(check.message()
          == QStringLiteral("This computer's clock says %1, before this version of Terén was made (%2). Set the date "
                            "and time right before you change anything: every change is dated with them, and the "
                            "newer change wins when laptops' work is merged.")
                 .arg(Dates::shortDateTime(wall.now()), Dates::shortDate(builtOn)));
    // On the day of the build, or without a build date to hold it against, it is fine.
    CHECK(ClockCheck::of(FixedClock(QDateTime(builtOn, QTime(12, 0), QTimeZone::utc())), 0, builtOn).isFine());
    CHECK(ClockCheck::of(wall, 0, QDate()).isFine());
    CHECK(ClockCheck::buildDate().isValid());
}

TEST_CASE("A clock more than a day behind the newest change of the file is said to be so", "[clock]")
{
    test::Fixture fixture;
    fixture.clock().advance(10 * dayMs);
    addClient(fixture.store(), QStringLiteral("Eva"));
    const QDateTime newest = fixture.clock().now();
    // The clock is set back (a flat battery, a wrong time zone, a mistake).
    fixture.clock().set(test::pinnedMs);
    fixture.reopen();

    const ClockCheck check = ClockCheck::of(fixture.store(), QDate());
    CHECK(check.problem == ClockCheck::Problem::BehindNewestChange);
    CHECK(check.daysBehind() == 10);
    CHECK(check.message()
          == QStringLiteral("This computer's clock says %1, but this file holds changes dated as late as %2, 10 days "
                            "later. If the clock is wrong, set the date and time right before you change anything: "
                            "every change is dated with them, and the newer change wins when laptops' work is "
                            "merged.")
                 .arg(Dates::shortDateTime(fixture.clock().now()), Dates::shortDateTime(newest)));

    // Less than a day behind is what time zones and a clock set right do.
    fixture.clock().set(test::pinnedMs + 9 * dayMs + 1);
    CHECK(ClockCheck::of(fixture.store(), QDate()).isFine());
}

TEST_CASE("A file whose clock was always right passes the clock check", "[clock]")
{
    test::Fixture fixture;
    addClient(fixture.store(), QStringLiteral("Eva"));
    fixture.clock().advance(60'000);
    fixture.reopen();
    const ClockCheck check = ClockCheck::of(fixture.store(), QDate(2026, 1, 1));
    CHECK(check.isFine());
    CHECK(check.message().isEmpty());
}
