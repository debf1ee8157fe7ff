#include "Bundle.h"

// Bundle file, format 1. Integers are unsigned big-endian.
//
//   offset     size  content
//   0          8     magic "TERENBDL"
//   8          2     u16 format version (1)
//   10         4     u32 H, length of the header (1..65536)
//   14         H     header: one CBOR map with text keys (unknown keys are ignored)
//                      "kind"         1 changes, 2 statistical (earlier versions), 3 enrolment,
//                                     4 statistical snapshot
//                      "appVersion"   text, the Terén that wrote the bundle ("0.9.0");
//                                     none in bundles of Teréns before 0.9.0
//                      "readerVersion"  text, the earliest Terén that reads this
//                                     format ("0.1.0" for format 1); none before 0.9.0
//                      "sender"       UUID (tag 37)
//                      "senderKey"    bytes(32), Ed25519 public key of the signer
//                      "senderName"   text
//                      "recipient"    UUID (tag 37); the null UUID for a passphrase bundle
//                      "sequenceStream"  optional: UUID (tag 37), the installation
//                                     whose stream "sequence" counts in; none: the
//                                     sender's passphrase stream, or back to a worker
//                      "sequence", "firstChange", "lastChange", "recordCount", "createdMs"
//                                     integers
//                      "worker", "proof"  optional: UUID (tag 37) and bytes(32), an
//                                     enrolled installation's claim (see Enrolment.h)
//                      "replaces", "successorSignature"  optional: UUID (tag 37) and
//                                     bytes(64), a successor's claim (see Reinstallation.h)
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
// Every later format keeps the prefix (magic, version, header length), a header that
// is one CBOR map with "senderKey", "appVersion" and "readerVersion", and the
// signature as the last 64 bytes over everything before it: a reader tells a bundle
// of a newer format (it names the Terén to install) from one whose format field was
// changed (refused as changed).
//
// The sealed or passphrase box holds the sender's key beside the stream key, so a
// bundle re-signed by someone else under their own key is refused at unlock().
// The zero length before the signature lets a reader tell a cut file (Truncated)
// from a changed one (Tampered) before it can decrypt anything.

#include "BundleFormat.h"

#include "domain/Version.h"

#include <QCborStreamReader>
#include <QIODevice>
#include <QtEndian>

#include <sodium.h>

#include <stdexcept>

namespace teren {

namespace bundle {

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium could not be initialised");
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

bool argonLimitsOk(qint64 ops, qint64 mem)
{
    return ops >= minOps && ops <= maxOps && mem >= minMem && mem <= maxMem;
}

BundleError notABundle()
{
    return BundleError(Reason::NotABundle, BundleReader::tr("This file is not a Terén bundle."));
}

BundleError futureFormat(int version, const QString &writtenBy, const QString &readableFrom)
{
    const QString ownVersion = appVersion();
    const int ownFormat = BundleHeader::currentFormatVersion;
    if (writtenBy.isEmpty() || readableFrom.isEmpty())
        return BundleError(Reason::FutureFormat,
                           BundleReader::tr("This bundle was written by a newer Terén in a newer format (%1); this "
                                            "is Terén %2, which reads formats up to %3. Install a newer Terén to "
                                            "import it.")
                               .arg(version)
                               .arg(ownVersion)
                               .arg(ownFormat));
    return BundleError(Reason::FutureFormat,
                       BundleReader::tr("This bundle was written by Terén %1 in a newer format (%2); this is "
                                        "Terén %3, which reads formats up to %4. Install Terén %5 or newer to "
                                        "import it.")
                           .arg(writtenBy)
                           .arg(version)
                           .arg(ownVersion)
                           .arg(ownFormat)
                           .arg(readableFrom));
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
    map.insert(QStringLiteral("appVersion"), header.appVersion);
    map.insert(QStringLiteral("readerVersion"), QString::fromLatin1(BundleHeader::firstReaderOfCurrentFormat));
    map.insert(QStringLiteral("kind"), static_cast<int>(header.kind));
    map.insert(QStringLiteral("sender"), QCborValue(header.sender));
    map.insert(QStringLiteral("senderKey"), header.senderKey);
    map.insert(QStringLiteral("senderName"), header.senderName);
    map.insert(QStringLiteral("recipient"), QCborValue(header.recipient));
    if (!header.stream.isNull())
        map.insert(QStringLiteral("sequenceStream"), QCborValue(header.stream));
    map.insert(QStringLiteral("sequence"), header.sequence);
    map.insert(QStringLiteral("firstChange"), header.firstChange);
    map.insert(QStringLiteral("lastChange"), header.lastChange);
    map.insert(QStringLiteral("recordCount"), header.recordCount);
    map.insert(QStringLiteral("createdMs"), header.createdMs);
    if (!header.enrolledWorker.isNull()) {
        map.insert(QStringLiteral("worker"), QCborValue(header.enrolledWorker));
        map.insert(QStringLiteral("proof"), header.enrolmentProof);
    }
    if (!header.replaces.isNull()) {
        map.insert(QStringLiteral("replaces"), QCborValue(header.replaces));
        map.insert(QStringLiteral("successorSignature"), header.replacementSignature);
    }
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

bool readOptionalText(const QCborMap &map, const QString &key, QString &out)
{
    if (!map.contains(key))
        return true;
    const QCborValue value = map.value(key);
    if (!value.isString() || value.toString().size() > 64)
        return false;
    out = value.toString();
    return true;
}

// Exactly one CBOR item filling `data`; invalid otherwise.
QCborValue parseOne(const QByteArray &data, qint64 *consumed)
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

QCborMap recordAt(const QByteArray &plain, qint64 &offset)
{
    qint64 consumed = 0;
    const QCborValue record =
        parseOne(QByteArray::fromRawData(plain.constData() + offset, plain.size() - offset), &consumed);
    if (!record.isMap())
        throw tampered();
    offset += consumed;
    return record.toMap();
}

} // namespace bundle

using bundle::bytes;
using bundle::ensureSodium;

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

} // namespace teren
