#include "Backups.h"

#include "Database.h"
#include "DurableFiles.h"
#include "EncryptedVfs.h"
#include "KeyFile.h"

#include "domain/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>

namespace teren {

namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");

// The partial copy's key registration, undone however the copy ends.
class PartialCopy
{
public:
    explicit PartialCopy(QString path) : m_path(std::move(path)) { removeLeftovers(); }
    ~PartialCopy()
    {
        EncryptedVfs::lock(m_path);
        if (!m_kept)
            removeLeftovers();
    }
    PartialCopy(const PartialCopy &) = delete;
    PartialCopy &operator=(const PartialCopy &) = delete;

    const QString &path() const { return m_path; }
    void keep() { m_kept = true; }

private:
    void removeLeftovers()
    {
        DurableFiles::removeWithCompanions(m_path);
        QFile::remove(KeyFile::pathFor(m_path));
    }
    QString m_path;
    bool m_kept = false;
};

[[noreturn]] void copyFailed(int rc, const QString &target, const QString &detail)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        throw StorageError(Backups::tr("The disk is full: the backup %1 could not be written. Free some space or "
                                       "choose another backup folder; the database itself is unchanged.")
                               .arg(target));
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        throw StorageError(Backups::tr("The backup %1 could not be written: the folder cannot be written to.")
                               .arg(target));
    default:
        throw StorageError(Backups::tr("The backup %1 could not be written (%2); the database itself is unchanged.")
                               .arg(target, detail));
    }
}

// Copies the database page by page into `partial` (the source stays in use: the
// copy is of one consistent moment) and checks the copy.
void copyVerified(const QString &databasePath, const QString &partial, const QString &target)
{
    const std::shared_ptr<const SecretKey> key = EncryptedVfs::keyOf(databasePath);
    if (key)
        EncryptedVfs::unlock(partial, key);
    {
        Database source(databasePath);
        std::unique_ptr<Database> copy;
        try {
            copy = std::make_unique<Database>(partial);
        } catch (const StorageError &) {
            copyFailed(SQLITE_CANTOPEN, target, {});
        }
        sqlite3_backup *backup = sqlite3_backup_init(copy->handle(), "main", source.handle(), "main");
        if (!backup)
            copyFailed(sqlite3_extended_errcode(copy->handle()), target,
                       QString::fromUtf8(sqlite3_errmsg(copy->handle())));
        int rc = SQLITE_OK;
        do {
            rc = sqlite3_backup_step(backup, -1);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(50);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) {
            if ((rc & 0xff) == SQLITE_IOERR_DATA || (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
                source.fail(QStringLiteral("backup"), rc, QString::fromUtf8(sqlite3_errstr(rc)));
            copyFailed(rc, target, QString::fromUtf8(sqlite3_errstr(rc)));
        }
        const QString verdict = copy->scalar(QStringLiteral("PRAGMA integrity_check")).toString();
        if (verdict != QStringLiteral("ok"))
            throw StorageError(Backups::tr("The backup %1 did not pass its check after it was written (%2); it "
                                           "was removed. Try again, or choose another backup folder.")
                                   .arg(target, verdict));
    }
    const QString keyPath = KeyFile::pathFor(databasePath);
    if (QFileInfo::exists(keyPath))
        DurableFiles::copy(keyPath, KeyFile::pathFor(partial));
    DurableFiles::syncToDisk(partial);
}

BackupFile writeBackup(const QString &databasePath, const QString &target)
{
    if (QFileInfo::exists(target))
        throw StorageError(Backups::tr("The file %1 already exists; choose another name.").arg(target));
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder))
        throw StorageError(Backups::tr("Cannot create the folder %1.").arg(folder));
    PartialCopy partial(target + QStringLiteral(".partial"));
    copyVerified(databasePath, partial.path(), target);
    // The key file first: a backup under its final name always has its key.
    if (QFileInfo::exists(KeyFile::pathFor(partial.path())))
        DurableFiles::replace(KeyFile::pathFor(partial.path()), KeyFile::pathFor(target));
    DurableFiles::replace(partial.path(), target);
    partial.keep();
    return {target, QDateTime::currentDateTimeUtc(), QFileInfo(target).size()};
}

} // namespace

Backups::Backups(const QString &databasePath, const QString &folder)
    : m_databasePath(databasePath)
    , m_folder(folder.isEmpty() ? defaultFolder(databasePath) : folder)
    , m_stem(QFileInfo(databasePath).completeBaseName())
{
}

QString Backups::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString Backups::nameFor(const QDateTime &taken) const
{
    return QDir(m_folder).filePath(QStringLiteral("%1-%2.sqlite").arg(m_stem, taken.toUTC().toString(stampFormat)));
}

QList<BackupFile> Backups::list() const
{
    const QRegularExpression pattern(QStringLiteral("^%1-(\\d{8}-\\d{6})\\.sqlite$")
                                         .arg(QRegularExpression::escape(m_stem)));
    QList<BackupFile> found;
    const QFileInfoList entries = QDir(m_folder).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QRegularExpressionMatch match = pattern.match(entry.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime taken = QDateTime::fromString(match.captured(1), stampFormat);
        if (!taken.isValid())
            continue;
        taken.setTimeZone(QTimeZone::utc());
        found.append({entry.absoluteFilePath(), taken, entry.size()});
    }
    std::sort(found.begin(), found.end(), [](const BackupFile &a, const BackupFile &b) { return a.taken > b.taken; });
    return found;
}

std::optional<BackupFile> Backups::latest() const
{
    const QList<BackupFile> all = list();
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

BackupFile Backups::make(const QDateTime &now, const BackupRetention &retention)
{
    QString target = nameFor(now);
    // Two backups within a second: the later one waits for a name of its own.
    for (int second = 1; QFileInfo::exists(target); ++second)
        target = nameFor(now.addSecs(second));
    BackupFile made = writeBackup(m_databasePath, target);
    made.taken = QDateTime::fromString(QFileInfo(target).completeBaseName().right(stampFormat.size()), stampFormat);
    made.taken.setTimeZone(QTimeZone::utc());
    prune(retention);
    return made;
}

BackupFile Backups::writeTo(const QString &databasePath, const QString &target)
{
    return writeBackup(databasePath, target);
}

QList<int> Backups::kept(const QList<QDateTime> &newestFirst, const BackupRetention &retention)
{
    QSet<int> keep;
    if (!newestFirst.isEmpty())
        keep.insert(0);
    // For each period kind: the newest backup of each of the most recent periods.
    const auto keepNewestPer = [&](int periods, auto periodOf) {
        QSet<qint64> seen;
        for (int i = 0; i < newestFirst.size() && seen.size() < periods; ++i) {
            const qint64 period = periodOf(newestFirst[i].toUTC().date());
            if (seen.contains(period))
                continue;
            seen.insert(period);
            keep.insert(i);
        }
    };
    keepNewestPer(retention.daily, [](const QDate &date) { return date.toJulianDay(); });
    keepNewestPer(retention.weekly, [](const QDate &date) {
        int year = 0;
        const int week = date.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepNewestPer(retention.monthly, [](const QDate &date) { return qint64(date.year()) * 100 + date.month(); });
    QList<int> indexes(keep.cbegin(), keep.cend());
    std::sort(indexes.begin(), indexes.end());
    return indexes;
}

QStringList Backups::prune(const BackupRetention &retention)
{
    const QList<BackupFile> all = list();
    QList<QDateTime> moments;
    for (const BackupFile &backup : all)
        moments.append(backup.taken);
    const QList<int> keep = kept(moments, retention);
    QStringList removed;
    for (int i = 0; i < all.size(); ++i) {
        if (keep.contains(i))
            continue;
        QFile::remove(all[i].path);
        QFile::remove(KeyFile::pathFor(all[i].path));
        removed.append(all[i].path);
    }
    return removed;
}

} // namespace teren
