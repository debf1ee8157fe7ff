#include <catch2/catch.hpp>

#include "CaseSession.h"
#include "ClientListModel.h"
#include "ClientListPanel.h"
#include "card/ClientCard.h"
#include "MainWindow.h"
#include "SessionCommand.h"
#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "domain/Version.h"
#include "i18n/Translations.h"
#include "sync/ConflictReviewDialog.h"
#include "sync/DuplicatesDialog.h"
#include "sync/BundleLockEditor.h"
#include "sync/EnrolWorkerDialog.h"
#include "sync/ExportBundleDialog.h"
#include "sync/ImportBundlesDialog.h"
#include "sync/InstallationsDialog.h"
#include "sync/JoinRegionDialog.h"
#include "sync/Enrolment.h"
#include "sync/SyncMenu.h"
#include "sync/Conflicts.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/Keyring.h"
#include "sync/Peers.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>

#include <functional>
#include <new>
#include <tuple>
#include <QTemporaryDir>
#include <QLabel>
#include <QRadioButton>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace teren;

namespace {

struct TwoFiles
{
    QTemporaryDir dir;
    FixedClock workerClock{test::pinnedMs};
    FixedClock coordinatorClock{test::pinnedMs};
    QString workerPath = dir.filePath(QStringLiteral("cheb.sqlite"));
    QString coordinatorPath = dir.filePath(QStringLiteral("kraj.sqlite"));

    std::unique_ptr<Store> worker()
    {
        StoreOptions options;
        options.clock = &workerClock;
        options.replicaName = QStringLiteral("Cheb");
        return QFile::exists(workerPath) ? Store::open(workerPath, options) : Store::create(workerPath, options);
    }
    std::unique_ptr<Store> coordinator()
    {
        StoreOptions options;
        options.clock = &coordinatorClock;
        options.replicaName = QStringLiteral("Kraj");
        return QFile::exists(coordinatorPath) ? Store::open(coordinatorPath, options)
                                              : Store::create(coordinatorPath, options);
    }
};

QUuid addClient(Store &store, const QString &given)
{
    Client client;
    client.givenName = given;
    client.familyName = QStringLiteral("Červeňáková");
    return ClientRepository(store).create(client).id;
}

// Žaneta, known to both files, then edited on each without seeing the other's edit
// (the coordinator's a little later) and merged into the coordinator's file.
QUuid editedOnBoth(TwoFiles &files, Store &worker, Store &coordinator, const std::function<void(Client &)> &atWorker,
                   const std::function<void(Client &)> &atCoordinator)
{
    const QUuid zaneta = addClient(worker, QStringLiteral("Žaneta"));
    test::merge(worker, coordinator);
    for (auto [store, clock, edit] : {std::tuple{&worker, &files.workerClock, &atWorker},
                                      std::tuple{&coordinator, &files.coordinatorClock, &atCoordinator}}) {
        clock->advance(store == &worker ? 60'000 : 90'000);
        Client client = *ClientRepository(*store).find(zaneta);
        (*edit)(client);
        ClientRepository(*store).update(client);
    }
    test::merge(worker, coordinator);
    return zaneta;
}

// The worker's file with one new client, exported under the passphrase "heslo pro kraj".
QString workerBundle(TwoFiles &files)
{
    const QString bundle = files.dir.filePath(QStringLiteral("cheb-1.teren"));
    auto worker = files.worker();
    addClient(*worker, QStringLiteral("Žaneta"));
    ExportOptions options;
    options.lock.passphrase = QByteArrayLiteral("heslo pro kraj");
    options.lock.fastKdfForTests = true;
    Exporter(*worker).exportTo(bundle, options);
    return bundle;
}

} // namespace

TEST_CASE("Importing bundles in the GUI merges the good ones, lists the refused and refreshes the list",
          "[ui][sync]")
{
    TwoFiles files;
    const QString bundle = workerBundle(files);
    const QString garbage = files.dir.filePath(QStringLiteral("garbage.teren"));
    test::writeFile(garbage, QByteArray(3000, 'g'));
    files.coordinator().reset();

    MainWindow window;
    REQUIRE(window.openDatabase(files.coordinatorPath));
    CHECK(window.clientView()->model()->rowCount() == 0);
    ImportBundlesDialog *dialog = window.syncMenu()->importBundles();
    REQUIRE(dialog);
    dialog->setFiles({bundle, garbage});
    dialog->setPassphrase(QStringLiteral("heslo pro kraj"));
    dialog->setAcceptNewSenders(true);
    dialog->start();
    dialog->waitForFinished();

    QTreeWidget *results = dialog->results();
    REQUIRE(results->topLevelItemCount() == 2);
    CHECK(results->topLevelItem(0)->text(1) == u"\"Cheb\", bundle 1");
    CHECK(results->topLevelItem(0)->text(2).startsWith(QStringLiteral("1 new, 0 updated")));
    CHECK(results->topLevelItem(1)->text(2) == u"Refused: This file is not a Terén bundle.");
    CHECK(dialog->status()->text() == u"1 bundle refused; the others were imported.");
    CHECK(window.clientView()->model()->rowCount() == 1);
    CHECK(window.clientView()->model()->index(0, 0).data().toString() == u"Červeňáková, Žaneta");
}

TEST_CASE("A bundle from a laptop whose clock runs ahead is imported in the GUI only when the user says so",
          "[ui][sync][clock]")
{
    TwoFiles files;
    // The window's import reads this computer's clock; the laptop's runs 30 days ahead of it.
    files.workerClock.set(QDateTime::currentMSecsSinceEpoch() + 30 * 24 * 3'600'000LL);
    const QString bundle = workerBundle(files);
    files.coordinator().reset();

    MainWindow window;
    REQUIRE(window.openDatabase(files.coordinatorPath));
    ImportBundlesDialog *dialog = window.syncMenu()->importBundles();
    REQUIRE(dialog);
    QStringList asked;
    dialog->setClockSkewQuestion([&asked](const QString &question) {
        asked.append(question);
        return false;
    });
    dialog->setFiles({bundle});
    dialog->setPassphrase(QStringLiteral("heslo pro kraj"));
    dialog->setAcceptNewSenders(true);
    dialog->start();
    dialog->waitForFinished();

    const QString why = QStringLiteral("The clock of laptop \"Cheb\" runs 30 days ahead: its changes would win over "
                                       "every edit made elsewhere until then.");
    CHECK(asked == QStringList{QStringLiteral("cheb-1.teren: %1\n\nImport this bundle anyway? If you refuse, nothing of "
                                              "it is imported; have the laptop's clock set right and ask for a new "
                                              "bundle.")
                                   .arg(why)});
    QTreeWidget *results = dialog->results();
    REQUIRE(results->topLevelItemCount() == 1);
    CHECK(results->topLevelItem(0)->text(2) == u"Refused: " + why);
    CHECK(dialog->status()->text() == u"1 bundle refused; the others were imported.");
    CHECK(window.clientView()->model()->rowCount() == 0);

    dialog->setClockSkewQuestion([](const QString &) { return true; });
    dialog->start();
    dialog->waitForFinished();
    REQUIRE(results->topLevelItemCount() == 1);
    CHECK(results->topLevelItem(0)->text(2).startsWith(u"1 new, 0 updated"));
    CHECK(results->topLevelItem(0)->text(2).endsWith(
        u"\nThe clock of laptop \"Cheb\" runs 30 days ahead: its changes count as made at this import."));
    CHECK(dialog->status()->text() == u"All bundles imported.");
    CHECK(window.clientView()->model()->rowCount() == 1);
}

TEST_CASE("Exporting a bundle in the GUI checks what was typed and writes a bundle for the coordinator",
          "[ui][sync]")
{
    TwoFiles files;
    const QString identity = files.dir.filePath(QStringLiteral("kraj.id"));
    {
        auto coordinator = files.coordinator();
        test::writeFile(identity, Keyring(*coordinator).identity().toText());
        auto worker = files.worker();
        addClient(*worker, QStringLiteral("Petra"));
    }
    MainWindow window;
    REQUIRE(window.openDatabase(files.workerPath));
    ExportBundleDialog *dialog = window.syncMenu()->exportBundle();
    REQUIRE(dialog);
    dialog->start();
    CHECK(dialog->status()->text() == u"Choose where to save the bundle.");
    const QString out = files.dir.filePath(QStringLiteral("cheb-1.teren"));
    dialog->setOutput(out);
    dialog->setPassphrase(QStringLiteral("krátké"), QStringLiteral("krátké"));
    dialog->start();
    CHECK(dialog->status()->text().startsWith(u"The passphrase must have at least 10 characters"));
    dialog->setPassphrase(QStringLiteral("heslo12345"), QStringLiteral("heslo12345"));
    dialog->start();
    CHECK(dialog->status()->text().contains(u"most often"));
    dialog->setPassphrase(QStringLiteral("dost dlouhé heslo"), QStringLiteral("jiné heslo"));
    dialog->start();
    CHECK(dialog->status()->text() == u"The two passphrases differ.");
    dialog->setRecipientIdentity(QStringLiteral("  "));
    dialog->start();
    CHECK(dialog->status()->text() == u"Choose the coordinator's identity file.");
    dialog->setRecipientIdentity(files.dir.filePath(QStringLiteral("missing.id")));
    dialog->start();
    CHECK(dialog->status()->text().startsWith(QStringLiteral("Could not read the identity file")));
    CHECK_FALSE(QFile::exists(out));

    dialog->setRecipientIdentity(identity);
    dialog->start();
    dialog->waitForFinished();
    CHECK(dialog->status()->text().startsWith(QStringLiteral("Bundle 1 saved to")));
    REQUIRE(QFile::exists(out));

    // The coordinator opens it with its own key.
    auto coordinator = files.coordinator();
    ImportOptions options;
    options.key.secretKey = Keyring(*coordinator).keys().secretKey;
    options.acceptNewSenders = true;
    const ImportReport report = Importer(*coordinator).importFrom(out, options);
    CHECK_FALSE(report.refused);
    CHECK(report.counts.inserted == 1);
}

TEST_CASE("Conflicts are reviewed side by side and decided as an undoable edit", "[ui][sync]")
{
    TwoFiles files;
    auto worker = files.worker();
    auto coordinator = files.coordinator();
    const QUuid zaneta = editedOnBoth(files, *worker, *coordinator,
                                      [](Client &c) { c.phone = QStringLiteral("777 111 222"); },
                                      [](Client &c) { c.phone = QStringLiteral("606 333 444"); });
    Peers(*coordinator).trust(worker->replicaId(), Keyring(*worker).publicKey(), QStringLiteral("Cheb"));

    CaseSession session(std::move(coordinator));
    ConflictReviewDialog dialog(session);
    REQUIRE(dialog.list()->topLevelItemCount() == 1);
    QTreeWidgetItem *row = dialog.list()->topLevelItem(0);
    CHECK(row->text(0) == u"Client Červeňáková Žaneta");
    CHECK(row->text(1) == u"phone");
    CHECK(row->text(0) == u"Client Červeňáková Žaneta");
    CHECK(row->text(2).startsWith(QStringLiteral("“606 333 444”\nKraj, ")));
    CHECK(row->text(3).startsWith(QStringLiteral("“777 111 222”\nCheb, ")));

    files.coordinatorClock.advance(60'000);
    CHECK(dialog.takeOther());
    CHECK(ClientRepository(session.store()).find(zaneta)->phone == u"777 111 222");
    CHECK(dialog.list()->topLevelItemCount() == 0);
    CHECK(session.undoStack()->undoText() == u"Decide conflict");
    session.undoStack()->undo();
    CHECK(ClientRepository(session.store()).find(zaneta)->phone == u"606 333 444");
    // Undone, the conflict is open again, here and wherever the undo syncs to.
    dialog.reload();
    CHECK(dialog.list()->topLevelItemCount() == 1);
    test::merge(session.store(), *worker);
    CHECK(Conflicts(*worker).list().size() == 1);
    session.undoStack()->redo();
    CHECK(ClientRepository(session.store()).find(zaneta)->phone == u"777 111 222");
    dialog.reload();
    CHECK(dialog.list()->topLevelItemCount() == 0);
    test::merge(session.store(), *worker);
    CHECK(Conflicts(*worker).list().isEmpty());
    // A later ordinary edit of the field settles it too, as before.
    session.undoStack()->undo();
    files.coordinatorClock.advance(60'000);
    Client edited = *ClientRepository(session.store()).find(zaneta);
    edited.phone = QStringLiteral("720 555 666");
    ClientRepository(session.store()).update(edited);
    CHECK(Conflicts(session.store()).list().isEmpty());
}

TEST_CASE("A text in conflict can be written anew from both versions: a code cannot", "[ui][sync]")
{
    TwoFiles files;
    auto worker = files.worker();
    auto coordinator = files.coordinator();
    const QUuid zaneta = editedOnBoth(
        files, *worker, *coordinator,
        [](Client &c) {
            c.notes = QStringLiteral("Exekuce u ČEZ");
            c.birthYear = 1990;
        },
        [](Client &c) {
            c.notes = QStringLiteral("Syn chodí do ZŠ Rybáře");
            c.birthYear = 1991;
        });

    CaseSession session(std::move(coordinator));
    ConflictReviewDialog dialog(session);
    dialog.show();
    REQUIRE(dialog.list()->topLevelItemCount() == 2);
    const auto select = [&](const QString &field) {
        for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i)
            if (dialog.list()->topLevelItem(i)->text(1) == field)
                dialog.list()->setCurrentItem(dialog.list()->topLevelItem(i));
    };
    auto *editor = dialog.findChild<QPlainTextEdit *>(QStringLiteral("thirdValue"));
    auto *write = dialog.findChild<QPushButton *>(QStringLiteral("writeEdited"));
    REQUIRE(editor);
    REQUIRE(write);

    select(QStringLiteral("year of birth"));
    CHECK_FALSE(editor->isVisible());
    CHECK_FALSE(write->isVisible());

    select(QStringLiteral("notes"));
    REQUIRE(editor->isVisible());
    CHECK(editor->toPlainText() == u"Syn chodí do ZŠ Rybáře"); // the current value, to edit
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("; exekuce u CEZ")); // QTest types ASCII only
    files.coordinatorClock.advance(60'000);
    QTest::mouseClick(write, Qt::LeftButton);
    CHECK(ClientRepository(session.store()).find(zaneta)->notes == u"Syn chodí do ZŠ Rybáře; exekuce u CEZ");
    REQUIRE(dialog.list()->topLevelItemCount() == 1);
    CHECK(dialog.list()->topLevelItem(0)->text(1) == u"year of birth");
    CHECK(session.undoStack()->undoText() == u"Decide conflict");
}

TEST_CASE("Possible duplicates are merged and un-merged in the GUI, and the list follows", "[ui][sync]")
{
    TwoFiles files;
    auto worker = files.worker();
    auto coordinator = files.coordinator();
    const QUuid atWorker = addClient(*worker, QStringLiteral("Žaneta"));
    Client other;
    other.givenName = QStringLiteral("cervenakova");
    other.familyName = QStringLiteral("ZANETA");
    const QUuid atCoordinator = ClientRepository(*coordinator).create(other).id;
    test::merge(*worker, *coordinator);

    coordinator.reset();
    MainWindow window;
    REQUIRE(window.openDatabase(files.coordinatorPath));
    CaseSession &session = *window.session();
    DuplicatesDialog &dialog = *window.syncMenu()->reviewDuplicates();
    REQUIRE(dialog.candidates()->topLevelItemCount() == 1);
    CHECK(dialog.candidates()->topLevelItem(0)->text(0).contains(QStringLiteral("year of birth unknown")));
    CHECK(dialog.merged()->topLevelItemCount() == 0);
    QTableView *list = window.clientView();
    CHECK(list->model()->rowCount() == 2);

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("keepFirst")), Qt::LeftButton);
    INFO(dialog.findChild<QLabel *>(QStringLiteral("duplicateError"))->text().toStdString());
    CHECK(dialog.candidates()->topLevelItemCount() == 0);
    REQUIRE(dialog.merged()->topLevelItemCount() == 1);
    CHECK(list->model()->rowCount() == 1);
    CHECK(session.undoStack()->undoText() == u"Merge duplicate records");
    const QSet<QUuid> both = {atWorker, atCoordinator};
    CHECK(both.contains(Duplicates(session.store()).merged().first().kept.id));

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("unmerge")), Qt::LeftButton);
    CHECK(dialog.merged()->topLevelItemCount() == 0);
    CHECK(dialog.candidates()->topLevelItemCount() == 1);
    CHECK(list->model()->rowCount() == 2);
    session.undoStack()->undo(); // undoes the un-merge
    CHECK(dialog.merged()->topLevelItemCount() == 1);
    CHECK(list->model()->rowCount() == 1);
}

TEST_CASE("After a merge the card shows the record kept, and a click or Enter on the highlighted row opens it",
          "[ui][sync]")
{
    TwoFiles files;
    auto coordinator = files.coordinator();
    const QUuid first = addClient(*coordinator, QStringLiteral("Žaneta"));
    Client other;
    other.givenName = QStringLiteral("zaneta");
    other.familyName = QStringLiteral("CERVENAKOVA");
    const QUuid second = ClientRepository(*coordinator).create(other).id;
    coordinator.reset();

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openDatabase(files.coordinatorPath));
    QTableView *list = window.clientView();
    const auto rowOf = [&](const QUuid &id) {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (list->model()->index(row, 0).data(ClientListModel::IdRole).toUuid() == id)
                return row;
        }
        return -1;
    };
    const auto clickRow = [&](const QUuid &id) {
        const QModelIndex index = list->model()->index(rowOf(id), 0);
        REQUIRE(index.isValid());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    };

    SECTION("the card showed nobody")
    {
        REQUIRE(window.card()->clientId().isNull());
    }
    SECTION("the card showed the record merged away")
    {
        clickRow(second);
        REQUIRE(window.card()->clientId() == second);
    }
    DuplicatesDialog &dialog = *window.syncMenu()->reviewDuplicates();
    REQUIRE(dialog.candidates()->topLevelItemCount() == 1);
    const bool secondIsFirst = Duplicates(*window.store()).candidates().first().first.id == second;
    QTest::mouseClick(dialog.findChild<QPushButton *>(secondIsFirst ? QStringLiteral("keepSecond")
                                                                    : QStringLiteral("keepFirst")),
                      Qt::LeftButton);
    REQUIRE(dialog.merged()->topLevelItemCount() == 1);
    dialog.close();

    CHECK(list->model()->rowCount() == 1);
    CHECK(window.clientList()->currentClient() == first);
    CHECK(window.card()->clientId() == first);
    CHECK(window.card()->isEnabled());
    CHECK_FALSE(window.card()->findChild<QLabel *>(QStringLiteral("clientHeader"))->text().contains(
        QStringLiteral("Choose a client")));

    // A card that shows nobody while the row stays highlighted: a click opens the row...
    window.card()->showClient(QUuid());
    REQUIRE(window.clientList()->currentClient() == first);
    clickRow(first);
    CHECK(window.card()->clientId() == first);

    // ...and so does Enter on it.
    window.card()->showClient(QUuid());
    list->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(window.card()->clientId() == first);

    // Un-merging and merging again by undo keep the card on a record that exists.
    clickRow(first);
    window.session()->undoStack()->undo(); // the merge
    CHECK(list->model()->rowCount() == 2);
    CHECK(window.card()->clientId() == first);
}

TEST_CASE("A pair marked as two different people leaves the list until restored, undoably", "[ui][sync]")
{
    TwoFiles files;
    auto coordinator = files.coordinator();
    addClient(*coordinator, QStringLiteral("Žaneta"));
    Client other;
    other.givenName = QStringLiteral("zaneta");
    other.familyName = QStringLiteral("ČERVENÁKOVÁ");
    ClientRepository(*coordinator).create(other);
    coordinator.reset();

    MainWindow window;
    REQUIRE(window.openDatabase(files.coordinatorPath));
    CaseSession &session = *window.session();
    DuplicatesDialog &dialog = *window.syncMenu()->reviewDuplicates();
    REQUIRE(dialog.candidates()->topLevelItemCount() == 1);
    auto *notSame = dialog.findChild<QPushButton *>(QStringLiteral("notSamePerson"));
    REQUIRE(notSame->isEnabled());

    QTest::mouseClick(notSame, Qt::LeftButton);
    CHECK(dialog.candidates()->topLevelItemCount() == 0);
    CHECK_FALSE(notSame->isEnabled());
    REQUIRE(dialog.dismissed()->topLevelItemCount() == 1);
    CHECK(session.undoStack()->undoText() == u"Mark as different people");
    CHECK(window.clientView()->model()->rowCount() == 2); // both records stay clients

    session.undoStack()->undo();
    CHECK(dialog.candidates()->topLevelItemCount() == 1);
    CHECK(dialog.dismissed()->topLevelItemCount() == 0);
    session.undoStack()->redo();
    CHECK(dialog.candidates()->topLevelItemCount() == 0);
    // Kept in the file: a new look at the list does not propose the pair again.
    CHECK(Duplicates(session.store()).candidates().isEmpty());

    dialog.findChild<QTabWidget *>()->setCurrentIndex(1);
    auto *restore = dialog.findChild<QPushButton *>(QStringLiteral("restoreDismissed"));
    REQUIRE(restore->isVisible());
    QTest::mouseClick(restore, Qt::LeftButton);
    CHECK(dialog.candidates()->topLevelItemCount() == 1);
    CHECK(dialog.dismissed()->topLevelItemCount() == 0);
    CHECK(session.undoStack()->undoText() == u"Restore a possible duplicate");
}

namespace {
// A command whose undo and redo throw what it is given, as a failing store would.
class ThrowingCommand : public SessionCommand
{
public:
    ThrowingCommand(CaseSession &session, std::function<void()> fail)
        : SessionCommand(session, QStringLiteral("Throwing"), QUuid())
        , m_fail(std::move(fail))
    {
    }

protected:
    void revert() override { m_fail(); }
    void reapply() override { m_fail(); }

private:
    std::function<void()> m_fail;
};
} // namespace

TEST_CASE("An undo that cannot be stored is reported via the session, and nothing crashes", "[ui][sync]")
{
    TwoFiles files;
    auto coordinator = files.coordinator();
    addClient(*coordinator, QStringLiteral("Žaneta"));
    Client other;
    other.givenName = QStringLiteral("zaneta");
    other.familyName = QStringLiteral("ČERVENÁKOVÁ");
    const QUuid duplicate = ClientRepository(*coordinator).create(other).id;
    coordinator.reset();

    MainWindow window;
    QStringList shown;
    window.setErrorHandler([&](const QString &message) { shown.append(message); });
    REQUIRE(window.openDatabase(files.coordinatorPath));
    CaseSession &session = *window.session();
    QSignalSpy failed(&session, &CaseSession::failed);
    DuplicatesDialog &dialog = *window.syncMenu()->reviewDuplicates();
    REQUIRE(dialog.notSamePerson());
    REQUIRE(dialog.dismissed()->topLevelItemCount() == 1);
    Database &db = session.store().database();

    SECTION("the file became read-only")
    {
        db.prepare(QStringLiteral("PRAGMA query_only = ON")).exec();
        CHECK_NOTHROW(session.undoStack()->undo());
        REQUIRE(failed.count() == 1);
        CHECK_FALSE(failed.at(0).at(0).toString().isEmpty());
        CHECK(shown == QStringList{failed.at(0).at(0).toString()});
        // The dialog shows what is stored: still marked as different people.
        CHECK(dialog.dismissed()->topLevelItemCount() == 1);
        db.prepare(QStringLiteral("PRAGMA query_only = OFF")).exec();
        CHECK_NOTHROW(session.undoStack()->redo());
        CHECK(failed.count() == 1);
    }
    SECTION("a record of the pair was removed meanwhile")
    {
        dialog.findChild<QTabWidget *>()->setCurrentIndex(1);
        REQUIRE(dialog.restoreDismissed());
        db.prepare(QStringLiteral("DELETE FROM client WHERE id = ?")).bindAll({duplicate.toRfc4122()}).exec();
        CHECK_NOTHROW(session.undoStack()->undo()); // marking them different again needs both records
        REQUIRE(failed.count() == 1);
        CHECK(failed.at(0).at(0).toString() == u"The client does not exist (it may have been deleted).");
    }
    SECTION("any other exception")
    {
        session.undoStack()->push(new ThrowingCommand(session, [] { throw std::bad_alloc(); }));
        CHECK_NOTHROW(session.undoStack()->undo());
        REQUIRE(failed.count() == 1);
        CHECK(failed.at(0).at(0).toString().startsWith(QStringLiteral("An unexpected error stopped this action")));
        CHECK_NOTHROW(session.undoStack()->redo());
        CHECK(failed.count() == 2);
    }
}

TEST_CASE("A laptop joins the region in the GUI with the coordinator's enrolment bundle", "[ui][sync]")
{
    TwoFiles files;
    auto coordinator = files.coordinator();
    DirectoryRepository directory(*coordinator);
    const QUuid region = directory.addRegion(Region{QUuid(), QStringLiteral("Karlovarský kraj")}).id;
    const QUuid provider = directory.addProvider({QUuid(), region, QStringLiteral("Člověk v tísni"), {}, {}}).id;
    const QUuid jana = directory.addWorker({QUuid(), provider, QStringLiteral("Jana Dvořáková"), QUuid(), QStringLiteral("field"), {}, {}}).id;
    Client vera;
    vera.givenName = QStringLiteral("Věra");
    vera.familyName = QStringLiteral("Balážová");
    vera.workerId = jana;
    ClientRepository(*coordinator).create(vera);
    BundleLock lock;
    lock.passphrase = QByteArrayLiteral("heslo pro Janu");
    lock.fastKdfForTests = true;
    const QString bundle = files.dir.filePath(QStringLiteral("jana.teren"));
    Enrolment(*coordinator).issue(bundle, jana, lock);
    files.worker().reset(); // the laptop's new, empty file

    MainWindow window;
    REQUIRE(window.openDatabase(files.workerPath));
    CHECK(window.clientView()->model()->rowCount() == 0);
    JoinRegionDialog *dialog = window.syncMenu()->joinRegion();
    REQUIRE(dialog);
    CHECK_FALSE(dialog->join());
    CHECK(dialog->status()->text() == u"Choose the enrolment bundle from your coordinator.");
    dialog->setBundle(bundle);
    dialog->setPassphrase(QStringLiteral("spatne heslo"));
    CHECK_FALSE(dialog->join());
    CHECK(dialog->status()->text().contains(QStringLiteral("passphrase")));
    dialog->setPassphrase(QStringLiteral("heslo pro Janu"));
    REQUIRE(dialog->join());
    CHECK(dialog->status()->text().startsWith(QStringLiteral("Joined the region \"Karlovarský kraj\" as Jana Dvořáková")));
    CHECK(window.clientView()->model()->rowCount() == 1);
    CHECK(window.store()->currentWorker() == jana);

    // Exporting for the coordinator needs no identity file now: its key came with
    // the enrolment, and it is what the dialog offers first.
    ExportBundleDialog *exportDialog = window.syncMenu()->exportBundle();
    REQUIRE(exportDialog);
    auto *known = exportDialog->findChild<QRadioButton *>(QStringLiteral("knownRecipient"));
    REQUIRE(known);
    CHECK(known->isVisibleTo(exportDialog));
    CHECK(known->isChecked());
    CHECK(known->text().contains(QStringLiteral("Kraj")));
    const QString out = files.dir.filePath(QStringLiteral("for-the-coordinator.teren"));
    exportDialog->setOutput(out);
    QPushButton *exportButton = nullptr;
    for (QAbstractButton *button : exportDialog->findChild<QDialogButtonBox *>()->buttons()) {
        if (button->text() == u"&Export")
            exportButton = qobject_cast<QPushButton *>(button);
    }
    REQUIRE(exportButton);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    exportDialog->waitForFinished();
    CHECK(exportDialog->status()->text().startsWith(QStringLiteral("Bundle 1 saved to")));
    ImportOptions options;
    options.key.secretKey = Keyring(*coordinator).keys().secretKey;
    const ImportReport report = Importer(*coordinator).importFrom(out, options);
    INFO(report.reason.toStdString());
    CHECK_FALSE(report.refused);
    CHECK(report.senderWorker == u"Jana Dvořáková");
}

TEST_CASE("The coordinator enrols a worker's laptop in the GUI: the laptop joins with that file", "[ui][sync]")
{
    TwoFiles files;
    auto coordinator = files.coordinator();
    DirectoryRepository directory(*coordinator);
    const QUuid region = directory.addRegion(Region{QUuid(), QStringLiteral("Karlovarský kraj")}).id;
    const QUuid provider = directory.addProvider({QUuid(), region, QStringLiteral("Člověk v tísni"), {}, {}}).id;
    directory.addWorker({QUuid(), provider, QStringLiteral("Alena Horáková"), QUuid(), QStringLiteral("field"), {}, {}});
    const QUuid jana = directory.addWorker({QUuid(), provider, QStringLiteral("Jana Dvořáková"), QUuid(), QStringLiteral("field"), {}, {}}).id;
    Client vera;
    vera.givenName = QStringLiteral("Věra");
    vera.workerId = jana;
    ClientRepository(*coordinator).create(vera);
    coordinator.reset();
    // The laptop's new, empty installation and its identity file.
    const QString identity = files.dir.filePath(QStringLiteral("jana-laptop.id"));
    {
        auto laptop = files.worker();
        QFile file(identity);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(Keyring(*laptop).identity().toText());
    }

    MainWindow window;
    REQUIRE(window.openDatabase(files.coordinatorPath));
    EnrolWorkerDialog *dialog = window.syncMenu()->enrolWorker();
    REQUIRE(dialog);
    CHECK(dialog->workers()->count() == 2);
    REQUIRE(dialog->setWorker(jana));
    const QString bundle = files.dir.filePath(QStringLiteral("jana.teren"));

    // Refused before anything is written: no file yet, then passphrases that differ.
    dialog->start();
    CHECK(dialog->status()->text() == u"Choose where to save the enrolment.");
    dialog->setOutput(bundle);
    dialog->lock()->setPassphrase(QStringLiteral("heslo pro Janu"), QStringLiteral("heslo pro Jan"));
    dialog->start();
    CHECK(dialog->status()->text() == u"The two passphrases differ.");
    dialog->lock()->setRecipientIdentity(files.dir.filePath(QStringLiteral("missing.id")));
    dialog->start();
    CHECK(dialog->status()->text().contains(QStringLiteral("missing.id")));
    CHECK_FALSE(QFile::exists(bundle));

    dialog->lock()->setRecipientIdentity(identity);
    dialog->start();
    dialog->waitForFinished();
    INFO(dialog->status()->text().toStdString());
    CHECK(dialog->status()->text().startsWith(QStringLiteral("Enrolment for Jana Dvořáková saved to")));
    REQUIRE(QFile::exists(bundle));

    auto laptop = files.worker();
    BundleKey key;
    key.secretKey = Keyring(*laptop).keys().secretKey;
    const Enrolment::Accepted accepted = Enrolment(*laptop).accept(bundle, key);
    CHECK(accepted.worker == jana);
    CHECK(laptop->database().scalar(QStringLiteral("SELECT count(*) FROM client WHERE deleted = 0")).toInt() == 1);
}

TEST_CASE("Enrolling in a file without workers says so and writes nothing", "[ui][sync]")
{
    TwoFiles files;
    files.coordinator().reset();
    MainWindow window;
    REQUIRE(window.openDatabase(files.coordinatorPath));
    EnrolWorkerDialog *dialog = window.syncMenu()->enrolWorker();
    REQUIRE(dialog);
    CHECK(dialog->workers()->count() == 0);
    CHECK_FALSE(dialog->setWorker(QUuid::createUuid()));
    const QString bundle = files.dir.filePath(QStringLiteral("nobody.teren"));
    dialog->setOutput(bundle);
    dialog->start();
    CHECK(dialog->status()->text() == u"Choose the worker to enrol.");
    CHECK_FALSE(QFile::exists(bundle));
}

TEST_CASE("A lost laptop is revoked in the GUI after a confirmation", "[ui][sync]")
{
    TwoFiles files;
    {
        auto worker = files.worker();
        auto coordinator = files.coordinator();
        Peers(*coordinator).trust(worker->replicaId(), Keyring(*worker).publicKey(), QStringLiteral("Cheb"));
    }
    MainWindow window;
    REQUIRE(window.openDatabase(files.coordinatorPath));
    InstallationsDialog *dialog = window.syncMenu()->installations();
    REQUIRE(dialog);
    REQUIRE(dialog->list()->topLevelItemCount() == 1);
    CHECK(dialog->list()->topLevelItem(0)->text(0) == u"Cheb");
    CHECK(dialog->list()->topLevelItem(0)->text(2).startsWith(QStringLiteral("trusted since")));
    auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revoke"));
    REQUIRE(revoke->isEnabled());

    QString asked;
    dialog->setConfirm([&](const QString &question) {
        asked = question;
        return false;
    });
    QTest::mouseClick(revoke, Qt::LeftButton);
    CHECK(asked.contains(QStringLiteral("\"Cheb\"")));
    CHECK_FALSE(Peers(*window.store()).list().first().revokedOn.isValid()); // cancelled

    dialog->setConfirm([](const QString &) { return true; });
    QTest::mouseClick(revoke, Qt::LeftButton);
    CHECK(Peers(*window.store()).list().first().revokedOn.isValid());
    CHECK(dialog->list()->topLevelItem(0)->text(2).startsWith(QStringLiteral("revoked on")));
    CHECK_FALSE(revoke->isEnabled());
}

TEST_CASE("The Installations dialog shows the Terén each installation last sent", "[ui][sync]")
{
    TwoFiles files;
    const QUuid cheb = QUuid::fromString(u"{0193a1b2-0000-7000-8000-0000000000a1}");
    const QUuid sokolov = QUuid::fromString(u"{0193a1b2-0000-7000-8000-0000000000a2}");
    const QUuid ostrov = QUuid::fromString(u"{0193a1b2-0000-7000-8000-0000000000a3}");
    {
        auto coordinator = files.coordinator();
        Peers peers(*coordinator);
        peers.trust(cheb, ReplicaKeys::generate().publicKey, QStringLiteral("Cheb"));
        peers.trust(sokolov, ReplicaKeys::generate().publicKey, QStringLiteral("Sokolov"));
        peers.trust(ostrov, ReplicaKeys::generate().publicKey, QStringLiteral("Ostrov"));
        peers.noteVersion(cheb, appVersion());
        peers.noteVersion(sokolov, QString()); // a bundle of a Terén that did not say
    }
    MainWindow window;
    REQUIRE(window.openDatabase(files.coordinatorPath));
    InstallationsDialog *dialog = window.syncMenu()->installations();
    REQUIRE(dialog);
    CHECK(dialog->list()->headerItem()->text(3) == u"Version");
    QMap<QString, QString> versions;
    for (int row = 0; row < dialog->list()->topLevelItemCount(); ++row)
        versions.insert(dialog->list()->topLevelItem(row)->text(0), dialog->list()->topLevelItem(row)->text(3));
    CHECK(versions
          == QMap<QString, QString>{{QStringLiteral("Cheb"), QStringLiteral("Terén %1").arg(appVersion())},
                                    {QStringLiteral("Ostrov"), QStringLiteral("no bundle yet")},
                                    {QStringLiteral("Sokolov"), QStringLiteral("Terén before 0.9.0")}});
    dialog->close();
}

TEST_CASE("A goal's text written anew cannot be empty: the conflict stays open", "[ui][sync]")
{
    TwoFiles files;
    auto worker = files.worker();
    auto coordinator = files.coordinator();
    const QUuid zaneta = addClient(*worker, QStringLiteral("Žaneta"));
    Need need;
    need.clientId = zaneta;
    need.area = QStringLiteral("debts");
    need.identifiedOn = QDate(2026, 10, 1);
    need = NeedRepository(*worker).create(need);
    Goal goal;
    goal.needId = need.id;
    goal.text = QStringLiteral("Splátkový kalendář");
    goal = PlanRepository(*worker).createGoal(goal);
    test::merge(*worker, *coordinator);
    files.workerClock.advance(60'000);
    goal.text = QStringLiteral("Splátkový kalendář u exekutora");
    PlanRepository(*worker).updateGoal(goal);
    files.coordinatorClock.advance(90'000);
    goal.text = QStringLiteral("Oddlužení");
    PlanRepository(*coordinator).updateGoal(goal);
    test::merge(*worker, *coordinator);

    CaseSession session(std::move(coordinator));
    ConflictReviewDialog dialog(session);
    REQUIRE(dialog.list()->topLevelItemCount() == 1);
    const QString before = test::replicatedState(session.store().database());
    dialog.editor()->clear();
    CHECK_FALSE(dialog.writeEdited());
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("decisionError"))->text() == u"This text cannot be empty.");
    CHECK(dialog.list()->topLevelItemCount() == 1);
    CHECK(test::replicatedState(session.store().database()) == before);
}

// Renders the sync screenshots of the README; hidden from CTest, see test_screenshots.cpp.
TEST_CASE("Documentation screenshots of conflict review and import", "[.docs]")
{
    const QString outDir = qEnvironmentVariable("TEREN_SCREENSHOT_DIR", QStringLiteral("/tmp/teren-screenshots"));
    TwoFiles files;
    auto worker = files.worker();
    auto coordinator = files.coordinator();
    const QUuid zaneta = addClient(*worker, QStringLiteral("Žaneta"));
    Need need;
    need.clientId = zaneta;
    need.area = QStringLiteral("housing");
    need.identifiedOn = QDate(2026, 10, 1);
    need = NeedRepository(*worker).create(need);
    test::merge(*worker, *coordinator);
    files.workerClock.advance(3'600'000);
    Client atWorker = *ClientRepository(*worker).find(zaneta);
    atWorker.phone = QStringLiteral("777 111 222");
    atWorker.notes = QStringLiteral("Od prosince bydlí u sestry v Sokolově.");
    ClientRepository(*worker).update(atWorker);
    NeedRepository(*worker).remove(need.id);
    files.coordinatorClock.advance(5'400'000);
    Client atCoordinator = *ClientRepository(*coordinator).find(zaneta);
    atCoordinator.phone = QStringLiteral("606 333 444");
    atCoordinator.notes = QStringLiteral("Zůstává v Chodově, hledá byt.");
    ClientRepository(*coordinator).update(atCoordinator);
    Need edited = *NeedRepository(*coordinator).find(need.id);
    edited.intensity = 3;
    NeedRepository(*coordinator).update(edited);
    test::merge(*worker, *coordinator);
    Peers(*coordinator).trust(worker->replicaId(), Keyring(*worker).publicKey(), QStringLiteral("Cheb – notebook 2"));

    CaseSession session(std::move(coordinator));
    ConflictReviewDialog dialog(session);
    dialog.resize(1100, 420);
    dialog.show();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("cs")}) {
        Translations::install(language);
        QCoreApplication::processEvents();
        dialog.reload();
        QCoreApplication::processEvents();
        CHECK(dialog.grab().save(QStringLiteral("%1/conflicts_%2.png").arg(outDir, language)));
    }
    Translations::install(QStringLiteral("en"));
}

TEST_CASE("Documentation screenshots of the import and export dialogs", "[.docs]")
{
    const QString outDir = qEnvironmentVariable("TEREN_SCREENSHOT_DIR", QStringLiteral("/tmp/teren-screenshots"));
    TwoFiles files;
    const QString bundle = workerBundle(files);
    const QString garbage = files.dir.filePath(QStringLiteral("sokolov-3.teren"));
    test::writeFile(garbage, QByteArray(3000, 'g'));
    files.coordinator().reset();
    MainWindow window;
    REQUIRE(window.openDatabase(files.coordinatorPath));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("cs")}) {
        Translations::install(language);
        QCoreApplication::processEvents();
        ImportBundlesDialog *import = window.syncMenu()->importBundles();
        import->setFiles({bundle, garbage});
        import->setPassphrase(QStringLiteral("heslo pro kraj"));
        import->setAcceptNewSenders(true);
        import->start();
        import->waitForFinished();
        CHECK(import->grab().save(QStringLiteral("%1/import_%2.png").arg(outDir, language)));
        import->close();
        ExportBundleDialog *exporter = window.syncMenu()->exportBundle();
        exporter->setOutput(files.dir.filePath(QStringLiteral("kraj-1.teren")));
        exporter->setRecipientIdentity(files.dir.filePath(QStringLiteral("cheb.id")));
        QCoreApplication::processEvents();
        CHECK(exporter->grab().save(QStringLiteral("%1/export_%2.png").arg(outDir, language)));
        exporter->close();
    }
    Translations::install(QStringLiteral("en"));
}

TEST_CASE("Documentation screenshots of the duplicates and join dialogs", "[.docs]")
{
    const QString outDir = qEnvironmentVariable("TEREN_SCREENSHOT_DIR", QStringLiteral("/tmp/teren-screenshots"));
    TwoFiles files;
    {
        auto worker = files.worker();
        auto coordinator = files.coordinator();
        addClient(*worker, QStringLiteral("Žaneta"));
        Client other;
        other.givenName = QStringLiteral("Cervenakova");
        other.familyName = QStringLiteral("ZANETA");
        ClientRepository(*coordinator).create(other);
        addClient(*coordinator, QStringLiteral("Dana"));
        addClient(*worker, QStringLiteral("Dana"));
        test::merge(*worker, *coordinator);
    }
    MainWindow window;
    REQUIRE(window.openDatabase(files.coordinatorPath));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("cs")}) {
        Translations::install(language);
        QCoreApplication::processEvents();
        DuplicatesDialog *duplicates = window.syncMenu()->reviewDuplicates();
        duplicates->keepFirst(); // one pair merged, one still to decide
        QCoreApplication::processEvents();
        CHECK(duplicates->grab().save(QStringLiteral("%1/duplicates_%2.png").arg(outDir, language)));
        duplicates->unmerge();
        duplicates->close();
        JoinRegionDialog *join = window.syncMenu()->joinRegion();
        join->setBundle(QStringLiteral("/media/usb/jana-dvorakova.teren"));
        join->setPassphrase(QStringLiteral("heslo"));
        QCoreApplication::processEvents();
        CHECK(join->grab().save(QStringLiteral("%1/join_%2.png").arg(outDir, language)));
        join->close();
    }
    Translations::install(QStringLiteral("en"));
}

TEST_CASE("Documentation screenshots of enrolling a laptop and of the installations", "[.docs]")
{
    const QString outDir = qEnvironmentVariable("TEREN_SCREENSHOT_DIR", QStringLiteral("/tmp/teren-screenshots"));
    TwoFiles files;
    {
        auto worker = files.worker();
        auto coordinator = files.coordinator();
        DirectoryRepository directory(*coordinator);
        const QUuid region = directory.addRegion(Region{QUuid(), QStringLiteral("Karlovarský kraj")}).id;
        const QUuid provider = directory.addProvider({QUuid(), region, QStringLiteral("Člověk v tísni"), {}, {}}).id;
        directory.addWorker({QUuid(), provider, QStringLiteral("Jana Dvořáková"), QUuid(), QStringLiteral("field"), {}, {}});
        directory.addWorker({QUuid(), provider, QStringLiteral("Tomáš Růžička"), QUuid(), QStringLiteral("field"), {}, {}});
        Peers(*coordinator).trust(worker->replicaId(), Keyring(*worker).publicKey(), QStringLiteral("Notebook Cheb"));
        Peers(*coordinator).noteVersion(worker->replicaId(), appVersion());
        Peers(*coordinator).trust(QUuid::createUuid(), Keyring(*worker).publicKey(), QStringLiteral("Notebook Sokolov"));
        Peers peers(*coordinator);
        peers.revoke(peers.find(QStringLiteral("Notebook Sokolov")));
    }
    MainWindow window;
    REQUIRE(window.openDatabase(files.coordinatorPath));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("cs")}) {
        Translations::install(language);
        QCoreApplication::processEvents();
        EnrolWorkerDialog *enrol = window.syncMenu()->enrolWorker();
        enrol->setOutput(QStringLiteral("/media/usb/jana-dvorakova.teren"));
        enrol->lock()->setPassphrase(QStringLiteral("heslo pro Janu"), QStringLiteral("heslo pro Janu"));
        QCoreApplication::processEvents();
        CHECK(enrol->grab().save(QStringLiteral("%1/enrol_%2.png").arg(outDir, language)));
        enrol->close();
        InstallationsDialog *installations = window.syncMenu()->installations();
        QCoreApplication::processEvents();
        CHECK(installations->grab().save(QStringLiteral("%1/installations_%2.png").arg(outDir, language)));
        installations->close();
    }
    Translations::install(QStringLiteral("en"));
}
