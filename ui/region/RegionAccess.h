#pragma once

#include <QCoreApplication>
#include <QString>

namespace teren {

class Store;

// Whether this installation may change the region's records (workers, providers,
// localities, codelists, hand-overs): the region's coordinator's may, a field laptop
// enrolled in the region may not (Authorization). A file that belongs to no region
// has no such rules.
class RegionAccess
{
    Q_DECLARE_TR_FUNCTIONS(RegionAccess)

public:
    static bool mayEdit(Store &store);
    // Whether the file belongs to a region and this is its coordinator's installation.
    static bool isCoordinator(Store &store);
    // Why the region's records are read-only here, in one sentence (empty when they are not).
    static QString readOnlyReason(Store &store);
};

} // namespace teren
