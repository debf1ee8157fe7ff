// The main window on a large file, as a person meets it: from the start of the
// process to the first painted client list, search as you type, opening a large card,
// one edit, and the longest time the GUI thread did not turn its event loop during
// each (a 1 ms timer on the GUI thread notes the gaps between its ticks).
// Usage: bench_gui DATABASE [RUNS]   (e.g. a demo made by `teren-cli demo --clients 100000`)
// The card and the edits are made in a copy of DATABASE in a temporary folder.
#include "BenchEncryption.h"
#include "BenchFigures.h"

#include "CaseSession.h"
#include "ClientListModel.h"
#include "ClientListPanel.h"
#include "MainWindow.h"
#include "card/ClientCard.h"
#include "storage/Database.h"
#include "store/ClientSummaries.h"
#include "store/RegionRepositories.h"
#include "store/Repositories.h"
#include "store/Store.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <memory>

using namespace teren;
using namespace teren::bench;

namespace {


// The longest gap between two ticks of a 1 ms timer on the GUI thread since reset():
// how long the thread was busy and could neither paint nor take input.
class GuiWatchdog
{
public:
    GuiWatchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_timer.start();
        reset();
    }
    void reset()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
    }
    // Includes the gap up to now (work still running when asked).
    double longestMs()
    {
        tick();
        return static_cast<double>(m_longest) / 1e6;
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// Notes the first paint of a widget that shows rows.
class PaintWatch : public QObject
{
public:
    PaintWatch(QTableView *view)
        : m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_view->model()->rowCount() > 0)
            m_painted = true;
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
    bool m_painted = false;
};

void spinUntil(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

// Plain SQLite: `sql` stepped through on a connection of its own.
double plainQuery(const QString &path, const QByteArray &sql)
{
    // Through the same encrypting VFS as Terén (it passes a plain file through).
    const bench::UnlockedFile unlocked(path);
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, EncryptedVfs::name());
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr);
    qint64 rows = 0;
    while (sqlite3_step(statement) == SQLITE_ROW)
        ++rows;
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return elapsedMs(timer);
}

// The first page: the live clients' names in the file's order, a hundred of them.
const QByteArray plainFirstPageSql = QByteArrayLiteral(
    "SELECT id, family_name, given_name FROM client WHERE deleted = 0 AND merged_into IS NULL "
    "AND anonymised_on IS NULL ORDER BY family_name, given_name, id LIMIT 100");
// Every row, with the open needs and the cooperations counted per client.
const QByteArray plainAllSql = QByteArrayLiteral(
    "SELECT c.id, c.family_name, c.given_name, c.alias, c.birth_year, l.name, "
    " (SELECT count(*) FROM need n WHERE n.client_id = c.id AND n.deleted = 0 AND n.status IN ('open', "
    "'in_progress')), "
    " (SELECT count(*) FROM cooperation co WHERE co.client_id = c.id AND co.deleted = 0) "
    "FROM client c LEFT JOIN locality l ON l.id = c.locality_id "
    "WHERE c.deleted = 0 AND c.merged_into IS NULL AND c.anonymised_on IS NULL "
    "ORDER BY c.family_name, c.given_name, c.id");

// A client with 30 needs, 60 goals (two steps each) and 200 contacts; returns its id.
QUuid addLargeCard(Store &store)
{
    Transaction transaction(store.database());
    Client client;
    client.givenName = QStringLiteral("Žaneta");
    client.familyName = QStringLiteral("Červeňáková");
    client.birthYear = 1988;
    client.localityId = DirectoryRepository(store).localities().value(0).id;
    const QUuid clientId = ClientRepository(store).create(client).id;
    const QList<Codelists::Item> areas = store.codelists().areas();
    const QDate today = store.clock().today();
    QList<QUuid> needs;
    for (int n = 0; n < 30; ++n) {
        Need need;
        need.clientId = clientId;
        need.area = areas.at(n % areas.size()).code;
        need.intensity = 1 + n % 3;
        need.identifiedOn = today.addDays(-400);
        need = NeedRepository(store).create(need);
        needs.append(need.id);
        for (int g = 0; g < 2; ++g) {
            Goal goal;
            goal.needId = need.id;
            goal.text = QStringLiteral("Cíl %1.%2: bydlení, práce a dluhy krok za krokem").arg(n + 1).arg(g + 1);
            goal.horizon = g == 0 ? QStringLiteral("short") : QStringLiteral("long");
            goal.targetOn = today.addDays(30 + n);
            goal = PlanRepository(store).createGoal(goal);
            for (int s = 0; s < 2; ++s) {
                Step step;
                step.goalId = goal.id;
                step.text = QStringLiteral("Krok %1: zajít na úřad a domluvit další postup").arg(s + 1);
                step.dueOn = today.addDays(10 + n);
                PlanRepository(store).createStep(step);
            }
        }
    }
    for (int c = 0; c < 200; ++c) {
        Contact contact;
        contact.clientId = clientId;
        contact.contactOn = today.addDays(-2 * c);
        contact.minutes = 30 + c % 60;
        contact.note = QStringLiteral("Návštěva v bytě, probrány dluhy a nájem (%1)").arg(c + 1);
        contact.needIds = {needs.at(c % needs.size())};
        ContactRepository(store).create(contact);
    }
    transaction.commit();
    return clientId;
}

// Asks the kernel to forget the file's pages, as after a reboot: the next read comes
// from the disk.
void dropFromPageCache(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return;
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart; // the process's own start, up to a running QApplication
    sinceStart.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    Database::configureLibrary();
    QApplication app(argc, argv);
    const double qtStart = elapsedMs(sinceStart);
    // Settings (the last file, window places) go to a folder of the benchmark's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("teren-bench"));
    QTextStream out(stdout);
    bench::configureEncryption(out);
    if (argc < 2) {
        out << "usage: bench_gui DATABASE [RUNS]\n";
        return 2;
    }
    const QString source = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 5;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("bench.sqlite"));
    if (!QFile::copy(source, path)
        || (QFile::exists(KeyFile::pathFor(source)) && !QFile::copy(KeyFile::pathFor(source), KeyFile::pathFor(path)))) {
        out << "cannot copy " << source << " to " << path << '\n';
        return 1;
    }
    out << "file: " << QFileInfo(path).size() / (1024 * 1024) << " MiB, " << runs << " runs\n";

    GuiWatchdog watchdog;
    const auto errors = [&out](const QString &message) { out << "error: " << message << '\n'; };
    QUuid largeCard;
    {
        auto store = Store::open(path);
        largeCard = addLargeCard(*store);
    }

    // Start: the window, the file opened, the list painted; then every row read. The
    // first run starts with the file out of the page cache (and counts Qt's own start).
    dropFromPageCache(path);
    Samples firstPaint;
    Samples allRows;
    Samples startBlock;
    Samples loadBlock;
    double coldStart = 0;
    std::unique_ptr<MainWindow> window;
    for (int run = 0; run <= runs; ++run) {
        window.reset();
        QCoreApplication::processEvents();
        watchdog.reset();
        QElapsedTimer timer;
        timer.start();
        // The first run counts the start of the process (Qt's own) too; the copy of the
        // file and the large card made before it are left out.
        const double before = run == 0 ? qtStart : 0.0;
        window = std::make_unique<MainWindow>();
        window->setErrorHandler(errors);
        window->resize(1366, 768);
        window->show();
        const double constructed = elapsedMs(timer);
        PaintWatch painted(window->clientView());
        if (!window->openDatabase(path)) {
            out << "cannot open " << path << '\n';
            return 1;
        }
        const double opened = elapsedMs(timer);
        spinUntil([&] { return painted.painted(); });
        const double paintedAt = before + elapsedMs(timer);
        const double blockAtStart = watchdog.longestMs();
        watchdog.reset();
        spinUntil([&] { return !window->clientList()->isLoading(); });
        const double allAt = before + elapsedMs(timer);
        const double blockLoading = watchdog.longestMs();
        out << "run " << run << ": window made " << constructed << " ms, file opened " << opened << " ms, list painted " << paintedAt << " ms (" << window->clientView()->model()->rowCount()
            << " rows), all " << window->clientList()->model()->totalCount() << " rows " << allAt
            << " ms; longest GUI block " << blockAtStart << " ms before the paint, " << blockLoading
            << " ms while the rest loaded\n";
        if (run == 0) {
            coldStart = paintedAt;
            continue; // the warm-up
        }
        firstPaint.add(paintedAt);
        allRows.add(allAt);
        startBlock.add(blockAtStart);
        loadBlock.add(blockLoading);
    }
    Samples plainFirstPage;
    Samples plainAll;
    for (int run = 0; run < runs; ++run) {
        plainFirstPage.add(plainQuery(path, plainFirstPageSql));
        plainAll.add(plainQuery(path, plainAllSql));
    }
    printFigure(out, QStringLiteral("gui_start_uncached_to_first_rows"), coldStart,
                std::nullopt);
    printFigure(out, QStringLiteral("gui_start_to_first_rows"), firstPaint.median(),
                plainFirstPage.median());
    printFigure(out, QStringLiteral("gui_start_to_all_rows"), allRows.median(), plainAll.median());
    printFigure(out, QStringLiteral("gui_longest_block_start"), std::max(startBlock.median(), loadBlock.median()),
                std::nullopt);

    // Search: a family name typed letter by letter, then erased.
    ClientListPanel *list = window->clientList();
    const QString name = list->model()->index(list->model()->rowCount() / 2, 0).data().toString().section(u',', 0, 0);
    QStringList typed;
    for (qsizetype length = 1; length <= name.size(); ++length)
        typed.append(name.left(length));
    for (qsizetype length = name.size() - 1; length >= 0; --length)
        typed.append(name.left(length));
    Samples keystrokes;
    watchdog.reset();
    for (int run = 0; run < runs; ++run) {
        for (const QString &text : std::as_const(typed)) {
            QElapsedTimer timer;
            timer.start();
            list->searchField()->setText(text);
            QCoreApplication::processEvents();
            list->view()->viewport()->repaint();
            keystrokes.add(elapsedMs(timer));
        }
    }
    const double searchBlock = watchdog.longestMs();
    out << "search: \"" << name << "\" typed and erased " << runs << " times, " << keystrokes.values.size()
        << " keystrokes, slowest " << *std::max_element(keystrokes.values.begin(), keystrokes.values.end())
        << " ms\n";
    printFigure(out, QStringLiteral("gui_search_keystroke"), keystrokes.median(), std::nullopt);
    printFigure(out, QStringLiteral("gui_longest_block_search"), searchBlock, std::nullopt);

    // A click on a column's header: every row sorted again, on the GUI thread.
    Samples sorts;
    for (int run = 0; run < runs; ++run) {
        for (const int column : {int(ClientListModel::Locality), int(ClientListModel::Name)}) {
            QElapsedTimer timer;
            timer.start();
            list->view()->sortByColumn(column, Qt::AscendingOrder);
            QCoreApplication::processEvents();
            list->view()->viewport()->repaint();
            sorts.add(elapsedMs(timer));
        }
    }
    printFigure(out, QStringLiteral("gui_sort_header_click"), sorts.median(), std::nullopt);

    // A card of 30 needs, 60 goals and 200 contacts, opened after another client's.
    ClientCard *card = window->card();
    const QUuid other = list->model()->index(0, 0).data(ClientListModel::IdRole).toUuid();
    Samples opening;
    watchdog.reset();
    for (int run = 0; run <= runs; ++run) {
        card->showClient(other);
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        card->showClient(largeCard);
        QCoreApplication::processEvents();
        card->repaint();
        if (run > 0)
            opening.add(elapsedMs(timer));
    }
    const double cardBlock = watchdog.longestMs();
    printFigure(out, QStringLiteral("gui_open_card_30_60_200"), opening.median(),
                std::nullopt);
    printFigure(out, QStringLiteral("gui_longest_block_card"), cardBlock, std::nullopt);

    // One edit of the client on the card: the family name, so its row moves in the list.
    // Timed as a whole (the commit, the list, the card read again), and in its parts.
    CaseSession *session = window->session();
    Store &store = session->store();
    // A large file's integrity check runs in the background and holds writes until it
    // passes (a worker sees this in the status bar): the edits wait for it, untimed.
    QElapsedTimer checking;
    checking.start();
    while (store.isCheckPending()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    out << "integrity check still running after the reads: waited " << checking.elapsed() << " ms\n";
    const auto renamed = [&](const QUuid &id, int run) {
        Client client = *ClientRepository(store).find(id);
        client.familyName = run % 2 ? QStringLiteral("Červeňáková") : QStringLiteral("Adámková");
        return client;
    };
    const auto editTimes = [&](const QUuid &id) {
        card->showClient(id);
        QCoreApplication::processEvents();
        Samples times;
        for (int run = 0; run <= runs; ++run) {
            const Client client = renamed(id, run);
            QElapsedTimer timer;
            timer.start();
            session->edit(QStringLiteral("Rename"), id, [&] { ClientRepository(store).update(client); });
            QCoreApplication::processEvents();
            if (run > 0)
                times.add(elapsedMs(timer));
        }
        return times;
    };
    const QUuid typical = list->model()->index(list->model()->rowCount() / 3, 0).data(ClientListModel::IdRole).toUuid();
    watchdog.reset();
    const Samples typicalEdits = editTimes(typical);
    const double editBlock = watchdog.longestMs();
    const Samples largeEdits = editTimes(largeCard);
    Samples commits;
    Samples rowMoves;
    for (int run = 0; run <= runs; ++run) {
        const Client client = renamed(typical, run);
        QElapsedTimer timer;
        timer.start();
        {
            Transaction transaction(store.database());
            ClientRepository(store).update(client);
            transaction.commit();
        }
        const double committed = elapsedMs(timer);
        timer.restart();
        list->refreshClient(typical);
        if (run > 0) {
            commits.add(committed);
            rowMoves.add(elapsedMs(timer));
        }
    }
    out << "edits: longest GUI block " << editBlock << " ms\n";
    printFigure(out, QStringLiteral("gui_edit_on_screen"), typicalEdits.median(),
                commits.median());
    printFigure(out, QStringLiteral("gui_edit_large_card"), largeEdits.median(),
                std::nullopt);
    printFigure(out, QStringLiteral("gui_edit_commit"), commits.median(), std::nullopt);
    printFigure(out, QStringLiteral("gui_edit_row_moved"), rowMoves.median(), std::nullopt);
    printFigure(out, QStringLiteral("gui_longest_block_edit"), editBlock, std::nullopt);

    const double peakMiB = static_cast<double>(statusKiB("VmHWM:")) / 1024.0;
    printFigure(out, QStringLiteral("gui_peak_rss_mib"), peakMiB, std::nullopt);
    window.reset();
    return 0;
}
