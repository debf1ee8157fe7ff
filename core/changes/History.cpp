#include "History.h"

#include "ChangeLog.h"
#include "ChangeRecorder.h"

#include "domain/SchemaRegistry.h"
#include "storage/Database.h"

#include <QCborMap>
#include <QCborValue>
#include <QHash>
#include <QSet>

namespace teren {

namespace {

struct RowChanges
{
    QString table;
    QVariant logKey;
    bool inserted = false;
    QCborMap finalValues; // the latest value of every field the range wrote
};

QSet<QString> columnsOf(const QString &table)
{
    const TableSpec *spec = SchemaRegistry::find(table);
    if (!spec)
        return {};
    const QStringList names = spec->columnNames();
    return {names.cbegin(), names.cend()};
}

// Rows the range touched, in the order they were first touched.
QList<RowChanges> rowsIn(Database &db, const ChangeSet &changes)
{
    QList<RowChanges> rows;
    QHash<QString, qsizetype> index;
    changelog::forEach(db, changes.firstSeq - 1, changes.lastSeq, [&](const ChangeRecord &change) {
        const QString id = change.entity + QLatin1Char(':') + QString::fromLatin1(change.rowKey.toByteArray().toHex());
        auto it = index.find(id);
        if (it == index.end()) {
            it = index.insert(id, rows.size());
            rows.append({change.entity, change.rowKey, false, {}});
        }
        RowChanges &row = rows[*it];
        if (change.op == ChangeRecord::Insert)
            row.inserted = true;
        for (auto field = change.fields.cbegin(); field != change.fields.cend(); ++field)
            row.finalValues.insert(field.key(), field.value());
    });
    return rows;
}

void write(ChangeRecorder &recorder, const RowChanges &row, const QStringList &columns, const QVariantList &values,
           const QCborMap &markers = {})
{
    if (!columns.isEmpty() || !markers.isEmpty())
        recorder.update(row.table, RowKey::fromLog(row.table, row.logKey), columns, values, markers);
}

// The decision markers the range wrote (ChangeRecord::decisionMarker), as they were,
// or flipped when the range is undone: undoing a decision reopens its conflict.
QCborMap markersOf(const RowChanges &row, bool undo)
{
    QCborMap markers;
    for (auto field = row.finalValues.cbegin(); field != row.finalValues.cend(); ++field) {
        if (ChangeRecord::isMarker(field.key().toString()))
            markers.insert(field.key(), undo ? !field.value().toBool() : field.value().toBool());
    }
    return markers;
}

} // namespace

ChangeSet History::record(Database &db, const std::function<void()> &action)
{
    Transaction transaction(db);
    const qint64 before = changelog::lastSeq(db);
    action();
    const qint64 after = changelog::lastSeq(db);
    transaction.commit();
    return {before + 1, after};
}

void History::revert(ChangeRecorder &recorder, const ChangeSet &changes)
{
    Database &db = recorder.database();
    Transaction transaction(db);
    const QList<RowChanges> rows = rowsIn(db, changes);
    for (auto row = rows.crbegin(); row != rows.crend(); ++row) {
        if (row->inserted) {
            write(recorder, *row, {QStringLiteral("deleted")}, {1});
            continue;
        }
        const QSet<QString> columns = columnsOf(row->table);
        QCborMap prior;
        QSet<QString> wanted;
        for (auto field = row->finalValues.begin(); field != row->finalValues.end(); ++field) {
            if (columns.contains(field.key().toString()))
                wanted.insert(field.key().toString());
        }
        changelog::forEachOfRowNewestFirst(db, row->table, row->logKey, changes.firstSeq,
                                           [&](const ChangeRecord &change) {
                                               for (auto field = change.fields.cbegin(); field != change.fields.cend();
                                                    ++field) {
                                                   const QString name = field.key().toString();
                                                   if (wanted.contains(name) && !prior.contains(field.key()))
                                                       prior.insert(field.key(), field.value());
                                               }
                                               return prior.size() < wanted.size();
                                           });
        QStringList names;
        QVariantList values;
        const TableSpec *spec = SchemaRegistry::find(row->table);
        for (const QString &name : wanted) {
            names.append(name);
            // A field no earlier change wrote (the tombstone, which an insert does not
            // log, or a column added since) held its default.
            values.append(prior.contains(name) ? ChangeCodec::toVariant(prior.value(name))
                                               : spec->column(name)->defaultValue);
        }
        write(recorder, *row, names, values, markersOf(*row, true));
    }
    transaction.commit();
}

void History::reapply(ChangeRecorder &recorder, const ChangeSet &changes)
{
    Database &db = recorder.database();
    Transaction transaction(db);
    for (const RowChanges &row : rowsIn(db, changes)) {
        const QSet<QString> columns = columnsOf(row.table);
        QStringList names;
        QVariantList values;
        for (auto field = row.finalValues.begin(); field != row.finalValues.end(); ++field) {
            if (!columns.contains(field.key().toString()))
                continue;
            names.append(field.key().toString());
            values.append(ChangeCodec::toVariant(field.value()));
        }
        if (row.inserted && !row.finalValues.contains(QStringLiteral("deleted"))) {
            names.append(QStringLiteral("deleted"));
            values.append(0);
        }
        write(recorder, row, names, values, markersOf(row, false));
    }
    transaction.commit();
}

} // namespace teren
