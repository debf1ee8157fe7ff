#pragma once

#include "changes/ChangeRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace teren {

class Store;

// One change the rules of who may change what refused (Authorization), as the
// coordinator reviews it.
struct RefusedChange
{
    Stamp stamp;
    QString entity;
    QVariant rowKey;
    QString refusal; // the code
    QString reason;  // translated
    QDateTime when;
    QString installation; // the name of the installation it came from
    QString worker;       // the worker it was made as, when known
    QUuid clientId;       // the client it concerns, when it concerns one
    QStringList fields;   // what it wrote
    bool erasureRequest = false;
};

// The coordinator's review of refused changes: who, what, why; and the acceptance
// of one that was right after all (an erasure request, say), which is a synced change:
// from then on every replica applies it.
class RefusedChanges
{
    Q_DECLARE_TR_FUNCTIONS(RefusedChanges)

public:
    explicit RefusedChanges(Store &store) : m_store(store) {}

    // Waiting ones (a record whose parent has not arrived) are not listed.
    QList<RefusedChange> list();
    // Throws a translated Error when this installation may not accept changes (only
    // the coordinator's may) or the change is not refused (any more).
    void accept(const Stamp &stamp);

private:
    Store &m_store;
};

} // namespace teren
