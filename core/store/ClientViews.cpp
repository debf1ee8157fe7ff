#include "ClientViews.h"

#include "Store.h"

#include "changes/EntityTable.h"
#include "domain/Entities.h"
#include "storage/Database.h"

namespace teren {

QString ClientViews::code(Kind kind)
{
    switch (kind) {
    case Kind::Export:
        return QStringLiteral("export");
    case Kind::Plan:
        return QStringLiteral("plan");
    case Kind::Card:
        break;
    }
    return QStringLiteral("card");
}

bool ClientViews::record(const QUuid &clientId, Kind kind)
{
    if (m_store.isReadOnly() || clientId.isNull())
        return false;
    Transaction transaction(m_store.database());
    ClientView view;
    view.clientId = clientId;
    view.kind = code(kind);
    EntityTable<ClientView>::insert(m_store.recorder(), view);
    transaction.commit();
    return true;
}

} // namespace teren
