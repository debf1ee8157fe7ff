#include "ChangeLog.h"

#include "storage/Database.h"
#include "storage/NativeStatement.h"

#include <QCborValue>

#include <algorithm>

namespace teren::changelog {

namespace {

// Columns: entity, row_key, hlc, replica, author, op, fields, bases, refusal.
const QString recordColumns = QStringLiteral("entity, row_key, hlc, replica, author, op, fields, bases, refusal");

ChangeRecord readRecord(const Query &query)
{
    ChangeRecord change;
    change.entity = query.value(0).toString();
    change.rowKey = query.value(1);
    change.stamp = {query.value(2).toLongLong(), query.value(3).toByteArray()};
    change.author = query.value(4).toByteArray();
    change.op = query.value(5).toInt();
    change.fields = QCborValue::fromCbor(query.value(6).toByteArray()).toMap();
    const QByteArray bases = query.value(7).toByteArray();
    if (!bases.isEmpty())
        change.bases = QCborValue::fromCbor(bases).toMap();
    change.refusal = query.value(8).toString();
    return change;
}

bool insertChange(Database &db, const ChangeRecord &change, const EncodedMaps &encoded, bool ifNew)
{
    // Every change of every import passes here: the native statement spares QtSql's
    // per-value bookkeeping, and the texts are built once.
    static const QString columns = QStringLiteral(" INTO change (entity, row_key, hlc, replica, author, op, fields, "
                                                  "bases, refusal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    static const QString insertSql = QStringLiteral("INSERT") + columns;
    static const QString insertIfNewSql = QStringLiteral("INSERT OR IGNORE") + columns;
    static const QVariant nullBlob(QMetaType::fromType<QByteArray>());
    static const QVariant nullText(QMetaType::fromType<QString>());
    NativeStatement &insert = db.native(ifNew ? insertIfNewSql : insertSql);
    return insert.run({change.entity, change.rowKey, change.stamp.hlc, change.stamp.replica,
                       change.author.isEmpty() ? nullBlob : QVariant(change.author), change.op, encoded.fields,
                       encoded.bases.isEmpty() ? nullBlob : QVariant(encoded.bases),
                       change.refusal.isEmpty() ? nullText : QVariant(change.refusal)})
        > 0;
}

QVariantList column(Query &query)
{
    QVariantList values;
    while (query.next())
        values.append(query.value(0));
    return values;
}

} // namespace

void append(Database &db, const ChangeRecord &change)
{
    insertChange(db, change, EncodedMaps::of(change), false);
}

bool appendIfNew(Database &db, const ChangeRecord &change, const EncodedMaps &encoded)
{
    return insertChange(db, change, encoded, true);
}

bool contains(Database &db, const Stamp &stamp)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM change WHERE replica = ? AND hlc = ?"), {stamp.replica, stamp.hlc})
        .isValid();
}

qint64 lastSeq(Database &db)
{
    return db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change")).toLongLong();
}

qint64 lastHlcOf(Database &db, const QByteArray &replica)
{
    return db.scalar(QStringLiteral("SELECT coalesce(max(hlc), 0) FROM change WHERE replica = ?"), {replica})
        .toLongLong();
}

QList<ChangeRecord> changesOf(Database &db, const QString &entity, const QVariant &rowKey)
{
    QList<ChangeRecord> changes;
    Query &query = db.cached(
        QStringLiteral("SELECT %1 FROM change WHERE row_key = ? AND entity = ?").arg(recordColumns));
    query.bindAll({rowKey, entity}).exec();
    while (query.next())
        changes.append(readRecord(query));
    std::sort(changes.begin(), changes.end(),
              [](const ChangeRecord &a, const ChangeRecord &b) { return a.stamp < b.stamp; });
    return changes;
}

QList<Stamp> newestOfEachReplica(Database &db)
{
    // Walks the (replica, hlc) index from one installation to the next rather than
    // grouping every change: a coordinator's log holds millions.
    QList<Stamp> newest;
    QVariant replica = db.scalar(QStringLiteral("SELECT min(replica) FROM change"));
    Query &next = db.cached(QStringLiteral("SELECT min(replica) FROM change WHERE replica > ?"));
    while (!replica.isNull()) {
        const QByteArray bytes = replica.toByteArray();
        newest.append({lastHlcOf(db, bytes), bytes});
        next.bind(0, bytes).exec();
        replica = next.next() ? next.value(0) : QVariant();
        next.finish();
    }
    return newest;
}

RowFold fold(Database &db, const QString &entity, const QVariant &rowKey)
{
    return fold(db, entity, rowKey, ClockClamps::load(db));
}

RowFold fold(Database &db, const QString &entity, const QVariant &rowKey, const ClockClamps &clamps)
{
    RowFold result;
    result.clamps = clamps;
    for (const ChangeRecord &change : changesOf(db, entity, rowKey)) {
        if (change.refusal.isEmpty())
            result.add(change);
    }
    return result;
}

std::optional<ChangeRecord> insertOf(Database &db, const QString &entity, const QVariant &rowKey)
{
    Query &query = db.cached(QStringLiteral("SELECT %1 FROM change WHERE row_key = ? AND entity = ? AND op = 1 "
                                            "ORDER BY hlc, replica LIMIT 1")
                                 .arg(recordColumns));
    query.bindAll({rowKey, entity}).exec();
    std::optional<ChangeRecord> found;
    if (query.next())
        found = readRecord(query);
    query.finish();
    return found;
}

QList<ChangeRecord> changesByReplica(Database &db, const QByteArray &replica)
{
    QList<ChangeRecord> changes;
    forEachWhere(db, QStringLiteral("replica = ?"), {replica},
                 [&changes](const ChangeRecord &change) { changes.append(change); });
    return changes;
}

QList<ChangeRecord> refused(Database &db)
{
    QList<ChangeRecord> changes;
    forEachWhere(db, QStringLiteral("refusal IS NOT NULL"), {},
                 [&changes](const ChangeRecord &change) { changes.append(change); });
    return changes;
}

void setRefusal(Database &db, const Stamp &stamp, const QString &refusal)
{
    db.cached(QStringLiteral("UPDATE change SET refusal = ? WHERE replica = ? AND hlc = ?"))
        .bindAll({refusal.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(refusal), stamp.replica,
                  stamp.hlc})
        .exec();
}

QCborMap basesFor(Database &db, const QString &entity, const QVariant &rowKey, const QStringList &fields)
{
    return basesFor(fold(db, entity, rowKey), fields);
}

QCborMap basesFor(const RowFold &current, const QStringList &fields)
{
    QCborMap bases;
    for (const QString &field : fields) {
        const auto it = current.fields.constFind(field);
        bases.insert(field, ChangeCodec::stampToCbor(it == current.fields.cend() ? Stamp{} : it->stamp));
    }
    return bases;
}

std::optional<ChangeRecord> find(Database &db, const QString &entity, const QVariant &rowKey, const Stamp &stamp)
{
    Query &query = db.cached(QStringLiteral("SELECT %1 FROM change WHERE replica = ? AND hlc = ? AND entity = ? "
                                            "AND row_key = ?")
                                 .arg(recordColumns));
    query.bindAll({stamp.replica, stamp.hlc, entity, rowKey}).exec();
    std::optional<ChangeRecord> found;
    if (query.next())
        found = readRecord(query);
    query.finish();
    return found;
}

void forEach(Database &db, qint64 afterSeq, qint64 throughSeq, const std::function<void(const ChangeRecord &)> &visit)
{
    forEachWhere(db, QStringLiteral("seq > ? AND seq <= ?"), {afterSeq, throughSeq}, visit);
}

void forEachWhere(Database &db, const QString &condition, const QVariantList &bindings,
                  const std::function<void(const ChangeRecord &)> &visit)
{
    Query query =
        db.prepare(QStringLiteral("SELECT %1 FROM change WHERE %2 ORDER BY seq").arg(recordColumns, condition));
    query.bindAll(bindings).exec();
    while (query.next())
        visit(readRecord(query));
}

qint64 countWhere(Database &db, const QString &condition, const QVariantList &bindings)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM change WHERE %1").arg(condition), bindings).toLongLong();
}

void forEachOfRowNewestFirst(Database &db, const QString &entity, const QVariant &rowKey, qint64 beforeSeq,
                             const std::function<bool(const ChangeRecord &)> &visit)
{
    // Newest by stamp, not by arrival: a merge may have appended older changes after
    // newer ones.
    Query query = db.prepare(QStringLiteral("SELECT %1 FROM change WHERE entity = ? AND row_key = ? AND seq < ? "
                                            "AND refusal IS NULL ORDER BY hlc DESC, replica DESC")
                                 .arg(recordColumns));
    query.bindAll({entity, rowKey, beforeSeq}).exec();
    while (query.next()) {
        if (!visit(readRecord(query)))
            break;
    }
}

void forEachInStampOrder(Database &db, const std::function<void(const ChangeRecord &)> &visit)
{
    Query query = db.prepare(QStringLiteral("SELECT %1 FROM change ORDER BY hlc, replica").arg(recordColumns));
    query.exec();
    while (query.next())
        visit(readRecord(query));
}

QVariantList rowsWrittenBy(Database &db, const QString &entity, const QByteArray &replica)
{
    Query query =
        db.prepare(QStringLiteral("SELECT DISTINCT row_key FROM change WHERE replica = ? AND entity = ?"));
    query.bindAll({replica, entity}).exec();
    return column(query);
}

QVariantList rowsChangedSince(Database &db, const QByteArray &replica, qint64 afterSeq)
{
    Query query = db.prepare(QStringLiteral("SELECT DISTINCT row_key FROM change WHERE replica = ? AND seq > ?"));
    query.bindAll({replica, afterSeq}).exec();
    return column(query);
}

QList<QPair<QString, QVariant>> rowsStampedAfter(Database &db, const QByteArray &replica, qint64 afterHlc)
{
    QList<QPair<QString, QVariant>> rows;
    Query query =
        db.prepare(QStringLiteral("SELECT DISTINCT entity, row_key FROM change WHERE replica = ? AND hlc > ?"));
    query.bindAll({replica, afterHlc}).exec();
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1)});
    return rows;
}

QList<QPair<QString, QVariant>> rowsStampedBetween(Database &db, qint64 fromHlc, qint64 throughHlc)
{
    QList<QPair<QString, QVariant>> rows;
    Query query =
        db.prepare(QStringLiteral("SELECT DISTINCT entity, row_key FROM change WHERE hlc >= ? AND hlc <= ?"));
    query.bindAll({fromHlc, throughHlc}).exec();
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1)});
    return rows;
}

void scrub(Database &db, const QString &entity, const QVariant &rowKey, const QStringList &fieldsToWipe)
{
    QCborMap wiped;
    for (const QString &column : fieldsToWipe)
        wiped.insert(column, QCborValue(QCborValue::Null));
    scrub(db, entity, rowKey, wiped);
}

void scrub(Database &db, const QString &entity, const QVariant &rowKey, const QCborMap &wiped)
{
    QList<QPair<qint64, QByteArray>> rewritten;
    Query &query = db.cached(QStringLiteral("SELECT seq, fields FROM change WHERE row_key = ? AND entity = ?"));
    query.bindAll({rowKey, entity}).exec();
    while (query.next()) {
        QCborMap fields = QCborValue::fromCbor(query.value(1).toByteArray()).toMap();
        bool changed = false;
        for (auto it = wiped.cbegin(); it != wiped.cend(); ++it) {
            if (fields.contains(it.key()) && fields.value(it.key()) != it.value()) {
                fields.insert(it.key(), it.value());
                changed = true;
            }
        }
        if (changed)
            rewritten.append({query.value(0).toLongLong(), fields.toCborValue().toCbor()});
    }
    Query &update = db.cached(QStringLiteral("UPDATE change SET fields = ? WHERE seq = ?"));
    for (const auto &[seq, fields] : std::as_const(rewritten))
        update.bindAll({fields, seq}).exec();
}

void removeRow(Database &db, const QString &entity, const QVariant &rowKey)
{
    db.cached(QStringLiteral("DELETE FROM change WHERE row_key = ? AND entity = ?")).bindAll({rowKey, entity}).exec();
}

void remove(Database &db, const Stamp &stamp)
{
    db.cached(QStringLiteral("DELETE FROM change WHERE replica = ? AND hlc = ?"))
        .bindAll({stamp.replica, stamp.hlc})
        .exec();
}

} // namespace teren::changelog
