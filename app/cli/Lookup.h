#pragma once

#include <QString>
#include <QUuid>

namespace teren {

class Store;

// A worker or provider named on the command line, by id or by name (a worker's
// ignoring case); throws a translated Error when there is none, or when the name
// belongs to several (naming each with its id).
QUuid findWorker(Store &store, const QString &idOrName);
QUuid findProvider(Store &store, const QString &idOrName);
// A client named by id; throws a UsageError for what is not an id and an Error when
// the file holds no such client (or their data was erased).
QUuid findClient(Store &store, const QString &id);

} // namespace teren
