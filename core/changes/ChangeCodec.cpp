#include "ChangeCodec.h"
#include "HybridLogicalClock.h"

#include "domain/Values.h"

#include <QCborArray>
#include <QStringList>

namespace teren {

namespace {

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

QString ChangeRecord::decisionMarker(const QString &field)
{
    return QStringLiteral("_decided:") + field;
}

QString ChangeRecord::anonymisedMarker()
{
    return QStringLiteral("_anonymised");
}

bool ChangeRecord::isMarker(const QString &field)
{
    return field.startsWith(QLatin1Char('_'));
}

QCborValue ChangeCodec::stampToCbor(const Stamp &stamp)
{
    return QCborArray{stamp.hlc, stamp.replica};
}

Stamp ChangeCodec::stampFromCbor(const QCborValue &value)
{
    const QCborArray array = value.toArray();
    return {array.at(0).toInteger(), array.at(1).toByteArray()};
}

QCborMap ChangeCodec::toCbor(const ChangeRecord &change)
{
    QCborMap map;
    map.insert(keyEntity, change.entity);
    map.insert(keyRow, rowKeyToCbor(change.rowKey));
    map.insert(keyHlc, change.stamp.hlc);
    map.insert(keyReplica, change.stamp.replica);
    if (!change.author.isEmpty())
        map.insert(keyAuthor, change.author);
    map.insert(keyOp, change.op);
    map.insert(keyFields, change.fields);
    if (!change.bases.isEmpty())
        map.insert(keyBases, change.bases);
    return map;
}

std::optional<ChangeRecord> ChangeCodec::fromCbor(const QCborMap &map)
{
    ChangeRecord record;
    const QCborValue entity = map.value(keyEntity);
    const QCborValue row = map.value(keyRow);
    const QCborValue hlc = map.value(keyHlc);
    const QCborValue replica = map.value(keyReplica);
    const QCborValue op = map.value(keyOp);
    const QCborValue fields = map.value(keyFields);
    if (!entity.isString() || !(row.isByteArray() || row.isString()) || !hlc.isInteger() || !replica.isByteArray()
        || replica.toByteArray().size() != 16 || !op.isInteger() || !fields.isMap()
        || !HybridLogicalClock::isPlausible(hlc.toInteger()))
        return std::nullopt;
    record.entity = entity.toString();
    record.rowKey = rowKeyFromCbor(row);
    record.stamp = {hlc.toInteger(), replica.toByteArray()};
    record.author = map.value(keyAuthor).toByteArray();
    record.op = static_cast<int>(op.toInteger());
    if (record.op != ChangeRecord::Insert && record.op != ChangeRecord::Update)
        return std::nullopt;
    record.fields = fields.toMap();
    const QCborValue bases = map.value(keyBases);
    if (bases.isMap())
        record.bases = bases.toMap();
    else if (!bases.isUndefined())
        return std::nullopt;
    return record;
}

QVariant ChangeCodec::toVariant(const QCborValue &value)
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

EncodedMaps EncodedMaps::of(const ChangeRecord &change)
{
    return {change.fields.toCborValue().toCbor(),
            change.bases.isEmpty() ? QByteArray() : change.bases.toCborValue().toCbor()};
}

} // namespace teren
