#include "Clock.h"

namespace teren {

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace teren
