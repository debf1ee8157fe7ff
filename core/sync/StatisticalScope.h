#pragma once

#include "changes/ChangeRecord.h"

namespace teren {

class Store;

// Statistics for reporting beyond the region: a statistical bundle carries the
// region's changes without names or free text, and a statistical database (made by
// `teren-cli init --statistical`) keeps none of them, whatever it imports, and
// exports nothing. What is withheld is SchemaRegistry::withheldFromStatistics.
class StatisticalScope
{
public:
    static bool isStatisticalDatabase(Store &store);
    static void makeStatisticalDatabase(Store &store);

    // A change with the withheld fields emptied: required text columns become "",
    // the others null; birth year, gender, locality, dates and codes stay.
    static ChangeRecord withoutPersonalText(ChangeRecord change);
};

} // namespace teren
