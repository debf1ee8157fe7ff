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
    std::stable_sort(m_all.begin(), m_all.end(), [&](const ClientSummary &a, const ClientSummary &b) {
        if (const int family = collator.compare(a.familyName, b.familyName); family != 0)
            return family < 0;
        return collator.compare(a.givenName, b.givenName) < 0;
    });
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
    case Qt::ForegroundRole:
        return row.overdue && index.column() == Name ? QVariant(QBrush(QColor(0xb0, 0x1c, 0x1c))) : QVariant();
    case Qt::ToolTipRole:
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
    default:
        return {};
    }
}

void ClientListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace teren
