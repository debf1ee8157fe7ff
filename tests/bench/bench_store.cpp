// Measures the demo generator (the store's stamped inserts) and prints the shape of
// the region it wrote, the figures its tests hold it to.
// Usage: bench_store [CLIENTS] [SEED]   (default 1300 clients, seed 1)
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
    options.seed = argc > 2 ? QString::fromLocal8Bit(argv[2]).toULongLong() : 1;
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

    const auto store = teren::Store::open(path);
    teren::Database &db = store->database();
    const auto figure = [&db](const char *sql) { return db.scalar(QString::fromUtf8(sql)).toDouble(); };
    const auto resolvedShare = [&db](const char *area) {
        return db
            .scalar(QStringLiteral("SELECT 1.0 * sum(area = ?) / count(*) FROM need WHERE status = 'resolved'"),
                    {QString::fromUtf8(area)})
            .toDouble();
    };
    out << "households " << summary.households << ", needs " << summary.needs << ", goals " << summary.goals
        << ", steps " << summary.steps << ", contacts " << summary.contacts << '\n';
    out << "resolved " << figure("SELECT 1.0 * sum(status = 'resolved') / count(*) FROM need") << "; of them material "
        << resolvedShare("material") << ", housing " << resolvedShare("housing") << ", employment "
        << resolvedShare("employment") << '\n';
    out << "cooperations ended within 365 days "
        << figure("SELECT 1.0 * sum(julianday(end_on) - julianday(start_on) <= 365) / count(*) FROM cooperation "
                  "WHERE end_on IS NOT NULL")
        << ", mean days of those with a resolved need "
        << figure("SELECT avg(julianday(end_on) - julianday(start_on)) FROM cooperation c WHERE end_on IS NOT NULL "
                  "AND EXISTS (SELECT 1 FROM need n WHERE n.client_id = c.client_id AND n.status = 'resolved')")
        << ", persons who found work "
        << figure("SELECT count(DISTINCT client_id) FROM need WHERE outcome IN "
                  "('job_temporary', 'job_public_works', 'job_permanent')")
        << '\n';
    return 0;
}
