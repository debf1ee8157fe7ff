#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "domain/Version.h"
#include "sync/Bundle.h"
#include "sync/DecodedRecords.h"

#include <QBuffer>
#include <QCborValue>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <stdexcept>
#include <thread>

using namespace teren;
using Reason = BundleError::Reason;

namespace Catch {
template<>
struct StringMaker<Reason>
{
    static std::string convert(Reason reason)
    {
        switch (reason) {
        case Reason::NotABundle: return "NotABundle";
        case Reason::FutureFormat: return "FutureFormat";
        case Reason::Truncated: return "Truncated";
        case Reason::Tampered: return "Tampered";
        case Reason::WrongKey: return "WrongKey";
        case Reason::PassphraseNeeded: return "PassphraseNeeded";
        case Reason::UnknownSender: return "UnknownSender";
        case Reason::WrongRecipient: return "WrongRecipient";
        case Reason::Unreadable: return "Unreadable";
        }
        return "?";
    }
};
} // namespace Catch

namespace {

constexpr qsizetype prefixSize = 14; // magic, version, header length
constexpr qsizetype signatureSize = 64;

struct Peers
{
    ReplicaKeys sender = ReplicaKeys::generate();
    ReplicaKeys recipient = ReplicaKeys::generate();
    ReplicaKeys stranger = ReplicaKeys::generate();
};

const Peers &peers()
{
    static const Peers keys;
    return keys;
}

const QUuid senderId = QUuid::fromString(u"{0193a1b2-0000-7000-8000-00000000000a}");
const QUuid recipientId = QUuid::fromString(u"{0193a1b2-0000-7000-8000-00000000000b}");

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// A change-log-like record of about 100 bytes: a random-looking row key (which does
// not compress), Czech text, integers, a nested map, a null.
QCborMap record(qint64 i)
{
    QByteArray row(16, Qt::Uninitialized);
    qToBigEndian(mix(quint64(i)), row.data());
    qToBigEndian(mix(quint64(i) + 1), row.data() + 8);
    QCborMap fields;
    fields.insert(QStringLiteral("text"), QStringLiteral("Zajít na úřad práce, krok č. %1").arg(i));
    fields.insert(QStringLiteral("intensity"), i % 4);
    fields.insert(QStringLiteral("done_on"), i % 3 == 0 ? QCborValue(QCborValue::Null) : QCborValue(i * 7));
    QCborMap result;
    result.insert(QStringLiteral("seq"), i + 1);
    result.insert(QStringLiteral("entity"), QStringLiteral("step"));
    result.insert(QStringLiteral("row"), row);
    result.insert(QStringLiteral("hlc"), (test::pinnedMs << 16) + i);
    result.insert(QStringLiteral("fields"), fields);
    return result;
}

BundleHeader sampleHeader(qint64 count, const QUuid &recipient = recipientId)
{
    BundleHeader header;
    header.kind = BundleKind::Changes;
    header.sender = senderId;
    header.senderName = QStringLiteral("Terénní pracovnice Žaneta");
    header.recipient = recipient;
    header.sequence = 7;
    header.firstChange = 101;
    header.lastChange = 100 + count;
    header.recordCount = count;
    header.createdMs = test::pinnedMs;
    return header;
}

BundleLock sealedTo(const ReplicaKeys &keys)
{
    BundleLock lock;
    lock.recipientPublicKey = keys.publicKey;
    return lock;
}

BundleLock passphraseLock(const QByteArray &passphrase)
{
    BundleLock lock;
    lock.passphrase = passphrase;
    lock.fastKdfForTests = true;
    return lock;
}

BundleKey secretKeyOf(const ReplicaKeys &keys)
{
    BundleKey key;
    key.secretKey = keys.secretKey;
    return key;
}

BundleKey passphraseKey(const QByteArray &passphrase)
{
    BundleKey key;
    key.passphrase = passphrase;
    return key;
}

void writeRecords(QIODevice &device, qint64 count, const BundleLock &lock, const ReplicaKeys &sender)
{
    BundleWriter writer(device, sender, sampleHeader(count, lock.recipientPublicKey.isEmpty() ? QUuid() : recipientId),
                        lock);
    for (qint64 i = 0; i < count; ++i)
        writer.append(record(i));
    writer.finish();
}

QByteArray writeBundle(qint64 count, const BundleLock &lock = sealedTo(peers().recipient),
                       const ReplicaKeys &sender = peers().sender)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    writeRecords(buffer, count, lock, sender);
    return bytes;
}

struct Contents
{
    BundleHeader header;
    bool needsPassphrase = false;
    QList<QCborMap> records;
};

Contents readBundle(QIODevice &device, const BundleKey &key)
{
    Contents contents;
    BundleReader reader(device);
    contents.header = reader.header();
    contents.needsPassphrase = reader.needsPassphrase();
    reader.unlock(key);
    while (const std::optional<QCborMap> next = reader.next())
        contents.records.append(*next);
    REQUIRE_FALSE(reader.next().has_value()); // and it stays at the end
    return contents;
}

Contents readBundle(const QByteArray &bytes, const BundleKey &key = secretKeyOf(peers().recipient))
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return readBundle(buffer, key);
}

// What an importer sees: refused or not, why, and how many records came out first.
struct Outcome
{
    bool refused = false;
    Reason reason = Reason::Unreadable;
    QString message;
    qint64 records = 0;
};

Outcome tryRead(const QByteArray &bytes, const BundleKey &key = secretKeyOf(peers().recipient))
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    Outcome outcome;
    try {
        BundleReader reader(buffer);
        reader.unlock(key);
        while (reader.next())
            ++outcome.records;
    } catch (const BundleError &error) {
        outcome.refused = true;
        outcome.reason = error.reason();
        outcome.message = error.message();
    }
    return outcome;
}

bool isOneOf(Reason reason, std::initializer_list<Reason> reasons)
{
    return std::find(reasons.begin(), reasons.end(), reason) != reasons.end();
}

// The documented layout, walked by hand: where the header ends, where each chunk
// (its length) starts, the end mark and the signature.
struct Layout
{
    qsizetype chunksAt = 0;
    QList<qsizetype> chunks;
    qsizetype endMarkAt = 0;
    qsizetype signatureAt = 0;

    qsizetype chunkEnd(qsizetype i) const { return i + 1 < chunks.size() ? chunks.at(i + 1) : endMarkAt; }
};

Layout layoutOf(const QByteArray &bundle)
{
    Layout layout;
    REQUIRE(bundle.startsWith("TERENBDL"));
    layout.chunksAt = prefixSize + qFromBigEndian<quint32>(bundle.constData() + 10);
    qsizetype at = layout.chunksAt;
    for (;;) {
        REQUIRE(at + 4 <= bundle.size());
        const quint32 size = qFromBigEndian<quint32>(bundle.constData() + at);
        if (size == 0)
            break;
        layout.chunks.append(at);
        at += 4 + size;
    }
    layout.endMarkAt = at;
    layout.signatureAt = at + 4;
    REQUIRE(layout.signatureAt + signatureSize == bundle.size());
    return layout;
}

QByteArray unsignedPart(const QByteArray &bundle)
{
    return bundle.left(bundle.size() - signatureSize);
}

// Appends an Ed25519ph signature by `keys` over everything, as the writer does.
QByteArray signedBy(const QByteArray &content, const ReplicaKeys &keys)
{
    crypto_sign_state state;
    crypto_sign_init(&state);
    crypto_sign_update(&state, reinterpret_cast<const unsigned char *>(content.constData()),
                       static_cast<unsigned long long>(content.size()));
    QByteArray signature(signatureSize, Qt::Uninitialized);
    crypto_sign_final_create(&state, reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(keys.secretKey.constData()));
    return content + signature;
}

// The bundle with its header map edited; unsigned.
QByteArray withHeader(const QByteArray &bundle, const std::function<void(QCborMap &)> &edit)
{
    const Layout layout = layoutOf(bundle);
    QCborMap map = QCborValue::fromCbor(bundle.mid(prefixSize, layout.chunksAt - prefixSize)).toMap();
    REQUIRE(!map.isEmpty());
    edit(map);
    const QByteArray header = QCborValue(map).toCbor();
    QByteArray length(4, Qt::Uninitialized);
    qToBigEndian(static_cast<quint32>(header.size()), length.data());
    return bundle.left(10) + length + header + bundle.mid(layout.chunksAt, layout.signatureAt - layout.chunksAt);
}

// A random-access device over `data` whose reads and writes fail from byte `failAt`
// on, as a disk that fills up or a USB stick pulled out would.
class FailingDevice : public QIODevice
{
public:
    FailingDevice(QByteArray data, qint64 failAt) : m_data(std::move(data)), m_failAt(failAt) {}
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (pos() >= m_failAt) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        const qint64 n = std::min({maxSize, m_failAt - pos(), qint64(m_data.size()) - pos()});
        std::memcpy(data, m_data.constData() + pos(), size_t(n));
        return n;
    }
    qint64 writeData(const char *data, qint64 maxSize) override
    {
        if (pos() >= m_failAt) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        const qint64 n = std::min(maxSize, m_failAt - pos());
        m_data.append(data, n);
        return n;
    }

private:
    QByteArray m_data;
    qint64 m_failAt;
};

QByteArray withVersion(QByteArray bundle, quint16 version)
{
    qToBigEndian(version, bundle.data() + 8);
    return bundle;
}

} // namespace

TEST_CASE("Replica keys are Ed25519 key pairs", "[bundle]")
{
    const ReplicaKeys a = ReplicaKeys::generate();
    const ReplicaKeys b = ReplicaKeys::generate();
    CHECK(a.isValid());
    CHECK(a.publicKey.size() == 32);
    CHECK(a.secretKey.size() == 64);
    CHECK(a.publicKey != b.publicKey);
    CHECK_FALSE(ReplicaKeys().isValid());
    ReplicaKeys mixed{a.publicKey, b.secretKey};
    CHECK_FALSE(mixed.isValid());
    ReplicaKeys shortKey{a.publicKey, a.secretKey.left(32)};
    CHECK_FALSE(shortKey.isValid());
}

TEST_CASE("A sealed bundle gives back its header and records in order", "[bundle]")
{
    qint64 count = 0;
    SECTION("one record") { count = 1; }
    SECTION("no records") { count = 0; }
    SECTION("50,000 records in many chunks") { count = 50000; }

    QElapsedTimer timer;
    timer.start();
    const QByteArray bundle = writeBundle(count);
    const qint64 writeMs = timer.restart();
    const Contents contents = readBundle(bundle);
    const qint64 readMs = timer.elapsed();

    const BundleHeader &header = contents.header;
    CHECK(header.formatVersion == 1);
    CHECK(header.kind == BundleKind::Changes);
    CHECK(header.sender == senderId);
    CHECK(header.senderKey == peers().sender.publicKey);
    CHECK(header.senderName == QStringLiteral("Terénní pracovnice Žaneta"));
    CHECK(header.recipient == recipientId);
    CHECK(header.sequence == 7);
    CHECK(header.firstChange == 101);
    CHECK(header.lastChange == 100 + count);
    CHECK(header.recordCount == count);
    CHECK(header.createdMs == test::pinnedMs);
    CHECK(header.appVersion == appVersion());
    CHECK_FALSE(contents.needsPassphrase);

    REQUIRE(contents.records.size() == count);
    bool allEqual = true;
    for (qint64 i = 0; i < count && allEqual; ++i) {
        allEqual = contents.records.at(i) == record(i);
        INFO("record " << i);
        CHECK(allEqual);
    }
    const Layout layout = layoutOf(bundle);
    if (count == 50000) {
        CHECK(layout.chunks.size() > 20);
        INFO("50,000 records (" << QCborValue(record(1)).toCbor().size() << " bytes of CBOR each): bundle "
                                << bundle.size() << " bytes in " << layout.chunks.size() << " chunks; write "
                                << writeMs << " ms, read (verify + decrypt) " << readMs << " ms");
        // The stream is cut in chunks of bounded size: none holds the whole region.
        for (qsizetype i = 0; i < layout.chunks.size(); ++i)
            CHECK(layout.chunkEnd(i) - layout.chunks.at(i) < bundle.size() / 10);
    } else {
        CHECK(layout.chunks.size() == 1); // the final chunk, even when empty
    }
}

TEST_CASE("A bundle goes through a file on disk", "[bundle]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("changes.terenbundle"));
    QSaveFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    writeRecords(out, 3000, sealedTo(peers().recipient), peers().sender);
    REQUIRE(out.commit());

    QFile in(path);
    REQUIRE(in.open(QIODevice::ReadOnly));
    const Contents contents = readBundle(in, secretKeyOf(peers().recipient));
    REQUIRE(contents.records.size() == 3000);
    CHECK(contents.records.first() == record(0));
    CHECK(contents.records.last() == record(2999));
}

TEST_CASE("The reader seeks for itself, so the file may be read between calls", "[bundle]")
{
    const QByteArray bundle = writeBundle(2000);
    QBuffer buffer;
    buffer.setData(bundle);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    BundleReader reader(buffer);
    buffer.seek(0);
    CHECK(buffer.readAll() == bundle); // a digest of the file, say
    reader.unlock(secretKeyOf(peers().recipient));
    qint64 count = 0;
    while (const std::optional<QCborMap> next = reader.next()) {
        CHECK(*next == record(count));
        ++count;
        if (count % 500 == 0)
            buffer.seek(0);
    }
    CHECK(count == 2000);
}

TEST_CASE("A passphrase bundle gives back its records", "[bundle]")
{
    const QByteArray passphrase = QStringLiteral("Dlouhá věta o čtyřech slovech").toUtf8();
    const qint64 count = GENERATE(as<qint64>{}, 0, 1, 5000);
    const QByteArray bundle = writeBundle(count, passphraseLock(passphrase));
    const Contents contents = readBundle(bundle, passphraseKey(passphrase));
    CHECK(contents.needsPassphrase);
    CHECK(contents.header.recipient.isNull());
    REQUIRE(contents.records.size() == count);
    for (qint64 i = 0; i < count; ++i)
        REQUIRE(contents.records.at(i) == record(i));
}

TEST_CASE("A bundle for another replica is refused: WrongKey", "[bundle]")
{
    const QByteArray bundle = writeBundle(10);
    QBuffer buffer;
    buffer.setData(bundle);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    BundleReader reader(buffer);

    BundleKey key;
    SECTION("another replica's secret key") { key = secretKeyOf(peers().stranger); }
    SECTION("the sender's own secret key") { key = secretKeyOf(peers().sender); }
    SECTION("no key") {}
    SECTION("a passphrase instead of the key") { key = passphraseKey("tichá lampa nad řekou"); }
    SECTION("a damaged key") { key.secretKey = peers().recipient.secretKey.left(40); }

    try {
        reader.unlock(key);
        FAIL("unlocked");
    } catch (const BundleError &error) {
        CHECK(error.reason() == Reason::WrongKey);
        CHECK(error.message() == QStringLiteral("The bundle is for another installation; this one cannot open it."));
    }
    // The right key still opens it.
    reader.unlock(secretKeyOf(peers().recipient));
    qint64 count = 0;
    while (reader.next())
        ++count;
    CHECK(count == 10);
}

TEST_CASE("A wrong passphrase is refused: WrongKey", "[bundle]")
{
    const QByteArray bundle = writeBundle(10, passphraseLock("správné heslo"));
    QBuffer buffer;
    buffer.setData(bundle);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    BundleReader reader(buffer);

    try {
        reader.unlock(passphraseKey("spravne heslo"));
        FAIL("unlocked");
    } catch (const BundleError &error) {
        CHECK(error.reason() == Reason::WrongKey);
        CHECK(error.message() == QStringLiteral("The passphrase does not open this bundle."));
    }
    // Without one it says so, rather than that the passphrase is wrong.
    for (const BundleKey &key : {BundleKey(), secretKeyOf(peers().recipient)}) {
        try {
            reader.unlock(key);
            FAIL("unlocked");
        } catch (const BundleError &error) {
            CHECK(error.reason() == Reason::PassphraseNeeded);
            CHECK(error.message()
                  == QStringLiteral("The bundle is locked with a passphrase, and none was given; give the passphrase "
                                    "it was exported with."));
        }
    }
    reader.unlock(passphraseKey("správné heslo"));
    qint64 count = 0;
    while (reader.next())
        ++count;
    CHECK(count == 10);
}

TEST_CASE("A bundle cut short is refused: Truncated", "[bundle]")
{
    SECTION("every length of a small bundle")
    {
        const QByteArray bundle = writeBundle(3);
        for (qsizetype size = 0; size < bundle.size(); ++size) {
            const Outcome outcome = tryRead(bundle.left(size));
            INFO("cut to " << size << " of " << bundle.size() << " bytes");
            REQUIRE(outcome.refused);
            CHECK(outcome.reason == Reason::Truncated);
            CHECK(outcome.records == 0);
        }
    }
    SECTION("at the places that matter in a bundle of several chunks")
    {
        const QByteArray bundle = writeBundle(3000);
        const Layout layout = layoutOf(bundle);
        REQUIRE(layout.chunks.size() >= 3);
        const qsizetype second = layout.chunks.at(1);
        const QList<qsizetype> sizes{0,
                                     5,                             // in the magic
                                     9,                             // in the version
                                     12,                            // in the header length
                                     (prefixSize + layout.chunksAt) / 2, // in the header
                                     layout.chunksAt,               // no chunks
                                     second - 1000,                 // in the first chunk
                                     second,                        // between chunks
                                     second + 2,                    // in a chunk length
                                     layout.endMarkAt - 1,          // in the final chunk
                                     layout.endMarkAt,              // no end mark
                                     layout.endMarkAt + 2,          // in the end mark
                                     layout.signatureAt,            // no signature
                                     layout.signatureAt + 32,       // half a signature
                                     bundle.size() - 1};
        for (const qsizetype size : sizes) {
            const Outcome outcome = tryRead(bundle.left(size));
            INFO("cut to " << size << " of " << bundle.size() << " bytes");
            REQUIRE(outcome.refused);
            CHECK(outcome.reason == Reason::Truncated);
            CHECK(outcome.records == 0);
        }
    }
}

TEST_CASE("One changed byte anywhere is refused", "[bundle]")
{
    const auto check = [](const QByteArray &bundle, qsizetype step) {
        const Layout layout = layoutOf(bundle);
        const auto isChunkLength = [&](qsizetype at) {
            for (const qsizetype chunk : layout.chunks)
                if (at >= chunk && at < chunk + 4)
                    return true;
            return false;
        };
        for (qsizetype at = 0; at < bundle.size(); at += step) {
            for (const char mask : {char(0x01), char(0xff)}) {
                QByteArray changed = bundle;
                changed[at] = char(changed.at(at) ^ mask);
                const Outcome outcome = tryRead(changed);
                INFO("byte " << at << " of " << bundle.size() << " xor " << int(quint8(mask)));
                REQUIRE(outcome.refused);
                CHECK(outcome.records == 0);
                if (at < 8)
                    CHECK(outcome.reason == Reason::NotABundle);
                else if (at < 10) // format 0 was never written; any other changed format is a change
                    CHECK(isOneOf(outcome.reason, {Reason::NotABundle, Reason::Tampered}));
                else if (at < prefixSize || isChunkLength(at) || (at >= layout.endMarkAt && at < layout.signatureAt))
                    CHECK(isOneOf(outcome.reason, {Reason::Tampered, Reason::Truncated}));
                else
                    CHECK(outcome.reason == Reason::Tampered); // header, ciphertext, signature
            }
        }
    };
    SECTION("every byte of a small bundle") { check(writeBundle(3), 1); }
    SECTION("every byte of a small passphrase bundle") { check(writeBundle(2, passphraseLock("tichá lampa nad řekou")), 1); }
    SECTION("a sample of a bundle of several chunks")
    {
        const QByteArray bundle = writeBundle(3000);
        check(bundle, bundle.size() / 400 + 1);
    }
}

TEST_CASE("Anything else is not a bundle: NotABundle", "[bundle]")
{
    QByteArray noise(5000, Qt::Uninitialized);
    randombytes_buf(noise.data(), static_cast<size_t>(noise.size()));
    const QByteArray garbage = GENERATE_COPY(values<QByteArray>({
        QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'),
        QByteArray("client_ref,given_name,family_name\nC1,Jiří,Horváth\n"),
        QByteArray("PK\x03\x04\x14\x00\x00\x00", 8),
        QByteArray("TERENBD"),   // nearly the magic...
        QByteArray("TERENBDX\x00\x01", 10), // ...and not quite
        QByteArray("TERENBDL\x00\x00\x00\x00\x00\x10", 14), // format 0 was never written
        QByteArray(100, '\0'),
        noise,
    }));
    const Outcome outcome = tryRead(garbage);
    REQUIRE(outcome.refused);
    if (garbage == "TERENBD") // a prefix of the magic: a copy cut short
        CHECK(outcome.reason == Reason::Truncated);
    else
        CHECK(outcome.reason == Reason::NotABundle);
    CHECK(outcome.records == 0);
}

TEST_CASE("A bundle of a newer format is refused, naming the Terén that reads it", "[bundle]")
{
    const QByteArray bundle = writeBundle(2);
    const quint16 version = GENERATE(as<quint16>{}, 2, 17, 0xffff);
    // A newer Terén writes its format and versions in the header and signs them like
    // the rest; what follows the header may be laid out as it likes.
    const QByteArray header = withHeader(bundle, [](QCborMap &map) {
        map.insert(QStringLiteral("appVersion"), QStringLiteral("1.3.1"));
        map.insert(QStringLiteral("readerVersion"), QStringLiteral("1.2.0"));
    });
    const qsizetype chunksAt = layoutOf(header + QByteArray(signatureSize, '\0')).chunksAt;
    const Layout layout = layoutOf(bundle);
    for (const QByteArray &body : {bundle.mid(layout.chunksAt, layout.signatureAt - layout.chunksAt),
                                   QByteArray("chunks of a layout this version does not know")}) {
        const QByteArray newer = signedBy(withVersion(header, version).left(chunksAt) + body, peers().sender);
        const Outcome outcome = tryRead(newer);
        REQUIRE(outcome.refused);
        CHECK(outcome.reason == Reason::FutureFormat);
        CHECK(outcome.message
              == QStringLiteral("This bundle was written by Terén 1.3.1 in a newer format (%1); this is Terén %2, "
                                "which reads formats up to 1. Install Terén 1.2.0 or newer to import it.")
                     .arg(version)
                     .arg(appVersion()));
    }
}

TEST_CASE("A bundle of a newer format that names no versions is refused, asking for a newer Terén", "[bundle]")
{
    const QByteArray bundle = writeBundle(2);
    const QByteArray header = withHeader(bundle, [](QCborMap &map) {
        map.remove(QStringLiteral("appVersion"));
        map.remove(QStringLiteral("readerVersion"));
    });
    const Outcome outcome = tryRead(signedBy(withVersion(header, 2), peers().sender));
    REQUIRE(outcome.refused);
    CHECK(outcome.reason == Reason::FutureFormat);
    CHECK(outcome.message
          == QStringLiteral("This bundle was written by a newer Terén in a newer format (2); this is Terén %1, which "
                            "reads formats up to 1. Install a newer Terén to import it.")
                 .arg(appVersion()));
}

TEST_CASE("A bundle of Terén before 0.9.0, whose header names no versions, is read", "[bundle]")
{
    const QByteArray bundle = writeBundle(3);
    const QByteArray older = signedBy(withHeader(bundle, [](QCborMap &map) {
                                          map.remove(QStringLiteral("appVersion"));
                                          map.remove(QStringLiteral("readerVersion"));
                                      }),
                                      peers().sender);
    const Contents contents = readBundle(older);
    CHECK(contents.header.formatVersion == 1);
    CHECK(contents.header.appVersion.isEmpty());
    REQUIRE(contents.records.size() == 3);
    CHECK(contents.records.at(2) == record(2));
}

TEST_CASE("A bundle records the Terén that wrote it, and a header whose version is no text is refused",
          "[bundle]")
{
    const QByteArray bundle = writeBundle(1);
    CHECK(readBundle(bundle).header.appVersion == appVersion());
    const QByteArray numbered = signedBy(withHeader(bundle, [](QCborMap &map) {
                                             map.insert(QStringLiteral("appVersion"), 9);
                                         }),
                                         peers().sender);
    CHECK(tryRead(numbered).reason == Reason::Tampered);
}

TEST_CASE("A bundle whose format field was changed after signing is refused as changed, not as newer",
          "[bundle]")
{
    const QByteArray bundle = writeBundle(2);
    const quint16 version = GENERATE(as<quint16>{}, 2, 17, 0xffff);
    const Outcome outcome = tryRead(withVersion(bundle, version));
    REQUIRE(outcome.refused);
    CHECK(outcome.reason == Reason::Tampered);
    CHECK(outcome.message == QStringLiteral("The bundle was changed after it was signed; it cannot be trusted."));
    // Signed by someone else than the key its header names.
    const Layout layout = layoutOf(bundle);
    CHECK(tryRead(signedBy(unsignedPart(withVersion(bundle, version)), peers().stranger)).reason == Reason::Tampered);
    // A header that is no CBOR map, and a file cut after its header.
    QByteArray garbled = withVersion(bundle, version);
    garbled[prefixSize] = char(0xff);
    CHECK(tryRead(garbled).reason == Reason::Tampered);
    CHECK(tryRead(withVersion(bundle, version).left(layout.chunksAt + 10)).reason == Reason::Truncated);
    CHECK(tryRead(withVersion(bundle, version).left(10)).reason == Reason::Truncated);
}

TEST_CASE("A bundle signed by another key is refused: Tampered", "[bundle]")
{
    const Peers &keys = peers();
    SECTION("another key signs the same bytes")
    {
        const QByteArray resigned = signedBy(unsignedPart(writeBundle(5)), keys.stranger);
        const Outcome outcome = tryRead(resigned);
        CHECK(outcome.reason == Reason::Tampered);
        CHECK(outcome.records == 0);
        CHECK(outcome.message == QStringLiteral("The bundle was changed after it was signed; it cannot be trusted."));
    }
    SECTION("the signature is removed")
    {
        const QByteArray bundle = writeBundle(5);
        CHECK(tryRead(unsignedPart(bundle) + QByteArray(signatureSize, '\0')).reason == Reason::Tampered);
    }
    SECTION("an impostor puts its own key in the header and signs")
    {
        // The signature is then good for the impostor's key, but the key box names
        // the original signer.
        const auto forge = [&](QCborMap &header) {
            header.insert(QStringLiteral("senderKey"), keys.stranger.publicKey);
            header.insert(QStringLiteral("senderName"), QStringLiteral("Someone else"));
        };
        for (const bool sealed : {true, false}) {
            INFO((sealed ? "sealed" : "passphrase"));
            const BundleLock lock = sealed ? sealedTo(keys.recipient) : passphraseLock("tichá lampa nad řekou");
            const BundleKey key = sealed ? secretKeyOf(keys.recipient) : passphraseKey("tichá lampa nad řekou");
            const QByteArray forged = signedBy(withHeader(writeBundle(5, lock), forge), keys.stranger);
            QBuffer buffer;
            buffer.setData(forged);
            REQUIRE(buffer.open(QIODevice::ReadOnly));
            BundleReader reader(buffer); // a good signature by the key in the header...
            CHECK(reader.header().senderKey == keys.stranger.publicKey);
            try {
                reader.unlock(key); // ...which is not the key the bundle was locked under
                FAIL("unlocked");
            } catch (const BundleError &error) {
                CHECK(error.reason() == Reason::Tampered);
            }
        }
    }
}

TEST_CASE("Chunks rearranged and signed again by the sender are still refused", "[bundle]")
{
    // Only the holder of the sender's key can make these; the stream itself refuses them.
    const ReplicaKeys &sender = peers().sender;
    const QByteArray bundle = writeBundle(3000);
    const Layout layout = layoutOf(bundle);
    REQUIRE(layout.chunks.size() >= 3);
    const auto chunk = [&](qsizetype i) { return bundle.mid(layout.chunks.at(i), layout.chunkEnd(i) - layout.chunks.at(i)); };
    const QByteArray head = bundle.left(layout.chunksAt);
    const QByteArray endMark(4, '\0');

    SECTION("the final chunk dropped: Truncated")
    {
        QByteArray content = head;
        for (qsizetype i = 0; i + 1 < layout.chunks.size(); ++i)
            content += chunk(i);
        const Outcome outcome = tryRead(signedBy(content + endMark, sender));
        CHECK(outcome.reason == Reason::Truncated);
        CHECK(outcome.records > 0); // records before: the importer rolls them back
    }
    SECTION("a chunk dropped from the middle: Tampered")
    {
        QByteArray content = head + chunk(0);
        for (qsizetype i = 2; i < layout.chunks.size(); ++i)
            content += chunk(i);
        CHECK(tryRead(signedBy(content + endMark, sender)).reason == Reason::Tampered);
    }
    SECTION("two chunks swapped: Tampered")
    {
        QByteArray content = head + chunk(1) + chunk(0);
        for (qsizetype i = 2; i < layout.chunks.size(); ++i)
            content += chunk(i);
        const Outcome outcome = tryRead(signedBy(content + endMark, sender));
        CHECK(outcome.reason == Reason::Tampered);
        CHECK(outcome.records == 0);
    }
    SECTION("data after the final chunk: Tampered")
    {
        QByteArray content = bundle.left(layout.endMarkAt) + chunk(0);
        CHECK(tryRead(signedBy(content + endMark, sender)).reason == Reason::Tampered);
    }
    SECTION("a header that promises more records: Tampered")
    {
        const QByteArray edited =
            withHeader(bundle, [](QCborMap &header) { header.insert(QStringLiteral("recordCount"), 3001); });
        CHECK(tryRead(signedBy(edited, sender)).reason == Reason::Tampered);
    }
    SECTION("an unknown kind or lock method: Tampered")
    {
        const std::function<void(QCborMap &)> edits[] = {
            [](QCborMap &header) { header.insert(QStringLiteral("kind"), 99); },
            [](QCborMap &header) {
                QCborMap lock = header.value(QStringLiteral("lock")).toMap();
                lock.insert(QStringLiteral("method"), QStringLiteral("rot13"));
                header.insert(QStringLiteral("lock"), lock);
            },
        };
        for (const auto &edit : edits)
            CHECK(tryRead(signedBy(withHeader(bundle, edit), sender)).reason == Reason::Tampered);
    }
    SECTION("an absurd Argon2id cost: Tampered")
    {
        const QByteArray locked = writeBundle(1, passphraseLock("tichá lampa nad řekou"));
        const QByteArray edited = withHeader(locked, [](QCborMap &header) {
            QCborMap lock = header.value(QStringLiteral("lock")).toMap();
            lock.insert(QStringLiteral("mem"), Q_INT64_C(1) << 40);
            header.insert(QStringLiteral("lock"), lock);
        });
        CHECK(tryRead(signedBy(edited, sender), passphraseKey("tichá lampa nad řekou")).reason == Reason::Tampered);
    }
}

TEST_CASE("The writer refuses to lock without a key: WrongKey", "[bundle]")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    BundleLock lock;
    ReplicaKeys sender = peers().sender;
    SECTION("no recipient and no passphrase") {}
    SECTION("a damaged recipient key") { lock.recipientPublicKey = peers().recipient.publicKey.left(31); }
    SECTION("a recipient key of small order") { lock.recipientPublicKey = QByteArray(32, '\0'); }
    SECTION("no signing key")
    {
        lock = sealedTo(peers().recipient);
        sender = ReplicaKeys();
    }
    try {
        BundleWriter writer(buffer, sender, sampleHeader(0), lock);
        FAIL("written");
    } catch (const BundleError &error) {
        CHECK(error.reason() == Reason::WrongKey);
        CHECK(!error.message().isEmpty());
    }
}

TEST_CASE("A device that refuses writes gives Unreadable", "[bundle]")
{
    const auto writeTo = [](QIODevice &device) -> std::optional<BundleError> {
        try {
            writeRecords(device, 3000, sealedTo(peers().recipient), peers().sender);
        } catch (const BundleError &error) {
            return error;
        }
        return std::nullopt;
    };
    SECTION("a device that fails in the header or later")
    {
        for (const qint64 failAt : {0, 20, 40000}) {
            INFO("fails at " << failAt);
            FailingDevice device({}, failAt);
            REQUIRE(device.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            const std::optional<BundleError> error = writeTo(device);
            REQUIRE(error);
            CHECK(error->reason() == Reason::Unreadable);
            CHECK(error->message() == QStringLiteral("The bundle could not be written (No space left on device)."));
        }
    }
    SECTION("a full disk")
    {
        // Linux's device that reports a full disk on every write.
        QFile full(QStringLiteral("/dev/full"));
        REQUIRE(full.open(QIODevice::WriteOnly));
        const std::optional<BundleError> error = writeTo(full);
        REQUIRE(error);
        CHECK(error->reason() == Reason::Unreadable);
    }
}

TEST_CASE("A device that fails while reading gives Unreadable", "[bundle]")
{
    const QByteArray bundle = writeBundle(3000);
    const Layout layout = layoutOf(bundle);
    // In the header, in the first pass over the chunks, at the signature.
    for (const qint64 failAt : {qint64(5), qint64(layout.chunksAt + 100), qint64(layout.signatureAt + 1)}) {
        INFO("fails at " << failAt);
        FailingDevice device(bundle, failAt);
        REQUIRE(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        try {
            BundleReader reader(device);
            FAIL("read");
        } catch (const BundleError &error) {
            CHECK(error.reason() == Reason::Unreadable);
            CHECK(error.message() == QStringLiteral("The bundle could not be read (Input/output error)."));
        }
    }
}

TEST_CASE("The writer checks the record count it was promised", "[bundle]")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    BundleWriter writer(buffer, peers().sender, sampleHeader(2), sealedTo(peers().recipient));
    writer.append(record(0));
    CHECK_THROWS_AS(writer.finish(), std::logic_error);
}

TEST_CASE("A bundle with the production Argon2id cost", "[bundle][.slow]")
{
    BundleLock lock;
    lock.passphrase = QStringLiteral("tichá lampa nad řekou").toUtf8();
    const QByteArray bundle = writeBundle(3, lock);
    const Contents contents = readBundle(bundle, passphraseKey("tichá lampa nad řekou"));
    CHECK(contents.records.size() == 3);
}

// --- The import's decoding thread (DecodedRecords) ---------------------------------

namespace {

ChangeRecord changeOf(const QCborMap &record)
{
    ChangeRecord change;
    change.entity = record.value(QStringLiteral("entity")).toString();
    change.rowKey = record.value(QStringLiteral("row")).toByteArray();
    change.stamp = {record.value(QStringLiteral("hlc")).toInteger(), senderId.toRfc4122()};
    change.op = ChangeRecord::Insert;
    change.fields = record.value(QStringLiteral("fields")).toMap();
    return change;
}

// Many more records than the queue between the two threads holds.
constexpr qint64 manyRecords = 10'000;

// A bundle in memory, opened and unlocked for the recipient.
struct UnlockedBundle
{
    explicit UnlockedBundle(const QByteArray &bytes) : buffer(makeOpen(bytes)), reader(*buffer)
    {
        reader.unlock(secretKeyOf(peers().recipient));
    }
    static std::unique_ptr<QBuffer> makeOpen(const QByteArray &bytes)
    {
        auto device = std::make_unique<QBuffer>();
        device->setData(bytes);
        REQUIRE(device->open(QIODevice::ReadOnly));
        return device;
    }
    std::unique_ptr<QBuffer> buffer;
    BundleReader reader;
};

} // namespace

TEST_CASE("Records decoded on the import's second thread arrive whole, encoded and in order", "[bundle][import]")
{
    UnlockedBundle bundle(writeBundle(manyRecords));
    BundleReader &reader = bundle.reader;
    DecodedRecords records(reader, changeOf);
    qint64 read = 0;
    while (const DecodedChange *decoded = records.next()) {
        const ChangeRecord expected = changeOf(record(read));
        REQUIRE(decoded->change.stamp == expected.stamp);
        REQUIRE(decoded->change.rowKey == expected.rowKey);
        REQUIRE(decoded->change.fields == expected.fields);
        REQUIRE(decoded->encoded.fields == EncodedMaps::of(expected).fields);
        REQUIRE(decoded->encoded.bases.isEmpty());
        ++read;
    }
    CHECK(read == manyRecords);
    CHECK(records.next() == nullptr); // and it stays at the end
}

TEST_CASE("A bundle cut short fails the import after the records before the cut", "[bundle][import]")
{
    // Signed anew without its final chunk, so only the stream itself can tell.
    const QByteArray bundle = writeBundle(manyRecords);
    const Layout layout = layoutOf(bundle);
    REQUIRE(layout.chunks.size() > 2);
    const QByteArray content = bundle.left(layout.chunks.last()) + QByteArray(4, '\0');
    UnlockedBundle cut(signedBy(content, peers().sender));
    BundleReader &reader = cut.reader;
    DecodedRecords records(reader, changeOf);
    qint64 read = 0;
    std::optional<Reason> reason;
    try {
        while (records.next())
            ++read;
    } catch (const BundleError &error) {
        reason = error.reason();
    }
    REQUIRE(reason.has_value());
    CHECK(*reason == Reason::Truncated);
    CHECK(read > 0);
    CHECK(read < manyRecords);
    CHECK_THROWS_AS(records.next(), BundleError); // it stays failed
}

TEST_CASE("A record the import cannot read fails it with the decoder's own error", "[bundle][import]")
{
    UnlockedBundle bundle(writeBundle(manyRecords));
    BundleReader &reader = bundle.reader;
    const qint64 unreadable = 7'000;
    DecodedRecords records(reader, [](const QCborMap &map) {
        if (map.value(QStringLiteral("seq")).toInteger() == unreadable + 1)
            throw ValidationError(QStringLiteral("record %1 cannot be read").arg(unreadable));
        return changeOf(map);
    });
    qint64 read = 0;
    QString message;
    try {
        while (records.next())
            ++read;
    } catch (const ValidationError &error) {
        message = error.message();
    }
    CHECK(read == unreadable);
    CHECK(message == u"record 7000 cannot be read");
}

TEST_CASE("An import that stops early (its merge failed) stops the decoding thread", "[bundle][import]")
{
    UnlockedBundle bundle(writeBundle(manyRecords));
    BundleReader &reader = bundle.reader;
    std::atomic<qint64> decoded{0};
    const auto countingDecode = [&decoded](const QCborMap &record) {
        ++decoded;
        return changeOf(record);
    };
    {
        DecodedRecords records(reader, countingDecode);
        for (int i = 0; i < 3; ++i)
            REQUIRE(records.next() != nullptr);
        // The thread runs ahead of the consumer until its bounded queue is full.
        QElapsedTimer waited;
        waited.start();
        while (decoded < 1000 && waited.elapsed() < 10'000)
            std::this_thread::yield();
        REQUIRE(decoded >= 1000);
        // Leaving the scope now, mid-bundle: the destructor must wake the thread
        // (waiting for room in the queue) and join it; a hang fails the test by timeout.
    }
    const qint64 atStop = decoded;
    CHECK(atStop < manyRecords); // it stopped early, not after decoding the whole bundle
    // The records it never read are still in the reader, which the stopped thread no
    // longer touches: reading on here gets the first of them.
    const std::optional<QCborMap> next = reader.next();
    REQUIRE(next.has_value());
    CHECK(*next == record(atStop));
    CHECK(decoded == atStop);
}
