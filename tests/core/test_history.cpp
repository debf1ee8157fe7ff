#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "changes/History.h"
#include "store/Repositories.h"

using namespace teren;

namespace {

struct Plan
{
    test::Fixture fixture;
    Store &store = fixture.store();
    QUuid clientId;
    QUuid housing;
    QUuid debts;

    Plan()
    {
        Client c;
        c.givenName = QStringLiteral("Žaneta");
        c.familyName = QStringLiteral("Bílá");
        clientId = ClientRepository(store).create(c).id;
        housing = addNeed(QStringLiteral("housing"));
        debts = addNeed(QStringLiteral("debts"));
    }

    QUuid addNeed(const QString &area)
    {
        Need n;
        n.clientId = clientId;
        n.area = area;
        n.identifiedOn = QDate(2026, 1, 15);
        return NeedRepository(store).create(n).id;
    }

    QStringList openOrder()
    {
        QStringList areas;
        for (const Need &need : NeedRepository(store).forClient(clientId)) {
            if (need.isOpen())
                areas.append(QStringLiteral("%1:%2").arg(need.priority).arg(need.area));
        }
        return areas;
    }
};

} // namespace

TEST_CASE("Undo and redo of resolving a need restore its status and the priority order", "[history]")
{
    Plan plan;
    const auto needValues = [&] {
        QList<QVariantList> values;
        for (const Need &need : NeedRepository(plan.store).forClient(plan.clientId))
            values.append(need.values());
        return values;
    };
    const QList<QVariantList> before = needValues();
    const ChangeSet set = History::record(plan.store.database(), [&] {
        NeedRepository(plan.store).resolve(plan.housing, QDate(2026, 6, 1), QStringLiteral("housing_kept"));
    });
    CHECK(plan.openOrder() == QStringList{QStringLiteral("1:debts")});
    History::revert(plan.store.recorder(), set);
    CHECK(plan.openOrder() == QStringList{QStringLiteral("1:housing"), QStringLiteral("2:debts")});
    const Need reverted = *NeedRepository(plan.store).find(plan.housing);
    CHECK(reverted.status == u"open");
    CHECK_FALSE(reverted.closedOn.isValid());
    CHECK(reverted.outcome.isEmpty());
    CHECK(needValues() == before); // the same content, only with newer stamps
    History::reapply(plan.store.recorder(), set);
    CHECK(NeedRepository(plan.store).find(plan.housing)->outcome == u"housing_kept");
    CHECK(plan.openOrder() == QStringList{QStringLiteral("1:debts")});
}

TEST_CASE("Undo of creating a need removes it and closes the priority gap: redo brings it back", "[history]")
{
    Plan plan;
    QUuid added;
    const ChangeSet set = History::record(plan.store.database(), [&] {
        Need n;
        n.clientId = plan.clientId;
        n.area = QStringLiteral("employment");
        n.priority = 1;
        n.identifiedOn = QDate(2026, 2, 1);
        added = NeedRepository(plan.store).create(n).id;
    });
    CHECK(plan.openOrder()
          == QStringList{QStringLiteral("1:employment"), QStringLiteral("2:housing"), QStringLiteral("3:debts")});
    History::revert(plan.store.recorder(), set);
    CHECK(plan.openOrder() == QStringList{QStringLiteral("1:housing"), QStringLiteral("2:debts")});
    CHECK_FALSE(NeedRepository(plan.store).find(added).has_value());
    History::reapply(plan.store.recorder(), set);
    CHECK(plan.openOrder()
          == QStringList{QStringLiteral("1:employment"), QStringLiteral("2:housing"), QStringLiteral("3:debts")});
}

TEST_CASE("Undo of deleting a need brings back its goals and steps", "[history]")
{
    Plan plan;
    PlanRepository repo(plan.store);
    const Goal goal = repo.createGoal({QUuid(), plan.debts, QStringLiteral("Splátkový kalendář"),
                                       QStringLiteral("medium"), QDate(2026, 9, 1), QStringLiteral("open"), {}});
    repo.createStep({QUuid(), goal.id, QStringLiteral("Sejít se s exekutorem"), QStringLiteral("worker"),
                     QDate(2026, 3, 1), {}});
    const ChangeSet set = History::record(plan.store.database(), [&] { NeedRepository(plan.store).remove(plan.debts); });
    CHECK(repo.goalsForNeed(plan.debts).isEmpty());
    History::revert(plan.store.recorder(), set);
    REQUIRE(repo.goalsForNeed(plan.debts).size() == 1);
    CHECK(repo.stepsForGoal(goal.id).size() == 1);
    CHECK(plan.openOrder() == QStringList{QStringLiteral("1:housing"), QStringLiteral("2:debts")});
}

TEST_CASE("An action that fails records nothing and changes nothing", "[history]")
{
    Plan plan;
    const QString before = test::canonicalDump(plan.store.database(), true);
    CHECK_THROWS(History::record(plan.store.database(), [&] {
        NeedRepository(plan.store).resolve(plan.housing, QDate(2026, 6, 1), QString());
    }));
    CHECK(test::canonicalDump(plan.store.database(), true) == before);
}
