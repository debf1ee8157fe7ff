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
    // Names and free text left out, numbered apart: for a regional statistical
    // database (see StatisticalScope).
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

// Writes this file's changes as one bundle: "since my last export" to that recipient
// or everything, for the coordinator, back to one worker's installation (FieldScope),
// or as statistics. Each stream of bundles has its own numbering (ExportStreams).
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    explicit Exporter(Store &store) : m_store(store) {}

    // Throws a translated Error (nothing is recorded as exported then).
    ExportSummary exportTo(const QString &path, const ExportOptions &options);

private:
    Store &m_store;
};

} // namespace teren
