#pragma once

#include <QDate>
#include <QList>
#include <QUuid>

namespace teren {

class Store;

// A demo locality and the workers who serve it.
struct DemoLocalityCrew
{
    QUuid locality;
    QList<QUuid> workers;
};

// The institutions the region works with (written last, so the rest of the demo
// region stays what it was without them), named on steps and contacts. Returns how
// many partners were written.
int writeDemoPartners(Store &store);

// Group activities and anonymous contacts in each locality, week by week from `from`
// to `to`, drawn from `seed`.
void writeDemoGroupWork(Store &store, quint64 seed, const QList<DemoLocalityCrew> &localities, const QDate &from,
                        const QDate &to);

} // namespace teren
