#include "ClientListRows.h"

#include "ClientListModel.h"

#include <QLocale>

#include <algorithm>

namespace teren {

namespace {

int byName(const ClientListRow &a, const ClientListRow &b)
{
    if (const int family = a.familyKey.compare(b.familyKey); family != 0)
        return family;
    return a.givenKey.compare(b.givenKey);
}

} // namespace

bool ClientListOrder::before(const ClientListRow &a, const ClientListRow &b) const
{
    const ClientSummary &x = a.summary;
    const ClientSummary &y = b.summary;
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
        order = byName(a, b);
        break;
    }
    if (xUnknown != yUnknown)
        return yUnknown;
    if (xUnknown)
        order = 0;
    if (order != 0)
        return m_order == Qt::DescendingOrder ? order > 0 : order < 0;
    if (m_column != ClientListModel::Name) {
        if (const int names = byName(a, b); names != 0)
            return names < 0;
    }
    return x.id < y.id;
}

void ClientListOrder::sort(ClientListRows &rows) const
{
    std::sort(rows.begin(), rows.end(), [this](const ClientListRow &a, const ClientListRow &b) { return before(a, b); });
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
