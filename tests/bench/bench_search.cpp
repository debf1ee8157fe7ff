// Search-as-you-type over a large caseload: the time from a keystroke in the search
// field to the filtered list laid out, through the real panel (model + table view).
// Usage: bench_search DATABASE   (e.g. a demo made by `teren-cli demo --clients 100000`)
#include "ClientListModel.h"
#include "ClientListPanel.h"
#include "storage/Database.h"
#include "store/Store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTextStream>

#include <algorithm>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    teren::Database::configureLibrary();
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_search DATABASE\n";
        return 2;
    }
    auto store = teren::Store::open(QString::fromLocal8Bit(argv[1]));
    teren::ClientListPanel panel;
    panel.resize(520, 700);
    panel.show();
    QElapsedTimer timer;
    timer.start();
    panel.setStore(store.get());
    // A large file's rows arrive from the background.
    while (panel.isLoading())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QApplication::processEvents();
    out << "load " << panel.model()->totalCount() << " clients: " << timer.elapsed() << " ms\n";

    // Typed as a worker would, without diacritics, then erased again.
    const QStringList queries = {QStringLiteral("h"),      QStringLiteral("ho"),      QStringLiteral("hor"),
                                 QStringLiteral("horv"),   QStringLiteral("horva"),   QStringLiteral("horvat"),
                                 QStringLiteral("horvat "), QStringLiteral("horvat r"), QStringLiteral("horvat ru"),
                                 QStringLiteral("horvat r"), QStringLiteral("horvat"), QStringLiteral("horv"),
                                 QStringLiteral("ho"),     QStringLiteral("h"),       QString()};
    QList<qint64> times;
    for (int round = 0; round < 3; ++round) {
        for (const QString &query : queries) {
            timer.restart();
            panel.searchField()->setText(query);
            QApplication::processEvents();
            panel.view()->viewport()->repaint();
            times.append(timer.nsecsElapsed());
        }
    }
    std::sort(times.begin(), times.end());
    qint64 total = 0;
    for (qint64 t : times)
        total += t;
    out << "keystrokes: " << times.size() << ", mean " << static_cast<double>(total) / static_cast<double>(times.size()) / 1e6
        << " ms, median " << static_cast<double>(times.at(times.size() / 2)) / 1e6 << " ms, max "
        << static_cast<double>(times.last()) / 1e6 << " ms\n";
    return 0;
}
