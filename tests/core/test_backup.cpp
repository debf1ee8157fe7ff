// Backups: written while the database is in use, checked, encrypted as the database
// is, rotated; restored without overwriting anything.
#include <catch2/catch.hpp>

#include "TestMode.h"
#include "TestSupport.h"
#include "domain/Error.h"
#include "storage/Backups.h"
#include "storage/KeyFile.h"
#include "store/Repositories.h"
#include "sync/Recovery.h"

#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

using namespace teren;

namespace {

QDateTime at(const QString &when)
{
    QDateTime moment = QDateTime::fromString(when, Qt::ISODate);
    moment.setTimeZone(QTimeZone::utc());
    return moment;
}

QUuid addClient(Store &store, const QString &given)
{
    Client client;
    client.givenName = given;
    client.familyName = QStringLiteral("Horváthová");
    client.birthYear = 1990;
    return ClientRepository(store).create(client).id;
}

int clients(Store &store, const QString &given)
{
    return store.database()
        .scalar(QStringLiteral("SELECT count(*) FROM client WHERE given_name = ?"), {given})
        .toInt();
}

} // namespace

TEST_CASE("Retention keeps the newest backup of each of the last 7 days, 4 weeks and 12 months", "[backup]")
{
    // One backup a day at noon for 400 days, newest first.
    QList<QDateTime> moments;
    const QDateTime newest = at(QStringLiteral("2026-12-03T12:00:00"));
    for (int day = 0; day < 400; ++day)
        moments.append(newest.addDays(-day));
    const QList<int> kept = Backups::kept(moments, {});
    QList<QDate> days;
    for (const int index : kept)
        days.append(moments[index].date());
    // The last seven days.
    for (int day = 0; day < 7; ++day)
        CHECK(days.contains(newest.date().addDays(-day)));
    // The newest of each of the last four ISO weeks: Thursday 3 Dec, Sunday 29 Nov, 22 Nov, 15 Nov.
    CHECK(days.contains(QDate(2026, 11, 29)));
    CHECK(days.contains(QDate(2026, 11, 22)));
    CHECK(days.contains(QDate(2026, 11, 15)));
    CHECK_FALSE(days.contains(QDate(2026, 11, 8)));
    // The newest of each of the last twelve months: the last day of each month back to January.
    CHECK(days.contains(QDate(2026, 11, 30)));
    CHECK(days.contains(QDate(2026, 1, 31)));
    CHECK_FALSE(days.contains(QDate(2025, 12, 31)));
    // Seven days; two more weeks (the other two are among the days); ten more months
    // (December and November are among the days).
    CHECK(kept.size() == 7 + 2 + 10);
    CHECK(Backups::kept({}, {}).isEmpty());
    CHECK(Backups::kept({newest}, {0, 0, 0}) == QList<int>{0}); // the newest is always kept
}

TEST_CASE("A backup is a complete copy made while the database is open, listed newest first", "[backup]")
{
    test::Fixture fixture;
    addClient(fixture.store(), QStringLiteral("Věra"));
    const QString database = fixture.path(QStringLiteral("card.sqlite"));
    Backups backups(database);
    CHECK(backups.folder() == QDir(QFileInfo(database).absolutePath()).filePath(QStringLiteral("backups")));
    CHECK_FALSE(backups.latest());

    const BackupFile first = backups.make(at(QStringLiteral("2026-12-01T08:00:00")));
    addClient(fixture.store(), QStringLiteral("Ota")); // after the first backup
    const BackupFile second = backups.make(at(QStringLiteral("2026-12-02T08:00:00")));
    CHECK(QFileInfo(first.path).fileName() == QStringLiteral("card-20261201-080000.sqlite"));
    CHECK(second.bytes > 0);
    const QList<BackupFile> listed = backups.list();
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].path == second.path);
    CHECK(listed[0].taken == at(QStringLiteral("2026-12-02T08:00:00")));
    CHECK(listed[1].path == first.path);
    CHECK(QFileInfo(first.path).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                  | QFileDevice::ReadUser | QFileDevice::WriteUser));
    // Nothing half-written stays in the folder.
    CHECK(QDir(backups.folder()).entryList(QDir::Files).filter(QStringLiteral("partial")).isEmpty());

    auto copy = Store::open(first.path, fixture.options());
    CHECK(clients(*copy, QStringLiteral("Věra")) == 1);
    CHECK(clients(*copy, QStringLiteral("Ota")) == 0);
    copy.reset();
    // The open database was only read.
    CHECK(clients(fixture.store(), QStringLiteral("Ota")) == 1);
}

TEST_CASE("Backups of several databases share a folder, and rotation removes only what the retention lets go", "[backup]")
{
    test::Fixture fixture;
    const QString database = fixture.path(QStringLiteral("card.sqlite"));
    const QString shared = fixture.path(QStringLiteral("usb"));
    Backups backups(database, shared);
    QDir().mkpath(shared);
    test::writeFile(QDir(shared).filePath(QStringLiteral("other-20200101-000000.sqlite")), "not ours");
    const QDateTime start = at(QStringLiteral("2026-10-01T08:00:00"));
    for (int day = 0; day < 20; ++day)
        backups.make(start.addDays(day), {3, 1, 1});
    const QList<BackupFile> left = backups.list();
    CHECK(left.size() == 3); // the last three days; their week and month are among them
    CHECK(left.first().taken == start.addDays(19));
    CHECK(QFileInfo::exists(QDir(shared).filePath(QStringLiteral("other-20200101-000000.sqlite"))));
}

TEST_CASE("An encrypted database's backups are encrypted and open with its passphrase", "[backup][encryption]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("secret.sqlite"));
    StoreOptions options;
    options.passphrase = QStringLiteral("Modrá-žába-skáče-přes-louži");
    {
        auto store = Store::create(database, options);
        addClient(*store, QStringLiteral("Zdeňka"));
        const BackupFile backup = Backups(database).make(at(QStringLiteral("2026-12-03T10:00:00")));
        CHECK(QFileInfo::exists(KeyFile::pathFor(backup.path)));
        const QByteArray bytes = test::fileBytes(backup.path);
        CHECK_FALSE(bytes.contains("Zde"));
        CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    }
    const BackupFile backup = *Backups(database).latest();
    StoreOptions wrong;
    wrong.passphrase = QStringLiteral("něco-úplně-jiného-123");
    CHECK_THROWS_AS(Store::open(backup.path, wrong), Error);
    auto opened = Store::open(backup.path, options);
    CHECK(clients(*opened, QStringLiteral("Zdeňka")) == 1);
}

TEST_CASE("A backup of a file that cannot be backed up says why and leaves nothing behind", "[backup]")
{
    test::Fixture fixture;
    const QString database = fixture.path(QStringLiteral("card.sqlite"));
    const QString taken = fixture.path(QStringLiteral("taken.sqlite"));
    test::writeFile(taken, "x");
    CHECK_THROWS_WITH(Backups::writeTo(database, taken), Catch::Contains("already exists"));
    CHECK(test::fileBytes(taken) == "x");
    // A folder that is a file.
    const QString blocked = fixture.path(QStringLiteral("blocked"));
    test::writeFile(blocked, "x");
    CHECK_THROWS_AS(Backups(database, blocked).make(at(QStringLiteral("2026-12-03T10:00:00"))), StorageError);
}

TEST_CASE("Restoring keeps the current file aside, and a failed restore changes nothing", "[backup]")
{
    test::Fixture fixture;
    const QString database = fixture.path(QStringLiteral("card.sqlite"));
    addClient(fixture.store(), QStringLiteral("Věra"));
    const BackupFile backup = Backups(database).make(at(QStringLiteral("2026-12-01T08:00:00")));
    addClient(fixture.store(), QStringLiteral("Ota"));
    const QUuid before = fixture.store().replicaId();
    fixture.takeStore().reset();
    const QByteArray current = test::fileBytes(database);

    // A damaged backup: refused before anything moves.
    const QString damaged = fixture.path(QStringLiteral("damaged.sqlite"));
    test::writeFile(damaged, QByteArray(8192, 'z'));
    CHECK_THROWS_AS(Recovery::restore(database, damaged, fixture.options()), Error);
    CHECK(test::fileBytes(database) == current);
    CHECK_FALSE(QFileInfo::exists(database + QStringLiteral(".restoring")));

    const Recovery::Restored restored = Recovery::restore(database, backup.path, fixture.options());
    CHECK(test::fileBytes(restored.keptAside) == current);
    auto store = Store::open(database, fixture.options());
    CHECK(store->replicaId() == restored.replica);
    CHECK(store->replicaId() != before);
    CHECK(clients(*store, QStringLiteral("Věra")) == 1);
    CHECK(clients(*store, QStringLiteral("Ota")) == 0);
    // The backup itself is left as it was, for another restore.
    CHECK(QFileInfo::exists(backup.path));
}
