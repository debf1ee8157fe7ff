#pragma once

#include "ChangeRecorder.h"
#include "domain/Values.h"
#include "storage/Database.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace teren {

// Generic reads and stamped writes of the entity structs in domain/Entities.h.
// Deleted (tombstoned) rows are invisible to reads.
template<class Entity>
class EntityTable
{
public:
    static QString selectSql(const QString &where)
    {
        return QStringLiteral("SELECT id, %1 FROM %2 WHERE deleted = 0 AND %3")
            .arg(Entity::columns().join(QStringLiteral(", ")), Entity::table(), where);
    }

    static QList<Entity> select(Database &database, const QString &where, const QVariantList &bindings = {})
    {
        Query query = database.prepare(selectSql(where));
        query.bindAll(bindings).exec();
        return readAll(query);
    }

    static QList<Entity> readAll(Query &query)
    {
        QList<Entity> result;
        const qsizetype count = Entity::columns().size();
        while (query.next()) {
            QVariantList values;
            values.reserve(count);
            for (int i = 0; i < count; ++i)
                values.append(query.value(i + 1));
            result.append(Entity::fromValues(db::toId(query.value(0)), values));
        }
        return result;
    }

    static std::optional<Entity> find(Database &database, const QUuid &id)
    {
        if (id.isNull())
            return std::nullopt;
        Query &query = database.cached(selectSql(QStringLiteral("id = ?")));
        query.bind(0, db::id(id)).exec();
        QList<Entity> rows = readAll(query);
        query.finish();
        if (rows.isEmpty())
            return std::nullopt;
        return rows.takeFirst();
    }

    static bool exists(Database &database, const QUuid &id)
    {
        return !id.isNull()
            && database
                   .scalar(QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted = 0").arg(Entity::table()),
                           {db::id(id)})
                   .isValid();
    }

    static void insert(ChangeRecorder &recorder, Entity &entity, const QCborMap &extra = {})
    {
        if (entity.id.isNull())
            entity.id = recorder.newId();
        recorder.insert(Entity::table(), RowKey::ofId(entity.id), Entity::columns(), entity.values(), extra);
    }

    // Writes only the columns whose value differs; returns whether anything did.
    static bool update(ChangeRecorder &recorder, const Entity &before, const Entity &after)
    {
        const QStringList columns = Entity::columns();
        const QVariantList old = before.values();
        const QVariantList now = after.values();
        QStringList changedColumns;
        QVariantList changedValues;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (old.at(i) != now.at(i) || old.at(i).isNull() != now.at(i).isNull()) {
                changedColumns.append(columns.at(i));
                changedValues.append(now.at(i));
            }
        }
        if (changedColumns.isEmpty())
            return false;
        recorder.update(Entity::table(), RowKey::ofId(after.id), changedColumns, changedValues);
        return true;
    }

    static void remove(ChangeRecorder &recorder, const QUuid &id)
    {
        recorder.markDeleted(Entity::table(), RowKey::ofId(id));
    }
};

} // namespace teren
