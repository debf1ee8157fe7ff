#pragma once

#include <QString>
#include <QVariantList>

struct sqlite3_stmt;

namespace teren {

class Database;

// A prepared statement on the connection's own sqlite3 handle, for the few hot paths
// of a merge (the change log, bulk inserts) where QtSql's per-value bookkeeping cost
// more than the insert itself. Same connection and transaction as the QtSql
// queries; failures become the same translated StorageError. Kept by Database
// (Database::native) for the connection's lifetime.
class NativeStatement
{
public:
    NativeStatement(Database &db, const QString &sql);
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    // Binds the values in order (null, integers, bool, double, text, blob), runs the
    // statement to completion and resets it; returns the rows it changed.
    int run(const QVariantList &values);

private:
    // `utf8` keeps a text's encoding alive until the statement has run.
    void bind(int index, const QVariant &value, QByteArray &utf8);

    Database &m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_context;
};

} // namespace teren
