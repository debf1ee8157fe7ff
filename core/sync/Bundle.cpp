#include "Bundle.h"

// Bundle file, format 1. Integers are unsigned big-endian.
//
//   offset     size  content
//   0          8     magic "TERENBDL"
//   8          2     u16 format version (1)
//   10         4     u32 H, length of the header (1..65536)
//   14         H     header: one CBOR map with text keys (unknown keys are ignored)
//                      "kind"         1 changes, 2 statistical
//                      "sender"       UUID (tag 37)
//                      "senderKey"    bytes(32), Ed25519 public key of the signer
//                      "senderName"   text
//                      "recipient"    UUID (tag 37); the null UUID for a passphrase bundle
//                      "sequence", "firstChange", "lastChange", "recordCount", "createdMs"
//                                     integers
//                      "stream"       bytes(24), crypto_secretstream_xchacha20poly1305 header
//                      "lock"         a map, one of
//                        {"method": "sealed", "box": bytes(112)}
//                            crypto_box_seal(streamKey ‖ senderKey) to the recipient's
//                            X25519 key (crypto_sign_ed25519_pk_to_curve25519)
//                        {"method": "argon2id13", "salt": bytes(16), "ops": n, "mem": n,
//                         "nonce": bytes(24), "box": bytes(80)}
//                            crypto_secretbox_easy(streamKey ‖ senderKey, nonce, K), where
//                            K = crypto_pwhash(passphrase, salt, ops, mem, ARGON2ID13)
//   14+H       ...   chunks, each a u32 L (17..32 MiB+17) and L bytes of
//                    crypto_secretstream_xchacha20poly1305_push(plaintext), tagged
//                    MESSAGE, the last one FINAL. A plaintext is empty or qCompress() of
//                    a CBOR sequence (RFC 8742) of maps, the records, about 64 KiB of
//                    them before compression (more when one record is bigger).
//   S-4        4     u32 0: no more chunks
//   S          64    Ed25519ph signature (crypto_sign_init/update/final_create) by
//                    senderKey over every byte before it, magic included
//
// The sealed or passphrase box holds the sender's key beside the stream key, so a
// bundle re-signed by someone else under their own key is refused at unlock().
// The zero length before the signature lets a reader tell a cut file (Truncated)
// from a changed one (Tampered) before it can decrypt anything.

#include <QCborStreamReader>
#include <QCborValue>
#include <QFileDevice>
#include <QIODevice>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace teren {

namespace {

using Reason = BundleError::Reason;

constexpr char magic[] = {'T', 'E', 'R', 'E', 'N', 'B', 'D', 'L'};
constexpr qint64 magicSize = sizeof magic;
constexpr qint64 prefixSize = magicSize + 2 + 4; // magic, version, header length
constexpr quint32 maxHeaderBytes = 64 * 1024;
constexpr qsizetype chunkTarget = 64 * 1024;      // plaintext records per chunk, roughly
constexpr qsizetype maxRecordBytes = 16 * 1024 * 1024;
constexpr qint64 maxChunkPlain = 32 * 1024 * 1024; // compressed or not
constexpr qint64 streamOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qint64 maxFrameBytes = maxChunkPlain + streamOverhead;
constexpr qint64 signatureSize = crypto_sign_BYTES;
constexpr qint64 ioBlock = 64 * 1024;

constexpr size_t streamKeySize = crypto_secretstream_xchacha20poly1305_KEYBYTES;
constexpr size_t lockedSize = streamKeySize + crypto_sign_PUBLICKEYBYTES; // stream key ‖ sender key
constexpr qsizetype sealedBoxSize = lockedSize + crypto_box_SEALBYTES;
constexpr qsizetype secretBoxSize = lockedSize + crypto_secretbox_MACBYTES;

// What a reader accepts from a header before it spends memory and time on Argon2id.
constexpr qint64 minOps = crypto_pwhash_argon2id_OPSLIMIT_MIN;
constexpr qint64 maxOps = 4 * crypto_pwhash_argon2id_OPSLIMIT_SENSITIVE;
constexpr qint64 minMem = crypto_pwhash_argon2id_MEMLIMIT_MIN;
constexpr qint64 maxMem = crypto_pwhash_argon2id_MEMLIMIT_SENSITIVE;

const QString methodSealed = QStringLiteral("sealed");
const QString methodArgon = QStringLiteral("argon2id13");

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium could not be initialised");
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

unsigned long long length(const QByteArray &array)
{
    return static_cast<unsigned long long>(array.size());
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray result(size, Qt::Uninitialized);
    randombytes_buf(result.data(), static_cast<size_t>(size));
    return result;
}

QByteArray bigEndian32(quint32 value)
{
    QByteArray result(4, Qt::Uninitialized);
    qToBigEndian(value, result.data());
    return result;
}

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

bool argonLimitsOk(qint64 ops, qint64 mem)
{
    return ops >= minOps && ops <= maxOps && mem >= minMem && mem <= maxMem;
}

BundleError notABundle()
{
    return BundleError(Reason::NotABundle, BundleReader::tr("This file is not a Terén bundle."));
}

BundleError futureFormat(int version)
{
    return BundleError(Reason::FutureFormat,
                       BundleReader::tr("The bundle was written by a newer version of Terén (format %1); update "
                                        "Terén to import it.")
                           .arg(version));
}

BundleError truncated()
{
    return BundleError(Reason::Truncated,
                       BundleReader::tr("The bundle is incomplete; it was cut short, perhaps while copying."));
}

BundleError tampered()
{
    return BundleError(Reason::Tampered,
                       BundleReader::tr("The bundle was changed after it was signed; it cannot be trusted."));
}

BundleError readFailed(const QIODevice &device)
{
    return BundleError(Reason::Unreadable,
                       BundleReader::tr("The bundle could not be read (%1).").arg(device.errorString()));
}

BundleError writeFailed(const QIODevice &device)
{
    return BundleError(Reason::Unreadable,
                       BundleWriter::tr("The bundle could not be written (%1).").arg(device.errorString()));
}

QCborMap headerToCbor(const BundleHeader &header)
{
    QCborMap map;
    map.insert(QStringLiteral("kind"), static_cast<int>(header.kind));
    map.insert(QStringLiteral("sender"), QCborValue(header.sender));
    map.insert(QStringLiteral("senderKey"), header.senderKey);
    map.insert(QStringLiteral("senderName"), header.senderName);
    map.insert(QStringLiteral("recipient"), QCborValue(header.recipient));
    map.insert(QStringLiteral("sequence"), header.sequence);
    map.insert(QStringLiteral("firstChange"), header.firstChange);
    map.insert(QStringLiteral("lastChange"), header.lastChange);
    map.insert(QStringLiteral("recordCount"), header.recordCount);
    map.insert(QStringLiteral("createdMs"), header.createdMs);
    return map;
}

bool readInteger(const QCborMap &map, const QString &key, qint64 &out)
{
    const QCborValue value = map.value(key);
    if (!value.isInteger())
        return false;
    out = value.toInteger();
    return true;
}

bool readBytes(const QCborMap &map, const QString &key, qsizetype size, QByteArray &out)
{
    const QCborValue value = map.value(key);
    if (!value.isByteArray() || value.toByteArray().size() != size)
        return false;
    out = value.toByteArray();
    return true;
}

bool readUuid(const QCborMap &map, const QString &key, QUuid &out)
{
    const QCborValue value = map.value(key);
    if (!value.isUuid())
        return false;
    out = value.toUuid();
    return true;
}

// Exactly one CBOR item filling `data`; invalid otherwise.
QCborValue parseOne(const QByteArray &data, qint64 *consumed = nullptr)
{
    QCborStreamReader reader(data);
    QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError || reader.currentOffset() <= 0)
        return {};
    if (consumed)
        *consumed = reader.currentOffset();
    else if (reader.currentOffset() != data.size())
        return {};
    return value;
}

} // namespace

// ---------------------------------------------------------------------------------
// ReplicaKeys

ReplicaKeys ReplicaKeys::generate()
{
    ensureSodium();
    ReplicaKeys keys;
    keys.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    keys.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(bytes(keys.publicKey), bytes(keys.secretKey));
    return keys;
}

bool ReplicaKeys::isValid() const
{
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return false;
    unsigned char embedded[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(embedded, bytes(secretKey));
    return sodium_memcmp(embedded, bytes(publicKey), sizeof embedded) == 0;
}

// ---------------------------------------------------------------------------------
// BundleWriter

struct BundleWriter::Private
{
    explicit Private(QIODevice &target) : device(target) {}
    ~Private()
    {
        sodium_memzero(&stream, sizeof stream);
        sodium_memzero(&sign, sizeof sign);
        if (!pending.isEmpty())
            sodium_memzero(pending.data(), static_cast<size_t>(pending.size()));
    }
    Private(const Private &) = delete;
    Private &operator=(const Private &) = delete;

    [[noreturn]] void fail(const BundleError &error)
    {
        failure = error;
        throw error;
    }
    void checkUsable() const
    {
        if (finished)
            throw std::logic_error("BundleWriter used after finish()");
        if (failure)
            throw *failure;
    }
    // Writes `data`; `signed_` adds it to the signature.
    void write(const QByteArray &data, bool signed_ = true)
    {
        if (signed_)
            crypto_sign_update(&sign, bytes(data), length(data));
        qint64 done = 0;
        while (done < data.size()) {
            const qint64 written = device.write(data.constData() + done, data.size() - done);
            if (written <= 0)
                fail(writeFailed(device));
            done += written;
        }
    }
    void writeChunk(unsigned char tag)
    {
        const QByteArray plain = pending.isEmpty() ? QByteArray() : qCompress(pending);
        sodium_memzero(pending.data(), static_cast<size_t>(pending.size()));
        pending.resize(0);
        const qint64 cipherSize = plain.size() + streamOverhead;
        QByteArray frame(4 + cipherSize, Qt::Uninitialized);
        qToBigEndian(static_cast<quint32>(cipherSize), frame.data());
        crypto_secretstream_xchacha20poly1305_push(&stream, bytes(frame) + 4, nullptr, bytes(plain), length(plain),
                                                   nullptr, 0, tag);
        write(frame);
    }

    QIODevice &device;
    BundleHeader header;
    QByteArray secretKey;
    crypto_sign_state sign;
    crypto_secretstream_xchacha20poly1305_state stream;
    QByteArray pending; // encoded records of the chunk being filled
    qint64 appended = 0;
    bool finished = false;
    std::optional<BundleError> failure;
};

BundleWriter::BundleWriter(QIODevice &device, const ReplicaKeys &sender, BundleHeader header, const BundleLock &lock)
    : d(std::make_unique<Private>(device))
{
    ensureSodium();
    if (!sender.isValid())
        throw BundleError(Reason::WrongKey,
                          tr("This installation's signing key is missing or damaged; no bundle was written."));
    header.formatVersion = BundleHeader::currentFormatVersion;
    header.senderKey = sender.publicKey;

    Secret<lockedSize> locked; // stream key ‖ sender key
    crypto_secretstream_xchacha20poly1305_keygen(locked.data);
    std::memcpy(locked.data + streamKeySize, sender.publicKey.constData(), crypto_sign_PUBLICKEYBYTES);
    QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&d->stream, bytes(streamHeader), locked.data);

    QCborMap lockMap;
    if (!lock.recipientPublicKey.isEmpty()) {
        unsigned char curvePublic[crypto_box_PUBLICKEYBYTES];
        if (lock.recipientPublicKey.size() != crypto_sign_PUBLICKEYBYTES
            || crypto_sign_ed25519_pk_to_curve25519(curvePublic, bytes(lock.recipientPublicKey)) != 0)
            throw BundleError(Reason::WrongKey, tr("The recipient's key is damaged; no bundle was written."));
        QByteArray box(sealedBoxSize, Qt::Uninitialized);
        if (crypto_box_seal(bytes(box), locked.data, lockedSize, curvePublic) != 0)
            throw BundleError(Reason::WrongKey, tr("The recipient's key is damaged; no bundle was written."));
        lockMap.insert(QStringLiteral("method"), methodSealed);
        lockMap.insert(QStringLiteral("box"), box);
    } else if (!lock.passphrase.isEmpty()) {
        const unsigned long long ops =
            lock.fastKdfForTests ? crypto_pwhash_argon2id_OPSLIMIT_MIN : crypto_pwhash_argon2id_OPSLIMIT_MODERATE;
        const size_t mem =
            lock.fastKdfForTests ? crypto_pwhash_argon2id_MEMLIMIT_MIN : crypto_pwhash_argon2id_MEMLIMIT_MODERATE;
        const QByteArray salt = randomBytes(crypto_pwhash_SALTBYTES);
        const QByteArray nonce = randomBytes(crypto_secretbox_NONCEBYTES);
        Secret<crypto_secretbox_KEYBYTES> wrapping;
        if (crypto_pwhash(wrapping.data, sizeof wrapping.data, lock.passphrase.constData(), length(lock.passphrase),
                          bytes(salt), ops, mem, crypto_pwhash_ALG_ARGON2ID13)
            != 0)
            throw BundleError(Reason::Unreadable,
                              tr("There is not enough memory to lock the bundle with a passphrase."));
        QByteArray box(secretBoxSize, Qt::Uninitialized);
        crypto_secretbox_easy(bytes(box), locked.data, lockedSize, bytes(nonce), wrapping.data);
        lockMap.insert(QStringLiteral("method"), methodArgon);
        lockMap.insert(QStringLiteral("salt"), salt);
        lockMap.insert(QStringLiteral("ops"), static_cast<qint64>(ops));
        lockMap.insert(QStringLiteral("mem"), static_cast<qint64>(mem));
        lockMap.insert(QStringLiteral("nonce"), nonce);
        lockMap.insert(QStringLiteral("box"), box);
    } else {
        throw BundleError(Reason::WrongKey, tr("A bundle needs a recipient or a passphrase; no bundle was written."));
    }

    QCborMap map = headerToCbor(header);
    map.insert(QStringLiteral("stream"), streamHeader);
    map.insert(QStringLiteral("lock"), lockMap);
    const QByteArray encoded = QCborValue(map).toCbor();
    if (encoded.size() > qsizetype(maxHeaderBytes))
        throw std::logic_error("BundleWriter: the header is too long (senderName?)");

    QByteArray prefix(magic, magicSize);
    QByteArray version(2, Qt::Uninitialized);
    qToBigEndian(static_cast<quint16>(BundleHeader::currentFormatVersion), version.data());
    prefix += version;
    prefix += bigEndian32(static_cast<quint32>(encoded.size()));

    d->header = header;
    d->secretKey = sender.secretKey;
    crypto_sign_init(&d->sign);
    d->write(prefix + encoded);
}

BundleWriter::~BundleWriter() = default;

void BundleWriter::append(const QCborMap &record)
{
    d->checkUsable();
    const QByteArray encoded = QCborValue(record).toCbor();
    if (encoded.size() > maxRecordBytes)
        throw BundleError(Reason::Unreadable, tr("A record is too large to put in a bundle."));
    d->pending += encoded;
    ++d->appended;
    if (d->pending.size() >= chunkTarget)
        d->writeChunk(crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
}

void BundleWriter::finish()
{
    d->checkUsable();
    if (d->appended != d->header.recordCount)
        throw std::logic_error("BundleWriter::finish: header.recordCount differs from the records appended");
    d->writeChunk(crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    d->write(bigEndian32(0));
    QByteArray signature(signatureSize, Qt::Uninitialized);
    crypto_sign_final_create(&d->sign, bytes(signature), nullptr, bytes(d->secretKey));
    d->write(signature, false);
    if (auto *file = qobject_cast<QFileDevice *>(&d->device); file && !file->flush())
        d->fail(writeFailed(d->device));
    d->finished = true;
}

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
        || (kind != static_cast<int>(BundleKind::Changes) && kind != static_cast<int>(BundleKind::Statistical)))
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
    qint64 consumed = 0;
    const QCborValue record =
        parseOne(QByteArray::fromRawData(plain.constData() + plainOffset, plain.size() - plainOffset), &consumed);
    if (!record.isMap())
        throw tampered();
    plainOffset += consumed;
    ++yielded;
    return record.toMap();
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
    if (version > BundleHeader::currentFormatVersion)
        throw futureFormat(version);
    if (prefix.size() < prefixSize)
        throw truncated();
    const quint32 headerSize = qFromBigEndian<quint32>(prefix.constData() + magicSize + 2);
    if (headerSize == 0 || headerSize > maxHeaderBytes)
        throw tampered();
    const QByteArray encoded = d->readExactly(d->start + prefixSize, headerSize);
    if (!d->parseHeader(encoded))
        throw tampered();
    d->header.formatVersion = version;
    d->chunksAt = d->start + prefixSize + headerSize;

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
            throw wrongPassphrase;
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
