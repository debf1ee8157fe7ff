// The WAL: each frame's page sealed, bound to its place in the log and the log's round.
#include "SealedFile.h"

#include <cstring>

namespace teren::sealed {

namespace {

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

} // namespace

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

} // namespace teren::sealed
