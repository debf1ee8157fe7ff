#pragma once

#include "Merger.h"

#include <QCoreApplication>

namespace teren {

class BundleReader;
class Store;

// The records of an unlocked bundle merged into a store: decoded on a second thread
// (DecodedRecords) while the Merger writes them.
class BundleMerge
{
    Q_DECLARE_TR_FUNCTIONS(BundleMerge)

public:
    // Merges the rest of the reader's records within the caller's transaction; a
    // record this version cannot read throws BundleError. A statistical database
    // keeps no names or free text of what it merges.
    static MergeCounts mergeRecords(Store &store, BundleReader &reader);
};

} // namespace teren
