#pragma once

#include "domain/Entities.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

namespace teren {

class Store;

// A new region, as its coordinator sets it up on the first run: the region, its
// providers, and the coordinator as a worker with the coordinator's role. This
// installation becomes the region's coordinator installation: the one whose changes
// to the region's data every laptop applies (Authorization), and the one that
// enrols the workers' laptops.
class RegionSetup
{
    Q_DECLARE_TR_FUNCTIONS(RegionSetup)

public:
    struct Plan
    {
        QString regionName;
        QString coordinatorName;
        QList<Provider> providers; // name, IČO and services; at least one unless providersLater
        int coordinatorProvider = -1; // index into providers, or none
        bool providersLater = false;  // the providers are added afterwards (teren-cli provider add)
    };
    struct Created
    {
        QUuid region;
        QUuid coordinator;
        QList<QUuid> providers;
    };

    // One transaction: all of it or nothing. Throws a translated ValidationError
    // (a missing name, an invalid IČO...) or Error when the file belongs to a region.
    static Created create(Store &store, const Plan &plan);
    // The file has a region (set up here, or joined by enrolment).
    static bool hasRegion(Store &store);

private:
    static Created createRegion(Store &store, const Plan &plan);
};

} // namespace teren
