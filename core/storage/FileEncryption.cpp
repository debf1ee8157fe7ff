#include "FileEncryption.h"

#include "Database.h"
#include "EncryptedVfs.h"
#include "DurableFiles.h"
#include "KeyFile.h"

#include "domain/Error.h"
#include "domain/PassphrasePolicy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <memory>


namespace teren {

namespace {

QString newKeyPath(const QString &path)
{
    return FileEncryption::copyKeyPath(path) + QStringLiteral(".new");
}

bool isPlainSqlite(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16).startsWith("SQLite format 3");
}

using Connection = std::unique_ptr<sqlite3, decltype(&sqlite3_close_v2)>;

void run(sqlite3 *db, const QString &sql, const QString &path)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return;
    const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    switch (rc & 0xff) {
    case SQLITE_FULL:
        throw StorageError(FileEncryption::tr("The disk is full: %1 stays as it was. Free at least as much space "
                                              "as the file takes and try again.")
                               .arg(path));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw StorageError(FileEncryption::tr("The file %1 is in use by another program. Close it there and try "
                                              "again.")
                               .arg(path));
    default:
        throw StorageError(FileEncryption::tr("Encrypting %1 failed: %2. The file stays as it was.").arg(path, text));
    }
}

// The plain signing secret (FILE.key before encryption), if there is one.
QByteArray plainSigningSecret(const QString &path)
{
    QFile file(KeyFile::pathFor(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(4096);
}

} // namespace

void FileEncryption::finishInterrupted(const QString &path)
{
    const QString copy = copyPath(path);
    const QString copyKey = copyKeyPath(path);
    QFile::remove(newKeyPath(path));
    if (!QFileInfo::exists(copyKey)) {
        // Cut before the decision: the plain file is the one.
        DurableFiles::removeWithCompanions(copy);
        return;
    }
    // Decided: the encrypted copy replaces the file, then its key file the old one.
    if (QFileInfo::exists(copy)) {
        DurableFiles::removeWithCompanions(path);
        DurableFiles::replace(copy, path);
        DurableFiles::removeWithCompanions(copy);
    }
    DurableFiles::replace(copyKey, KeyFile::pathFor(path));
}

void FileEncryption::encryptInPlace(const QString &path, const QString &passphrase)
{
    finishInterrupted(path);
    if (!QFileInfo::exists(path))
        throw StorageError(tr("The file %1 does not exist.").arg(path));
    if (KeyFile::kindOf(KeyFile::pathFor(path)) == KeyFile::Kind::Sealed)
        throw Error(tr("The file %1 is encrypted already.").arg(path));
    if (!isPlainSqlite(path))
        throw StorageError(tr("The file %1 is not a Terén database.").arg(path));
    if (const QString problem = PassphrasePolicy::problem(passphrase); !problem.isEmpty())
        throw ValidationError(problem, QStringLiteral("passphrase"));

    const QString copy = copyPath(path);
    const QString copyKey = newKeyPath(path);
    const QByteArray signingSecret = plainSigningSecret(path);
    const std::shared_ptr<SecretKey> key = KeyFile::create(copyKey, passphrase);
    EncryptedVfs::unlock(copy, key);
    struct Relock
    {
        QString path;
        ~Relock() { EncryptedVfs::lock(path); }
    } relock{copy};
    try {
        {
            sqlite3 *raw = nullptr;
            const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
                                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, nullptr);
            Connection source(raw, &sqlite3_close_v2);
            if (rc != SQLITE_OK)
                throw StorageError(tr("Cannot open the file %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(raw))));
            sqlite3_busy_timeout(raw, 5000);
            // Everything in the file itself, then a copy laid out for encryption: pages
            // of the encrypted size, each leaving room for its nonce and tag.
            run(raw, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), path);
            run(raw, QStringLiteral("PRAGMA page_size = %1").arg(EncryptedVfs::pageSize), path);
            int reserve = EncryptedVfs::reserveBytes;
            sqlite3_file_control(raw, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
            const QString target = QStringLiteral("file:%1?vfs=%2")
                                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(
                                                EncryptedVfs::canonicalPath(copy), "/")),
                                            QString::fromLatin1(EncryptedVfs::name()));
            DurableFiles::removeWithCompanions(copy);
            run(raw, QStringLiteral("VACUUM INTO '%1'").arg(QString(target).replace(QLatin1Char('\''), QStringLiteral("''"))),
                path);
        }
        {
            // The copy must read back whole under its key before it may replace anything.
            Database check(copy);
            if (check.scalar(QStringLiteral("PRAGMA quick_check")).toString() != u"ok")
                throw StorageError(tr("The encrypted copy of %1 did not read back whole; the file stays as it was.")
                                       .arg(path));
        }
        if (signingSecret.size() == 64)
            KeyFile::setSigningSecret(copyKey, *key, signingSecret);
        DurableFiles::syncToDisk(copy);
        DurableFiles::syncToDisk(copyKey);
    } catch (...) {
        DurableFiles::removeWithCompanions(copy);
        QFile::remove(copyKey);
        throw;
    }
    // The decision: from here the encrypted copy is the file.
    DurableFiles::replace(copyKey, copyKeyPath(path));
    finishInterrupted(path);
}

void FileEncryption::changePassphrase(const QString &path, const QString &oldPassphrase, const QString &newPassphrase)
{
    finishInterrupted(path);
    const QString keyPath = KeyFile::pathFor(path);
    if (KeyFile::kindOf(keyPath) != KeyFile::Kind::Sealed)
        throw Error(tr("The file %1 is not encrypted, so it has no passphrase; encrypt it first.").arg(path));
    if (const QString problem = PassphrasePolicy::problem(newPassphrase); !problem.isEmpty())
        throw ValidationError(problem, QStringLiteral("passphrase"));
    const std::shared_ptr<SecretKey> key = KeyFile::unlock(keyPath, oldPassphrase);
    KeyFile::changePassphrase(keyPath, *key, newPassphrase);
}

void FileEncryption::resetPassphrase(const QString &path, const QString &recoveryKey, const QString &newPassphrase)
{
    finishInterrupted(path);
    const QString keyPath = KeyFile::pathFor(path);
    if (KeyFile::kindOf(keyPath) != KeyFile::Kind::Sealed)
        throw Error(tr("The file %1 is not encrypted, so it has no passphrase; encrypt it first.").arg(path));
    if (const QString problem = PassphrasePolicy::problem(newPassphrase); !problem.isEmpty())
        throw ValidationError(problem, QStringLiteral("passphrase"));
    const std::shared_ptr<SecretKey> key = KeyFile::unlockWithRecoveryKey(keyPath, recoveryKey);
    KeyFile::changePassphrase(keyPath, *key, newPassphrase);
}

void FileEncryption::setPassphrase(const QString &path, const QString &newPassphrase)
{
    const std::shared_ptr<const SecretKey> key = EncryptedVfs::keyOf(path);
    if (!key)
        throw Error(tr("The file %1 is not open with its key, so its passphrase cannot be set.").arg(path));
    if (const QString problem = PassphrasePolicy::problem(newPassphrase); !problem.isEmpty())
        throw ValidationError(problem, QStringLiteral("passphrase"));
    KeyFile::changePassphrase(KeyFile::pathFor(path), *key, newPassphrase);
}

} // namespace teren
