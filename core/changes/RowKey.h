#pragma once

#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>
#include <QVariantList>

namespace teren {

// Identifies one synced row: an id blob for entities, the code (and area) for
// codelists, as SchemaRegistry says for the table.
struct RowKey
{
    QStringList columns;
    QVariantList values;

    static RowKey ofId(const QUuid &id);
    static RowKey ofCode(const QString &code);
    static RowKey ofOutcome(const QString &area, const QString &code);
    // The key as the change log stores it, and back.
    QVariant logKey() const;
    static RowKey fromLog(const QString &table, const QVariant &logKey);
};

} // namespace teren
