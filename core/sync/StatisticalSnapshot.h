#pragma once

#include "Bundle.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace teren {

class Database;
class Store;

// One table as a statistical snapshot carries it: the columns it keeps, and of those
// the keys and references that travel as pseudonyms.
struct SnapshotTable
{
    QString name;
    QStringList columns;
    QStringList pseudonymised;
    bool codelist = false; // keyed by code, shared by every region of a statistical database
};

// The keyed hashes that stand for a file's row keys in its statistical snapshots:
// BLAKE2b (crypto_generichash) of the 16-byte key under a secret kept in this file
// alone, so successive snapshots of one region agree with each other and nobody
// without the file can tell which row a hash stands for.
class Pseudonyms
{
public:
    // Creates the file's secret the first time (a write of its own).
    explicit Pseudonyms(Store &store);
    ~Pseudonyms();
    Pseudonyms(const Pseudonyms &) = delete;
    Pseudonyms &operator=(const Pseudonyms &) = delete;

    // 16 bytes, the size of the key it replaces; null stays null.
    QByteArray of(const QByteArray &key) const;

private:
    QByteArray m_secret;
};

// A statistical snapshot is the current state of one region's rows that the report
// needs, with no name, free text, author, replica or change stamp, and every row key
// replaced by its pseudonym. Written as a bundle of its own kind from the
// coordinator's file; in a statistical database it replaces that region's previous
// snapshot as a whole, beside the snapshots of other regions. Which columns stay is
// derived from SchemaRegistry (tables()).
class StatisticalSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(StatisticalSnapshot)

public:
    // The tables a snapshot carries, each after the tables it refers to.
    static const QList<SnapshotTable> &tables();

    // The records of the snapshot of `store`'s region: first the region's pseudonym
    // and name, then one record per row. Reads in one snapshot of the file; throws a
    // translated Error for a file that holds no whole region.
    static qint64 write(Store &store, BundleWriter &writer, qint64 expectedRows);
    // The number of records write() will append (read in the same way).
    static qint64 recordCount(Store &store);

    struct Replacement
    {
        QString regionName;
        qint64 rows = 0;    // written
        qint64 removed = 0; // of the region's previous snapshot
    };
    // In a statistical database, within the caller's transaction: removes the rows of
    // the region's previous snapshot and writes these. Throws BundleError for records
    // this version cannot read, and Error for a snapshot older than the one there.
    static Replacement replace(Store &store, BundleReader &reader, const BundleHeader &header);
};

} // namespace teren
