#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace teren {

class Store;

// Another installation whose bundles this one accepts (or accepted).
struct Peer
{
    QUuid replica;
    QString name;
    QDate trustedOn;
    QDate revokedOn;     // invalid while trusted
    QString workerName;  // the worker it was enrolled for here, if any (Enrolment::installations)
    // The Terén its last imported bundle was written by: null before any bundle came,
    // empty when that bundle's Terén did not record its version.
    QString appVersion;
};

// The installations this file knows (the `peer` table; nothing else reads or writes
// it): each one's pinned public key, name, and whether it was revoked. A lost or
// stolen laptop is revoked: its bundles are refused from then on (those imported
// before stay), nothing is sent back to it, and its enrolment cannot be claimed
// again. The worker's new laptop is enrolled anew. Trusting the identity file again
// lifts a revocation.
class Peers
{
    Q_DECLARE_TR_FUNCTIONS(Peers)

public:
    explicit Peers(Store &store) : m_store(store) {}

    // Pins the key (replacing one pinned before) and lifts a revocation.
    void trust(const QUuid &replica, const QByteArray &publicKey, const QString &name);
    // The pinned key; empty for an installation this file does not know.
    QByteArray knownKey(const QUuid &replica);
    bool isTrusted(const QUuid &replica, const QByteArray &publicKey);
    // The name the installation gave itself; empty when unknown.
    QString nameOf(const QUuid &replica);

    // Notes the Terén that wrote the bundle just imported from `replica` (within the
    // import's transaction).
    void noteVersion(const QUuid &replica, const QString &appVersion);
    // The version column of a listing, translated: "Terén 0.9.0", "Terén before
    // 0.9.0" or "no bundle yet".
    static QString versionText(const Peer &peer);

    QList<Peer> list();
    // Throws a translated Error when there is no such installation here.
    void revoke(const QUuid &replica);
    QDate revokedOn(const QUuid &replica);
    // An installation by replica id (as text) or name; throws a translated Error when
    // none or several match.
    QUuid find(const QString &idOrName);

private:
    Store &m_store;
};

} // namespace teren
