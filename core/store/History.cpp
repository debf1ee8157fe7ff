#include "History.h"

#include "Store.h"
#include "sync/ChangeLog.h"

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

QSet<QString> columnsOf(Database &db, const QString &table)
{
    QSet<QString> columns;
    Query &query = db.cached(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
    query.bind(0, table).exec();
    while (query.next())
        columns.insert(query.value(0).toString());
    return columns;
}

// Rows the range touched, in the order they were first touched.
QList<RowChanges> rowsIn(Database &db, const ChangeSet &changes)
{
    QList<RowChanges> rows;
    QHash<QString, qsizetype> index;
    Query query = db.prepare(
        QStringLiteral("SELECT entity, row_key, op, fields FROM change WHERE seq BETWEEN ? AND ? ORDER BY seq"));
    query.bindAll({changes.firstSeq, changes.lastSeq}).exec();
    while (query.next()) {
        const QString table = query.value(0).toString();
        const QVariant key = query.value(1);
        const QString id = table + QLatin1Char(':') + QString::fromLatin1(key.toByteArray().toHex());
        auto it = index.find(id);
        if (it == index.end()) {
            it = index.insert(id, rows.size());
            rows.append({table, key, false, {}});
        }
        RowChanges &row = rows[*it];
        if (query.value(2).toInt() == 1)
            row.inserted = true;
        const QCborMap fields = QCborValue::fromCbor(query.value(3).toByteArray()).toMap();
        for (auto field = fields.begin(); field != fields.end(); ++field)
            row.finalValues.insert(field.key(), field.value());
    }
    return rows;
}

void write(Store &store, const RowChanges &row, const QStringList &columns, const QVariantList &values,
           const QCborMap &markers = {})
{
    if (!columns.isEmpty() || !markers.isEmpty())
        store.recorder().update(row.table, RowKey::fromLog(row.table, row.logKey), columns, values, markers);
}

// The decision markers the range wrote (changelog::decisionMarker), as they were,
// or flipped when the range is undone: undoing a decision reopens its conflict.
QCborMap markersOf(const RowChanges &row, bool undo)
{
    QCborMap markers;
    for (auto field = row.finalValues.cbegin(); field != row.finalValues.cend(); ++field) {
        if (changelog::isMarker(field.key().toString()))
            markers.insert(field.key(), undo ? !field.value().toBool() : field.value().toBool());
    }
    return markers;
}

} // namespace

ChangeSet History::record(Store &store, const std::function<void()> &action)
{
    Database &db = store.database();
    Transaction transaction(db);
    const qint64 before = db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change")).toLongLong();
    action();
    const qint64 after = db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change")).toLongLong();
    transaction.commit();
    return {before + 1, after};
}

void History::revert(Store &store, const ChangeSet &changes)
{
    Database &db = store.database();
    Transaction transaction(db);
    const QList<RowChanges> rows = rowsIn(db, changes);
    for (auto row = rows.crbegin(); row != rows.crend(); ++row) {
        if (row->inserted) {
            write(store, *row, {QStringLiteral("deleted")}, {1});
            continue;
        }
        const QSet<QString> columns = columnsOf(db, row->table);
        QCborMap prior;
        QSet<QString> wanted;
        for (auto field = row->finalValues.begin(); field != row->finalValues.end(); ++field) {
            if (columns.contains(field.key().toString()))
                wanted.insert(field.key().toString());
        }
        // The value that was current before the edit is the newest by stamp, not by
        // arrival: a merge may have appended older changes after newer ones.
        Query history = db.prepare(QStringLiteral("SELECT fields FROM change WHERE entity = ? AND row_key = ? "
                                                  "AND seq < ? ORDER BY hlc DESC, replica DESC"));
        history.bindAll({row->table, row->logKey, changes.firstSeq}).exec();
        while (history.next() && prior.size() < wanted.size()) {
            const QCborMap fields = QCborValue::fromCbor(history.value(0).toByteArray()).toMap();
            for (auto field = fields.begin(); field != fields.end(); ++field) {
                const QString name = field.key().toString();
                if (wanted.contains(name) && !prior.contains(field.key()))
                    prior.insert(field.key(), field.value());
            }
        }
        QStringList names;
        QVariantList values;
        for (const QString &name : wanted) {
            names.append(name);
            // A row is born undeleted; its insert does not log the flag.
            values.append(prior.contains(name) ? changelog::toVariant(prior.value(name))
                                               : (name == u"deleted" ? QVariant(0) : QVariant()));
        }
        write(store, *row, names, values, markersOf(*row, true));
    }
    transaction.commit();
    store.reloadCodelists();
}

void History::reapply(Store &store, const ChangeSet &changes)
{
    Database &db = store.database();
    Transaction transaction(db);
    for (const RowChanges &row : rowsIn(db, changes)) {
        const QSet<QString> columns = columnsOf(db, row.table);
        QStringList names;
        QVariantList values;
        for (auto field = row.finalValues.begin(); field != row.finalValues.end(); ++field) {
            if (!columns.contains(field.key().toString()))
                continue;
            names.append(field.key().toString());
            values.append(changelog::toVariant(field.value()));
        }
        if (row.inserted && !row.finalValues.contains(QStringLiteral("deleted"))) {
            names.append(QStringLiteral("deleted"));
            values.append(0);
        }
        write(store, row, names, values, markersOf(row, false));
    }
    transaction.commit();
    store.reloadCodelists();
}

} // namespace teren
