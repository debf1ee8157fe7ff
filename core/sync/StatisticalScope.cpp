#include "StatisticalScope.h"

#include "store/Store.h"

namespace teren {

namespace {

const QString statisticalKey = QStringLiteral("statistical");

} // namespace

bool StatisticalScope::isStatisticalDatabase(Store &store)
{
    return store.meta(statisticalKey).toInt() == 1;
}

void StatisticalScope::makeStatisticalDatabase(Store &store)
{
    store.setMeta(statisticalKey, 1);
}

} // namespace teren
