#pragma once

#include "HybridLogicalClock.h"
#include "IdSource.h"
#include "RowKey.h"

#include <QCborMap>
#include <QStringList>
#include <QUuid>
#include <QVariantList>

namespace teren {

class Authorization;
class Database;
struct ChangeRecord;
struct Stamp;

// The single place where synced rows are written. Every insert, update and delete
// stamps the row with a fresh HLC value, this replica and the acting worker, and
// appends the written fields to the change log in the same transaction. Capture is
// explicit rather than by triggers or the session extension because core already
// owns every write, and the log then holds exactly what the worker typed, with
// who and when, which is what per-field merge and history need.
class ChangeRecorder
{
public:
    enum class Op { Insert = 1, Update = 2 };

    ChangeRecorder(Database &db, const Clock &clock, IdSource &ids, const QUuid &replicaId, qint64 lastStamp);

    QUuid newId();
    Database &database() { return m_db; }
    const QUuid &replicaId() const { return m_replica; }
    const QUuid &author() const { return m_author; }
    void setAuthor(const QUuid &workerId) { m_author = workerId; }
    HybridLogicalClock &clock() { return m_hlc; }

    // The rules of who may change what (Authorization) are checked first: a change
    // this installation may not make throws a translated ValidationError, except an
    // erasure on a field worker's laptop, which is logged as a request for the
    // coordinator to confirm (update() returns false then, and the row stays).
    void insert(const QString &table, const RowKey &key, const QStringList &columns, const QVariantList &values,
                const QCborMap &extra = {});
    // Writes only the given columns; callers pass just what changed.
    bool update(const QString &table, const RowKey &key, const QStringList &columns, const QVariantList &values,
                const QCborMap &extra = {});
    void markDeleted(const QString &table, const RowKey &key);
    // A codelist row of the seed every file starts with. Seeds carry the fixed stamps
    // 1..n of the null replica, so every replica's seed is the same set of changes
    // and merging two files never sees two versions of it.
    void insertSeed(const QString &table, const RowKey &key, const QStringList &columns, const QVariantList &values,
                    qint64 ordinal);

    // A row every replica derives alike from data they already share (a client's
    // consent kept in its old columns, say): inserted with the stamp and author given,
    // not this installation's, so the replicas that derive it hold one and the same
    // change and merging them adds nothing. Not judged: it restates what was applied.
    void insertDerived(const QString &table, const RowKey &key, const QStringList &columns,
                       const QVariantList &values, const Stamp &stamp, const QByteArray &author);

    // Null: every change is allowed (a file that is not part of a region).
    void setAuthorization(Authorization *authorization) { m_authorization = authorization; }

private:
    ChangeRecord record(const QString &table, const RowKey &key, qint64 stamp, Op op, const QCborMap &fields,
                        const QCborMap &bases = {}) const;
    QString judge(const ChangeRecord &change);
    [[noreturn]] static void refuse(const QString &refusal);

    Database &m_db;
    const Clock &m_wall;
    IdSource &m_ids;
    HybridLogicalClock m_hlc;
    QUuid m_replica;
    QUuid m_author;
    Authorization *m_authorization = nullptr;
};

} // namespace teren
