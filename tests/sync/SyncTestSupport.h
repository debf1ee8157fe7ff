#pragma once

#include "TestSupport.h"
#include "changes/ChangeLog.h"
#include "store/Repositories.h"
#include "store/Store.h"
#include "sync/Importer.h"
#include "sync/Merger.h"

#include <QTemporaryDir>

#include <memory>

namespace teren::test {

// A few replicas of one region, each a real file with its own clock and ids. All
// clocks start at the same pinned instant; tests move them to order edits.
class Replicas
{
public:
    explicit Replicas(int count, quint64 seed = 1);

    Store &operator[](int index) { return *m_stores.at(index); }
    FixedClock &clock(int index) { return *m_clocks.at(index); }
    int size() const { return static_cast<int>(m_stores.size()); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The replica's file, and closing and opening it again (with the same clock) around
    // what must happen to a closed file (a restore).
    QString filePath(int index) const { return m_dir.filePath(QStringLiteral("r%1.sqlite").arg(index)); }
    StoreOptions options(int index);
    void close(int index) { m_stores.at(index).reset(); }
    void reopen(int index);

    // Merges every change `from` holds into `to`, as one import.
    MergeCounts send(int from, int to);
    // The same, `to` deciding that the changes of laptops whose clocks run ahead
    // count as made now (see mergeClamping).
    QList<ClockSkew> sendClamping(int from, int to);
    QString state(int index) { return replicatedState((*this)[index].database()); }

private:
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<FixedClock>> m_clocks;
    std::vector<std::unique_ptr<Store>> m_stores;
};

MergeCounts merge(Store &from, Store &to);
// Merges like merge(); changes stamped more than a day ahead of `to`'s clock are
// clamped to it where `to` may decide so (Merger::setClampSkewedClocks). Returns the
// laptops whose clocks ran ahead.
QList<ClockSkew> mergeClamping(Store &from, Store &to);
// A sealed bundle from `from` to `to` through the real exporter and importer, written
// at `path`: everything `from` has not yet sent `to`, or, with `forWorker`, the field
// export of that worker's caseload.
ImportReport sendBundle(Store &from, Store &to, const QString &path, const QUuid &forWorker = {});

} // namespace teren::test
