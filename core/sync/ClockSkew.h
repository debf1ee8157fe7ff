#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

namespace teren {

class Store;

// An installation whose changes in one merge are stamped more than a day ahead of
// this computer's clock (HybridLogicalClock::maxAheadMs), as the fold counts them:
// merged as they are, they would win over every edit made elsewhere until the world
// catches up with that laptop's clock. An import refuses such a bundle unless told to
// import it anyway; then, where this installation decides for the region, the changes
// count as made at the import (ClockClamps).
struct ClockSkew
{
    Q_DECLARE_TR_FUNCTIONS(ClockSkew)

public:
    QByteArray replica;
    qint64 aheadMs = 0;   // the newest of its changes, ahead of this computer's clock
    bool clamped = false; // the merge recorded that its changes count as made now
    QString laptop;       // who, as a person reads it (see name())

    // Whole days ahead, at least one.
    int days() const;
    // "The clock of laptop X runs N days ahead", with what that means and what was done.
    QString refusal() const;
    QString outcome() const;
    // The refusals of all of them, in one text.
    static QString refusal(const QList<ClockSkew> &skews);
    // Names each laptop as import messages name senders: the worker and the
    // installation's name, as far as this file knows them; `sender` (named
    // `senderDescription`) is the bundle's.
    static void name(QList<ClockSkew> &skews, Store &store, const QUuid &sender, const QString &senderDescription);
};

} // namespace teren
