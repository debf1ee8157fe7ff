#include "Reinstallation.h"

#include "Enrolment.h"
#include "ExportScope.h"
#include "ExportStreams.h"
#include "Keyring.h"
#include "Peers.h"

#include "changes/ChangeLog.h"
#include "changes/EntityTable.h"
#include "domain/Entities.h"
#include "domain/Error.h"

#include <sodium.h>

#include <limits>

namespace teren {

namespace {

const QString replacedMetaKey = QStringLiteral("replaced_replica");
const QString signatureMetaKey = QStringLiteral("replacement_signature");

} // namespace

QByteArray Reinstallation::signedPart(const QUuid &replica, const QByteArray &publicKey)
{
    // A fixed context, so the signature cannot be taken for any other signed message.
    return QByteArrayLiteral("teren-successor-v1") + replica.toRfc4122() + publicKey;
}

QUuid Reinstallation::begin(const QString &path, StoreOptions options)
{
    const std::unique_ptr<Store> store = Store::open(path, std::move(options));
    Keyring keyring(*store);
    const QUuid previous = store->replicaId();
    const QUuid successor = QUuid::createUuid();
    const ReplicaKeys keys = ReplicaKeys::generate();
    // Without the old key (a salvaged file whose key file is lost) there is no claim:
    // the coordinator then enrols the worker anew.
    QByteArray signature;
    try {
        const ReplicaKeys previousKeys = keyring.keys();
        signature.resize(crypto_sign_BYTES);
        const QByteArray message = signedPart(successor, keys.publicKey);
        crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(message.constData()),
                             static_cast<unsigned long long>(message.size()),
                             reinterpret_cast<const unsigned char *>(previousKeys.secretKey.constData()));
    } catch (const StorageError &) {
        signature.clear();
    }

    Transaction transaction(store->database());
    // The region's coordinator maps its successor to itself, as the old installation,
    // so every replica judges the successor's changes as the coordinator's.
    const QUuid worker = store->currentWorker();
    Authorization &rules = store->authorization();
    if (rules.isEnabled() && rules.isPrivileged(previous.toRfc4122(), std::numeric_limits<qint64>::max())
        && !worker.isNull()) {
        Installation installation{successor, worker, store->replicaName()};
        EntityTable<Installation>::insert(store->recorder(), installation);
    }
    // The successor's clock goes on from the old installation's newest stamp, so its
    // changes come after everything the old one did (the mapping above included).
    const qint64 continued = std::max(store->meta(QStringLiteral("hlc_observed")).toLongLong(),
                                      changelog::lastHlcOf(store->database(), previous.toRfc4122()));
    store->setMeta(QStringLiteral("hlc_observed"), continued);
    store->setMeta(QStringLiteral("replica_id"), successor.toRfc4122());
    store->setMeta(replacedMetaKey, signature.isEmpty() ? QVariant() : QVariant(previous.toRfc4122()));
    store->setMeta(signatureMetaKey, signature.isEmpty() ? QVariant() : QVariant(signature));
    // Its own bundles are numbered afresh; the enrolment's proof was for the old key.
    ExportStreams::restartNumbering(*store);
    store->setMeta(QStringLiteral("enrolment_proof"), QVariant());
    keyring.replaceKeys(keys);
    transaction.commit();
    return successor;
}

void Reinstallation::addClaim(Store &store, BundleHeader &header)
{
    const QByteArray previous = store.meta(replacedMetaKey).toByteArray();
    if (previous.size() != 16)
        return;
    header.replaces = QUuid::fromRfc4122(previous);
    header.replacementSignature = store.meta(signatureMetaKey).toByteArray();
}

bool Reinstallation::verify(const BundleHeader &header, const QByteArray &replacedKey)
{
    if (header.replaces.isNull() || replacedKey.size() != crypto_sign_PUBLICKEYBYTES
        || header.replacementSignature.size() != crypto_sign_BYTES)
        return false;
    const QByteArray message = signedPart(header.sender, header.senderKey);
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(header.replacementSignature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(replacedKey.constData()))
        == 0;
}

void Reinstallation::adopt(Store &store, const BundleHeader &header)
{
    const QUuid previous = header.replaces;
    Peers(store).revoke(previous);
    Enrolment(store).transfer(previous, header.sender);
    Authorization &rules = store.authorization();
    const QUuid worker = rules.workerOf(previous.toRfc4122());
    const bool mayMap = !rules.isEnabled() || rules.isPrivileged(store.replicaId().toRfc4122(),
                                                                  std::numeric_limits<qint64>::max());
    // The successor is a new recipient: the worker's next bundle from here is whole,
    // numbered from 1, and brings back what the restore rewound.
    if (!worker.isNull())
        FieldScope::startAfresh(store.database(), worker);
    if (mayMap && !worker.isNull() && !EntityTable<Installation>::exists(store.database(), header.sender)) {
        Installation installation{header.sender, worker, header.senderName};
        EntityTable<Installation>::insert(store.recorder(), installation);
        rules.forget();
    }
    // A laptop: its coordinator continues as the successor, whose key exports are
    // sealed to from now on.
    if (store.meta(QStringLiteral("coordinator")).toByteArray() == previous.toRfc4122())
        store.setMeta(QStringLiteral("coordinator"), header.sender.toRfc4122());
}

} // namespace teren
