#include "BundleMerge.h"

#include "Bundle.h"
#include "DecodedRecords.h"
#include "StatisticalScope.h"

namespace teren {

MergeCounts BundleMerge::mergeRecords(Store &store, BundleReader &reader)
{
    Merger merger(store);
    const bool statistical = StatisticalScope::isStatisticalDatabase(store);
    DecodedRecords records(reader, [statistical](const QCborMap &record) {
        std::optional<ChangeRecord> change = ChangeCodec::fromCbor(record);
        if (!change)
            throw BundleError(BundleError::Reason::Tampered,
                              tr("The bundle holds a record this version of Terén cannot read."));
        return statistical ? StatisticalScope::withoutPersonalText(std::move(*change)) : std::move(*change);
    });
    while (const DecodedChange *decoded = records.next())
        merger.apply(decoded->change, decoded->encoded);
    merger.finish();
    return merger.counts();
}

} // namespace teren
