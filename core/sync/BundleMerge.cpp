#include "BundleMerge.h"

#include "Bundle.h"
#include "BundleFormat.h"
#include "DecodedRecords.h"

#include "store/Store.h"

namespace teren {

namespace {

ChangeRecord decodeRecord(const QCborMap &record)
{
    std::optional<ChangeRecord> change = ChangeCodec::fromCbor(record);
    if (!change)
        throw BundleError(BundleError::Reason::Tampered,
                          BundleMerge::tr("The bundle holds a record this version of Terén cannot read."));
    return std::move(*change);
}

// Merges every change `next` gives (null after the last) and finishes the merge.
template<class NextChange>
MergedBundle mergeAll(Store &store, const QByteArray &onlyFrom, bool clampSkewedClocks, NextChange &&next)
{
    MergedBundle merged;
    merged.firstSeq = changelog::lastSeq(store.database()) + 1;
    Merger merger(store);
    merger.setClampSkewedClocks(clampSkewedClocks);
    while (const DecodedChange *decoded = next()) {
        if (!onlyFrom.isEmpty() && decoded->change.stamp.replica != onlyFrom) {
            merger.refuseRelayed(decoded->change);
            continue;
        }
        merger.apply(decoded->change, decoded->encoded, decoded->unstorable);
    }
    merger.finish();
    merged.counts = merger.counts();
    merged.clockSkew = merger.clockSkew();
    merged.lastSeq = changelog::lastSeq(store.database());
    return merged;
}

} // namespace

MergedBundle BundleMerge::mergeRecords(Store &store, BundleReader &reader, const QByteArray &onlyFrom,
                                       bool clampSkewedClocks)
{
    DecodedRecords records(reader, [](const QCborMap &record) { return decodeRecord(record); });
    return mergeAll(store, onlyFrom, clampSkewedClocks, [&records] { return records.next(); });
}

MergedBundle BundleMerge::mergePlaintext(Store &store, const QByteArray &plaintext, const QByteArray &onlyFrom)
{
    qint64 offset = 0;
    DecodedChange current;
    return mergeAll(store, onlyFrom, false, [&]() -> const DecodedChange * {
        if (offset >= plaintext.size())
            return nullptr;
        current.change = decodeRecord(bundle::recordAt(plaintext, offset));
        current.encoded = EncodedMaps::of(current.change);
        current.unstorable = Merger::unstorable(current.change);
        return &current;
    });
}

} // namespace teren
