// Export and import of a whole region as one bundle, against plain SQLite inserts of
// the same rows. Usage: bench_sync CLIENTS   (a demo of that size is generated first)
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/NativeStatement.h"
#include "store/Store.h"
#include "sync/Sync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace teren;

namespace {

double seconds(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

// The baseline: the entity rows of `source` inserted into a fresh database with the
// same schema, one prepared INSERT per table on the native handle, all in one
// transaction. Only the inserts are timed: each table's rows are read into memory
// first. Returns the rows and the seconds.
QPair<qint64, double> plainInserts(const QString &source, const QString &target)
{
    Store::create(target).reset();
    Database from(source);
    Database to(target);
    to.execScript(QStringLiteral("PRAGMA foreign_keys = OFF"));
    const QStringList tables = {QStringLiteral("region"),  QStringLiteral("locality"), QStringLiteral("provider"),
                                QStringLiteral("worker"),  QStringLiteral("household"), QStringLiteral("client"),
                                QStringLiteral("cooperation"), QStringLiteral("need"), QStringLiteral("goal"),
                                QStringLiteral("step"),    QStringLiteral("contact"),
                                QStringLiteral("contact_intervention"), QStringLiteral("contact_need")};
    qint64 rows = 0;
    double elapsed = 0;
    Transaction transaction(to);
    for (const QString &table : tables) {
        Query read = from.prepare(QStringLiteral("SELECT * FROM %1").arg(table));
        read.exec();
        const int columns = read.columnCount();
        QList<QVariantList> values;
        while (read.next()) {
            QVariantList row;
            for (int i = 0; i < columns; ++i)
                row.append(read.value(i));
            values.append(row);
        }
        const QStringList marks(columns, QStringLiteral("?"));
        NativeStatement &insert =
            to.native(QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(table, marks.join(QStringLiteral(", "))));
        QElapsedTimer timer;
        timer.start();
        for (const QVariantList &row : std::as_const(values))
            insert.run(row);
        elapsed += seconds(timer);
        rows += values.size();
    }
    QElapsedTimer timer;
    timer.start();
    transaction.commit();
    return {rows, elapsed + seconds(timer)};
}

} // namespace

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
    Sync coordinatorSync(*coordinator);
    const ReplicaKeys coordinatorKeys = coordinatorSync.keys();

    auto source = Store::open(worker);
    const qint64 changes = source->database().scalar(QStringLiteral("SELECT count(*) FROM change")).toLongLong();
    ExportOptions exportOptions;
    exportOptions.recipient = coordinator->replicaId();
    exportOptions.lock.recipientPublicKey = coordinatorKeys.publicKey;
    exportOptions.everything = true;
    const QString bundle = dir.filePath(QStringLiteral("all.teren"));
    QElapsedTimer timer;
    timer.start();
    Sync(*source).exportTo(bundle, exportOptions);
    const double exportSeconds = seconds(timer);
    out << clients << " clients, " << changes << " changes; bundle " << QFileInfo(bundle).size() / 1024 << " KiB\n";
    out << "export:    " << exportSeconds << " s, " << static_cast<qint64>(static_cast<double>(changes) / exportSeconds)
        << " changes/s\n";

    ImportOptions importOptions;
    importOptions.key.secretKey = coordinatorKeys.secretKey;
    importOptions.acceptNewSenders = true;
    timer.restart();
    const ImportReport first = coordinatorSync.importFrom(bundle, importOptions);
    const double importSeconds = seconds(timer);
    if (first.refused) {
        out << "refused: " << first.reason << '\n';
        return 1;
    }
    out << "import:    " << importSeconds << " s, " << static_cast<qint64>(static_cast<double>(changes) / importSeconds)
        << " changes/s (" << first.counts.inserted << " rows inserted)\n";

    // The same bundle under a new number (exported again) is all known changes.
    const QString again = dir.filePath(QStringLiteral("again.teren"));
    Sync(*source).exportTo(again, exportOptions);
    timer.restart();
    const ImportReport second = coordinatorSync.importFrom(again, importOptions);
    const double reimportSeconds = seconds(timer);
    out << "re-import: " << reimportSeconds << " s, "
        << static_cast<qint64>(static_cast<double>(changes) / reimportSeconds) << " changes/s ("
        << second.counts.inserted + second.counts.updated << " rows changed)\n";

    const auto [rows, plainSeconds] = plainInserts(worker, dir.filePath(QStringLiteral("plain.sqlite")));
    out << "plain SQLite inserts of the " << rows << " rows: " << plainSeconds << " s, "
        << static_cast<qint64>(static_cast<double>(rows) / plainSeconds) << " rows/s\n";
    out << "import / plain time: " << importSeconds / plainSeconds << "\n";
    return 0;
}
