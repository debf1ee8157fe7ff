#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;

namespace teren {

class NativeStatement;
class Query;

// One open SQLite file on its own QtSql connection. Owns the connection name, so
// several Database objects (a worker file and a bundle being merged, or tests) can
// live side by side. Every failure becomes a translated StorageError.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Access { ReadWrite, ReadOnly };

    // Opens (creating when missing) without changing the file; the caller decides
    // whether to configure or refuse it. ReadOnly never writes to the file (and a
    // missing file is not created).
    explicit Database(const QString &path, Access access = Access::ReadWrite);
    ~Database();

    // Process-wide SQLite settings, before the first connection opens (later they
    // cannot change and the call does nothing): no memory statistics, which Terén
    // never reads and which cost a mutex on every allocation — about a tenth of a
    // bundle import.
    static void configureLibrary();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }
    // Read and written through EncryptedVfs (the file was unlocked in this process).
    bool isEncrypted() const { return m_encrypted; }
    bool isReadOnly() const { return m_readOnly; }
    // Writes refused for a while (PRAGMA query_only): the file's integrity check runs
    // in the background and has not passed yet.
    void holdWrites(bool held);
    bool writesHeld() const { return m_writesHeld; }
    sqlite3 *handle() const;
    QSqlDatabase connection() const;

    // Runs one or more ';'-separated statements (used by migrations and pragmas).
    void execScript(const QString &sql);
    // A prepared statement kept for the lifetime of the connection: hot paths
    // (inserts, the change log) prepare once and rebind.
    Query &cached(const QString &sql);
    Query prepare(const QString &sql);
    // The same, on the native handle, for the merge's hot paths (see NativeStatement).
    NativeStatement &native(const QString &sql);
    QVariant scalar(const QString &sql, const QVariantList &bindings = {});

    void begin();
    void commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    [[noreturn]] void fail(const QString &context, int sqliteCode, const QString &driverText) const;

private:
    friend class Transaction;
    void prepareEncryptedFile();
    void close();
    // The file may be written, its folder not (where SQLite creates the journal).
    bool inReadOnlyFolder() const;

    QString m_path;
    QString m_canonicalPath;
    bool m_readOnly = false;
    bool m_writesHeld = false;
    bool m_encrypted = false;
    QString m_connectionName;
    QHash<QString, std::shared_ptr<Query>> m_cache;
    QHash<QString, std::shared_ptr<NativeStatement>> m_native;
    int m_depth = 0;
    // The driver's handle, read once: asking QSqlDatabase for it takes a lock and a
    // lookup by connection name, and the merge's hot paths ask for every row.
    sqlite3 *m_handle = nullptr;
};

// A prepared QSqlQuery that throws StorageError instead of returning false.
class Query
{
public:
    Query(Database &db, const QString &sql);

    Query &bind(int index, const QVariant &value);
    // A named placeholder (":name"); it may occur several times in the statement.
    Query &bind(const QString &placeholder, const QVariant &value);
    Query &bindAll(const QVariantList &values);
    Query &exec();
    bool next();
    QVariant value(int index) const { return m_query.value(index); }
    int columnCount() const { return m_query.record().count(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }

private:
    Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
};

// A larger page cache for the life of a bulk write (an import): the random keys of
// the change log and row indexes then stay in memory as the file grows, instead
// of every insert into a large index reading pages back. Memory stays bounded by
// the cache, whatever the size of the write.
class ScopedCacheSize
{
public:
    ScopedCacheSize(Database &db, int mebibytes);
    ~ScopedCacheSize();
    ScopedCacheSize(const ScopedCacheSize &) = delete;
    ScopedCacheSize &operator=(const ScopedCacheSize &) = delete;

private:
    Database &m_db;
    qint64 m_previous;
};

// RAII transaction; nested instances become savepoints so a repository call can be
// used both on its own and inside a larger user action or import.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    int m_level;
    bool m_done = false;
};

} // namespace teren
