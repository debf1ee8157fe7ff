// Installations of different Terén versions in one region: each bundle names the Terén
// that wrote it, the coordinator sees which version each installation last sent,
// bundles of earlier Teréns are read, and a bundle of a newer format is refused with
// the version it needs.
#include <catch2/catch.hpp>

#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "domain/Version.h"
#include "sync/Bundle.h"
#include "sync/Enrolment.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/Keyring.h"
#include "sync/Peers.h"

#include <QCborMap>
#include <QCborValue>
#include <QtEndian>

#include <sodium.h>

#include <functional>

using namespace teren;
using test::Replicas;

namespace {

constexpr qsizetype prefixSize = 14; // magic, format version, header length
constexpr qsizetype signatureSize = 64;

QUuid makeClient(Store &store, const QString &given)
{
    Client client;
    client.givenName = given;
    client.familyName = QStringLiteral("Giňová");
    return ClientRepository(store).create(client).id;
}

// Worker 1 and 2 send to the coordinator (0), sealed to its key.
struct MixedRegion
{
    Replicas replicas{3};
    Store &coordinator() { return replicas[0]; }

    QString exportFrom(int worker, const QString &name)
    {
        ExportOptions options;
        options.recipient = coordinator().replicaId();
        options.lock.recipientPublicKey = Keyring(coordinator()).publicKey();
        const QString path = replicas.path(name);
        Exporter(replicas[worker]).exportTo(path, options);
        return path;
    }

    ImportReport importAtCoordinator(const QString &path)
    {
        ImportOptions options;
        options.key.secretKey = Keyring(coordinator()).keys().secretKey;
        options.acceptNewSenders = true;
        return Importer(coordinator()).importFrom(path, options);
    }

    // The Version column of the coordinator's installations, by installation name.
    QMap<QString, QString> versions()
    {
        QMap<QString, QString> result;
        for (const Peer &peer : Enrolment(coordinator()).installations())
            result.insert(peer.name, Peers::versionText(peer));
        return result;
    }
};

// Rewrites the bundle at `path` as another Terén would have written it: its header
// edited, its format number set, signed again by the sender (whose key the sealed box
// already names). The records stay as they were.
void rewrite(const QString &path, Store &sender, int formatVersion, const std::function<void(QCborMap &)> &edit)
{
    QByteArray bundle = test::fileBytes(path);
    const qsizetype headerSize = qFromBigEndian<quint32>(bundle.constData() + 10);
    QCborMap header = QCborValue::fromCbor(bundle.mid(prefixSize, headerSize)).toMap();
    REQUIRE(header.contains(QStringLiteral("senderKey")));
    edit(header);
    const QByteArray encoded = QCborValue(header).toCbor();
    QByteArray prefix = bundle.left(prefixSize);
    qToBigEndian(static_cast<quint16>(formatVersion), prefix.data() + 8);
    qToBigEndian(static_cast<quint32>(encoded.size()), prefix.data() + 10);
    const QByteArray content = prefix + encoded
        + bundle.mid(prefixSize + headerSize, bundle.size() - prefixSize - headerSize - signatureSize);

    const QByteArray secretKey = Keyring(sender).keys().secretKey;
    crypto_sign_state state;
    crypto_sign_init(&state);
    crypto_sign_update(&state, reinterpret_cast<const unsigned char *>(content.constData()),
                       static_cast<unsigned long long>(content.size()));
    QByteArray signature(signatureSize, Qt::Uninitialized);
    crypto_sign_final_create(&state, reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(secretKey.constData()));
    test::writeFile(path, content + signature);
}

// What a Terén before 0.9.0 wrote: format 1 without the versions in the header.
void asBeforeVersions(const QString &path, Store &sender)
{
    rewrite(path, sender, 1, [](QCborMap &header) {
        header.remove(QStringLiteral("appVersion"));
        header.remove(QStringLiteral("readerVersion"));
    });
}

QByteArray fileWithWal(const QString &path)
{
    QByteArray bytes = test::fileBytes(path);
    if (QFile::exists(path + QStringLiteral("-wal")))
        bytes += test::fileBytes(path + QStringLiteral("-wal"));
    return bytes;
}

} // namespace

TEST_CASE("The header of a bundle read back names the Terén that wrote it", "[sync][versions]")
{
    MixedRegion region;
    makeClient(region.replicas[1], QStringLiteral("Marie"));
    const QString path = region.exportFrom(1, QStringLiteral("1.teren"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    BundleReader reader(file);
    CHECK(reader.header().appVersion == appVersion());
    CHECK(reader.header().formatVersion == BundleHeader::currentFormatVersion);
}

TEST_CASE("A bundle of a Terén before 0.9.0 is imported with all its records", "[sync][versions]")
{
    MixedRegion region;
    const QUuid marie = makeClient(region.replicas[1], QStringLiteral("Marie"));
    const QString path = region.exportFrom(1, QStringLiteral("old.teren"));
    asBeforeVersions(path, region.replicas[1]);
    const ImportReport report = region.importAtCoordinator(path);
    INFO(report.reason.toStdString());
    REQUIRE_FALSE(report.refused);
    CHECK(report.counts.inserted == 1);
    CHECK(ClientRepository(region.coordinator()).find(marie)->givenName == u"Marie");
}

TEST_CASE("The coordinator sees which Terén each installation last sent", "[sync][versions]")
{
    MixedRegion region;
    makeClient(region.replicas[1], QStringLiteral("Marie"));
    makeClient(region.replicas[2], QStringLiteral("Lenka"));
    CHECK(region.versions().isEmpty());

    REQUIRE_FALSE(region.importAtCoordinator(region.exportFrom(1, QStringLiteral("1-1.teren"))).refused);
    const QString older = region.exportFrom(2, QStringLiteral("2-1.teren"));
    asBeforeVersions(older, region.replicas[2]);
    REQUIRE_FALSE(region.importAtCoordinator(older).refused);
    const QString current = QStringLiteral("Terén %1").arg(appVersion());
    CHECK(region.versions()
          == QMap<QString, QString>{{QStringLiteral("replica-1"), current},
                                    {QStringLiteral("replica-2"), QStringLiteral("Terén before 0.9.0")}});

    // The second laptop is updated: its next bundle says so.
    makeClient(region.replicas[2], QStringLiteral("Věra"));
    REQUIRE_FALSE(region.importAtCoordinator(region.exportFrom(2, QStringLiteral("2-2.teren"))).refused);
    CHECK(region.versions().value(QStringLiteral("replica-2")) == current);

    // Known before it sent anything (its identity trusted by hand): no bundle yet.
    Peers(region.coordinator()).trust(QUuid::fromString(u"{0193a1b2-0000-7000-8000-0000000000c9}"),
                                      ReplicaKeys::generate().publicKey, QStringLiteral("new laptop"));
    CHECK(region.versions().value(QStringLiteral("new laptop")) == u"no bundle yet");
}

TEST_CASE("A bundle of a newer format is refused, naming the Terén to install, and the file stays byte for byte",
          "[sync][versions]")
{
    MixedRegion region;
    makeClient(region.replicas[1], QStringLiteral("Marie"));
    const QString path = region.exportFrom(1, QStringLiteral("newer.teren"));
    rewrite(path, region.replicas[1], 2, [](QCborMap &header) {
        header.insert(QStringLiteral("appVersion"), QStringLiteral("1.2.0"));
        header.insert(QStringLiteral("readerVersion"), QStringLiteral("1.1.0"));
    });
    const QString database = region.replicas.filePath(0);
    region.replicas.close(0);
    const QByteArray before = fileWithWal(database);
    region.replicas.reopen(0);

    const ImportReport report = region.importAtCoordinator(path);
    CHECK(report.refused);
    CHECK(report.reason
          == QStringLiteral("This bundle was written by Terén 1.2.0 in a newer format (2); this is Terén %1, which "
                            "reads formats up to 1. Install Terén 1.1.0 or newer to import it.")
                 .arg(appVersion()));
    region.replicas.close(0);
    CHECK(fileWithWal(database) == before);
}
