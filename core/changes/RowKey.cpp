#include "RowKey.h"

#include "domain/SchemaRegistry.h"
#include "domain/Values.h"

namespace teren {

RowKey RowKey::ofId(const QUuid &id)
{
    return {{QStringLiteral("id")}, {db::id(id)}};
}

RowKey RowKey::ofCode(const QString &code)
{
    return {{QStringLiteral("code")}, {code}};
}

RowKey RowKey::ofOutcome(const QString &area, const QString &code)
{
    return {{QStringLiteral("area"), QStringLiteral("code")}, {area, code}};
}

QVariant RowKey::logKey() const
{
    if (values.size() == 1)
        return values.first();
    QStringList parts;
    for (const QVariant &v : values)
        parts.append(v.toString());
    return parts.join(QLatin1Char('/'));
}

RowKey RowKey::fromLog(const QString &table, const QVariant &logKey)
{
    const TableSpec *spec = SchemaRegistry::find(table);
    switch (spec ? spec->key : RowKeyKind::Id) {
    case RowKeyKind::Code:
        return ofCode(logKey.toString());
    case RowKeyKind::AreaAndCode: {
        const QString key = logKey.toString();
        return ofOutcome(key.section(QLatin1Char('/'), 0, 0), key.section(QLatin1Char('/'), 1));
    }
    case RowKeyKind::Id:
    case RowKeyKind::None:
        break;
    }
    return {{QStringLiteral("id")}, {logKey}};
}

} // namespace teren
