#pragma once

#include <QDate>
#include <QList>
#include <QUuid>

namespace teren {

class Store;

// The demo region's yearly targets, as a strategic plan would set them (like the
// one IQ Roma Service, Brno, describes in its ELGPN good-practice entry):
// region-wide targets of every indicator for the last two calendar years of the
// demo, and persons supported per provider. Values follow what the demo's field
// work yields per 1,300 clients, scaled to `clients`, some a little ahead of it and
// some behind, so the report shows both met and missed targets.
// `providers` are the demo providers in DemoData order (Cheb, Sokolov, Karlovy Vary).
// Returns the number of targets written.
int writeDemoTargets(Store &store, int clients, const QDate &endDate, const QList<QUuid> &providers);

} // namespace teren
