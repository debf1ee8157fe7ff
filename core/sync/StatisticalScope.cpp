#include "StatisticalScope.h"

#include "domain/SchemaRegistry.h"
#include "store/Store.h"

#include <QCborValue>

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

ChangeRecord StatisticalScope::withoutPersonalText(ChangeRecord change)
{
    const QStringList &withheld = SchemaRegistry::withheldFromStatistics(change.entity);
    if (withheld.isEmpty())
        return change;
    const TableSpec &spec = *SchemaRegistry::find(change.entity);
    for (const QString &column : withheld) {
        if (!change.fields.contains(column))
            continue;
        change.fields.insert(column,
                             spec.column(column)->required ? QCborValue(QString()) : QCborValue(QCborValue::Null));
    }
    return change;
}

} // namespace teren
