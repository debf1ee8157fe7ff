// The same person registered by two workers: found, merged and un-merged, on every
// replica.
#include <catch2/catch.hpp>

#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "domain/Error.h"
#include "report/ReportBuilder.h"
#include "store/Duplicates.h"
#include "store/TargetRepository.h"

using namespace teren;
using test::Replicas;

namespace {

QUuid person(Store &store, const QString &given, const QString &family, std::optional<int> year,
             const QUuid &locality = {})
{
    Client client;
    client.givenName = given;
    client.familyName = family;
    client.birthYear = year;
    client.localityId = locality;
    return ClientRepository(store).create(client).id;
}

QUuid need(Store &store, const QUuid &client, const QString &area)
{
    Need need;
    need.clientId = client;
    need.area = area;
    need.identifiedOn = QDate(2026, 5, 4);
    return NeedRepository(store).create(need).id;
}

QSet<QUuid> listed(Store &store)
{
    QSet<QUuid> ids;
    for (const ClientSummary &row : ClientRepository(store).summaries(QDate(2026, 11, 23)))
        ids.insert(row.id);
    return ids;
}

} // namespace

TEST_CASE("Possible duplicates: same name whatever diacritics and order, same birth year and locality",
          "[duplicates]")
{
    Replicas replicas(1);
    Store &store = replicas[0];
    DirectoryRepository directory(store);
    const QUuid region = directory.addRegion(Region{QUuid(), QStringLiteral("Kraj")}).id;
    const auto locality = [&](const QString &code) {
        return directory.addLocality({QUuid(), region, code, code, QStringLiteral("Sokolov"), QStringLiteral("SO"), {}, {}}).id;
    };
    const QUuid sokolov = locality(QStringLiteral("SO-1"));
    const QUuid chodov = locality(QStringLiteral("SO-2"));

    const QUuid jan = person(store, QStringLiteral("Jan"), QStringLiteral("Horváth"), 1979, sokolov);
    const QUuid janAgain = person(store, QStringLiteral("horvath"), QStringLiteral("JAN"), 1979, sokolov);
    const QUuid noYear = person(store, QStringLiteral("Jan"), QStringLiteral("Horvát"), std::nullopt, sokolov);
    person(store, QStringLiteral("Jan"), QStringLiteral("Horváth"), 1980, sokolov);   // another year
    person(store, QStringLiteral("Jan"), QStringLiteral("Horváth"), 1979, chodov);    // another place
    const QUuid eva = person(store, QStringLiteral("Eva"), QStringLiteral("Žigová"), std::nullopt);
    const QUuid evaAgain = person(store, QStringLiteral("Eva"), QStringLiteral("Zigova"), 1990, chodov);

    QSet<QSet<QUuid>> found;
    for (const DuplicatePair &pair : Duplicates(store).candidates())
        found.insert({pair.first.id, pair.second.id});
    // "Horvát" is another name; the 1980 and Chodov records differ in what is known.
    CHECK(found == QSet<QSet<QUuid>>{{jan, janAgain}, {eva, evaAgain}});
    CHECK_FALSE(found.contains({jan, noYear}));
    CHECK(Duplicates::nameKey(QStringLiteral("Jan"), QStringLiteral("Horváth"))
          == Duplicates::nameKey(QStringLiteral("HORVATH"), QStringLiteral(" jan ")));
}

TEST_CASE("Merging shows both records under the one kept, reaches other replicas, and un-merges exactly",
          "[duplicates][sync]")
{
    Replicas replicas(2);
    const QUuid kept = person(replicas[0], QStringLiteral("Jan"), QStringLiteral("Horváth"), 1979);
    const QUuid housing = need(replicas[0], kept, QStringLiteral("housing"));
    const QUuid duplicate = person(replicas[1], QStringLiteral("Jan"), QStringLiteral("Horvath"), 1979);
    const QUuid debts = need(replicas[1], duplicate, QStringLiteral("debts"));
    replicas.send(0, 1);
    replicas.send(1, 0);
    REQUIRE(Duplicates(replicas[0]).candidates().size() == 1);

    replicas.clock(0).advance(1000);
    Duplicates(replicas[0]).merge(duplicate, kept);
    const auto needsOf = [&](int replica, const QUuid &client) {
        QList<QPair<QUuid, int>> needs;
        for (const Need &n : NeedRepository(replicas[replica]).forClient(client))
            needs.append({n.id, n.priority});
        return needs;
    };
    for (int replica : {0, 1}) {
        if (replica == 1)
            replicas.send(0, 1);
        INFO("replica " << replica);
        CHECK(needsOf(replica, kept).size() == 2);
        CHECK(needsOf(replica, kept).at(0).second == 1);
        CHECK(needsOf(replica, kept).at(1).second == 2);
        CHECK_FALSE(listed(replicas[replica]).contains(duplicate));
        CHECK(listed(replicas[replica]).contains(kept));
        CHECK(Duplicates(replicas[replica]).candidates().isEmpty());
        REQUIRE(Duplicates(replicas[replica]).merged().size() == 1);
        CHECK(Duplicates(replicas[replica]).merged().first().kept.id == kept);
    }
    REQUIRE(replicas.state(0) == replicas.state(1));

    // A need added on the other laptop to the duplicate, before it heard of the merge,
    // still shows under the person kept.
    const QUuid late = need(replicas[1], duplicate, QStringLiteral("employment"));
    CHECK(needsOf(1, kept).size() == 3);

    replicas.clock(1).advance(5000);
    Duplicates(replicas[1]).unmerge(duplicate);
    replicas.send(1, 0);
    for (int replica : {0, 1}) {
        INFO("replica " << replica);
        CHECK(needsOf(replica, kept).size() == 1);
        CHECK(needsOf(replica, kept).first().first == housing);
        QSet<QUuid> own;
        for (const auto &[id, priority] : needsOf(replica, duplicate))
            own.insert(id);
        CHECK(own == QSet<QUuid>{debts, late});
        CHECK(listed(replicas[replica]).contains(duplicate));
    }
    CHECK(replicas.state(0) == replicas.state(1));
}

TEST_CASE("Merging refuses itself, a deleted record and a record kept that is itself merged", "[duplicates]")
{
    Replicas replicas(1);
    Store &store = replicas[0];
    const QUuid a = person(store, QStringLiteral("Jan"), QStringLiteral("Horváth"), 1979);
    const QUuid b = person(store, QStringLiteral("Jan"), QStringLiteral("Horváth"), 1979);
    const QUuid c = person(store, QStringLiteral("Jan"), QStringLiteral("Horváth"), 1979);
    Duplicates duplicates(store);
    CHECK_THROWS_AS(duplicates.merge(a, a), ValidationError);
    duplicates.merge(b, a);
    CHECK_THROWS_WITH(duplicates.merge(c, b), Catch::Contains("itself merged"));
    CHECK_THROWS_AS(duplicates.unmerge(c), ValidationError);
    // Merging the kept record further takes its duplicates along.
    duplicates.merge(a, c);
    for (const MergedPerson &merged : duplicates.merged())
        CHECK(merged.kept.id == c);
    CHECK(duplicates.merged().size() == 2);
    ClientRepository(store).remove(c);
    CHECK_THROWS_AS(duplicates.merge(a, c), ValidationError);
}

TEST_CASE("Erasing a person erases the record merged into it too", "[duplicates]")
{
    Replicas replicas(1);
    Store &store = replicas[0];
    const QUuid kept = person(store, QStringLiteral("Jan"), QStringLiteral("Horváth"), 1979);
    const QUuid duplicate = person(store, QStringLiteral("Jan"), QStringLiteral("Horvath"), 1979);
    Duplicates(store).merge(duplicate, kept);
    ClientRepository(store).erase(kept);
    CHECK(store.database()
              .scalar(QStringLiteral("SELECT count(*) FROM client WHERE deleted = 2 AND given_name IS NULL"))
              .toInt()
          == 2);
}

TEST_CASE("The regional report counts a merged person once, with the needs of both records", "[duplicates][report]")
{
    Replicas replicas(1);
    Store &store = replicas[0];
    const QUuid kept = person(store, QStringLiteral("Jan"), QStringLiteral("Horváth"), 1979);
    const QUuid duplicate = person(store, QStringLiteral("Jan"), QStringLiteral("Horvath"), 1979);
    // Only the duplicate's record has a cooperation; each record has a resolved need
    // with the same outcome.
    Cooperation cooperation;
    cooperation.clientId = duplicate;
    cooperation.startOn = QDate(2026, 1, 10);
    CooperationRepository(store).create(cooperation);
    for (const QUuid &record : {kept, duplicate}) {
        Need resolved;
        resolved.clientId = record;
        resolved.area = QStringLiteral("employment");
        resolved.identifiedOn = QDate(2026, 2, 1);
        resolved.status = QStringLiteral("resolved");
        resolved.closedOn = QDate(2026, 6, 1);
        resolved.outcome = QStringLiteral("job_temporary");
        Goal goal;
        goal.needId = NeedRepository(store).create(resolved).id;
        goal.text = QStringLiteral("Najít práci");
        PlanRepository(store).createGoal(goal);
    }
    const ReportFilter year = ReportFilter::calendarYear(2026);
    for (const QString &indicator : {QStringLiteral("persons_supported"), QStringLiteral("clients_employed"),
                                     QStringLiteral("needs_identified")}) {
        Target target;
        target.indicator = indicator;
        target.year = 2026;
        target.value = 1;
        TargetRepository(store).add(target);
    }
    const auto actual = [](const Report &report, const char *indicator) {
        for (const TargetFigures &target : report.targets) {
            if (target.indicator == QLatin1String(indicator))
                return target.actual.value_or(-1);
        }
        return -1.0;
    };
    const Report before = computeReport(store.database(), year);
    CHECK(before.personsSupported == 1); // the duplicate record, cooperating
    CHECK(before.needsIdentified == 1);
    CHECK(actual(before, "persons_supported") == 1);
    CHECK(actual(before, "clients_employed") == 1);

    Duplicates(store).merge(duplicate, kept);
    const Report after = computeReport(store.database(), year);
    CHECK(after.personsSupported == 1);     // one person, whose record cooperates
    CHECK(after.needsIdentified == 2);      // the needs of both records
    CHECK(after.needsResolved == 2);
    REQUIRE(after.outcomes.size() == 1);
    CHECK(after.outcomes.first().persons == 1); // one person found a job, not two
    // Who the person is counts once too: born 1979, 47 at the year's end and at entry.
    CHECK(after.byAgeBand.at(3).band == u"27-64");
    CHECK(after.byAgeBand.at(3).persons == 1);
    CHECK(after.esfAgeAtEntry.at(2).band == u"30-54");
    CHECK(after.esfAgeAtEntry.at(2).persons == 1);
    CHECK(after.households == 1);
    REQUIRE(after.goalsByHorizon.size() == 3);
    CHECK(after.goalsByHorizon.at(0).set == 2); // the goals of both records' needs
    // The year's targets count the same way.
    CHECK(actual(after, "persons_supported") == 1);
    CHECK(actual(after, "clients_employed") == 1);
    CHECK(actual(after, "needs_identified") == 2);
}

TEST_CASE("A merged person whose records name two localities is one person supported, in each locality",
          "[duplicates][report]")
{
    Replicas replicas(1);
    Store &store = replicas[0];
    DirectoryRepository directory(store);
    const QUuid region = directory.addRegion(Region{QUuid(), QStringLiteral("Kraj")}).id;
    const auto locality = [&](const QString &code) {
        return directory.addLocality({QUuid(), region, code, code, QStringLiteral("Sokolov"), QStringLiteral("SO"), {}, {}}).id;
    };
    const QUuid sokolov = locality(QStringLiteral("SO-1"));
    const QUuid chodov = locality(QStringLiteral("SO-2"));
    const QUuid kept = person(store, QStringLiteral("Eva"), QStringLiteral("Bílá"), 1990, sokolov);
    const QUuid duplicate = person(store, QStringLiteral("Eva"), QStringLiteral("Bila"), 1990, chodov);
    Cooperation cooperation;
    cooperation.clientId = kept;
    cooperation.startOn = QDate(2026, 1, 10);
    CooperationRepository(store).create(cooperation);
    Duplicates(store).merge(duplicate, kept);

    const Report report = computeReport(store.database(), ReportFilter::calendarYear(2026));
    CHECK(report.personsSupported == 1);
    CHECK(report.localities == 2);
    REQUIRE(report.byLocality.size() == 2);
    CHECK(report.byLocality.at(0).persons == 1);
    CHECK(report.byLocality.at(1).persons == 1);
}

TEST_CASE("Pairs marked as different people are not proposed again, and can be restored", "[duplicates]")
{
    Replicas replicas(1);
    Store &store = replicas[0];
    const QUuid jan = person(store, QStringLiteral("Jan"), QStringLiteral("Horváth"), 1979);
    const QUuid janAgain = person(store, QStringLiteral("Jan"), QStringLiteral("Horvath"), 1979);
    const QUuid janThird = person(store, QStringLiteral("jan"), QStringLiteral("HORVÁTH"), std::nullopt);
    Duplicates duplicates(store);
    REQUIRE(duplicates.candidates().size() == 3);

    duplicates.dismiss(janAgain, jan); // either order
    CHECK(duplicates.candidates().size() == 2);
    REQUIRE(duplicates.dismissed().size() == 1);
    const QSet<QUuid> pair = {duplicates.dismissed().first().first.id, duplicates.dismissed().first().second.id};
    CHECK(pair == QSet<QUuid>{jan, janAgain});
    duplicates.dismiss(jan, janAgain); // again: no change
    CHECK(duplicates.dismissed().size() == 1);

    CHECK_THROWS_AS(duplicates.dismiss(jan, jan), ValidationError);
    CHECK_THROWS_AS(duplicates.dismiss(jan, QUuid::createUuid()), ValidationError);

    // A dismissed pair is no change to any record: nothing to export.
    CHECK(store.database().scalar(QStringLiteral("SELECT count(*) FROM change WHERE entity = 'client'")).toInt() == 3);
    // Once one of them is merged into the third, the pair is not listed as dismissed.
    duplicates.merge(janAgain, janThird);
    CHECK(duplicates.dismissed().isEmpty());
    duplicates.unmerge(janAgain);
    duplicates.restore(jan, janAgain);
    CHECK(duplicates.candidates().size() == 3);
    CHECK(duplicates.dismissed().isEmpty());
}
