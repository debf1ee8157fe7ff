#include "HybridLogicalClock.h"

#include <algorithm>

namespace teren {

HybridLogicalClock::HybridLogicalClock(const Clock &wall, qint64 last)
    : m_wall(wall)
    , m_last(last)
{
}

qint64 HybridLogicalClock::tick()
{
    const qint64 physical = fromMs(m_wall.nowMs());
    // A counter overflow spills into the millisecond part, which keeps stamps
    // monotone; it would take 65,536 changes in one millisecond.
    m_last = std::max(physical, m_last + 1);
    return m_last;
}

qint64 HybridLogicalClock::tickAfter(qint64 overwritten)
{
    m_last = std::max(m_last, overwritten);
    return tick();
}

bool HybridLogicalClock::observe(qint64 remote)
{
    const qint64 limit = bound();
    m_last = std::max(m_last, std::min(remote, limit));
    return remote > limit;
}

qint64 HybridLogicalClock::bound() const
{
    return fromMs(m_wall.nowMs() + maxAheadMs);
}

} // namespace teren
