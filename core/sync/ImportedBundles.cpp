#include "ImportedBundles.h"

#include "BundleMerge.h"

#include "store/Store.h"

#include <QCryptographicHash>
#include <QFile>

#include <algorithm>

namespace teren {

namespace {

int numberingOf(BundleKind kind)
{
    // Snapshots go on counting in the stream of the statistical bundles before them.
    const bool statistical = kind == BundleKind::Statistical || kind == BundleKind::StatisticalSnapshot;
    return static_cast<int>(statistical ? BundleKind::Statistical : BundleKind::Changes);
}

} // namespace

std::optional<QByteArray> ImportedBundles::digestOf(const BundleHeader &header)
{
    const QVariant seen = m_store.database().scalar(
        QStringLiteral("SELECT digest FROM bundle_in WHERE sender = ? AND stream = ? AND kind = ? AND sequence = ?"),
        {header.sender.toRfc4122(), header.stream.toRfc4122(), numberingOf(header.kind), header.sequence});
    if (!seen.isValid() || seen.isNull())
        return std::nullopt;
    return seen.toByteArray();
}

void ImportedBundles::record(const BundleHeader &header, const QByteArray &digest, const MergedBundle &merged)
{
    const MergeCounts &counts = merged.counts;
    const bool appended = merged.firstSeq <= merged.lastSeq;
    m_store.database()
        .cached(QStringLiteral("INSERT INTO bundle_in (sender, stream, kind, sequence, digest, imported_on, inserted, "
                               "updated, unchanged, conflicts, first_seq, last_seq) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bindAll({header.sender.toRfc4122(), header.stream.toRfc4122(), numberingOf(header.kind), header.sequence,
                  digest,
                  m_store.clock().now().toString(Qt::ISODateWithMs), counts.inserted, counts.updated, counts.unchanged,
                  counts.conflicts, appended ? QVariant(merged.firstSeq) : QVariant(QMetaType::fromType<qint64>()),
                  appended ? QVariant(merged.lastSeq) : QVariant(QMetaType::fromType<qint64>())})
        .exec();
}

QList<QPair<qint64, qint64>> ImportedBundles::receivedFrom(const QUuid &sender, qint64 afterSeq)
{
    QList<QPair<qint64, qint64>> ranges;
    Query query = m_store.database().prepare(QStringLiteral(
        "SELECT max(first_seq, ? + 1), last_seq FROM bundle_in WHERE sender = ? AND last_seq > ? ORDER BY first_seq"));
    query.bindAll({afterSeq, sender.toRfc4122(), afterSeq}).exec();
    while (query.next()) {
        const qint64 first = query.value(0).toLongLong();
        const qint64 last = query.value(1).toLongLong();
        if (!ranges.isEmpty() && first <= ranges.last().second + 1)
            ranges.last().second = std::max(ranges.last().second, last);
        else
            ranges.append({first, last});
    }
    return ranges;
}

QList<BundleRange> ImportedBundles::missing(const BundleHeader &header)
{
    QList<BundleRange> gaps;
    Query query = m_store.database().prepare(QStringLiteral(
        "SELECT previous + 1, sequence - 1 FROM ("
        "  SELECT sequence, coalesce(lag(sequence) OVER (ORDER BY sequence), 0) AS previous"
        "  FROM bundle_in WHERE sender = ? AND stream = ? AND kind = ?) "
        "WHERE sequence > previous + 1 ORDER BY sequence"));
    query.bindAll({header.sender.toRfc4122(), header.stream.toRfc4122(), numberingOf(header.kind)}).exec();
    while (query.next())
        gaps.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    return gaps;
}

QByteArray ImportedBundles::fileDigest(QFile &file)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    file.seek(0);
    hash.addData(&file);
    file.seek(0);
    return hash.result();
}

} // namespace teren
