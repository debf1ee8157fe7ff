#pragma once

// Internal to the bundle writer and reader: the constants of the byte layout (it is
// described at the top of Bundle.cpp) and the helpers both share. Not part of
// core's API; use Bundle.h.

#include "Bundle.h"

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>
#include <QString>
#include <QUuid>

#include <sodium.h>

#include <cstddef>

class QIODevice;

namespace teren::bundle {

using Reason = BundleError::Reason;

inline constexpr char magic[] = {'T', 'E', 'R', 'E', 'N', 'B', 'D', 'L'};
inline constexpr qint64 magicSize = sizeof magic;
inline constexpr qint64 prefixSize = magicSize + 2 + 4; // magic, version, header length
inline constexpr quint32 maxHeaderBytes = 64 * 1024;
inline constexpr qsizetype chunkTarget = 64 * 1024;      // plaintext records per chunk, roughly
inline constexpr qsizetype maxRecordBytes = 16 * 1024 * 1024;
inline constexpr qint64 maxChunkPlain = 32 * 1024 * 1024; // compressed or not
inline constexpr qint64 streamOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;
inline constexpr qint64 maxFrameBytes = maxChunkPlain + streamOverhead;
inline constexpr qint64 signatureSize = crypto_sign_BYTES;
inline constexpr qint64 ioBlock = 64 * 1024;

inline constexpr size_t streamKeySize = crypto_secretstream_xchacha20poly1305_KEYBYTES;
inline constexpr size_t lockedSize = streamKeySize + crypto_sign_PUBLICKEYBYTES; // stream key ‖ sender key
inline constexpr qsizetype sealedBoxSize = lockedSize + crypto_box_SEALBYTES;
inline constexpr qsizetype secretBoxSize = lockedSize + crypto_secretbox_MACBYTES;

// What a reader accepts from a header before it spends memory and time on Argon2id.
inline constexpr qint64 minOps = crypto_pwhash_argon2id_OPSLIMIT_MIN;
inline constexpr qint64 maxOps = 4 * crypto_pwhash_argon2id_OPSLIMIT_SENSITIVE;
inline constexpr qint64 minMem = crypto_pwhash_argon2id_MEMLIMIT_MIN;
inline constexpr qint64 maxMem = crypto_pwhash_argon2id_MEMLIMIT_SENSITIVE;

inline const QString methodSealed = QStringLiteral("sealed");
inline const QString methodArgon = QStringLiteral("argon2id13");

// Initialises libsodium once; throws std::runtime_error when it cannot.
void ensureSodium();

inline unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

inline const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

inline unsigned long long length(const QByteArray &array)
{
    return static_cast<unsigned long long>(array.size());
}

QByteArray randomBytes(qsizetype size);
QByteArray bigEndian32(quint32 value);

// Key material on the stack, wiped when it goes out of scope.
template<size_t N>
struct Secret
{
    unsigned char data[N];
    Secret() = default;
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;
    ~Secret() { sodium_memzero(data, N); }
};

// Whether Argon2id costs read from a header are within what a reader accepts.
bool argonLimitsOk(qint64 ops, qint64 mem);

// The errors, with their translated messages.
BundleError notABundle();
// A bundle of a newer format: `writtenBy` and `readableFrom` are its header's
// "appVersion" and "readerVersion", empty when it has none.
BundleError futureFormat(int version, const QString &writtenBy, const QString &readableFrom);
BundleError truncated();
BundleError tampered();
BundleError readFailed(const QIODevice &device);
BundleError writeFailed(const QIODevice &device);

// The header map without "stream" and "lock", and the readers of its fields.
QCborMap headerToCbor(const BundleHeader &header);
bool readInteger(const QCborMap &map, const QString &key, qint64 &out);
bool readBytes(const QCborMap &map, const QString &key, qsizetype size, QByteArray &out);
bool readUuid(const QCborMap &map, const QString &key, QUuid &out);
// An optional text field: true when absent (`out` left empty) or text of at most 64
// characters.
bool readOptionalText(const QCborMap &map, const QString &key, QString &out);

// Exactly one CBOR item filling `data`; invalid otherwise.
QCborValue parseOne(const QByteArray &data, qint64 *consumed = nullptr);

// The record at `offset` of a chunk's plaintext (a CBOR sequence of maps), moving
// `offset` past it; throws tampered() when no whole map starts there.
QCborMap recordAt(const QByteArray &plain, qint64 &offset);

} // namespace teren::bundle
