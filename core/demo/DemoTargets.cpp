#include "DemoTargets.h"

#include "domain/Entities.h"
#include "store/TargetRepository.h"

#include <algorithm>
#include <cmath>

namespace teren {

namespace {

struct TargetSeed
{
    const char *indicator;
    double previousYear; // per 1,300 clients (rates as they are)
    double lastYear;     // the demo's last year ends with the demo, before 31 December
};

// What a 1,300-client demo yields: in the previous year about 1,020 persons,
// 1,700 needs identified of which 510 resolved by 31 December (a need takes months
// to resolve, so a year's rate is well below the 57 % of the whole project), 21
// found a job, 76 housed, 28 debt plans, 7 cleared debts, 6 enrolled in school.
const TargetSeed regionTargets[] = {
    {"persons_supported", 1000, 1150},  {"needs_identified", 1650, 1200}, {"needs_resolved", 550, 600},
    {"resolved_rate", 0.35, 0.55},      {"clients_employed", 30, 35},     {"clients_housed", 70, 80},
    {"clients_debt_plan", 25, 30},      {"clients_debt_free", 8, 10},     {"clients_in_school", 6, 10},
};

// Shares of the region's persons by provider (their districts' clients).
const double providerShares[] = {0.27, 0.42, 0.32};

} // namespace

int writeDemoTargets(Store &store, int clients, const QDate &endDate, const QList<QUuid> &providers)
{
    TargetRepository targets(store);
    const double scale = clients / 1300.0;
    const auto count = [&](double perDemo) { return std::max(1.0, std::round(perDemo * scale)); };
    const int years[] = {endDate.year() - 1, endDate.year()};
    int written = 0;
    for (int y = 0; y < 2; ++y) {
        for (const TargetSeed &seed : regionTargets) {
            const QString indicator = QString::fromLatin1(seed.indicator);
            const double perDemo = y == 0 ? seed.previousYear : seed.lastYear;
            const double value = indicator == u"resolved_rate" ? perDemo : count(perDemo);
            targets.add(Target{QUuid(), indicator, years[y], QUuid(), QUuid(), value});
            ++written;
        }
        const double persons = y == 0 ? regionTargets[0].previousYear : regionTargets[0].lastYear;
        for (qsizetype p = 0; p < providers.size() && p < qsizetype(std::size(providerShares)); ++p) {
            targets.add(Target{QUuid(), QStringLiteral("persons_supported"), years[y], QUuid(), providers.at(p),
                               count(persons * providerShares[p])});
            ++written;
        }
    }
    return written;
}

} // namespace teren
