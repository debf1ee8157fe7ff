// Backups in the window: File → Backups…, the status bar's backup age, restoring,
// the automatic backup on closing; and the ways out of a file that cannot be opened.
#include <catch2/catch.hpp>

#include "MainWindow.h"
#include "PassphraseAnswers.h"
#include "TestMode.h"
#include "TestSupport.h"
#include "backup/BackupKeeper.h"
#include "backup/BackupStatus.h"
#include "backup/BackupsDialog.h"
#include "backup/UnopenableFileDialog.h"
#include "storage/Backups.h"
#include "storage/UseMarker.h"
#include "store/Repositories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QThread>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

using namespace teren;
using WayOut = UnopenableFileDialog::WayOut;

namespace {

constexpr qint64 day = 24LL * 3600 * 1000;

// A closed file with one client, Věra, in a folder of its own.
struct OneClient
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("jana.sqlite"));
    FixedClock clock{test::pinnedMs};

    OneClient()
    {
        auto store = Store::create(path, options());
        addClient(*store, QStringLiteral("Věra"));
    }

    StoreOptions options()
    {
        StoreOptions options;
        options.clock = &clock;
        return options;
    }
    std::unique_ptr<Store> open() { return Store::open(path, options()); }

    static void addClient(Store &store, const QString &given)
    {
        Client client;
        client.givenName = given;
        client.familyName = QStringLiteral("Horváthová");
        client.birthYear = 1990;
        ClientRepository(store).create(client);
    }
};

int clients(Store &store, const QString &given)
{
    return store.database().scalar(QStringLiteral("SELECT count(*) FROM client WHERE given_name = ?"), {given}).toInt();
}

void prepare(MainWindow &window, FixedClock &clock, QStringList &errors)
{
    window.setBackupClock(&clock);
    window.setErrorHandler([&errors](const QString &message) { errors.append(message); });
    window.setInformHandler([](const QString &) {});
    window.setConfirmHandler([](const QString &) { return true; });
    // When the suite encrypts every file: the suite's passphrase, typed.
    window.setPassphrasePromptHandler(
        [](PassphrasePrompt &prompt) { return test::typePassphrase(prompt, test::defaultPassphrase()); });
}

} // namespace

TEST_CASE("Opening a file backs it up when its newest backup is a day old, and the status bar tells its age",
          "[ui][backup]")
{
    OneClient file;
    QStringList errors;
    MainWindow window;
    prepare(window, file.clock, errors);
    REQUIRE(window.openDatabase(file.path));
    // The check runs once the window shows the file.
    QTRY_VERIFY(window.backupKeeper()->latest().has_value());
    QTRY_VERIFY(!window.backupKeeper()->isWorking());
    CHECK(window.backupStatus()->isVisible() == window.isVisible());
    CHECK(window.backupStatus()->text().startsWith(QStringLiteral("Backed up today")));
    CHECK_FALSE(window.backupStatus()->isWarning());

    file.clock.advance(8 * day);
    window.setBackupClock(&file.clock);
    CHECK(window.backupStatus()->text() == QStringLiteral("Last backup 8 days ago"));
    CHECK(window.backupStatus()->isWarning());
    CHECK(errors.isEmpty());
}

TEST_CASE("File → Backups… lists the backups, makes one now, and restores one keeping the open file aside",
          "[ui][backup]")
{
    OneClient file;
    QStringList errors;
    MainWindow window;
    prepare(window, file.clock, errors);
    REQUIRE(window.openDatabase(file.path));
    QTRY_VERIFY(window.backupKeeper()->latest().has_value());
    QTRY_VERIFY(!window.backupKeeper()->isWorking());
    OneClient::addClient(*window.store(), QStringLiteral("Ota")); // after the automatic backup
    const QUuid before = window.store()->replicaId();

    QString restoredFrom;
    window.setBackupsDialogHandler([&](BackupsDialog &dialog) {
        dialog.show();
        CHECK(dialog.table()->rowCount() == 1);
        file.clock.advance(day); // one a day is kept
        QTest::mouseClick(dialog.backUpButton(), Qt::LeftButton);
        REQUIRE(dialog.table()->rowCount() == 2);
        CHECK(dialog.table()->item(0, 1)->text().contains(QStringLiteral("iB")));
        // The older one, before Ota.
        dialog.table()->selectRow(1);
        restoredFrom = dialog.table()->item(1, 0)->data(Qt::UserRole).toString();
        QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    });
    window.showBackups();
    REQUIRE(window.store());
    CHECK(errors.isEmpty());
    CHECK(clients(*window.store(), QStringLiteral("Věra")) == 1);
    CHECK(clients(*window.store(), QStringLiteral("Ota")) == 0);
    CHECK(window.store()->replicaId() != before);
    CHECK(window.store()->database().path() == file.path);
    const QStringList aside = QDir(file.dir.path()).entryList({QStringLiteral("jana.sqlite.before-restore-*")});
    CHECK(aside.filter(QRegularExpression(QStringLiteral("^jana\\.sqlite\\.before-restore-\\d{8}-\\d{6}$"))).size() == 1);
    CHECK(QFileInfo::exists(restoredFrom));
}

TEST_CASE("Closing the window after an edit backs the file up", "[ui][backup]")
{
    OneClient file;
    QStringList errors;
    {
        MainWindow window;
        prepare(window, file.clock, errors);
        REQUIRE(window.openDatabase(file.path));
        QTRY_VERIFY(window.backupKeeper()->latest().has_value());
        QTRY_VERIFY(!window.backupKeeper()->isWorking());
        file.clock.advance(day);
        OneClient::addClient(*window.store(), QStringLiteral("Ota"));
        window.close();
    }
    const QList<BackupFile> backups = Backups(file.path).list();
    REQUIRE(backups.size() == 2);
    StoreOptions options;
    options.readOnly = true;
    auto newest = Store::open(backups.first().path, options);
    CHECK(clients(*newest, QStringLiteral("Ota")) == 1);
    CHECK(errors.isEmpty());
}

TEST_CASE("A damaged file is not opened, and salvaging it opens what could be read in a new file", "[ui][backup]")
{
    OneClient file;
    {
        // Many clients, so one damaged page is not all of them.
        auto store = file.open();
        Transaction transaction(store->database());
        for (int i = 0; i < 300; ++i)
            OneClient::addClient(*store, QStringLiteral("Klient %1 %2").arg(i).arg(QString(150, QLatin1Char('x'))));
        transaction.commit();
        const qint64 page = store->database()
                                .scalar(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'client' AND "
                                                       "pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 2"))
                                .toLongLong();
        store.reset();
        QFile raw(file.path);
        REQUIRE(raw.open(QIODevice::ReadWrite));
        raw.seek((page - 1) * 4096 + 20);
        raw.write(QByteArray(700, '\x33'));
    }
    const QByteArray damaged = test::fileBytes(file.path);
    QStringList errors;
    QStringList informed;
    MainWindow window;
    prepare(window, file.clock, errors);
    window.setInformHandler([&informed](const QString &message) { informed.append(message); });
    QStringList offered;
    window.setWayOutHandler([&offered](UnopenableFileDialog &dialog) {
        for (const WayOut way : {WayOut::RestoreLatestBackup, WayOut::OpenReadOnly, WayOut::Salvage, WayOut::Cancel})
            offered.append(dialog.button(way) ? QStringLiteral("yes") : QStringLiteral("no"));
        CHECK(dialog.message().contains(QStringLiteral("is damaged")));
        return WayOut::Salvage;
    });
    REQUIRE(window.openDatabase(file.path));
    CHECK(offered == QStringList{QStringLiteral("no"), QStringLiteral("no"), QStringLiteral("yes"), QStringLiteral("yes")});
    CHECK(window.store()->database().path().contains(QStringLiteral("jana-salvaged-")));
    CHECK(clients(*window.store(), QStringLiteral("Věra")) == 1);
    REQUIRE(informed.size() == 1);
    CHECK(informed.first().contains(QStringLiteral("could not be read")));
    CHECK(test::fileBytes(file.path) == damaged);
    CHECK(errors.isEmpty());
}

TEST_CASE("An empty file offers the latest backup, and restoring it opens the file as it was", "[ui][backup]")
{
    OneClient file;
    {
        // A backup is made of an open (unlocked) file.
        auto store = file.open();
        Backups(file.path).make(file.clock.now());
    }
    test::writeFile(file.path, {}); // a copy cut short
    QStringList errors;
    MainWindow window;
    prepare(window, file.clock, errors);
    window.setWayOutHandler([](UnopenableFileDialog &dialog) {
        CHECK(dialog.message().contains(QStringLiteral("is empty")));
        CHECK_FALSE(dialog.button(WayOut::Salvage));
        REQUIRE(dialog.button(WayOut::RestoreLatestBackup));
        dialog.show();
        QTest::mouseClick(dialog.button(WayOut::RestoreLatestBackup), Qt::LeftButton);
        return dialog.chosen();
    });
    REQUIRE(window.openDatabase(file.path));
    CHECK(clients(*window.store(), QStringLiteral("Věra")) == 1);
    CHECK(errors.isEmpty());
}

TEST_CASE("A file open in another Terén can be opened read-only", "[ui][backup]")
{
    OneClient file;
    test::writeFile(UseMarker::pathFor(file.path),
                    "user=petr\nhost=kancelar-2\nprogram=teren\npid=1\nsince=2026-11-02T08:00:00Z\n");
    QProcess holder;
    holder.start(QStringLiteral("flock"), {QStringLiteral("-x"), UseMarker::pathFor(file.path), QStringLiteral("sleep"),
                                           QStringLiteral("30")});
    REQUIRE(holder.waitForStarted());
    QThread::msleep(300);
    QStringList errors;
    MainWindow window;
    prepare(window, file.clock, errors);
    window.setWayOutHandler([](UnopenableFileDialog &dialog) {
        CHECK(dialog.message().contains(QStringLiteral("petr on the computer kancelar-2")));
        return WayOut::OpenReadOnly;
    });
    REQUIRE(window.openDatabase(file.path));
    CHECK(window.store()->isReadOnly());
    CHECK(clients(*window.store(), QStringLiteral("Věra")) == 1);
    holder.kill();
    holder.waitForFinished();
}
