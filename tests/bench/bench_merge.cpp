// The coordinator's day: merging many workers' bundles into one regional database.
//   build/release/tests/bench/bench_merge [WORKERS] [CLIENTS_PER_WORKER]
// Generates WORKERS demo databases (each its own replica), exports each as one bundle
// for the coordinator, then times importing all of them into an empty coordinator
// database, and prints the process's resident memory after each bundle (it should
// stay flat however big the bundles are). Then, as the floor any merge stands on,
// the same rows and change-log rows as plain SQLite inserts into one database,
// worker after worker, one transaction each (PlainInserts.h). Also how many bytes the
// merge wrote per byte of the database it made.
#include "BenchEncryption.h"
#include "BenchFigures.h"
#include "PlainInserts.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "store/Store.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/Keyring.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace teren;
using bench::statusKiB;

int main(int argc, char *argv[])
{
    teren::Database::configureLibrary();
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    bench::configureEncryption(out);
    const int workers = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 50;
    const int clients = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 2000;
    QTemporaryDir dir;
    auto coordinator = Store::create(dir.filePath(QStringLiteral("kraj.sqlite")));
    const ReplicaKeys keys = Keyring(*coordinator).keys();

    QStringList bundles;
    QStringList workerFiles;
    qint64 bundleBytes = 0;
    for (int i = 0; i < workers; ++i) {
        const QString path = dir.filePath(QStringLiteral("worker%1.sqlite").arg(i));
        DemoOptions demo;
        demo.clients = clients;
        demo.seed = static_cast<quint64>(i + 1);
        DemoGenerator::generate(path, demo);
        workerFiles.append(path);
        auto worker = Store::open(path);
        ExportOptions options;
        options.recipient = coordinator->replicaId();
        options.lock.recipientPublicKey = keys.publicKey;
        const QString bundle = dir.filePath(QStringLiteral("worker%1.teren").arg(i));
        Exporter(*worker).exportTo(bundle, options);
        bundles.append(bundle);
        bundleBytes += QFile(bundle).size();
    }
    out << workers << " bundles of " << clients << " clients, " << bundleBytes / (1024 * 1024) << " MiB in all\n";
    out << "resident memory before merging: " << statusKiB("VmRSS:") / 1024 << " MiB\n";

    ImportOptions options;
    options.key.secretKey = keys.secretKey;
    options.acceptNewSenders = true;
    const qint64 writtenBefore = bench::writtenBytes();
    QElapsedTimer total;
    total.start();
    qint64 changes = 0;
    for (const QString &bundle : std::as_const(bundles)) {
        QElapsedTimer one;
        one.start();
        const ImportReport report = Importer(*coordinator).importFrom(bundle, options);
        if (report.refused) {
            out << "refused: " << report.reason << '\n';
            return 1;
        }
        changes += report.counts.inserted + report.counts.updated + report.counts.unchanged;
        out << "  " << bundle.section(u'/', -1) << ": " << one.elapsed() << " ms, resident "
            << statusKiB("VmRSS:") / 1024 << " MiB\n";
    }
    const double seconds = static_cast<double>(total.nsecsElapsed()) / 1e9;
    out << "merged " << workers << " bundles in " << seconds << " s ("
        << static_cast<qint64>(static_cast<double>(changes) / seconds) << " changes/s); peak resident "
        << statusKiB("VmHWM:") / 1024 << " MiB\n";
    coordinator->database().execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const qint64 mergeWritten = bench::writtenBytes() - writtenBefore;
    const qint64 mergedSize = QFileInfo(dir.filePath(QStringLiteral("kraj.sqlite"))).size();
    out << "the merge wrote " << mergeWritten / (1024 * 1024) << " MiB for a database of " << mergedSize / (1024 * 1024)
        << " MiB: " << static_cast<double>(mergeWritten) / static_cast<double>(mergedSize) << " bytes written per byte kept\n";
    const qint64 mergePeakKiB = statusKiB("VmHWM:");

    const QString plainPath = dir.filePath(QStringLiteral("plain.sqlite"));
    Store::create(plainPath).reset();
    const bench::UnlockedFile unlockedPlain(plainPath);
    Database plain(plainPath);
    qint64 plainRows = 0;
    double plainSeconds = 0;
    for (const QString &worker : std::as_const(workerFiles)) {
        const auto [rows, elapsed] = bench::plainInserts(worker, plain, bench::PlainRows::EntitiesAndChangeLog);
        out << "  plain " << worker.section(u'/', -1) << ": " << static_cast<qint64>(elapsed * 1000) << " ms\n";
        plainRows += rows;
        plainSeconds += elapsed;
    }
    out << "plain SQLite inserts of the same " << plainRows << " rows and change-log rows, one transaction per worker: " << plainSeconds
        << " s (" << static_cast<qint64>(static_cast<double>(plainRows) / plainSeconds) << " rows/s)\n";
    out << "merge / plain time: " << seconds / plainSeconds << "\n";
    // One run: a merge of this size takes minutes (see docs/performance.md).
    out << "FIGURE\tmerge_" << workers << "x" << clients << '\t' << QString::number(seconds * 1000, 'f', 2) << '\t'
        << QString::number(plainSeconds * 1000, 'f', 2) << '\t' << mergePeakKiB << '\t' << mergeWritten << '\n';
    out << "FIGURE\tmerge_written_per_byte_kept\t" << static_cast<double>(mergeWritten) / static_cast<double>(mergedSize)
        << "\t-\t" << mergePeakKiB << '\t' << mergeWritten << '\n';
    return 0;
}
