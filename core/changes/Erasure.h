#pragma once

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

} // namespace teren
