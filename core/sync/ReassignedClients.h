#pragma once

#include <QList>
#include <QUuid>

namespace teren {

class Store;

// On a worker's laptop (an enrolled installation): a client the coordinator has
// reassigned to another worker leaves the file — the record, cooperations, needs,
// plan, contacts and their change history — so personal data stays only where it is
// needed. A client with changes made here that were not exported yet stays until
// they have gone out (the next import after an export removes it); so does a client
// another record was merged into. Nothing of this is synced: the client simply lies
// outside what this laptop holds, and comes back whole if assigned back.
class ReassignedClients
{
public:
    // Removes them; returns the ids removed. Does nothing on a file not enrolled
    // (a coordinator's, say, even with a worker chosen in its worker menu). Called
    // after importing a bundle from the laptop's coordinator, who assigns clients.
    static QList<QUuid> forget(Store &store);
};

} // namespace teren
