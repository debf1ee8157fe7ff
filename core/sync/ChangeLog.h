#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QHash>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <compare>
#include <functional>
#include <optional>

namespace teren {

class Database;

// The total order of changes in a region: HLC first, the replica id breaks ties.
struct Stamp
{
    qint64 hlc = 0;
    QByteArray replica; // 16 bytes, RFC 4122 order

    bool isNull() const { return hlc == 0 && replica.isEmpty(); }
    friend bool operator==(const Stamp &, const Stamp &) = default;
    friend std::strong_ordering operator<=>(const Stamp &a, const Stamp &b)
    {
        if (const auto order = a.hlc <=> b.hlc; order != 0)
            return order;
        const int bytes = a.replica.compare(b.replica);
        return bytes < 0 ? std::strong_ordering::less
            : bytes > 0  ? std::strong_ordering::greater
                         : std::strong_ordering::equal;
    }
};

// One entry of the change log, as stored and as carried in bundles. `bases` holds,
// for each field an update wrote, the stamp of the value it overwrote: two changes
// of one field with the same base were made without seeing each other.
struct ChangeRecord
{
    enum Op { Insert = 1, Update = 2 };

    QString entity;
    QVariant rowKey; // the id blob, or the code ("area/code" for outcomes)
    Stamp stamp;
    QByteArray author; // worker id blob, empty when unknown
    int op = Update;
    QCborMap fields;
    QCborMap bases; // field -> [hlc, replica]

    QCborMap toCbor() const;
    // Throws nothing: a malformed map gives nullopt.
    static std::optional<ChangeRecord> fromCbor(const QCborMap &map);

    static QCborValue stampToCbor(const Stamp &stamp);
    static Stamp stampFromCbor(const QCborValue &value);
};

// The current state of one row, folded from all of its changes: per field the value
// with the highest stamp (last writer wins), whether an insert was seen (without one
// the row cannot be written yet), and the tombstone.
struct RowFold
{
    struct Field
    {
        QCborValue value;
        Stamp stamp;
    };
    QHash<QString, Field> fields;
    bool inserted = false;
    bool erased = false;
    Stamp latest;
    QByteArray latestAuthor;
    QList<ChangeRecord> changes; // all of them, in stamp order

    void add(const ChangeRecord &change);
    int deleted() const;
};

namespace changelog {

// A change's field and base maps as the log stores them. An import encodes them on
// its decoding thread (DecodedRecords), so the thread that writes the log does not.
struct EncodedMaps
{
    QByteArray fields;
    QByteArray bases; // empty when the change has none: stored as NULL

    static EncodedMaps of(const ChangeRecord &change);
};

void append(Database &db, const ChangeRecord &change);
// Appends unless a change with the same stamp is already there; returns whether it
// was new. `encoded` must be EncodedMaps::of(change).
bool appendIfNew(Database &db, const ChangeRecord &change, const EncodedMaps &encoded);
RowFold fold(Database &db, const QString &entity, const QVariant &rowKey);
// The stamps of the values the given fields hold now (null stamps for fields
// never written).
QCborMap basesFor(Database &db, const QString &entity, const QVariant &rowKey, const QStringList &fields);

QVariant toVariant(const QCborValue &value);
// A change that settles a conflict of `field` carries this key (true) besides the
// field; undoing the decision writes the field back with the key false, which
// reopens the conflict on every replica. Not a column: the merge never writes it.
QString decisionMarker(const QString &field);
bool isMarker(const QString &field);

// The free text and identifying columns of a table, wiped when a row is erased.
const QStringList &personalColumns(const QString &entity);
// Sets the personal fields of every logged change of an erased row to null, so no
// copy of what was typed survives in the history or in later bundles, and drops the
// row's conflicts.
void scrub(Database &db, const QString &entity, const QVariant &rowKey);

// The changes with afterSeq < seq <= throughSeq, in log order.
void forEach(Database &db, qint64 afterSeq, qint64 throughSeq, const std::function<void(const ChangeRecord &)> &visit);
// The changes matching an SQL condition on the `change` table, in log order.
void forEachWhere(Database &db, const QString &condition, const QVariantList &bindings,
                  const std::function<void(const ChangeRecord &)> &visit);
qint64 countWhere(Database &db, const QString &condition, const QVariantList &bindings);
qint64 lastSeq(Database &db);

// The replicated state as text: every synced row, the contact links, the change log
// in stamp order and the conflicts; nothing local to one file (sequence numbers,
// peers, imported bundles, CSV refs). Two replicas that hold the same changes give
// the same dump byte for byte.
QString logicalState(Database &db);

} // namespace changelog

} // namespace teren
