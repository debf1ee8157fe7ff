#include "Bundle.h"
#include "BundleFormat.h"
#include "domain/Error.h"
#include "domain/PassphrasePolicy.h"
#include "domain/Version.h"

#include <QCborValue>
#include <QFileDevice>
#include <QIODevice>
#include <QtEndian>

#include <sodium.h>

#include <cstring>
#include <optional>
#include <stdexcept>

namespace teren {

using namespace bundle;

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
    header.appVersion = appVersion();
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
        // A bundle may carry a whole caseload: a guessable passphrase would open it in
        // seconds, so the same rule applies as for the database's passphrase.
        if (const QString problem = PassphrasePolicy::problem(QString::fromUtf8(lock.passphrase)); !problem.isEmpty())
            throw ValidationError(problem, QStringLiteral("passphrase"));
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

} // namespace teren
