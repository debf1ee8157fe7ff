#include "SyncTestSupport.h"

#include "TestSupport.h"

#include "storage/KeyFile.h"
#include "sync/Exporter.h"
#include "sync/Keyring.h"

#include <QFile>

namespace teren::test {

namespace {

// A new file costs a schema and a seed; the property test makes thousands, so each
// replica starts as a copy of one blank file given its own replica id and name.
QString blankFile()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("blank.sqlite"));
        FixedClock clock(pinnedMs);
        StoreOptions options;
        options.clock = &clock;
        options.ids = std::make_shared<SeededIdSource>(0);
        Store::create(file, options).reset();
        return file;
    }();
    return path;
}

} // namespace

Replicas::Replicas(int count, quint64 seed)
{
    for (int i = 0; i < count; ++i) {
        const QString file = m_dir.filePath(QStringLiteral("r%1.sqlite").arg(i));
        REQUIRE(QFile::copy(blankFile(), file));
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (QFile::exists(KeyFile::pathFor(blankFile()))) // an encrypted blank file: its key goes along
            REQUIRE(QFile::copy(KeyFile::pathFor(blankFile()), KeyFile::pathFor(file)));
        {
            auto store = Store::open(file);
            // Replica ids break ties between equal stamps: derive them from the seed
            // so a failing case replays exactly.
            SeededIdSource replicaIds(seed * 1000 + 500 + static_cast<quint64>(i));
            store->setMeta(QStringLiteral("replica_id"), replicaIds.next(pinnedMs).toRfc4122());
            store->setMeta(QStringLiteral("replica_name"), QStringLiteral("replica-%1").arg(i));
        }
        m_clocks.push_back(std::make_unique<FixedClock>(pinnedMs));
        StoreOptions options;
        options.clock = m_clocks.back().get();
        options.ids = std::make_shared<SeededIdSource>(seed * 1000 + static_cast<quint64>(i));
        m_stores.push_back(Store::open(file, options));
    }
}

StoreOptions Replicas::options(int index)
{
    StoreOptions options;
    options.clock = m_clocks.at(index).get();
    options.ids = std::make_shared<SeededIdSource>(7000 + static_cast<quint64>(index));
    return options;
}

void Replicas::reopen(int index)
{
    m_stores.at(index).reset();
    m_stores.at(index) = Store::open(filePath(index), options(index));
}

MergeCounts Replicas::send(int from, int to)
{
    return merge((*this)[from], (*this)[to]);
}

QList<ClockSkew> Replicas::sendClamping(int from, int to)
{
    return mergeClamping((*this)[from], (*this)[to]);
}

namespace {

void mergeInto(Store &from, Store &to, Merger &merger)
{
    Database &target = to.database();
    Transaction transaction(target);
    changelog::forEach(from.database(), 0, changelog::lastSeq(from.database()),
                       [&merger](const ChangeRecord &change) { merger.apply(change); });
    merger.finish();
    transaction.commit();
    to.reloadCodelists();
}

} // namespace

ImportReport sendBundle(Store &from, Store &to, const QString &path, const QUuid &forWorker)
{
    ExportOptions options;
    options.recipient = to.replicaId();
    options.lock.recipientPublicKey = Keyring(to).publicKey();
    options.forWorker = forWorker;
    Exporter(from).exportTo(path, options);
    ImportOptions import;
    import.key.secretKey = Keyring(to).keys().secretKey;
    return Importer(to).importFrom(path, import);
}

MergeCounts merge(Store &from, Store &to)
{
    Merger merger(to);
    mergeInto(from, to, merger);
    return merger.counts();
}

QList<ClockSkew> mergeClamping(Store &from, Store &to)
{
    Merger merger(to);
    merger.setClampSkewedClocks(true);
    mergeInto(from, to, merger);
    return merger.clockSkew();
}

} // namespace teren::test
