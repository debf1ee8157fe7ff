#include "ClientListModel.h"

#include "domain/TextSearch.h"

#include <QBrush>
#include <QCollator>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace teren {

void ClientListModel::reload(Store *store)
{
    beginResetModel();
    m_all = store ? ClientRepository(*store).summaries(store->clock().today()) : QList<ClientSummary>();
    sortAll();
    applyFilter();
    endResetModel();
}

void ClientListModel::sortAll()
{
    QCollator collator(QLocale(QLocale::Czech, QLocale::Czechia));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto byName = [&](const ClientSummary &a, const ClientSummary &b) {
        if (const int family = collator.compare(a.familyName, b.familyName); family != 0)
            return family;
        return collator.compare(a.givenName, b.givenName);
    };
    // Negative, zero or positive as a comes before, with or after b in ascending order;
    // `unknown` says whether a and b have no value (those go last in either order).
    const auto byColumn = [&](const ClientSummary &a, const ClientSummary &b, std::pair<bool, bool> &unknown) {
        switch (m_sortColumn) {
        case BirthYear:
            unknown = {!a.birthYear, !b.birthYear};
            return a.birthYear && b.birthYear ? *a.birthYear - *b.birthYear : 0;
        case Locality:
            unknown = {a.locality.isEmpty(), b.locality.isEmpty()};
            return collator.compare(a.locality, b.locality);
        case OpenNeeds:
            return a.openNeeds - b.openNeeds;
        case ConsentInForce:
            return int(a.consentInForce) - int(b.consentInForce);
        default:
            return byName(a, b);
        }
    };
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_all.begin(), m_all.end(), [&](const ClientSummary &a, const ClientSummary &b) {
        std::pair<bool, bool> unknown{false, false};
        int order = byColumn(a, b, unknown);
        if (unknown.first != unknown.second)
            return unknown.second;
        if (unknown.first)
            order = 0;
        if (order != 0)
            return descending ? order > 0 : order < 0;
        return m_sortColumn != Name && byName(a, b) < 0;
    });
}

void ClientListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QUuid> ids;
    for (const QModelIndex &index : before)
        ids.append(index.isValid() ? index.data(IdRole).toUuid() : QUuid());
    m_sortColumn = column;
    m_sortOrder = order;
    sortAll();
    applyFilter();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QModelIndex moved = indexOf(ids.at(i));
        after.append(moved.isValid() ? index(moved.row(), before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ClientListModel::refreshClient(Store &store, QUuid clientId)
{
    const std::optional<ClientSummary> fresh = ClientRepository(store).summary(clientId, store.clock().today());
    const auto it = std::find_if(m_all.begin(), m_all.end(), [&](const ClientSummary &row) { return row.id == clientId; });
    // A new, renamed or deleted client changes the order or the rows: rebuild the
    // view of the list (cheap), keeping the loaded rows.
    beginResetModel();
    if (it != m_all.end()) {
        if (fresh)
            *it = *fresh;
        else
            m_all.erase(it);
    } else if (fresh) {
        m_all.append(*fresh);
    }
    sortAll();
    applyFilter();
    endResetModel();
}

void ClientListModel::setFilter(const ClientFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

bool ClientListModel::accepts(const ClientSummary &row, const QStringList &words) const
{
    using State = ClientFilter::CooperationState;
    if (!m_filter.localityId.isNull() && row.localityId != m_filter.localityId)
        return false;
    if (!m_filter.workerId.isNull() && row.workerId != m_filter.workerId)
        return false;
    if (m_filter.overdueOnly && !row.overdue)
        return false;
    switch (m_filter.cooperation) {
    case State::Active:
        if (row.cooperation != ClientSummary::Cooperation::Active)
            return false;
        break;
    case State::Ended:
        if (row.cooperation != ClientSummary::Cooperation::Ended)
            return false;
        break;
    case State::None:
        if (row.cooperation != ClientSummary::Cooperation::None)
            return false;
        break;
    case State::Any:
        break;
    }
    return TextSearch::matches(row.searchKey, words);
}

void ClientListModel::applyFilter()
{
    const QStringList words = TextSearch::words(m_filter.text);
    m_visible.clear();
    m_visible.reserve(m_all.size());
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        if (accepts(m_all.at(i), words))
            m_visible.append(i);
    }
}

QModelIndex ClientListModel::indexOf(const QUuid &clientId) const
{
    for (qsizetype row = 0; row < m_visible.size(); ++row) {
        if (m_all.at(m_visible.at(row)).id == clientId)
            return index(static_cast<int>(row), 0);
    }
    return {};
}

bool ClientListModel::contains(const QUuid &clientId) const
{
    return std::any_of(m_all.cbegin(), m_all.cend(), [&](const ClientSummary &row) { return row.id == clientId; });
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ClientSummary &row = m_all.at(m_visible.at(index.row()));
    switch (role) {
    case IdRole:
        return row.id;
    case OverdueRole:
        return row.overdue;
    case ConsentInForceRole:
        return row.consentInForce;
    case Qt::ForegroundRole:
        if (index.column() == ConsentInForce)
            return row.consentInForce ? QVariant() : QVariant(QBrush(QColor(0xb0, 0x1c, 0x1c)));
        return row.overdue && index.column() == Name ? QVariant(QBrush(QColor(0xb0, 0x1c, 0x1c))) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == ConsentInForce)
            return row.consentInForce ? QVariant()
                                      : QVariant(tr("The client has not given the consent to the processing of "
                                                    "their data, or has withdrawn it"));
        return row.overdue ? tr("Has overdue steps or goals") : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        if (row.familyName.isEmpty() && row.givenName.isEmpty())
            return row.alias;
        return QString(row.familyName + QStringLiteral(", ") + row.givenName);
    case BirthYear:
        return row.birthYear ? QVariant(*row.birthYear) : QVariant();
    case Locality:
        return row.locality;
    case OpenNeeds:
        return row.openNeeds;
    case ConsentInForce:
        return row.consentInForce ? QString() : tr("none", "consent in force, client list");
    default:
        return {};
    }
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == OpenNeeds)
        return tr("Open needs");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case BirthYear:
        return tr("Born");
    case Locality:
        return tr("Locality");
    case OpenNeeds:
        return tr("Needs", "open needs, column header");
    case ConsentInForce:
        return tr("Consent", "consent in force, column header");
    default:
        return {};
    }
}

void ClientListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace teren
