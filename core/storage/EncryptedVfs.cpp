#include "EncryptedVfs.h"

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

constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(nonceBytes + tagBytes == EncryptedVfs::reserveBytes);
constexpr int page = EncryptedVfs::pageSize;
constexpr int payload = page - EncryptedVfs::reserveBytes; // the bytes of a page that are encrypted

// The WAL's layout (https://www.sqlite.org/fileformat2.html#walformat).
constexpr sqlite3_int64 walHeader = 32;
constexpr sqlite3_int64 frameHeader = 24;
constexpr sqlite3_int64 frameSize = frameHeader + page;

// Journals and temporary files: blocks of `page` bytes, each a nonce, a tag, the
// count of bytes it holds, and those bytes encrypted.
constexpr int blockHeader = nonceBytes + tagBytes + 4;
constexpr int blockPayload = page - blockHeader;

enum class Kind { Plain, Pages, Wal, Blocks };

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

struct File
{
    sqlite3_file base; // first: SQLite sees a File as an sqlite3_file
    sqlite3_file *real;
    Kind kind;
    std::shared_ptr<const SecretKey> key;
};

File *asFile(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file);
}

void putU32(unsigned char *out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out[i] = static_cast<unsigned char>(value >> (8 * i));
}

quint32 getU32(const unsigned char *in)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value |= static_cast<quint32>(in[i]) << (8 * i);
    return value;
}

// Associated data: what a page or block is, and where it belongs.
using AssociatedData = std::array<unsigned char, 24>;

AssociatedData pageData(quint32 pageNumber)
{
    AssociatedData data{'T', 'E', 'R', 'E', 'N', 'p', 'g', '1'};
    putU32(data.data() + 8, pageNumber);
    return data;
}

// A frame is bound to its place in the log, its page and the log's generation: the
// salts of the WAL header, which SQLite renews each time the log starts over. The
// salts in the frame's own header are not used: while a transaction rewrites frames
// in place, SQLite writes them as zeros and fills them in at commit.
AssociatedData frameData(quint32 frameIndex, const unsigned char *pageNumber, const unsigned char *salts)
{
    AssociatedData data{'T', 'E', 'R', 'E', 'N', 'w', 'l', '2'};
    putU32(data.data() + 8, frameIndex);
    std::memcpy(data.data() + 12, pageNumber, 4);
    std::memcpy(data.data() + 16, salts, 8);
    return data;
}

AssociatedData blockData(quint64 blockIndex, quint32 length)
{
    AssociatedData data{'T', 'E', 'R', 'E', 'N', 'b', 'k', '1'};
    putU32(data.data() + 8, static_cast<quint32>(blockIndex));
    putU32(data.data() + 12, static_cast<quint32>(blockIndex >> 32));
    putU32(data.data() + 16, length);
    return data;
}

// Encrypts `length` bytes of `plain` into `out` with a fresh nonce at `nonce` and
// the tag at `tag`.
void seal(const SecretKey &key, const unsigned char *plain, int length, const AssociatedData &ad, unsigned char *out,
          unsigned char *nonce, unsigned char *tag)
{
    randombytes_buf(nonce, nonceBytes);
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(out, tag, nullptr, plain, static_cast<unsigned long long>(length),
                                                        ad.data(), ad.size(), nullptr, nonce, key.data());
}

bool open(const SecretKey &key, const unsigned char *cipher, int length, const AssociatedData &ad,
          const unsigned char *nonce, const unsigned char *tag, unsigned char *out)
{
    return crypto_aead_xchacha20poly1305_ietf_decrypt_detached(out, nullptr, cipher,
                                                               static_cast<unsigned long long>(length), tag, ad.data(),
                                                               ad.size(), nonce, key.data())
        == 0;
}

int readRaw(File *file, void *buffer, int amount, sqlite3_int64 offset, bool *whole)
{
    const int rc = file->real->pMethods->xRead(file->real, buffer, amount, offset);
    *whole = rc == SQLITE_OK;
    return rc == SQLITE_IOERR_SHORT_READ ? SQLITE_OK : rc;
}

bool isZero(const unsigned char *data, int length)
{
    return std::all_of(data, data + length, [](unsigned char byte) { return byte == 0; });
}

// ---------------------------------------------------------------- database pages

// The plaintext of page `index` (0-based) into `out` (`page` bytes); `present` says
// whether the file held it at all.
int readPage(File *file, sqlite3_int64 index, unsigned char *out, bool *present)
{
    std::array<unsigned char, page> cipher{};
    bool whole = false;
    if (const int rc = readRaw(file, cipher.data(), page, index * page, &whole); rc != SQLITE_OK)
        return rc;
    *present = !isZero(cipher.data(), page) || whole;
    std::memset(out, 0, page);
    if (!whole) {
        // Past the end of the file, as SQLite expects, a page reads as zeros; a page
        // cut short is damage.
        return isZero(cipher.data(), page) ? SQLITE_IOERR_SHORT_READ : SQLITE_IOERR_DATA;
    }
    const unsigned char *nonce = cipher.data() + payload;
    if (!open(*file->key, cipher.data(), payload, pageData(static_cast<quint32>(index + 1)), nonce,
              nonce + nonceBytes, out))
        return SQLITE_IOERR_DATA;
    return SQLITE_OK;
}

int writePage(File *file, sqlite3_int64 index, const unsigned char *plain)
{
    // A page that SQLite could fill to its end would lose its last bytes to the nonce
    // and tag: the database must reserve them (header byte 20).
    if (index == 0 && plain[20] != EncryptedVfs::reserveBytes)
        return SQLITE_IOERR_WRITE;
    std::array<unsigned char, page> cipher{};
    unsigned char *nonce = cipher.data() + payload;
    seal(*file->key, plain, payload, pageData(static_cast<quint32>(index + 1)), cipher.data(), nonce,
         nonce + nonceBytes);
    return file->real->pMethods->xWrite(file->real, cipher.data(), page, index * page);
}

int pagesRead(File *file, unsigned char *buffer, int amount, sqlite3_int64 offset)
{
    int result = SQLITE_OK;
    std::array<unsigned char, page> plain{};
    for (sqlite3_int64 at = offset; at < offset + amount;) {
        const sqlite3_int64 index = at / page;
        const int within = static_cast<int>(at - index * page);
        const int count = static_cast<int>(std::min<sqlite3_int64>(page - within, offset + amount - at));
        bool present = false;
        const int rc = readPage(file, index, plain.data(), &present);
        if (rc == SQLITE_IOERR_SHORT_READ)
            result = rc;
        else if (rc != SQLITE_OK)
            return rc;
        std::memcpy(buffer + (at - offset), plain.data() + within, static_cast<std::size_t>(count));
        at += count;
    }
    return result;
}

int pagesWrite(File *file, const unsigned char *buffer, int amount, sqlite3_int64 offset)
{
    std::array<unsigned char, page> plain{};
    for (sqlite3_int64 at = offset; at < offset + amount;) {
        const sqlite3_int64 index = at / page;
        const int within = static_cast<int>(at - index * page);
        const int count = static_cast<int>(std::min<sqlite3_int64>(page - within, offset + amount - at));
        if (count < page) {
            bool present = false;
            const int rc = readPage(file, index, plain.data(), &present);
            if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
                return rc;
        }
        std::memcpy(plain.data() + within, buffer + (at - offset), static_cast<std::size_t>(count));
        if (const int rc = writePage(file, index, plain.data()); rc != SQLITE_OK)
            return rc;
        at += count;
    }
    return SQLITE_OK;
}

// ---------------------------------------------------------------- WAL frames

// Where `offset` falls in the WAL: its header, a frame's header, or a frame's page.
struct WalPlace
{
    enum { Header, FrameHeader, FramePage } part;
    sqlite3_int64 frame = 0; // 0-based
    sqlite3_int64 start = 0; // of the part
    sqlite3_int64 end = 0;
};

WalPlace placeInWal(sqlite3_int64 offset)
{
    if (offset < walHeader)
        return {WalPlace::Header, 0, 0, walHeader};
    const sqlite3_int64 frame = (offset - walHeader) / frameSize;
    const sqlite3_int64 start = walHeader + frame * frameSize;
    if (offset < start + frameHeader)
        return {WalPlace::FrameHeader, frame, start, start + frameHeader};
    return {WalPlace::FramePage, frame, start + frameHeader, start + frameSize};
}

// The salts of the WAL header on disk (zeros before SQLite has written it).
std::array<unsigned char, 8> walSalts(File *file)
{
    std::array<unsigned char, 8> salts{};
    bool whole = false;
    readRaw(file, salts.data(), static_cast<int>(salts.size()), 16, &whole);
    if (!whole)
        salts.fill(0);
    return salts;
}

// Whether a frame after `frame` carries the log's current salts: then `frame` was
// not the end of what SQLite last wrote.
bool laterFrameOfThisRound(File *file, sqlite3_int64 frame, const std::array<unsigned char, 8> &salts)
{
    sqlite3_int64 size = 0;
    file->real->pMethods->xFileSize(file->real, &size);
    for (sqlite3_int64 start = walHeader + (frame + 1) * frameSize; start + frameSize <= size; start += frameSize) {
        std::array<unsigned char, frameHeader> header{};
        bool whole = false;
        if (readRaw(file, header.data(), static_cast<int>(frameHeader), start, &whole) != SQLITE_OK || !whole)
            return false;
        if (std::equal(salts.begin(), salts.end(), header.begin() + 8))
            return true;
    }
    return false;
}

// The plaintext of a frame's page. A frame that does not decrypt is damage when
// SQLite reads a page it indexed. When it reads whole frames to rebuild the index
// (`rebuildingIndex`), a frame that does not decrypt is the end of the log if nothing
// after it belongs to the log's current round: a write cut short by a power cut, a
// frame of a transaction that never committed, or what is left of an earlier round.
// It is handed back as zeros, whose checksum SQLite finds wrong, so the log ends
// there, as it would without encryption. A frame followed by more of the current
// round was changed, moved or replayed: that is refused, not cut away silently.
int readFramePage(File *file, sqlite3_int64 frame, unsigned char *out, bool rebuildingIndex)
{
    const sqlite3_int64 start = walHeader + frame * frameSize;
    std::array<unsigned char, frameSize> cipher{};
    bool whole = false;
    if (const int rc = readRaw(file, cipher.data(), static_cast<int>(frameSize), start, &whole); rc != SQLITE_OK)
        return rc;
    std::memset(out, 0, page);
    if (!whole)
        return SQLITE_IOERR_SHORT_READ;
    const unsigned char *body = cipher.data() + frameHeader;
    const unsigned char *nonce = body + payload;
    const std::array<unsigned char, 8> salts = walSalts(file);
    if (open(*file->key, body, payload, frameData(static_cast<quint32>(frame), cipher.data(), salts.data()), nonce,
             nonce + nonceBytes, out))
        return SQLITE_OK;
    std::memset(out, 0, page);
    if (rebuildingIndex && !laterFrameOfThisRound(file, frame, salts))
        return SQLITE_OK;
    return SQLITE_IOERR_DATA;
}

int walRead(File *file, unsigned char *buffer, int amount, sqlite3_int64 offset)
{
    int result = SQLITE_OK;
    std::array<unsigned char, page> plain{};
    for (sqlite3_int64 at = offset; at < offset + amount;) {
        const WalPlace place = placeInWal(at);
        const int count = static_cast<int>(std::min(place.end, offset + amount) - at);
        if (place.part != WalPlace::FramePage) {
            bool whole = false;
            if (const int rc = readRaw(file, buffer + (at - offset), count, at, &whole); rc != SQLITE_OK)
                return rc;
            if (!whole)
                result = SQLITE_IOERR_SHORT_READ;
        } else {
            // SQLite reads a frame with its header only to rebuild the index.
            const bool rebuildingIndex = offset <= place.start - frameHeader;
            const int rc = readFramePage(file, place.frame, plain.data(), rebuildingIndex);
            if (rc == SQLITE_IOERR_SHORT_READ)
                result = rc;
            else if (rc != SQLITE_OK)
                return rc;
            std::memcpy(buffer + (at - offset), plain.data() + (at - place.start), static_cast<std::size_t>(count));
        }
        at += count;
    }
    return result;
}

int walWrite(File *file, const unsigned char *buffer, int amount, sqlite3_int64 offset)
{
    std::array<unsigned char, page> plain{};
    for (sqlite3_int64 at = offset; at < offset + amount;) {
        const WalPlace place = placeInWal(at);
        const int count = static_cast<int>(std::min(place.end, offset + amount) - at);
        if (place.part != WalPlace::FramePage) {
            if (const int rc = file->real->pMethods->xWrite(file->real, buffer + (at - offset), count, at);
                rc != SQLITE_OK)
                return rc;
            at += count;
            continue;
        }
        // SQLite writes a frame's header before its page, so the header is on disk.
        std::array<unsigned char, frameHeader> header{};
        bool whole = false;
        if (const int rc = readRaw(file, header.data(), static_cast<int>(frameHeader), place.start - frameHeader, &whole);
            rc != SQLITE_OK)
            return rc;
        if (count < page) {
            const int rc = readFramePage(file, place.frame, plain.data(), true);
            if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
                return rc;
        }
        std::memcpy(plain.data() + (at - place.start), buffer + (at - offset), static_cast<std::size_t>(count));
        std::array<unsigned char, page> cipher{};
        unsigned char *nonce = cipher.data() + payload;
        const std::array<unsigned char, 8> salts = walSalts(file);
        seal(*file->key, plain.data(), payload,
             frameData(static_cast<quint32>(place.frame), header.data(), salts.data()), cipher.data(), nonce,
             nonce + nonceBytes);
        if (const int rc = file->real->pMethods->xWrite(file->real, cipher.data(), page, place.start); rc != SQLITE_OK)
            return rc;
        at += count;
    }
    return SQLITE_OK;
}

// ---------------------------------------------------------------- blocks

// The plaintext of block `index` and how many bytes it holds (0 past the end).
int readBlock(File *file, sqlite3_int64 index, unsigned char *out, int *length)
{
    std::array<unsigned char, page> cipher{};
    bool whole = false;
    std::memset(out, 0, blockPayload);
    *length = 0;
    if (const int rc = readRaw(file, cipher.data(), page, index * page, &whole); rc != SQLITE_OK)
        return rc;
    if (!whole)
        return isZero(cipher.data(), page) ? SQLITE_OK : SQLITE_IOERR_DATA;
    const unsigned char *nonce = cipher.data();
    const unsigned char *tag = nonce + nonceBytes;
    const quint32 count = getU32(tag + tagBytes);
    if (count > static_cast<quint32>(blockPayload)
        || !open(*file->key, cipher.data() + blockHeader, static_cast<int>(count),
                 blockData(static_cast<quint64>(index), count), nonce, tag, out))
        return SQLITE_IOERR_DATA;
    *length = static_cast<int>(count);
    return SQLITE_OK;
}

int writeBlock(File *file, sqlite3_int64 index, const unsigned char *plain, int length)
{
    std::array<unsigned char, page> cipher{};
    unsigned char *nonce = cipher.data();
    unsigned char *tag = nonce + nonceBytes;
    putU32(tag + tagBytes, static_cast<quint32>(length));
    seal(*file->key, plain, length, blockData(static_cast<quint64>(index), static_cast<quint32>(length)),
         cipher.data() + blockHeader, nonce, tag);
    return file->real->pMethods->xWrite(file->real, cipher.data(), page, index * page);
}

int blocksRead(File *file, unsigned char *buffer, int amount, sqlite3_int64 offset)
{
    int result = SQLITE_OK;
    std::array<unsigned char, blockPayload> plain{};
    for (sqlite3_int64 at = offset; at < offset + amount;) {
        const sqlite3_int64 index = at / blockPayload;
        const int within = static_cast<int>(at - index * blockPayload);
        const int count = static_cast<int>(std::min<sqlite3_int64>(blockPayload - within, offset + amount - at));
        int length = 0;
        if (const int rc = readBlock(file, index, plain.data(), &length); rc != SQLITE_OK)
            return rc;
        if (within + count > length)
            result = SQLITE_IOERR_SHORT_READ;
        std::memcpy(buffer + (at - offset), plain.data() + within, static_cast<std::size_t>(count));
        at += count;
    }
    return result;
}

// Before a write past the end, the blocks in between are written as zeros (and the
// last one filled up), as a plain file reads zeros there: every block on disk stays
// sealed, so a block of zeros on disk is damage, never a hole.
int extendBefore(File *file, sqlite3_int64 firstIndex)
{
    sqlite3_int64 physical = 0;
    if (const int rc = file->real->pMethods->xFileSize(file->real, &physical); rc != SQLITE_OK)
        return rc;
    const sqlite3_int64 blocks = (physical + page - 1) / page;
    if (blocks > firstIndex) // the write starts inside the blocks there are
        return SQLITE_OK;
    std::array<unsigned char, blockPayload> plain{};
    if (blocks > 0) {
        int length = 0;
        if (const int rc = readBlock(file, blocks - 1, plain.data(), &length); rc != SQLITE_OK)
            return rc;
        if (length < blockPayload) {
            if (const int rc = writeBlock(file, blocks - 1, plain.data(), blockPayload); rc != SQLITE_OK)
                return rc;
        }
        plain.fill(0);
    }
    for (sqlite3_int64 index = blocks; index < firstIndex; ++index) {
        if (const int rc = writeBlock(file, index, plain.data(), blockPayload); rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

int blocksWrite(File *file, const unsigned char *buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = extendBefore(file, offset / blockPayload); rc != SQLITE_OK)
        return rc;
    std::array<unsigned char, blockPayload> plain{};
    for (sqlite3_int64 at = offset; at < offset + amount;) {
        const sqlite3_int64 index = at / blockPayload;
        const int within = static_cast<int>(at - index * blockPayload);
        const int count = static_cast<int>(std::min<sqlite3_int64>(blockPayload - within, offset + amount - at));
        int length = 0;
        if (const int rc = readBlock(file, index, plain.data(), &length); rc != SQLITE_OK)
            return rc;
        std::memcpy(plain.data() + within, buffer + (at - offset), static_cast<std::size_t>(count));
        if (const int rc = writeBlock(file, index, plain.data(), std::max(length, within + count)); rc != SQLITE_OK)
            return rc;
        at += count;
    }
    return SQLITE_OK;
}

int blocksSize(File *file, sqlite3_int64 *size)
{
    sqlite3_int64 physical = 0;
    if (const int rc = file->real->pMethods->xFileSize(file->real, &physical); rc != SQLITE_OK)
        return rc;
    const sqlite3_int64 blocks = (physical + page - 1) / page;
    *size = 0;
    if (blocks == 0)
        return SQLITE_OK;
    std::array<unsigned char, blockPayload> plain{};
    int length = 0;
    if (const int rc = readBlock(file, blocks - 1, plain.data(), &length); rc != SQLITE_OK)
        return rc;
    *size = (blocks - 1) * blockPayload + length;
    return SQLITE_OK;
}

int blocksTruncate(File *file, sqlite3_int64 size)
{
    const sqlite3_int64 blocks = (size + blockPayload - 1) / blockPayload;
    if (blocks > 0) {
        std::array<unsigned char, blockPayload> plain{};
        int length = 0;
        if (const int rc = readBlock(file, blocks - 1, plain.data(), &length); rc != SQLITE_OK)
            return rc;
        const int kept = static_cast<int>(size - (blocks - 1) * blockPayload);
        std::memset(plain.data() + kept, 0, static_cast<std::size_t>(blockPayload - kept));
        if (const int rc = writeBlock(file, blocks - 1, plain.data(), kept); rc != SQLITE_OK)
            return rc;
    }
    return file->real->pMethods->xTruncate(file->real, blocks * page);
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
