#pragma once

#include "Bundle.h"
#include "ImportedBundles.h"
#include "Merger.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

namespace teren {

class Store;
struct SenderVerdict;

struct ImportOptions
{
    BundleKey key;
    // Accept (and from now on pin) the key of a sender this file has not seen yet.
    bool acceptNewSenders = false;
    // Import a bundle with changes stamped more than a day ahead of this computer's
    // clock (refused otherwise, see ClockSkew); where this installation decides for
    // the region, they then count as made at the import.
    bool acceptClockSkew = false;
};

struct ImportReport
{
    QString file;
    bool refused = false;
    QString reason; // translated; set when refused
    bool passphraseNeeded = false; // refused: it is locked with a passphrase and none was given
    bool alreadyImported = false;
    QUuid sender;
    QString senderName;   // the installation's name for itself
    QString senderWorker; // the worker it belongs to, when this file knows
    qint64 sequence = 0;
    BundleKind kind = BundleKind::Changes;
    MergeCounts counts;
    QList<BundleRange> missing; // earlier bundles of this sender not imported yet
    // On a worker's laptop: clients now assigned to other workers, removed from the
    // file with this import (ReassignedClients).
    int clientsRemoved = 0;
    // A statistical snapshot: the region it replaced in this statistical database
    // (its rows are counts.inserted) and how many rows of the previous one it removed.
    QString snapshotRegion;
    qint64 snapshotRowsRemoved = 0;
    // Laptops whose clocks run more than a day ahead, by their changes in the bundle:
    // the reason it was refused, or what the import made of them.
    QList<ClockSkew> clockSkew;

    // Who sent it, as a person reads it: the worker and the installation's name.
    QString senderDescription() const;
    // The changes refused (by the rules of who may change what, or as values no file
    // can hold), with why, as a person reads it ("3 changes refused: not this
    // worker's client (3)"); empty for none.
    QString refusals() const;
    // One sentence per gap before this bundle: "Bundles 7–12 from … are missing; ask
    // for them."
    QStringList missingBundles() const;
    // For a statistical snapshot: which region it replaced, as a person reads it;
    // empty for any other bundle.
    QString snapshotReplaced() const;
};

// Imports one bundle in one transaction: the header is judged first (SenderPolicy),
// the same bundle twice is a no-op (also when two imports of it run at once: the
// one that gets the write lock second finds the first's), and a refused bundle
// leaves the file untouched.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    explicit Importer(Store &store) : m_store(store) {}

    // Never throws for a bad bundle: the report says why it was refused.
    ImportReport importFrom(const QString &path, const ImportOptions &options);

private:
    // The worker an installation works as, as far as this file knows.
    QString workerOf(const BundleHeader &header);
    // Whether this very bundle was imported before; throws BundleError for another
    // bundle imported under its number.
    bool importedBefore(const BundleHeader &header, const QByteArray &digest);
    void importRecords(BundleReader &reader, const BundleHeader &header, const QByteArray &digest,
                       const SenderVerdict &verdict, const ImportOptions &options, ImportReport &report);

    Store &m_store;
};

} // namespace teren
