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

} // namespace teren
