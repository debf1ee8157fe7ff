#include "Erasure.h"

#include "ChangeLog.h"
#include "ConflictLog.h"

#include "domain/SchemaRegistry.h"

namespace teren {

void eraseHistory(Database &db, const QString &entity, const QVariant &rowKey)
{
    changelog::scrub(db, entity, rowKey, SchemaRegistry::wipedOnErasure(entity));
    conflictlog::removeRow(db, entity, rowKey);
}

QCborMap anonymisedValues(const QString &entity)
{
    QCborMap values;
    const TableSpec *spec = SchemaRegistry::find(entity);
    for (const QString &column : SchemaRegistry::wipedOnAnonymisation(entity))
        values.insert(column, spec->column(column)->required ? QCborValue(QString()) : QCborValue(QCborValue::Null));
    return values;
}

void anonymiseHistory(Database &db, const QString &entity, const QVariant &rowKey)
{
    changelog::scrub(db, entity, rowKey, anonymisedValues(entity));
    conflictlog::removeFields(db, entity, rowKey, SchemaRegistry::wipedOnAnonymisation(entity));
}

} // namespace teren
