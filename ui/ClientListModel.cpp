#include "ClientListModel.h"

#include "domain/TextSearch.h"
#include "store/ClientSummaries.h"
#include "store/Store.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>
#include <string_view>

namespace teren {

void ClientListModel::reload(Store *store)
{
    ClientListRows rows;
    if (store) {
        const QList<ClientSummary> summaries = ClientSummaries(*store, store->clock().today()).all();
        rows.reserve(summaries.size());
        for (const ClientSummary &summary : summaries)
            rows.push_back(m_rowMaker.make(summary));
    }
    setRows(std::move(rows));
}

void ClientListModel::setRows(ClientListRows rows, bool byName)
{
    beginResetModel();
    m_all = std::move(rows);
    // Rows read in the background come sorted and ranked by name, the order a list
    // starts in: 100,000 rows' names are not compared again on the GUI thread.
    if (!byName)
        ClientListOrder::rankByName(m_all);
    if (m_order.column() != Name || m_order.order() != Qt::AscendingOrder)
        m_order.sort(m_all);
    applyFilter();
    endResetModel();
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
    m_order = ClientListOrder(column, order);
    m_order.sort(m_all);
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
    refreshClient(clientId, ClientSummaries(store, store.clock().today()).one(clientId));
}

void ClientListModel::refreshClient(QUuid clientId, std::optional<ClientSummary> fresh)
{
    // One row leaves its place and takes its new one; the other rows, and the rows
    // the view holds on to (the current one, the selection), stay as they were.
    if (const qsizetype position = positionOf(clientId); position >= 0)
        takeOut(position);
    if (fresh)
        putIn(m_rowMaker.make(std::move(*fresh)));
}

qsizetype ClientListModel::positionOf(const QUuid &clientId) const
{
    const auto it = std::find_if(m_all.cbegin(), m_all.cend(),
                                 [&](const ClientListRow &row) { return row.summary.id == clientId; });
    return it == m_all.cend() ? -1 : it - m_all.cbegin();
}

qsizetype ClientListModel::visibleRowOf(qsizetype position) const
{
    const auto it = std::lower_bound(m_visible.cbegin(), m_visible.cend(), position);
    return it != m_visible.cend() && *it == position ? it - m_visible.cbegin() : -1;
}

void ClientListModel::takeOut(qsizetype position)
{
    const qsizetype row = visibleRowOf(position);
    if (row >= 0)
        beginRemoveRows({}, static_cast<int>(row), static_cast<int>(row));
    if (row >= 0)
        m_visible.remove(row);
    for (qsizetype &shown : m_visible) {
        if (shown > position)
            --shown;
    }
    m_all.erase(m_all.begin() + position);
    if (row >= 0)
        endRemoveRows();
}

void ClientListModel::putIn(ClientListRow row)
{
    m_order.rankAmong(row, m_all);
    const auto place = std::upper_bound(m_all.cbegin(), m_all.cend(), row,
                                        [this](const ClientListRow &a, const ClientListRow &b) {
                                            return m_order.before(a, b);
                                        });
    const qsizetype position = place - m_all.cbegin();
    const bool shown = accepts(row);
    const qsizetype visibleRow = std::lower_bound(m_visible.cbegin(), m_visible.cend(), position) - m_visible.cbegin();
    if (shown)
        beginInsertRows({}, static_cast<int>(visibleRow), static_cast<int>(visibleRow));
    for (qsizetype &each : m_visible) {
        if (each >= position)
            ++each;
    }
    m_all.insert(m_all.begin() + position, std::move(row));
    if (shown) {
        m_visible.insert(visibleRow, position);
        endInsertRows();
    }
}

void ClientListModel::setFilter(const ClientFilter &filter)
{
    // A letter typed at the end of the search only narrows it: each word is the same
    // or longer, or a word is added, so only the rows shown need a look.
    const QString folded = TextSearch::fold(filter.text);
    const bool narrower = filter.localityId == m_filter.localityId && filter.workerId == m_filter.workerId
        && filter.cooperation == m_filter.cooperation && filter.overdueOnly == m_filter.overdueOnly
        && folded.startsWith(m_foldedText);
    beginResetModel();
    m_filter = filter;
    m_foldedText = folded;
    if (narrower)
        narrowFilter();
    else
        applyFilter();
    endResetModel();
}

bool ClientListModel::accepts(const ClientListRow &listed) const
{
    const ClientSummary &row = listed.summary;
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
    // TextSearch::matches on the folded names' bytes: the search's inner loop.
    const std::string_view key(listed.searchBytes.constData(), static_cast<std::size_t>(listed.searchBytes.size()));
    return std::all_of(m_words.cbegin(), m_words.cend(), [&key](const QByteArray &word) {
        return key.find(std::string_view(word.constData(), static_cast<std::size_t>(word.size()))) != std::string_view::npos;
    });
}

void ClientListModel::applyFilter()
{
    m_words.clear();
    for (const QString &word : TextSearch::words(m_filter.text))
        m_words.append(word.toUtf8());
    m_visible.clear();
    m_visible.reserve(static_cast<qsizetype>(m_all.size()));
    for (qsizetype i = 0; i < static_cast<qsizetype>(m_all.size()); ++i) {
        if (accepts(m_all[i]))
            m_visible.append(i);
    }
}

void ClientListModel::narrowFilter()
{
    m_words.clear();
    for (const QString &word : TextSearch::words(m_filter.text))
        m_words.append(word.toUtf8());
    m_visible.removeIf([this](qsizetype position) { return !accepts(m_all[position]); });
}

QModelIndex ClientListModel::indexOf(const QUuid &clientId) const
{
    for (qsizetype row = 0; row < m_visible.size(); ++row) {
        if (m_all[m_visible.at(row)].summary.id == clientId)
            return index(static_cast<int>(row), 0);
    }
    return {};
}

bool ClientListModel::contains(const QUuid &clientId) const
{
    return positionOf(clientId) >= 0;
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
    const ClientSummary &row = m_all[m_visible.at(index.row())].summary;
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
