// Renders the documentation screenshots; hidden from CTest. Run with
//   QT_QPA_PLATFORM=xcb TEREN_SCREENSHOT_DIR=docs/screenshots
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/release/tests/test_ui "[.docs]"
#include <catch2/catch.hpp>

#include "ClientListPanel.h"
#include "MainWindow.h"
#include "PassphraseAnswers.h"
#include "backup/BackupsDialog.h"
#include "backup/UnopenableFileDialog.h"
#include "card/ClientCard.h"
#include "card/PlanTab.h"
#include "demo/DemoGenerator.h"
#include "groups/GroupWorkDialogs.h"
#include "lock/LockScreen.h"
#include "region/RecoveryKeyPage.h"
#include "region/RegionSetupWizard.h"
#include "storage/Backups.h"
#include "store/Repositories.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QTableView>
#include <QTemporaryDir>

using namespace teren;

TEST_CASE("Documentation screenshots of the main window at 1366x768", "[.docs]")
{
    const QString outDir = qEnvironmentVariable("TEREN_SCREENSHOT_DIR", QStringLiteral("/tmp/teren-screenshots"));
    QDir().mkpath(outDir);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.clients = 400;
    // Encrypted, as a worker's file is: no bar saying it is not.
    options.passphrase = test::windowPassphrase();
    DemoGenerator::generate(path, options);

    MainWindow window;
    window.setPassphrasePromptHandler(
        [](PassphrasePrompt &prompt) { return test::typePassphrase(prompt, test::windowPassphrase()); });
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openDatabase(path));
    // A client with several open needs and a plan that has something overdue.
    QUuid chosen;
    int best = 0;
    for (const ClientSummary &row : ClientRepository(*window.store()).summaries(window.store()->clock().today())) {
        const int score = row.openNeeds * 2 + (row.overdue ? 3 : 0) + (row.cooperation == ClientSummary::Cooperation::Active ? 2 : 0);
        if (score > best) {
            best = score;
            chosen = row.id;
        }
    }
    REQUIRE_FALSE(chosen.isNull());
    window.clientList()->selectClient(chosen);
    window.card()->showClient(chosen);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("cs")}) {
        window.switchLanguage(language);
        QCoreApplication::processEvents();
        const QStringList names = {QStringLiteral("profile"), QStringLiteral("needs"), QStringLiteral("plan"),
                                   QStringLiteral("timeline"), QStringLiteral("contacts"), QStringLiteral("history")};
        for (int tab = 0; tab < names.size(); ++tab) {
            window.card()->tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            CHECK(window.grab().save(QStringLiteral("%1/%2_%3.png").arg(outDir, names.at(tab), language)));
        }
    }
    window.switchLanguage(QStringLiteral("en"));
}

TEST_CASE("Documentation screenshots of the passphrase, the lock screen and the bar over a plain file", "[.docs]")
{
    const QString outDir = qEnvironmentVariable("TEREN_SCREENSHOT_DIR", QStringLiteral("/tmp/teren-screenshots"));
    QDir().mkpath(outDir);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("terén-jana.sqlite"));
    const QString plainPath = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString passphrase = test::windowPassphrase();
    DemoOptions options;
    options.clients = 120;
    options.passphrase = passphrase;
    DemoGenerator::generate(path, options);
    {
        StoreOptions withPassphrase;
        withPassphrase.passphrase = passphrase;
        Store::open(path, withPassphrase)->createRecoveryKey();
    }
    options.passphrase.clear();
    options.plain = true;
    DemoGenerator::generate(plainPath, options);

    MainWindow window;
    window.setPassphrasePromptHandler(
        [&](PassphrasePrompt &prompt) { return test::typePassphrase(prompt, passphrase); });
    window.resize(1366, 768);
    window.show();
    MainWindow plainWindow;
    plainWindow.resize(1366, 768);
    plainWindow.show();
    REQUIRE(plainWindow.openDatabase(plainPath));
    const QUuid first = plainWindow.clientView()->model()->index(0, 0).data(Qt::UserRole).toUuid();
    plainWindow.clientList()->selectClient(first);
    plainWindow.card()->showClient(first);

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("cs")}) {
        window.switchLanguage(language);
        QCoreApplication::processEvents();
        const auto save = [&](QWidget *widget, const QString &name) {
            QCoreApplication::processEvents();
            CHECK(widget->grab().save(QStringLiteral("%1/%2_%3.png").arg(outDir, name, language)));
        };

        // The lock screen, over a file that was open on a client.
        REQUIRE(window.openDatabase(path));
        const QUuid client = window.clientView()->model()->index(3, 0).data(Qt::UserRole).toUuid();
        window.clientList()->selectClient(client);
        window.card()->showClient(client);
        REQUIRE(window.lock());
        save(&window, QStringLiteral("lock_screen"));

        // The prompt of a file being opened (closed, locked), after a passphrase that
        // did not open it.
        {
            PassphrasePrompt prompt(path, &window);
            prompt.show();
            test::typeText(prompt.passphraseEdit(), QStringLiteral("jaro na Šumavě"));
            QTest::mouseClick(prompt.okButton(), Qt::LeftButton);
            REQUIRE(prompt.isVisible());
            test::typeText(prompt.passphraseEdit(), QStringLiteral("žlutý kůň"));
            save(&prompt, QStringLiteral("passphrase_prompt"));
        }
        REQUIRE(window.unlock(passphrase));

        save(&plainWindow, QStringLiteral("plain_file_bar"));

        // The region wizard's last page: the recovery key.
        MainWindow coordinator;
        test::answerNewPassphrases(coordinator);
        RegionSetupWizard *wizard = coordinator.setUpRegion();
        test::typeText(wizard->fileEdit(), dir.filePath(QStringLiteral("kraj-%1").arg(language)));
        wizard->next();
        test::typeText(wizard->passphraseFields()->passphraseEdit(), passphrase);
        test::typeText(wizard->passphraseFields()->repeatEdit(), passphrase);
        wizard->next();
        test::typeText(wizard->regionEdit(), QStringLiteral("Karlovarský kraj"));
        test::typeText(wizard->coordinatorEdit(), QStringLiteral("Marie Koordinátorová"));
        wizard->next();
        test::typeText(wizard->providerNameEdit(), QStringLiteral("Člověk v tísni, o.p.s."));
        wizard->next();
        wizard->next();
        REQUIRE(wizard->currentId() == RegionSetupWizard::KeyPage);
        save(wizard, QStringLiteral("region_wizard_key"));
        wizard->keyPage()->keptBox()->setChecked(true);
        wizard->accept();
    }
    window.switchLanguage(QStringLiteral("en"));
}

TEST_CASE("Documentation screenshots of the backups and of a damaged file", "[.docs]")
{
    const QString outDir = qEnvironmentVariable("TEREN_SCREENSHOT_DIR", QStringLiteral("/tmp/teren-screenshots"));
    QDir().mkpath(outDir);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jana-dvorakova.sqlite"));
    DemoOptions options;
    options.clients = 200;
    options.plain = true;
    DemoGenerator::generate(path, options);
    // A month of backups, as the retention leaves them.
    FixedClock clock(QDateTime(QDate(2026, 11, 6), QTime(16, 40), QTimeZone::utc()).toMSecsSinceEpoch());
    for (int day = 0; day < 28; ++day) {
        Backups(path).make(clock.now());
        clock.advance(24LL * 3600 * 1000 + 17 * 60 * 1000);
    }
    const QString damaged = dir.filePath(QStringLiteral("petr-kocí.sqlite"));
    DemoGenerator::generate(damaged, options);
    Backups(damaged).make(clock.now().addDays(-2));
    {
        QFile raw(damaged);
        REQUIRE(raw.open(QIODevice::ReadWrite));
        raw.seek(40 * 4096 + 24);
        raw.write(QByteArray(900, '\x33'));
    }

    MainWindow window;
    window.setBackupClock(&clock);
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openDatabase(path));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("cs")}) {
        window.switchLanguage(language);
        QCoreApplication::processEvents();
        const auto save = [&](QWidget *widget, const QString &name) {
            QCoreApplication::processEvents();
            CHECK(widget->grab().save(QStringLiteral("%1/%2_%3.png").arg(outDir, name, language)));
        };
        window.setBackupsDialogHandler([&](BackupsDialog &dialog) {
            dialog.show();
            dialog.table()->selectRow(2);
            save(&dialog, QStringLiteral("backups"));
        });
        window.showBackups();

        MainWindow other;
        other.setBackupClock(&clock);
        other.setWayOutHandler([&](UnopenableFileDialog &dialog) {
            dialog.show();
            save(&dialog, QStringLiteral("damaged_file"));
            return UnopenableFileDialog::WayOut::Cancel;
        });
        CHECK_FALSE(other.openDatabase(damaged));
    }
    window.switchLanguage(QStringLiteral("en"));
}

TEST_CASE("Documentation screenshots of a group activity", "[.docs]")
{
    const QString outDir = qEnvironmentVariable("TEREN_SCREENSHOT_DIR", QStringLiteral("/tmp/teren-screenshots"));
    QDir().mkpath(outDir);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.clients = 60;
    options.passphrase = test::windowPassphrase();
    DemoGenerator::generate(path, options);

    MainWindow window;
    window.setPassphrasePromptHandler(
        [](PassphrasePrompt &prompt) { return test::typePassphrase(prompt, test::windowPassphrase()); });
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openDatabase(path));
    // Three children of one locality at a catch-up class.
    QList<Client> clients = ClientRepository(*window.store()).all();
    REQUIRE(clients.size() >= 3);
    GroupActivity activity;
    activity.kind = QStringLiteral("catch_up_classes");
    activity.localityId = clients.first().localityId;
    for (const Client &client : std::as_const(clients)) {
        if (client.localityId == activity.localityId && activity.clientIds.size() < 3)
            activity.clientIds.append(client.id);
    }
    activity.participants = 12;
    activity.minutes = 120;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("cs")}) {
        window.switchLanguage(language);
        activity.note = language == u"cs" ? QStringLiteral("Příprava na přijímací zkoušky z matematiky, dvě skupiny.")
                                          : QStringLiteral("Preparing for the maths entrance exams, two groups.");
        GroupActivityDialog dialog(*window.session(), activity, &window);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.show();
        QCoreApplication::processEvents();
        CHECK(dialog.grab().save(QStringLiteral("%1/group_activity_%2.png").arg(outDir, language)));
        dialog.hide();
    }
    window.switchLanguage(QStringLiteral("en"));
}
