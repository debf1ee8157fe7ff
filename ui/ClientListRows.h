#pragma once

#include "store/Repositories.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>

#include <vector>

namespace teren {

// A row of the client list with the Czech collation's sort keys of its names and
// locality: sorting and placing a row compares bytes, not strings, so 100,000 rows
// sort in a fraction of the time, and one edited row finds its place by bisection.
struct ClientListRow
{
    ClientSummary summary;
    QCollatorSortKey familyKey;
    QCollatorSortKey givenKey;
    QCollatorSortKey localityKey;
    QByteArray searchBytes; // summary.searchKey in UTF-8, for the search's inner loop
};

using ClientListRows = std::vector<ClientListRow>;

// The list's order: by one of its columns (ClientListModel::Column), either way,
// unknown years of birth and localities last, ties by name and then by id. A total
// order, so sorting gives one result and a row's place is where a bisection finds it.
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
    void sort(ClientListRows &rows) const;

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
