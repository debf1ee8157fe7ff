#pragma once

#include "Repositories.h"

#include <QDate>

#include <functional>

namespace teren {

// The rows of the client list (ClientSummary), read as the list needs them: all at
// once, one client after an edit, a first page to show at once, or one row at a time
// by a reader on another thread that may be told to stop.
class ClientSummaries
{
public:
    // `today` decides what is overdue.
    ClientSummaries(Store &store, const QDate &today)
        : m_store(store)
        , m_today(today)
    {
    }

    // Live clients in name order.
    QList<ClientSummary> all();
    std::optional<ClientSummary> one(const QUuid &clientId);
    // The first `count` clients by the names' binary order in the file (the order an
    // ORDER BY gives; the list's own order is the Czech collation's).
    QList<ClientSummary> first(int count);
    // Every client in name order, one at a time, until `each` returns false.
    void each(const std::function<bool(ClientSummary &&)> &each);

private:
    void read(const QString &where, const QVariantList &bindings, const std::function<bool(ClientSummary &&)> &each,
              int limit = 0);
    QList<ClientSummary> collect(const QString &where, const QVariantList &bindings, int limit = 0);

    Store &m_store;
    QDate m_today;
};

} // namespace teren
