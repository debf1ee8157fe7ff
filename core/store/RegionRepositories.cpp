#include "RegionRepositories.h"

#include "RepositoryInternals.h"
#include "Rules.h"
#include "domain/Codes.h"
#include "domain/Values.h"
#include "i18n/Dates.h"

namespace teren {

// ---------------------------------------------------------------- providers

void ProviderRepository::validate(const Provider &provider)
{
    Rules::requireText(provider.name, QStringLiteral("name"), tr("The provider's name"));
    Rules::requireExists(EntityTable<Region>::exists(m_store.database(), provider.regionId),
                         QStringLiteral("region_id"), tr("region"));
    if (!provider.ico.isEmpty() && !Codes::isValidIco(provider.ico))
        throw ValidationError(tr("\"%1\" is not a valid IČO: it has eight digits, the last one a checksum of the "
                                 "others.")
                                  .arg(provider.ico),
                              QStringLiteral("ico"));
    for (const QString &service : provider.services)
        Rules::requireCode(Codes::providerServices().contains(service), service, QStringLiteral("services"),
                           tr("social service"));
}

Provider ProviderRepository::add(Provider provider)
{
    validate(provider);
    return insertChecked(m_store, std::move(provider));
}

bool ProviderRepository::update(const Provider &provider)
{
    const std::optional<Provider> before = find(provider.id);
    Rules::requireExists(before.has_value(), QStringLiteral("id"), tr("provider"));
    validate(provider);
    Transaction transaction(m_store.database());
    const bool changed = EntityTable<Provider>::update(m_store.recorder(), *before, provider);
    transaction.commit();
    return changed;
}

std::optional<Provider> ProviderRepository::find(const QUuid &id)
{
    return EntityTable<Provider>::find(m_store.database(), id);
}

QList<Provider> ProviderRepository::all()
{
    return EntityTable<Provider>::select(m_store.database(), QStringLiteral("1 ORDER BY name"));
}

QList<QUuid> ProviderRepository::named(const QString &name)
{
    QList<QUuid> ids;
    for (const Provider &provider :
         EntityTable<Provider>::select(m_store.database(), QStringLiteral("name = ?"), {name}))
        ids.append(provider.id);
    return ids;
}

// ---------------------------------------------------------------- workers

void WorkerRepository::validate(const Worker &worker)
{
    Rules::requireText(worker.name, QStringLiteral("name"), tr("The worker's name"));
    if (!worker.providerId.isNull())
        Rules::requireExists(EntityTable<Provider>::exists(m_store.database(), worker.providerId),
                             QStringLiteral("provider_id"), tr("provider"));
    Rules::requireCode(Codes::workerRoles().contains(worker.role), worker.role, QStringLiteral("role"),
                       tr("role (field or coordinator)"));
    if (worker.activeFrom.isValid() && worker.activeTo.isValid() && worker.activeTo < worker.activeFrom)
        throw ValidationError(tr("A worker cannot leave (%1) before starting (%2).")
                                  .arg(Dates::shortDate(worker.activeTo), Dates::shortDate(worker.activeFrom)),
                              QStringLiteral("active_to"));
    const QList<Worker> sameName = EntityTable<Worker>::select(
        m_store.database(), QStringLiteral("lower(name) = lower(?) AND provider_id IS ? AND id IS NOT ?"),
        {worker.name.trimmed(), db::id(worker.providerId), db::id(worker.id)});
    if (!sameName.isEmpty())
        throw ValidationError(tr("The provider already has a worker called \"%1\"; tell them apart, e.g. with a "
                                 "middle initial.")
                                  .arg(worker.name.trimmed()),
                              QStringLiteral("name"));
}

Worker WorkerRepository::add(Worker worker)
{
    validate(worker);
    return insertChecked(m_store, std::move(worker));
}

bool WorkerRepository::update(const Worker &worker)
{
    const std::optional<Worker> before = find(worker.id);
    Rules::requireExists(before.has_value(), QStringLiteral("id"), tr("worker"));
    validate(worker);
    Transaction transaction(m_store.database());
    const bool changed = EntityTable<Worker>::update(m_store.recorder(), *before, worker);
    transaction.commit();
    return changed;
}

void WorkerRepository::retire(const QUuid &id, const QDate &lastDay)
{
    std::optional<Worker> worker = find(id);
    Rules::requireExists(worker.has_value(), QStringLiteral("id"), tr("worker"));
    Rules::requireDate(lastDay, QStringLiteral("active_to"), tr("The last working day"));
    if (const int clients = clientCount(id); clients > 0)
        throw ValidationError(tr("%1 still has %n client(s); hand them over to another worker first.", nullptr,
                                 clients)
                                  .arg(worker->name),
                              QStringLiteral("active_to"));
    worker->activeTo = lastDay;
    update(*worker);
}

std::optional<Worker> WorkerRepository::find(const QUuid &id)
{
    return EntityTable<Worker>::find(m_store.database(), id);
}

QList<Worker> WorkerRepository::all()
{
    return EntityTable<Worker>::select(m_store.database(), QStringLiteral("1 ORDER BY name"));
}

QList<Worker> WorkerRepository::active(const QDate &day)
{
    QList<Worker> result;
    for (const Worker &worker : all()) {
        if (worker.isActiveOn(day))
            result.append(worker);
    }
    return result;
}

QList<QUuid> WorkerRepository::named(const QString &name)
{
    QList<QUuid> ids;
    for (const Worker &worker : EntityTable<Worker>::select(m_store.database(), QStringLiteral("name = ?"), {name}))
        ids.append(worker.id);
    return ids;
}

QList<QUuid> WorkerRepository::matching(const QString &idOrName)
{
    const QUuid id = QUuid::fromString(idOrName);
    QList<QUuid> ids;
    for (const Worker &worker :
         EntityTable<Worker>::select(m_store.database(), QStringLiteral("(id = ? OR lower(name) = lower(?))"),
                                     {id.isNull() ? QVariant(QByteArray()) : QVariant(id.toRfc4122()),
                                      idOrName.trimmed()}))
        ids.append(worker.id);
    return ids;
}

int WorkerRepository::clientCount(const QUuid &id)
{
    return m_store.database()
        .scalar(QStringLiteral("SELECT count(*) FROM client WHERE worker_id = ? AND deleted = 0 "
                               "AND merged_into IS NULL"),
                {db::id(id)})
        .toInt();
}

// ---------------------------------------------------------------- localities

void LocalityRepository::validate(const Locality &locality)
{
    Rules::requireText(locality.code, QStringLiteral("code"), tr("The locality's code"));
    Rules::requireText(locality.name, QStringLiteral("name"), tr("The locality's name"));
    Rules::requireText(locality.municipality, QStringLiteral("municipality"), tr("The municipality"));
    Rules::requireExists(EntityTable<Region>::exists(m_store.database(), locality.regionId),
                         QStringLiteral("region_id"), tr("region"));
    if (!locality.kind.isEmpty())
        Rules::requireCode(Codes::localityKinds().contains(locality.kind), locality.kind, QStringLiteral("kind"),
                           tr("kind of locality"));
    if (locality.residents && *locality.residents < 0)
        throw ValidationError(tr("The number of residents cannot be negative."), QStringLiteral("residents"));
    if (const std::optional<Locality> other = byCode(locality.code); other && other->id != locality.id)
        throw ValidationError(tr("A locality with the code \"%1\" already exists.").arg(locality.code),
                              QStringLiteral("code"));
}

Locality LocalityRepository::add(Locality locality)
{
    validate(locality);
    return insertChecked(m_store, std::move(locality));
}

bool LocalityRepository::update(const Locality &locality)
{
    const std::optional<Locality> before = find(locality.id);
    Rules::requireExists(before.has_value(), QStringLiteral("id"), tr("locality"));
    validate(locality);
    if (before->code != locality.code
        && m_store.database()
               .scalar(QStringLiteral("SELECT 1 FROM client WHERE locality_id = ? LIMIT 1"), {db::id(locality.id)})
               .isValid())
        throw ValidationError(tr("The locality \"%1\" has clients: its code stays as it is, as spreadsheets and "
                                 "reports know it by it.")
                                  .arg(before->code),
                              QStringLiteral("code"));
    Transaction transaction(m_store.database());
    const bool changed = EntityTable<Locality>::update(m_store.recorder(), *before, locality);
    transaction.commit();
    return changed;
}

std::optional<Locality> LocalityRepository::find(const QUuid &id)
{
    return EntityTable<Locality>::find(m_store.database(), id);
}

std::optional<Locality> LocalityRepository::byCode(const QString &code)
{
    QList<Locality> rows = EntityTable<Locality>::select(m_store.database(), QStringLiteral("code = ?"), {code});
    return rows.isEmpty() ? std::nullopt : std::optional<Locality>(rows.first());
}

QList<Locality> LocalityRepository::all()
{
    return EntityTable<Locality>::select(m_store.database(), QStringLiteral("1 ORDER BY name, code"));
}

} // namespace teren
