#pragma once

#include "Bundle.h"
#include "Keyring.h"
#include "Merger.h"
#include "Peers.h"
#include "SenderPolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace teren {

class Store;

// How a worker's installation joins a region without a separate exchange of keys.
//
// The coordinator issues an enrolment bundle for a worker (sealed to an identity file
// or under a passphrase handed over in person). It holds the region's shared records,
// the worker's clients, and a random enrolment secret. The worker's installation
// accepts it: it trusts the coordinator's key, acts as that worker from then on and,
// in the header of every bundle it exports, proves it holds the secret (a keyed hash
// of its replica id and public key). The coordinator trusts the first installation
// whose proof checks out and binds the enrolment to it; another installation claiming
// the same enrolment later is refused.
class Enrolment
{
    Q_DECLARE_TR_FUNCTIONS(Enrolment)

public:
    explicit Enrolment(Store &store);

    struct Issued
    {
        qint64 records = 0;
    };
    // Coordinator side. Issuing again for the same worker (a new laptop) replaces the
    // secret and starts that worker's field exports afresh.
    Issued issue(const QString &path, const QUuid &workerId, const BundleLock &lock, const QUuid &recipient = {});

    struct Accepted
    {
        QUuid worker;
        QString workerName;
        QString coordinatorName; // the coordinator's installation
        QString regionName;
        MergeCounts counts;
    };
    // Worker side; throws a translated Error (a BundleError for a bad file), leaving
    // the database untouched.
    Accepted accept(const QString &path, const BundleKey &key);

    // The claim this installation puts in the headers of its bundles (nothing when it
    // was not enrolled).
    void addClaim(BundleHeader &header);
    // Coordinator side, for a sender it does not know yet: what the header's claim of
    // an enrolment issued here is worth (SenderPolicy decides what follows).
    EnrolmentClaim checkClaim(const BundleHeader &header);
    // After the sender's first bundle was imported: the enrolment is that sender's.
    void bind(const BundleHeader &header);
    // An installation's enrolment moves to its successor (Reinstallation).
    void transfer(const QUuid &from, const QUuid &to);

    // The worker an installation was enrolled for by this coordinator, if any.
    QUuid workerOfReplica(const QUuid &replica);
    QUuid replicaOfWorker(const QUuid &worker);
    // The installation enrolled as this worker here, with its pinned key: what an
    // export back to the worker is sealed to. Throws a translated Error when it was
    // revoked or has not sent its first bundle yet.
    ReplicaIdentity enrolledInstallation(const QUuid &worker);
    // Worker side: the coordinator this laptop was enrolled by (null when it was not),
    // and its identity with the key pinned at enrolment, which exports are sealed to
    // without an identity file; nothing when not enrolled or the key was revoked.
    QUuid coordinatorReplica();
    std::optional<ReplicaIdentity> coordinator();
    // The installations this file knows (Peers), each with the worker enrolled on it.
    QList<Peer> installations();
    // The name of a live worker; empty when there is none.
    QString workerName(const QUuid &worker);

    static QByteArray proof(const QByteArray &secret, const QUuid &replica, const QByteArray &publicKey);

private:
    Store &m_store;
};

} // namespace teren
