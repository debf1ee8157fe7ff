#pragma once

#include "ReportTestData.h"

namespace teren::test {

// The hand-worked caseload of the week's tests, seen on Monday 15 June 2026 (D).
// Every line each list must show is derived in WeekTestData.cpp.
struct WeekCaseload
{
    ReportRegion data;
    QDate day = QDate(2026, 6, 15);
    QUuid vera, karel;
    // Věra's clients.
    QUuid alena, bedrich, cecilie, dusan, emil, filip, gita, hana;
    // Karel's.
    QUuid ivan;
    // Alena's plan.
    QUuid housing, findFlat, dueYesterday, dueToday, dueIn7, dueIn8, doneBefore, doneOnDay, doneAfter;
    QUuid targetIn6, targetIn8, dropped, underDropped, resolvedNeed, underResolvedGoal, underResolved;
    QUuid waited61, waited60, waited59, onlyDeletedGoal, withDroppedGoal, deletedStep;
    // Others'.
    QUuid hanaStep, ivanStep;

    WeekCaseload();

    QUuid goal(const QUuid &need, const QString &text, const QDate &target, const QString &status = {});
    QUuid step(const QUuid &goal, const QString &text, const QDate &due, const QDate &done = {});
};

} // namespace teren::test
