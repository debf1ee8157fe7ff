#pragma once

#include "Bundle.h"
#include "Merger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>

namespace teren {

class Store;

struct ExportOptions
{
    BundleLock lock;
    QUuid recipient; // null for a passphrase bundle anyone with the passphrase may read
    bool everything = false; // else: the changes since the last export
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
    MergeCounts counts;
    QList<qint64> missing; // earlier bundles of this sender not imported yet
};

struct ConflictEntry
{
    QString entity;
    QVariant rowKey;
    QString field; // "*": the row was edited after another replica deleted it
    struct Side
    {
        QVariant value;
        QDateTime when;
        QUuid replica;
        QString replicaName;
        QString author;
    };
    Side first;
    Side second;
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

    void trust(const QUuid &replica, const QByteArray &publicKey, const QString &name);
    bool isTrusted(const QUuid &replica, const QByteArray &publicKey);

    ExportSummary exportTo(const QString &path, const ExportOptions &options);
    // Never throws for a bad bundle: the report says why it was refused, and the
    // database is untouched then.
    ImportReport importFrom(const QString &path, const ImportOptions &options);

    QList<ConflictEntry> conflicts();

private:
    void importRecords(BundleReader &reader, const BundleHeader &header, const QByteArray &digest,
                       ImportReport &report);
    QString keyFilePath() const;

    Store &m_store;
};

} // namespace teren
