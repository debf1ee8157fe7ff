#include "Database.h"

#include "EncryptedVfs.h"
#include "NativeStatement.h"
#include "StorageFailures.h"
#include "UseMarker.h"

#include "domain/Error.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

#include <sqlite3.h>

namespace teren {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("teren-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite's (extended) result code of a failed QtSql call.
int resultCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : SQLITE_ERROR;
}

} // namespace

Database::Database(const QString &path, Access access)
    : m_path(path)
    , m_readOnly(access == Access::ReadOnly)
    , m_connectionName(nextConnectionName())
{
    // A database unlocked in this process is read and written through the encrypting
    // VFS, with the key it was unlocked with; any other file as it is.
    m_canonicalPath = EncryptedVfs::canonicalPath(path);
    m_encrypted = EncryptedVfs::isUnlocked(m_canonicalPath);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    QStringList uriParameters;
    if (m_encrypted) {
        EncryptedVfs::retain(m_canonicalPath);
        uriParameters.append(QStringLiteral("vfs=") + QString::fromLatin1(EncryptedVfs::name()));
    }
    if (m_readOnly) {
        uriParameters.append(QStringLiteral("mode=ro"));
        // In a folder that cannot be written SQLite cannot keep its shared-memory
        // index; a file with no WAL beside it is complete, so it is read as immutable.
        if (!QFileInfo(QFileInfo(path).absolutePath()).isWritable() && !QFileInfo::exists(path + QStringLiteral("-wal")))
            uriParameters.append(QStringLiteral("immutable=1"));
    }
    if (uriParameters.isEmpty()) {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setDatabaseName(QStringLiteral("file:%1?%2")
                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_canonicalPath, "/")),
                                    uriParameters.join(QLatin1Char('&'))));
        db.setConnectOptions(m_readOnly ? QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                        : QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        if (m_encrypted)
            EncryptedVfs::release(m_canonicalPath);
        throw StorageError(tr("Cannot open the file %1: %2").arg(path, error.driverText()));
    }
    // A connection setting, not the file's: statement journals (one per write inside
    // a transaction) and scratch b-trees stay in memory. A temp file for each would
    // make bulk writes several times slower, and keep personal data out of /tmp.
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    // Extended codes tell a page that fails its authentication (SQLITE_IOERR_DATA)
    // from other input/output errors.
    sqlite3_extended_result_codes(m_handle, 1);
    try {
        execScript(QStringLiteral("PRAGMA temp_store = MEMORY"));
        if (m_encrypted && !m_readOnly)
            prepareEncryptedFile();
        else if (m_encrypted)
            execScript(QStringLiteral("PRAGMA mmap_size = 0"));
    } catch (...) {
        db = QSqlDatabase(); // the connection is closed only once no handle refers to it
        close();
        throw;
    }
}

void Database::prepareEncryptedFile()
{
    // Pages are never memory-mapped (the VFS offers no mapping either), and a new
    // file leaves room at the end of each page for the nonce and the tag.
    execScript(QStringLiteral("PRAGMA mmap_size = 0"));
    if (scalar(QStringLiteral("PRAGMA page_count")).toInt() > 0)
        return;
    execScript(QStringLiteral("PRAGMA page_size = %1").arg(EncryptedVfs::pageSize));
    int reserve = EncryptedVfs::reserveBytes;
    sqlite3_file_control(m_handle, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
}

void Database::holdWrites(bool held)
{
    execScript(held ? QStringLiteral("PRAGMA query_only = ON") : QStringLiteral("PRAGMA query_only = OFF"));
    m_writesHeld = held;
}

void Database::configureLibrary()
{
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

Database::~Database()
{
    close();
}

void Database::close()
{
    m_native.clear(); // finalised before the connection closes
    m_cache.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_encrypted)
        EncryptedVfs::release(m_canonicalPath);
    m_encrypted = false;
    m_handle = nullptr;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    return m_handle;
}

void Database::fail(const QString &context, int sqliteCode, const QString &driverText) const
{
    if (sqliteCode == SQLITE_IOERR_DATA || (sqliteCode & 0xff) == SQLITE_CORRUPT || (sqliteCode & 0xff) == SQLITE_NOTADB) {
        // A damaged or altered file stays as it is: closing must not checkpoint the
        // WAL into it, so it can be examined or restored byte for byte.
        if (m_handle)
            sqlite3_db_config(m_handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }
    if (sqliteCode == SQLITE_IOERR_DATA)
        throw SqliteFailure(tr("The file %1 is damaged or was altered after Terén wrote it: a part of it does not "
                              "match its seal. Nothing was changed in it; restore it from a backup.")
                               .arg(m_path), sqliteCode);
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        throw SqliteFailure(tr("The disk is full. Nothing of the last change was saved; free some space and try again."), sqliteCode);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        if (const std::optional<UseMarker::Holder> holder = UseMarker::holder(m_path))
            throw SqliteFailure(tr("The file %1 is in use by %2. Close it there and try again.")
                                    .arg(m_path, holder->describe()),
                                sqliteCode);
        throw SqliteFailure(tr("The file %1 is in use by another program. Close it there and try again.").arg(m_path),
                            sqliteCode);
    case SQLITE_READONLY:
    case SQLITE_PERM:
        if (m_readOnly)
            throw SqliteFailure(tr("The file %1 is open read-only: nothing can be changed in it.").arg(m_path),
                                sqliteCode);
        if (m_writesHeld)
            throw SqliteFailure(tr("The file %1 is still being checked; changes can be saved as soon as the check "
                                   "is done (the status bar says when).")
                                    .arg(m_path),
                                sqliteCode);
        if (sqliteCode == SQLITE_READONLY_DIRECTORY || inReadOnlyFolder())
            throw SqliteFailure(tr("The folder %1 is read-only: Terén keeps its journal in files beside the database, "
                                   "so it cannot write %2 there. Move the file to a folder you can write to, or "
                                   "allow writing in this one.")
                                    .arg(QFileInfo(m_path).absolutePath(), m_path),
                                sqliteCode);
        throw SqliteFailure(tr("The file %1 cannot be written (it is read-only).").arg(m_path), sqliteCode);
    case SQLITE_NOTADB:
        throw SqliteFailure(tr("The file %1 is not a Terén database.").arg(m_path), sqliteCode);
    case SQLITE_CORRUPT:
        throw SqliteFailure(tr("The file %1 is damaged. Restore it from a backup.").arg(m_path), sqliteCode);
    case SQLITE_IOERR:
        throw SqliteFailure(tr("Reading or writing the file %1 failed (%2).").arg(m_path, driverText), sqliteCode);
    default:
        break;
    }
    // An unexpected SQL failure is a programming error; keep the SQL out of the
    // message (it may quote personal data) but name where it happened.
    const QString message = tr("Database error in %1: %2").arg(context, driverText);
    if ((sqliteCode & 0xff) == SQLITE_CONSTRAINT)
        throw ConstraintError(sqliteCode == SQLITE_CONSTRAINT_FOREIGNKEY ? ConstraintError::Kind::ForeignKey
                                                                         : ConstraintError::Kind::Other,
                              message);
    throw SqliteFailure(message, sqliteCode);
}

bool Database::inReadOnlyFolder() const
{
    const QFileInfo file(m_path);
    return file.isWritable() && !QFileInfo(file.absolutePath()).isWritable();
}

void Database::execScript(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(handle(), sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        fail(sql.section(QLatin1Char(' '), 0, 2), rc, text);
    }
}

Query &Database::cached(const QString &sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.insert(sql, std::make_shared<Query>(*this, sql));
    return **it;
}

NativeStatement &Database::native(const QString &sql)
{
    auto it = m_native.find(sql);
    if (it == m_native.end())
        it = m_native.insert(sql, std::make_shared<NativeStatement>(*this, sql));
    return **it;
}

Query Database::prepare(const QString &sql)
{
    return Query(*this, sql);
}

QVariant Database::scalar(const QString &sql, const QVariantList &bindings)
{
    Query query(*this, sql);
    query.bindAll(bindings).exec();
    return query.next() ? query.value(0) : QVariant();
}

namespace {

// "SAVEPOINT sp1", "RELEASE sp1"...: the usual levels formatted once (a merge
// opens and releases one per contact), deeper ones when asked.
QString savepointSql(QLatin1String verb, int level)
{
    constexpr int prepared = 8;
    const auto format = [](QLatin1String name, int at) { return QStringLiteral("%1 sp%2").arg(name).arg(at); };
    const auto formatLevels = [&format](QLatin1String name) {
        QStringList texts;
        for (int i = 0; i < prepared; ++i)
            texts.append(format(name, i));
        return texts;
    };
    static const QStringList savepoints = formatLevels(QLatin1String("SAVEPOINT"));
    static const QStringList releases = formatLevels(QLatin1String("RELEASE"));
    if (level >= prepared)
        return format(verb, level);
    return verb == QLatin1String("RELEASE") ? releases.at(level) : savepoints.at(level);
}

} // namespace

void Database::begin()
{
    // Savepoints are prepared once: a merge opens one per contact.
    if (m_depth == 0)
        execScript(QStringLiteral("BEGIN IMMEDIATE"));
    else
        native(savepointSql(QLatin1String("SAVEPOINT"), m_depth)).run({});
    ++m_depth;
}

void Database::commit()
{
    Q_ASSERT(m_depth > 0);
    const int level = m_depth - 1;
    if (level == 0)
        execScript(QStringLiteral("COMMIT"));
    else
        native(savepointSql(QLatin1String("RELEASE"), level)).run({});
    m_depth = level;
}

void Database::rollback()
{
    Q_ASSERT(m_depth > 0);
    const int level = m_depth - 1;
    m_depth = level;
    // Never throw from here: rollback runs during stack unwinding.
    const QByteArray sql = level == 0
        ? QByteArrayLiteral("ROLLBACK")
        : QStringLiteral("ROLLBACK TO sp%1; RELEASE sp%1").arg(level).toUtf8();
    sqlite3_exec(handle(), sql.constData(), nullptr, nullptr, nullptr);
}

Query::Query(Database &db, const QString &sql)
    : m_db(db)
    , m_query(db.connection())
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        const QSqlError error = m_query.lastError();
        db.fail(sql.left(40), resultCode(error), error.databaseText());
    }
}

Query &Query::bind(int index, const QVariant &value)
{
    m_query.bindValue(index, value);
    return *this;
}

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Query &Query::bindAll(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    return *this;
}

Query &Query::exec()
{
    if (!m_query.exec()) {
        const QSqlError error = m_query.lastError();
        m_db.fail(m_sql.left(40), resultCode(error), error.databaseText());
    }
    return *this;
}

bool Query::next()
{
    return m_query.next();
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_level(db.transactionDepth())
{
    m_db.begin();
}

Transaction::~Transaction()
{
    if (!m_done && m_db.transactionDepth() > m_level)
        m_db.rollback();
}

void Transaction::commit()
{
    m_db.commit();
    m_done = true;
}

ScopedCacheSize::ScopedCacheSize(Database &db, int mebibytes)
    : m_db(db), m_previous(db.scalar(QStringLiteral("PRAGMA cache_size")).toLongLong())
{
    // A negative size is in KiB.
    m_db.execScript(QStringLiteral("PRAGMA cache_size = %1").arg(-qint64(mebibytes) * 1024));
}

ScopedCacheSize::~ScopedCacheSize()
{
    // Never throws: the smaller cache is only a saving.
    sqlite3_exec(m_db.handle(), QStringLiteral("PRAGMA cache_size = %1").arg(m_previous).toUtf8().constData(),
                 nullptr, nullptr, nullptr);
}

} // namespace teren
