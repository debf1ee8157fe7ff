#pragma once

#include "store/Repositories.h"

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
// collator, ties by name); filtering runs in memory over pre-folded names so typing
// in the search stays instant with 100,000 clients, and keeps the order. Single rows
// refresh after an edit without reloading the rest.
class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // ConsentInForce: says "none" for a client without the basic consent in force
    // (ConsentHistory::inForce), empty otherwise.
    enum Column { Name, BirthYear, Locality, OpenNeeds, ConsentInForce, ColumnCount };
    enum Role { IdRole = Qt::UserRole, OverdueRole, ConsentInForceRole };

    using QAbstractTableModel::QAbstractTableModel;
    void reload(Store *store);
    void refreshClient(Store &store, QUuid clientId);
    void setFilter(const ClientFilter &filter);
    const ClientFilter &filter() const { return m_filter; }
    int totalCount() const { return static_cast<int>(m_all.size()); }
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
    bool accepts(const ClientSummary &row, const QStringList &words) const;
    void sortAll();
    void applyFilter();

    QList<ClientSummary> m_all;
    QList<qsizetype> m_visible; // indexes into m_all
    ClientFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace teren
