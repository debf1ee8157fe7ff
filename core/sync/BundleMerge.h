#pragma once

#include "Merger.h"

#include <QCoreApplication>

namespace teren {

class BundleReader;
class Store;

// What merging a bundle did: the counts, and the range of change-log entries it
// appended (none when firstSeq > lastSeq), which ImportedBundles remembers.
struct MergedBundle
{
    MergeCounts counts;
    QList<ClockSkew> clockSkew; // installations whose changes are stamped far ahead (Merger::clockSkew)
    qint64 firstSeq = 0;
    qint64 lastSeq = -1;
};

// The records of an unlocked bundle merged into a store: decoded on a second thread
// (DecodedRecords) while the Merger writes them.
class BundleMerge
{
    Q_DECLARE_TR_FUNCTIONS(BundleMerge)

public:
    // Merges the rest of the reader's records within the caller's transaction; a
    // record this version cannot read throws BundleError. `onlyFrom`: a field worker's
    // installation sends only its own changes (only the coordinator relays others'),
    // so any other it carries is refused, unless this file has it already.
    // `clampSkewedClocks`: see Merger::setClampSkewedClocks.
    static MergedBundle mergeRecords(Store &store, BundleReader &reader, const QByteArray &onlyFrom = {},
                                     bool clampSkewedClocks = false);
    // The same merge of records that are already decrypted and verified: `plaintext`
    // is a chunk's CBOR sequence of records before compression, decoded on this
    // thread. For tests that reach the merge with records no signature would pass
    // (tests/fuzz); an import always goes through a BundleReader.
    static MergedBundle mergePlaintext(Store &store, const QByteArray &plaintext, const QByteArray &onlyFrom = {});
};

} // namespace teren
