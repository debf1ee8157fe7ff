#include "Keyring.h"

#include "storage/EncryptedVfs.h"
#include "storage/KeyFile.h"
#include "storage/RegularFile.h"
#include "store/Store.h"

#include <QFile>
#include <QSaveFile>

namespace teren {

QByteArray ReplicaIdentity::toText() const
{
    return "replica=" + replica.toString(QUuid::WithoutBraces).toLatin1() + "\nname=" + name.toUtf8()
        + "\npublic_key=" + publicKey.toBase64() + '\n';
}

ReplicaIdentity ReplicaIdentity::read(const QString &path)
{
    QString why;
    const std::optional<QByteArray> content = RegularFile::read(path, RegularFile::maxSmallFileBytes, why);
    if (!content)
        throw Error(Keyring::tr("Could not read the identity file %1: %2").arg(path, why));
    ReplicaIdentity identity;
    for (const QByteArray &line : content->split('\n')) {
        const qsizetype equals = line.indexOf('=');
        const QByteArray key = line.left(equals).trimmed();
        const QByteArray value = line.mid(equals + 1).trimmed();
        if (key == "replica")
            identity.replica = QUuid::fromString(QString::fromLatin1(value));
        else if (key == "name")
            identity.name = QString::fromUtf8(value);
        else if (key == "public_key")
            identity.publicKey = QByteArray::fromBase64(value);
    }
    if (identity.replica.isNull() || identity.publicKey.size() != 32)
        throw Error(Keyring::tr("%1 is not a Terén identity file (the other installation makes one with "
                                "teren-cli identity --out).")
                        .arg(path));
    return identity;
}

QString Keyring::keyFilePath() const
{
    return m_store.database().path() + QStringLiteral(".key");
}

ReplicaKeys Keyring::keys()
{
    const QString path = keyFilePath();
    if (KeyFile::kindOf(path) == KeyFile::Kind::Sealed)
        return sealedKeys(path);
    const QByteArray published = m_store.meta(QStringLiteral("public_key")).toByteArray();
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        ReplicaKeys keys;
        keys.secretKey = file.read(4096);
        keys.publicKey = published;
        // The public key is the second half of an Ed25519 secret key.
        if (keys.secretKey.size() != 64 || (!published.isEmpty() && keys.secretKey.right(32) != published))
            throw StorageError(tr("The key file %1 does not belong to this database.").arg(path));
        keys.publicKey = keys.secretKey.right(32);
        if (published.isEmpty())
            m_store.setMeta(QStringLiteral("public_key"), keys.publicKey);
        return keys;
    }
    if (!published.isEmpty())
        throw StorageError(tr("The key file %1 of this database is missing, so its bundles cannot be signed. "
                              "Restore it from a backup.")
                               .arg(path));
    const ReplicaKeys keys = ReplicaKeys::generate();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(keys.secretKey) != keys.secretKey.size()
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !out.commit())
        throw StorageError(tr("Could not write the key file %1: %2").arg(path, out.errorString()));
    m_store.setMeta(QStringLiteral("public_key"), keys.publicKey);
    return keys;
}

ReplicaKeys Keyring::sealedKeys(const QString &path)
{
    // An encrypted database keeps its signing secret under the database key.
    const std::shared_ptr<const SecretKey> databaseKey = EncryptedVfs::keyOf(m_store.database().path());
    if (!databaseKey)
        throw StorageError(tr("The database is locked: unlock it to sign or open bundles."));
    ReplicaKeys keys;
    if (const std::optional<QByteArray> secret = KeyFile::signingSecret(path, *databaseKey)) {
        keys.secretKey = *secret;
        keys.publicKey = secret->right(32);
    } else {
        keys = ReplicaKeys::generate();
        KeyFile::setSigningSecret(path, *databaseKey, keys.secretKey);
    }
    const QByteArray published = m_store.meta(QStringLiteral("public_key")).toByteArray();
    if (!published.isEmpty() && published != keys.publicKey)
        throw StorageError(tr("The key file %1 does not belong to this database.").arg(path));
    if (published.isEmpty())
        m_store.setMeta(QStringLiteral("public_key"), keys.publicKey);
    return keys;
}

void Keyring::replaceKeys(const ReplicaKeys &keys)
{
    const QString path = keyFilePath();
    if (KeyFile::kindOf(path) == KeyFile::Kind::Sealed) {
        const std::shared_ptr<const SecretKey> databaseKey = EncryptedVfs::keyOf(m_store.database().path());
        if (!databaseKey)
            throw StorageError(tr("The database is locked: unlock it to sign or open bundles."));
        KeyFile::setSigningSecret(path, *databaseKey, keys.secretKey);
    } else {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(keys.secretKey) != keys.secretKey.size()
            || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !out.commit())
            throw StorageError(tr("Could not write the key file %1: %2").arg(path, out.errorString()));
    }
    m_store.setMeta(QStringLiteral("public_key"), keys.publicKey);
}

ReplicaIdentity Keyring::identity()
{
    return {m_store.replicaId(), m_store.replicaName(), publicKey()};
}

} // namespace teren
