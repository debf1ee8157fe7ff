#pragma once

#include "Store.h"
#include "domain/Entities.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace teren {

// Yearly targets of the regional report (docs/report.md, "Targets"): an indicator of
// TargetIndicators, a year, an optional scope (a locality or a provider, never
// both) and a value. At most one live target per indicator, year and scope. Writes
// go through the change recorder like every other row, so targets sync.
class TargetRepository
{
    Q_DECLARE_TR_FUNCTIONS(TargetRepository)

public:
    explicit TargetRepository(Store &store) : m_store(store) {}

    Target add(Target target);
    bool update(const Target &target);
    void remove(const QUuid &id);
    std::optional<Target> find(const QUuid &id);
    // The live target of this indicator, year and scope (null ids: region-wide).
    std::optional<Target> find(const QString &indicator, int year, const QUuid &localityId,
                               const QUuid &providerId);
    // Live targets by year, then indicator in TargetIndicators order, region-wide first.
    QList<Target> all();

    void validate(const Target &target);

private:
    Store &m_store;
};

} // namespace teren
