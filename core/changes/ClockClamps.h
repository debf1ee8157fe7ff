#pragma once

#include "ChangeRecord.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace teren {

class ChangeRecorder;
class Database;

// The order the fold puts changes in once installations' clocks ran ahead. A
// coordinator importing changes stamped more than a day ahead of its own clock may
// import them anyway, and then decides how they count: a clamp (a row of the synced
// `clock_clamp` table) says that one installation's changes stamped after `to`, up to
// `through`, count as stamped `to` — when they reached the coordinator, not when the
// laptop's clock claimed. A change counts at the smallest `to` of the clamps covering
// it; ties go by replica, then by the stamp itself, so one installation's changes
// keep their order and the order stays total. The order depends on the set of clamps
// alone: every replica holding the same changes and clamps folds to the same rows,
// whichever arrived first.
class ClockClamps
{
public:
    struct Clamp
    {
        qint64 to = 0;
        qint64 through = 0;
        friend bool operator==(const Clamp &, const Clamp &) = default;
    };

    // The clamps this file applies: those whose change the rules of who may change
    // what allowed.
    static ClockClamps load(Database &db);
    // Writes the decision about `replica` as a synced change.
    static void record(ChangeRecorder &recorder, const QByteArray &replica, qint64 to, qint64 through);

    bool isEmpty() const { return m_clamps.isEmpty(); }
    // The HLC a change counts at in the fold.
    qint64 countedHlc(const Stamp &stamp) const;
    // Whether `a` comes after `b` in the fold: without clamps, simply the later stamp.
    bool isAfter(const Stamp &a, const Stamp &b) const;
    // The installations whose clamps differ between the two sets, each with the HLC
    // after which its changes may count otherwise: the rows those changes touch need
    // folding again.
    QHash<QByteArray, qint64> differencesFrom(const ClockClamps &other) const;

    friend bool operator==(const ClockClamps &, const ClockClamps &) = default;

private:
    QHash<QByteArray, QList<Clamp>> m_clamps; // per replica, in order of `to`, then `through`
};

} // namespace teren
