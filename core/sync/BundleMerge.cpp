#include "BundleMerge.h"

#include "Bundle.h"
#include "DecodedRecords.h"
#include "StatisticalScope.h"

#include "store/Store.h"

namespace teren {

MergedBundle BundleMerge::mergeRecords(Store &store, BundleReader &reader, const QByteArray &onlyFrom,
                                       bool clampSkewedClocks)
{
    MergedBundle merged;
    merged.firstSeq = changelog::lastSeq(store.database()) + 1;
    Merger merger(store);
    merger.setClampSkewedClocks(clampSkewedClocks);
    const bool statistical = StatisticalScope::isStatisticalDatabase(store);
    DecodedRecords records(reader, [statistical](const QCborMap &record) {
        std::optional<ChangeRecord> change = ChangeCodec::fromCbor(record);
        if (!change)
            throw BundleError(BundleError::Reason::Tampered,
                              tr("The bundle holds a record this version of Terén cannot read."));
        return statistical ? StatisticalScope::withoutPersonalText(std::move(*change)) : std::move(*change);
    });
    while (const DecodedChange *decoded = records.next()) {
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

} // namespace teren
