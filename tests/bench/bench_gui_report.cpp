// The regional report window on a large region: how long the GUI thread is ever
// blocked while a report is computed and shown, and how long the window takes from
// the request to its last chart. A watchdog timer fires every millisecond on the GUI
// thread; the longest gap between two of its shots is the longest time the window
// could not answer the user.
//
// Usage: bench_gui_report DATABASE [RUNS]   (e.g. a demo made by `teren-cli demo --clients 100000`)
//
// Each run opens the window (it computes the current year at once), then asks for the
// demo's whole period (2024–2026). The reference of the whole period's time is the same
// report computed by ReportBuilder alone on the GUI thread's connection, alternately.
#include "BenchFigures.h"
#include "CaseSession.h"
#include "report/ReportBuilder.h"
#include "report/ReportWindow.h"
#include "storage/Database.h"
#include "store/Store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace teren;

namespace {

// Measures the gaps between the shots of a 1 ms timer on the GUI thread.
class Watchdog
{
public:
    Watchdog()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { shot(); });
    }

    // From now: the time until the first shot counts as a gap too.
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    // The longest gap, in ms, including the one still open.
    double stop()
    {
        shot();
        m_timer.stop();
        return m_longest;
    }

private:
    void shot()
    {
        const double now = bench::elapsedMs(m_clock);
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_longest = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    Database::configureLibrary();
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_gui_report DATABASE [RUNS]\n";
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 5;
    CaseSession session(Store::open(QString::fromLocal8Bit(argv[1])));
    ReportFilter whole;
    whole.from = QDate(2024, 1, 1);
    whole.to = QDate(2026, 12, 31);

    Watchdog watchdog;
    bench::Samples opened;
    bench::Samples blocked;
    double longestOverall = 0;
    bool failed = false;
    const auto windowRun = [&] {
        watchdog.start();
        QElapsedTimer timer;
        timer.start();
        ReportWindow window(session);
        window.resize(1200, 820);
        window.show();
        failed = !window.waitForReport() || failed;
        const double openMs = bench::elapsedMs(timer);
        const double openBlock = watchdog.stop();

        watchdog.start();
        timer.restart();
        window.setPeriod(whole.from, whole.to);
        window.refresh();
        failed = !window.waitForReport() || failed;
        const double wholeMs = bench::elapsedMs(timer);
        const double wholeBlock = watchdog.stop();

        opened.add(openMs);
        blocked.add(std::max(openBlock, wholeBlock));
        longestOverall = std::max({longestOverall, openBlock, wholeBlock});
        out << QStringLiteral("  window: opened and filled in %1 ms (longest block %2 ms), whole period in %3 ms "
                              "(longest block %4 ms)\n")
                   .arg(openMs, 0, 'f', 1)
                   .arg(openBlock, 0, 'f', 1)
                   .arg(wholeMs, 0, 'f', 1)
                   .arg(wholeBlock, 0, 'f', 1);
        out.flush();
        return wholeMs;
    };
    const auto builderRun = [&] {
        QElapsedTimer timer;
        timer.start();
        ReportBuilder(session.store().database()).build(whole);
        return bench::elapsedMs(timer);
    };
    const auto [window, builder] = bench::alternate(runs, windowRun, builderRun);
    if (failed) {
        out << "a report failed or was cancelled\n";
        return 1;
    }
    // The first run (a warm-up) is not among the samples.
    opened.values.erase(opened.values.begin());
    blocked.values.erase(blocked.values.begin());
    out << QStringLiteral("report window, whole period: median %1 ms (min %2), ReportBuilder alone: median %3 ms\n")
               .arg(window.median(), 0, 'f', 1)
               .arg(window.min(), 0, 'f', 1)
               .arg(builder.median(), 0, 'f', 1);
    out << QStringLiteral("report window, opened (current year): median %1 ms\n").arg(opened.median(), 0, 'f', 1);
    out << QStringLiteral("longest GUI-thread block: median of the runs %1 ms, longest %2 ms\n")
               .arg(blocked.median(), 0, 'f', 1)
               .arg(longestOverall, 0, 'f', 1);
    bench::printFigure(out, QStringLiteral("gui_report_whole_period"), window.median(), builder.median());
    bench::printFigure(out, QStringLiteral("gui_report_open"), opened.median(), std::nullopt);
    bench::printFigure(out, QStringLiteral("gui_report_longest_block"), blocked.median(), std::nullopt);
    return 0;
}
