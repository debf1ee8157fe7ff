#pragma once

#include "Bundle.h"

#include <QByteArray>
#include <QList>
#include <QUuid>

#include <optional>

class QFile;

namespace teren {

class Store;
struct MergedBundle;

// Bundle numbers first..last, both included.
struct BundleRange
{
    qint64 first = 0;
    qint64 last = 0;
    bool operator==(const BundleRange &) const = default;
};

// The bundles this file has imported (the `bundle_in` table): per sender, stream
// (BundleHeader::stream) and kind of bundle, each number with its digest, so the same
// bundle again is a no-op, a different bundle under a used number is refused, and
// gaps can be named.
class ImportedBundles
{
public:
    explicit ImportedBundles(Store &store) : m_store(store) {}

    // The digest of the bundle imported under this bundle's number, if any.
    std::optional<QByteArray> digestOf(const BundleHeader &header);
    // Notes an imported bundle (within the import's transaction), with the range of
    // change-log entries its import appended. An
    // enrolment bundle opens the numbering of the change bundles that follow it.
    void record(const BundleHeader &header, const QByteArray &digest, const MergedBundle &merged);
    // The change-log entries that arrived in bundles from `sender` and lie after
    // `afterSeq`, as ranges of seq, adjacent ones joined: what that installation
    // already has.
    QList<QPair<qint64, qint64>> receivedFrom(const QUuid &sender, qint64 afterSeq);
    // The numbers missing before the newest one imported in this bundle's stream, as
    // ranges: as many as there are gaps, whatever numbers the sender gave.
    QList<BundleRange> missing(const BundleHeader &header);

    // SHA-256 of the whole file; leaves it at its start.
    static QByteArray fileDigest(QFile &file);

private:
    Store &m_store;
};

} // namespace teren
