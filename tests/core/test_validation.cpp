#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "i18n/Dates.h"
#include "domain/Error.h"
#include "i18n/Translations.h"
#include "store/Repositories.h"

using namespace teren;

namespace {

struct Card
{
    test::Fixture fixture;
    Store &store = fixture.store();
    Client client;
    Need need;

    Card()
    {
        Client c;
        c.givenName = QStringLiteral("Růžena");
        c.familyName = QStringLiteral("Horváthová");
        c.birthYear = 1984;
        c.gender = QStringLiteral("f");
        client = ClientRepository(store).create(c);
        Need n;
        n.clientId = client.id;
        n.area = QStringLiteral("housing");
        n.intensity = 3;
        n.identifiedOn = QDate(2026, 3, 1);
        need = NeedRepository(store).create(n);
    }
};

// Runs `action`, expects a ValidationError on `field`, and returns its message.
template<class Action>
QString rejected(Action action, const QString &field)
{
    try {
        action();
    } catch (const ValidationError &error) {
        CHECK(error.field() == field);
        return error.message();
    }
    FAIL("no validation error for " << field.toStdString());
    return {};
}

} // namespace

TEST_CASE("Intensity must be 1 to 3", "[validation]")
{
    Card card;
    for (int bad : {0, 4, -1}) {
        Need n = card.need;
        n.intensity = bad;
        const QString message = rejected([&] { NeedRepository(card.store).update(n); }, QStringLiteral("intensity"));
        CHECK(message.contains(QString::number(bad)));
    }
    Need ok = card.need;
    ok.intensity = 1;
    CHECK(NeedRepository(card.store).update(ok));
}

TEST_CASE("Need area and status must be known codes", "[validation]")
{
    Card card;
    Need n = card.need;
    n.area = QStringLiteral("astrology");
    rejected([&] { NeedRepository(card.store).update(n); }, QStringLiteral("area"));
    n = card.need;
    n.status = QStringLiteral("finished");
    rejected([&] { NeedRepository(card.store).update(n); }, QStringLiteral("status"));
}

TEST_CASE("A resolved need has a closed date and an outcome from its area's list", "[validation]")
{
    Card card;
    NeedRepository needs(card.store);
    rejected([&] { needs.resolve(card.need.id, QDate(), QStringLiteral("housing_new")); },
             QStringLiteral("closed_on"));
    rejected([&] { needs.resolve(card.need.id, QDate(2026, 5, 1), QString()); }, QStringLiteral("outcome"));
    const QString message = rejected(
        [&] { needs.resolve(card.need.id, QDate(2026, 5, 1), QStringLiteral("job_permanent")); },
        QStringLiteral("outcome"));
    CHECK(message.contains(QStringLiteral("Housing")));
    needs.resolve(card.need.id, QDate(2026, 5, 1), QStringLiteral("housing_new"));
    const Need stored = *needs.find(card.need.id);
    CHECK(stored.status == u"resolved");
    CHECK(stored.outcome == u"housing_new");
    CHECK(stored.closedOn == QDate(2026, 5, 1));
}

TEST_CASE("Open needs have no closed date or outcome: only resolved ones have an outcome", "[validation]")
{
    Card card;
    Need n = card.need;
    n.closedOn = QDate(2026, 4, 1);
    rejected([&] { NeedRepository(card.store).update(n); }, QStringLiteral("closed_on"));
    n = card.need;
    n.status = QStringLiteral("dropped");
    n.closedOn = QDate(2026, 4, 1);
    n.outcome = QStringLiteral("housing_new");
    rejected([&] { NeedRepository(card.store).update(n); }, QStringLiteral("outcome"));
    n.outcome.clear();
    CHECK(NeedRepository(card.store).update(n));
}

TEST_CASE("No date before the need was identified", "[validation]")
{
    Card card;
    Need n = card.need;
    n.status = QStringLiteral("not_resolved");
    n.closedOn = QDate(2026, 2, 28);
    const QString message = rejected([&] { NeedRepository(card.store).update(n); }, QStringLiteral("closed_on"));
    CHECK(message.contains(Dates::shortDate(QDate(2026, 3, 1)))); // as dates are shown, with the full year
    CHECK(message.contains(QStringLiteral("2026")));

    PlanRepository plan(card.store);
    Goal goal;
    goal.needId = card.need.id;
    goal.text = QStringLiteral("Najít nové bydlení");
    goal.horizon = QStringLiteral("long");
    goal.targetOn = QDate(2026, 1, 1);
    rejected([&] { plan.createGoal(goal); }, QStringLiteral("target_on"));
    goal.targetOn = QDate(2026, 12, 1);
    goal = plan.createGoal(goal);

    Step step;
    step.goalId = goal.id;
    step.text = QStringLiteral("Podat žádost o obecní byt");
    step.dueOn = QDate(2025, 12, 1);
    rejected([&] { plan.createStep(step); }, QStringLiteral("due_on"));
    step.dueOn = QDate(2026, 4, 1);
    step.doneOn = QDate(2026, 2, 1);
    rejected([&] { plan.createStep(step); }, QStringLiteral("done_on"));
}

TEST_CASE("Goal horizon is short, medium or long: an achieved goal has its date", "[validation]")
{
    Card card;
    PlanRepository plan(card.store);
    Goal goal;
    goal.needId = card.need.id;
    goal.text = QStringLiteral("Občanský průkaz");
    goal.horizon = QStringLiteral("someday");
    rejected([&] { plan.createGoal(goal); }, QStringLiteral("horizon"));
    goal.horizon = QStringLiteral("medium");
    goal.status = QStringLiteral("achieved");
    rejected([&] { plan.createGoal(goal); }, QStringLiteral("achieved_on"));
    goal.achievedOn = QDate(2026, 6, 1);
    goal = plan.createGoal(goal);
    CHECK(plan.findGoal(goal.id)->horizon == u"medium");
    goal.text.clear();
    rejected([&] { plan.updateGoal(goal); }, QStringLiteral("text"));
}

TEST_CASE("A step belongs to a goal and a goal to a need", "[validation]")
{
    Card card;
    PlanRepository plan(card.store);
    Goal goal;
    goal.needId = QUuid::createUuid();
    goal.text = QStringLiteral("Cíl bez potřeby");
    rejected([&] { plan.createGoal(goal); }, QStringLiteral("need_id"));
    Step step;
    step.goalId = QUuid::createUuid();
    step.text = QStringLiteral("Krok bez cíle");
    rejected([&] { plan.createStep(step); }, QStringLiteral("goal_id"));
    step.goalId = plan.createGoal({QUuid(), card.need.id, QStringLiteral("Cíl"), QStringLiteral("short"), {},
                                   QStringLiteral("open"), {}})
                      .id;
    step.responsible = QStringLiteral("neighbour");
    rejected([&] { plan.createStep(step); }, QStringLiteral("responsible"));
}

TEST_CASE("A deleted need takes its goals and steps with it and cannot get new ones", "[validation]")
{
    Card card;
    PlanRepository plan(card.store);
    const Goal goal = plan.createGoal(
        {QUuid(), card.need.id, QStringLiteral("Cíl"), QStringLiteral("short"), {}, QStringLiteral("open"), {}});
    plan.createStep({QUuid(), goal.id, QStringLiteral("Krok"), QStringLiteral("worker"), {}, {}});
    NeedRepository(card.store).remove(card.need.id);
    CHECK(plan.goalsForNeed(card.need.id).isEmpty());
    CHECK(plan.stepsForGoal(goal.id).isEmpty());
    rejected([&] { plan.createStep({QUuid(), goal.id, QStringLiteral("Další"), QStringLiteral("worker"), {}, {}}); },
             QStringLiteral("goal_id"));
}

TEST_CASE("Client and cooperation rules", "[validation]")
{
    Card card;
    ClientRepository clients(card.store);
    Client nameless;
    rejected([&] { clients.create(nameless); }, QStringLiteral("family_name"));
    Client c = card.client;
    c.birthYear = 1850;
    rejected([&] { clients.update(c); }, QStringLiteral("birth_year"));
    c = card.client;
    c.gender = QStringLiteral("q");
    rejected([&] { clients.update(c); }, QStringLiteral("gender"));

    CooperationRepository cooperations(card.store);
    Cooperation co{QUuid(), card.client.id, QDate(2026, 1, 10), QDate(2025, 12, 1), QStringLiteral("moved")};
    rejected([&] { cooperations.create(co); }, QStringLiteral("end_on"));
    co.endOn = QDate(2026, 6, 1);
    co.endReason.clear();
    rejected([&] { cooperations.create(co); }, QStringLiteral("end_reason"));
    co.endReason = QStringLiteral("vanished");
    rejected([&] { cooperations.create(co); }, QStringLiteral("end_reason"));
    co.endReason = QStringLiteral("goals_met");
    CHECK_FALSE(cooperations.create(co).id.isNull());
}

TEST_CASE("Contacts check place, minutes, intervention codes and that needs are the client's", "[validation]")
{
    Card card;
    ContactRepository contacts(card.store);
    Contact contact;
    contact.clientId = card.client.id;
    contact.contactOn = QDate(2026, 3, 2);
    contact.minutes = 45;
    contact.place = QStringLiteral("pub");
    rejected([&] { contacts.create(contact); }, QStringLiteral("place"));
    contact.place = QStringLiteral("field");
    contact.minutes = -5;
    rejected([&] { contacts.create(contact); }, QStringLiteral("minutes"));
    contact.minutes = 45;
    contact.interventions = {QStringLiteral("counselling"), QStringLiteral("magic")};
    rejected([&] { contacts.create(contact); }, QStringLiteral("interventions"));
    contact.interventions = {QStringLiteral("counselling"), QStringLiteral("paperwork")};
    contact.needIds = {QUuid::createUuid()};
    rejected([&] { contacts.create(contact); }, QStringLiteral("need_ids"));
    contact.needIds = {card.need.id};
    contact.note = QStringLiteral("Probrali jsme žádost o byt.");
    contacts.create(contact);
    const QList<Contact> stored = contacts.forClient(card.client.id);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().interventions == QStringList{QStringLiteral("counselling"), QStringLiteral("paperwork")});
    CHECK(stored.first().needIds == QList<QUuid>{card.need.id});
    CHECK(stored.first().note == u"Probrali jsme žádost o byt.");
}

TEST_CASE("Validation messages are translated into Czech", "[validation][i18n]")
{
    Card card;
    Translations::install(QStringLiteral("cs"));
    Need n = card.need;
    n.intensity = 7;
    QString message;
    try {
        NeedRepository(card.store).update(n);
    } catch (const ValidationError &error) {
        message = error.message();
    }
    Translations::install(QStringLiteral("en"));
    CHECK(message.contains(QStringLiteral("Intenzita")));
}

TEST_CASE("Client summaries carry locality, open needs, cooperation and overdue state", "[clients]")
{
    Card card;
    PlanRepository plan(card.store);
    const Goal goal = plan.createGoal({QUuid(), card.need.id, QStringLiteral("Byt"), QStringLiteral("long"),
                                       QDate(2026, 12, 1), QStringLiteral("open"), {}});
    plan.createStep({QUuid(), goal.id, QStringLiteral("Žádost"), QStringLiteral("client"), QDate(2026, 10, 1), {}});
    CooperationRepository(card.store).create({QUuid(), card.client.id, QDate(2026, 2, 1), {}, {}});
    const QList<ClientSummary> rows = ClientRepository(card.store).summaries(QDate(2026, 11, 2));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().openNeeds == 1);
    CHECK(rows.first().overdue);
    CHECK(rows.first().cooperation == ClientSummary::Cooperation::Active);
    CHECK(rows.first().searchKey.contains(QStringLiteral("horvathova ruzena")));
    CHECK_FALSE(ClientRepository(card.store).summary(card.client.id, QDate(2026, 9, 1))->overdue);
}
