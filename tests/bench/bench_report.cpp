// The full regional report against one hand-written SQL query of its headline
// figures, on an existing database (opening it migrates it to the current schema).
//
//   bench_report DB [RUNS] [FROM TO] [--sequential]
//
// Without FROM and TO the period is the whole demo period: the first cooperation
// start to the last contact. Prints min and median times of the full report (and
// of each of its steps), of the headline query, their ratio, and the headline
// query's time in the sqlite3 shell with .timer on when sqlite3 is installed.
// --sequential runs every pass on the one connection instead of the activity and
// targets passes on connections of their own meanwhile.
#include "BenchEncryption.h"
#include "BenchFigures.h"
#include "report/ReportBuilder.h"
#include "storage/Database.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <vector>

using namespace teren;

namespace {

// Persons supported, localities, needs identified and resolved, resolved rate,
// cooperations ended and the share within 365 days, contacts and minutes: the
// report's headline figures, for the whole region, in one statement.
const char *const headlineSql = R"SQL(
WITH s AS (SELECT c.id, c.locality_id FROM client c WHERE c.deleted = 0 AND EXISTS (
         SELECT 1 FROM cooperation k WHERE k.client_id = c.id AND k.deleted = 0
         AND k.start_on <= :to AND (k.end_on IS NULL OR k.end_on >= :from))),
     n AS (SELECT count(*) AS identified,
                  coalesce(sum(n.status = 'resolved' AND n.closed_on <= :to), 0) AS resolved
           FROM s JOIN need n ON n.client_id = s.id
           WHERE n.deleted = 0 AND n.identified_on BETWEEN :from AND :to),
     k AS (SELECT count(*) AS ended, avg(julianday(k.end_on) - julianday(k.start_on) <= 365) AS within_year
           FROM client c JOIN cooperation k ON k.client_id = c.id
           WHERE c.deleted = 0 AND k.deleted = 0 AND k.end_on BETWEEN :from AND :to),
     t AS (SELECT count(*) AS contacts, coalesce(sum(t.minutes), 0) AS minutes
           FROM client c JOIN contact t ON t.client_id = c.id
           WHERE c.deleted = 0 AND t.deleted = 0 AND t.contact_on BETWEEN :from AND :to)
SELECT (SELECT count(*) FROM s), (SELECT count(DISTINCT l.id) FROM s JOIN locality l ON l.id = s.locality_id
       AND l.deleted = 0), n.identified, n.resolved, coalesce(1.0 * n.resolved / nullif(n.identified, 0), 0),
       k.ended, coalesce(k.within_year, 0), t.contacts, t.minutes
FROM n, k, t;
)SQL";

double ms(qint64 ns)
{
    return static_cast<double>(ns) / 1e6;
}

using Times = bench::Samples;

QString withPeriod(const QString &sql, const QDate &from, const QDate &to)
{
    QString text = sql;
    text.replace(QStringLiteral(":from"), QStringLiteral("'%1'").arg(from.toString(Qt::ISODate)));
    text.replace(QStringLiteral(":to"), QStringLiteral("'%1'").arg(to.toString(Qt::ISODate)));
    return text;
}

// User and system time of the whole process (every thread) so far.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto toMs = [](const timeval &time) {
        return static_cast<double>(time.tv_sec) * 1000.0 + static_cast<double>(time.tv_usec) / 1000.0;
    };
    return toMs(usage.ru_utime) + toMs(usage.ru_stime);
}

} // namespace

int main(int argc, char *argv[])
{
    teren::Database::configureLibrary();
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    bench::configureEncryption(out);
    QStringList args = app.arguments();
    const bool sequential = args.removeAll(QStringLiteral("--sequential")) > 0;
    if (args.size() < 2) {
        out << "usage: bench_report DB [RUNS] [FROM TO] [--sequential]\n";
        return 2;
    }
    const QString path = args.at(1);
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;
    auto store = Store::open(path);
    Database &db = store->database();

    ReportFilter filter;
    if (args.size() > 4) {
        filter.from = QDate::fromString(args.at(3), Qt::ISODate);
        filter.to = QDate::fromString(args.at(4), Qt::ISODate);
    } else {
        filter.from = QDate::fromString(db.scalar(QStringLiteral("SELECT min(start_on) FROM cooperation")).toString(),
                                        Qt::ISODate);
        filter.to = QDate::fromString(db.scalar(QStringLiteral("SELECT max(contact_on) FROM contact")).toString(),
                                      Qt::ISODate);
    }
    out << "database " << path << ": "
        << db.scalar(QStringLiteral("SELECT count(*) FROM client")).toLongLong() << " clients, "
        << db.scalar(QStringLiteral("SELECT count(*) FROM need")).toLongLong() << " needs, "
        << db.scalar(QStringLiteral("SELECT count(*) FROM contact")).toLongLong() << " contacts, "
        << db.scalar(QStringLiteral("SELECT count(*) FROM target WHERE deleted = 0")).toLongLong() << " targets\n"
        << "period " << filter.from.toString(Qt::ISODate) << " to " << filter.to.toString(Qt::ISODate) << ", "
        << runs << " runs after one warm-up" << (sequential ? ", sequential" : ", activity and targets in parallel") << "\n";
    out.flush();

    // The full report, and each step through the progress callback. Also the CPU time
    // of all its threads, which other load on the machine does not inflate as it does
    // the elapsed time. Its reference, the headline figures by one hand-written query,
    // runs after each report (A B A B …).
    Times cpu;
    std::vector<Times> steps;
    Report report;
    const QString headline = withPeriod(QString::fromUtf8(headlineSql), filter.from, filter.to);
    QString figures;
    bool warmUp = true;
    const auto fullReport = [&] {
        QElapsedTimer timer;
        std::vector<double> marks;
        ReportBuilder builder(db, [&](int, int all) {
            marks.push_back(ms(timer.nsecsElapsed()));
            steps.resize(static_cast<std::size_t>(all));
            return true;
        });
        builder.setParallel(!sequential);
        const double cpuBefore = cpuMs();
        timer.start();
        report = builder.build(filter);
        const double elapsed = ms(timer.nsecsElapsed());
        if (!warmUp) {
            cpu.add(cpuMs() - cpuBefore);
            for (std::size_t i = 1; i < marks.size() && i <= steps.size(); ++i)
                steps[i - 1].add(marks[i] - marks[i - 1]);
        }
        return elapsed;
    };
    const auto headlineQuery = [&] {
        QElapsedTimer timer;
        timer.start();
        Query query = db.prepare(headline);
        query.exec();
        query.next();
        const double elapsed = ms(timer.nsecsElapsed());
        QStringList values;
        for (int i = 0; i < 9; ++i)
            values.append(query.value(i).toString());
        figures = values.join(QStringLiteral(" | "));
        warmUp = false;
        return elapsed;
    };
    const auto [total, single] = bench::alternate(runs, fullReport, headlineQuery);
    out << QStringLiteral("full report: min %1 ms, median %2 ms (%3 persons, %4 needs, %5 contacts, %6 targets)\n")
               .arg(total.min(), 0, 'f', 1)
               .arg(total.median(), 0, 'f', 1)
               .arg(report.personsSupported)
               .arg(report.needsIdentified)
               .arg(report.contacts.count)
               .arg(report.targets.size());
    out << QStringLiteral("full report CPU time (all threads, user + system): min %1 ms, median %2 ms\n")
               .arg(cpu.min(), 0, 'f', 1)
               .arg(cpu.median(), 0, 'f', 1);
    const char *const names[] = {"clients",
                                 "needs",
                                 "headline+areas",
                                 "outcomes+localities",
                                 "persons",
                                 "intensities",
                                 "targets (or waiting)",
                                 "contacts, cooperations, partner kinds (or waiting)",
                                 "providers+end reasons",
                                 "groups+small cells",
                                 "finish"};
    for (std::size_t i = 0; i < steps.size() && i < std::size(names); ++i)
        out << QStringLiteral("  step %1: median %2 ms\n").arg(QLatin1String(names[i]), -20).arg(steps[i].median(), 0, 'f', 1);
    out << QStringLiteral("headline query: min %1 ms, median %2 ms: %3\n")
               .arg(single.min(), 0, 'f', 1)
               .arg(single.median(), 0, 'f', 1)
               .arg(figures);
    bench::printFigure(out, sequential ? QStringLiteral("report_full_sequential") : QStringLiteral("report_full"),
                       total.median(), single.median());
    out << QStringLiteral("ratio full report / headline query (medians): %1\n")
               .arg(total.median() / single.median(), 0, 'f', 2);
    out.flush();

    // The same query in the sqlite3 shell, when there is one (not a build dependency).
    if (bench::encrypted()) {
        out << "the sqlite3 shell cannot read an encrypted file; the headline query above ran through the same VFS\n";
        return 0;
    }
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        out << "sqlite3 shell not found; skipped\n";
        return 0;
    }
    store.reset();
    QTemporaryDir dir;
    QString script = QStringLiteral(".timer on\n");
    for (int run = 0; run <= runs; ++run)
        script += headline.trimmed() + QLatin1Char('\n');
    QProcess process;
    process.start(shell, {QStringLiteral("-readonly"), path});
    process.write(script.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(-1);
    Times shellTimes;
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.startsWith(QStringLiteral("Run Time: real ")))
            continue;
        shellTimes.add(line.section(QLatin1Char(' '), 3, 3).toDouble() * 1000.0);
    }
    if (shellTimes.values.size() > 1) {
        shellTimes.values.erase(shellTimes.values.begin()); // the warm-up
        out << QStringLiteral("headline query in the sqlite3 shell (.timer on): min %1 ms, median %2 ms\n")
                   .arg(shellTimes.min(), 0, 'f', 1)
                   .arg(shellTimes.median(), 0, 'f', 1);
        out << QStringLiteral("ratio full report / sqlite3 shell headline query (medians): %1\n")
                   .arg(total.median() / shellTimes.median(), 0, 'f', 2);
    }
    return 0;
}
