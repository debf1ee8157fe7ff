#pragma once

#include "SecretKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace teren {

// FILE.key beside a database: what unlocks it, and the installation's signing key.
//
// An encrypted database has a random 32-byte key. The key file keeps it wrapped
// (crypto_secretbox) under a key derived from the worker's passphrase with Argon2id
// (crypto_pwhash; salt and limits stored with it), and, on a coordinator's file,
// also under an organisation's recovery key; the signing secret is kept wrapped
// under the database key. A passphrase changes by re-wrapping the database key, not
// by re-encrypting the data. Written owner-only, replaced atomically.
//
// A plain database's key file is the bare 64-byte signing secret, as before
// encryption existed.
class KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)

public:
    enum class Kind { Missing, PlainSigningKey, Sealed };

    struct Limits
    {
        quint64 operations;
        quint64 memory; // bytes
    };
    // Argon2id at libsodium's MODERATE limits (the cost is measured in
    // docs/security.md); tests choose the minimal ones (see useMinimalLimitsForTests).
    static Limits limits();
    // For tests only: new key files derive their keys at libsodium's minimal limits,
    // so a test that creates hundreds of files stays fast. Also set by the
    // environment variable TEREN_MINIMAL_KDF_FOR_TESTS=1 (for a CLI a test starts).
    static void useMinimalLimitsForTests(bool minimal);

    static QString pathFor(const QString &databasePath) { return databasePath + QStringLiteral(".key"); }
    static Kind kindOf(const QString &keyPath);

    // A new key file with a new random database key, returned. Throws StorageError
    // when it cannot be written.
    static std::shared_ptr<SecretKey> create(const QString &keyPath, const QString &passphrase);
    // The database key; throws a translated Error for a wrong passphrase or a key file
    // that is not one.
    static std::shared_ptr<SecretKey> unlock(const QString &keyPath, const QString &passphrase);
    static std::shared_ptr<SecretKey> unlockWithRecoveryKey(const QString &keyPath, const QString &recoveryKey);
    // Re-wraps the database key under a new passphrase (the data is untouched).
    static void changePassphrase(const QString &keyPath, const SecretKey &databaseKey, const QString &passphrase);
    // Wraps the database key under a new random recovery key too, and returns the
    // recovery key as text to print: it is not stored anywhere else.
    static QString addRecoveryKey(const QString &keyPath, const SecretKey &databaseKey);
    static bool hasRecoveryKey(const QString &keyPath);

    // The signing secret kept in a sealed key file, if any; and storing one.
    static std::optional<QByteArray> signingSecret(const QString &keyPath, const SecretKey &databaseKey);
    static void setSigningSecret(const QString &keyPath, const SecretKey &databaseKey, const QByteArray &secret);
};

} // namespace teren
