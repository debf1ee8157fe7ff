#include "Enrolment.h"

#include "BundleMerge.h"
#include "ExportScope.h"
#include "ImportedBundles.h"

#include "changes/EntityTable.h"
#include "storage/RegularFile.h"
#include "store/Repositories.h"
#include "store/Store.h"

#include <QCborValue>
#include <QFile>
#include <QSaveFile>

#include <sodium.h>

namespace teren {

namespace {

const QString enrolmentKey = QStringLiteral("enrolment");

} // namespace

Enrolment::Enrolment(Store &store)
    : m_store(store)
{
}

QByteArray Enrolment::proof(const QByteArray &secret, const QUuid &replica, const QByteArray &publicKey)
{
    const QByteArray message = replica.toRfc4122() + publicKey;
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), static_cast<size_t>(out.size()),
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       static_cast<unsigned long long>(message.size()),
                       reinterpret_cast<const unsigned char *>(secret.constData()), static_cast<size_t>(secret.size()));
    return out;
}

Enrolment::Issued Enrolment::issue(const QString &path, const QUuid &workerId, const BundleLock &lock,
                                   const QUuid &recipient)
{
    Database &db = m_store.database();
    if (workerName(workerId).isEmpty())
        throw Error(tr("There is no worker with the id %1 in this database.").arg(workerId.toString(QUuid::WithoutBraces)));
    const ReplicaKeys own = Keyring(m_store).keys();
    if (sodium_init() < 0)
        throw Error(tr("The cryptography library could not be initialised."));
    // The installation that enrols laptops is the region's coordinator: the one whose
    // changes to the region's data every laptop applies.
    QUuid owner = m_store.regionOwner();
    if (owner.isNull()) {
        owner = m_store.replicaId();
        m_store.setRegionOwner(owner);
    }
    QByteArray secret(32, Qt::Uninitialized);
    randombytes_buf(secret.data(), static_cast<size_t>(secret.size()));

    const QByteArray worker = workerId.toRfc4122();
    // The new installation has nothing yet: every client of the worker goes with its
    // whole history. (Harmless if writing fails below: the next export sends them again.)
    FieldScope::startAfresh(db, workerId);
    const qint64 last = changelog::lastSeq(db);
    FieldScope scope(db, workerId, QUuid());
    const ChangeSelection selection = scope.selection(0, last);

    BundleHeader header;
    header.kind = BundleKind::Enrolment;
    header.sender = m_store.replicaId();
    header.senderKey = own.publicKey;
    header.senderName = m_store.replicaName();
    header.recipient = recipient;
    header.sequence = 1; // the first of the bundles this worker gets from here
    header.lastChange = last;
    header.recordCount = selection.count(db) + 1;
    header.createdMs = m_store.clock().nowMs();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StorageError(tr("Could not write the bundle %1: %2").arg(path, file.errorString()));
    {
        BundleWriter writer(file, own, header, lock);
        QCborMap enrolment;
        enrolment.insert(QStringLiteral("worker"), QCborValue(workerId));
        enrolment.insert(QStringLiteral("secret"), secret);
        enrolment.insert(QStringLiteral("owner"), QCborValue(owner));
        writer.append(QCborMap{{enrolmentKey, enrolment}});
        selection.forEach(db, [&writer](const ChangeRecord &change) { writer.append(ChangeCodec::toCbor(change)); });
        writer.finish();
    }
    if (!file.commit())
        throw StorageError(tr("Could not write the bundle %1: %2").arg(path, file.errorString()));
    Transaction transaction(db);
    db.prepare(QStringLiteral("INSERT OR REPLACE INTO enrolment (worker_id, secret, issued_on, replica) "
                              "VALUES (?, ?, ?, NULL)"))
        .bindAll({worker, secret, m_store.clock().now().toString(Qt::ISODateWithMs)})
        .exec();
    scope.remember(header.sequence, last);
    m_store.setMeta(QStringLiteral("role"), QStringLiteral("coordinator"));
    transaction.commit();
    return {header.recordCount};
}

Enrolment::Accepted Enrolment::accept(const QString &path, const BundleKey &key)
{
    Database &db = m_store.database();
    if (const QUuid enrolled = m_store.enrolledWorker(); !enrolled.isNull())
        throw Error(tr("This database is already enrolled as %1.").arg(workerName(enrolled)));
    QFile file(path);
    if (const QString why = RegularFile::open(file, RegularFile::maxBundleBytes); !why.isEmpty())
        throw Error(tr("Could not open %1: %2").arg(path, why));
    BundleReader reader(file);
    const BundleHeader header = reader.header();
    if (header.kind != BundleKind::Enrolment)
        throw BundleError(BundleError::Reason::NotABundle,
                          tr("This is not an enrolment bundle; import it with the other bundles instead."));
    if (header.sender == m_store.replicaId())
        throw BundleError(BundleError::Reason::WrongRecipient, tr("This bundle was exported from this same database."));
    if (!header.recipient.isNull() && header.recipient != m_store.replicaId())
        throw BundleError(BundleError::Reason::WrongRecipient, tr("This bundle is addressed to another installation."));
    const ReplicaKeys own = Keyring(m_store).keys();
    const QByteArray digest = ImportedBundles::fileDigest(file);
    reader.unlock(key);

    Accepted accepted;
    Transaction transaction(db);
    const std::optional<QCborMap> first = reader.next();
    const QCborMap enrolment = first ? first->value(enrolmentKey).toMap() : QCborMap();
    accepted.worker = enrolment.value(QStringLiteral("worker")).toUuid();
    const QByteArray secret = enrolment.value(QStringLiteral("secret")).toByteArray();
    const QUuid owner = enrolment.value(QStringLiteral("owner")).toUuid();
    if (accepted.worker.isNull() || secret.size() != 32)
        throw BundleError(BundleError::Reason::Tampered,
                          tr("The bundle holds a record this version of Terén cannot read."));
    // From now on this laptop is the worker's, in the coordinator's region: what it
    // merges is judged by the region's rules, like everywhere else.
    m_store.setRegionOwner(owner.isNull() ? header.sender : owner);
    m_store.setEnrolledWorker(accepted.worker);
    const MergedBundle merged = BundleMerge::mergeRecords(m_store, reader);
    accepted.counts = merged.counts;
    accepted.workerName = workerName(accepted.worker);
    accepted.coordinatorName = header.senderName;
    if (const QList<Region> regions = DirectoryRepository(m_store).regions(); regions.size() == 1)
        accepted.regionName = regions.first().name;
    if (accepted.workerName.isEmpty())
        throw BundleError(BundleError::Reason::Tampered,
                          tr("The enrolment names a worker the bundle does not hold."));

    Peers peers(m_store);
    peers.trust(header.sender, header.senderKey, header.senderName);
    peers.noteVersion(header.sender, header.appVersion);
    ImportedBundles(m_store).record(header, digest, merged);
    m_store.setMeta(QStringLiteral("enrolment_proof"), proof(secret, m_store.replicaId(), own.publicKey));
    m_store.setMeta(QStringLiteral("coordinator"), header.sender.toRfc4122());
    m_store.setCurrentWorker(accepted.worker);
    transaction.commit();
    m_store.reloadCodelists();
    return accepted;
}

void Enrolment::addClaim(BundleHeader &header)
{
    const QUuid worker = m_store.enrolledWorker();
    const QByteArray proof = m_store.meta(QStringLiteral("enrolment_proof")).toByteArray();
    // A successor of the enrolled installation proves itself by the old key instead.
    if (worker.isNull() || proof.isEmpty())
        return;
    header.enrolledWorker = worker;
    header.enrolmentProof = m_store.meta(QStringLiteral("enrolment_proof")).toByteArray();
}

EnrolmentClaim Enrolment::checkClaim(const BundleHeader &header)
{
    if (header.enrolledWorker.isNull())
        return EnrolmentClaim::None;
    Query query = m_store.database().prepare(QStringLiteral("SELECT secret, replica FROM enrolment WHERE worker_id = ?"));
    query.bind(0, header.enrolledWorker.toRfc4122()).exec();
    if (!query.next())
        return EnrolmentClaim::None;
    const QByteArray expected = proof(query.value(0).toByteArray(), header.sender, header.senderKey);
    const QByteArray bound = query.value(1).toByteArray();
    if (header.enrolmentProof.size() != expected.size()
        || sodium_memcmp(expected.constData(), header.enrolmentProof.constData(), static_cast<size_t>(expected.size()))
            != 0)
        return EnrolmentClaim::Unproven;
    if (!bound.isEmpty() && bound != header.sender.toRfc4122())
        return EnrolmentClaim::UsedElsewhere;
    return EnrolmentClaim::Proven;
}

void Enrolment::transfer(const QUuid &from, const QUuid &to)
{
    m_store.database()
        .prepare(QStringLiteral("UPDATE enrolment SET replica = ? WHERE replica = ?"))
        .bindAll({to.toRfc4122(), from.toRfc4122()})
        .exec();
}

void Enrolment::bind(const BundleHeader &header)
{
    m_store.database()
        .prepare(QStringLiteral("UPDATE enrolment SET replica = ? WHERE worker_id = ? AND replica IS NULL"))
        .bindAll({header.sender.toRfc4122(), header.enrolledWorker.toRfc4122()})
        .exec();
    // The region learns which worker the installation is, from the coordinator, so
    // every replica judges its changes alike (Authorization).
    if (!EntityTable<Installation>::exists(m_store.database(), header.sender)) {
        Installation installation{header.sender, header.enrolledWorker, header.senderName};
        EntityTable<Installation>::insert(m_store.recorder(), installation);
    }
    m_store.authorization().forget();
}

QUuid Enrolment::workerOfReplica(const QUuid &replica)
{
    const QByteArray worker = m_store.database()
                                  .scalar(QStringLiteral("SELECT worker_id FROM enrolment WHERE replica = ?"),
                                          {replica.toRfc4122()})
                                  .toByteArray();
    return worker.isEmpty() ? QUuid() : QUuid::fromRfc4122(worker);
}

QUuid Enrolment::replicaOfWorker(const QUuid &worker)
{
    const QByteArray replica = m_store.database()
                                   .scalar(QStringLiteral("SELECT replica FROM enrolment WHERE worker_id = ?"),
                                           {worker.toRfc4122()})
                                   .toByteArray();
    return replica.isEmpty() ? QUuid() : QUuid::fromRfc4122(replica);
}

ReplicaIdentity Enrolment::enrolledInstallation(const QUuid &worker)
{
    ReplicaIdentity identity;
    identity.replica = replicaOfWorker(worker);
    Peers peers(m_store);
    if (!identity.replica.isNull() && peers.revokedOn(identity.replica).isValid())
        throw Error(tr("This worker's installation was revoked (a lost laptop); enrol the new laptop "
                       "with teren-cli enrol."));
    if (!identity.replica.isNull()) {
        identity.publicKey = peers.knownKey(identity.replica);
        identity.name = peers.nameOf(identity.replica);
    }
    if (identity.publicKey.isEmpty())
        throw Error(tr("This worker's installation has not sent its first bundle yet, so its key is not "
                       "known; give --to IDENTITY or --passphrase-file F."));
    return identity;
}

QUuid Enrolment::coordinatorReplica()
{
    const QByteArray replica = m_store.meta(QStringLiteral("coordinator")).toByteArray();
    return replica.size() == 16 ? QUuid::fromRfc4122(replica) : QUuid();
}

std::optional<ReplicaIdentity> Enrolment::coordinator()
{
    const QUuid replica = coordinatorReplica();
    if (replica.isNull())
        return std::nullopt;
    Peers peers(m_store);
    ReplicaIdentity identity{replica, peers.nameOf(replica), peers.knownKey(replica)};
    if (identity.publicKey.isEmpty() || peers.revokedOn(replica).isValid())
        return std::nullopt;
    return identity;
}

QList<Peer> Enrolment::installations()
{
    QList<Peer> peers = Peers(m_store).list();
    QHash<QUuid, QString> workers;
    Query query = m_store.database().prepare(QStringLiteral("SELECT replica, worker_id FROM enrolment "
                                                            "WHERE replica IS NOT NULL"));
    query.exec();
    DirectoryRepository directory(m_store);
    while (query.next())
        workers.insert(QUuid::fromRfc4122(query.value(0).toByteArray()),
                       directory.workerName(QUuid::fromRfc4122(query.value(1).toByteArray())));
    for (Peer &peer : peers)
        peer.workerName = workers.value(peer.replica);
    return peers;
}

QString Enrolment::workerName(const QUuid &worker)
{
    const std::optional<Worker> found = DirectoryRepository(m_store).worker(worker);
    return found ? found->name : QString();
}

} // namespace teren
