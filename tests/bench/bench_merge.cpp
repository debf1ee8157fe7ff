// The coordinator's day: merging many workers' bundles into one regional database.
//   build/release/tests/bench/bench_merge [WORKERS] [CLIENTS_PER_WORKER]
// Generates WORKERS demo databases (each its own replica), exports each as one bundle
// for the coordinator, then times importing all of them into an empty coordinator
// database, and prints the process's resident memory after each bundle (it should
// stay flat however big the bundles are). Then, as the floor any merge stands on,
// the same rows as plain SQLite inserts into one database, worker after worker,
// one transaction each (PlainInserts.h).
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
#include <QTemporaryDir>
#include <QTextStream>

namespace {

using namespace teren;

qint64 statusKiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    teren::Database::configureLibrary();
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
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

    const QString plainPath = dir.filePath(QStringLiteral("plain.sqlite"));
    Store::create(plainPath).reset();
    Database plain(plainPath);
    qint64 plainRows = 0;
    double plainSeconds = 0;
    for (const QString &worker : std::as_const(workerFiles)) {
        const auto [rows, elapsed] = bench::plainInserts(worker, plain);
        out << "  plain " << worker.section(u'/', -1) << ": " << static_cast<qint64>(elapsed * 1000) << " ms\n";
        plainRows += rows;
        plainSeconds += elapsed;
    }
    out << "plain SQLite inserts of the same " << plainRows << " rows, one transaction per worker: " << plainSeconds
        << " s (" << static_cast<qint64>(static_cast<double>(plainRows) / plainSeconds) << " rows/s)\n";
    out << "merge / plain time: " << seconds / plainSeconds << "\n";
    return 0;
}
