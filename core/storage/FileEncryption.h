#pragma once

#include <QCoreApplication>
#include <QString>

namespace teren {

// Turning a plain database into an encrypted one, and changing its passphrase.
//
// Encryption in place is crash-safe: the encrypted copy and its key file are
// written beside the file under temporary names, and the moment the key file gets
// its final temporary name (one atomic rename) decides. Before that, a cut leaves
// the plain file as it was and the copy is discarded; after it, the next open
// finishes the swap (finishInterrupted, which every open calls). Either way there is
// one file that opens, holding all the data.
class FileEncryption
{
    Q_DECLARE_TR_FUNCTIONS(FileEncryption)

public:
    // Encrypts the plain database at `path` (closed everywhere) under `passphrase`.
    // Throws a translated Error: a weak passphrase, a file already encrypted, not a
    // Terén database, in use, a full disk. The signing key moves into the new key file.
    static void encryptInPlace(const QString &path, const QString &passphrase);
    // Completes or undoes an encryption that was cut short (see above).
    static void finishInterrupted(const QString &path);
    // Re-wraps the database key under a new passphrase (checked against the policy);
    // the old one no longer opens the file. Throws for a wrong old passphrase.
    static void changePassphrase(const QString &path, const QString &oldPassphrase, const QString &newPassphrase);
    // The same when the passphrase is lost: the organisation's recovery key opens the
    // database key instead.
    static void resetPassphrase(const QString &path, const QString &recoveryKey, const QString &newPassphrase);
    // The same for a file unlocked in this process, without the old passphrase: after
    // it was opened with the recovery key because the passphrase was lost.
    static void setPassphrase(const QString &path, const QString &newPassphrase);

    // The temporary names (for tests and for cleaning up).
    static QString copyPath(const QString &path) { return path + QStringLiteral(".encrypting"); }
    static QString copyKeyPath(const QString &path) { return path + QStringLiteral(".encrypting.key"); }
};

} // namespace teren
