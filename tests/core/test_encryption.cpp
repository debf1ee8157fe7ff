// The database encrypted at rest (EncryptedVfs): what is on disk reveals nobody,
// and damage or tampering is refused rather than read.
#include <catch2/catch.hpp>

#include "TestMode.h"
#include "TestSupport.h"
#include "domain/Error.h"
#include "storage/EncryptedVfs.h"
#include "storage/FileEncryption.h"
#include "store/Repositories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

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
    {
        // Temporary files (VACUUM's copy, a sort too large for memory) go through the
        // same VFS; none stays in the temporary folder, and none would hold a name.
        QTemporaryDir temporary;
        qputenv("SQLITE_TMPDIR", QFile::encodeName(temporary.path()));
        auto store = Store::open(file.path);
        store->database().execScript(QStringLiteral("PRAGMA temp_store = FILE; PRAGMA cache_size = 5; VACUUM"));
        store->database().scalar(QStringLiteral("SELECT group_concat(notes) FROM (SELECT notes FROM client ORDER BY "
                                                "notes || given_name)"));
        qunsetenv("SQLITE_TMPDIR");
        CHECK_FALSE(holds(everythingIn(temporary.path()), secretName));
        CHECK_FALSE(holds(everythingIn(file.dir.path()), secretName));
    }
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

namespace {

const QString passphrase = QStringLiteral("modrá konvice na čaj u Sokolova");

// Every file in the folder, by name: what "nothing was changed" is compared with.
QMap<QString, QByteArray> folderSnapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    for (const QFileInfo &file : QDir(folder).entryInfoList(QDir::Files))
        files.insert(file.fileName(), test::fileBytes(file.absoluteFilePath()));
    return files;
}

// The files that appeared, went or changed between two snapshots.
QString changedFiles(const QMap<QString, QByteArray> &before, const QMap<QString, QByteArray> &after)
{
    QStringList changed;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (after.value(it.key()) != it.value() || !after.contains(it.key()))
            changed.append(it.key());
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            changed.append(it.key());
    }
    return changed.join(QStringLiteral(", "));
}

StoreOptions withPassphrase(const QString &text)
{
    StoreOptions options;
    options.passphrase = text;
    return options;
}

// A file with a client, its last transaction still in the WAL (as after a power cut).
struct PassphraseFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("card.sqlite"));
    QUuid client;

    explicit PassphraseFile(bool keepWal)
    {
        auto store = Store::create(path, withPassphrase(passphrase));
        for (int i = 0; i < 40; ++i) {
            Client person;
            person.givenName = QStringLiteral("Jméno%1").arg(i);
            person.familyName = secretName;
            person.notes = secretNote.repeated(20);
            client = ClientRepository(*store).create(person).id;
        }
        if (keepWal) {
            // Leave the WAL as a crash would: no checkpoint when the store closes.
            store->database().execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            for (int i = 0; i < 10; ++i) {
                Client person = *ClientRepository(*store).find(client);
                person.notes += QStringLiteral(" doplněno %1").arg(i);
                ClientRepository(*store).update(person);
            }
            sqlite3_db_config(store->database().handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        }
    }
};

// Opens and reads everything; returns the message it was refused with.
QString refusal(const QString &path, const StoreOptions &options)
{
    try {
        auto store = Store::open(path, options);
        store->database().scalar(QStringLiteral("PRAGMA integrity_check"));
        ClientRepository(*store).all();
    } catch (const Error &error) {
        return error.message();
    }
    return QString();
}

} // namespace

TEST_CASE("An encrypted file refuses a wrong or missing passphrase and damage, and stays byte for byte as it was",
          "[encryption]")
{
    SECTION("wrong passphrase")
    {
        PassphraseFile file(false);
        const auto before = folderSnapshot(file.dir.path());
        CHECK(refusal(file.path, withPassphrase(QStringLiteral("modrá konvice na kávu u Sokolova")))
                  .contains(QStringLiteral("Wrong passphrase")));
        CHECK(changedFiles(before, folderSnapshot(file.dir.path())) == QString());
    }
    SECTION("no passphrase")
    {
        PassphraseFile file(false);
        const auto before = folderSnapshot(file.dir.path());
        Store::setDefaultPassphraseForTests(QString());
        const QString message = refusal(file.path, StoreOptions());
        test::configureForTests(); // the suite's own default again
        CHECK(message.contains(QStringLiteral("passphrase is needed")));
        CHECK(changedFiles(before, folderSnapshot(file.dir.path())) == QString());
    }
    SECTION("a page changed")
    {
        PassphraseFile file(false);
        QByteArray bytes = test::fileBytes(file.path);
        bytes[3 * EncryptedVfs::pageSize + 17] = static_cast<char>(bytes[3 * EncryptedVfs::pageSize + 17] ^ 0x20);
        test::writeFile(file.path, bytes);
        const auto before = folderSnapshot(file.dir.path());
        const QString message = refusal(file.path, withPassphrase(passphrase));
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("damaged or was altered")));
        CHECK(changedFiles(before, folderSnapshot(file.dir.path())) == QString());
    }
    SECTION("two pages swapped")
    {
        PassphraseFile file(false);
        QByteArray bytes = test::fileBytes(file.path);
        const int size = EncryptedVfs::pageSize;
        const QByteArray third = bytes.mid(2 * size, size);
        bytes.replace(2 * size, size, bytes.mid(4 * size, size));
        bytes.replace(4 * size, size, third);
        test::writeFile(file.path, bytes);
        const auto before = folderSnapshot(file.dir.path());
        CHECK(refusal(file.path, withPassphrase(passphrase)).contains(QStringLiteral("damaged or was altered")));
        CHECK(changedFiles(before, folderSnapshot(file.dir.path())) == QString());
    }
    SECTION("two WAL frames swapped")
    {
        PassphraseFile file(true);
        const QString wal = file.path + QStringLiteral("-wal");
        QByteArray bytes = test::fileBytes(wal);
        const int frame = 24 + EncryptedVfs::pageSize;
        REQUIRE(bytes.size() >= 32 + 4 * frame);
        const QByteArray second = bytes.mid(32 + frame, frame);
        bytes.replace(32 + frame, frame, bytes.mid(32 + 2 * frame, frame));
        bytes.replace(32 + 2 * frame, frame, second);
        test::writeFile(wal, bytes);
        auto before = folderSnapshot(file.dir.path());
        CHECK(refusal(file.path, withPassphrase(passphrase)).contains(QStringLiteral("damaged or was altered")));
        // The WAL's index (-shm) left by the crash is SQLite's shared memory, rebuilt
        // by whoever opens the file next; it holds no data.
        auto after = folderSnapshot(file.dir.path());
        before.remove(QStringLiteral("card.sqlite-shm"));
        after.remove(QStringLiteral("card.sqlite-shm"));
        CHECK(changedFiles(before, after) == QString());
    }
    SECTION("the file cut short")
    {
        PassphraseFile file(false);
        QByteArray bytes = test::fileBytes(file.path);
        bytes.truncate(bytes.size() - EncryptedVfs::pageSize - 1000);
        test::writeFile(file.path, bytes);
        const auto before = folderSnapshot(file.dir.path());
        const QString message = refusal(file.path, withPassphrase(passphrase));
        CHECK(message.contains(QStringLiteral("damaged")));
        CHECK(changedFiles(before, folderSnapshot(file.dir.path())) == QString());
    }
    SECTION("the key file missing")
    {
        PassphraseFile file(false);
        QFile::remove(file.path + QStringLiteral(".key"));
        const auto before = folderSnapshot(file.dir.path());
        CHECK(refusal(file.path, withPassphrase(passphrase)).contains(QStringLiteral("key file")));
        CHECK(changedFiles(before, folderSnapshot(file.dir.path())) == QString());
    }
}

TEST_CASE("A file with its WAL still full opens with the right passphrase after a crash", "[encryption]")
{
    PassphraseFile file(true);
    CHECK(QFileInfo(file.path + QStringLiteral("-wal")).size() > 0);
    auto store = Store::open(file.path, withPassphrase(passphrase));
    CHECK(ClientRepository(*store).find(file.client)->notes.endsWith(QStringLiteral(" doplněno 9")));
}

TEST_CASE("A journal or temporary file through the VFS reads back what was written, wherever it was written",
          "[encryption]")
{
    // The VFS's block files against a byte array: random writes (also past the end,
    // leaving gaps), reads, truncations and sizes, as SQLite's journals, VACUUM's copy
    // and spilled sorts do them.
    EncryptedVfs::name(); // registers the VFS
    sqlite3_vfs *vfs = sqlite3_vfs_find(EncryptedVfs::name());
    REQUIRE(vfs);
    std::vector<char> storage(static_cast<std::size_t>(vfs->szOsFile));
    auto *file = reinterpret_cast<sqlite3_file *>(storage.data());
    int outFlags = 0;
    REQUIRE(vfs->xOpen(vfs, nullptr, file,
                       SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_DELETEONCLOSE,
                       &outFlags)
            == SQLITE_OK);
    QByteArray model;
    QRandomGenerator random(18);
    for (int step = 0; step < 600; ++step) {
        const int operation = random.bounded(10);
        if (operation < 5) {
            const int offset = random.bounded(60000);
            QByteArray bytes(random.bounded(1, 9000), Qt::Uninitialized);
            for (char &byte : bytes)
                byte = static_cast<char>(random.bounded(256));
            REQUIRE(file->pMethods->xWrite(file, bytes.constData(), static_cast<int>(bytes.size()), offset) == SQLITE_OK);
            if (model.size() < offset + bytes.size())
                model.resize(offset + bytes.size(), '\0');
            model.replace(offset, bytes.size(), bytes);
        } else if (operation < 9) {
            const int offset = random.bounded(70000);
            const int amount = random.bounded(1, 9000);
            QByteArray read(amount, Qt::Uninitialized);
            const int rc = file->pMethods->xRead(file, read.data(), amount, offset);
            QByteArray expected = model.mid(offset, amount);
            const bool whole = expected.size() == amount;
            expected.resize(amount, '\0');
            INFO("step " << step << ", read " << amount << " at " << offset);
            CHECK(rc == (whole ? SQLITE_OK : SQLITE_IOERR_SHORT_READ));
            CHECK(read == expected);
        } else {
            const int size = random.bounded(static_cast<int>(model.size()) + 1);
            REQUIRE(file->pMethods->xTruncate(file, size) == SQLITE_OK);
            model.truncate(size);
        }
        sqlite3_int64 size = -1;
        REQUIRE(file->pMethods->xFileSize(file, &size) == SQLITE_OK);
        REQUIRE(size == model.size());
    }
    file->pMethods->xClose(file);
}

TEST_CASE("A file opened with the recovery key gets a new passphrase without the lost one", "[encryption]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kraj.sqlite"));
    QString recoveryKey;
    {
        auto store = Store::create(path, withPassphrase(passphrase));
        recoveryKey = store->createRecoveryKey();
    }
    const QString renewed = QStringLiteral("zelený šátek na lavičce v parku");
    {
        StoreOptions options;
        options.recoveryKey = recoveryKey;
        auto store = Store::open(path, options);
        CHECK_THROWS_AS(FileEncryption::setPassphrase(path, QStringLiteral("heslo")), ValidationError);
        FileEncryption::setPassphrase(path, renewed);
    }
    CHECK(refusal(path, withPassphrase(passphrase)).contains(QStringLiteral("Wrong passphrase")));
    CHECK(refusal(path, withPassphrase(renewed)).isEmpty());
    // Closed, the key is gone from memory: nothing sets a passphrase without it.
    CHECK_THROWS_AS(FileEncryption::setPassphrase(path, renewed), Error);
}
