#pragma once

#include "SecretKey.h"

#include <QString>

#include <memory>

namespace teren {

// An SQLite VFS that encrypts what Terén's database files hold, over the system's
// own VFS, with libsodium's XChaCha20-Poly1305 (authenticated encryption); the
// construction SQLCipher and SQLite3 Multiple Ciphers use, at the VFS level since
// SQLite 3.40 has no codec hook (docs/security.md explains the choices):
//
// - The database: every page of `pageSize` bytes is encrypted on its own, with a
//   fresh random nonce; the nonce and the authentication tag live in the page's last
//   `reserveBytes` bytes, which SQLite is told to leave unused. The associated data
//   binds the page number, so a page moved or swapped elsewhere does not decrypt.
// - Its WAL: each frame's page the same way, the associated data binding the page
//   number, the frame's index and the salts of the WAL header (the log's round), so
//   a frame reordered or replayed from an earlier round is refused instead of
//   silently ending the log. What follows the last frame SQLite wrote in this round
//   (a write cut short by a power cut, frames of an earlier round) still ends it, as
//   SQLite expects.
// - Its rollback journal and every temporary file: as a sequence of encrypted
//   blocks; temporary files under a random key of their own, wiped when closed.
//
// A file opened through the VFS without a key registered for it is passed through
// as it is: a plain database stays readable (the demo, older files).
class EncryptedVfs
{
public:
    static constexpr int pageSize = 4096;
    static constexpr int reserveBytes = 40; // a 24-byte nonce and a 16-byte tag

    // The VFS's name in a URI ("file:...?vfs=..."); registered on first use.
    static const char *name();
    // Files of the database at `path` (its WAL and journal too) are read and written
    // with this key from now on: the database is unlocked in this process. Each
    // connection to it holds the key (retain/release), so it is wiped when the last
    // one closes after the key was handed back (lock).
    static void unlock(const QString &path, std::shared_ptr<const SecretKey> key);
    static void lock(const QString &path);
    static bool isUnlocked(const QString &path);
    // The key while unlocked (null otherwise): for what else the key protects.
    static std::shared_ptr<const SecretKey> keyOf(const QString &path);
    static void retain(const QString &path);
    static void release(const QString &path);
    // How SQLite names the file (absolute, symbolic links resolved), which is how
    // the keys are found.
    static QString canonicalPath(const QString &path);
};

} // namespace teren
