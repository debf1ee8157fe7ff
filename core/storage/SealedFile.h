#pragma once

// The layouts EncryptedVfs writes its files in (see EncryptedVfs.h): database pages,
// WAL frames, and blocks for journals and temporary files. Internal to the VFS.
#include "EncryptedVfs.h"

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <memory>

namespace teren::sealed {

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

struct File
{
    sqlite3_file base; // first: SQLite sees a File as an sqlite3_file
    sqlite3_file *real;
    Kind kind;
    std::shared_ptr<const SecretKey> key;
};

inline File *asFile(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file);
}

void putU32(unsigned char *out, quint32 value);
quint32 getU32(const unsigned char *in);

// Associated data: what a page, frame or block is, and where it belongs.
using AssociatedData = std::array<unsigned char, 24>;

// Encrypts `length` bytes of `plain` into `out` with a fresh nonce at `nonce` and
// the tag at `tag`; and the reverse, false when it does not authenticate.
void seal(const SecretKey &key, const unsigned char *plain, int length, const AssociatedData &ad, unsigned char *out,
          unsigned char *nonce, unsigned char *tag);
bool open(const SecretKey &key, const unsigned char *cipher, int length, const AssociatedData &ad,
          const unsigned char *nonce, const unsigned char *tag, unsigned char *out);

// Reads from the file underneath; `whole` says whether all `amount` bytes were there.
int readRaw(File *file, void *buffer, int amount, sqlite3_int64 offset, bool *whole);
bool isZero(const unsigned char *data, int length);

// Calls piece(index, within, count, done) for each piece of [offset, offset + amount)
// that falls in one unit of `unit` bytes: the unit's index, where in it the piece
// starts, its length, and how many bytes came before it. Stops at the first result
// that is not SQLITE_OK or SQLITE_IOERR_SHORT_READ; returns that, else the last
// short read, else SQLITE_OK.
template<class Piece>
int forEachPiece(sqlite3_int64 offset, int amount, int unit, Piece piece)
{
    int result = SQLITE_OK;
    for (sqlite3_int64 at = offset; at < offset + amount;) {
        const sqlite3_int64 index = at / unit;
        const int within = static_cast<int>(at - index * unit);
        const int count = static_cast<int>(std::min<sqlite3_int64>(unit - within, offset + amount - at));
        const int rc = piece(index, within, count, static_cast<int>(at - offset));
        if (rc == SQLITE_IOERR_SHORT_READ)
            result = rc;
        else if (rc != SQLITE_OK)
            return rc;
        at += count;
    }
    return result;
}

// The database file, page by page.
int pagesRead(File *file, unsigned char *buffer, int amount, sqlite3_int64 offset);
int pagesWrite(File *file, const unsigned char *buffer, int amount, sqlite3_int64 offset);
// The WAL, frame by frame.
int walRead(File *file, unsigned char *buffer, int amount, sqlite3_int64 offset);
int walWrite(File *file, const unsigned char *buffer, int amount, sqlite3_int64 offset);
// Journals and temporary files, block by block.
int blocksRead(File *file, unsigned char *buffer, int amount, sqlite3_int64 offset);
int blocksWrite(File *file, const unsigned char *buffer, int amount, sqlite3_int64 offset);
int blocksSize(File *file, sqlite3_int64 *size);
int blocksTruncate(File *file, sqlite3_int64 size);

} // namespace teren::sealed
