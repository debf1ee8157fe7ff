// Export and import of a whole region as one bundle, against plain SQLite inserts of
// the same rows. Usage: bench_sync CLIENTS   (a demo of that size is generated first)
#include "PlainInserts.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "store/Store.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/Keyring.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace teren;
using bench::seconds;

int main(int argc, char *argv[])
{
    teren::Database::configureLibrary();
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int clients = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    QTemporaryDir dir;
    const QString worker = dir.filePath(QStringLiteral("worker.sqlite"));
    DemoOptions demo;
    demo.clients = clients;
    DemoGenerator::generate(worker, demo);

    auto coordinator = Store::create(dir.filePath(QStringLiteral("coordinator.sqlite")));
    const ReplicaKeys coordinatorKeys = Keyring(*coordinator).keys();

    auto source = Store::open(worker);
    const qint64 changes = source->database().scalar(QStringLiteral("SELECT count(*) FROM change")).toLongLong();
    ExportOptions exportOptions;
    exportOptions.recipient = coordinator->replicaId();
    exportOptions.lock.recipientPublicKey = coordinatorKeys.publicKey;
    exportOptions.everything = true;
    const QString bundle = dir.filePath(QStringLiteral("all.teren"));
    QElapsedTimer timer;
    timer.start();
    Exporter(*source).exportTo(bundle, exportOptions);
    const double exportSeconds = seconds(timer);
    out << clients << " clients, " << changes << " changes; bundle " << QFileInfo(bundle).size() / 1024 << " KiB\n";
    out << "export:    " << exportSeconds << " s, " << static_cast<qint64>(static_cast<double>(changes) / exportSeconds)
        << " changes/s\n";

    ImportOptions importOptions;
    importOptions.key.secretKey = coordinatorKeys.secretKey;
    importOptions.acceptNewSenders = true;
    timer.restart();
    const ImportReport first = Importer(*coordinator).importFrom(bundle, importOptions);
    const double importSeconds = seconds(timer);
    if (first.refused) {
        out << "refused: " << first.reason << '\n';
        return 1;
    }
    out << "import:    " << importSeconds << " s, " << static_cast<qint64>(static_cast<double>(changes) / importSeconds)
        << " changes/s (" << first.counts.inserted << " rows inserted)\n";

    // The same bundle under a new number (exported again) is all known changes.
    const QString again = dir.filePath(QStringLiteral("again.teren"));
    Exporter(*source).exportTo(again, exportOptions);
    timer.restart();
    const ImportReport second = Importer(*coordinator).importFrom(again, importOptions);
    const double reimportSeconds = seconds(timer);
    out << "re-import: " << reimportSeconds << " s, "
        << static_cast<qint64>(static_cast<double>(changes) / reimportSeconds) << " changes/s ("
        << second.counts.inserted + second.counts.updated << " rows changed)\n";

    const QString plainPath = dir.filePath(QStringLiteral("plain.sqlite"));
    Store::create(plainPath).reset();
    Database plain(plainPath);
    const auto [rows, plainSeconds] = bench::plainInserts(worker, plain);
    out << "plain SQLite inserts of the " << rows << " rows: " << plainSeconds << " s, "
        << static_cast<qint64>(static_cast<double>(rows) / plainSeconds) << " rows/s\n";
    out << "import / plain time: " << importSeconds / plainSeconds << "\n";

    const QString withLogPath = dir.filePath(QStringLiteral("plain-with-log.sqlite"));
    Store::create(withLogPath).reset();
    Database withLog(withLogPath);
    const auto [allRows, withLogSeconds] = bench::plainInserts(worker, withLog, bench::PlainRows::EntitiesAndChangeLog);
    out << "plain SQLite inserts of those rows and the " << allRows - rows << " change-log rows: " << withLogSeconds
        << " s, " << static_cast<qint64>(static_cast<double>(allRows) / withLogSeconds) << " rows/s\n";
    out << "import / plain time with the change log: " << importSeconds / withLogSeconds << "\n";
    return 0;
}
