#include "IndividualPlan.h"

#include "domain/Codes.h"
#include "domain/Error.h"
#include "store/PartnerRepository.h"
#include "store/Repositories.h"
#include "store/Store.h"

#include <algorithm>

namespace teren {

namespace {

QString addressedName(const Client &client)
{
    const QString name = QStringList{client.givenName, client.familyName}.join(QLatin1Char(' ')).simplified();
    return name.isEmpty() ? client.alias : name;
}

IndividualPlan::PlanGoal planGoal(PlanRepository &plans, PartnerRepository &partners, const Goal &goal)
{
    IndividualPlan::PlanGoal planned{goal.text, Codes::horizonLabel(goal.horizon), goal.targetOn,
                                     Codes::goalStatusLabel(goal.status), goal.achievedOn, {}};
    for (const Step &step : plans.stepsForGoal(goal.id))
        planned.steps.append({step.text,
                              IndividualPlan::responsibleText(step, partners.partnerName(step.id)),
                              step.dueOn, step.doneOn});
    return planned;
}

} // namespace

IndividualPlan IndividualPlan::of(Store &store, const QUuid &clientId)
{
    const std::optional<Client> client = ClientRepository(store).find(clientId);
    if (!client)
        throw Error(tr("This file holds no client with the id %1 (or their data was erased).")
                        .arg(clientId.toString(QUuid::WithoutBraces)));
    IndividualPlan plan;
    plan.clientId = clientId;
    plan.clientName = addressedName(*client);
    plan.filedName = client->displayName();
    plan.birthYear = client->birthYear;
    plan.madeOn = store.clock().today();
    DirectoryRepository directory(store);
    plan.workerName = directory.workerName(client->workerId);
    if (plan.workerName.isEmpty())
        plan.workerName = directory.workerName(store.currentWorker());

    const Codelists &codes = store.codelists();
    PlanRepository plans(store);
    PartnerRepository partners(store);
    for (const Need &need : NeedRepository(store).forClient(clientId)) {
        PlanNeed planned;
        planned.areaLabel = codes.areaLabel(need.area);
        planned.open = need.isOpen();
        planned.priority = need.priority;
        planned.intensity = need.intensity;
        planned.statusLabel = Codes::needStatusLabel(need.status);
        planned.closedOn = need.closedOn;
        for (const Goal &goal : plans.goalsForNeed(need.id))
            planned.goals.append(planGoal(plans, partners, goal));
        plan.needs.append(planned);
    }
    return plan;
}

QString IndividualPlan::responsibleText(const Step &step, const QString &partnerName)
{
    if (!partnerName.isEmpty())
        return tr("%1 (%2)").arg(partnerName, Codes::responsibleLabel(step.responsible));
    return Codes::responsibleLabel(step.responsible);
}

QString IndividualPlan::intensityLabel(int intensity)
{
    switch (intensity) {
    case 1:
        return tr("low");
    case 3:
        return tr("high");
    default:
        return tr("medium");
    }
}

bool IndividualPlan::hasCurrentNeeds() const
{
    return std::any_of(needs.cbegin(), needs.cend(), [](const PlanNeed &need) { return need.open; });
}

bool IndividualPlan::hasClosedNeeds() const
{
    return std::any_of(needs.cbegin(), needs.cend(), [](const PlanNeed &need) { return !need.open; });
}

} // namespace teren
