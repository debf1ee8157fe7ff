#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace teren {

class Store;
struct Step;

// A client's individual plan as it is printed to be read and signed with them: the
// client, their worker and the day, then the needs with their goals and steps. Codes
// are already labels of the language of the moment, so the layout only arranges text.
struct IndividualPlan
{
    Q_DECLARE_TR_FUNCTIONS(IndividualPlan)

public:
    struct PlanStep
    {
        QString text;
        QString responsibleText; // who does it, as the plan names them (responsibleText())
        QDate dueOn;
        QDate doneOn;
    };
    struct PlanGoal
    {
        QString text;
        QString horizonLabel;
        QDate targetOn;
        QString statusLabel;
        QDate achievedOn;
        QList<PlanStep> steps;
    };
    struct PlanNeed
    {
        QString areaLabel;
        bool open = true; // open or in progress: the plan's current needs
        int priority = 0;
        int intensity = 2;
        QString statusLabel;
        QDate closedOn;
        QList<PlanGoal> goals;
    };

    QUuid clientId;
    QString clientName; // as one addresses them: given name first
    QString filedName;  // as the caseload lists them: family name first
    std::optional<int> birthYear;
    QString workerName; // the client's worker; the one printing when they have none
    QDate madeOn;
    // The open needs in order of priority, then the closed ones, newest first.
    QList<PlanNeed> needs;

    // Throws a translated Error when the file holds no such client (or their data was
    // erased).
    static IndividualPlan of(Store &store, const QUuid &clientId);
    // Who does a step, in words: the one place the plan decides how a step's
    // responsible party is named. A step given to a partner institution names it
    // (`partnerName`, empty when none), as the client needs to know where to go.
    static QString responsibleText(const Step &step, const QString &partnerName = {});
    // "low", "medium" or "high".
    static QString intensityLabel(int intensity);
    bool hasCurrentNeeds() const;
    bool hasClosedNeeds() const;
};

} // namespace teren
