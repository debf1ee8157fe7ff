#include "RegionSetup.h"

#include "RegionRepositories.h"
#include "Repositories.h"
#include "Rules.h"
#include "Store.h"
#include "changes/EntityTable.h"

#include <QSysInfo>

namespace teren {

bool RegionSetup::hasRegion(Store &store)
{
    return !store.regionOwner().isNull() || !DirectoryRepository(store).regions().isEmpty();
}

RegionSetup::Created RegionSetup::create(Store &store, const Plan &plan)
{
    if (hasRegion(store))
        throw Error(tr("This file belongs to a region already; a new region starts in a new file."));
    Rules::requireText(plan.regionName, QStringLiteral("region"), tr("The region's name"));
    Rules::requireText(plan.coordinatorName, QStringLiteral("coordinator"), tr("The coordinator's name"));
    if (plan.providers.isEmpty() && !plan.providersLater)
        throw ValidationError(tr("Name at least one provider of the services."), QStringLiteral("providers"));

    try {
        return createRegion(store, plan);
    } catch (...) {
        store.reloadAuthorization(); // the owner written with the rest was rolled back
        throw;
    }
}

RegionSetup::Created RegionSetup::createRegion(Store &store, const Plan &plan)
{
    Created created;
    Transaction transaction(store.database());
    // This installation is the region's coordinator from its first change on.
    store.setRegionOwner(store.replicaId());
    created.region = DirectoryRepository(store).addRegion(Region{QUuid(), plan.regionName.trimmed()}).id;
    ProviderRepository providers(store);
    for (Provider provider : plan.providers) {
        provider.regionId = created.region;
        created.providers.append(providers.add(provider).id);
    }
    Worker coordinator;
    coordinator.name = plan.coordinatorName.trimmed();
    coordinator.role = QStringLiteral("coordinator");
    coordinator.activeFrom = store.clock().today();
    if (plan.coordinatorProvider >= 0 && plan.coordinatorProvider < created.providers.size())
        coordinator.providerId = created.providers.at(plan.coordinatorProvider);
    created.coordinator = WorkerRepository(store).add(coordinator).id;
    Installation installation{store.replicaId(), created.coordinator,
                              store.replicaName().isEmpty() ? QSysInfo::machineHostName() : store.replicaName()};
    EntityTable<Installation>::insert(store.recorder(), installation);
    store.setCurrentWorker(created.coordinator);
    transaction.commit();
    return created;
}

} // namespace teren
