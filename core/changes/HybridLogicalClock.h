#pragma once

#include "Clock.h"

namespace teren {

// A hybrid logical clock packed in one 64-bit integer: wall milliseconds in the
// high 48 bits, a counter in the low 16. Stamps from one replica strictly increase
// even when the wall clock steps back, and observing a remote stamp moves the clock
// past it, so (stamp, replica id) totally orders every change in the region.
class HybridLogicalClock
{
public:
    explicit HybridLogicalClock(const Clock &wall, qint64 last = 0);

    qint64 tick();
    void observe(qint64 remote);
    qint64 last() const { return m_last; }

    static constexpr qint64 fromMs(qint64 ms) { return ms << 16; }
    static constexpr qint64 toMs(qint64 stamp) { return stamp >> 16; }

private:
    const Clock &m_wall;
    qint64 m_last;
};

} // namespace teren
