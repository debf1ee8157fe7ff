#pragma once

#include "Entities.h"

#include <QList>

namespace teren {

// What a client's consents say now. A consent is never edited: a later record of
// the same scope (given again, or withdrawn) replaces it from its date on. The
// functions take the records oldest first: by date, and records of one day in the
// order they were made (ConsentRepository::forClient).
namespace ConsentHistory {

// The scope without which the service cannot work with the client.
inline const QString basicScope = QStringLiteral("processing");

// The latest record of each scope that has one, in the order of Codes::consentScopes.
QList<Consent> current(const QList<Consent> &oldestFirst);

// The basic processing consent was given, and not withdrawn since.
bool inForce(const QList<Consent> &oldestFirst);

} // namespace ConsentHistory

} // namespace teren
