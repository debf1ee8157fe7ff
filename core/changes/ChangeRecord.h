#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QString>
#include <QVariant>

#include <compare>

namespace teren {

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
    // Why this file does not apply the change (Authorization), empty when it does.
    // Local to the file: every replica judges for itself, alike; bundles do not carry it.
    QString refusal;

    // A change that settles a conflict of `field` carries this key (true) besides the
    // field; undoing the decision writes the field back with the key false, which
    // reopens the conflict on every replica. Not a column: the merge never writes it.
    static QString decisionMarker(const QString &field);
    // Anonymising a row (a client past retention and their records) carries this key
    // (true) besides the wiped fields; a row that ever had it keeps those fields wiped,
    // whatever arrives before or after (RowFold::anonymised).
    static QString anonymisedMarker();
    static bool isMarker(const QString &field);
};

} // namespace teren
