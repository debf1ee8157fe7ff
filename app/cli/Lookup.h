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

} // namespace teren
