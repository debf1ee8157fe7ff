#include "OpenChecks.h"

#include "Database.h"
#include "UseMarker.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace teren {

namespace {

using Reason = UnopenableFile::Reason;

// A coordinator's 1,300-client region (about 22 MB) takes 0.1-0.2 s to check, long
// enough to hold the window; a field worker's own file (tens of clients) is far below.
constexpr qint64 backgroundCheckBytes = 8LL * 1024 * 1024;

} // namespace

void OpenChecks::beforeConnecting(const QString &path, const Wanted &wanted)
{
    const QFileInfo file(path);
    if (!file.isFile())
        throw UnopenableFile(Reason::NotADatabase, tr("%1 is not a file, so it is not a Terén database.").arg(path));
    if (file.size() == 0 && !QFileInfo::exists(path + QStringLiteral("-wal")))
        throw UnopenableFile(Reason::Empty, tr("The file %1 is empty (0 bytes): it holds no data, perhaps a copy "
                                               "that was cut short. It was left as it is.")
                                                .arg(path));
    if (wanted.readOnly)
        return;
    if (wanted.exclusive) {
        if (const std::optional<UseMarker::Holder> holder = UseMarker::holder(path))
            throw UnopenableFile(Reason::InUse, tr("The file %1 is open in Terén already: %2. Close it there first, "
                                                   "or open it here read-only.")
                                                    .arg(path, holder->describe()));
    }
    const QString folder = file.absolutePath();
    if (!QFileInfo(folder).isWritable())
        throw UnopenableFile(Reason::ReadOnlyFolder,
                             tr("The folder %1 cannot be written to, and Terén needs to create files beside %2 "
                                "(SQLite's log of changes). Open it read-only, or copy it to a folder you can "
                                "write to.")
                                 .arg(folder, file.fileName()));
    if (!file.isWritable())
        throw UnopenableFile(Reason::ReadOnlyFile, tr("The file %1 is read-only. Open it read-only, or allow writing "
                                                      "to it (its properties in the file manager).")
                                                       .arg(path));
}

OpenChecks::Traces OpenChecks::tracesOf(const QString &path)
{
    return {UseMarker::leftBehind(path), QFileInfo::exists(path + QStringLiteral("-wal"))};
}

void OpenChecks::afterConnecting(Database &db, const Traces &traces, const Wanted &wanted)
{
    if (!traces.markerLeftBehind || traces.walPresent || wanted.acceptMissingWal)
        return;
    if (db.scalar(QStringLiteral("PRAGMA journal_mode")).toString() != QStringLiteral("wal"))
        return;
    throw UnopenableFile(Reason::MissingWal,
                         tr("The file %1 was not closed when Terén last used it, and the file of its latest changes "
                            "(%2) is missing, perhaps because only the database file was copied. The latest changes "
                            "may be lost. Look for %2 where the file came from, or open the file as it is.")
                             .arg(db.path(), QFileInfo(db.path()).fileName() + QStringLiteral("-wal")));
}

QStringList OpenChecks::quickCheck(Database &db)
{
    QStringList problems;
    try {
        Query check = db.prepare(QStringLiteral("PRAGMA quick_check(20)"));
        check.exec();
        while (check.next()) {
            const QString line = check.value(0).toString();
            if (line != QStringLiteral("ok"))
                problems.append(line);
        }
    } catch (const StorageError &error) {
        problems.append(error.message());
    }
    return problems;
}

QStringList OpenChecks::quickCheck(const QString &path)
{
    try {
        Database db(path, Database::Access::ReadOnly);
        return quickCheck(db);
    } catch (const StorageError &error) {
        return {error.message()};
    }
}

bool OpenChecks::checkTakesLong(const QString &path)
{
    return QFileInfo(path).size() > backgroundCheckBytes;
}

void OpenChecks::refuseDamaged(const QString &path, const QStringList &problems, bool sealed)
{
    if (sealed)
        throw UnopenableFile(Reason::Damaged,
                             tr("The file %1 is damaged or was altered after Terén wrote it: a part of it does not "
                                "match its seal. Nothing was written to it. Open the latest good backup, or salvage "
                                "what can still be read into a new file.")
                                 .arg(path));
    // SQLite lists every finding (many lines for one damaged page): the first says
    // enough, for whoever looks into it; `teren-cli check` lists them all.
    QStringList findings;
    for (const QString &problem : problems) {
        for (const QString &line : problem.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QStringLiteral("***")))
                findings.append(line.trimmed());
        }
    }
    throw UnopenableFile(Reason::Damaged, tr("The file %1 is damaged (%2). Nothing was written to it. Open the "
                                             "latest good backup, or salvage what can still be read into a new "
                                             "file.")
                                              .arg(path, findings.value(0, problems.value(0))));
}

void OpenChecks::refuse(const QString &path, const SqliteFailure &failure)
{
    switch (failure.primaryCode()) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        if (failure.primaryCode() == SQLITE_NOTADB)
            throw UnopenableFile(Reason::NotADatabase, tr("The file %1 is not a Terén database.").arg(path));
        refuseDamaged(path, {failure.message()});
    case SQLITE_IOERR:
        if (failure.code() == SQLITE_IOERR_DATA)
            throw UnopenableFile(Reason::Damaged, failure.message());
        break;
    case SQLITE_FULL:
        throw UnopenableFile(Reason::DiskFull, tr("The disk is full: Terén could not prepare %1 for work (it needs a "
                                                  "little space beside the file). Free some space, or open the file "
                                                  "read-only.")
                                                   .arg(path));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw UnopenableFile(Reason::InUse, failure.message());
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        throw UnopenableFile(QFileInfo(QFileInfo(path).absolutePath()).isWritable() ? Reason::ReadOnlyFile
                                                                                    : Reason::ReadOnlyFolder,
                             failure.message());
    default:
        break;
    }
    throw failure;
}

} // namespace teren
