// The database encrypted at rest (EncryptedVfs): what is on disk reveals nobody,
// and damage or tampering is refused rather than read.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "domain/Error.h"
#include "storage/EncryptedVfs.h"
#include "store/Repositories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

using namespace teren;

namespace {

const QString secretName = QStringLiteral("Žofie Šťastná-Kubíková");
const QString secretNote = QStringLiteral("dluh u lichváře, splátky 3000 Kč");

bool holds(const QByteArray &bytes, const QString &text)
{
    return bytes.contains(text.toUtf8())
        || bytes.contains(QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
}

QByteArray everythingIn(const QString &folder)
{
    QByteArray all;
    for (const QFileInfo &file : QDir(folder).entryInfoList(QDir::Files))
        all += test::fileBytes(file.absoluteFilePath());
    return all;
}

// What a plain SQLite (the sqlite3 shell) makes of the file.
int plainOpen(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    const int rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc;
}

struct EncryptedFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("card.sqlite"));
    std::shared_ptr<SecretKey> key = SecretKey::random();

    EncryptedFile() { EncryptedVfs::unlock(path, key); }
    ~EncryptedFile() { EncryptedVfs::lock(path); }

    QUuid writeClient()
    {
        auto store = Store::create(path);
        Client client;
        client.givenName = secretName;
        client.familyName = QStringLiteral("Horváthová");
        client.notes = secretNote;
        for (int i = 0; i < 200; ++i) // enough for several pages and WAL frames
            client.notes += QStringLiteral(" %1").arg(i);
        return ClientRepository(*store).create(client).id;
    }
};

} // namespace

TEST_CASE("An encrypted database holds no name or note in any file, and reads back whole", "[encryption]")
{
    EncryptedFile file;
    const QUuid id = file.writeClient();
    {
        auto store = Store::open(file.path);
        REQUIRE(ClientRepository(*store).find(id));
        // Read while the WAL still holds the last pages.
        CHECK(QFileInfo::exists(file.path + QStringLiteral("-wal")));
        const QByteArray onDisk = everythingIn(file.dir.path());
        CHECK_FALSE(holds(onDisk, secretName));
        CHECK_FALSE(holds(onDisk, QStringLiteral("lichváře")));
        CHECK_FALSE(onDisk.contains("SQLite format 3"));
    }
    CHECK_FALSE(holds(everythingIn(file.dir.path()), secretName));
    CHECK(plainOpen(file.path) == SQLITE_NOTADB);
    auto store = Store::open(file.path);
    CHECK(ClientRepository(*store).find(id)->givenName == secretName);
    CHECK(store->database().scalar(QStringLiteral("PRAGMA integrity_check")).toString() == u"ok");
}

TEST_CASE("A page of an encrypted database changed, or swapped with another, is refused", "[encryption]")
{
    EncryptedFile file;
    file.writeClient();
    {
        auto store = Store::open(file.path);
        store->database().execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QByteArray bytes = test::fileBytes(file.path);
    REQUIRE(bytes.size() >= 4 * EncryptedVfs::pageSize);
    const auto pageAt = [&](int index) { return bytes.mid(index * EncryptedVfs::pageSize, EncryptedVfs::pageSize); };

    SECTION("one byte changed")
    {
        bytes[2 * EncryptedVfs::pageSize + 100] = static_cast<char>(bytes[2 * EncryptedVfs::pageSize + 100] ^ 1);
    }
    SECTION("two pages swapped")
    {
        const QByteArray second = pageAt(1);
        bytes.replace(EncryptedVfs::pageSize, EncryptedVfs::pageSize, pageAt(2));
        bytes.replace(2 * EncryptedVfs::pageSize, EncryptedVfs::pageSize, second);
    }
    test::writeFile(file.path, bytes);
    bool refused = false;
    try {
        auto store = Store::open(file.path);
        store->database().scalar(QStringLiteral("PRAGMA integrity_check"));
        ClientRepository(*store).all();
    } catch (const StorageError &error) {
        refused = true;
        CHECK_FALSE(error.message().isEmpty());
    }
    CHECK(refused);
}

namespace {

// A write transaction far larger than the page cache: SQLite spills pages to the WAL
// before the commit and rewrites those frames in place as the pages change again.
void writeLargeTransaction(Database &db, int rows)
{
    db.execScript(QStringLiteral("PRAGMA cache_size = 10; CREATE TABLE IF NOT EXISTS scratch(id INTEGER PRIMARY KEY, "
                                 "body TEXT); BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                 "WHERE i < %1) INSERT OR REPLACE INTO scratch SELECT i, hex(randomblob(300)) FROM n; "
                                 "UPDATE scratch SET body = body || 'a'; UPDATE scratch SET body = body || 'b'; COMMIT")
                      .arg(rows));
}

// The database and its WAL as a power cut would leave them, opened under the same key.
QString crashCopy(const QString &path, const QString &folder, const std::shared_ptr<SecretKey> &key)
{
    const QString copy = QDir(folder).filePath(QStringLiteral("after-power-cut.sqlite"));
    REQUIRE(QFile::copy(path, copy));
    REQUIRE(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    EncryptedVfs::unlock(copy, key);
    return copy;
}

} // namespace

TEST_CASE("A transaction larger than the page cache reads back after closing and after a power cut", "[encryption]")
{
    EncryptedFile file;
    file.writeClient();
    QTemporaryDir crashed;
    QString copy;
    {
        auto store = Store::open(file.path);
        writeLargeTransaction(store->database(), 3000);
        copy = crashCopy(file.path, crashed.path(), file.key);
    }
    auto store = Store::open(file.path);
    CHECK(store->database().scalar(QStringLiteral("SELECT count(*) FROM scratch WHERE body LIKE '%ab'")).toInt()
          == 3000);
    CHECK(store->database().scalar(QStringLiteral("PRAGMA integrity_check")).toString() == u"ok");

    auto recovered = Store::open(copy);
    CHECK(recovered->database().scalar(QStringLiteral("SELECT count(*) FROM scratch WHERE body LIKE '%ab'")).toInt()
          == 3000);
    recovered.reset();
    EncryptedVfs::lock(copy);
}

TEST_CASE("After the WAL starts over, the frames left from its earlier round are not read as damage", "[encryption]")
{
    EncryptedFile file;
    file.writeClient();
    QTemporaryDir crashed;
    QString copy;
    {
        auto store = Store::open(file.path);
        Database &db = store->database();
        writeLargeTransaction(db, 2000);
        db.execScript(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        // Starts the log over at its first frame; the later frames of the large
        // transaction stay in the file behind it.
        db.execScript(QStringLiteral("UPDATE scratch SET body = 'short' WHERE id = 7"));
        copy = crashCopy(file.path, crashed.path(), file.key);
    }
    auto recovered = Store::open(copy);
    CHECK(recovered->database().scalar(QStringLiteral("SELECT body FROM scratch WHERE id = 7")).toString() == u"short");
    CHECK(recovered->database().scalar(QStringLiteral("SELECT count(*) FROM scratch")).toInt() == 2000);
    CHECK(recovered->database().scalar(QStringLiteral("PRAGMA integrity_check")).toString() == u"ok");
    recovered.reset();
    EncryptedVfs::lock(copy);
}
