#include "ClientListRows.h"

#include "ClientListModel.h"

#include <QLocale>

#include <algorithm>
#include <tuple>
#include <utility>

namespace teren {

namespace {

// Ranks are this far apart when numbered, so that many rows edited one after another
// find a rank between two neighbours before the list is numbered again.
constexpr quint64 rankGap = quint64(1) << 20;

int byName(const ClientListRow &a, const ClientListRow &b)
{
    if (const int family = a.familyKey.compare(b.familyKey); family != 0)
        return family;
    if (const int given = a.givenKey.compare(b.givenKey); given != 0)
        return given;
    return a.summary.id < b.summary.id ? -1 : (b.summary.id < a.summary.id ? 1 : 0);
}

// Numbers the ranks again in their present order, without moving a row.
void renumber(ClientListRows &rows)
{
    std::vector<std::size_t> byRank(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        byRank[i] = i;
    std::sort(byRank.begin(), byRank.end(),
              [&rows](std::size_t a, std::size_t b) { return rows[a].nameRank < rows[b].nameRank; });
    for (std::size_t k = 0; k < byRank.size(); ++k)
        rows[byRank[k]].nameRank = (k + 1) * rankGap;
}

// A row's place in a sort, in integers compared in this order.
struct SortKey
{
    bool unknown = false;
    qint64 value = 0;
    quint64 rank = 0;
    std::size_t index = 0;

    bool operator<(const SortKey &other) const
    {
        if (unknown != other.unknown)
            return other.unknown;
        if (value != other.value)
            return value < other.value;
        return rank < other.rank;
    }
};

// The places of the rows' localities in the collation's order (equal keys, equal
// place), by the localities' ids: hashing an id reads no string.
QHash<QUuid, qint64> localityPlaces(const ClientListRows &rows)
{
    QHash<QUuid, std::size_t> firstRow;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!firstRow.contains(rows[i].summary.localityId))
            firstRow.insert(rows[i].summary.localityId, i);
    }
    std::vector<std::size_t> distinct;
    distinct.reserve(static_cast<std::size_t>(firstRow.size()));
    for (auto it = firstRow.cbegin(); it != firstRow.cend(); ++it)
        distinct.push_back(it.value());
    std::sort(distinct.begin(), distinct.end(), [&rows](std::size_t a, std::size_t b) {
        return rows[a].localityKey.compare(rows[b].localityKey) < 0;
    });
    QHash<QUuid, qint64> places;
    qint64 place = 0;
    for (std::size_t k = 0; k < distinct.size(); ++k) {
        if (k > 0 && rows[distinct[k - 1]].localityKey.compare(rows[distinct[k]].localityKey) != 0)
            ++place;
        places.insert(rows[distinct[k]].summary.localityId, place);
    }
    return places;
}

} // namespace

bool ClientListOrder::before(const ClientListRow &a, const ClientListRow &b) const
{
    const ClientSummary &x = a.summary;
    const ClientSummary &y = b.summary;
    const bool descending = m_order == Qt::DescendingOrder;
    // Negative, zero or positive as a comes before, with or after b in ascending order;
    // rows without a value go last in either order.
    bool xUnknown = false;
    bool yUnknown = false;
    int order = 0;
    switch (m_column) {
    case ClientListModel::BirthYear:
        xUnknown = !x.birthYear;
        yUnknown = !y.birthYear;
        order = x.birthYear && y.birthYear ? *x.birthYear - *y.birthYear : 0;
        break;
    case ClientListModel::Locality:
        xUnknown = x.locality.isEmpty();
        yUnknown = y.locality.isEmpty();
        order = a.localityKey.compare(b.localityKey);
        break;
    case ClientListModel::OpenNeeds:
        order = x.openNeeds - y.openNeeds;
        break;
    case ClientListModel::ConsentInForce:
        order = int(x.consentInForce) - int(y.consentInForce);
        break;
    default:
        return descending ? a.nameRank > b.nameRank : a.nameRank < b.nameRank;
    }
    if (xUnknown != yUnknown)
        return yUnknown;
    if (xUnknown)
        order = 0;
    if (order != 0)
        return descending ? order > 0 : order < 0;
    return a.nameRank < b.nameRank;
}

void ClientListOrder::sort(ClientListRows &rows) const
{
    const bool descending = m_order == Qt::DescendingOrder;
    const QHash<QUuid, qint64> places = m_column == ClientListModel::Locality ? localityPlaces(rows)
                                                                               : QHash<QUuid, qint64>();
    std::vector<SortKey> keys(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ClientSummary &row = rows[i].summary;
        SortKey &key = keys[i];
        key.index = i;
        key.rank = rows[i].nameRank;
        switch (m_column) {
        case ClientListModel::BirthYear:
            key.unknown = !row.birthYear;
            key.value = row.birthYear ? *row.birthYear : 0;
            break;
        case ClientListModel::Locality:
            key.unknown = row.locality.isEmpty();
            key.value = key.unknown ? 0 : places.value(row.localityId);
            break;
        case ClientListModel::OpenNeeds:
            key.value = row.openNeeds;
            break;
        case ClientListModel::ConsentInForce:
            key.value = row.consentInForce ? 1 : 0;
            break;
        default:
            if (descending)
                key.rank = ~key.rank;
            break;
        }
        if (descending && m_column != ClientListModel::Name)
            key.value = -key.value;
    }
    std::sort(keys.begin(), keys.end());
    // The rows moved in place along the permutation's cycles: no second list of
    // 100,000 rows to allocate and fill.
    for (std::size_t start = 0; start < keys.size(); ++start) {
        if (keys[start].index == start)
            continue;
        ClientListRow held = std::move(rows[start]);
        std::size_t at = start;
        while (keys[at].index != start) {
            const std::size_t from = keys[at].index;
            rows[at] = std::move(rows[from]);
            keys[at].index = at;
            at = from;
        }
        rows[at] = std::move(held);
        keys[at].index = at;
    }
}

void ClientListOrder::rankByName(ClientListRows &rows)
{
    std::sort(rows.begin(), rows.end(),
              [](const ClientListRow &a, const ClientListRow &b) { return byName(a, b) < 0; });
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i].nameRank = (i + 1) * rankGap;
}

void ClientListOrder::rankAmong(ClientListRow &row, ClientListRows &rows) const
{
    // The rows just before and just after `row` by name, or -1.
    qsizetype lower = -1;
    qsizetype upper = -1;
    if (m_column == ClientListModel::Name) {
        // Sorted by name already, one way or the other: a bisection finds them.
        const bool descending = m_order == Qt::DescendingOrder;
        const auto place = std::partition_point(rows.cbegin(), rows.cend(), [&](const ClientListRow &each) {
            return descending ? byName(each, row) > 0 : byName(each, row) < 0;
        });
        const qsizetype at = place - rows.cbegin();
        const qsizetype previous = at > 0 ? at - 1 : -1;
        const qsizetype next = at < static_cast<qsizetype>(rows.size()) ? at : -1;
        lower = descending ? next : previous;
        upper = descending ? previous : next;
    } else {
        // Any order: one look at every row, each compared once.
        for (qsizetype i = 0; i < static_cast<qsizetype>(rows.size()); ++i) {
            const int order = byName(rows[i], row);
            if (order < 0 && (lower < 0 || rows[i].nameRank > rows[lower].nameRank))
                lower = i;
            else if (order > 0 && (upper < 0 || rows[i].nameRank < rows[upper].nameRank))
                upper = i;
        }
    }
    const auto between = [&]() -> std::pair<quint64, quint64> {
        const quint64 low = lower >= 0 ? rows[lower].nameRank : 0;
        return {low, upper >= 0 ? rows[upper].nameRank : low + 2 * rankGap};
    };
    auto [low, high] = between();
    if (high - low < 2) {
        renumber(rows);
        std::tie(low, high) = between();
    }
    row.nameRank = low + (high - low) / 2;
}

ClientListRowMaker::ClientListRowMaker()
    : m_collator(QLocale(QLocale::Czech, QLocale::Czechia))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

ClientListRow ClientListRowMaker::make(ClientSummary summary)
{
    QCollatorSortKey family = m_collator.sortKey(summary.familyName);
    QCollatorSortKey given = m_collator.sortKey(summary.givenName);
    auto known = m_localityKeys.constFind(summary.locality);
    if (known == m_localityKeys.cend())
        known = m_localityKeys.emplace(summary.locality, m_collator.sortKey(summary.locality));
    QCollatorSortKey locality = known.value();
    QByteArray searchBytes = summary.searchKey.toUtf8();
    summary.searchKey.clear(); // held once, as bytes
    return ClientListRow{std::move(summary), std::move(family), std::move(given), std::move(locality),
                         std::move(searchBytes)};
}

} // namespace teren
