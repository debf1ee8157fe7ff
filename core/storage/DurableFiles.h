#pragma once

#include <QCoreApplication>
#include <QString>

namespace teren {

// File moves that survive a power cut: what is renamed or copied is on the disk,
// and so is the folder entry naming it, before the call returns. Encrypting in
// place, backups and restores all decide their outcome by one such rename.
class DurableFiles
{
    Q_DECLARE_TR_FUNCTIONS(DurableFiles)

public:
    // Writes what the file holds (for a folder: its entries) through to the disk.
    static void syncToDisk(const QString &path);
    // Replaces `to` with `from` in one step (POSIX rename). Throws a translated
    // StorageError when the rename fails.
    static void replace(const QString &from, const QString &to);
    // Copies `from` to `to` (which must not exist yet), synced; a failed copy leaves
    // nothing at `to`. Throws a translated StorageError (a full disk named as such).
    static void copy(const QString &from, const QString &to);
    // Removes a database file with its WAL, shared-memory and journal files.
    static void removeWithCompanions(const QString &path);
    // The files SQLite keeps beside a database.
    static QStringList companionSuffixes();
};

} // namespace teren
