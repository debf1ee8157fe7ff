#pragma once

#include "store/Repositories.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>

#include <vector>

namespace teren {

// A row of the client list with the Czech collation's sort keys of its names and
// locality, and its place among all rows in the order of names (nameRank): names are
// compared by their keys once, when the rows are read or a row is edited; a click on a
// column's header then sorts by integers, and one edited row finds its place by
// bisection.
struct ClientListRow
{
    ClientSummary summary;
    QCollatorSortKey familyKey;
    QCollatorSortKey givenKey;
    QCollatorSortKey localityKey;
    QByteArray searchBytes; // summary.searchKey in UTF-8, for the search's inner loop
    // Ascending with (family name, given name, id) over the rows of one list, with gaps
    // so that an edited row takes a rank between its neighbours' (ClientListOrder).
    quint64 nameRank = 0;
};

using ClientListRows = std::vector<ClientListRow>;

// The list's order: by one of its columns (ClientListModel::Column), either way,
// unknown years of birth and localities last, ties by name and then by id (by name the
// other way round: the reverse of the ascending order). A total order, so sorting gives
// one result and a row's place is where a bisection finds it. Names are compared
// through the rows' nameRank, which must be in place: rankByName() for rows read,
// rankAmong() for one row added.
class ClientListOrder
{
public:
    explicit ClientListOrder(int column = 0, Qt::SortOrder order = Qt::AscendingOrder)
        : m_column(column)
        , m_order(order)
    {
    }
    int column() const { return m_column; }
    Qt::SortOrder order() const { return m_order; }
    bool before(const ClientListRow &a, const ClientListRow &b) const;
    // By integers alone (the ranks, years, counts and the localities' places), then one
    // move of each row: 100,000 rows in milliseconds, where comparing their collation
    // keys took a quarter of a second.
    void sort(ClientListRows &rows) const;

    // Sorts rows by name (their keys, then ids) and numbers their ranks: done where the
    // rows are read, on the reader's thread.
    static void rankByName(ClientListRows &rows);
    // Gives `row` a rank between those of its neighbours by name among `rows` (ranked,
    // in this order), renumbering `rows` when no rank is left between them.
    void rankAmong(ClientListRow &row, ClientListRows &rows) const;

private:
    int m_column;
    Qt::SortOrder m_order;
};

// Makes rows (their sort keys) on one thread; each thread has its own.
class ClientListRowMaker
{
public:
    ClientListRowMaker();
    ClientListRow make(ClientSummary summary);

private:
    QCollator m_collator;
    QHash<QString, QCollatorSortKey> m_localityKeys; // a region has few localities
};

} // namespace teren
