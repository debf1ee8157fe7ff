#pragma once

#include "ChangeRecord.h"
#include "ClockClamps.h"

#include <QCborValue>
#include <QHash>
#include <QList>
#include <QString>

namespace teren {

// The current state of one row, folded from all of its changes: per field the value
// with the highest stamp (last writer wins; stamps counted as the clamps of clocks
// that ran ahead say, see ClockClamps), whether an insert was seen (without one
// the row cannot be written yet), and the tombstone. A function of the set of
// changes alone, whatever order they arrived in: this is what makes merging
// commutative and idempotent.
struct RowFold
{
    struct Field
    {
        QCborValue value;
        Stamp stamp;
    };
    // Set before the first add(): the order the changes are folded in.
    ClockClamps clamps;
    QHash<QString, Field> fields; // each with its own stamp, as stamped
    bool inserted = false;
    bool erased = false;
    bool anonymised = false; // a change carried ChangeRecord::anonymisedMarker(): final, like an erasure
    Stamp latest;
    QByteArray latestAuthor;
    QList<ChangeRecord> changes; // all of them, in the order added (by stamp, from ChangeLog::fold)

    void add(const ChangeRecord &change);
    // Whether `a` comes after `b` in this fold's order.
    bool isAfter(const Stamp &a, const Stamp &b) const { return clamps.isAfter(a, b); }
    // 0 live, 1 deleted, 2 erased.
    int deleted() const;
};

} // namespace teren
