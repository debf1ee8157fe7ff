// Renders the documentation screenshots; hidden from CTest. Run with
//   QT_QPA_PLATFORM=xcb TEREN_SCREENSHOT_DIR=docs/screenshots
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/release/tests/test_ui "[.docs]"
#include <catch2/catch.hpp>

#include "ClientListModel.h"
#include "ClientListPanel.h"
#include "ClockWarningBar.h"
#include "MainWindow.h"
#include "PassphraseAnswers.h"
#include "TestSupport.h"
#include "access/PlanPdf.h"
#include "backup/BackupsDialog.h"
#include "backup/UnopenableFileDialog.h"
#include "card/ClientCard.h"
#include "card/PlanTab.h"
#include "demo/DemoGenerator.h"
#include "domain/Values.h"
#include "groups/GroupWorkDialogs.h"
#include "i18n/Translations.h"
#include "lock/LockScreen.h"
#include "region/PartnersDialog.h"
#include "region/RecoveryKeyPage.h"
#include "region/RegionMenu.h"
#include "region/RegionSetupWizard.h"
#include "storage/Backups.h"
#include "store/PartnerRepository.h"
#include "store/RegionRepositories.h"
#include "store/RegionSetup.h"
#include "store/Repositories.h"
#include "week/CaseloadPages.h"
#include "week/WeekView.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace teren;

TEST_CASE("Documentation screenshots of the main window at 1366x768", "[.docs]")
{
    const QString outDir = qEnvironmentVariable("TEREN_SCREENSHOT_DIR", QStringLiteral("/tmp/teren-screenshots"));
    QDir().mkpath(outDir);
    QTemporaryDir dir;
    // Encrypted, as a worker's file is: no bar saying it is not.
    const QString path = test::demoFile(dir, 400, test::windowPassphrase());

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
        // The list sorted by a click on its Locality header, as a coordinator sorts it.
        window.clientList()->view()->sortByColumn(ClientListModel::Locality, Qt::AscendingOrder);
        QCoreApplication::processEvents();
        CHECK(window.grab().save(QStringLiteral("%1/list_by_locality_%2.png").arg(outDir, language)));
        window.clientList()->view()->sortByColumn(ClientListModel::Name, Qt::AscendingOrder);
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

TEST_CASE("Documentation screenshots of a field worker's week", "[.docs]")
{
    const QString outDir = qEnvironmentVariable("TEREN_SCREENSHOT_DIR", QStringLiteral("/tmp/teren-screenshots"));
    QDir().mkpath(outDir);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jana.sqlite"));
    DemoOptions options;
    options.clients = 400;
    options.passphrase = test::windowPassphrase();
    DemoGenerator::generate(path, options);
    // Monday morning after the demo's last day, on the laptop of the worker with the
    // most clients.
    const FixedClock monday(QDateTime(QDate(2026, 11, 2), QTime(8, 30), QTimeZone::utc()).toMSecsSinceEpoch());
    {
        StoreOptions laptop;
        laptop.clock = &monday;
        laptop.passphrase = test::windowPassphrase();
        auto store = Store::open(path, laptop);
        QHash<QUuid, int> caseload;
        for (const Client &client : ClientRepository(*store).all())
            ++caseload[client.workerId];
        QUuid busiest;
        for (auto it = caseload.cbegin(); it != caseload.cend(); ++it) {
            if (!it.key().isNull() && (busiest.isNull() || it.value() > caseload.value(busiest)))
                busiest = it.key();
        }
        store->setCurrentWorker(busiest);
    }

    MainWindow window;
    window.setPassphrasePromptHandler(
        [](PassphrasePrompt &prompt) { return test::typePassphrase(prompt, test::windowPassphrase()); });
    window.setStoreClock(&monday);
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openDatabase(path));
    // The day is set back to the demo's Monday, before this build was made.
    window.clockWarningBar()->hide();
    WeekView *week = window.caseload()->week();
    REQUIRE(window.caseload()->currentWidget() == week);
    REQUIRE(week->agenda().overdueSteps.size() > 0);
    QTreeWidgetItem *line = week->tree()->topLevelItem(0)->child(0);
    week->tree()->setCurrentItem(line);
    Q_EMIT week->tree()->itemActivated(line, 0);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("cs")}) {
        window.switchLanguage(language);
        // Labels longer in the other language lay out again before the grab.
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        CHECK(window.grab().save(QStringLiteral("%1/week_%2.png").arg(outDir, language)));
    }
    window.switchLanguage(QStringLiteral("en"));
}

TEST_CASE("Documentation screenshots of the printed individual plan", "[.docs]")
{
    const QString outDir = qEnvironmentVariable("TEREN_SCREENSHOT_DIR", QStringLiteral("/tmp/teren-screenshots"));
    QDir().mkpath(outDir);
    QTemporaryDir dir;
    const QString path = test::demoFile(dir, 400);
    auto store = Store::open(path);
    // A client with several open needs, their goals and steps.
    const QUuid client = db::toId(store->database().scalar(QStringLiteral(
        "SELECT n.client_id FROM need n JOIN goal g ON g.need_id = n.id WHERE n.deleted = 0 AND g.deleted = 0 "
        "AND n.status IN ('open', 'in_progress') AND g.status = 'open' GROUP BY n.client_id "
        "ORDER BY count(DISTINCT n.id) DESC, count(*) DESC, n.client_id LIMIT 1")));
    REQUIRE_FALSE(client.isNull());
    for (const QString &language : {QStringLiteral("cs"), QStringLiteral("en")}) {
        Translations::install(language);
        const QString pdf = dir.filePath(QStringLiteral("plan_print_%1.pdf").arg(language));
        PlanPdf::write(*store, client, pdf);
        // Page 1 at 60 dpi, as pdftoppm names it: <root>-1.png.
        const QString root = dir.filePath(QStringLiteral("plan_print_%1").arg(language));
        REQUIRE(QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"),
                                                               QStringLiteral("60"), QStringLiteral("-f"),
                                                               QStringLiteral("1"), QStringLiteral("-l"),
                                                               QStringLiteral("1"), pdf, root})
                == 0);
        const QString png = QStringLiteral("%1/plan_print_%2.png").arg(outDir, language);
        QFile::remove(png);
        CHECK(QFile::copy(root + QStringLiteral("-1.png"), png));
    }
    Translations::install(QStringLiteral("en"));
}

TEST_CASE("Documentation screenshots of the partner list", "[.docs]")
{
    const QString outDir = qEnvironmentVariable("TEREN_SCREENSHOT_DIR", QStringLiteral("/tmp/teren-screenshots"));
    QDir().mkpath(outDir);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kraj.sqlite"));
    {
        StoreOptions options;
        options.plain = true;
        auto store = Store::create(path, options);
        RegionSetup::Plan plan;
        plan.regionName = QStringLiteral("Karlovarský kraj");
        plan.coordinatorName = QStringLiteral("Marie Koordinátorová");
        Provider provider;
        provider.name = QStringLiteral("Člověk v tísni");
        plan.providers = {provider};
        const RegionSetup::Created created = RegionSetup::create(*store, plan);
        QList<QUuid> places;
        for (const auto &[code, name] : {std::pair{u"SO-01", u"Sokolov"}, std::pair{u"KV-01", u"Karlovy Vary"},
                                         std::pair{u"CH-01", u"Chodov"}}) {
            Locality place;
            place.regionId = created.region;
            place.code = QString::fromUtf16(code);
            place.name = QString::fromUtf16(name);
            place.municipality = place.name;
            place.district = QStringLiteral("Sokolov");
            places.append(LocalityRepository(*store).add(place).id);
        }
        Client client;
        client.givenName = QStringLiteral("Věra");
        client.familyName = QStringLiteral("Horváthová");
        const QUuid vera = ClientRepository(*store).create(client).id;
        Need need;
        need.clientId = vera;
        need.area = QStringLiteral("employment");
        need.identifiedOn = store->clock().today().addDays(-30);
        Goal goal;
        goal.needId = NeedRepository(*store).create(need).id;
        goal.text = QStringLiteral("Najít práci");
        goal.id = PlanRepository(*store).createGoal(goal).id;
        PartnerRepository partners(*store);
        const auto add = [&](const char16_t *kind, const char16_t *name, int place, int steps, int contacts) {
            Partner partner;
            partner.kind = QString::fromUtf16(kind);
            partner.name = QString::fromUtf16(name);
            partner.localityId = place < 0 ? QUuid() : places.at(place);
            partner.id = partners.add(partner).id;
            for (int i = 0; i < steps; ++i) {
                Step step;
                step.goalId = goal.id;
                step.text = QStringLiteral("Krok %1").arg(i + 1);
                step.responsible = QStringLiteral("institution");
                step.partnerId = partner.id;
                PlanRepository(*store).createStep(step);
            }
            for (int i = 0; i < contacts; ++i) {
                Contact contact;
                contact.clientId = vera;
                contact.contactOn = store->clock().today().addDays(-i);
                contact.minutes = 30;
                contact.partnerIds = {partner.id};
                ContactRepository(*store).create(contact);
            }
            return partner.id;
        };
        const QUuid office = add(u"labour_office", u"Úřad práce Sokolov", 0, 4, 6);
        const QUuid duplicate = add(u"labour_office", u"ÚP Sokolov, kontaktní pracoviště", 0, 1, 1);
        add(u"labour_office", u"Úřad práce Karlovy Vary", 1, 2, 3);
        add(u"municipal_office", u"Městský úřad Chodov", 2, 1, 2);
        add(u"ospod", u"OSPOD Sokolov", 0, 3, 5);
        add(u"school", u"ZŠ Švermova", 0, 2, 4);
        const QUuid oldSchool = add(u"school", u"ZŠ Boženy Němcové (zrušena)", 0, 0, 1);
        add(u"police", u"Obvodní oddělení Policie ČR Sokolov", 0, 0, 2);
        add(u"court_bailiff", u"Exekutorský úřad Cheb", -1, 1, 1);
        add(u"health", u"Nemocnice Sokolov", 0, 1, 0);
        add(u"debt_counselling", u"Dluhová poradna Člověk v tísni", 1, 3, 4);
        add(u"employer", u"Technické služby Chodov", 2, 1, 1);
        add(u"other_ngo", u"Kotec, o. p. s.", 0, 0, 1);
        partners.merge(duplicate, office);
        partners.setRetired(oldSchool, store->clock().today().addDays(-12));
    }

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openDatabase(path));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("cs")}) {
        window.switchLanguage(language);
        QCoreApplication::processEvents();
        PartnersDialog *dialog = window.regionMenu()->partners();
        REQUIRE(dialog);
        dialog->list()->setCurrentItem(dialog->list()->topLevelItem(2));
        QCoreApplication::processEvents();
        CHECK(dialog->grab().save(QStringLiteral("%1/partners_%2.png").arg(outDir, language)));
        dialog->close();
        QCoreApplication::processEvents();
    }
    window.switchLanguage(QStringLiteral("en"));
}

TEST_CASE("Documentation screenshots of a group activity", "[.docs]")
{
    const QString outDir = qEnvironmentVariable("TEREN_SCREENSHOT_DIR", QStringLiteral("/tmp/teren-screenshots"));
    QDir().mkpath(outDir);
    QTemporaryDir dir;
    const QString path = test::demoFile(dir, 60, test::windowPassphrase());

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
