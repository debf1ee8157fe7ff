#pragma once

#include "Bundle.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace teren {

class Store;

struct ExportOptions
{
    BundleLock lock;
    QUuid recipient; // null for a passphrase bundle anyone with the passphrase may read
    bool everything = false; // else: the changes since the last export
    // A statistical snapshot of the region instead of changes, numbered apart: for a
    // regional statistical database (see StatisticalSnapshot).
    bool statistical = false;
    // A coordinator's export back to the field: only the region's shared records and
    // this worker's clients. Implied when the recipient is an installation enrolled
    // here.
    QUuid forWorker;
};

struct ExportSummary
{
    qint64 sequence = 0;
    qint64 records = 0; // changes, or a snapshot's region and rows
};

// Writes this file's changes as one bundle: "since my last export" to that recipient
// or everything, for the coordinator, back to one worker's installation (FieldScope),
// or a statistical snapshot of the region. Each stream of bundles has its own
// numbering (ExportStreams).
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    explicit Exporter(Store &store) : m_store(store) {}

    // Throws a translated Error (nothing is recorded as exported then).
    ExportSummary exportTo(const QString &path, const ExportOptions &options);

private:
    ExportSummary exportSnapshot(const QString &path, const ExportOptions &options, const ReplicaKeys &own);

    Store &m_store;
};

} // namespace teren
