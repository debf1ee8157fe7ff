#include "ChangeLog.h"

#include "domain/Values.h"
#include "storage/Database.h"
#include "storage/NativeStatement.h"

#include <QCborArray>
#include <QCborValue>

#include <algorithm>

namespace teren {

namespace {

// Short keys: a bundle of a large region holds millions of records.
const QString keyEntity = QStringLiteral("e");
const QString keyRow = QStringLiteral("k");
const QString keyHlc = QStringLiteral("h");
const QString keyReplica = QStringLiteral("r");
const QString keyAuthor = QStringLiteral("a");
const QString keyOp = QStringLiteral("o");
const QString keyFields = QStringLiteral("f");
const QString keyBases = QStringLiteral("b");

QCborValue rowKeyToCbor(const QVariant &key)
{
    if (key.typeId() == QMetaType::QByteArray)
        return QCborValue(key.toByteArray());
    return QCborValue(key.toString());
}

QVariant rowKeyFromCbor(const QCborValue &value)
{
    if (value.isByteArray())
        return value.toByteArray();
    return value.toString();
}

} // namespace

QCborValue ChangeRecord::stampToCbor(const Stamp &stamp)
{
    return QCborArray{stamp.hlc, stamp.replica};
}

Stamp ChangeRecord::stampFromCbor(const QCborValue &value)
{
    const QCborArray array = value.toArray();
    return {array.at(0).toInteger(), array.at(1).toByteArray()};
}

QCborMap ChangeRecord::toCbor() const
{
    QCborMap map;
    map.insert(keyEntity, entity);
    map.insert(keyRow, rowKeyToCbor(rowKey));
    map.insert(keyHlc, stamp.hlc);
    map.insert(keyReplica, stamp.replica);
    if (!author.isEmpty())
        map.insert(keyAuthor, author);
    map.insert(keyOp, op);
    map.insert(keyFields, fields);
    if (!bases.isEmpty())
        map.insert(keyBases, bases);
    return map;
}

std::optional<ChangeRecord> ChangeRecord::fromCbor(const QCborMap &map)
{
    ChangeRecord record;
    const QCborValue entity = map.value(keyEntity);
    const QCborValue row = map.value(keyRow);
    const QCborValue hlc = map.value(keyHlc);
    const QCborValue replica = map.value(keyReplica);
    const QCborValue op = map.value(keyOp);
    const QCborValue fields = map.value(keyFields);
    if (!entity.isString() || !(row.isByteArray() || row.isString()) || !hlc.isInteger() || !replica.isByteArray()
        || replica.toByteArray().size() != 16 || !op.isInteger() || !fields.isMap())
        return std::nullopt;
    record.entity = entity.toString();
    record.rowKey = rowKeyFromCbor(row);
    record.stamp = {hlc.toInteger(), replica.toByteArray()};
    record.author = map.value(keyAuthor).toByteArray();
    record.op = static_cast<int>(op.toInteger());
    if (record.op != Insert && record.op != Update)
        return std::nullopt;
    record.fields = fields.toMap();
    const QCborValue bases = map.value(keyBases);
    if (bases.isMap())
        record.bases = bases.toMap();
    else if (!bases.isUndefined())
        return std::nullopt;
    return record;
}

void RowFold::add(const ChangeRecord &change)
{
    changes.append(change);
    if (change.op == ChangeRecord::Insert)
        inserted = true;
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        const QString name = it.key().toString();
        if (name == u"deleted" && it.value().toInteger() == 2)
            erased = true;
        auto field = fields.find(name);
        if (field == fields.end())
            fields.insert(name, {it.value(), change.stamp});
        else if (change.stamp > field->stamp)
            *field = {it.value(), change.stamp};
    }
    if (change.stamp > latest) {
        latest = change.stamp;
        latestAuthor = change.author;
    }
}

int RowFold::deleted() const
{
    if (erased)
        return 2; // an erasure is final whatever is stamped after it
    const auto it = fields.constFind(QStringLiteral("deleted"));
    return it == fields.cend() ? 0 : static_cast<int>(it->value.toInteger());
}

namespace changelog {

QVariant toVariant(const QCborValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isByteArray())
        return value.toByteArray();
    if (value.isInteger())
        return value.toInteger();
    if (value.isDouble())
        return value.toDouble();
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    if (value.isArray()) {
        // A list of codes the row keeps in one column (a contact's interventions).
        QStringList codes;
        for (const QCborValue code : value.toArray())
            codes.append(code.toString());
        return db::codeList(codes);
    }
    return value.toString();
}

QString decisionMarker(const QString &field)
{
    return QStringLiteral("_decided:") + field;
}

bool isMarker(const QString &field)
{
    return field.startsWith(QLatin1Char('_'));
}

EncodedMaps EncodedMaps::of(const ChangeRecord &change)
{
    return {change.fields.toCborValue().toCbor(), change.bases.isEmpty() ? QByteArray() : change.bases.toCborValue().toCbor()};
}

namespace {

bool insertChange(Database &db, const ChangeRecord &change, const EncodedMaps &encoded, bool ifNew)
{
    // Every change of every import passes here: the native statement spares QtSql's
    // per-value bookkeeping, and the texts are built once.
    static const QString columns = QStringLiteral(
        " INTO change (entity, row_key, hlc, replica, author, op, fields, bases) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    static const QString insertSql = QStringLiteral("INSERT") + columns;
    static const QString insertIfNewSql = QStringLiteral("INSERT OR IGNORE") + columns;
    static const QVariant nullBlob(QMetaType::fromType<QByteArray>());
    NativeStatement &insert = db.native(ifNew ? insertIfNewSql : insertSql);
    return insert.run({change.entity, change.rowKey, change.stamp.hlc, change.stamp.replica,
                       change.author.isEmpty() ? nullBlob : QVariant(change.author), change.op, encoded.fields,
                       encoded.bases.isEmpty() ? nullBlob : QVariant(encoded.bases)})
        > 0;
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

namespace {

// Columns: entity, row_key, hlc, replica, author, op, fields, bases.
const QString recordColumns = QStringLiteral("entity, row_key, hlc, replica, author, op, fields, bases");

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
    return change;
}

QString cell(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toHex());
    return value.toString();
}

} // namespace

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

const QStringList &personalColumns(const QString &entity)
{
    static const QHash<QString, QStringList> columns = {
        {QStringLiteral("client"),
         {QStringLiteral("given_name"), QStringLiteral("family_name"), QStringLiteral("alias"),
          QStringLiteral("birth_year"), QStringLiteral("gender"), QStringLiteral("phone"),
          QStringLiteral("consent_scope"), QStringLiteral("notes"), QStringLiteral("household_id")}},
        {QStringLiteral("contact"), {QStringLiteral("note")}},
        {QStringLiteral("goal"), {QStringLiteral("text")}},
        {QStringLiteral("step"), {QStringLiteral("text")}},
        {QStringLiteral("household"), {QStringLiteral("label")}},
    };
    static const QStringList none;
    const auto it = columns.constFind(entity);
    return it == columns.cend() ? none : *it;
}

void scrub(Database &db, const QString &entity, const QVariant &rowKey)
{
    const QStringList &personal = personalColumns(entity);
    QList<QPair<qint64, QByteArray>> rewritten;
    Query &query = db.cached(QStringLiteral("SELECT seq, fields FROM change WHERE row_key = ? AND entity = ?"));
    query.bindAll({rowKey, entity}).exec();
    while (query.next()) {
        QCborMap fields = QCborValue::fromCbor(query.value(1).toByteArray()).toMap();
        bool changed = false;
        for (const QString &column : personal) {
            if (fields.contains(column) && !fields.value(column).isNull()) {
                fields.insert(column, QCborValue(QCborValue::Null));
                changed = true;
            }
        }
        if (changed)
            rewritten.append({query.value(0).toLongLong(), fields.toCborValue().toCbor()});
    }
    Query &update = db.cached(QStringLiteral("UPDATE change SET fields = ? WHERE seq = ?"));
    for (const auto &[seq, fields] : std::as_const(rewritten))
        update.bindAll({fields, seq}).exec();
    // Nothing left to review about an erased row.
    db.cached(QStringLiteral("DELETE FROM conflict WHERE row_key = ? AND entity = ?")).bindAll({rowKey, entity}).exec();
}

qint64 lastSeq(Database &db)
{
    return db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change")).toLongLong();
}

QString logicalState(Database &db)
{
    static const QStringList tables = {
        QStringLiteral("area"),     QStringLiteral("outcome"),     QStringLiteral("intervention_type"),
        QStringLiteral("end_reason"), QStringLiteral("region"),    QStringLiteral("locality"),
        QStringLiteral("provider"), QStringLiteral("worker"),      QStringLiteral("household"),
        QStringLiteral("client"),   QStringLiteral("cooperation"), QStringLiteral("need"),
        QStringLiteral("goal"),     QStringLiteral("step"),        QStringLiteral("contact"),
        QStringLiteral("target"),   QStringLiteral("contact_intervention"), QStringLiteral("contact_need"),
        QStringLiteral("conflict")};
    QString dump;
    const auto dumpQuery = [&](const QString &title, const QString &sql) {
        dump += QStringLiteral("## %1\n").arg(title);
        Query rows = db.prepare(sql);
        rows.exec();
        const int columns = rows.columnCount();
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < columns; ++i)
                cells.append(cell(rows.value(i)));
            dump += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    };
    for (const QString &table : tables) {
        const int columns = db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info(?)"), {table}).toInt();
        QStringList order;
        for (int i = 1; i <= columns; ++i)
            order.append(QString::number(i));
        dumpQuery(table, QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order.join(QStringLiteral(", "))));
    }
    dumpQuery(QStringLiteral("change"), QStringLiteral("SELECT %1 FROM change ORDER BY hlc, replica").arg(recordColumns));
    return dump;
}

RowFold fold(Database &db, const QString &entity, const QVariant &rowKey)
{
    QList<ChangeRecord> changes;
    Query &query = db.cached(
        QStringLiteral("SELECT %1 FROM change WHERE row_key = ? AND entity = ?").arg(recordColumns));
    query.bindAll({rowKey, entity}).exec();
    while (query.next())
        changes.append(readRecord(query));
    std::sort(changes.begin(), changes.end(),
              [](const ChangeRecord &a, const ChangeRecord &b) { return a.stamp < b.stamp; });
    RowFold result;
    for (const ChangeRecord &change : std::as_const(changes))
        result.add(change);
    return result;
}

QCborMap basesFor(Database &db, const QString &entity, const QVariant &rowKey, const QStringList &fields)
{
    const RowFold current = fold(db, entity, rowKey);
    QCborMap bases;
    for (const QString &field : fields) {
        const auto it = current.fields.constFind(field);
        bases.insert(field, ChangeRecord::stampToCbor(it == current.fields.cend() ? Stamp{} : it->stamp));
    }
    return bases;
}

} // namespace changelog

} // namespace teren
