// The regional report window on a large region: how long the GUI thread is ever
// blocked while a report is computed and shown, and how long the window takes from
// the request to its last chart. A watchdog timer fires every millisecond on the GUI
// thread; the longest gap between two of its shots is the longest time the window
// could not answer the user. On a busy machine a gap also holds the time the GUI
// thread waited for a core (the report itself runs on three threads), so the GUI
// thread's own CPU time within each gap is measured too: the longest of those is
// what the window's own work blocked it for.
//
// Usage: bench_gui_report DATABASE [RUNS]   (e.g. a demo made by `teren-cli demo --clients 100000`)
//
// Each run opens the window (it computes the current year at once), then asks for the
// demo's whole period (2024–2026). The reference of the whole period's time is the same
// report computed by ReportBuilder alone on the GUI thread's connection, alternately.
#include "BenchEncryption.h"
#include "BenchFigures.h"
#include "CaseSession.h"
#include "report/ChartPanel.h"
#include "report/ReportBuilder.h"
#include "report/ReportWindow.h"
#include "storage/Database.h"
#include "store/Store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>

using namespace teren;

namespace {

// The CPU time of the calling thread, in ms.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

// Measures the gaps between the shots of a 1 ms timer on the GUI thread.
class Watchdog
{
public:
    struct Gaps
    {
        double longest = 0; // elapsed, in ms
        double busiest = 0; // the GUI thread's CPU time within one gap, in ms
    };

    Watchdog()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { shot(); });
    }

    // From now: the time until the first shot counts as a gap too.
    void start()
    {
        m_gaps = {};
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    // The gaps, including the one still open.
    Gaps stop()
    {
        shot();
        m_timer.stop();
        return m_gaps;
    }

private:
    void shot()
    {
        const double now = bench::elapsedMs(m_clock);
        const double cpu = threadCpuMs();
        m_gaps.longest = std::max(m_gaps.longest, now - m_last);
        m_gaps.busiest = std::max(m_gaps.busiest, cpu - m_lastCpu);
        m_last = now;
        m_lastCpu = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_lastCpu = 0;
    Gaps m_gaps;
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    Database::configureLibrary();
    QApplication app(argc, argv);
    QTextStream out(stdout);
    bench::configureEncryption(out);
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
    bench::Samples busy;
    bench::Samples tabs;
    bench::Samples busyOnSlowestTab;
    Watchdog::Gaps worst;
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
        const Watchdog::Gaps openGaps = watchdog.stop();

        watchdog.start();
        timer.restart();
        window.setPeriod(whole.from, whole.to);
        window.refresh();
        failed = !window.waitForReport() || failed;
        const double wholeMs = bench::elapsedMs(timer);
        const Watchdog::Gaps wholeGaps = watchdog.stop();

        // A chart is fitted to its size when its tab is first shown.
        double slowestTab = 0;
        int slowest = 0;
        for (int tab = 1; tab < window.tabs()->count(); ++tab) {
            timer.restart();
            window.tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            if (bench::elapsedMs(timer) > slowestTab) {
                slowestTab = bench::elapsedMs(timer);
                slowest = tab;
            }
        }
        tabs.add(slowestTab);
        // The same report again while that tab is shown: its chart is fitted as it is filled.
        window.tabs()->setCurrentIndex(slowest);
        QCoreApplication::processEvents();
        watchdog.start();
        window.refresh();
        failed = !window.waitForReport() || failed;
        const Watchdog::Gaps onSlowestTab = watchdog.stop();
        busyOnSlowestTab.add(onSlowestTab.busiest);

        opened.add(openMs);
        blocked.add(std::max(openGaps.longest, wholeGaps.longest));
        busy.add(std::max(openGaps.busiest, wholeGaps.busiest));
        worst.longest = std::max({worst.longest, openGaps.longest, wholeGaps.longest});
        worst.busiest = std::max({worst.busiest, openGaps.busiest, wholeGaps.busiest});
        out << QStringLiteral("  window: opened and filled in %1 ms (longest block %2 ms, of it %3 ms on the CPU), "
                              "whole period in %4 ms (longest block %5 ms, of it %6 ms on the CPU), "
                              "slowest first look at a tab %7 ms (%8), refreshed on it: longest block %9 ms on the CPU\n")
                   .arg(openMs, 0, 'f', 1)
                   .arg(openGaps.longest, 0, 'f', 1)
                   .arg(openGaps.busiest, 0, 'f', 1)
                   .arg(wholeMs, 0, 'f', 1)
                   .arg(wholeGaps.longest, 0, 'f', 1)
                   .arg(wholeGaps.busiest, 0, 'f', 1)
                   .arg(slowestTab, 0, 'f', 1)
                   .arg(window.panels().at(slowest)->objectName())
                   .arg(onSlowestTab.busiest, 0, 'f', 1);
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
    for (bench::Samples *samples : {&opened, &blocked, &busy, &tabs, &busyOnSlowestTab})
        samples->values.erase(samples->values.begin());
    out << QStringLiteral("report window, whole period: median %1 ms (min %2), ReportBuilder alone: median %3 ms\n")
               .arg(window.median(), 0, 'f', 1)
               .arg(window.min(), 0, 'f', 1)
               .arg(builder.median(), 0, 'f', 1);
    out << QStringLiteral("report window, opened (current year): median %1 ms\n").arg(opened.median(), 0, 'f', 1);
    out << QStringLiteral("longest GUI-thread block: median of the runs %1 ms, longest %2 ms\n")
               .arg(blocked.median(), 0, 'f', 1)
               .arg(worst.longest, 0, 'f', 1);
    out << QStringLiteral("longest GUI-thread CPU time within one block: median of the runs %1 ms, longest %2 ms\n")
               .arg(busy.median(), 0, 'f', 1)
               .arg(worst.busiest, 0, 'f', 1);
    bench::printFigure(out, QStringLiteral("gui_report_whole_period"), window.median(), builder.median());
    bench::printFigure(out, QStringLiteral("gui_report_open"), opened.median(), std::nullopt);
    bench::printFigure(out, QStringLiteral("gui_report_longest_block"), blocked.median(), std::nullopt);
    bench::printFigure(out, QStringLiteral("gui_report_longest_block_cpu"), busy.median(), std::nullopt);
    bench::printFigure(out, QStringLiteral("gui_report_slowest_tab"), tabs.median(), std::nullopt);
    bench::printFigure(out, QStringLiteral("gui_report_longest_block_cpu_on_slowest_tab"), busyOnSlowestTab.median(),
                       std::nullopt);
    return 0;
}
