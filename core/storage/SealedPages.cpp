// The database file: each page sealed on its own, nonce and tag in its reserved bytes.
#include "SealedFile.h"

#include <cstring>

namespace teren::sealed {

namespace {

AssociatedData pageData(quint32 pageNumber)
{
    AssociatedData data{'T', 'E', 'R', 'E', 'N', 'p', 'g', '1'};
    putU32(data.data() + 8, pageNumber);
    return data;
}

} // namespace

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
    std::array<unsigned char, page> plain{};
    return forEachPiece(offset, amount, page, [&](sqlite3_int64 index, int within, int count, int done) {
        bool present = false;
        const int rc = readPage(file, index, plain.data(), &present);
        std::memcpy(buffer + done, plain.data() + within, static_cast<std::size_t>(count));
        return rc;
    });
}

int pagesWrite(File *file, const unsigned char *buffer, int amount, sqlite3_int64 offset)
{
    std::array<unsigned char, page> plain{};
    return forEachPiece(offset, amount, page, [&](sqlite3_int64 index, int within, int count, int done) {
        if (count < page) {
            bool present = false;
            const int rc = readPage(file, index, plain.data(), &present);
            if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
                return rc;
        }
        std::memcpy(plain.data() + within, buffer + done, static_cast<std::size_t>(count));
        return writePage(file, index, plain.data());
    });
}

} // namespace teren::sealed
