#include "WeekTestData.h"

#include "store/Repositories.h"

namespace teren::test {

// D = 2026-06-15; D−30 = 2026-05-16; D−60 = 2026-04-16; D+7 = 2026-06-22.
//
// overdue_steps:      doneAfter (due 06-01, done 06-20, after D), dueYesterday (06-14),
//                     then Ivan's (06-10) between them when every worker's clients count:
//                     06-01 Alena, 06-10 Ivan, 06-14 Alena.
// due_soon:           dueToday (step, 06-15), targetIn6 (goal, 06-21), dueIn7 (step, 06-22).
// overdue_goals:      findFlat (target 06-10).
// no_recent_contact:  Dušan and Filip (never contacted; Filip's cooperation ends on D, so is
//                     in force), then Bedřich (last contact 05-15, 31 days before D).
//                     Not: Alena (29 days), Cecílie (exactly 30 days), Emil (cooperation
//                     ended 06-01), Gita (no open need), Hana (anonymised).
// needs_without_goal: onlyDeletedGoal (01-10: its one goal was deleted), waited61 (04-15).
//                     Not: waited60 (04-16), waited59 (04-17), withDroppedGoal (has a goal),
//                     the recent needs of the other clients (05-01).
// Never listed: dueIn8, doneBefore, doneOnDay, targetIn8, the dropped goal and its step,
// the goal and step under the resolved need, the deleted step, Hana's step.
WeekCaseload::WeekCaseload()
{
    const QUuid locality = data.locality(QStringLiteral("alfa"), QStringLiteral("Alfa"));
    const QUuid provider = data.provider(QStringLiteral("Pomoc"));
    vera = data.worker(QStringLiteral("Věra"), provider);
    karel = data.worker(QStringLiteral("Karel"), provider);
    const auto client = [&](const char *name, const QUuid &worker) {
        return data.client(QString::fromUtf8(name), locality, worker);
    };
    const QString housingArea = QStringLiteral("housing");
    const QString debts = QStringLiteral("debts");
    const QDate recent(2026, 5, 1);

    alena = client("Alena", vera);
    data.cooperation(alena, QDate(2026, 1, 1));
    housing = data.need(alena, housingArea, QDate(2026, 1, 10));
    findFlat = goal(housing, QStringLiteral("Najít nájemní byt"), QDate(2026, 6, 10));
    dueYesterday = step(findFlat, QStringLiteral("Obejít realitní kanceláře"), QDate(2026, 6, 14));
    dueToday = step(findFlat, QStringLiteral("Zavolat na bytový odbor"), day);
    dueIn7 = step(findFlat, QStringLiteral("Podat žádost o obecní byt"), QDate(2026, 6, 22));
    dueIn8 = step(findFlat, QStringLiteral("Prohlídka bytu"), QDate(2026, 6, 23));
    doneBefore = step(findFlat, QStringLiteral("Sepsat rozpočet"), QDate(2026, 6, 1), QDate(2026, 6, 10));
    doneOnDay = step(findFlat, QStringLiteral("Doložit příjmy"), QDate(2026, 6, 1), day);
    doneAfter = step(findFlat, QStringLiteral("Vyzvednout potvrzení"), QDate(2026, 6, 1), QDate(2026, 6, 20));
    deletedStep = step(findFlat, QStringLiteral("Zrušený krok"), QDate(2026, 6, 2));
    PlanRepository(data.store()).removeStep(deletedStep);
    targetIn6 = goal(housing, QStringLiteral("Složit kauci"), QDate(2026, 6, 21));
    targetIn8 = goal(housing, QStringLiteral("Podepsat smlouvu"), QDate(2026, 6, 23));
    dropped = goal(housing, QStringLiteral("Ubytovna"), QDate(2026, 6, 1), QStringLiteral("dropped"));
    underDropped = step(dropped, QStringLiteral("Zjistit volná místa"), QDate(2026, 6, 1));
    resolvedNeed = data.need(alena, debts, QDate(2026, 1, 10));
    underResolvedGoal = goal(resolvedNeed, QStringLiteral("Splátkový kalendář"), QDate(2026, 6, 1));
    underResolved = step(underResolvedGoal, QStringLiteral("Dopis exekutorovi"), QDate(2026, 6, 1));
    NeedRepository(data.store()).resolve(resolvedNeed, QDate(2026, 5, 1), QStringLiteral("repayment_schedule"));
    waited61 = data.need(alena, QStringLiteral("employment"), QDate(2026, 4, 15));
    waited60 = data.need(alena, QStringLiteral("education"), QDate(2026, 4, 16));
    waited59 = data.need(alena, QStringLiteral("health"), QDate(2026, 4, 17));
    onlyDeletedGoal = data.need(alena, QStringLiteral("family"), QDate(2026, 1, 10));
    PlanRepository(data.store()).removeGoal(goal(onlyDeletedGoal, QStringLiteral("Smazaný cíl"), {}));
    withDroppedGoal = data.need(alena, QStringLiteral("material"), QDate(2026, 1, 10));
    goal(withDroppedGoal, QStringLiteral("Dávka v hmotné nouzi"), {}, QStringLiteral("dropped"));
    data.contact(alena, QDate(2026, 5, 17), 30, QStringLiteral("field"), {QStringLiteral("counselling")});
    // A contact after D does not count on D.
    data.contact(bedrich = client("Bedřich", vera), QDate(2026, 6, 20), 30, QStringLiteral("field"),
                 {QStringLiteral("counselling")});
    data.cooperation(bedrich, QDate(2026, 1, 1));
    data.need(bedrich, debts, recent);
    data.contact(bedrich, QDate(2026, 5, 15), 30, QStringLiteral("field"), {QStringLiteral("counselling")});

    cecilie = client("Cecílie", vera);
    data.cooperation(cecilie, QDate(2026, 1, 1));
    data.need(cecilie, debts, recent);
    data.contact(cecilie, QDate(2026, 5, 16), 30, QStringLiteral("phone"), {QStringLiteral("counselling")});

    dusan = client("Dušan", vera);
    data.cooperation(dusan, QDate(2026, 1, 1));
    data.need(dusan, debts, recent);

    emil = client("Emil", vera);
    data.cooperation(emil, QDate(2026, 1, 1), QDate(2026, 6, 1));
    data.need(emil, debts, recent);

    filip = client("Filip", vera);
    data.cooperation(filip, QDate(2026, 1, 1), day);
    data.need(filip, debts, recent);

    gita = client("Gita", vera);
    data.cooperation(gita, QDate(2026, 1, 1));

    hana = client("Hana", vera);
    data.cooperation(hana, QDate(2026, 1, 1));
    const QUuid hanaNeed = data.need(hana, debts, QDate(2026, 1, 10));
    hanaStep = step(goal(hanaNeed, QStringLiteral("Oddlužení"), QDate(2026, 6, 1)), QStringLiteral("Insolvenční návrh"),
                    QDate(2026, 6, 1));
    Transaction transaction(data.store().database());
    data.store().recorder().update(QStringLiteral("client"), RowKey::ofId(hana), {QStringLiteral("anonymised_on")},
                                   {QStringLiteral("2026-06-01")});
    transaction.commit();

    ivan = client("Ivan", karel);
    data.cooperation(ivan, QDate(2026, 1, 1));
    const QUuid ivanNeed = data.need(ivan, housingArea, QDate(2026, 1, 10));
    ivanStep = step(goal(ivanNeed, QStringLiteral("Udržet bydlení"), {}), QStringLiteral("Zaplatit nedoplatek"),
                    QDate(2026, 6, 10));
    data.contact(ivan, QDate(2026, 6, 10), 20, QStringLiteral("field"), {QStringLiteral("counselling")});
}

QUuid WeekCaseload::goal(const QUuid &need, const QString &text, const QDate &target, const QString &status)
{
    Goal goal;
    goal.needId = need;
    goal.text = text;
    goal.targetOn = target;
    if (!status.isEmpty())
        goal.status = status;
    return PlanRepository(data.store()).createGoal(goal).id;
}

QUuid WeekCaseload::step(const QUuid &goal, const QString &text, const QDate &due, const QDate &done)
{
    Step step;
    step.goalId = goal;
    step.text = text;
    step.dueOn = due;
    step.doneOn = done;
    return PlanRepository(data.store()).createStep(step).id;
}

} // namespace teren::test
