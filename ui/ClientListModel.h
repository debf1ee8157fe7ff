#pragma once

#include "ClientListRows.h"

#include <QAbstractTableModel>
#include <QDate>

namespace teren {

// What the client list is narrowed to. Empty ids mean "any".
struct ClientFilter
{
    enum class CooperationState { Any, Active, Ended, None };

    QString text;
    QUuid localityId;
    QUuid workerId;
    CooperationState cooperation = CooperationState::Any;
    bool overdueOnly = false;
};

// Every live client, loaded once and sorted by the column chosen (names by a Czech
// collator's sort keys, ties by name); filtering runs in memory over pre-folded names
// so typing in the search stays instant with 100,000 clients, and keeps the order. An
// edited client's row moves to its place alone (ClientListPanel reads the rows, on
// another thread for a large file).
class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // ConsentInForce: says "none" for a client without the basic consent in force
    // (ConsentHistory::inForce), empty otherwise.
    enum Column { Name, BirthYear, Locality, OpenNeeds, ConsentInForce, ColumnCount };
    enum Role { IdRole = Qt::UserRole, OverdueRole, ConsentInForceRole };

    using QAbstractTableModel::QAbstractTableModel;
    // Reads every row at once, on this thread (empty for a null store).
    void reload(Store *store);
    // Shows `rows` in place of the rows shown so far; `byName` says they are sorted and
    // ranked by name already (ClientListOrder::rankByName), as the loader leaves them.
    void setRows(ClientListRows rows, bool byName = false);
    // The client's row read again: moved to its place, added, or taken away when the
    // client is no longer live (`fresh` empty).
    void refreshClient(QUuid clientId, std::optional<ClientSummary> fresh);
    void refreshClient(Store &store, QUuid clientId);
    void setFilter(const ClientFilter &filter);
    const ClientFilter &filter() const { return m_filter; }
    int totalCount() const { return static_cast<int>(m_all.size()); }
    const ClientListOrder &order() const { return m_order; }
    QModelIndex indexOf(const QUuid &clientId) const;
    // Whether the client is in the list at all, shown by the filter or not.
    bool contains(const QUuid &clientId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // By a column, keeping the rows chosen; unknown years of birth and localities last.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void retranslate();

private:
    bool accepts(const ClientListRow &row) const;
    void applyFilter();
    // applyFilter() for a filter that can only hide rows shown now.
    void narrowFilter();
    qsizetype positionOf(const QUuid &clientId) const;
    // The row m_visible shows m_all's `position` in, or -1.
    qsizetype visibleRowOf(qsizetype position) const;
    void takeOut(qsizetype position);
    void putIn(ClientListRow row);

    ClientListRows m_all;
    QList<qsizetype> m_visible; // indexes into m_all, ascending
    ClientFilter m_filter;
    QString m_foldedText;     // m_filter's text, folded
    QList<QByteArray> m_words; // its words, as ClientListRow::searchBytes holds them
    ClientListOrder m_order;
    ClientListRowMaker m_rowMaker; // for the rows edited
};

} // namespace teren
