#pragma once

#include <QUuid>

namespace teren {

class Store;

// Who opened a client's card, exported their data or printed their individual plan
// (on paper or as a PDF): each is a client_view row, written through the
// ChangeRecorder like any record, so it syncs and its stamp says who, when and on
// which laptop. A view is not an edit: it is never on the undo list,
// and it does not touch the client's other records.
class ClientViews
{
public:
    enum class Kind { Card, Export, Plan };

    explicit ClientViews(Store &store) : m_store(store) {}

    // Records one view in its own transaction; returns false, writing nothing, when
    // the file is open read-only. Throws the recorder's errors (a full disk, say).
    bool record(const QUuid &clientId, Kind kind);
    // What an export of a person's data calls once the export is written.
    bool recordExport(const QUuid &clientId) { return record(clientId, Kind::Export); }
    // What printing the individual plan calls once it is printed or written: the day
    // the plan was handed over to be signed is on the client's history.
    bool recordPlanPrinted(const QUuid &clientId) { return record(clientId, Kind::Plan); }

    static QString code(Kind kind);

private:
    Store &m_store;
};

} // namespace teren
