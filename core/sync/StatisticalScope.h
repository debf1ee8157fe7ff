#pragma once

namespace teren {

class Store;

// Statistics for reporting beyond the region: a statistical database (made by
// `teren-cli init --statistical`) holds regions' statistical snapshots
// (StatisticalSnapshot) side by side, imports nothing else and exports nothing.
class StatisticalScope
{
public:
    static bool isStatisticalDatabase(Store &store);
    static void makeStatisticalDatabase(Store &store);
};

} // namespace teren
