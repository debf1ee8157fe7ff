#pragma once


#include <QString>
#include <QUuid>

namespace teren {

class Store;

// The worker named on the command line, by id or by name (ignoring case); throws a
// translated Error when there is none or the name is ambiguous.
QUuid findWorker(Store &store, const QString &idOrName);

} // namespace teren
