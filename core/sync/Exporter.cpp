#include "Exporter.h"

#include "Enrolment.h"
#include "ExportScope.h"
#include "ExportStreams.h"
#include "ImportedBundles.h"
#include "Keyring.h"
#include "Reinstallation.h"
#include "StatisticalScope.h"
#include "StatisticalSnapshot.h"

#include "store/Store.h"

#include <QSaveFile>

namespace teren {

namespace {

constexpr int formatVersion = 1;

} // namespace

ExportSummary Exporter::exportTo(const QString &path, const ExportOptions &options)
{
    if (StatisticalScope::isStatisticalDatabase(m_store))
        throw Error(tr("This is a statistical database: it keeps no names or free text, so it exports nothing."));
    const ReplicaKeys own = Keyring(m_store).keys();
    if (options.statistical)
        return exportSnapshot(path, options, own);
    Database &db = m_store.database();
    Enrolment enrolment(m_store);
    const QUuid fieldWorker = !options.forWorker.isNull() ? options.forWorker
        : options.recipient.isNull()                      ? QUuid()
                                                          : enrolment.workerOfReplica(options.recipient);
    const bool toField = !fieldWorker.isNull();
    // Each stream of bundles has its own numbering and its own "since the last export".
    ExportStreams streams(m_store, false);
    const ExportStreams::Position previous = streams.last(options.recipient);
    qint64 sequence = previous.sequence + 1;
    qint64 from = previous.exportedThrough;
    if (toField) {
        const std::optional<FieldScope::LastExport> last = FieldScope::lastExport(db, fieldWorker);
        sequence = last ? last->sequence + 1 : 1;
        from = last ? last->exportedThrough : 0;
    }
    if (options.everything)
        from = 0;
    const qint64 last = changelog::lastSeq(db);

    // No write lock while the file is written (the GUI keeps editing meanwhile): the
    // records are fixed by seq <= last and the scope's temp tables; only the
    // bookkeeping at the end is a write.
    std::optional<FieldScope> scope;
    if (toField)
        scope.emplace(db, fieldWorker, options.recipient);
    ChangeSelection selection = scope ? scope->selection(from, last) : ChangeSelection::range(from, last);
    // What the recipient sent here it has already: a laptop's first bundle after its
    // enrolment carries its own edits, not the region it received. (Back to the field,
    // FieldScope decides: a client that returns to a laptop comes whole.)
    const QUuid recipient = !options.recipient.isNull() ? options.recipient : enrolment.coordinatorReplica();
    if (!scope && !options.everything && !recipient.isNull())
        selection = selection.excluding(ImportedBundles(m_store).receivedFrom(recipient, from));

    BundleHeader header;
    header.formatVersion = formatVersion;
    header.kind = BundleKind::Changes;
    header.sender = m_store.replicaId();
    header.senderKey = own.publicKey;
    header.senderName = m_store.replicaName();
    header.recipient = options.recipient;
    header.stream = toField ? QUuid() : options.recipient;
    header.sequence = sequence;
    header.firstChange = from + 1;
    header.lastChange = last;
    header.recordCount = selection.count(db);
    header.createdMs = m_store.clock().nowMs();
    enrolment.addClaim(header);
    Reinstallation::addClaim(m_store, header);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StorageError(tr("Could not write the bundle %1: %2").arg(path, file.errorString()));
    {
        BundleWriter writer(file, own, header, options.lock);
        selection.forEach(db, [&writer](const ChangeRecord &change) { writer.append(ChangeCodec::toCbor(change)); });
        writer.finish();
    }
    if (!file.commit())
        throw StorageError(tr("Could not write the bundle %1: %2").arg(path, file.errorString()));

    Transaction transaction(db);
    if (scope)
        scope->remember(header.sequence, last);
    else
        streams.remember(options.recipient, {header.sequence, last});
    transaction.commit();
    return {header.sequence, header.recordCount};
}

ExportSummary Exporter::exportSnapshot(const QString &path, const ExportOptions &options, const ReplicaKeys &own)
{
    // A laptop's snapshot would stand for the whole region under a pseudonym of its
    // own: a second, partial copy of the region beside the coordinator's.
    if (!Enrolment(m_store).coordinatorReplica().isNull())
        throw Error(tr("Statistical bundles are written from the coordinator's file, which holds the whole region; "
                       "this laptop holds only its worker's clients."));
    ExportStreams streams(m_store, true);
    const ExportStreams::Position previous = streams.last(options.recipient);

    BundleHeader header;
    header.formatVersion = formatVersion;
    header.kind = BundleKind::StatisticalSnapshot;
    header.sender = m_store.replicaId();
    header.senderKey = own.publicKey;
    header.senderName = m_store.replicaName();
    header.recipient = options.recipient;
    header.stream = options.recipient;
    header.sequence = previous.sequence + 1;
    header.recordCount = StatisticalSnapshot::recordCount(m_store);
    header.createdMs = m_store.clock().nowMs();
    Reinstallation::addClaim(m_store, header);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StorageError(tr("Could not write the bundle %1: %2").arg(path, file.errorString()));
    {
        BundleWriter writer(file, own, header, options.lock);
        StatisticalSnapshot::write(m_store, writer, header.recordCount);
        writer.finish();
    }
    if (!file.commit())
        throw StorageError(tr("Could not write the bundle %1: %2").arg(path, file.errorString()));

    Database &db = m_store.database();
    Transaction transaction(db);
    streams.remember(options.recipient, {header.sequence, changelog::lastSeq(db)});
    transaction.commit();
    return {header.sequence, header.recordCount};
}

} // namespace teren
