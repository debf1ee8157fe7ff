// An encrypted file in the window: its passphrase when it is opened or created, the
// lock (by hand and when idle) and what it leaves on screen, the bar over a plain
// file and encrypting it, and changing the passphrase.
#include <catch2/catch.hpp>

#include "BackgroundJob.h"
#include "CaseSession.h"
#include "ClientListModel.h"
#include "ClientListPanel.h"
#include "MainWindow.h"
#include "NewClientDialog.h"
#include "PassphraseAnswers.h"
#include "TestSupport.h"
#include "card/ClientCard.h"
#include "card/ContactsTab.h"
#include "card/ProfileTab.h"
#include "lock/ChangePassphraseDialog.h"
#include "lock/IdleWatch.h"
#include "lock/LockScreen.h"
#include "lock/NewPassphraseFields.h"
#include "lock/PlainFileBar.h"
#include "report/ReportMenu.h"
#include "report/ReportWindow.h"
#include "storage/EncryptedVfs.h"
#include "storage/FileEncryption.h"
#include "store/Repositories.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSemaphore>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUndoStack>

#include <algorithm>

using namespace teren;

namespace {

const QString passphrase = QStringLiteral("modrý hrnek na parapetu v kuchyni");
constexpr qint64 minute = 60'000; // in the clock's milliseconds

// Jana's caseload: Žofie Šťastná-Kubíková and Ota Balog, in a file encrypted under
// `passphrase` (or plain), closed.
struct Caseload
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("jana.sqlite"));
    QUuid zofie;
    QUuid ota;

    explicit Caseload(bool plain = false)
    {
        StoreOptions options;
        if (plain)
            options.plain = true;
        else
            options.passphrase = passphrase;
        auto store = Store::create(path, options);
        ClientRepository clients(*store);
        Client client;
        client.givenName = QStringLiteral("Žofie");
        client.familyName = QStringLiteral("Šťastná-Kubíková");
        client.notes = QStringLiteral("bydlí u sestry");
        zofie = clients.create(client).id;
        client.givenName = QStringLiteral("Ota");
        client.familyName = QStringLiteral("Balog");
        client.notes.clear();
        ota = clients.create(client).id;
    }
};

// The window on the file, shown and active, opened with its passphrase typed into
// the prompt; the messages it would show are kept.
struct Window
{
    MainWindow window;
    QStringList errors;

    explicit Window(const QString &path)
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        window.setErrorHandler([this](const QString &message) { errors.append(message); });
        window.setPassphrasePromptHandler(
            [](PassphrasePrompt &prompt) { return test::typePassphrase(prompt, passphrase); });
        window.setIdleLockMinutes(10);
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openDatabase(path));
    }
    ~Window()
    {
        // A test's fake clock may be gone already: back to the system's before anything
        // reads it again.
        window.setIdleClock(nullptr);
        window.setIdleLockMinutes(10);
    }

    void show(const QUuid &client)
    {
        window.clientList()->selectClient(client);
        window.card()->showClient(client);
    }
    QLineEdit *phone() const
    {
        return window.card()->profileTab()->findChild<QLineEdit *>(QStringLiteral("phone"));
    }
    QPlainTextEdit *contactNote() const
    {
        return window.card()->contactsTab()->findChild<QPlainTextEdit *>(QStringLiteral("contactNote"));
    }
};

void appendModel(QStringList &texts, const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    if (!model)
        return;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            texts.append(index.data(Qt::DisplayRole).toString());
            texts.append(index.data(Qt::ToolTipRole).toString());
        }
        appendModel(texts, model, model->index(row, 0, parent));
    }
}

// Every text a visible widget shows: labels, fields, buttons, tabs, combo boxes, the
// rows of item views, window titles and tooltips.
QStringList visibleTexts()
{
    QStringList texts;
    for (QWidget *widget : QApplication::allWidgets()) {
        if (!widget->isVisible())
            continue;
        if (widget->isWindow())
            texts.append(widget->windowTitle());
        texts.append(widget->toolTip());
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts.append(label->text());
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            texts.append(line->text());
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            texts.append(plain->toPlainText());
        else if (auto *rich = qobject_cast<QTextEdit *>(widget))
            texts.append(rich->toPlainText());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.append(button->text());
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            appendModel(texts, combo->model());
        else if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            appendModel(texts, view->model());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int tab = 0; tab < tabs->count(); ++tab)
                texts.append(tabs->tabText(tab));
        }
    }
    return texts;
}

bool namesZofie(const QStringList &texts)
{
    return std::any_of(texts.cbegin(), texts.cend(), [](const QString &text) {
        return text.contains(u"Žofie") || text.contains(u"Šťastná");
    });
}

} // namespace

TEST_CASE("An encrypted file is opened with its passphrase: a wrong one is said in the prompt, Cancel opens nothing",
          "[ui][lock]")
{
    Caseload data;
    MainWindow window;
    QStringList errors;
    window.setErrorHandler([&](const QString &message) { errors.append(message); });

    SECTION("a wrong passphrase, then the right one")
    {
        int asked = 0;
        window.setPassphrasePromptHandler([&](PassphrasePrompt &prompt) {
            ++asked;
            prompt.show();
            CHECK(prompt.findChild<QLabel *>(QStringLiteral("intro"))->text().contains(u"jana.sqlite"));
            CHECK_FALSE(prompt.offersRecoveryKey());
            CHECK_FALSE(prompt.switchButton()->isVisible());
            CHECK(prompt.passphraseEdit()->echoMode() == QLineEdit::Password);
            test::typeText(prompt.passphraseEdit(), QStringLiteral("červený hrnek na parapetu"));
            QTest::keyClick(prompt.passphraseEdit(), Qt::Key_Return);
            CHECK(prompt.isVisible());
            CHECK(prompt.errorText().startsWith(u"Wrong passphrase"));
            CHECK(prompt.passphraseEdit()->text().isEmpty());
            return test::typePassphrase(prompt, passphrase);
        });
        REQUIRE(window.openDatabase(data.path));
        CHECK(asked == 1);
        REQUIRE(window.store());
        CHECK(window.store()->isEncrypted());
        CHECK(window.clientList()->model()->totalCount() == 2);
        CHECK(errors.isEmpty());
    }
    SECTION("Cancel")
    {
        window.setPassphrasePromptHandler([](PassphrasePrompt &prompt) {
            prompt.show();
            QTest::mouseClick(prompt.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                              Qt::LeftButton);
            return prompt.result() == QDialog::Accepted;
        });
        CHECK_FALSE(window.openDatabase(data.path));
        CHECK(window.store() == nullptr);
        CHECK(errors.isEmpty()); // cancelling is no error
        CHECK_FALSE(EncryptedVfs::isUnlocked(data.path));
    }
    SECTION("a plain file opens without asking")
    {
        Caseload plain(true);
        window.setPassphrasePromptHandler([](PassphrasePrompt &) {
            FAIL("asked for the passphrase of a plain file");
            return false;
        });
        REQUIRE(window.openDatabase(plain.path));
        CHECK_FALSE(window.store()->isEncrypted());
    }
}

TEST_CASE("The recovery key opens a file whose passphrase is lost, and a new passphrase is set at once", "[ui][lock]")
{
    Caseload data;
    QString recoveryKey;
    {
        StoreOptions options;
        options.passphrase = passphrase;
        recoveryKey = Store::open(data.path, options)->createRecoveryKey();
    }
    const QString renewed = QStringLiteral("nový klíč od sklepa u babičky");
    MainWindow window;
    window.setPassphrasePromptHandler([&](PassphrasePrompt &prompt) {
        prompt.show();
        REQUIRE(prompt.offersRecoveryKey());
        REQUIRE(prompt.switchButton()->isVisible());
        CHECK(prompt.switchButton()->text() == u"Use the recovery key instead");
        QTest::mouseClick(prompt.switchButton(), Qt::LeftButton);
        CHECK(prompt.isUsingRecoveryKey());
        CHECK(prompt.recoveryKeyEdit()->isVisible());
        CHECK_FALSE(prompt.passphraseEdit()->isVisible());
        // A mistyped key is refused in the prompt too.
        test::typeText(prompt.recoveryKeyEdit(), QStringLiteral("ABCD-EFGH"));
        QTest::mouseClick(prompt.okButton(), Qt::LeftButton);
        CHECK(prompt.errorText().contains(u"recovery key does not open"));
        test::typeText(prompt.recoveryKeyEdit(), recoveryKey.toLower());
        QTest::mouseClick(prompt.okButton(), Qt::LeftButton);
        return prompt.result() == QDialog::Accepted;
    });
    int askedNew = 0;
    window.setNewPassphraseHandler([&](NewPassphraseDialog &dialog) {
        ++askedNew;
        CHECK(dialog.purpose() == NewPassphraseDialog::Purpose::AfterRecovery);
        return test::typeNewPassphrase(dialog, renewed);
    });
    REQUIRE(window.openDatabase(data.path));
    CHECK(askedNew == 1);
    CHECK(window.clientList()->model()->totalCount() == 2);

    // The lost passphrase no longer opens it; the new one does.
    REQUIRE(window.lock());
    CHECK_FALSE(window.unlock(passphrase));
    CHECK(window.lockScreen()->errorText().startsWith(u"Wrong passphrase"));
    CHECK(window.unlock(renewed));
    CHECK(window.clientList()->model()->totalCount() == 2);
}

TEST_CASE("A new file asks for its passphrase twice: a weak one and two that differ are refused beside the fields",
          "[ui][lock]")
{
    QTemporaryDir dir;
    MainWindow window;
    const QString path = dir.filePath(QStringLiteral("nova.sqlite"));

    SECTION("refused, then encrypted under the one typed twice")
    {
        window.setNewPassphraseHandler([](NewPassphraseDialog &dialog) {
            dialog.show();
            CHECK(dialog.purpose() == NewPassphraseDialog::Purpose::NewFile);
            CHECK(dialog.introText().contains(u"nova.sqlite"));
            NewPassphraseFields *fields = dialog.fields();
            CHECK(fields->passphraseEdit()->echoMode() == QLineEdit::Password);
            CHECK(fields->repeatEdit()->echoMode() == QLineEdit::Password);
            // Said while typed, beside the field.
            test::typeText(fields->passphraseEdit(), QStringLiteral("kocicka"));
            CHECK(fields->problemText().contains(u"at least 10 characters"));
            test::typeText(fields->passphraseEdit(), QStringLiteral("123"));
            CHECK(fields->problemText().contains(u"choose most often"));
            test::typeText(fields->repeatEdit(), QStringLiteral("kocicka123"));
            QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
            CHECK(dialog.isVisible());
            CHECK(dialog.focusWidget() == fields->passphraseEdit());
            // A good one, then typed differently the second time.
            fields->passphraseEdit()->clear();
            fields->repeatEdit()->clear();
            test::typeText(fields->passphraseEdit(), passphrase);
            CHECK(fields->problemText().isEmpty());
            test::typeText(fields->repeatEdit(), QStringLiteral("modrý hrnek na parapetu v kuchyňce"));
            CHECK(fields->mismatchText().contains(u"differ"));
            QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
            CHECK(dialog.isVisible());
            CHECK(dialog.focusWidget() == fields->repeatEdit());
            fields->repeatEdit()->clear();
            test::typeText(fields->repeatEdit(), passphrase);
            CHECK(fields->mismatchText().isEmpty());
            QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
            return dialog.result() == QDialog::Accepted;
        });
        REQUIRE(window.createDatabase(path));
        REQUIRE(window.store());
        CHECK(window.store()->isEncrypted());
        window.lock();
        CHECK(Store::isEncrypted(path));
        StoreOptions options;
        options.passphrase = passphrase;
        CHECK(Store::open(path, options)->isEncrypted());
    }
    SECTION("Cancel creates nothing")
    {
        window.setNewPassphraseHandler([](NewPassphraseDialog &dialog) {
            dialog.reject();
            return false;
        });
        CHECK_FALSE(window.createDatabase(path));
        CHECK_FALSE(QFile::exists(path));
        CHECK(window.store() == nullptr);
    }
}

TEST_CASE("Ctrl+L locks: nothing on screen names a client, the file is closed, and unlocking brings back the client, "
          "the tab and what was typed",
          "[ui][lock]")
{
    Caseload data;
    Window w(data.path);
    MainWindow &window = w.window;
    w.show(data.zofie);
    test::typeText(w.phone(), QStringLiteral("777 123 456"));
    ContactsTab *contacts = window.card()->contactsTab();
    window.card()->tabs()->setCurrentWidget(contacts);
    test::typeText(w.contactNote(), QStringLiteral("Volala kvůli bytu"));
    window.statusBar()->showMessage(QStringLiteral("Žofie Šťastná-Kubíková: uloženo"));
    // The report window, beside the main one.
    QPointer<ReportWindow> report = window.reportMenu()->openReport();
    REQUIRE(report);
    // Locking waits for work in progress (the report's, the first backup's).
    REQUIRE(report->waitForReport());
    while (RunningJobs::instance().count() > 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    window.activateWindow();
    QApplication::setActiveWindow(&window); // the report window had come up in front
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(namesZofie(visibleTexts())); // the walk finds her while the file is open

    window.clientView()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
    REQUIRE(window.isLocked());
    CHECK(window.store() == nullptr);
    CHECK(window.session() == nullptr);
    CHECK_FALSE(EncryptedVfs::isUnlocked(data.path));
    CHECK(report.isNull());
    CHECK(window.lockScreen()->isVisible());
    CHECK(window.clientList()->model()->totalCount() == 0);
    CHECK(window.clientList()->model()->rowCount() == 0);
    const QStringList shown = visibleTexts();
    INFO(shown.join(QStringLiteral(" | ")).toStdString());
    CHECK_FALSE(namesZofie(shown));
    CHECK(shown.contains(QStringLiteral("File: jana.sqlite")));
    CHECK_FALSE(namesZofie({window.windowTitle(), window.statusBar()->currentMessage()}));
    CHECK(window.windowTitle().startsWith(u"jana.sqlite (locked)"));
    CHECK(QApplication::focusWidget() == window.lockScreen()->passphraseEdit());

    // A wrong passphrase is said on the lock screen.
    test::typeText(window.lockScreen()->passphraseEdit(), QStringLiteral("červený hrnek na parapetu"));
    QTest::keyClick(window.lockScreen()->passphraseEdit(), Qt::Key_Return);
    CHECK(window.isLocked());
    CHECK(window.lockScreen()->errorText().startsWith(u"Wrong passphrase"));
    CHECK(window.lockScreen()->passphraseEdit()->text().isEmpty());
    CHECK_FALSE(namesZofie(visibleTexts()));

    // Quitting while locked would lose what was typed: asked first.
    QStringList asked;
    window.setConfirmHandler([&](const QString &question) {
        asked.append(question);
        return false;
    });
    CHECK_FALSE(window.close());
    CHECK(asked.size() == 1);
    CHECK(window.isVisible());

    test::typeText(window.lockScreen()->passphraseEdit(), passphrase);
    QTest::mouseClick(window.lockScreen()->unlockButton(), Qt::LeftButton);
    REQUIRE_FALSE(window.isLocked());
    REQUIRE(window.store());
    CHECK(window.clientList()->model()->totalCount() == 2);
    CHECK(window.clientList()->currentClient() == data.zofie);
    CHECK(window.card()->clientId() == data.zofie);
    CHECK(window.card()->tabs()->currentWidget() == contacts);
    CHECK(w.contactNote()->toPlainText() == u"Volala kvůli bytu");
    CHECK(w.phone()->text() == u"777 123 456");
    CHECK(window.session()->undoStack()->count() == 0);
    CHECK(window.windowTitle().startsWith(u"jana.sqlite —"));
    // Nothing typed was stored by the lock.
    CHECK(ClientRepository(*window.store()).find(data.zofie)->phone.isEmpty());
    CHECK(w.errors.isEmpty());
}

TEST_CASE("The file locks by itself after the idle time, and input before it postpones the lock", "[ui][lock]")
{
    Caseload data;
    Window w(data.path);
    MainWindow &window = w.window;
    FixedClock clock(test::pinnedMs);
    window.setIdleClock(&clock);
    window.setIdleLockMinutes(10);
    REQUIRE(window.idleWatch()->isActive());

    clock.advance(9 * minute);
    window.idleWatch()->check();
    CHECK_FALSE(window.isLocked());
    // A key pressed anywhere in the application counts as use.
    window.clientView()->setFocus();
    QTest::keyClick(window.clientView(), Qt::Key_Down);
    clock.advance(9 * minute);
    window.idleWatch()->check();
    CHECK_FALSE(window.isLocked());
    // So does a click.
    QTest::mouseClick(window.clientView()->viewport(), Qt::LeftButton);
    clock.advance(9 * minute + 59'000);
    window.idleWatch()->check();
    CHECK_FALSE(window.isLocked());

    SECTION("past the limit it locks")
    {
        clock.advance(1'000);
        window.idleWatch()->check();
        CHECK(window.isLocked());
        CHECK(window.store() == nullptr);
    }
    SECTION("a dialog open with a name typed in is closed first")
    {
        NewClientDialog *dialog = window.newClient();
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowActive(dialog));
        test::typeText(dialog->findChildren<QLineEdit *>().value(0), QStringLiteral("Žofie"));
        REQUIRE(namesZofie(visibleTexts()));
        clock.advance(11 * minute);
        window.idleWatch()->check();
        // It waits for the dialog to be answered (as Cancel), then locks.
        REQUIRE(QTest::qWaitFor([&] { return window.isLocked(); }));
        CHECK_FALSE(namesZofie(visibleTexts()));
        CHECK(window.clientList()->model()->totalCount() == 0);
    }
    SECTION("0 minutes: never")
    {
        window.setIdleLockMinutes(0);
        clock.advance(24 * 60 * minute);
        window.idleWatch()->check();
        CHECK_FALSE(window.isLocked());
    }
}

TEST_CASE("A plain file never locks: no idle watch, and Ctrl+L does nothing", "[ui][lock]")
{
    Caseload plain(true);
    Window w(plain.path);
    MainWindow &window = w.window;
    CHECK_FALSE(window.idleWatch()->isActive());
    CHECK_FALSE(window.lock());
    QTest::keyClick(window.clientView(), Qt::Key_L, Qt::ControlModifier);
    CHECK_FALSE(window.isLocked());
    CHECK(window.store());
}

TEST_CASE("A lock waits for a background job to end: the job works on the file", "[ui][lock][job]")
{
    Caseload data;
    Window w(data.path);
    MainWindow &window = w.window;
    FixedClock clock(test::pinnedMs);
    window.setIdleClock(&clock);
    QSemaphore gate;
    BackgroundJob job([&gate](JobControl &) { gate.acquire(); });
    job.start();
    REQUIRE(RunningJobs::instance().count() == 1);

    // Idle meanwhile: nothing happens until the job has ended.
    clock.advance(11 * minute);
    window.idleWatch()->check();
    CHECK_FALSE(window.isLocked());
    // Asked by hand: refused for now, said so, and done as soon as the job ends.
    CHECK_FALSE(window.lock());
    CHECK_FALSE(window.isLocked());
    CHECK(window.store());
    CHECK(window.statusBar()->currentMessage().contains(u"as soon as the work in progress has finished"));

    gate.release();
    REQUIRE(QTest::qWaitFor([&] { return window.isLocked(); }));
    CHECK(window.store() == nullptr);
    CHECK(RunningJobs::instance().count() == 0);
}

TEST_CASE("A plain file shows the bar, and Encrypt… encrypts it in place, keeping the data and the client shown",
          "[ui][lock]")
{
    Caseload plain(true);
    Window w(plain.path);
    MainWindow &window = w.window;
    w.show(plain.ota);
    test::typeText(w.phone(), QStringLiteral("602 000 111"));
    PlainFileBar *bar = window.plainFileBar();
    REQUIRE(bar->isVisible());
    CHECK(bar->text().startsWith(u"This file is not encrypted"));
    CHECK_FALSE(window.store()->isEncrypted());

    QTest::mouseClick(bar->encryptButton(), Qt::LeftButton);
    auto *dialog = window.findChild<NewPassphraseDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->purpose() == NewPassphraseDialog::Purpose::Encrypt);
    REQUIRE(test::typeNewPassphrase(*dialog, passphrase));

    REQUIRE(window.store());
    CHECK(window.store()->isEncrypted());
    CHECK(Store::isEncrypted(plain.path));
    CHECK_FALSE(bar->isVisible());
    CHECK(window.clientList()->model()->totalCount() == 2);
    CHECK(window.card()->clientId() == plain.ota);
    CHECK(w.phone()->text() == u"602 000 111");
    CHECK_FALSE(QFile::exists(FileEncryption::copyPath(plain.path)));
    CHECK(w.errors.isEmpty());

    // Closed, it opens only with the passphrase, the data all there.
    REQUIRE(window.lock());
    StoreOptions options;
    options.passphrase = passphrase;
    auto reopened = Store::open(plain.path, options);
    CHECK(ClientRepository(*reopened).find(plain.zofie)->familyName == u"Šťastná-Kubíková");
}

TEST_CASE("An encrypted file shows no bar", "[ui][lock]")
{
    Caseload data;
    Window w(data.path);
    CHECK_FALSE(w.window.plainFileBar()->isVisible());
    CHECK(w.window.encryptOpenFile() == nullptr);
}

TEST_CASE("Change passphrase: a wrong current one is said beside it, and afterwards the old one no longer opens "
          "the file",
          "[ui][lock]")
{
    Caseload data;
    Window w(data.path);
    MainWindow &window = w.window;
    const QString renewed = QStringLiteral("tři zelené židle pod oknem");
    ChangePassphraseDialog *dialog = window.changePassphrase();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    test::typeText(dialog->currentEdit(), QStringLiteral("červený hrnek na parapetu"));
    test::typeText(dialog->fields()->passphraseEdit(), renewed);
    test::typeText(dialog->fields()->repeatEdit(), renewed);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(dialog->currentErrorText().startsWith(u"Wrong passphrase"));
    CHECK(dialog->currentEdit()->text().isEmpty());
    // A weak new one is refused beside the new field.
    test::typeText(dialog->currentEdit(), passphrase);
    dialog->fields()->passphraseEdit()->clear();
    dialog->fields()->repeatEdit()->clear();
    test::typeText(dialog->fields()->passphraseEdit(), QStringLiteral("heslo"));
    test::typeText(dialog->fields()->repeatEdit(), QStringLiteral("heslo"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->fields()->problemText().isEmpty());
    dialog->fields()->passphraseEdit()->clear();
    dialog->fields()->repeatEdit()->clear();
    test::typeText(dialog->fields()->passphraseEdit(), renewed);
    test::typeText(dialog->fields()->repeatEdit(), renewed);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible());
    CHECK(window.statusBar()->currentMessage().contains(u"old one no longer opens"));

    // The window goes on working on the open file.
    REQUIRE(window.store());
    w.show(data.ota);
    Client ota = *ClientRepository(*window.store()).find(data.ota);
    ota.phone = QStringLiteral("608 555 444");
    CHECK(window.session()->edit(QStringLiteral("Phone"), data.ota, [&] {
        ClientRepository(*window.store()).update(ota);
    }));

    REQUIRE(window.lock());
    CHECK_FALSE(window.unlock(passphrase));
    CHECK(window.lockScreen()->errorText().startsWith(u"Wrong passphrase"));
    REQUIRE(window.unlock(renewed));
    CHECK(ClientRepository(*window.store()).find(data.ota)->phone == u"608 555 444");
}
