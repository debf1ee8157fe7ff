// Journals and temporary files: a sequence of sealed blocks, each with its length.
#include "SealedFile.h"

#include <cstring>

namespace teren::sealed {

namespace {

AssociatedData blockData(quint64 blockIndex, quint32 length)
{
    AssociatedData data{'T', 'E', 'R', 'E', 'N', 'b', 'k', '1'};
    putU32(data.data() + 8, static_cast<quint32>(blockIndex));
    putU32(data.data() + 12, static_cast<quint32>(blockIndex >> 32));
    putU32(data.data() + 16, length);
    return data;
}

} // namespace

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
    std::array<unsigned char, blockPayload> plain{};
    return forEachPiece(offset, amount, blockPayload, [&](sqlite3_int64 index, int within, int count, int done) {
        int length = 0;
        if (const int rc = readBlock(file, index, plain.data(), &length); rc != SQLITE_OK)
            return rc;
        std::memcpy(buffer + done, plain.data() + within, static_cast<std::size_t>(count));
        return within + count > length ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
    });
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
    return forEachPiece(offset, amount, blockPayload, [&](sqlite3_int64 index, int within, int count, int done) {
        int length = 0;
        if (const int rc = readBlock(file, index, plain.data(), &length); rc != SQLITE_OK)
            return rc;
        std::memcpy(plain.data() + within, buffer + done, static_cast<std::size_t>(count));
        return writeBlock(file, index, plain.data(), std::max(length, within + count));
    });
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

} // namespace teren::sealed
