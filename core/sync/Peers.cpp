#include "Peers.h"

#include "Bundle.h"

#include "domain/Error.h"
#include "store/Store.h"

namespace teren {

void Peers::trust(const QUuid &replica, const QByteArray &publicKey, const QString &name)
{
    m_store.database()
        .cached(QStringLiteral("INSERT INTO peer (replica, public_key, name, trusted_on) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (replica) DO UPDATE SET public_key = excluded.public_key, "
                               "name = excluded.name, revoked_on = NULL"))
        .bindAll({replica.toRfc4122(), publicKey, name, m_store.clock().today().toString(Qt::ISODate)})
        .exec();
}

QByteArray Peers::knownKey(const QUuid &replica)
{
    return m_store.database()
        .scalar(QStringLiteral("SELECT public_key FROM peer WHERE replica = ?"), {replica.toRfc4122()})
        .toByteArray();
}

bool Peers::isTrusted(const QUuid &replica, const QByteArray &publicKey)
{
    return knownKey(replica) == publicKey;
}

QString Peers::nameOf(const QUuid &replica)
{
    return m_store.database()
        .scalar(QStringLiteral("SELECT name FROM peer WHERE replica = ?"), {replica.toRfc4122()})
        .toString();
}

void Peers::noteVersion(const QUuid &replica, const QString &appVersion)
{
    // Bound as text even when empty: null means that no bundle came yet.
    m_store.database()
        .cached(QStringLiteral("UPDATE peer SET app_version = ? WHERE replica = ?"))
        .bindAll({appVersion.isNull() ? QStringLiteral("") : appVersion, replica.toRfc4122()})
        .exec();
}

QString Peers::versionText(const Peer &peer)
{
    if (peer.appVersion.isNull())
        return tr("no bundle yet");
    if (peer.appVersion.isEmpty())
        return tr("Terén before %1").arg(QString::fromLatin1(BundleHeader::firstVersionRecorded));
    return tr("Terén %1").arg(peer.appVersion);
}

QList<Peer> Peers::list()
{
    QList<Peer> peers;
    Query query = m_store.database().prepare(
        QStringLiteral("SELECT replica, name, trusted_on, revoked_on, app_version FROM peer "
                       "ORDER BY revoked_on IS NOT NULL, name, replica"));
    query.exec();
    while (query.next()) {
        Peer peer;
        peer.replica = QUuid::fromRfc4122(query.value(0).toByteArray());
        peer.name = query.value(1).toString();
        peer.trustedOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        peer.revokedOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        const QVariant version = query.value(4);
        peer.appVersion = version.isNull() ? QString() : version.toString();
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
