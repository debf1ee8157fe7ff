#include "ConsentRepository.h"

#include "RepositoryInternals.h"
#include "Rules.h"
#include "changes/ChangeLog.h"
#include "changes/EntityTable.h"
#include "domain/Codes.h"
#include "domain/ConsentHistory.h"
#include "domain/Error.h"
#include "i18n/Dates.h"

namespace teren {

void ConsentRepository::validate(const Consent &consent)
{
    Rules::requireExists(EntityTable<Client>::exists(m_store.database(), consent.clientId),
                         QStringLiteral("client_id"), tr("client"));
    Rules::requireDate(consent.recordedOn, QStringLiteral("recorded_on"), tr("The date of the consent"));
    const QDate today = m_store.clock().today();
    if (consent.recordedOn > today)
        throw ValidationError(tr("A consent cannot be dated in the future (%1); today is %2.")
                                  .arg(Dates::shortDate(consent.recordedOn), Dates::shortDate(today)),
                              QStringLiteral("recorded_on"));
    Rules::requireCode(Codes::consentActions().contains(consent.action), consent.action, QStringLiteral("action"),
                       tr("consent action"));
    Rules::requireCode(Codes::consentScopes().contains(consent.scope), consent.scope, QStringLiteral("scope"),
                       tr("consent scope"));
    if (consent.scope == u"other" && consent.note.trimmed().isEmpty())
        throw ValidationError(tr("Say what the other consent is about in the note."), QStringLiteral("note"));
}

Consent ConsentRepository::record(Consent consent)
{
    if (consent.workerId.isNull())
        consent.workerId = m_store.currentWorker();
    consent.note = consent.note.trimmed();
    validate(consent);
    return insertChecked(m_store, std::move(consent));
}

QList<Consent> ConsentRepository::forClient(const QUuid &clientId)
{
    return EntityTable<Consent>::select(
        m_store.database(),
        QStringLiteral("client_id IN (SELECT id FROM client WHERE id = ? OR merged_into = ?) "
                       "ORDER BY recorded_on, hlc, replica"),
        {db::id(clientId), db::id(clientId)});
}

bool ConsentRepository::inForce(const QUuid &clientId)
{
    return ConsentHistory::inForce(forClient(clientId));
}

QUuid ConsentRepository::derivedId(const QUuid &clientId)
{
    // A name-based (version 5) id: the same client id gives the same record id on
    // every replica.
    static const QUuid space(QStringLiteral("{5e0f3b8e-2f4c-4d51-9a37-0c1d6b2e7a41}"));
    return QUuid::createUuidV5(space, clientId.toRfc4122());
}

namespace {

// The stamp of the derived record: the stamp of the change that wrote the client's
// consent_on with the top bit of its millisecond's counter flipped. A replica's
// changes of one millisecond count up from 0 and reach that bit only after 32,768
// of them, so the stamp is free but for a very busy millisecond (then the record is
// this installation's own). Being the same installation's, near the same moment,
// the record is judged by the rules of who may change what as the consent it
// restates was.
Stamp derivedStamp(const Stamp &consentWritten)
{
    return {consentWritten.hlc ^ 0x8000, consentWritten.replica};
}

} // namespace

int ConsentRepository::deriveFromClientColumns()
{
    Database &db = m_store.database();
    struct Legacy
    {
        QUuid clientId;
        QDate on;
        QString scope;
    };
    // One index probe per client with an old consent: cheap enough for every open.
    QList<Legacy> pending;
    Query query = db.prepare(QStringLiteral(
        "SELECT c.id, c.consent_on, c.consent_scope FROM client c "
        "WHERE c.consent_on IS NOT NULL AND c.deleted = 0 "
        "  AND NOT EXISTS (SELECT 1 FROM consent k WHERE k.client_id = c.id)"));
    query.exec();
    while (query.next()) {
        const Legacy legacy{db::toId(query.value(0)), db::toDate(query.value(1)), query.value(2).toString()};
        if (legacy.on.isValid())
            pending.append(legacy);
    }
    if (pending.isEmpty())
        return 0;
    Transaction transaction(db);
    int count = 0;
    for (const Legacy &legacy : std::as_const(pending)) {
        const QUuid id = derivedId(legacy.clientId);
        const RowFold client = changelog::fold(db, Client::table(), db::id(legacy.clientId));
        const Stamp written = client.fields.value(QStringLiteral("consent_on")).stamp;
        QByteArray author;
        for (const ChangeRecord &change : client.changes) {
            if (change.stamp == written)
                author = change.author;
        }
        Consent consent;
        consent.id = id;
        consent.clientId = legacy.clientId;
        consent.recordedOn = legacy.on;
        consent.note = legacy.scope.trimmed();
        consent.workerId = author.isEmpty() ? QUuid() : QUuid::fromRfc4122(author);
        const Stamp stamp = derivedStamp(written);
        if (written.isNull() || changelog::contains(db, stamp)) {
            // No change wrote it here (its history was let go of), or the stamp is in
            // use: recorded as this installation's own, still under the same id. If the
            // rules of who may change what refuse that, the client keeps its old
            // columns only, as before.
            try {
                EntityTable<Consent>::insert(m_store.recorder(), consent);
            } catch (const ValidationError &) {
                continue;
            }
        } else {
            m_store.recorder().insertDerived(Consent::table(), RowKey::ofId(id), Consent::columns(), consent.values(),
                                             stamp, author);
        }
        ++count;
    }
    transaction.commit();
    return count;
}

} // namespace teren
