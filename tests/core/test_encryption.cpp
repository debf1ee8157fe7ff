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
