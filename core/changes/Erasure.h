#pragma once

#include <QCborMap>
#include <QString>
#include <QVariant>

namespace teren {

class Database;

// A GDPR erasure of one row's history: the columns SchemaRegistry marks as wiped on
// erasure are set to null in every logged change of the row, so no copy of what was
// typed survives in the history or in later bundles, and the row's conflicts go, as
// there is nothing left to review. The row itself is written by whoever erases it
// (ClientRepository::erase, or the merge of an erasure from another replica).
void eraseHistory(Database &db, const QString &entity, const QVariant &rowKey);

// What an anonymised row holds in each column SchemaRegistry marks as wiped on
// anonymisation: "" where the column may not be null, else null.
QCborMap anonymisedValues(const QString &entity);

// The anonymisation of one row's history (a client past retention): the columns
// SchemaRegistry marks as wiped on anonymisation are wiped in every logged change of
// the row, and conflicts about them go; codes, dates and the rest stay, so every
// report reads as before. The row itself is written by whoever anonymises it
// (Retention::anonymise, or the merge of an anonymisation from another replica).
void anonymiseHistory(Database &db, const QString &entity, const QVariant &rowKey);

} // namespace teren
