#include "Peers.h"

#include "Error.h"
#include "store/Store.h"

namespace teren {

QList<Peer> Peers::list()
{
    QList<Peer> peers;
    Query query = m_store.database().prepare(QStringLiteral(
        "SELECT p.replica, p.name, p.trusted_on, p.revoked_on, "
        "    (SELECT w.name FROM enrolment e JOIN worker w ON w.id = e.worker_id WHERE e.replica = p.replica) "
        "FROM peer p ORDER BY p.revoked_on IS NOT NULL, p.name, p.replica"));
    query.exec();
    while (query.next()) {
        Peer peer;
        peer.replica = QUuid::fromRfc4122(query.value(0).toByteArray());
        peer.name = query.value(1).toString();
        peer.trustedOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        peer.revokedOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        peer.workerName = query.value(4).toString();
        peers.append(peer);
    }
    return peers;
}

void Peers::revoke(const QUuid &replica)
{
    Query query = m_store.database().prepare(
        QStringLiteral("UPDATE peer SET revoked_on = coalesce(revoked_on, ?) WHERE replica = ?"));
    query.bindAll({m_store.clock().today().toString(Qt::ISODate), replica.toRfc4122()}).exec();
    if (query.numRowsAffected() == 0)
        throw Error(tr("This database knows no installation %1.").arg(replica.toString(QUuid::WithoutBraces)));
}

QDate Peers::revokedOn(const QUuid &replica)
{
    return QDate::fromString(m_store.database()
                                 .scalar(QStringLiteral("SELECT revoked_on FROM peer WHERE replica = ?"),
                                         {replica.toRfc4122()})
                                 .toString(),
                             Qt::ISODate);
}

QUuid Peers::find(const QString &idOrName)
{
    const QUuid id = QUuid::fromString(idOrName.trimmed());
    QList<QUuid> found;
    for (const Peer &peer : list()) {
        if ((!id.isNull() && peer.replica == id) || peer.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            found.append(peer.replica);
    }
    if (found.isEmpty())
        throw Error(tr("This database knows no installation \"%1\".").arg(idOrName));
    if (found.size() > 1)
        throw Error(tr("Several installations are called \"%1\"; give the installation's id.").arg(idOrName));
    return found.first();
}

} // namespace teren
