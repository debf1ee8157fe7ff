#pragma once

#include "Store.h"
#include "domain/Entities.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

namespace teren {

// A client's consents, given and withdrawn, as a dated history. Records are only
// added: a withdrawal, or a consent given again, is a new record of its scope, so the
// history keeps every date (ConsentHistory says what holds now).
class ConsentRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConsentRepository)

public:
    explicit ConsentRepository(Store &store) : m_store(store) {}

    // Recorded by the current worker unless the record names one. Throws a translated
    // ValidationError naming the field for a record the rules refuse.
    Consent record(Consent consent);
    // Oldest first: by date, records of one day in the order they were made; with
    // those of records merged into the client (Duplicates).
    QList<Consent> forClient(const QUuid &clientId);
    bool inForce(const QUuid &clientId);

    void validate(const Consent &consent);

    // Older versions kept one consent per client, in the client's consent_on and
    // consent_scope. Each client with one there gets it as a "given" record of the
    // basic scope, with the scope's text as its note. Every replica derives the same
    // record (its id from the client's, its stamp and author from the change that
    // wrote consent_on), so replicas that both derive it hold one record, not two.
    // Clients with any consent record are left alone: their consents are kept as
    // records already (a consent an older installation writes into the old columns
    // afterwards is not followed). Returns how many clients got their record.
    int deriveFromClientColumns();
    // The id of the record derived from a client's old consent columns (a name-based
    // id, so it draws nothing from the file's id source).
    static QUuid derivedId(const QUuid &clientId);

private:
    Store &m_store;
};

} // namespace teren
