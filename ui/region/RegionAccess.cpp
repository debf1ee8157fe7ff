#include "RegionAccess.h"

#include "store/Repositories.h"
#include "store/Store.h"

#include <limits>

namespace teren {

bool RegionAccess::isCoordinator(Store &store)
{
    Authorization &rules = store.authorization();
    return rules.isEnabled()
        && rules.isPrivileged(store.replicaId().toRfc4122(), std::numeric_limits<qint64>::max());
}

bool RegionAccess::mayEdit(Store &store)
{
    return !store.authorization().isEnabled() || isCoordinator(store);
}

QString RegionAccess::readOnlyReason(Store &store)
{
    if (mayEdit(store))
        return {};
    const QUuid worker = store.enrolledWorker();
    const QString name = worker.isNull() ? QString() : DirectoryRepository(store).workerName(worker);
    return name.isEmpty()
        ? tr("Read only: the region's records are changed on the coordinator's installation, and come here "
             "with the coordinator's bundles.")
        : tr("Read only: this laptop works as %1, and the region's records are changed on the coordinator's "
             "installation; they come here with the coordinator's bundles.")
              .arg(name);
}

} // namespace teren
