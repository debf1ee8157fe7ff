#pragma once

#include <QCborValue>
#include <QList>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace teren {

class Database;

// The tables contact_intervention and contact_need: a contact's interventions and
// the needs it touched, which ride in the contact's change record (a contact is one
// append-only record) and are indexed here for reports and the contact screen. Both
// a local edit and a merge derive them from that record; nothing else writes them.
namespace contactlinks {

// `interventions`: an array of codes; `needIds`: an array of need id blobs.
// `replace`: the contact may have links already (not on a fresh insert).
void write(Database &db, const QVariant &contactId, const QCborValue &interventions, const QCborValue &needIds,
           bool replace);
void remove(Database &db, const QVariant &contactId);
QStringList interventions(Database &db, const QVariant &contactId);
QList<QUuid> needs(Database &db, const QVariant &contactId);

} // namespace contactlinks

} // namespace teren
