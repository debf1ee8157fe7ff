#pragma once

#include <QtGlobal>

#include <functional>

namespace teren {

class ChangeRecorder;
class Database;

// The change-log entries one user action wrote (seq firstSeq..lastSeq).
struct ChangeSet
{
    qint64 firstSeq = 0;
    qint64 lastSeq = -1;
    bool isEmpty() const { return lastSeq < firstSeq; }
};

// Undo and redo on top of the change log. Because every write (including cascades
// such as renumbered priorities) goes through the ChangeRecorder, an action is fully
// described by its range of log entries: undo writes back each touched field's value
// from before the range, redo writes the range's final values again. Both are new,
// stamped changes, so an undo syncs like any other edit. A caller that keeps data
// derived from the rows (the codelists a Store holds) reloads it afterwards.
class History
{
public:
    // Runs `action` in one transaction and returns what it wrote.
    static ChangeSet record(Database &db, const std::function<void()> &action);
    static void revert(ChangeRecorder &recorder, const ChangeSet &changes);
    static void reapply(ChangeRecorder &recorder, const ChangeSet &changes);
};

} // namespace teren
