#include <catch2/catch.hpp>

#include "CaseSession.h"
#include "ClientListLoader.h"
#include "ClientListModel.h"
#include "ClientListPanel.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "card/ClientCard.h"
#include "store/Repositories.h"
#include "week/CaseloadPages.h"
#include "week/WeekView.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace teren;

namespace {

// Every file counts as large while it lives: its list is read in the background.
struct EveryFileLarge
{
    EveryFileLarge() { ClientListLoader::setBackgroundFrom(0); }
    ~EveryFileLarge() { ClientListLoader::setBackgroundFrom(kept); }
    qint64 kept = ClientListLoader::backgroundFrom();
};

// 150 clients, "Klient 000, Jana" to "Klient 149, Jana", made in reverse so the file's
// order is not the list's.
QList<QUuid> addClients(Store &store)
{
    QList<QUuid> ids(150);
    ClientRepository clients(store);
    for (int i = 149; i >= 0; --i) {
        Client client;
        client.givenName = QStringLiteral("Jana");
        client.familyName = QStringLiteral("Klient %1").arg(i, 3, 10, QLatin1Char('0'));
        ids[i] = clients.create(client).id;
    }
    return ids;
}

QString nameAt(const QTableView *view, int row)
{
    return view->model()->index(row, ClientListModel::Name).data().toString();
}

// The window at a laptop's size with the file open, as a worker starts it.
bool showWithFile(MainWindow &window, const QString &path)
{
    window.resize(1366, 768);
    window.show();
    return window.openDatabase(path);
}

bool waitUntilLoaded(const MainWindow &window)
{
    return QTest::qWaitFor([&] { return !window.clientList()->isLoading(); }, 10000);
}

} // namespace

TEST_CASE("A large file's client list shows a first page, says it is loading, then lists every client", "[ui][list]")
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    const EveryFileLarge large;
    test::Fixture fixture;
    addClients(fixture.store());
    MainWindow window;
    REQUIRE(showWithFile(window, fixture.store().database().path()));
    ClientListPanel *list = window.clientList();
    QTableView *view = window.clientView();
    CHECK(list->isLoading());
    CHECK(list->loadingState()->isVisibleTo(&window));
    CHECK(list->loadingState()->text() == u"Loading the clients…");

    int firstPageRows = -1;
    QString firstRow;
    bool loadingShownWithFirstPage = false;
    QObject::connect(list->loader(), &ClientListLoader::firstPageRead, &window, [&] {
        firstPageRows = view->model()->rowCount();
        firstRow = nameAt(view, 0);
        loadingShownWithFirstPage = list->isLoading() && list->loadingState()->isVisibleTo(&window);
    });
    REQUIRE(waitUntilLoaded(window));
    CHECK(firstPageRows == ClientListLoader::firstPageRows);
    CHECK(firstRow == u"Klient 000, Jana");
    CHECK(loadingShownWithFirstPage);

    CHECK(view->model()->rowCount() == 150);
    CHECK(list->model()->totalCount() == 150);
    CHECK(nameAt(view, 0) == u"Klient 000, Jana");
    CHECK(nameAt(view, 149) == u"Klient 149, Jana");
    CHECK_FALSE(list->loadingState()->isVisibleTo(&window));

    // In Czech, while loading again.
    window.switchLanguage(QStringLiteral("cs"));
    list->reloadAll();
    CHECK(list->loadingState()->text() == u"Načítají se klienti…");
    CHECK(view->model()->rowCount() == 150); // the rows shown stay until the new ones are there
    REQUIRE(waitUntilLoaded(window));
    CHECK(view->model()->rowCount() == 150);
    window.switchLanguage(QStringLiteral("en"));
}

TEST_CASE("Search, choosing a client and an edit work while the client list is loading", "[ui][list]")
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    const EveryFileLarge large;
    test::Fixture fixture;
    const QList<QUuid> ids = addClients(fixture.store());
    MainWindow window;
    REQUIRE(showWithFile(window, fixture.store().database().path()));
    ClientListPanel *list = window.clientList();
    QTableView *view = window.clientView();

    int matchesWhileLoading = -1;
    QObject::connect(list->loader(), &ClientListLoader::firstPageRead, &window, [&] {
        // Klient 149 is not among the first hundred yet.
        QTest::keyClicks(window.searchField(), QStringLiteral("klient 149"));
        matchesWhileLoading = view->model()->rowCount();
        window.searchField()->clear();
        // A client of the first page chosen, and renamed: the row moves to the end.
        list->selectClient(ids.at(5));
        window.card()->showClient(ids.at(5));
        Client renamed = *ClientRepository(*window.store()).find(ids.at(5));
        renamed.familyName = QStringLiteral("Zvoníková");
        window.session()->edit(QStringLiteral("Rename"), renamed.id,
                               [&] { ClientRepository(*window.store()).update(renamed); });
        QTest::keyClicks(window.searchField(), QStringLiteral("klient 14"));
    });
    REQUIRE(waitUntilLoaded(window));
    CHECK(matchesWhileLoading == 0);
    // The search typed while loading applies to every row once they are there: both
    // words anywhere in the name, so Klient 014 and 114 too.
    CHECK(view->model()->rowCount() == 12);
    window.searchField()->clear();
    CHECK(view->model()->rowCount() == 150);
    // The edit made while loading is in the list, whatever the background read saw.
    CHECK(nameAt(view, 149) == u"Zvoníková, Jana");
    CHECK(window.card()->clientId() == ids.at(5));
}

TEST_CASE("An edited client's row moves to its place in the list, and stays the one chosen", "[ui][list]")
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    test::Fixture fixture;
    const QList<QUuid> ids = addClients(fixture.store());
    MainWindow window;
    REQUIRE(showWithFile(window, fixture.store().database().path()));
    ClientListPanel *list = window.clientList();
    QTableView *view = window.clientView();
    REQUIRE_FALSE(list->isLoading()); // a small file is read at once
    list->selectClient(ids.at(120));
    window.card()->showClient(ids.at(120));
    const auto rename = [&](const QUuid &id, const QString &family) {
        Client client = *ClientRepository(*window.store()).find(id);
        client.familyName = family;
        window.session()->edit(QStringLiteral("Rename"), id, [&] { ClientRepository(*window.store()).update(client); });
    };

    // "Čermák" comes before "Klient" in Czech (Č after C), not after every Latin letter
    // as its bytes would.
    rename(ids.at(120), QStringLiteral("Čermák"));
    CHECK(nameAt(view, 0) == u"Čermák, Jana");
    CHECK(nameAt(view, 1) == u"Klient 000, Jana");
    CHECK(list->currentClient() == ids.at(120));
    CHECK(window.card()->clientId() == ids.at(120));
    CHECK(view->model()->rowCount() == 150);

    // Undone: back between Klient 119 and Klient 121.
    window.session()->undoStack()->undo();
    CHECK(list->model()->indexOf(ids.at(120)).row() == 120);
    CHECK(nameAt(view, 121) == u"Klient 121, Jana");
    CHECK(list->currentClient() == ids.at(120));

    // Filtered by a search, an edit that takes the client out of it takes the row away.
    QTest::keyClicks(window.searchField(), QStringLiteral("klient 12")); // 012, 112 and 120 to 129
    CHECK(view->model()->rowCount() == 12);
    rename(ids.at(125), QStringLiteral("Dvořák"));
    CHECK(view->model()->rowCount() == 11);
    window.searchField()->clear();
    CHECK(nameAt(view, 0) == u"Dvořák, Jana");

    // Sorted by another column, an edit keeps that order.
    list->model()->sort(ClientListModel::Name, Qt::DescendingOrder);
    rename(ids.at(0), QStringLiteral("Žák"));
    CHECK(nameAt(view, 0) == u"Žák, Jana");
    CHECK(nameAt(view, 149) == u"Dvořák, Jana");
}

TEST_CASE("A client list that cannot be read in the background says why, and the window keeps working", "[ui][list]")
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    const EveryFileLarge large;
    test::Fixture fixture;
    addClients(fixture.store());
    const QString path = fixture.store().database().path();
    const QString away = path + QStringLiteral(".away");
    MainWindow window;
    QStringList errors;
    window.setErrorHandler([&](const QString &message) { errors.append(message); });
    REQUIRE(showWithFile(window, path));
    // The window's own connection stays open; the list's reader, starting after this,
    // finds no file under the name.
    REQUIRE(QFile::rename(path, away));
    REQUIRE(waitUntilLoaded(window));

    ClientListPanel *list = window.clientList();
    CHECK(list->loadingState()->isVisibleTo(&window));
    const QString prefix = QStringLiteral("Not every client could be read; the list shows 0 of them. ");
    CHECK(list->loadingState()->text().startsWith(prefix));
    // Why, as the reader found it: no file under the name, or the empty one that the
    // backup made at opening left there (see below).
    CHECK(list->loadingState()->text().size() > prefix.size() + 10);
    window.switchLanguage(QStringLiteral("cs"));
    QCoreApplication::processEvents();
    CHECK(list->loadingState()->text().startsWith(u"Všechny klienty se nepodařilo načíst; seznam ukazuje 0 z nich. "));
    window.switchLanguage(QStringLiteral("en"));
    CHECK(errors.isEmpty());
    // The window goes on: the search answers, a new client is listed.
    QTest::keyClicks(window.searchField(), QStringLiteral("klient"));
    CHECK(window.clientView()->model()->rowCount() == 0);
    window.searchField()->clear();
    Client added;
    added.givenName = QStringLiteral("Jana");
    added.familyName = QStringLiteral("Nová");
    window.session()->edit(QStringLiteral("New client"), QUuid(), [&] {
        added = ClientRepository(*window.store()).create(added);
    });
    list->refreshClient(added.id);
    CHECK(nameAt(window.clientView(), 0) == u"Nová, Jana");

    // Back under its name before the window closes (and backs it up): the backup made
    // at opening, running meanwhile, found no file either and left an empty one there.
    QFile::remove(path);
    REQUIRE(QFile::rename(away, path));
}

TEST_CASE("The week is read when it is first shown, not when the file opens on the list", "[ui][week]")
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    test::Fixture fixture;
    addClients(fixture.store());
    MainWindow window;
    REQUIRE(showWithFile(window, fixture.store().database().path()));
    WeekView *week = window.caseload()->week();
    REQUIRE(window.caseload()->currentWidget() == window.clientList());
    CHECK(week->isStale());
    CHECK_FALSE(week->countsLabel()->isVisibleTo(&window));

    window.caseload()->showWeek();
    CHECK_FALSE(week->isStale());
    CHECK(week->tree()->topLevelItemCount() == 5);
    CHECK(week->tree()->topLevelItem(3)->text(0).startsWith(u"No contact for more than"));
    CHECK(week->countsLabel()->isVisibleTo(&window));

    // Back on the list, edits leave the week to be read when it is shown again.
    window.caseload()->showClients();
    CHECK_FALSE(week->countsLabel()->isVisibleTo(&window));
    const QUuid first = window.clientView()->model()->index(0, 0).data(ClientListModel::IdRole).toUuid();
    Client client = *ClientRepository(*window.store()).find(first);
    client.givenName = QStringLiteral("Jarmila");
    window.session()->edit(QStringLiteral("Rename"), first, [&] { ClientRepository(*window.store()).update(client); });
    CHECK(week->isStale());
    window.caseload()->showWeek();
    CHECK_FALSE(week->isStale());
}
