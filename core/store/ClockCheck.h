#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace teren {

class Clock;
class Store;

// Whether this computer's clock can be trusted with a file that is opening. Every
// change is stamped with it (HybridLogicalClock) and the merge orders edits by their
// stamps, so a clock set wrong makes edits lose or win against the region's without
// anybody noticing. Two readings give it away: a clock before the day this version of
// Terén was built, and a clock more than a day behind the newest change in the file,
// as the merge counts it (ClockClamps).
struct ClockCheck
{
    Q_DECLARE_TR_FUNCTIONS(ClockCheck)

public:
    enum class Problem {
        None,
        BeforeBuild,        // the clock reads a day before this version was built
        BehindNewestChange, // more than a day behind the newest stamp
    };
    // How far behind the newest stamp the clock may be: time zones, and a clock that
    // was set right after some changes were stamped a little ahead.
    static constexpr qint64 toleranceMs = 24 * 60 * 60 * 1000;

    Problem problem = Problem::None;
    QDateTime now;    // what the clock reads
    QDateTime newest; // the newest stamp, as a time
    QDate builtOn;    // when this version was built (invalid: not checked)

    bool isFine() const { return problem == Problem::None; }
    // Whole days between the clock and the newest stamp, at least one.
    int daysBehind() const;
    // What is wrong and what to do, translated; empty when fine.
    QString message() const;

    // `newestStamp` is an HLC stamp; an invalid `builtOn` leaves that check out.
    static ClockCheck of(const Clock &wall, qint64 newestStamp, const QDate &builtOn);
    // The store's clock against the newest stamp in its file (the file's own clock,
    // and every installation's newest change as the fold counts it), and against the
    // build date.
    static ClockCheck of(Store &store, const QDate &builtOn = buildDate());
    // The day this version was built, taken when the build was configured
    // (SOURCE_DATE_EPOCH, when set, gives it for a reproducible build).
    static QDate buildDate();
};

} // namespace teren
