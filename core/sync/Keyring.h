#pragma once

#include "Bundle.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace teren {

class Store;

// One installation's replica id, name and public key, as a small text file that is
// safe to send by e-mail or carry on a USB stick: what `teren-cli identity --out`
// writes, and what trust and export for a recipient read.
struct ReplicaIdentity
{
    QUuid replica;
    QString name;
    QByteArray publicKey;

    QByteArray toText() const;
    // Throws a translated Error when the file cannot be read or is not an identity.
    static ReplicaIdentity read(const QString &path);
};

// This installation's signing keys. The secret key lives beside the database
// (FILE.key, readable by the owner only: wrapped under the database key when the
// database is encrypted, see KeyFile), the public key also in the file's meta, so a
// key file that belongs to another database is noticed.
class Keyring
{
    Q_DECLARE_TR_FUNCTIONS(Keyring)

public:
    explicit Keyring(Store &store) : m_store(store) {}

    // The keys, created on first use; throws a translated StorageError when the key
    // file is missing or does not belong to this database.
    ReplicaKeys keys();
    QByteArray publicKey() { return keys().publicKey; }
    ReplicaIdentity identity();
    // Replaces the signing keys (a restored file becoming a new installation): the
    // key file and the published key together.
    void replaceKeys(const ReplicaKeys &keys);

private:
    QString keyFilePath() const;
    ReplicaKeys sealedKeys(const QString &path);

    Store &m_store;
};

} // namespace teren
