#include "Importer.h"

#include "BundleMerge.h"
#include "Enrolment.h"
#include "ImportedBundles.h"
#include "Peers.h"
#include "Reinstallation.h"
#include "ReassignedClients.h"
#include "SenderPolicy.h"
#include "StatisticalScope.h"
#include "StatisticalSnapshot.h"

#include "changes/Authorization.h"
#include "storage/RegularFile.h"
#include "store/Repositories.h"
#include "store/Store.h"

#include <QFile>

#include <limits>

namespace teren {

namespace {

// The coordinator's page cache while it merges a bundle (see ScopedCacheSize).
constexpr int importCacheMebibytes = 64;

} // namespace

QString ImportReport::refusals() const
{
    if (counts.refused == 0)
        return {};
    QStringList reasons;
    for (auto it = counts.refusedBy.cbegin(); it != counts.refusedBy.cend(); ++it)
        reasons.append(Importer::tr("%1 (%2)").arg(Merger::describeRefusal(it.key())).arg(it.value()));
    reasons.sort();
    return Importer::tr("%n change(s) refused: %1", nullptr, static_cast<int>(counts.refused))
        .arg(reasons.join(QStringLiteral("; ")));
}

QStringList ImportReport::missingBundles() const
{
    QStringList sentences;
    for (const BundleRange &gap : missing) {
        if (gap.first == gap.last)
            sentences.append(
                Importer::tr("Bundle %1 from %2 is missing; ask for it.").arg(gap.first).arg(senderDescription()));
        else
            sentences.append(Importer::tr("Bundles %1–%2 from %3 are missing; ask for them.")
                                 .arg(gap.first)
                                 .arg(gap.last)
                                 .arg(senderDescription()));
    }
    return sentences;
}

QString ImportReport::snapshotReplaced() const
{
    if (snapshotRegion.isEmpty())
        return {};
    return Importer::tr("The statistics of the region \"%1\" are now this snapshot; %n row(s) of the previous one "
                        "removed.",
                        nullptr, static_cast<int>(snapshotRowsRemoved))
        .arg(snapshotRegion);
}

QString ImportReport::senderDescription() const
{
    if (senderWorker.isEmpty())
        return Importer::tr("\"%1\"").arg(senderName);
    return Importer::tr("%1 (installation \"%2\")").arg(senderWorker, senderName);
}

QString Importer::workerOf(const BundleHeader &header)
{
    DirectoryRepository directory(m_store);
    if (const std::optional<Worker> worker = directory.workerUsingReplica(header.sender))
        return worker->name;
    return header.enrolledWorker.isNull() ? QString() : directory.workerName(header.enrolledWorker);
}

ImportReport Importer::importFrom(const QString &path, const ImportOptions &options)
{
    ImportReport report;
    report.file = path;
    QFile file(path);
    if (const QString why = RegularFile::open(file, RegularFile::maxBundleBytes); !why.isEmpty()) {
        report.refused = true;
        report.reason = tr("Could not open %1: %2").arg(path, why);
        return report;
    }
    ImportedBundles imported(m_store);
    try {
        BundleReader reader(file);
        const BundleHeader header = reader.header();
        report.sender = header.sender;
        report.senderName = header.senderName;
        report.sequence = header.sequence;
        report.kind = header.kind;
        report.senderWorker = workerOf(header);

        Peers peers(m_store);
        Enrolment enrolment(m_store);
        SenderFacts facts;
        facts.ownReplica = m_store.replicaId();
        facts.statisticalDatabase = StatisticalScope::isStatisticalDatabase(m_store);
        facts.acceptNewSenders = options.acceptNewSenders;
        facts.knownKey = peers.knownKey(header.sender);
        facts.revokedOn = peers.revokedOn(header.sender);
        if (facts.knownKey.isEmpty() && !header.replaces.isNull()) {
            facts.successorClaimed = true;
            facts.replacedName = peers.nameOf(header.replaces);
            facts.successorProven = !peers.revokedOn(header.replaces).isValid()
                && Reinstallation::verify(header, peers.knownKey(header.replaces));
        } else if (facts.knownKey.isEmpty()) {
            facts.claim = enrolment.checkClaim(header);
            facts.claimedWorker = enrolment.workerName(header.enrolledWorker);
        }
        const SenderVerdict verdict = SenderPolicy::judge(header, facts);
        if (verdict.refusal)
            throw *verdict.refusal;

        const QByteArray digest = ImportedBundles::fileDigest(file);
        if (importedBefore(header, digest)) {
            report.alreadyImported = true;
            if (header.kind != BundleKind::StatisticalSnapshot)
                report.missing = imported.missing(header);
        } else {
            reader.unlock(options.key);
            importRecords(reader, header, digest, verdict, options, report);
            report.senderWorker = workerOf(header);
        }
    } catch (const BundleError &error) {
        report.refused = true;
        report.reason = error.message();
        report.passphraseNeeded = error.reason() == BundleError::Reason::PassphraseNeeded;
    } catch (const Error &error) {
        report.refused = true;
        report.reason = error.message();
        if (!report.clockSkew.isEmpty())
            m_store.reloadAuthorization(); // what the merge read of the region was rolled back
    }
    return report;
}

bool Importer::importedBefore(const BundleHeader &header, const QByteArray &digest)
{
    const std::optional<QByteArray> seen = ImportedBundles(m_store).digestOf(header);
    if (seen && *seen != digest)
        throw BundleError(BundleError::Reason::Tampered,
                          tr("A different bundle number %1 from \"%2\" was imported before.")
                              .arg(header.sequence)
                              .arg(header.senderName));
    return seen.has_value();
}

void Importer::importRecords(BundleReader &reader, const BundleHeader &header, const QByteArray &digest,
                             const SenderVerdict &verdict, const ImportOptions &options, ImportReport &report)
{
    Database &db = m_store.database();
    const ScopedCacheSize cache(db, importCacheMebibytes);
    Transaction transaction(db);
    // Asked again with the write lock held: another import of the same bundle (in
    // another window or process) may have finished while this one waited for it.
    if (importedBefore(header, digest)) {
        report.alreadyImported = true;
        report.missing = ImportedBundles(m_store).missing(header);
        return;
    }
    Peers peers(m_store);
    if (verdict.newSender)
        peers.trust(header.sender, header.senderKey, header.senderName);
    peers.noteVersion(header.sender, header.appVersion);
    if (header.kind == BundleKind::StatisticalSnapshot) {
        const StatisticalSnapshot::Replacement replaced = StatisticalSnapshot::replace(m_store, reader, header);
        report.counts.inserted = replaced.rows;
        report.snapshotRegion = replaced.regionName;
        report.snapshotRowsRemoved = replaced.removed;
        MergedBundle merged;
        merged.counts = report.counts;
        ImportedBundles(m_store).record(header, digest, merged);
        transaction.commit();
        m_store.reloadCodelists();
        return;
    }
    // Before its changes: they are judged as the worker's.
    if (verdict.enrolled)
        Enrolment(m_store).bind(header);
    // A field worker's laptop sends only its own changes; the coordinator relays,
    // also as the successor of its restored file.
    Authorization &rules = m_store.authorization();
    const QByteArray sender = header.sender.toRfc4122();
    const bool relays = !rules.isEnabled() || rules.isPrivileged(sender, std::numeric_limits<qint64>::max())
        || (verdict.successor && rules.isPrivileged(header.replaces.toRfc4122(), std::numeric_limits<qint64>::max()));
    if (verdict.successor)
        Reinstallation::adopt(m_store, header);
    const MergedBundle merged =
        BundleMerge::mergeRecords(m_store, reader, relays ? QByteArray() : sender, options.acceptClockSkew);
    report.counts = merged.counts;
    report.clockSkew = merged.clockSkew;
    ClockSkew::name(report.clockSkew, m_store, header.sender, report.senderDescription());
    if (!report.clockSkew.isEmpty() && !options.acceptClockSkew)
        throw Error(ClockSkew::refusal(report.clockSkew)); // rolls the merge back
    ImportedBundles imported(m_store);
    imported.record(header, digest, merged);
    report.missing = imported.missing(header);
    if (header.sender.toRfc4122() == m_store.meta(QStringLiteral("coordinator")).toByteArray())
        report.clientsRemoved = static_cast<int>(ReassignedClients::forget(m_store).size());
    // Only now, with the whole bundle read, verified, merged and noted.
    transaction.commit();
    m_store.reloadCodelists();
}

} // namespace teren
