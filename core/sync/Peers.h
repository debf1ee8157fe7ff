#pragma once

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
    QString workerName;  // the worker it was enrolled for here, if any
};

// The installations this file knows. A lost or stolen laptop is revoked: its
// bundles are refused from then on (those imported before stay), nothing is sent
// back to it, and its enrolment cannot be claimed again. The worker's new laptop is
// enrolled anew. Trusting the identity file again lifts a revocation.
class Peers
{
    Q_DECLARE_TR_FUNCTIONS(Peers)

public:
    explicit Peers(Store &store) : m_store(store) {}

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
