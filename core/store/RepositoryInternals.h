#pragma once

#include "Store.h"
#include "changes/EntityTable.h"

namespace teren {

// Inserts a new entity (given an id when it has none) in its own transaction, after
// the caller's checks.
template<class Entity>
Entity insertChecked(Store &store, Entity entity)
{
    Transaction transaction(store.database());
    EntityTable<Entity>::insert(store.recorder(), entity);
    transaction.commit();
    return entity;
}

} // namespace teren
