#pragma once

#include "ChangeRecord.h"
#include "RowFold.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace teren {

class Database;

// Two changes of one field made without seeing each other (field "*": an edit of a
// row another replica had deleted), `first` the older by stamp.
struct ConflictPair
{
    QString entity;
    QVariant rowKey;
    QString field;
    Stamp first;
    Stamp second;
};

// The `conflict` table. Derived from the change log, so every replica that holds
// both changes lists the same conflict, whatever the import order; nothing else
// reads or writes it.
namespace conflictlog {

// Returns whether the pair was new. The stamps may come in either order.
bool add(Database &db, const QString &entity, const QVariant &rowKey, const QString &field, const Stamp &a,
         const Stamp &b);
// Lists the conflicts `change` makes with the other changes of its row (`fold`, which
// holds it): an edit of a field that another installation's change overwrote from the
// same value, and an edit stamped after another installation's delete. Returns how
// many were new.
int detect(Database &db, const ChangeRecord &change, const RowFold &fold);
// In the order they became conflicts (the newer side's stamp), then by entity and field.
QList<ConflictPair> all(Database &db);
// Nothing left to review about a row that was erased or left this file.
void removeRow(Database &db, const QString &entity, const QVariant &rowKey);
// Nothing left to review about fields of a row that were wiped (an anonymisation).
void removeFields(Database &db, const QString &entity, const QVariant &rowKey, const QStringList &fields);

} // namespace conflictlog

} // namespace teren
