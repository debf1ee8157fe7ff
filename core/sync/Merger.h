#pragma once

#include "ClockSkew.h"

#include "changes/ChangeLog.h"
#include "changes/ClockClamps.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace teren {

class Authorization;
class Database;
class NativeStatement;
class Store;

struct MergeCounts
{
    qint64 inserted = 0;  // rows that did not exist here
    qint64 updated = 0;   // rows whose current values changed
    qint64 unchanged = 0; // changes already here, or that lost to newer values (kept in history)
    qint64 pending = 0;   // rows still waiting for a parent from another bundle
    qint64 conflicts = 0; // new conflicts listed for review
    qint64 refused = 0;   // changes refused: by the rules of who may change what (kept for
                          // review), or as values this file cannot hold (not kept)
    QHash<QString, qint64> refusedBy; // per refusal code (Authorization, Merger)

    MergeCounts &operator+=(const MergeCounts &other);
};

// Merges changes from other replicas into this file. The change log is the truth:
// a row's current state is the fold of all its changes, per field the value with the
// highest (HLC, replica) stamp. Because that is a function of the set of changes,
// merging is deterministic, commutative, associative and idempotent: any order of
// any bundles, any number of times, gives the same rows. A value that loses stays in
// the log (history); concurrent edits of one field are listed as conflicts; a
// deleted row stays deleted when edited concurrently (also listed), an erased row
// stays erased and wiped whatever arrives later, and an anonymised row keeps its
// names and texts wiped whatever arrives before or after the anonymisation. In a region, only the changes
// the rules of who may change what allow are folded (Authorization); when a change
// to the map those rules read arrives (an installation, a role, a hand-over, an
// acceptance), the changes it concerns are judged again and their rows refolded.
// Changes stamped more than a day ahead of this computer's clock are noted
// (clockSkew()); when a clamp of such a clock arrives or is recorded here, the rows
// that installation's changes touch are folded again in the order it gives
// (ClockClamps). The local clock moves past what was merged, but never more than a
// day past its wall clock (HybridLogicalClock::observe).
//
// A change holding what no replica can store (a value its CHECK or NOT NULL rules
// refuse, text with a control character) is refused and not kept: counted with its
// reason, never parked to wait for anything.
//
// Runs inside the caller's transaction.
class Merger
{
    Q_DECLARE_TR_FUNCTIONS(Merger)

public:
    // Why a change is not kept at all (the rules of who may change what have theirs,
    // see Authorization): codes counted in MergeCounts::refusedBy, never stored.
    static const QString invalidValue;     // a value the field does not allow (an unknown code, a wrong type)
    static const QString controlCharacter; // text with a control character (a NUL, say)
    // The translated sentence for any code a merge counts as refused.
    static QString describeRefusal(const QString &refusal);
    // Why no replica can store this change, known before it is appended (a control
    // character in a text, a tombstone other than 0, 1 or 2): the code, or empty.
    // Needs no database, so an import's decoding thread asks it.
    static QString unstorable(const ChangeRecord &change);

    explicit Merger(Store &store);

    void apply(const ChangeRecord &change);
    // The same, with the change's maps encoded and unstorable() asked already (by an
    // import's decoding thread).
    void apply(const ChangeRecord &change, const EncodedMaps &encoded, const QString &unstorable);
    // Judges again the refused changes and those the map changes of this merge concern,
    // writes rows whose parents arrived after them; call once after the last apply().
    void finish();
    // A change another installation made, relayed by a field worker's laptop: not
    // applied, as its origin cannot be told (counted unchanged when this file has it).
    void refuseRelayed(const ChangeRecord &change);
    // After a local change to the map (an acceptance, a hand-over): the refused
    // changes are judged again at finish().
    void mapChanged() { m_mapChanged = true; }
    // finish() then records that the changes of installations whose clocks run
    // ahead count as made now (a clamp each), if this installation may decide that
    // for the region (mayClampClocks()).
    void setClampSkewedClocks(bool clamp) { m_clampSkewedClocks = clamp; }
    const MergeCounts &counts() const { return m_counts; }
    // The installations whose changes in this merge are stamped more than a day ahead
    // of this computer's clock (after finish()), in order of replica id.
    const QList<ClockSkew> &clockSkew() const { return m_clockSkew; }
    // Whether this installation decides how clocks that ran ahead count: in a region
    // its coordinators, elsewhere anyone.
    static bool mayClampClocks(Store &store);

    // A row that left this file no longer waits for its parent.
    static void dropPending(Database &db, const QString &entity, const QVariant &rowKey);
    // The row leaves its table and waits, with its changes, for its parent to come back.
    static void waitForParent(Database &db, const QString &entity, const QVariant &rowKey);

private:
    // Invalid: the file refused the row's values (not a missing parent); nothing written.
    enum class Written { Inserted, Updated, Unchanged, Pending, Invalid };
    struct Table
    {
        QStringList keyColumns;
        QStringList valueColumns;   // neither key nor sync columns
        QStringList comparedColumns; // value columns and the tombstone
        QString selectSql;          // the compared columns of one row
        QString insertSql;          // a row that must not exist yet
        QString upsertSql;          // a row written from its fold
        QHash<QString, qsizetype> valueIndex; // value column -> its place among them
        // Per value column, what an erased row holds (SchemaRegistry::wipedOnErasure),
        // or nothing for a column an erasure keeps.
        QList<std::optional<QVariant>> erasedValues;
        // The same for an anonymised row (SchemaRegistry::wipedOnAnonymisation).
        QList<std::optional<QVariant>> anonymisedValues;
        // Per value column, what it holds when no change wrote it (SchemaRegistry).
        QVariantList defaults;
        // The two prepared once, as the bulk of an import runs them row after row.
        NativeStatement *insert = nullptr;
        NativeStatement *upsert = nullptr;
    };

    const Table &table(const QString &name);
    Written materialise(const QString &entity, const QVariant &rowKey, const RowFold &fold);
    // Writes a row from its fold; when the file refuses the values, its newest changes
    // are refused one by one until what is left can be written (or nothing is left).
    Written materialiseRefusingInvalid(const QString &entity, const QVariant &rowKey);
    // Drops a change appended to the log whose row the file refused.
    void refuseAppended(const Stamp &stamp);
    // Writes the row of an insert nothing else has touched straight from its fields;
    // false (and nothing written) when the row is there already or cannot be yet.
    bool insertFresh(const ChangeRecord &change);
    // Undoes the insert of a contact that was not here before and its links.
    void removeFreshContact(const QVariant &contactId);
    void detectConflicts(const ChangeRecord &change, const RowFold &fold);
    void setPending(const QString &entity, const QVariant &rowKey, bool pending);
    void noteMapChange(const ChangeRecord &change);
    // Judges again what the map changes concern until nothing changes its verdict.
    void rejudge();
    // Writes a row from its fold again: updated, erased, or gone when its insert is no
    // longer applied.
    void refold(const QString &entity, const QVariant &rowKey);
    void countRefusal(const QString &refusal);
    void noteStamp(const ChangeRecord &change);
    // Folds again the rows whose order the clamps written or judged since the last
    // call change.
    void reclamp();
    void findClockSkew();
    void clampSkewedClocks();

    Store &m_store;
    Database &m_db;
    MergeCounts m_counts;
    QHash<QString, Table> m_tables;
    qint64 m_maxHlc = 0; // the newest stamp merged within a day past this computer's clock
    bool m_mayHavePending;
    Authorization &m_authorization;
    bool m_mapChanged = false;
    QSet<QByteArray> m_handedOverClients; // clients whose assignment a privileged change set
    QSet<QByteArray> m_remappedReplicas;  // installations whose worker or role changed
    ClockClamps m_clamps;                 // as the file had them when last read
    qint64 m_aheadBound;                  // a day past this computer's clock
    QHash<QByteArray, qint64> m_beyond;   // per installation, its newest stamp merged beyond that
    QHash<QByteArray, qint64> m_ahead;    // the same for changes new to this file
    bool m_clampSkewedClocks = false;
    QList<ClockSkew> m_clockSkew;
};

} // namespace teren
