// Measures the demo generator and the store's stamped inserts against plain SQLite
// prepared inserts. Usage: bench_store [CLIENTS]   (default 1300)
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char *argv[])
{
    teren::Database::configureLibrary();
    QCoreApplication app(argc, argv);
    const int clients = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1300;
    QTemporaryDir dir;
    QTextStream out(stdout);

    teren::DemoOptions options;
    options.clients = clients;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QElapsedTimer timer;
    timer.start();
    const teren::DemoSummary summary = teren::DemoGenerator::generate(path, options);
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const qint64 rows = summary.clients + summary.cooperations + summary.needs + summary.goals + summary.steps
        + summary.contacts;
    out << "demo " << clients << " clients: " << seconds << " s, " << rows << " entity rows, "
        << static_cast<qint64>(static_cast<double>(rows) / seconds) << " rows/s, file "
        << QFileInfo(path).size() / (1024 * 1024) << " MiB\n";
    return 0;
}
