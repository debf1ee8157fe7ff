#include "EncryptedVfs.h"

#include "SealedFile.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <new>
#include <vector>

namespace teren {

namespace {

using namespace sealed;
// The keys of the databases unlocked in this process: each with the connections that
// use it, and whether it was handed back (locked) and goes with the last of them.
struct KeyRing
{
    struct Entry
    {
        std::shared_ptr<const SecretKey> key;
        int users = 0;
        bool locked = false;
    };
    QMutex mutex;
    QHash<QString, Entry> keys;
};

KeyRing &keyRing()
{
    static KeyRing ring;
    return ring;
}

std::shared_ptr<const SecretKey> keyFor(const char *path)
{
    if (!path)
        return nullptr;
    KeyRing &ring = keyRing();
    QMutexLocker lock(&ring.mutex);
    return ring.keys.value(QString::fromUtf8(path)).key;
}

// ---------------------------------------------------------------- io methods

int xClose(sqlite3_file *base)
{
    File *file = asFile(base);
    const int rc = file->real->pMethods ? file->real->pMethods->xClose(file->real) : SQLITE_OK;
    file->key.reset();
    file->~File();
    return rc;
}

int xRead(sqlite3_file *base, void *buffer, int amount, sqlite3_int64 offset)
{
    File *file = asFile(base);
    auto *bytes = static_cast<unsigned char *>(buffer);
    switch (file->kind) {
    case Kind::Pages:
        return pagesRead(file, bytes, amount, offset);
    case Kind::Wal:
        return walRead(file, bytes, amount, offset);
    case Kind::Blocks:
        return blocksRead(file, bytes, amount, offset);
    case Kind::Plain:
        break;
    }
    return file->real->pMethods->xRead(file->real, buffer, amount, offset);
}

int xWrite(sqlite3_file *base, const void *buffer, int amount, sqlite3_int64 offset)
{
    File *file = asFile(base);
    const auto *bytes = static_cast<const unsigned char *>(buffer);
    switch (file->kind) {
    case Kind::Pages:
        return pagesWrite(file, bytes, amount, offset);
    case Kind::Wal:
        return walWrite(file, bytes, amount, offset);
    case Kind::Blocks:
        return blocksWrite(file, bytes, amount, offset);
    case Kind::Plain:
        break;
    }
    return file->real->pMethods->xWrite(file->real, buffer, amount, offset);
}

int xTruncate(sqlite3_file *base, sqlite3_int64 size)
{
    File *file = asFile(base);
    if (file->kind == Kind::Blocks)
        return blocksTruncate(file, size);
    return file->real->pMethods->xTruncate(file->real, size);
}

int xSync(sqlite3_file *base, int flags)
{
    return asFile(base)->real->pMethods->xSync(asFile(base)->real, flags);
}

int xFileSize(sqlite3_file *base, sqlite3_int64 *size)
{
    File *file = asFile(base);
    if (file->kind == Kind::Blocks)
        return blocksSize(file, size);
    return file->real->pMethods->xFileSize(file->real, size);
}

int xLock(sqlite3_file *base, int level)
{
    return asFile(base)->real->pMethods->xLock(asFile(base)->real, level);
}

int xUnlock(sqlite3_file *base, int level)
{
    return asFile(base)->real->pMethods->xUnlock(asFile(base)->real, level);
}

int xCheckReservedLock(sqlite3_file *base, int *reserved)
{
    return asFile(base)->real->pMethods->xCheckReservedLock(asFile(base)->real, reserved);
}

int xFileControl(sqlite3_file *base, int op, void *argument)
{
    File *file = asFile(base);
    // Memory-mapped reads would bypass decryption.
    if (file->kind != Kind::Plain && op == SQLITE_FCNTL_MMAP_SIZE) {
        *static_cast<sqlite3_int64 *>(argument) = 0;
        return SQLITE_OK;
    }
    return file->real->pMethods->xFileControl(file->real, op, argument);
}

int xSectorSize(sqlite3_file *base)
{
    return asFile(base)->real->pMethods->xSectorSize(asFile(base)->real);
}

int xDeviceCharacteristics(sqlite3_file *base)
{
    File *file = asFile(base);
    int characteristics = file->real->pMethods->xDeviceCharacteristics(file->real);
    // Writes go in whole pages or blocks, read back and rewritten when partial; and
    // a WAL frame's page is never split at a sector (see walWrite).
    if (file->kind != Kind::Plain)
        characteristics |= SQLITE_IOCAP_POWERSAFE_OVERWRITE;
    return characteristics;
}

int xShmMap(sqlite3_file *base, int region, int size, int extend, void volatile **memory)
{
    return asFile(base)->real->pMethods->xShmMap(asFile(base)->real, region, size, extend, memory);
}

int xShmLock(sqlite3_file *base, int offset, int count, int flags)
{
    return asFile(base)->real->pMethods->xShmLock(asFile(base)->real, offset, count, flags);
}

void xShmBarrier(sqlite3_file *base)
{
    asFile(base)->real->pMethods->xShmBarrier(asFile(base)->real);
}

int xShmUnmap(sqlite3_file *base, int deleteFlag)
{
    return asFile(base)->real->pMethods->xShmUnmap(asFile(base)->real, deleteFlag);
}

// Version 2: shared memory for the WAL index, no xFetch (memory-mapped pages).
const sqlite3_io_methods ioMethods = {2,
                                      xClose,
                                      xRead,
                                      xWrite,
                                      xTruncate,
                                      xSync,
                                      xFileSize,
                                      xLock,
                                      xUnlock,
                                      xCheckReservedLock,
                                      xFileControl,
                                      xSectorSize,
                                      xDeviceCharacteristics,
                                      xShmMap,
                                      xShmLock,
                                      xShmBarrier,
                                      xShmUnmap,
                                      nullptr,
                                      nullptr};

// ---------------------------------------------------------------- the VFS

sqlite3_vfs *root(sqlite3_vfs *vfs)
{
    return static_cast<sqlite3_vfs *>(vfs->pAppData);
}

int xOpen(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *base, int flags, int *outFlags)
{
    auto *file = new (base) File{};
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    sqlite3_vfs *system = root(vfs);
    std::memset(file->real, 0, static_cast<std::size_t>(system->szOsFile));
    const int rc = system->xOpen(system, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        file->~File();
        base->pMethods = nullptr;
        return rc;
    }
    if (flags & SQLITE_OPEN_MAIN_DB) {
        file->key = keyFor(name);
        file->kind = file->key ? Kind::Pages : Kind::Plain;
    } else if (flags & SQLITE_OPEN_WAL) {
        file->key = keyFor(sqlite3_filename_database(name));
        file->kind = file->key ? Kind::Wal : Kind::Plain;
    } else if (flags & SQLITE_OPEN_MAIN_JOURNAL) {
        file->key = keyFor(sqlite3_filename_database(name));
        file->kind = file->key ? Kind::Blocks : Kind::Plain;
    } else {
        // A temporary file (a spilled sort, a statement journal, VACUUM's copy): read
        // back only by this connection, so under a key of its own, gone with it.
        file->key = SecretKey::random();
        file->kind = Kind::Blocks;
    }
    base->pMethods = &ioMethods;
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs *vfs, const char *name, int syncDirectory)
{
    return root(vfs)->xDelete(root(vfs), name, syncDirectory);
}

int xAccess(sqlite3_vfs *vfs, const char *name, int flags, int *result)
{
    return root(vfs)->xAccess(root(vfs), name, flags, result);
}

int xFullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out)
{
    return root(vfs)->xFullPathname(root(vfs), name, size, out);
}

void *xDlOpen(sqlite3_vfs *vfs, const char *name)
{
    return root(vfs)->xDlOpen(root(vfs), name);
}

void xDlError(sqlite3_vfs *vfs, int size, char *message)
{
    root(vfs)->xDlError(root(vfs), size, message);
}

void (*xDlSym(sqlite3_vfs *vfs, void *handle, const char *symbol))(void)
{
    return root(vfs)->xDlSym(root(vfs), handle, symbol);
}

void xDlClose(sqlite3_vfs *vfs, void *handle)
{
    root(vfs)->xDlClose(root(vfs), handle);
}

int xRandomness(sqlite3_vfs *vfs, int size, char *out)
{
    return root(vfs)->xRandomness(root(vfs), size, out);
}

int xSleep(sqlite3_vfs *vfs, int microseconds)
{
    return root(vfs)->xSleep(root(vfs), microseconds);
}

int xCurrentTime(sqlite3_vfs *vfs, double *now)
{
    return root(vfs)->xCurrentTime(root(vfs), now);
}

int xGetLastError(sqlite3_vfs *vfs, int size, char *out)
{
    return root(vfs)->xGetLastError(root(vfs), size, out);
}

int xCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *now)
{
    return root(vfs)->xCurrentTimeInt64(root(vfs), now);
}

sqlite3_vfs *registered()
{
    static sqlite3_vfs *vfs = [] {
        if (sodium_init() < 0)
            throw std::runtime_error("libsodium could not be initialised");
        sqlite3_vfs *system = sqlite3_vfs_find(nullptr);
        auto *own = new sqlite3_vfs{};
        own->iVersion = 2;
        own->szOsFile = static_cast<int>(sizeof(File)) + system->szOsFile;
        own->mxPathname = system->mxPathname;
        own->zName = "teren-sodium";
        own->pAppData = system;
        own->xOpen = xOpen;
        own->xDelete = xDelete;
        own->xAccess = xAccess;
        own->xFullPathname = xFullPathname;
        own->xDlOpen = xDlOpen;
        own->xDlError = xDlError;
        own->xDlSym = xDlSym;
        own->xDlClose = xDlClose;
        own->xRandomness = xRandomness;
        own->xSleep = xSleep;
        own->xCurrentTime = xCurrentTime;
        own->xGetLastError = xGetLastError;
        own->xCurrentTimeInt64 = xCurrentTimeInt64;
        sqlite3_vfs_register(own, 0);
        return own;
    }();
    return vfs;
}

} // namespace

const char *EncryptedVfs::name()
{
    return registered()->zName;
}

void EncryptedVfs::unlock(const QString &path, std::shared_ptr<const SecretKey> key)
{
    registered();
    KeyRing &ring = keyRing();
    QMutexLocker lock(&ring.mutex);
    KeyRing::Entry &entry = ring.keys[canonicalPath(path)];
    entry.key = std::move(key);
    entry.locked = false;
}

void EncryptedVfs::lock(const QString &path)
{
    KeyRing &ring = keyRing();
    QMutexLocker lock(&ring.mutex);
    const auto it = ring.keys.find(canonicalPath(path));
    if (it == ring.keys.end())
        return;
    if (it->users == 0)
        ring.keys.erase(it);
    else
        it->locked = true;
}

bool EncryptedVfs::isUnlocked(const QString &path)
{
    KeyRing &ring = keyRing();
    QMutexLocker lock(&ring.mutex);
    const auto it = ring.keys.constFind(canonicalPath(path));
    return it != ring.keys.cend() && !it->locked;
}

std::shared_ptr<const SecretKey> EncryptedVfs::keyOf(const QString &path)
{
    KeyRing &ring = keyRing();
    QMutexLocker lock(&ring.mutex);
    const auto it = ring.keys.constFind(canonicalPath(path));
    return it == ring.keys.cend() || it->locked ? nullptr : it->key;
}

void EncryptedVfs::retain(const QString &path)
{
    KeyRing &ring = keyRing();
    QMutexLocker lock(&ring.mutex);
    const auto it = ring.keys.find(canonicalPath(path));
    if (it != ring.keys.end())
        ++it->users;
}

void EncryptedVfs::release(const QString &path)
{
    KeyRing &ring = keyRing();
    QMutexLocker lock(&ring.mutex);
    const auto it = ring.keys.find(canonicalPath(path));
    if (it == ring.keys.end())
        return;
    if (--it->users <= 0 && it->locked)
        ring.keys.erase(it);
}

QString EncryptedVfs::canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    // A file about to be created: its folder resolved, as SQLite resolves it.
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

} // namespace teren
