#include "ClockSkew.h"

#include "Peers.h"

#include "store/Repositories.h"
#include "store/Store.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace teren {

int ClockSkew::days() const
{
    constexpr double day = 24.0 * 60 * 60 * 1000;
    return std::max(1, static_cast<int>(std::lround(static_cast<double>(aheadMs) / day)));
}

QString ClockSkew::refusal() const
{
    return tr("The clock of laptop %1 runs %n day(s) ahead: its changes would win over every edit made elsewhere "
              "until then.",
              nullptr, days())
        .arg(laptop);
}

QString ClockSkew::refusal(const QList<ClockSkew> &skews)
{
    QStringList refusals;
    for (const ClockSkew &skew : skews)
        refusals.append(skew.refusal());
    return refusals.join(u' ');
}

QString ClockSkew::outcome() const
{
    if (clamped)
        return tr("The clock of laptop %1 runs %n day(s) ahead: its changes count as made at this import.", nullptr,
                  days())
            .arg(laptop);
    return tr("The clock of laptop %1 runs %n day(s) ahead: its changes were imported as stamped; only the "
              "coordinator can make them count as made at the import.",
              nullptr, days())
        .arg(laptop);
}

void ClockSkew::name(QList<ClockSkew> &skews, Store &store, const QUuid &sender, const QString &senderDescription)
{
    for (ClockSkew &skew : skews) {
        const QUuid replica = QUuid::fromRfc4122(skew.replica);
        if (replica == sender) {
            skew.laptop = senderDescription;
            continue;
        }
        QString installation = Peers(store).nameOf(replica);
        if (installation.isEmpty())
            installation = replica.toString(QUuid::WithoutBraces);
        const std::optional<Worker> worker = DirectoryRepository(store).workerUsingReplica(replica);
        // Worded as the import names a bundle's sender (ImportReport::senderDescription).
        skew.laptop = worker ? QCoreApplication::translate("Importer", "%1 (installation \"%2\")")
                                   .arg(worker->name, installation)
                             : QCoreApplication::translate("Importer", "\"%1\"").arg(installation);
    }
}

} // namespace teren
