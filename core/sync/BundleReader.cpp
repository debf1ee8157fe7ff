#include "Bundle.h"
#include "BundleFormat.h"

#include <QCborValue>
#include <QIODevice>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <stdexcept>

namespace teren {

using namespace bundle;

// ---------------------------------------------------------------------------------
// BundleReader

struct BundleReader::Private
{
    explicit Private(QIODevice &source) : device(source) {}
    ~Private()
    {
        sodium_memzero(&stream, sizeof stream);
        if (!plain.isEmpty())
            sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    }
    Private(const Private &) = delete;
    Private &operator=(const Private &) = delete;

    // Up to `size` bytes at `offset`; fewer only at the end of the device.
    qint64 readAt(qint64 offset, char *buffer, qint64 size)
    {
        if (device.pos() != offset && !device.seek(offset))
            throw readFailed(device);
        qint64 total = 0;
        while (total < size) {
            const qint64 got = device.read(buffer + total, size - total);
            if (got < 0)
                throw readFailed(device);
            if (got == 0)
                break;
            total += got;
        }
        return total;
    }
    QByteArray readAt(qint64 offset, qint64 size)
    {
        QByteArray result(size, Qt::Uninitialized);
        result.resize(readAt(offset, result.data(), size));
        return result;
    }
    QByteArray readExactly(qint64 offset, qint64 size)
    {
        QByteArray result = readAt(offset, size);
        if (result.size() != size)
            throw truncated();
        return result;
    }

    bool parseHeader(const QByteArray &encoded);
    [[noreturn]] void refuseNewerFormat(int version, const QByteArray &signedPrefix, const QByteArray &encoded);
    void checkLayout();
    void checkSignature(const QByteArray &signedHeader);
    QByteArray openSealed(const QByteArray &secretKey);
    void readChunk();
    void finishStream();
    std::optional<QCborMap> nextRecord();

    QIODevice &device;
    BundleHeader header;
    QString method;
    QByteArray box, salt, nonce, streamHeader;
    qint64 ops = 0, mem = 0;

    qint64 start = 0, chunksAt = 0, signatureAt = 0, end = 0;
    crypto_sign_state signedHeader; // the signature state after the header
    crypto_sign_state sign;         // the second pass
    crypto_secretstream_xchacha20poly1305_state stream;
    bool unlocked = false, finalSeen = false, done = false;
    qint64 position = 0; // of the next chunk
    QByteArray plain;    // records of the current chunk
    qint64 plainOffset = 0;
    qint64 yielded = 0;
    std::optional<BundleError> failure;
};

bool BundleReader::Private::parseHeader(const QByteArray &encoded)
{
    const QCborValue value = parseOne(encoded);
    if (!value.isMap())
        return false;
    const QCborMap map = value.toMap();
    qint64 kind = 0;
    if (!readInteger(map, QStringLiteral("kind"), kind)
        || kind < static_cast<int>(BundleKind::Changes) || kind > static_cast<int>(BundleKind::StatisticalSnapshot))
        return false;
    header.kind = static_cast<BundleKind>(kind);
    const QCborValue name = map.value(QStringLiteral("senderName"));
    if (!name.isString())
        return false;
    header.senderName = name.toString();
    if (!readUuid(map, QStringLiteral("sender"), header.sender)
        || !readUuid(map, QStringLiteral("recipient"), header.recipient)
        || !readBytes(map, QStringLiteral("senderKey"), crypto_sign_PUBLICKEYBYTES, header.senderKey)
        || !readInteger(map, QStringLiteral("sequence"), header.sequence)
        || !readInteger(map, QStringLiteral("firstChange"), header.firstChange)
        || !readInteger(map, QStringLiteral("lastChange"), header.lastChange)
        || !readInteger(map, QStringLiteral("recordCount"), header.recordCount)
        || !readInteger(map, QStringLiteral("createdMs"), header.createdMs)
        || !readBytes(map, QStringLiteral("stream"), crypto_secretstream_xchacha20poly1305_HEADERBYTES, streamHeader))
        return false;
    if (header.recordCount < 0)
        return false;
    QString readerVersion;
    if (!readOptionalText(map, QStringLiteral("appVersion"), header.appVersion)
        || !readOptionalText(map, QStringLiteral("readerVersion"), readerVersion))
        return false;
    if (map.contains(QStringLiteral("sequenceStream"))
        && !readUuid(map, QStringLiteral("sequenceStream"), header.stream))
        return false;
    if (map.contains(QStringLiteral("worker"))
        && (!readUuid(map, QStringLiteral("worker"), header.enrolledWorker)
            || !readBytes(map, QStringLiteral("proof"), crypto_generichash_BYTES, header.enrolmentProof)))
        return false;
    if (map.contains(QStringLiteral("replaces"))
        && (!readUuid(map, QStringLiteral("replaces"), header.replaces)
            || !readBytes(map, QStringLiteral("successorSignature"), crypto_sign_BYTES, header.replacementSignature)))
        return false;

    const QCborValue lockValue = map.value(QStringLiteral("lock"));
    if (!lockValue.isMap())
        return false;
    const QCborMap lock = lockValue.toMap();
    method = lock.value(QStringLiteral("method")).toString();
    if (method == methodSealed)
        return readBytes(lock, QStringLiteral("box"), sealedBoxSize, box);
    if (method == methodArgon)
        return readBytes(lock, QStringLiteral("box"), secretBoxSize, box)
            && readBytes(lock, QStringLiteral("salt"), crypto_pwhash_SALTBYTES, salt)
            && readBytes(lock, QStringLiteral("nonce"), crypto_secretbox_NONCEBYTES, nonce)
            && readInteger(lock, QStringLiteral("ops"), ops) && readInteger(lock, QStringLiteral("mem"), mem)
            && argonLimitsOk(ops, mem);
    return false;
}

// Every format keeps the prefix, a CBOR map header naming "senderKey", and the
// signature in the last 64 bytes over everything before it (see Bundle.cpp). So a
// bundle that claims a newer format is one only when that signature holds: then
// Terén must be updated to read it; otherwise its format field was changed or
// damaged, and it is refused as any other changed bundle is.
void BundleReader::Private::refuseNewerFormat(int version, const QByteArray &signedPrefix, const QByteArray &encoded)
{
    const QCborValue value = parseOne(encoded);
    if (!value.isMap() || !readBytes(value.toMap(), QStringLiteral("senderKey"), crypto_sign_PUBLICKEYBYTES,
                                     header.senderKey))
        throw tampered();
    signatureAt = end - signatureSize;
    if (signatureAt < chunksAt)
        throw truncated();
    checkSignature(signedPrefix);
    // Signed: the versions it names are the writer's. Unreadable ones are left out of
    // the message rather than refusing a genuine bundle as changed.
    QString writtenBy, readableFrom;
    if (!readOptionalText(value.toMap(), QStringLiteral("appVersion"), writtenBy)
        || !readOptionalText(value.toMap(), QStringLiteral("readerVersion"), readableFrom))
        writtenBy.clear();
    throw futureFormat(version, writtenBy, readableFrom);
}

// Walks the chunk lengths (no decryption) to find the signature: a chunk running
// past the end, or no room left for the end mark and the signature, is a cut file.
void BundleReader::Private::checkLayout()
{
    qint64 at = chunksAt;
    for (;;) {
        const QByteArray mark = readExactly(at, 4);
        const qint64 size = qFromBigEndian<quint32>(mark.constData());
        at += 4;
        if (size == 0)
            break;
        if (size < streamOverhead || size > maxFrameBytes)
            throw tampered();
        if (size > end - at)
            throw truncated();
        at += size;
    }
    if (end - at < signatureSize)
        throw truncated();
    if (end - at > signatureSize)
        throw tampered();
    signatureAt = at;
}

void BundleReader::Private::checkSignature(const QByteArray &signedPrefix)
{
    crypto_sign_init(&signedHeader);
    crypto_sign_update(&signedHeader, bytes(signedPrefix), length(signedPrefix));
    crypto_sign_state state = signedHeader;
    QByteArray block(ioBlock, Qt::Uninitialized);
    for (qint64 at = chunksAt; at < signatureAt;) {
        const qint64 want = std::min(ioBlock, signatureAt - at);
        if (readAt(at, block.data(), want) != want)
            throw truncated();
        crypto_sign_update(&state, bytes(block), static_cast<unsigned long long>(want));
        at += want;
    }
    const QByteArray signature = readExactly(signatureAt, signatureSize);
    if (crypto_sign_final_verify(&state, bytes(signature), bytes(header.senderKey)) != 0)
        throw tampered();
}

void BundleReader::Private::readChunk()
{
    const QByteArray mark = readExactly(position, 4);
    const qint64 size = qFromBigEndian<quint32>(mark.constData());
    if (size == 0)
        throw truncated(); // the end mark before the final chunk
    if (size < streamOverhead || size > maxFrameBytes)
        throw tampered();
    const QByteArray cipher = readExactly(position + 4, size);
    crypto_sign_update(&sign, bytes(mark), length(mark));
    crypto_sign_update(&sign, bytes(cipher), length(cipher));
    position += 4 + size;

    QByteArray compressed(size - streamOverhead, Qt::Uninitialized);
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&stream, bytes(compressed), nullptr, &tag, bytes(cipher),
                                                   length(cipher), nullptr, 0)
        != 0)
        throw tampered();
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
        finalSeen = true;
    else if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
        throw tampered();

    if (!plain.isEmpty())
        sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    plainOffset = 0;
    if (compressed.isEmpty()) {
        plain.clear();
        return;
    }
    // qCompress puts the uncompressed size first; refuse a size no writer makes
    // before qUncompress allocates it.
    if (compressed.size() < 4)
        throw tampered();
    const qint64 expected = qFromBigEndian<quint32>(compressed.constData());
    if (expected == 0 || expected > maxChunkPlain)
        throw tampered();
    plain = qUncompress(compressed);
    sodium_memzero(compressed.data(), static_cast<size_t>(compressed.size()));
    if (plain.size() != expected)
        throw tampered();
}

void BundleReader::Private::finishStream()
{
    const QByteArray mark = readExactly(position, 4);
    if (qFromBigEndian<quint32>(mark.constData()) != 0)
        throw tampered(); // more chunks after the final one
    crypto_sign_update(&sign, bytes(mark), length(mark));
    position += 4;
    const QByteArray signature = readExactly(position, signatureSize);
    if (position + signatureSize != device.size())
        throw tampered();
    if (crypto_sign_final_verify(&sign, bytes(signature), bytes(header.senderKey)) != 0)
        throw tampered();
    if (yielded != header.recordCount)
        throw tampered();
    done = true;
}

std::optional<QCborMap> BundleReader::Private::nextRecord()
{
    while (plainOffset >= plain.size()) {
        if (finalSeen) {
            finishStream();
            return std::nullopt;
        }
        readChunk();
    }
    QCborMap record = recordAt(plain, plainOffset);
    ++yielded;
    return record;
}

BundleReader::BundleReader(QIODevice &device)
    : d(std::make_unique<Private>(device))
{
    ensureSodium();
    if (!device.isReadable() || device.isSequential())
        throw readFailed(device);
    d->start = device.pos();
    d->end = device.size();

    const QByteArray prefix = d->readAt(d->start, prefixSize);
    if (std::memcmp(prefix.constData(), magic, static_cast<size_t>(std::min(prefix.size(), magicSize))) != 0)
        throw notABundle();
    if (prefix.size() < magicSize + 2)
        throw truncated(); // even an empty file: most likely a copy that never started
    const int version = qFromBigEndian<quint16>(prefix.constData() + magicSize);
    if (version == 0)
        throw notABundle();
    if (prefix.size() < prefixSize)
        throw truncated();
    const quint32 headerSize = qFromBigEndian<quint32>(prefix.constData() + magicSize + 2);
    if (headerSize == 0 || headerSize > maxHeaderBytes)
        throw tampered();
    const QByteArray encoded = d->readExactly(d->start + prefixSize, headerSize);
    d->chunksAt = d->start + prefixSize + headerSize;
    if (version > BundleHeader::currentFormatVersion)
        d->refuseNewerFormat(version, prefix + encoded, encoded);
    if (!d->parseHeader(encoded))
        throw tampered();
    d->header.formatVersion = version;

    d->checkLayout();
    d->checkSignature(prefix + encoded);
    d->position = d->chunksAt;
    if (!device.seek(d->chunksAt))
        throw readFailed(device);
}

BundleReader::~BundleReader() = default;

const BundleHeader &BundleReader::header() const
{
    return d->header;
}

bool BundleReader::needsPassphrase() const
{
    return d->method == methodArgon;
}

void BundleReader::unlock(const BundleKey &key)
{
    if (d->unlocked)
        return;
    Secret<lockedSize> locked;
    if (d->method == methodSealed) {
        const BundleError wrongKey(Reason::WrongKey,
                                   tr("The bundle is for another installation; this one cannot open it."));
        if (key.secretKey.size() != crypto_sign_SECRETKEYBYTES)
            throw wrongKey;
        Secret<crypto_box_SECRETKEYBYTES> curveSecret;
        unsigned char curvePublic[crypto_box_PUBLICKEYBYTES];
        if (crypto_sign_ed25519_sk_to_curve25519(curveSecret.data, bytes(key.secretKey)) != 0
            || crypto_scalarmult_base(curvePublic, curveSecret.data) != 0
            || crypto_box_seal_open(locked.data, bytes(d->box), length(d->box), curvePublic, curveSecret.data) != 0)
            throw wrongKey;
    } else {
        const BundleError wrongPassphrase(Reason::WrongKey, tr("The passphrase does not open this bundle."));
        if (key.passphrase.isEmpty())
            throw BundleError(Reason::PassphraseNeeded,
                              tr("The bundle is locked with a passphrase, and none was given; give the passphrase "
                                 "it was exported with."));
        Secret<crypto_secretbox_KEYBYTES> wrapping;
        if (crypto_pwhash(wrapping.data, sizeof wrapping.data, key.passphrase.constData(), length(key.passphrase),
                          bytes(d->salt), static_cast<unsigned long long>(d->ops), static_cast<size_t>(d->mem),
                          crypto_pwhash_ALG_ARGON2ID13)
            != 0)
            throw BundleError(Reason::Unreadable, tr("There is not enough memory to open the bundle."));
        if (crypto_secretbox_open_easy(locked.data, bytes(d->box), length(d->box), bytes(d->nonce), wrapping.data) != 0)
            throw wrongPassphrase;
    }
    // The box names the key the bundle was first signed with.
    if (sodium_memcmp(locked.data + streamKeySize, bytes(d->header.senderKey), crypto_sign_PUBLICKEYBYTES) != 0)
        throw tampered();
    if (crypto_secretstream_xchacha20poly1305_init_pull(&d->stream, bytes(d->streamHeader), locked.data) != 0)
        throw tampered();
    d->sign = d->signedHeader;
    d->unlocked = true;
}

std::optional<QCborMap> BundleReader::next()
{
    if (!d->unlocked)
        throw std::logic_error("BundleReader::next before unlock()");
    if (d->failure)
        throw *d->failure;
    if (d->done)
        return std::nullopt;
    try {
        return d->nextRecord();
    } catch (const BundleError &error) {
        d->failure = error;
        throw;
    }
}

} // namespace teren
