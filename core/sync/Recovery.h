#pragma once

#include "storage/Salvage.h"
#include "storage/SecretKey.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace teren {

// Restoring a backup and salvaging a damaged file. Both end in a file that
// continues as a new installation (Reinstallation), and neither overwrites or
// writes to the file it replaces: that one is kept aside, as it was.
class Recovery
{
    Q_DECLARE_TR_FUNCTIONS(Recovery)

public:
    struct Restored
    {
        QString keptAside; // where the replaced file now is (empty when there was none)
        QUuid replica;     // the new installation's id
    };
    // Puts the backup in the place of the database at `path`: the backup is copied
    // beside it and made a new installation first (opened with `options`: the
    // passphrase of the backup's day, or the recovery key), then the current file
    // and its companions move aside under one name and the copy takes their place.
    // Throws a translated Error with nothing changed when any step before the swap
    // fails (a wrong passphrase, a damaged backup, a full disk).
    // `key`: the database key when the caller holds it already (the file was open in
    // this process; a backup has the database's key), instead of a passphrase.
    static Restored restore(const QString &path, const QString &backup, const StoreOptions &options,
                            std::shared_ptr<const SecretKey> key = nullptr);

    struct Salvaged
    {
        SalvageReport report;
        QUuid replica;
    };
    // Copies what still reads of the damaged database into a new file at `newPath`,
    // encrypted as the damaged one was (unlocked with `options`), and makes it a new
    // installation.
    static Salvaged salvage(const QString &damaged, const QString &newPath, const StoreOptions &options,
                            std::shared_ptr<const SecretKey> key = nullptr);

    // The name the current file moves to when a backup replaces it.
    static QString asideName(const QString &path, const QDateTime &now);
};

} // namespace teren
