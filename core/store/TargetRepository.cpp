#include "TargetRepository.h"

#include "RepositoryInternals.h"
#include "Rules.h"
#include "changes/EntityTable.h"
#include "domain/TargetIndicators.h"

#include <algorithm>
#include <cmath>

namespace teren {

void TargetRepository::validate(const Target &target)
{
    const TargetIndicator *indicator = TargetIndicators::find(target.indicator);
    Rules::requireCode(indicator != nullptr, target.indicator, QStringLiteral("indicator"), tr("indicator"));
    if (target.year < 2000 || target.year > 2100)
        throw ValidationError(tr("The year %1 is out of range.").arg(target.year), QStringLiteral("year"));
    if (!target.localityId.isNull() && !target.providerId.isNull())
        throw ValidationError(tr("A target applies to a locality or to a provider, not both."),
                              QStringLiteral("provider_id"));
    Database &db = m_store.database();
    if (!target.localityId.isNull())
        Rules::requireExists(EntityTable<Locality>::exists(db, target.localityId), QStringLiteral("locality_id"),
                             tr("locality"));
    if (!target.providerId.isNull())
        Rules::requireExists(EntityTable<Provider>::exists(db, target.providerId), QStringLiteral("provider_id"),
                             tr("provider"));
    if (!std::isfinite(target.value) || target.value < 0)
        throw ValidationError(tr("A target must be zero or more."), QStringLiteral("value"));
    if (indicator->rate && target.value > 1)
        throw ValidationError(tr("A share is a fraction from 0 to 1 (0.6 for 60 %), not %1.").arg(target.value),
                              QStringLiteral("value"));
    if (!indicator->rate && target.value != std::floor(target.value))
        throw ValidationError(tr("A target for a count must be a whole number, not %1.").arg(target.value),
                              QStringLiteral("value"));
    const std::optional<Target> same = find(target.indicator, target.year, target.localityId, target.providerId);
    if (same && same->id != target.id)
        throw ValidationError(tr("There already is a target for \"%1\" in %2 with this scope.")
                                  .arg(TargetIndicators::label(target.indicator))
                                  .arg(target.year),
                              QStringLiteral("indicator"));
}

Target TargetRepository::add(Target target)
{
    validate(target);
    return insertChecked(m_store, std::move(target));
}

bool TargetRepository::update(const Target &target)
{
    const std::optional<Target> before = find(target.id);
    Rules::requireExists(before.has_value(), QStringLiteral("id"), tr("target"));
    validate(target);
    Transaction transaction(m_store.database());
    const bool changed = EntityTable<Target>::update(m_store.recorder(), *before, target);
    transaction.commit();
    return changed;
}

void TargetRepository::remove(const QUuid &id)
{
    Rules::requireExists(find(id).has_value(), QStringLiteral("id"), tr("target"));
    Transaction transaction(m_store.database());
    EntityTable<Target>::remove(m_store.recorder(), id);
    transaction.commit();
}

std::optional<Target> TargetRepository::find(const QUuid &id)
{
    return EntityTable<Target>::find(m_store.database(), id);
}

std::optional<Target> TargetRepository::find(const QString &indicator, int year, const QUuid &localityId,
                                             const QUuid &providerId)
{
    const QList<Target> rows = EntityTable<Target>::select(
        m_store.database(), QStringLiteral("indicator = ? AND year = ? AND locality_id IS ? AND provider_id IS ?"),
        {indicator, year, db::id(localityId), db::id(providerId)});
    return rows.isEmpty() ? std::nullopt : std::optional<Target>(rows.first());
}

QList<Target> TargetRepository::all()
{
    QList<Target> rows = EntityTable<Target>::select(m_store.database(), QStringLiteral("1"));
    const QStringList order = TargetIndicators::codes();
    std::sort(rows.begin(), rows.end(), [&](const Target &a, const Target &b) {
        const auto key = [&](const Target &t) {
            const qsizetype rank = order.indexOf(t.indicator);
            return std::make_tuple(t.year, rank < 0 ? order.size() : rank, t.indicator, !t.localityId.isNull(),
                                   !t.providerId.isNull(), t.localityId.toRfc4122(), t.providerId.toRfc4122());
        };
        return key(a) < key(b);
    });
    return rows;
}

} // namespace teren
