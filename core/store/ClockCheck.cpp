#include "ClockCheck.h"

#include "Store.h"

#include "changes/ChangeLog.h"
#include "changes/ClockClamps.h"
#include "changes/HybridLogicalClock.h"
#include "i18n/Dates.h"

#include <algorithm>
#include <cmath>

namespace teren {

int ClockCheck::daysBehind() const
{
    constexpr double day = 24.0 * 60 * 60 * 1000;
    return std::max(1, static_cast<int>(std::lround(static_cast<double>(now.msecsTo(newest)) / day)));
}

QString ClockCheck::message() const
{
    switch (problem) {
    case Problem::None:
        break;
    case Problem::BeforeBuild:
        return tr("This computer's clock says %1, before this version of Terén was made (%2). Set the date and time "
                  "right before you change anything: every change is dated with them, and the newer change wins when "
                  "laptops' work is merged.")
            .arg(Dates::shortDateTime(now), Dates::shortDate(builtOn));
    case Problem::BehindNewestChange:
        return tr("This computer's clock says %1, but this file holds changes dated as late as %2, %n day(s) later. "
                  "If the clock is wrong, set the date and time right before you change anything: every change is "
                  "dated with them, and the newer change wins when laptops' work is merged.",
                  nullptr, daysBehind())
            .arg(Dates::shortDateTime(now), Dates::shortDateTime(newest));
    }
    return {};
}

ClockCheck ClockCheck::of(const Clock &wall, qint64 newestStamp, const QDate &builtOn)
{
    ClockCheck check;
    check.now = wall.now();
    check.newest = QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::toMs(newestStamp));
    check.builtOn = builtOn;
    if (builtOn.isValid() && wall.today() < builtOn)
        check.problem = Problem::BeforeBuild;
    else if (HybridLogicalClock::toMs(newestStamp) - wall.nowMs() > toleranceMs)
        check.problem = Problem::BehindNewestChange;
    return check;
}

ClockCheck ClockCheck::of(Store &store, const QDate &builtOn)
{
    // This installation's own stamps and what it observed, and every installation's
    // newest change as the fold counts it: a laptop's clock that ran ahead, clamped by
    // the coordinator, says nothing about this one.
    qint64 newest = store.recorder().clock().last();
    Database &db = store.database();
    const ClockClamps clamps = ClockClamps::load(db);
    for (const Stamp &stamp : changelog::newestOfEachReplica(db))
        newest = std::max(newest, clamps.countedHlc(stamp));
    return of(store.clock(), newest, builtOn);
}

QDate ClockCheck::buildDate()
{
    return QDate::fromString(QStringLiteral(TEREN_BUILD_DATE), Qt::ISODate);
}

} // namespace teren
