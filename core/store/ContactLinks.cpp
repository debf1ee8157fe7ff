#include "ContactLinks.h"

#include "domain/Values.h"
#include "storage/Database.h"
#include "storage/NativeStatement.h"

#include <QCborArray>

namespace teren::contactlinks {

void write(Database &db, const QVariant &contactId, const QCborValue &interventions, const QCborValue &needIds,
           bool replace)
{
    if (replace)
        remove(db, contactId);
    // Native statements: a merge writes the links of a million contacts.
    NativeStatement &intervention =
        db.native(QStringLiteral("INSERT OR IGNORE INTO contact_intervention (contact_id, code) VALUES (?, ?)"));
    for (const QCborValue code : interventions.toArray())
        intervention.run({contactId, code.toString()});
    NativeStatement &need =
        db.native(QStringLiteral("INSERT OR IGNORE INTO contact_need (contact_id, need_id) VALUES (?, ?)"));
    for (const QCborValue needId : needIds.toArray())
        need.run({contactId, needId.toByteArray()});
}

void remove(Database &db, const QVariant &contactId)
{
    db.cached(QStringLiteral("DELETE FROM contact_intervention WHERE contact_id = ?")).bind(0, contactId).exec();
    db.cached(QStringLiteral("DELETE FROM contact_need WHERE contact_id = ?")).bind(0, contactId).exec();
}

QStringList interventions(Database &db, const QVariant &contactId)
{
    QStringList codes;
    Query &query = db.cached(QStringLiteral("SELECT code FROM contact_intervention WHERE contact_id = ? ORDER BY code"));
    query.bind(0, contactId).exec();
    while (query.next())
        codes.append(query.value(0).toString());
    return codes;
}

QList<QUuid> needs(Database &db, const QVariant &contactId)
{
    QList<QUuid> ids;
    Query &query = db.cached(QStringLiteral("SELECT need_id FROM contact_need WHERE contact_id = ?"));
    query.bind(0, contactId).exec();
    while (query.next())
        ids.append(db::toId(query.value(0)));
    return ids;
}

} // namespace teren::contactlinks
