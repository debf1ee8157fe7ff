#include "Recovery.h"

#include "Reinstallation.h"

#include "domain/Error.h"
#include "storage/DurableFiles.h"
#include "storage/EncryptedVfs.h"
#include "storage/KeyFile.h"
#include "storage/UseMarker.h"

#include <QFile>
#include <QFileInfo>

namespace teren {

namespace {

// Everything that belongs to one database file, by suffix.
QStringList fileSet()
{
    return {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
            QStringLiteral(".key"), QStringLiteral(".in-use")};
}

void removeSet(const QString &path)
{
    for (const QString &suffix : fileSet())
        QFile::remove(path + suffix);
}

// Moves the files of one database to another name; undone if a move fails.
void moveSet(const QString &from, const QString &to)
{
    QStringList moved;
    try {
        for (const QString &suffix : fileSet()) {
            if (!QFileInfo::exists(from + suffix))
                continue;
            DurableFiles::replace(from + suffix, to + suffix);
            moved.append(suffix);
        }
    } catch (...) {
        for (const QString &suffix : moved)
            std::rename(QFile::encodeName(to + suffix).constData(), QFile::encodeName(from + suffix).constData());
        throw;
    }
}

// Unlocks an encrypted file under the key its key file gives for these options.
std::shared_ptr<SecretKey> unlockKeyOf(const QString &path, const StoreOptions &options)
{
    const QString keyPath = KeyFile::pathFor(path);
    if (!options.recoveryKey.isEmpty())
        return KeyFile::unlockWithRecoveryKey(keyPath, options.recoveryKey);
    const QString passphrase = Store::passphraseOf(options);
    if (passphrase.isEmpty())
        throw Error(Recovery::tr("The file %1 is encrypted: its passphrase is needed.").arg(path));
    return KeyFile::unlock(keyPath, passphrase);
}

} // namespace

QString Recovery::asideName(const QString &path, const QDateTime &now)
{
    return path + QStringLiteral(".before-restore-") + now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

Recovery::Restored Recovery::restore(const QString &path, const QString &backup, const StoreOptions &options,
                                     std::shared_ptr<const SecretKey> key)
{
    if (!QFileInfo(backup).isFile())
        throw Error(tr("The backup %1 does not exist.").arg(backup));
    if (const std::optional<UseMarker::Holder> holder = UseMarker::holder(path))
        throw Error(tr("The file %1 is open in Terén: %2. Close it there first.").arg(path, holder->describe()));
    const QString restoring = path + QStringLiteral(".restoring");
    removeSet(restoring);
    Restored restored;
    try {
        DurableFiles::copy(backup, restoring);
        if (QFileInfo::exists(KeyFile::pathFor(backup)))
            DurableFiles::copy(KeyFile::pathFor(backup), KeyFile::pathFor(restoring));
        const bool unlockHere = key && Store::isEncrypted(restoring);
        if (unlockHere)
            EncryptedVfs::unlock(restoring, key);
        try {
            restored.replica = Reinstallation::begin(restoring, options);
        } catch (...) {
            if (unlockHere)
                EncryptedVfs::lock(restoring);
            throw;
        }
        if (unlockHere)
            EncryptedVfs::lock(restoring);
    } catch (...) {
        removeSet(restoring);
        throw;
    }
    const Clock &clock = options.clock ? *options.clock : Clock::system();
    if (QFileInfo::exists(path)) {
        restored.keptAside = asideName(path, clock.now());
        moveSet(path, restored.keptAside);
    }
    try {
        moveSet(restoring, path);
    } catch (...) {
        if (!restored.keptAside.isEmpty())
            moveSet(restored.keptAside, path);
        throw;
    }
    return restored;
}

Recovery::Salvaged Recovery::salvage(const QString &damaged, const QString &newPath, const StoreOptions &options,
                                     std::shared_ptr<const SecretKey> key)
{
    if (QFileInfo::exists(newPath))
        throw Error(tr("The file %1 already exists; choose another name.").arg(newPath));
    Salvaged salvaged;
    const bool encrypted = Store::isEncrypted(damaged);
    try {
        if (encrypted) {
            if (!key)
                key = unlockKeyOf(damaged, options);
            EncryptedVfs::unlock(damaged, key);
            EncryptedVfs::unlock(newPath, key);
        }
        if (QFileInfo::exists(KeyFile::pathFor(damaged)))
            DurableFiles::copy(KeyFile::pathFor(damaged), KeyFile::pathFor(newPath));
        salvaged.report = Salvage::into(damaged, newPath);
        EncryptedVfs::lock(damaged);
        // Still unlocked: the new file opens under the key it was written with.
        salvaged.replica = Reinstallation::begin(newPath, options);
        EncryptedVfs::lock(newPath);
    } catch (...) {
        EncryptedVfs::lock(damaged);
        EncryptedVfs::lock(newPath);
        removeSet(newPath);
        throw;
    }
    return salvaged;
}

} // namespace teren
