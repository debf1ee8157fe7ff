#pragma once

#include "Clock.h"

namespace teren {

// A hybrid logical clock packed in one 64-bit integer: wall milliseconds in the
// high 48 bits, a counter in the low 16. Stamps from one replica strictly increase
// even when the wall clock steps back, and observing a remote stamp moves the clock
// past it, so (stamp, replica id) totally orders every change in the region.
//
// Observing is bounded: a stamp more than a day ahead of this computer's wall clock
// moves the clock only to that day's end. One laptop whose clock runs ahead would
// otherwise drag every installation that merges its changes into its future, for
// good. Such stamps are the coordinator's to clamp (ClockClamps).
class HybridLogicalClock
{
public:
    // How far ahead of the wall clock another installation's stamp may still be
    // taken as it is.
    static constexpr qint64 maxAheadMs = 24 * 60 * 60 * 1000;

    static constexpr qint64 fromMs(qint64 ms) { return ms << 16; }
    static constexpr qint64 toMs(qint64 stamp) { return stamp >> 16; }

    // The latest stamp a change may carry: 1 January 3000. The packed format could
    // hold stamps up to the year 6429, but one at its very end would leave no stamp
    // after it for the edit that overwrites it; no real clock is centuries ahead.
    static constexpr qint64 latestStamp = qint64(32'503'680'000'000) << 16;
    static constexpr bool isPlausible(qint64 stamp) { return stamp > 0 && stamp <= latestStamp; }

    explicit HybridLogicalClock(const Clock &wall, qint64 last = 0);

    qint64 tick();
    // A stamp later than `overwritten` too: an edit comes after the value it
    // overwrites, however far ahead that value was stamped.
    qint64 tickAfter(qint64 overwritten);
    // Moves the clock past a stamp seen in another installation's change, up to
    // bound(); returns whether the stamp lay beyond it.
    bool observe(qint64 remote);
    qint64 last() const { return m_last; }
    // The latest stamp observing may move the clock to: a day past the wall clock.
    qint64 bound() const;

private:
    const Clock &m_wall;
    qint64 m_last;
};

} // namespace teren
