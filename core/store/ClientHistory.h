#pragma once

#include "changes/ChangeRecord.h"
#include "HistoryValues.h"

#include "changes/ClockClamps.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <functional>
#include <optional>

namespace teren {

class Store;

// One line of a client's history: one field one change wrote, or one view of the
// client (their card opened, their data exported).
struct HistoryEntry
{
    enum class Kind { Change, View };

    Kind kind = Kind::Change;
    QUuid clientId;
    QString entity; // the table: client, cooperation, need, goal, step, contact, client_view
    QUuid rowId;
    // The need, goal and contact the row is, or hangs under (null when none), so the
    // history can be narrowed to one of them.
    QUuid needId;
    QUuid goalId;
    QUuid contactId;
    QString record;     // which record, readable: "Need: Housing"
    QString field;      // the column; for a view, its kind ("card" or "export")
    QString fieldLabel; // the column (or the view) in words
    QVariant oldValue;  // as stored: codes, ISO dates, ids; null for none or erased
    QVariant newValue;
    QString oldText; // in words: labels, dates as the language writes them, names
    QString newText;
    bool oldErased = false; // wiped by the client's erasure
    bool newErased = false;
    Stamp stamp;
    QDateTime when; // UTC
    QUuid author;
    QString authorName;
    QUuid replica;
    QString installation;
    // The value lost to a concurrent edit in a merge: nobody saw it and wrote over it,
    // and it is not current. `lostTo` says to what, and whose.
    bool lostInMerge = false;
    QString lostTo;
    QString refusal; // why the rules of who may change what do not apply it (translated)

    // "lost in merge to …" or "refused: …"; empty otherwise.
    QString note() const;
};

// A need, goal or contact the history can be narrowed to.
struct HistorySubject
{
    enum class Kind { Need, Goal, Contact };
    Kind kind;
    QUuid id;
    QString label;
};

// The history of a client's records, read from the change log (which keeps every
// change, also the values that lost a merge) and the views of the client. Values
// read as a person reads them: codes as labels of the current language, dates as it
// writes them, linked records by name. What an erasure wiped is marked erased.
class ClientHistory
{
    Q_DECLARE_TR_FUNCTIONS(ClientHistory)

public:
    explicit ClientHistory(Store &store);

    // Names installations the file knows only from their bundles (besides itself and
    // the region's installations).
    void setInstallationNames(std::function<QString(const QUuid &)> names)
    {
        m_values.setInstallationNames(std::move(names));
    }

    // Whether the file holds this client, live, deleted or erased.
    bool knowsClient(const QUuid &clientId);
    // Every change of the client's records (the client, cooperations, needs, goals,
    // steps, contacts) and every view of the client, newest first. The views of an
    // erased client went with it.
    QList<HistoryEntry> ofClient(const QUuid &clientId);
    // The same for every client, stamped from the start of `from` to the end of `to`
    // (days of this computer's time zone), oldest first: the coordinator's audit.
    QList<HistoryEntry> between(const QDate &from, const QDate &to);

    // The needs, goals and contacts the entries name, each once, in the order first seen.
    static QList<HistorySubject> subjects(const QList<HistoryEntry> &entries);

private:
    struct Row
    {
        QString entity;
        QVariant key;
        QUuid clientId;
        QUuid needId;
        QUuid goalId;
    };
    QList<Row> rowsOf(const QUuid &clientId);
    std::optional<Row> rowOf(const QString &entity, const QVariant &key);
    struct RowLog;
    void addRow(const Row &row, QList<HistoryEntry> &entries);
    HistoryEntry entryOf(const RowLog &log, const ChangeRecord &change);
    void setOldValue(HistoryEntry &entry, const RowLog &log, const ChangeRecord &change);
    void setLostInMerge(HistoryEntry &entry, const RowLog &log, const ChangeRecord &change);

    Store &m_store;
    HistoryValues m_values;
    std::optional<ClockClamps> m_clamps; // read once, for every row folded
};

} // namespace teren
