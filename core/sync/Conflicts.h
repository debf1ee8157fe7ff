#pragma once

#include "changes/ChangeRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace teren {

class Store;

struct ConflictEntry
{
    QString entity;
    QVariant rowKey;
    QString field; // "*": the row was edited after another replica deleted it
    QUuid clientId; // the client the record belongs to, when it belongs to one
    QString area;   // for a need and its plan: the need's area code
    struct Side
    {
        QVariant value;
        QDateTime when;
        QUuid replica;
        QString replicaName;
        QString author;
    };
    Side first;
    Side second; // the newer: its value is the current one unless decided since
    Stamp firstStamp;
    Stamp secondStamp;
    bool decided = false; // a later change of the field settled it (on any replica)
};

// The review of concurrent edits the merge found (ConflictLog): both values with who
// made them, where and when, and the decision, which is itself a synced change.
class Conflicts
{
public:
    explicit Conflicts(Store &store) : m_store(store) {}

    // Open conflicts only unless `includeDecided`.
    QList<ConflictEntry> list(bool includeDecided = false);
    // Settles a conflict by writing `value` to the field as a new change: stamped
    // after both sides, it wins everywhere and closes the conflict on every replica
    // it reaches, with who decided and when. For field "*", true restores the row
    // and false keeps it deleted.
    void decide(const ConflictEntry &conflict, const QVariant &value);

private:
    ConflictEntry::Side side(const Stamp &stamp, const QString &entity, const QVariant &rowKey, const QString &field);

    Store &m_store;
};

} // namespace teren
