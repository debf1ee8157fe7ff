// Every kind of file Terén should not work on is refused before anything is written,
// with a reason the user can act on; what can be read is salvaged.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "domain/Error.h"
#include "storage/Backups.h"
#include "storage/KeyFile.h"
#include "storage/OpenChecks.h"
#include "storage/StorageFailures.h"
#include "storage/UseMarker.h"
#include "store/Repositories.h"
#include "sync/Recovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>


using namespace teren;
using Reason = UnopenableFile::Reason;

namespace {

// Everything in the folder, byte for byte, to show a refusal wrote nothing.
QMap<QString, QByteArray> folderBytes(const QString &folder)
{
    QMap<QString, QByteArray> bytes;
    const QStringList names = QDir(folder).entryList(QDir::Files);
    for (const QString &name : names)
        bytes.insert(name, test::fileBytes(QDir(folder).filePath(name)));
    return bytes;
}

Reason refusal(const QString &path, StoreOptions options = {})
{
    try {
        Store::open(path, options);
    } catch (const UnopenableFile &error) {
        INFO(error.message().toStdString());
        return error.reason();
    }
    FAIL("the file was opened");
    return Reason::Empty;
}

// A closed database with `count` clients (and their notes, so they fill pages).
QString databaseWithClients(test::Fixture &fixture, int count)
{
    {
        Transaction transaction(fixture.store().database());
        for (int i = 0; i < count; ++i) {
            Client client;
            client.givenName = QStringLiteral("Klient %1").arg(i);
            client.familyName = QStringLiteral("Horváth");
            client.birthYear = 1980 + i % 30;
            client.notes = QString(200, QLatin1Char('n'));
            ClientRepository(fixture.store()).create(client);
        }
        transaction.commit();
    }
    fixture.takeStore().reset();
    return fixture.path(QStringLiteral("card.sqlite"));
}

// Overwrites one leaf page of the client table with noise.
void damageClientPage(const QString &path, const StoreOptions &options)
{
    qint64 page = 0;
    {
        auto store = Store::open(path, options);
        page = store->database()
                   .scalar(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'client' AND pagetype = 'leaf' "
                                          "ORDER BY pageno LIMIT 1 OFFSET 3"))
                   .toLongLong();
    }
    REQUIRE(page > 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek((page - 1) * 4096 + 16);
    file.write(QByteArray(600, '\x5a'));
}

} // namespace

TEST_CASE("An empty file is refused as empty, not made a new database", "[badfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    test::writeFile(path, {});
    CHECK(refusal(path) == Reason::Empty);
    CHECK(QFileInfo(path).size() == 0);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("empty.sqlite")});
}

TEST_CASE("A file that is not a database, or an empty SQLite database, is refused", "[badfile]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
    test::writeFile(text, QByteArray("Jméno;Příjmení\nVěra;Horváthová\n").repeated(200));
    const auto before = folderBytes(dir.path());
    CHECK(refusal(text) == Reason::NotADatabase);
    CHECK(folderBytes(dir.path()) == before);

    const QString bare = dir.filePath(QStringLiteral("bare.sqlite"));
    {
        Database db(bare);
        db.execScript(QStringLiteral("PRAGMA user_version = 0; VACUUM"));
    }
    test::writeFile(bare, test::fileBytes(bare)); // whatever SQLite made of it, as bytes
    if (QFileInfo(bare).size() > 0)
        CHECK(refusal(bare, [] { StoreOptions o; o.plain = true; return o; }()) == Reason::NotADatabase);
}

TEST_CASE("A file from a newer Terén is refused untouched", "[badfile]")
{
    test::Fixture fixture;
    fixture.store().database().execScript(QStringLiteral("PRAGMA user_version = 999"));
    fixture.takeStore().reset();
    const QString path = fixture.path(QStringLiteral("card.sqlite"));
    const QByteArray before = test::fileBytes(path);
    CHECK(refusal(path, fixture.options()) == Reason::NewerVersion);
    CHECK(test::fileBytes(path) == before);
}

TEST_CASE("A damaged page is found before anything is written, and the rest is salvaged", "[badfile][salvage]")
{
    test::Fixture fixture;
    const StoreOptions options = fixture.options();
    const QString path = databaseWithClients(fixture, 400);
    damageClientPage(path, options);
    const QString folder = QFileInfo(path).absolutePath();
    const auto before = folderBytes(folder);

    CHECK(refusal(path, options) == Reason::Damaged);
    CHECK(folderBytes(folder) == before);

    const QString salvagedPath = fixture.path(QStringLiteral("salvaged.sqlite"));
    const Recovery::Salvaged salvaged = Recovery::salvage(path, salvagedPath, options);
    CHECK(folderBytes(folder).value(QStringLiteral("card.sqlite")) == before.value(QStringLiteral("card.sqlite")));
    CHECK_FALSE(salvaged.report.complete());
    CHECK(salvaged.report.toText().contains(QStringLiteral("client: ")));
    auto store = Store::open(salvagedPath, options);
    const int kept = store->database().scalar(QStringLiteral("SELECT count(*) FROM client")).toInt();
    CHECK(kept > 300); // one page of clients lost, not the rest
    CHECK(kept < 400);
    CHECK(store->replicaId() == salvaged.replica);
    CHECK(store->database().scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
}

TEST_CASE("A file another Terén holds is refused when asked to be exclusive, naming who holds it", "[badfile]")
{
    test::Fixture fixture;
    fixture.takeStore().reset();
    const QString path = fixture.path(QStringLiteral("card.sqlite"));
    // Another program holds the marker as a running Terén would.
    test::writeFile(UseMarker::pathFor(path),
                    "user=jana\nhost=notebook-7\nprogram=teren\npid=1\nsince=2026-12-03T08:00:00Z\n");
    QProcess holder;
    holder.start(QStringLiteral("flock"), {QStringLiteral("-x"), UseMarker::pathFor(path), QStringLiteral("sleep"),
                                           QStringLiteral("30")});
    REQUIRE(holder.waitForStarted());
    QThread::msleep(300);
    StoreOptions options = fixture.options();
    options.exclusive = true;
    try {
        Store::open(path, options);
        FAIL("opened");
    } catch (const UnopenableFile &error) {
        CHECK(error.reason() == Reason::InUse);
        CHECK(error.message().contains(QStringLiteral("jana on the computer notebook-7")));
        CHECK(error.canOpenReadOnly());
    }
    // Read-only, or without asking to be exclusive (the CLI's short commands), it opens.
    options.exclusive = false;
    CHECK_NOTHROW(Store::open(path, options));
    holder.kill();
    holder.waitForFinished();
}

TEST_CASE("A file whose last session never closed it and whose WAL is gone is not opened silently", "[badfile]")
{
    test::Fixture fixture;
    fixture.takeStore().reset();
    const QString path = fixture.path(QStringLiteral("card.sqlite"));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    // The marker of a session that ended without closing the file, nobody holding it.
    test::writeFile(UseMarker::pathFor(path), "user=jana\nhost=notebook-7\nprogram=teren\npid=1\n");
    CHECK(refusal(path, fixture.options()) == Reason::MissingWal);
    StoreOptions options = fixture.options();
    options.acceptMissingWal = true;
    CHECK_NOTHROW(Store::open(path, options));
    // Once opened and closed properly, the marker is gone and the file opens as usual.
    CHECK_FALSE(QFileInfo::exists(UseMarker::pathFor(path)));
    CHECK_NOTHROW(Store::open(path, fixture.options()));
}

TEST_CASE("A file opened read-only is never written, and says so when asked to change", "[badfile]")
{
    test::Fixture fixture;
    fixture.takeStore().reset();
    const QString path = fixture.path(QStringLiteral("card.sqlite"));
    const QByteArray before = test::fileBytes(path);
    StoreOptions options = fixture.options();
    options.readOnly = true;
    {
        auto store = Store::open(path, options);
        CHECK(store->isReadOnly());
        Client client;
        client.givenName = QStringLiteral("Věra");
        client.familyName = QStringLiteral("Horváthová");
        client.birthYear = 1990;
        CHECK_THROWS_WITH(ClientRepository(*store).create(client), Catch::Contains("read-only"));
    }
    CHECK(test::fileBytes(path) == before);
    CHECK_FALSE(QFileInfo::exists(UseMarker::pathFor(path)));
}

TEST_CASE("A large file's check can run in the background: until it passed, nothing is written", "[badfile]")
{
    test::Fixture fixture;
    fixture.takeStore().reset();
    const QString path = fixture.path(QStringLiteral("card.sqlite"));
    StoreOptions options = fixture.options();
    options.deferIntegrityCheck = true;
    auto store = Store::open(path, options);
    CHECK(store->isReadOnly());
    CHECK(OpenChecks::quickCheck(path).isEmpty());
    store->writesChecked();
    CHECK_FALSE(store->isReadOnly());
    Client client;
    client.givenName = QStringLiteral("Věra");
    client.familyName = QStringLiteral("Horváthová");
    client.birthYear = 1990;
    CHECK_NOTHROW(ClientRepository(*store).create(client));
}
