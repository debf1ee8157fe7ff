#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

class QIODevice;

namespace teren {

// A replica's long-term identity: an Ed25519 signing key pair. Sealed boxes to a
// replica use the X25519 keys converted from it, so one pair serves both.
struct ReplicaKeys
{
    QByteArray publicKey; // crypto_sign_PUBLICKEYBYTES
    QByteArray secretKey; // crypto_sign_SECRETKEYBYTES

    static ReplicaKeys generate();
    // Right sizes, and the secret key's public half (libsodium keeps it in the last
    // 32 bytes) is publicKey.
    bool isValid() const;
};

// Changes: a replica's change log. Statistical: what earlier versions wrote for a
// regional reporting database (the change log without names or free text), no longer
// imported. Enrolment: what a coordinator gives a new worker's installation (the
// region, codelists and that worker's clients, plus the enrolment secret it proves
// itself with). StatisticalSnapshot: the current state of a region's rows for a
// statistical database, without identities (StatisticalSnapshot).
enum class BundleKind { Changes = 1, Statistical = 2, Enrolment = 3, StatisticalSnapshot = 4 };

// What a bundle says about itself, readable (and signature-checked) before any
// record is decrypted. The signature proves only that the holder of senderKey wrote
// the bundle; whether that key belongs to `sender` is for the importer to check.
struct BundleHeader
{
    static constexpr int currentFormatVersion = 1;
    // The earliest Terén that reads currentFormatVersion: every Terén reads format 1.
    // A newer format names the release that introduced it, so that an older Terén
    // refusing it can say which version to install.
    static constexpr char firstReaderOfCurrentFormat[] = "0.1.0";
    // The first Terén that recorded its version in its bundles: a bundle without one
    // was written by an earlier Terén.
    static constexpr char firstVersionRecorded[] = "0.9.0";
    // Bundles are numbered from 1 up, one number per export: a number outside this
    // range was not given by Terén (at one export a minute it lasts 4,000 years).
    static constexpr qint64 maxSequence = 2147483647;

    int formatVersion = 0; // the writer always writes currentFormatVersion
    // The Terén that wrote the bundle (the writer always writes its own, appVersion());
    // empty in bundles of Teréns before firstVersionRecorded.
    QString appVersion;
    BundleKind kind = BundleKind::Changes;
    QUuid sender;
    QByteArray senderKey; // the sender's Ed25519 public key (the writer takes it from its keys)
    QString senderName;
    QUuid recipient;      // null: for whoever holds the passphrase
    // The stream `sequence` counts in (ExportStreams): the installation a bundle is
    // sealed to; null for one under a passphrase, and for a coordinator's bundles
    // back to a worker's laptop (numbered per worker) and an enrolment (the first of
    // them). Bundles of versions that numbered per sender alone have none either.
    QUuid stream;
    qint64 sequence = 0;  // in the stream: 1, 2, 3...
    qint64 firstChange = 0, lastChange = 0; // the sender's change-log range
    qint64 recordCount = 0; // the reader checks it against the records it yields
    qint64 createdMs = 0;
    // Set by an enrolled worker's installation until its coordinator has seen it: the
    // worker it was enrolled as, and proof that it holds that enrolment's secret (so
    // the coordinator trusts its key without a separate exchange).
    QUuid enrolledWorker;
    QByteArray enrolmentProof;
    // Set by an installation that continues another one (a restored file, see
    // Reinstallation): the installation it replaces, and that installation's
    // signature of the sender's id and key.
    QUuid replaces;
    QByteArray replacementSignature;
};

// How the stream key is protected: sealed to the recipient's public key, or derived
// from a passphrase (Argon2id).
struct BundleLock
{
    QByteArray recipientPublicKey; // Ed25519 public key of the recipient
    QByteArray passphrase;         // UTF-8; used when recipientPublicKey is empty
    // Argon2id at its minimum cost (milliseconds, 8 KiB) instead of MODERATE (about
    // 0.8 s and 256 MiB): for tests only. The cost is stored in the bundle, so the
    // reader needs no such flag.
    bool fastKdfForTests = false;
};

// How a reader unlocks a bundle: this replica's secret key, or the passphrase.
struct BundleKey
{
    QByteArray secretKey;  // Ed25519 secret key of this replica
    QByteArray passphrase; // UTF-8
};

// Why a bundle was refused. Each has one clear, translated message (message()).
// The writer throws Unreadable when the device refuses a write, and WrongKey when its
// own keys, the recipient's key or the passphrase are missing or damaged.
class BundleError : public Error
{
public:
    enum class Reason {
        NotABundle,     // garbage, wrong magic
        FutureFormat,   // written by a newer Terén
        Truncated,      // cut short
        Tampered,       // signature or authentication failed
        WrongKey,       // sealed to another replica / wrong passphrase
        PassphraseNeeded, // locked with a passphrase, and none was given
        UnknownSender,  // raised by the importer, not the reader
        WrongRecipient, // raised by the importer
        Unreadable,     // an I/O error
    };
    BundleError(Reason reason, const QString &message) : Error(message), m_reason(reason) {}
    Reason reason() const { return m_reason; }

private:
    Reason m_reason;
};

// Writes one bundle to `device` in constant memory: header, then the records,
// CBOR-encoded, compressed in chunks, encrypted with
// crypto_secretstream_xchacha20poly1305, and an Ed25519 signature over everything.
// The header is written by the constructor. Abandoning a writer before finish()
// leaves an unsigned, incomplete file: discard it (QSaveFile::cancelWriting).
// The byte layout is described at the top of Bundle.cpp.
class BundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)

public:
    BundleWriter(QIODevice &device, const ReplicaKeys &sender, BundleHeader header, const BundleLock &lock);
    ~BundleWriter();
    BundleWriter(const BundleWriter &) = delete;
    BundleWriter &operator=(const BundleWriter &) = delete;

    void append(const QCborMap &record);
    // Writes the last chunk and the signature. The header is written at the start,
    // so pass the real count up front in header.recordCount: finish() throws
    // std::logic_error (a programming error) when a different number was appended.
    // Flushes a QFileDevice, so a full disk shows here as Unreadable.
    void finish();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Reads a bundle in two streaming passes: first the signature over the whole file
// is verified against the sender key in the header, then the records are
// decrypted one by one (and the signature checked again over what was decrypted).
// Any failure throws BundleError. The bundle runs from the device's position at
// construction to its end; the reader seeks where it needs to, so the device may
// be read by others (a digest, say) between calls.
class BundleReader
{
    Q_DECLARE_TR_FUNCTIONS(BundleReader)

public:
    // Reads and checks the header and the signature; `device` must be seekable.
    explicit BundleReader(QIODevice &device);
    ~BundleReader();
    BundleReader(const BundleReader &) = delete;
    BundleReader &operator=(const BundleReader &) = delete;

    const BundleHeader &header() const;
    // True when unlock() needs BundleKey::passphrase, false when the secret key.
    bool needsPassphrase() const;
    // Unlocks the stream key; throws WrongKey (or PassphraseNeeded when the bundle
    // needs one and the key has none), after which unlock() may be tried again.
    void unlock(const BundleKey &key);
    // The next record, or nullopt after the last one (a missing final chunk throws
    // Truncated). Records may come before a failure further on: import them in one
    // transaction and roll it back on any BundleError. Once next() has thrown, it
    // throws the same error again.
    std::optional<QCborMap> next();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace teren
