#pragma once

// Benchmarks measure Terén as it ships, its files encrypted at rest, when
// TEREN_BENCH_PASSPHRASE is set (the `bench` target sets it unless
// TEREN_BENCH_ENCRYPTED is OFF): every file a benchmark creates through Store is then
// encrypted under it, every encrypted file it opens is unlocked with it, and the
// plain-SQLite references open their files through the same encrypting VFS. A ratio
// then measures Terén's own work, not the cipher's, which bench_encryption measures.
//
// Times start after unlocking, so the files a benchmark creates get the minimal key
// derivation cost: a benchmark that opens a hundred copies spends its time measuring.
#include "storage/EncryptedVfs.h"
#include "storage/KeyFile.h"
#include "store/Store.h"

#include <QString>
#include <QTextStream>
#include <QtGlobal>

namespace teren::bench {

inline QString passphrase()
{
    return qEnvironmentVariable("TEREN_BENCH_PASSPHRASE");
}

inline bool encrypted()
{
    return !passphrase().isEmpty();
}

// Once, at the start of main() after Database::configureLibrary(); says which kind of
// file the figures are for.
inline void configureEncryption(QTextStream &out)
{
    KeyFile::useMinimalLimitsForTests(true);
    if (!encrypted()) {
        out << "files: plain (set TEREN_BENCH_PASSPHRASE to measure encrypted files)\n";
        return;
    }
    Store::setDefaultPassphraseForTests(passphrase());
    out << "files: encrypted at rest; references through the same encrypting VFS\n";
}

// Keeps an encrypted file unlocked while it lives, for connections a reference opens
// on it directly (a Store unlocks its own file); does nothing for a plain file or one
// already unlocked.
class UnlockedFile
{
public:
    explicit UnlockedFile(const QString &path)
    {
        if (!Store::isEncrypted(path) || EncryptedVfs::isUnlocked(path))
            return;
        EncryptedVfs::unlock(path, KeyFile::unlock(KeyFile::pathFor(path), passphrase()));
        m_path = path;
    }
    ~UnlockedFile()
    {
        if (!m_path.isEmpty())
            EncryptedVfs::lock(m_path);
    }
    UnlockedFile(const UnlockedFile &) = delete;
    UnlockedFile &operator=(const UnlockedFile &) = delete;

private:
    QString m_path;
};

} // namespace teren::bench
