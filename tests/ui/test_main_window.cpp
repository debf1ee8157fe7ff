#include <catch2/catch.hpp>

#include "ApplicationIcon.h"
#include "BackgroundJob.h"
#include "CaseSession.h"
#include "ClockWarningBar.h"
#include "ClientListModel.h"
#include "ClientListPanel.h"
#include "Formats.h"
#include "MainWindow.h"
#include "NewClientDialog.h"
#include "PassphraseAnswers.h"
#include "TestSupport.h"
#include "card/ClientCard.h"
#include "card/NeedsTab.h"
#include "domain/Codes.h"
#include "i18n/Dates.h"
#include "i18n/Translations.h"
#include "store/Repositories.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <new>
#include <tuple>
#include <stdexcept>

using namespace teren;

namespace {
QString makeDatabase(test::Fixture &fixture)
{
    ClientRepository clients(fixture.store());
    for (const auto &[given, family] : {std::pair{u"Růžena", u"Horváthová"}, std::pair{u"Jiří", u"Kotlár"},
                                        std::pair{u"Žaneta", u"Dužová"}}) {
        Client c;
        c.givenName = QString::fromUtf16(given);
        c.familyName = QString::fromUtf16(family);
        clients.create(c);
    }
    const QString path = fixture.store().database().path();
    fixture.reopen();
    return path;
}
} // namespace

TEST_CASE("The main window lists the clients of an opened file and filters as you type: diacritics and word order do not matter", "[ui]")
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    test::Fixture fixture;
    const QString path = makeDatabase(fixture);
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(path));
    QAbstractItemModel *model = window.clientView()->model();
    CHECK(model->rowCount() == 3);
    CHECK(model->index(0, 0).data().toString() == u"Dužová, Žaneta");

    QTest::keyClicks(window.searchField(), QStringLiteral("kot"));
    CHECK(model->rowCount() == 1);
    CHECK(model->index(0, 0).data().toString() == u"Kotlár, Jiří");
    window.searchField()->clear();
    QTest::keyClicks(window.searchField(), QStringLiteral("ruzena horv"));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 0).data().toString() == u"Horváthová, Růžena");
    window.searchField()->clear();
    QTest::keyClicks(window.searchField(), QStringLiteral("KOTLAR jiri"));
    CHECK(model->rowCount() == 1);
    window.searchField()->clear();
    CHECK(model->rowCount() == 3);
}

TEST_CASE("A file with changes dated days after this computer's clock opens with a bar saying so", "[ui][clock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cheb.sqlite"));
    // Made on a day this computer's clock has not reached: the clock was set back since.
    const FixedClock then(QDateTime::currentMSecsSinceEpoch() + 10 * 24 * 3'600'000LL);
    {
        StoreOptions options;
        options.clock = &then;
        auto store = Store::create(path, options);
        Client client;
        client.givenName = QStringLiteral("Žofie");
        client.familyName = QStringLiteral("Kováčová");
        ClientRepository(*store).create(client);
    }
    MainWindow window;
    ClockWarningBar *bar = window.clockWarningBar();
    CHECK(bar->isHidden());
    REQUIRE(window.openDatabase(path));
    REQUIRE_FALSE(bar->isHidden());
    CHECK(bar->text().startsWith(u"This computer's clock says "));
    CHECK(bar->text().contains(QStringLiteral("this file holds changes dated as late as %1, 10 days later. If the "
                                              "clock is wrong, set the date and time right")
                                   .arg(Dates::shortDateTime(then.now()))));
    QTest::mouseClick(bar->closeButton(), Qt::LeftButton);
    CHECK(bar->isHidden());

    // A file whose changes the clock has passed shows no bar.
    test::Fixture fixture;
    const QString right = makeDatabase(fixture);
    fixture.takeStore().reset();
    REQUIRE(window.openDatabase(right));
    CHECK(bar->isHidden());
}

TEST_CASE("The application icon comes at every size a desktop asks for, each drawn for its size", "[ui]")
{
    const QIcon icon = applicationIcon();
    REQUIRE_FALSE(icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        CHECK(sizes.contains(QSize(size, size)));
    // The small icon is the one drawn at 16 pixels, not the large one scaled down.
    const QImage small = icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
    CHECK(small == QImage(QStringLiteral(":/icons/teren-16.png")).convertToFormat(QImage::Format_ARGB32));
}

TEST_CASE("Opening a bad file shows a clear error and keeps the window usable", "[ui]")
{
    test::Fixture fixture;
    const QString garbage = fixture.path(QStringLiteral("garbage.sqlite"));
    test::writeFile(garbage, QByteArray(2048, 'z'));
    MainWindow window;
    QString shown;
    window.setErrorHandler([&](const QString &message) { shown = message; });
    CHECK_FALSE(window.openDatabase(garbage));
    CHECK(shown.contains(QStringLiteral("not a Terén database")));
    CHECK(window.store() == nullptr);
}

TEST_CASE("Switching the language retranslates the window without a restart", "[ui][i18n]")
{
    test::Fixture fixture;
    const QString path = makeDatabase(fixture);
    MainWindow window;
    REQUIRE(window.openDatabase(path));
    const auto header = [&] { return window.clientView()->model()->headerData(0, Qt::Horizontal).toString(); };
    CHECK(header() == u"Name");
    CHECK(window.menuBar()->actions().first()->text() == u"&File");
    window.switchLanguage(QStringLiteral("cs"));
    QCoreApplication::processEvents();
    CHECK(header() == u"Jméno");
    CHECK(window.menuBar()->actions().first()->text() == u"&Soubor");
    window.switchLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(header() == u"Name");
}

TEST_CASE("A client chosen far down a long list is highlighted and scrolled into view", "[ui]")
{
    test::Fixture fixture;
    ClientRepository clients(fixture.store());
    QUuid last;
    for (int i = 0; i < 80; ++i) {
        Client client;
        client.givenName = QStringLiteral("Jana");
        client.familyName = QStringLiteral("Klient %1").arg(i, 3, 10, QLatin1Char('0'));
        last = clients.create(client).id;
    }
    const QString path = fixture.store().database().path();
    fixture.reopen();
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openDatabase(path));
    window.clientList()->selectClient(last);
    QCoreApplication::processEvents();

    QTableView *view = window.clientView();
    CHECK(view->currentIndex().data().toString() == u"Klient 079, Jana");
    CHECK(view->selectionModel()->isRowSelected(view->currentIndex().row(), {}));
    // Once the window has laid itself out (a scroll bar appearing shrinks the list).
    const auto shown = [view] { return view->viewport()->rect().contains(view->visualRect(view->currentIndex())); };
    CHECK(QTest::qWaitFor(shown, 2000));
}

TEST_CASE("Ctrl+F, a few letters and Enter open a client without the mouse", "[ui]")
{
    test::Fixture fixture;
    const QString path = makeDatabase(fixture);
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openDatabase(path));
    window.clientView()->setFocus();

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    CHECK(window.searchField()->hasFocus());
    QTest::keyClicks(window.searchField(), QStringLiteral("duzo"));
    QTest::keyClick(window.searchField(), Qt::Key_Return);

    CHECK(window.card()->clientId() == window.clientList()->currentClient());
    CHECK(window.clientView()->currentIndex().data().toString() == u"Dužová, Žaneta");
    CHECK(window.clientView()->hasFocus());
}

TEST_CASE("Erasing a client asks first, wipes the person and clears the undo list", "[ui][gdpr]")
{
    test::Fixture fixture;
    const QString path = makeDatabase(fixture);
    MainWindow window;
    REQUIRE(window.openDatabase(path));
    window.clientList()->selectClient(window.clientView()->model()->index(0, 0).data(ClientListModel::IdRole).toUuid());
    const QUuid zaneta = window.clientList()->currentClient();
    window.card()->showClient(zaneta);
    Client renamed = *ClientRepository(*window.store()).find(zaneta);
    renamed.notes = QStringLiteral("Bydlí u babičky.");
    window.session()->edit(QStringLiteral("Notes"), zaneta, [&] { ClientRepository(*window.store()).update(renamed); });

    QString asked;
    window.setConfirmHandler([&](const QString &question) {
        asked = question;
        return false;
    });
    CHECK_FALSE(window.eraseCurrentClient());
    CHECK(asked.startsWith(QStringLiteral("Erase Dužová Žaneta for good?")));
    CHECK(ClientRepository(*window.store()).find(zaneta));

    window.setConfirmHandler([](const QString &) { return true; });
    CHECK(window.eraseCurrentClient());
    CHECK_FALSE(ClientRepository(*window.store()).find(zaneta));
    CHECK(window.clientView()->model()->rowCount() == 2);
    CHECK(window.session()->undoStack()->count() == 0);
    CHECK(window.store()->database().scalar(QStringLiteral("SELECT count(*) FROM change WHERE instr(fields, ?) > 0"),
                                            {QStringLiteral("babičky").toUtf8()})
              .toInt()
          == 0);
}

TEST_CASE("A background job whose work throws reports a message instead of crashing", "[ui][job]")
{
    SECTION("a std::runtime_error")
    {
        BackgroundJob job([](JobControl &) { throw std::runtime_error("disk on fire"); });
        QSignalSpy finished(&job, &BackgroundJob::finished);
        job.start();
        REQUIRE(finished.wait());
        CHECK(finished.at(0).at(0).toString() == u"An unexpected error stopped this action (disk on fire).");
    }
    SECTION("running out of memory")
    {
        BackgroundJob job([](JobControl &) { throw std::bad_alloc(); });
        QSignalSpy finished(&job, &BackgroundJob::finished);
        job.start();
        REQUIRE(finished.wait());
        CHECK(finished.at(0).at(0).toString().startsWith(QStringLiteral("An unexpected error stopped this action")));
    }
    SECTION("a file that is not a Terén database")
    {
        test::Fixture fixture;
        const QString garbage = fixture.path(QStringLiteral("garbage.sqlite"));
        test::writeFile(garbage, QByteArray(2048, 'z'));
        BackgroundJob job(garbage, [](Store &, JobControl &) {});
        QSignalSpy finished(&job, &BackgroundJob::finished);
        job.start();
        REQUIRE(finished.wait());
        CHECK(finished.at(0).at(0).toString().contains(QStringLiteral("not a Terén database")));
    }
}

TEST_CASE("A background job reports its progress and stops when cancelled", "[ui][job]")
{
    BackgroundJob job([](JobControl &control) {
        for (int done = 0; !control.isCancelled(); ++done)
            control.progress(done, 0);
    });
    QSignalSpy progressed(&job, &BackgroundJob::progressed);
    QSignalSpy finished(&job, &BackgroundJob::finished);
    job.start();
    REQUIRE(progressed.wait());
    CHECK(job.isRunning());
    job.cancel();
    REQUIRE(finished.wait());
    CHECK(finished.at(0).at(0).toString().isEmpty());
    CHECK_FALSE(job.isRunning());
}

TEST_CASE("Cancelling the demo region while it is generated stops it and leaves no file", "[ui][job]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    MainWindow window;
    QStringList errors;
    window.setErrorHandler([&](const QString &message) { errors.append(message); });
    bool clickedCancel = false;
    // Runs once openDemo() waits for the generation: the user clicks Cancel.
    QTimer::singleShot(0, &window, [&] {
        if (auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("demoProgress"))) {
            if (auto *cancel = progress->findChild<QPushButton *>()) {
                cancel->click();
                clickedCancel = true;
            }
        }
    });
    CHECK_FALSE(window.openDemo(path));
    CHECK(clickedCancel);
    CHECK_FALSE(QFile::exists(path));
    CHECK(window.store() == nullptr);
    CHECK(errors.isEmpty()); // a cancelled generation is no error
}

TEST_CASE("A new client with the name and year of birth of one registered is flagged while typed, and can still be created",
          "[ui][duplicates]")
{
    test::Fixture fixture;
    ClientRepository clients(fixture.store());
    Client ales;
    ales.givenName = QStringLiteral("Aleš");
    ales.familyName = QStringLiteral("Balog");
    ales.birthYear = 2002;
    clients.create(ales);
    Client alena;
    alena.givenName = QStringLiteral("Alena");
    alena.familyName = QStringLiteral("Balogová");
    alena.birthYear = 2002;
    clients.create(alena);
    const QString path = fixture.store().database().path();
    fixture.takeStore().reset();

    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openDatabase(path));
    window.clientView()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    NewClientDialog *dialog = window.findChild<NewClientDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }));
    QLabel *warning = dialog->duplicateWarning();
    const auto typeInto = [&](const char *field, const QString &text) {
        auto *edit = dialog->findChild<QWidget *>(QString::fromLatin1(field));
        REQUIRE(edit);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, text);
    };

    typeInto("given_name", QStringLiteral("Ales"));
    CHECK(warning->isHidden());
    typeInto("family_name", QStringLiteral("Balog"));
    // Without a year of birth the name alone is enough to ask.
    CHECK(warning->isVisible());
    typeInto("birth_year", QStringLiteral("2003"));
    CHECK(warning->isHidden());
    typeInto("birth_year", QStringLiteral("2002"));
    REQUIRE(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("Balog Aleš, born 2002")));
    CHECK_FALSE(warning->text().contains(QStringLiteral("Balogová")));

    // Names the other way round find him too.
    typeInto("given_name", QStringLiteral("balog"));
    typeInto("family_name", QStringLiteral("ALES"));
    CHECK(warning->isVisible());

    // Creating anyway is possible.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK_FALSE(dialog->isVisible());
    CHECK(window.clientView()->model()->rowCount() == 3);
    const std::optional<Client> created = ClientRepository(*window.store()).find(window.card()->clientId());
    REQUIRE(created);
    CHECK(created->familyName == u"ALES");
    CHECK(created->birthYear == 2002);
}

namespace {

// A file with Horváthová Růžena (born 1984; housing identified 1 March 2026, then debts),
// Chalupová Jana (1990), Kotlár Jiří (year unknown), Dužová Žaneta (1979) and
// Novák Adam (2001), two workers (Jana Dvořáková the current one) and the
// installation "Cheb".
struct Caseload
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("cheb.sqlite"));
    QUuid ruzena;
    QUuid debts;
    QUuid petr;

    Caseload()
    {
        StoreOptions options;
        options.replicaName = QStringLiteral("Cheb");
        std::unique_ptr<Store> store = Store::create(path, options);
        DirectoryRepository directory(*store);
        Worker jana;
        jana.name = QStringLiteral("Jana Dvořáková");
        store->setCurrentWorker(directory.addWorker(jana).id);
        Worker petrWorker;
        petrWorker.name = QStringLiteral("Petr Šimek");
        petr = directory.addWorker(petrWorker).id;
        ClientRepository clients(*store);
        for (const auto &[given, family, year] :
             {std::tuple{u"Růžena", u"Horváthová", 1984}, std::tuple{u"Jana", u"Chalupová", 1990},
              std::tuple{u"Jiří", u"Kotlár", 0}, std::tuple{u"Žaneta", u"Dužová", 1979},
              std::tuple{u"Adam", u"Novák", 2001}}) {
            Client client;
            client.givenName = QString::fromUtf16(given);
            client.familyName = QString::fromUtf16(family);
            if (year > 0)
                client.birthYear = year;
            const QUuid id = clients.create(client).id;
            if (client.familyName == u"Horváthová")
                ruzena = id;
        }
        Need need;
        need.clientId = ruzena;
        need.area = QStringLiteral("housing");
        need.identifiedOn = QDate(2026, 3, 1);
        NeedRepository(*store).create(need);
        need.area = QStringLiteral("debts");
        need.identifiedOn = QDate(2026, 4, 1);
        debts = NeedRepository(*store).create(need).id;
    }
};

QStringList names(QTableView *view)
{
    QStringList shown;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        shown.append(view->model()->index(row, ClientListModel::Name).data().toString().section(u',', 0, 0));
    return shown;
}

void clickHeader(QTableView *view, int section)
{
    QHeaderView *header = view->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                             header->height() / 2));
}

} // namespace

TEST_CASE("Dates are shown in one short format with the full year, in Czech and in English", "[ui][i18n][dates]")
{
    Caseload data;
    MainWindow window;
    REQUIRE(window.openDatabase(data.path));
    window.clientList()->selectClient(data.ruzena);
    window.card()->showClient(data.ruzena);
    QTableWidget *needs = window.card()->needsTab()->table();
    const QDate date(2026, 12, 3);
    const QDateTime evening(date, QTime(18, 5));

    Translations::install(QStringLiteral("cs"));
    QCoreApplication::processEvents();
    CHECK(Formats::dateFormat() == u"dd.MM.yyyy");
    CHECK(Formats::shortDate(date) == u"03.12.2026");
    CHECK(Formats::shortDateTime(evening).startsWith(QStringLiteral("03.12.2026 18:05")));
    CHECK(Formats::onDay(date) == u"ve čtvrtek 3. prosince 2026");
    CHECK(Formats::onDay(QDate(2026, 11, 4)) == u"ve středu 4. listopadu 2026");
    CHECK(Formats::onDay(QDate(2026, 11, 2)) == u"v pondělí 2. listopadu 2026");
    CHECK(needs->item(0, 4)->text() == u"01.03.2026");

    Translations::install(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(Formats::dateFormat() == u"dd/MM/yyyy");
    CHECK(Formats::shortDate(date) == u"03/12/2026");
    CHECK(Formats::shortDateTime(evening).startsWith(QStringLiteral("03/12/2026 18:05")));
    CHECK(Formats::onDay(date) == u"on Thursday, 3 December 2026");
    CHECK(needs->item(0, 4)->text() == u"01/03/2026");
}

TEST_CASE("The window title names the file once and the application once", "[ui]")
{
    const QString displayName = QGuiApplication::applicationDisplayName();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Terén"));
    QTemporaryDir dir;
    MainWindow window;
    test::answerNewPassphrases(window);
    CHECK(window.windowTitle() == u"Terén");
    REQUIRE(window.createDatabase(dir.filePath(QStringLiteral("karta.sqlite"))));
    CHECK(window.windowTitle() == u"karta.sqlite — Terén");
    // The window system appends the application's name only to a title not ending with it.
    CHECK(window.windowTitle().endsWith(QGuiApplication::applicationDisplayName()));
    CHECK(window.windowTitle().count(QStringLiteral("Terén")) == 1);
    window.switchLanguage(QStringLiteral("cs"));
    QCoreApplication::processEvents();
    CHECK(window.windowTitle() == u"karta.sqlite — Terén");
    window.switchLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QGuiApplication::setApplicationDisplayName(displayName);
}

TEST_CASE("A new database named without an extension is saved as .sqlite", "[ui]")
{
    QTemporaryDir dir;
    MainWindow window;
    test::answerNewPassphrases(window);
    REQUIRE(window.createDatabase(dir.filePath(QStringLiteral("karta"))));
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("karta.sqlite"))));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("karta"))));
    CHECK(window.store()->database().path().endsWith(QStringLiteral("/karta.sqlite")));

    MainWindow other;
    test::answerNewPassphrases(other);
    REQUIRE(other.createDatabase(dir.filePath(QStringLiteral("jina.SQLite"))));
    CHECK(other.store()->database().path().endsWith(QStringLiteral("/jina.SQLite")));
}

TEST_CASE("The undo and redo entries name the edit inside the sentence, in Czech too", "[ui][i18n]")
{
    Caseload data;
    MainWindow window;
    REQUIRE(window.openDatabase(data.path));
    window.clientList()->selectClient(data.ruzena);
    window.card()->showClient(data.ruzena);
    QMenu *edit = window.menuBar()->actions().at(1)->menu();
    QAction *undo = edit->actions().at(0);
    QAction *redo = edit->actions().at(1);
    CHECK(undo->text() == u"&Undo");
    CHECK(redo->text() == u"&Redo");
    CHECK_FALSE(undo->isEnabled());

    window.switchLanguage(QStringLiteral("cs"));
    QCoreApplication::processEvents();
    CHECK(undo->text() == u"&Zpět");
    CHECK(redo->text() == u"&Znovu");
    window.card()->needsTab()->moveNeed(data.debts, 1);
    CHECK(window.session()->undoStack()->undoText() == u"Změna priority");
    CHECK(undo->isEnabled());
    CHECK(undo->text() == u"&Zpět: změna priority");
    undo->trigger();
    CHECK(undo->text() == u"&Zpět");
    CHECK(redo->text() == u"&Znovu: změna priority");

    window.switchLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    redo->trigger();
    CHECK(undo->text() == u"&Undo změna priority"); // the name as it was recorded
    window.card()->needsTab()->moveNeed(data.debts, 2);
    CHECK(undo->text() == u"&Undo change priority");
}

TEST_CASE("The client list sorts by the column whose header is clicked, and the search keeps the order",
          "[ui][list]")
{
    Caseload data;
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openDatabase(data.path));
    QTableView *view = window.clientView();
    // By name in Czech order: "Ch" comes after "H".
    CHECK(names(view) == QStringList{QStringLiteral("Dužová"), QStringLiteral("Horváthová"),
                                     QStringLiteral("Chalupová"), QStringLiteral("Kotlár"), QStringLiteral("Novák")});
    window.clientList()->selectClient(data.ruzena);

    clickHeader(view, ClientListModel::BirthYear);
    CHECK(names(view) == QStringList{QStringLiteral("Dužová"), QStringLiteral("Horváthová"),
                                     QStringLiteral("Chalupová"), QStringLiteral("Novák"), QStringLiteral("Kotlár")});
    CHECK(window.clientList()->currentClient() == data.ruzena); // the row chosen stays chosen
    clickHeader(view, ClientListModel::BirthYear);
    CHECK(view->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(names(view) == QStringList{QStringLiteral("Novák"), QStringLiteral("Chalupová"),
                                     QStringLiteral("Horváthová"), QStringLiteral("Dužová"), QStringLiteral("Kotlár")});

    QTest::keyClicks(window.searchField(), QStringLiteral("ova"));
    CHECK(names(view) == QStringList{QStringLiteral("Novák"), QStringLiteral("Chalupová"), QStringLiteral("Horváthová"),
                                     QStringLiteral("Dužová")});

    clickHeader(view, ClientListModel::OpenNeeds);
    CHECK(names(view).first() == u"Dužová");
    CHECK(names(view).last() == u"Horváthová");
    clickHeader(view, ClientListModel::Name);
    CHECK(names(view) == QStringList{QStringLiteral("Dužová"), QStringLiteral("Horváthová"), QStringLiteral("Chalupová"),
                                     QStringLiteral("Novák")});
    window.searchField()->clear();
    CHECK(names(view).size() == 5);

    // An edit keeps the order chosen.
    clickHeader(view, ClientListModel::BirthYear);
    NewClientDialog *dialog = window.newClient();
    dialog->findChild<QLineEdit *>(QStringLiteral("family_name"))->setText(QStringLiteral("Adámek"));
    dialog->findChild<QSpinBox *>(QStringLiteral("birth_year"))->setValue(1985);
    dialog->accept();
    CHECK(names(view) == QStringList{QStringLiteral("Dužová"), QStringLiteral("Horváthová"), QStringLiteral("Adámek"),
                                     QStringLiteral("Chalupová"), QStringLiteral("Novák"), QStringLiteral("Kotlár")});
}

TEST_CASE("The status bar shows the worker and the installation, and follows a change of either and of the language",
          "[ui]")
{
    Caseload data;
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *status = window.statusBar()->findChild<QLabel *>(QStringLiteral("workerStatus"));
    REQUIRE(status);
    CHECK(status->isHidden());
    REQUIRE(window.openDatabase(data.path));
    CHECK(status->isVisible());
    CHECK(status->text() == u"Worker: Jana Dvořáková · Installation: Cheb");
    // A message in the status bar leaves it there.
    window.statusBar()->showMessage(QStringLiteral("Something happened"));
    CHECK(status->isVisible());
    window.statusBar()->clearMessage();

    // Settings → I am… → Petr Šimek, by the mouse.
    auto *workers = window.findChild<QMenu *>(QStringLiteral("workerMenu"));
    REQUIRE(workers);
    QAction *petr = nullptr;
    for (QAction *action : workers->actions()) {
        if (action->text() == u"Petr Šimek")
            petr = action;
    }
    REQUIRE(petr);
    workers->popup(window.mapToGlobal(QPoint(100, 100)));
    REQUIRE(QTest::qWaitForWindowExposed(workers));
    QTest::mouseClick(workers, Qt::LeftButton, {}, workers->actionGeometry(petr).center());
    CHECK(window.store()->currentWorker() == data.petr);
    CHECK(status->text() == u"Worker: Petr Šimek · Installation: Cheb");

    window.switchLanguage(QStringLiteral("cs"));
    QCoreApplication::processEvents();
    CHECK(status->text() == u"Pracovník: Petr Šimek · Instalace: Cheb");
    window.switchLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(status->text() == u"Worker: Petr Šimek · Installation: Cheb");
}

TEST_CASE("Czech wording: a dropped need agrees with resolved ones, withdrawing is not cancelling, the report's targets are target values",
          "[ui][i18n]")
{
    Translations::install(QStringLiteral("cs"));
    CHECK(Codes::needStatusLabel(QStringLiteral("resolved")) == u"vyřešená");
    CHECK(Codes::needStatusLabel(QStringLiteral("dropped")) == u"upuštěná");
    CHECK(Codes::goalStatusLabel(QStringLiteral("dropped")) == u"zrušený");
    CHECK(QCoreApplication::translate("teren::ContactsTab", "&Withdraw contact") == u"&Odvolat kontakt");
    CHECK(QCoreApplication::translate("teren::ContactsTab", "Withdraw contact") == u"Odvolání kontaktu");
    CHECK(QCoreApplication::translate("ReportSections", "Targets") == u"Cílové hodnoty");
    CHECK(QCoreApplication::translate("teren::ReportMenu", "&Targets…") == u"&Cílové hodnoty…");
    CHECK(QCoreApplication::translate("teren::TimelineTab", "Printed %1",
                                      "%1: a day with its weekday, \"on Monday, 2 November 2026\"")
              .arg(Formats::onDay(QDate(2026, 12, 3)))
          == u"Vytištěno ve čtvrtek 3. prosince 2026");
    Translations::install(QStringLiteral("en"));
}
