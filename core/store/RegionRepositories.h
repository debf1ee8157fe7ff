#pragma once

#include "Store.h"
#include "domain/Entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUuid>

#include <optional>

namespace teren {

// The organisations delivering the services. Each edit is a stamped, synced change
// (the coordinator's: field laptops may not change them).
class ProviderRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProviderRepository)

public:
    explicit ProviderRepository(Store &store) : m_store(store) {}

    Provider add(Provider provider);
    bool update(const Provider &provider);
    std::optional<Provider> find(const QUuid &id);
    QList<Provider> all();
    // Live providers with exactly this name.
    QList<QUuid> named(const QString &name);

    // Name required, IČO eight digits with a valid checksum (or none), services from
    // Codes::providerServices.
    void validate(const Provider &provider);

private:
    Store &m_store;
};

// The people doing the work. A worker who leaves is retired (an end date), never
// deleted: old records keep naming them. Their clients are handed over first.
class WorkerRepository
{
    Q_DECLARE_TR_FUNCTIONS(WorkerRepository)

public:
    explicit WorkerRepository(Store &store) : m_store(store) {}

    Worker add(Worker worker);
    bool update(const Worker &worker);
    // Sets the last active day; refused while clients are still assigned to the worker.
    void retire(const QUuid &id, const QDate &lastDay);
    std::optional<Worker> find(const QUuid &id);
    QList<Worker> all();
    // Active on `day` (started, not retired).
    QList<Worker> active(const QDate &day);
    // Live workers with exactly this name.
    QList<QUuid> named(const QString &name);
    // Live workers with this id, or this name ignoring case.
    QList<QUuid> matching(const QString &idOrName);
    // The clients assigned to the worker (not merged into another record).
    int clientCount(const QUuid &id);

    // Name required and unique within the provider, provider known, role from
    // Codes::workerRoles, active dates in order.
    void validate(const Worker &worker);

private:
    Store &m_store;
};

// Where the work happens. The code is the locality's key in spreadsheets and
// reports: unique, and not changed once used.
class LocalityRepository
{
    Q_DECLARE_TR_FUNCTIONS(LocalityRepository)

public:
    explicit LocalityRepository(Store &store) : m_store(store) {}

    Locality add(Locality locality);
    bool update(const Locality &locality);
    std::optional<Locality> find(const QUuid &id);
    std::optional<Locality> byCode(const QString &code);
    QList<Locality> all();

    void validate(const Locality &locality);

private:
    Store &m_store;
};

} // namespace teren
