// Export and import of a whole region as one bundle, against plain SQLite inserts of
// the same rows. Usage: bench_sync CLIENTS [RUNS]   (a demo of that size is generated
// first). Each run imports into a new database and, alternating with it, inserts the
// same rows and change-log rows plainly (the reference); then imports the bundle again
// (nothing new in it). Prints medians and the suite's FIGURE lines.
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
    bench::configureEncryption(out);
    const int clients = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 1;
    QTemporaryDir dir;
    const QString worker = dir.filePath(QStringLiteral("worker.sqlite"));
    DemoOptions demo;
    demo.clients = clients;
    DemoGenerator::generate(worker, demo);

    auto coordinator = Store::create(dir.filePath(QStringLiteral("coordinator-keys.sqlite")));
    const ReplicaKeys coordinatorKeys = Keyring(*coordinator).keys();
    const QUuid coordinatorId = coordinator->replicaId();
    auto source = Store::open(worker);
    const qint64 changes = source->database().scalar(QStringLiteral("SELECT count(*) FROM change")).toLongLong();
    ExportOptions exportOptions;
    exportOptions.recipient = coordinatorId;
    exportOptions.lock.recipientPublicKey = coordinatorKeys.publicKey;
    exportOptions.everything = true;
    const QString bundle = dir.filePath(QStringLiteral("all.teren"));
    QElapsedTimer timer;
    timer.start();
    Exporter(*source).exportTo(bundle, exportOptions);
    const double exportMs = bench::elapsedMs(timer);
    // The same changes under a new bundle number: every one already known.
    const QString again = dir.filePath(QStringLiteral("again.teren"));
    Exporter(*source).exportTo(again, exportOptions);
    out << clients << " clients, " << changes << " changes; bundle " << QFileInfo(bundle).size() / 1024 << " KiB\n";
    out << "export:    " << exportMs / 1000 << " s, " << static_cast<qint64>(static_cast<double>(changes) / exportMs * 1000)
        << " changes/s\n";
    bench::printFigure(out, QStringLiteral("export_%1").arg(clients), exportMs, std::nullopt);
    coordinator.reset();

    ImportOptions importOptions;
    importOptions.key.secretKey = coordinatorKeys.secretKey;
    importOptions.acceptNewSenders = true;
    bench::Samples reimports;
    qint64 inserted = 0;
    qint64 plainRows = 0;
    int round = 0;
    // Each import goes into a copy of the coordinator's empty database (its keys are
    // the bundle's recipient's), so every run does the same work.
    const QString emptyCoordinator = dir.filePath(QStringLiteral("coordinator-keys.sqlite"));
    const auto import = [&] {
        const QString path = dir.filePath(QStringLiteral("coordinator-%1.sqlite").arg(round));
        QFile::copy(emptyCoordinator, path);
        QFile::copy(emptyCoordinator + QStringLiteral(".key"), path + QStringLiteral(".key"));
        auto target = Store::open(path);
        QElapsedTimer t;
        t.start();
        const ImportReport first = Importer(*target).importFrom(bundle, importOptions);
        const double ms = bench::elapsedMs(t);
        if (first.refused) {
            out << "refused: " << first.reason << '\n';
            std::exit(1);
        }
        inserted = first.counts.inserted;
        t.restart();
        Importer(*target).importFrom(again, importOptions);
        reimports.add(bench::elapsedMs(t));
        target.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".key")})
            QFile::remove(path + suffix);
        return ms;
    };
    const auto plain = [&] {
        const QString path = dir.filePath(QStringLiteral("plain-%1.sqlite").arg(round++));
        Store::create(path).reset();
        double ms = 0;
        {
            const bench::UnlockedFile unlocked(path);
            Database plainDb(path);
            const auto [rows, seconds] = bench::plainInserts(worker, plainDb, bench::PlainRows::EntitiesAndChangeLog);
            plainRows = rows;
            ms = seconds * 1000;
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".key")})
            QFile::remove(path + suffix);
        return ms;
    };
    const auto [imports, plains] = bench::alternate(runs, import, plain);
    reimports.values.erase(reimports.values.begin()); // the warm-up's
    out << "import:    median " << imports.median() / 1000 << " s, "
        << static_cast<qint64>(static_cast<double>(changes) / imports.median() * 1000) << " changes/s (" << inserted
        << " rows inserted)\n";
    out << "plain SQLite inserts of the same rows and the change-log rows (" << plainRows << "): median "
        << plains.median() / 1000 << " s\n";
    out << "import / plain time with the change log: " << imports.median() / plains.median() << "\n";
    out << "re-import: median " << reimports.median() / 1000 << " s; re-import / import: "
        << reimports.median() / imports.median() << "\n";
    bench::printFigure(out, QStringLiteral("import_%1").arg(clients), imports.median(), plains.median());
    bench::printFigure(out, QStringLiteral("reimport_%1").arg(clients), reimports.median(), imports.median());
    return 0;
}
