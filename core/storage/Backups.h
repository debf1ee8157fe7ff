#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace teren {

struct BackupFile
{
    QString path;
    QDateTime taken; // UTC, from the file's name
    qint64 bytes = 0;
};

// How many backups are kept: the newest of each of the last `daily` days that have
// one, of the last `weekly` weeks and of the last `monthly` months (a backup may
// count for all three). The newest backup is always kept.
struct BackupRetention
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

// Backups of one database in one folder (beside the database by default, or one
// the user chose, e.g. on a USB stick). Each is a complete SQLite file written with
// SQLite's online backup API while the database stays in use, encrypted under the
// database's key when the database is encrypted (its key file copied beside it, so
// the passphrase of its day or the recovery key opens it), checked with
// `integrity_check` before it gets its name: a file with a backup's name is a good
// backup. Names carry the database's name and the moment (UTC), so several
// databases can share a folder.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    explicit Backups(const QString &databasePath, const QString &folder = {});

    static QString defaultFolder(const QString &databasePath);
    const QString &folder() const { return m_folder; }

    // Newest first.
    QList<BackupFile> list() const;
    std::optional<BackupFile> latest() const;

    // Writes a verified backup of the (open or closed) database named for `now`,
    // then removes the backups the retention no longer keeps. Throws a translated
    // StorageError (a full disk, a folder that cannot be written, a copy that fails
    // its check); the database itself is only read.
    BackupFile make(const QDateTime &now, const BackupRetention &retention = {});
    // The same to a file of the caller's choosing (which must not exist), no rotation.
    static BackupFile writeTo(const QString &databasePath, const QString &target);

    // Which of the backups taken at these moments (newest first) the retention
    // keeps: their indexes, ascending.
    static QList<int> kept(const QList<QDateTime> &newestFirst, const BackupRetention &retention);
    // Removes what the retention does not keep; returns the removed paths.
    QStringList prune(const BackupRetention &retention);

private:
    QString nameFor(const QDateTime &taken) const;

    QString m_databasePath;
    QString m_folder;
    QString m_stem;
};

} // namespace teren
