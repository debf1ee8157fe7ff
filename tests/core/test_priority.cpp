#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "store/Repositories.h"

using namespace teren;

namespace {

struct Needs
{
    test::Fixture fixture;
    Store &store = fixture.store();
    QUuid clientId;
    QList<QUuid> ids; // in creation order: housing, debts, employment, documents

    Needs()
    {
        Client c;
        c.givenName = QStringLiteral("Štěpán");
        c.familyName = QStringLiteral("Dužda");
        clientId = ClientRepository(store).create(c).id;
        for (const char16_t *area : {u"housing", u"debts", u"employment", u"documents"}) {
            Need n;
            n.clientId = clientId;
            n.area = QString::fromUtf16(area);
            n.identifiedOn = QDate(2026, 2, 1);
            ids.append(NeedRepository(store).create(n).id);
        }
    }

    // The areas of the open needs in priority order, and the priorities themselves.
    QStringList order()
    {
        QStringList result;
        int expected = 1;
        for (const Need &need : NeedRepository(store).forClient(clientId)) {
            if (!need.isOpen())
                continue;
            CHECK(need.priority == expected++);
            result.append(need.area);
        }
        return result;
    }
};

} // namespace

TEST_CASE("New needs are appended in priority order", "[priority]")
{
    Needs needs;
    CHECK(needs.order()
          == QStringList{QStringLiteral("housing"), QStringLiteral("debts"), QStringLiteral("employment"),
                         QStringLiteral("documents")});
}

TEST_CASE("A need inserted at a priority pushes the others down", "[priority]")
{
    Needs needs;
    Need n;
    n.clientId = needs.clientId;
    n.area = QStringLiteral("health");
    n.priority = 2;
    n.identifiedOn = QDate(2026, 3, 1);
    NeedRepository(needs.store).create(n);
    CHECK(needs.order()
          == QStringList{QStringLiteral("housing"), QStringLiteral("health"), QStringLiteral("debts"),
                         QStringLiteral("employment"), QStringLiteral("documents")});
}

TEST_CASE("Moving a need renumbers the rest", "[priority]")
{
    Needs needs;
    NeedRepository repo(needs.store);
    repo.moveToPriority(needs.ids[3], 1);
    CHECK(needs.order()
          == QStringList{QStringLiteral("documents"), QStringLiteral("housing"), QStringLiteral("debts"),
                         QStringLiteral("employment")});
    repo.moveToPriority(needs.ids[3], 99); // beyond the end: last
    CHECK(needs.order()
          == QStringList{QStringLiteral("housing"), QStringLiteral("debts"), QStringLiteral("employment"),
                         QStringLiteral("documents")});
    repo.moveToPriority(needs.ids[0], 3);
    CHECK(needs.order()
          == QStringList{QStringLiteral("debts"), QStringLiteral("employment"), QStringLiteral("housing"),
                         QStringLiteral("documents")});
}

TEST_CASE("Closing a need closes the gap: reopening puts it back at its priority", "[priority]")
{
    Needs needs;
    NeedRepository repo(needs.store);
    repo.resolve(needs.ids[1], QDate(2026, 5, 1), QStringLiteral("repayment_schedule"));
    CHECK(needs.order()
          == QStringList{QStringLiteral("housing"), QStringLiteral("employment"), QStringLiteral("documents")});
    Need reopened = *repo.find(needs.ids[1]);
    reopened.status = QStringLiteral("in_progress");
    reopened.closedOn = QDate();
    reopened.outcome.clear();
    reopened.priority = 1;
    repo.update(reopened);
    CHECK(needs.order()
          == QStringList{QStringLiteral("debts"), QStringLiteral("housing"), QStringLiteral("employment"),
                         QStringLiteral("documents")});
}

TEST_CASE("Deleting a need renumbers the rest", "[priority]")
{
    Needs needs;
    NeedRepository(needs.store).remove(needs.ids[0]);
    CHECK(needs.order()
          == QStringList{QStringLiteral("debts"), QStringLiteral("employment"), QStringLiteral("documents")});
}
