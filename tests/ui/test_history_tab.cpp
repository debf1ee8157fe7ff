#include <catch2/catch.hpp>

#include "BackgroundJob.h"
#include "CaseSession.h"
#include "MainWindow.h"
#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "card/ClientCard.h"
#include "card/HistoryTab.h"
#include "store/Repositories.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace teren;

namespace {

enum Column { When, Who, Laptop, Record, Field, Old, New, Note };

// Two clients of Jana Dvořáková, Růžena with a housing need, in a file the window opens.
struct HistoryWindow
{
    test::Fixture fixture;
    QUuid ruzena;
    QUuid jiri;
    QUuid housing;
    MainWindow window;

    HistoryWindow()
    {
        Store &store = fixture.store();
        Worker worker;
        worker.name = QStringLiteral("Jana Dvořáková");
        store.setCurrentWorker(DirectoryRepository(store).addWorker(worker).id);
        Client client;
        client.givenName = QStringLiteral("Růžena");
        client.familyName = QStringLiteral("Horváthová");
        ruzena = ClientRepository(store).create(client).id;
        Client other;
        other.givenName = QStringLiteral("Jiří");
        other.familyName = QStringLiteral("Kotlár");
        jiri = ClientRepository(store).create(other).id;
        Need need;
        need.clientId = ruzena;
        need.area = QStringLiteral("housing");
        need.identifiedOn = QDate(2026, 10, 1);
        housing = NeedRepository(store).create(need).id;
        const QString path = store.database().path();
        fixture.takeStore().reset();
        window.show();
        REQUIRE(window.openDatabase(path));
    }

    int viewsOf(const QUuid &client)
    {
        return window.store()
            ->database()
            .scalar(QStringLiteral("SELECT count(*) FROM client_view WHERE client_id = ?"), {client.toRfc4122()})
            .toInt();
    }

    bool raiseIntensity(int intensity)
    {
        Need need = *NeedRepository(*window.store()).find(housing);
        need.intensity = intensity;
        return bool(window.session()->edit(QStringLiteral("Intensity"), ruzena,
                                           [&] { NeedRepository(*window.store()).update(need); }));
    }

    QTreeWidget *history() { return window.card()->historyTab()->list(); }
};

} // namespace

TEST_CASE("Each opening of a client's card is one view, while tabs, edits, undo and a merge's reload add none",
          "[ui][history][views]")
{
    HistoryWindow card;
    ClientCard *clientCard = card.window.card();
    clientCard->showClient(card.ruzena);
    CHECK(card.viewsOf(card.ruzena) == 1);

    for (int tab = 0; tab < clientCard->tabs()->count(); ++tab)
        clientCard->tabs()->setCurrentIndex(tab);
    REQUIRE(card.raiseIntensity(3));
    clientCard->showClient(card.ruzena); // the same client again, no other shown between
    card.window.reloadAfterMerge();
    CHECK(card.viewsOf(card.ruzena) == 1);

    // A view is not an edit: the undo list holds the edit alone, and undoing it
    // leaves the view.
    QUndoStack *undo = card.window.session()->undoStack();
    CHECK(undo->count() == 1);
    undo->undo();
    CHECK(NeedRepository(*card.window.store()).find(card.housing)->intensity == 2);
    undo->redo();
    CHECK(NeedRepository(*card.window.store()).find(card.housing)->intensity == 3);
    CHECK(card.viewsOf(card.ruzena) == 1);

    clientCard->showClient(card.jiri);
    clientCard->showClient(card.ruzena);
    CHECK(card.viewsOf(card.ruzena) == 2);
    CHECK(card.viewsOf(card.jiri) == 1);
    CHECK(undo->count() == 1);
}

TEST_CASE("The History tab lists each change with old and new value and who made it, newest first, and the views",
          "[ui][history]")
{
    HistoryWindow card;
    ClientCard *clientCard = card.window.card();
    clientCard->showClient(card.ruzena);
    card.fixture.clock().advance(60'000);
    REQUIRE(card.raiseIntensity(3));
    clientCard->tabs()->setCurrentWidget(clientCard->historyTab());
    QTreeWidget *list = card.history();
    REQUIRE(list->topLevelItemCount() > 3);
    const QTreeWidgetItem *edit = list->topLevelItem(0);
    CHECK(edit->text(Field) == u"Intensity");
    CHECK(edit->text(Old) == u"2");
    CHECK(edit->text(New) == u"3");
    CHECK(edit->text(Who) == u"Jana Dvořáková");
    CHECK(edit->text(Record) == u"Need: Housing");
    CHECK(edit->text(Laptop) == card.window.store()->replicaName());
    const QTreeWidgetItem *view = list->topLevelItem(1);
    CHECK(view->text(Record) == u"Card opened");
    CHECK(view->text(Field).isEmpty());
    // The header was made afresh: nobody looked before, the given name went from nothing.
    bool named = false;
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = list->topLevelItem(row);
        if (item->text(Field) == u"Given name") {
            named = true;
            CHECK(item->text(Old) == u"—");
            CHECK(item->text(New) == u"Růžena");
        }
    }
    CHECK(named);

    // The edit shows at once when made while the tab is open.
    card.fixture.clock().advance(60'000);
    REQUIRE(card.raiseIntensity(1));
    CHECK(list->topLevelItem(0)->text(New) == u"1");
    CHECK(list->topLevelItem(0)->text(Old) == u"3");
}

TEST_CASE("The History tab narrows to one need or to the views, and follows the language", "[ui][history][i18n]")
{
    HistoryWindow card;
    ClientCard *clientCard = card.window.card();
    clientCard->showClient(card.ruzena);
    REQUIRE(card.raiseIntensity(3));
    clientCard->tabs()->setCurrentWidget(clientCard->historyTab());
    QComboBox *filter = clientCard->historyTab()->filter();
    QTreeWidget *list = card.history();
    const int everything = list->topLevelItemCount();
    CHECK(filter->itemText(0) == u"Everything");
    const int need = filter->findText(QStringLiteral("Need: Housing"));
    REQUIRE(need > 0);
    filter->setCurrentIndex(need);
    REQUIRE(list->topLevelItemCount() > 0);
    CHECK(list->topLevelItemCount() < everything);
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        CHECK(list->topLevelItem(row)->text(Record) == u"Need: Housing");
    filter->setCurrentIndex(filter->findText(QStringLiteral("Card openings, exports and printed plans")));
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(Record) == u"Card opened");

    filter->setCurrentIndex(need);
    card.window.switchLanguage(QStringLiteral("cs"));
    QCoreApplication::processEvents();
    CHECK(clientCard->tabs()->tabText(5) == u"Histor&ie");
    CHECK(list->headerItem()->text(Field) == u"Údaj");
    CHECK(filter->currentText() == u"Potřeba: Bydlení");
    CHECK(list->topLevelItem(0)->text(Field) == u"Intenzita");
    card.window.switchLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(list->topLevelItem(0)->text(Field) == u"Intensity");
}

TEST_CASE("A card opened while a background job runs records its view when the job ends", "[ui][history][views]")
{
    HistoryWindow card;
    // A job (an import, say) that may hold the file's write lock until it ends.
    BackgroundJob job([](JobControl &control) {
        while (!control.isCancelled())
            control.progress(0, 0);
    });
    QSignalSpy finished(&job, &BackgroundJob::finished);
    job.start();
    card.window.card()->showClient(card.ruzena);
    CHECK(card.viewsOf(card.ruzena) == 0);
    job.cancel();
    REQUIRE(finished.wait());
    // The window's own jobs (a backup when the file opened) end too.
    if (RunningJobs::instance().count() > 0) {
        QSignalSpy allFinished(&RunningJobs::instance(), &RunningJobs::allFinished);
        REQUIRE(allFinished.wait());
    }
    CHECK(card.viewsOf(card.ruzena) == 1);
}

TEST_CASE("A value that lost a merge is listed greyed, saying what it lost to", "[ui][history][merge]")
{
    test::Replicas replicas(2);
    Client client;
    client.givenName = QStringLiteral("Růžena");
    client.familyName = QStringLiteral("Horváthová");
    const QUuid ruzena = ClientRepository(replicas[0]).create(client).id;
    replicas.send(0, 1);
    const auto writeNotes = [&](int replica, const QString &notes) {
        Client edited = *ClientRepository(replicas[replica]).find(ruzena);
        edited.notes = notes;
        ClientRepository(replicas[replica]).update(edited);
    };
    replicas.clock(0).advance(60'000);
    writeNotes(0, QStringLiteral("Stěhuje se do Sokolova."));
    replicas.clock(1).advance(90'000);
    writeNotes(1, QStringLiteral("Zůstává v Chodově."));
    replicas.send(1, 0);
    replicas.close(0);

    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(replicas.filePath(0)));
    window.card()->showClient(ruzena);
    window.card()->tabs()->setCurrentWidget(window.card()->historyTab());
    QTreeWidget *list = window.card()->historyTab()->list();
    QList<QTreeWidgetItem *> notes;
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        if (list->topLevelItem(row)->text(Field) == u"Notes")
            notes.append(list->topLevelItem(row));
    }
    REQUIRE(notes.size() == 2);
    CHECK(notes.at(0)->text(New) == u"Zůstává v Chodově.");
    CHECK(notes.at(0)->text(Note).isEmpty());
    CHECK(notes.at(1)->text(New) == u"Stěhuje se do Sokolova.");
    CHECK(notes.at(1)->text(Note).startsWith(QStringLiteral("lost in merge to “Zůstává v Chodově.” (")));
    CHECK(notes.at(1)->foreground(New) != notes.at(0)->foreground(New));
}
