#pragma once

#include "Bundle.h"
#include "Merger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>

class QFile;

namespace teren {

class Store;

// One installation's replica id, name and public key, as a small text file that is
// safe to send by e-mail or carry on a USB stick: what `teren-cli identity --out`
// writes, and what trust and export for a recipient read.
struct ReplicaIdentity
{
    QUuid replica;
    QString name;
    QByteArray publicKey;

    QByteArray toText() const;
    // Throws a translated Error when the file cannot be read or is not an identity.
    static ReplicaIdentity read(const QString &path);
};

struct ExportOptions
{
    BundleLock lock;
    QUuid recipient; // null for a passphrase bundle anyone with the passphrase may read
    bool everything = false; // else: the changes since the last export
    // Names and free text left out, numbered apart: for a regional statistical
    // database (see withoutPersonalText).
    bool statistical = false;
    // A coordinator's export back to the field: only the region's shared records and
    // this worker's clients. Implied when the recipient is an installation enrolled
    // here.
    QUuid forWorker;
};

struct ExportSummary
{
    qint64 sequence = 0;
    qint64 records = 0;
};

struct ImportOptions
{
    BundleKey key;
    // Accept (and from now on pin) the key of a sender this file has not seen yet.
    bool acceptNewSenders = false;
};

struct ImportReport
{
    QString file;
    bool refused = false;
    QString reason; // translated; set when refused
    bool alreadyImported = false;
    QUuid sender;
    QString senderName;
    qint64 sequence = 0;
    BundleKind kind = BundleKind::Changes;
    MergeCounts counts;
    QList<qint64> missing; // earlier bundles of this sender not imported yet
    // On a worker's laptop: clients now assigned to other workers, removed from the
    // file with this import (ReassignedClients).
    int clientsRemoved = 0;
};

struct ConflictEntry
{
    QString entity;
    QVariant rowKey;
    QString field; // "*": the row was edited after another replica deleted it
    QUuid clientId; // the client the record belongs to, when it belongs to one
    QString area;   // for a need: its area code
    struct Side
    {
        QVariant value;
        QDateTime when;
        QUuid replica;
        QString replicaName;
        QString author;
    };
    Side first;
    Side second; // the newer: its value is the current one unless decided since
    Stamp firstStamp;
    Stamp secondStamp;
    bool decided = false; // a later change of the field settled it (on any replica)
};

// Export and import of bundles for one open store. Keys live beside the database
// (FILE.key, readable by the owner only); peers and imported bundles in the file.
class Sync
{
    Q_DECLARE_TR_FUNCTIONS(Sync)

public:
    explicit Sync(Store &store);

    // This replica's keys, created on first use.
    ReplicaKeys keys();
    QByteArray publicKey() { return keys().publicKey; }
    ReplicaIdentity identity();

    void trust(const QUuid &replica, const QByteArray &publicKey, const QString &name);
    bool isTrusted(const QUuid &replica, const QByteArray &publicKey);

    ExportSummary exportTo(const QString &path, const ExportOptions &options);
    // Never throws for a bad bundle: the report says why it was refused, and the
    // database is untouched then.
    ImportReport importFrom(const QString &path, const ImportOptions &options);

    // Open conflicts only unless `includeDecided`.
    QList<ConflictEntry> conflicts(bool includeDecided = false);
    // Settles a conflict by writing `value` to the field as a new change: stamped
    // after both sides, it wins everywhere and closes the conflict on every replica
    // it reaches, with who decided and when. For field "*", true restores the row
    // and false keeps it deleted.
    void decide(const ConflictEntry &conflict, const QVariant &value);

    // A statistical database keeps no names or free text, whatever it imports, and
    // exports nothing; it is made by `teren-cli init --statistical`.
    bool isStatistical();
    void makeStatistical();

    // Merges the rest of an unlocked bundle's records (within the caller's
    // transaction); a record this version cannot read throws BundleError.
    MergeCounts mergeRecords(BundleReader &reader);
    static QByteArray digestOf(QFile &file);
    // Notes an imported bundle (within the import's transaction).
    void recordImport(const BundleHeader &header, const QByteArray &digest, const MergeCounts &counts);

private:
    void importRecords(BundleReader &reader, const BundleHeader &header, const QByteArray &digest,
                       ImportReport &report);
    QString keyFilePath() const;

    Store &m_store;
};

} // namespace teren
