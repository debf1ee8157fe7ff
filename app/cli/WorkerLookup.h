#pragma once

#include "sync/Sync.h"

#include <QString>
#include <QUuid>

namespace teren {

class Store;

// The worker named on the command line, by id or by name (ignoring case); throws a
// translated Error when there is none or the name is ambiguous.
QUuid findWorker(Store &store, const QString &idOrName);
// The installation that enrolled as this worker here, with its pinned key; throws
// when the worker has not enrolled yet.
ReplicaIdentity enrolledInstallation(Store &store, const QUuid &worker);

} // namespace teren
