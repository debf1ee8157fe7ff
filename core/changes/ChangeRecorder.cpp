#include "ChangeRecorder.h"

#include "Authorization.h"
#include "ChangeLog.h"
#include "ConflictLog.h"
#include "Erasure.h"

#include "domain/Error.h"
#include "domain/Values.h"
#include "storage/Database.h"

#include <QCborValue>

namespace teren {

ChangeRecorder::ChangeRecorder(Database &db, const Clock &clock, IdSource &ids, const QUuid &replicaId,
                               qint64 lastStamp)
    : m_db(db)
    , m_wall(clock)
    , m_ids(ids)
    , m_hlc(clock, lastStamp)
    , m_replica(replicaId)
{
}

QUuid ChangeRecorder::newId()
{
    return m_ids.next(m_wall.nowMs());
}

namespace {

QString placeholders(qsizetype count)
{
    QString result;
    for (qsizetype i = 0; i < count; ++i)
        result += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return result;
}

QCborMap fieldMap(const QStringList &columns, const QVariantList &values, const QCborMap &extra)
{
    QCborMap map = extra;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        // A typed null (an empty date, say) must stay null in the log, not become "".
        const QVariant &value = values.at(i);
        map.insert(columns.at(i), value.isNull() ? QCborValue(QCborValue::Null) : QCborValue::fromVariant(value));
    }
    return map;
}

} // namespace

void ChangeRecorder::insert(const QString &table, const RowKey &key, const QStringList &columns,
                            const QVariantList &values, const QCborMap &extra)
{
    const qint64 stamp = m_hlc.tick();
    const ChangeRecord change = record(table, key, stamp, Op::Insert, fieldMap(columns, values, extra));
    if (const QString refusal = judge(change); !refusal.isEmpty())
        refuse(refusal);
    const QStringList all = key.columns + columns
        + QStringList{QStringLiteral("hlc"), QStringLiteral("replica"), QStringLiteral("author")};
    Query &query = m_db.cached(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, all.join(QStringLiteral(", ")), placeholders(all.size())));
    query.bindAll(key.values + values + QVariantList{stamp, db::id(m_replica), db::id(m_author)}).exec();
    changelog::append(m_db, change);
}

void ChangeRecorder::insertSeed(const QString &table, const RowKey &key, const QStringList &columns,
                                const QVariantList &values, qint64 ordinal)
{
    insertDerived(table, key, columns, values, {ordinal, QByteArray(16, '\0')}, {});
}

void ChangeRecorder::insertDerived(const QString &table, const RowKey &key, const QStringList &columns,
                                   const QVariantList &values, const Stamp &stamp, const QByteArray &author)
{
    const QStringList all = key.columns + columns
        + QStringList{QStringLiteral("hlc"), QStringLiteral("replica"), QStringLiteral("author")};
    m_db.cached(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(table, all.join(QStringLiteral(", ")), placeholders(all.size())))
        .bindAll(key.values + values
                 + QVariantList{stamp.hlc, stamp.replica,
                                author.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(author)})
        .exec();
    ChangeRecord change;
    change.entity = table;
    change.rowKey = key.logKey();
    change.stamp = stamp;
    change.author = author;
    change.op = ChangeRecord::Insert;
    change.fields = fieldMap(columns, values, {});
    changelog::append(m_db, change);
    if (stamp.replica == m_replica.toRfc4122())
        m_hlc.observe(stamp.hlc);
}

bool ChangeRecorder::update(const QString &table, const RowKey &key, const QStringList &columns,
                            const QVariantList &requested, const QCborMap &extra)
{
    if (columns.isEmpty() && extra.isEmpty())
        return true;
    // What each written field overwrites, so a merge can tell concurrent edits of
    // the same field from ones made after seeing each other.
    QStringList written = columns;
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        written.append(it.key().toString());
    const RowFold current = changelog::fold(m_db, table, key.logKey());
    const QCborMap bases = changelog::basesFor(current, written);
    // An anonymised row stays so, also when edited here (as the merge keeps it elsewhere).
    QVariantList values = requested;
    if (current.anonymised) {
        const QCborMap wiped = anonymisedValues(table);
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (const QCborValue empty = wiped.value(columns.at(i)); !empty.isUndefined())
                values[i] = ChangeCodec::toVariant(empty);
        }
    }
    // An edit comes after everything the row holds, even a value stamped ahead of
    // this computer's clock: the row must read as its fold does on every replica.
    const qint64 stamp =
        current.latest.isNull() ? m_hlc.tick() : m_hlc.tickAfter(current.clamps.countedHlc(current.latest));
    ChangeRecord change = record(table, key, stamp, Op::Update, fieldMap(columns, values, extra), bases);
    change.refusal = judge(change);
    if (change.refusal == Authorization::erasureRequest) {
        // Logged, to be applied on every replica once the coordinator confirms it.
        changelog::append(m_db, change);
        return false;
    }
    if (!change.refusal.isEmpty())
        refuse(change.refusal);
    QStringList assignments;
    for (const QString &column : columns + QStringList{QStringLiteral("hlc"), QStringLiteral("replica"),
                                                       QStringLiteral("author")})
        assignments.append(column + QStringLiteral(" = ?"));
    QStringList conditions;
    for (const QString &column : key.columns)
        conditions.append(column + QStringLiteral(" = ?"));
    Query &query = m_db.cached(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                                   .arg(table, assignments.join(QStringLiteral(", ")),
                                        conditions.join(QStringLiteral(" AND "))));
    query.bindAll(values + QVariantList{stamp, db::id(m_replica), db::id(m_author)} + key.values).exec();
    changelog::append(m_db, change);
    if (!current.clamps.isEmpty()) {
        // Stamped after the row as the clamps count it, an edit may still be stamped
        // before a change it saw; the merge elsewhere lists what that makes a
        // conflict, so it is listed here too.
        RowFold after = current;
        after.add(change);
        conflictlog::detect(m_db, change, after);
    }
    return true;
}

void ChangeRecorder::markDeleted(const QString &table, const RowKey &key)
{
    update(table, key, {QStringLiteral("deleted")}, {1});
}

ChangeRecord ChangeRecorder::record(const QString &table, const RowKey &key, qint64 stamp, Op op,
                                    const QCborMap &fields, const QCborMap &bases) const
{
    ChangeRecord change;
    change.entity = table;
    change.rowKey = key.logKey();
    change.stamp = {stamp, m_replica.toRfc4122()};
    change.author = m_author.isNull() ? QByteArray() : m_author.toRfc4122();
    change.op = op == Op::Insert ? ChangeRecord::Insert : ChangeRecord::Update;
    change.fields = fields;
    change.bases = bases;
    return change;
}

QString ChangeRecorder::judge(const ChangeRecord &change)
{
    return m_authorization ? m_authorization->judge(change) : QString();
}

void ChangeRecorder::refuse(const QString &refusal)
{
    throw ValidationError(
        Authorization::tr("This installation may not make this change: %1.").arg(Authorization::describe(refusal)));
}

} // namespace teren
