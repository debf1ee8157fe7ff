// The retention period and the anonymisation of clients past it: which clients are
// listed, what anonymising wipes and keeps, and how it syncs and stays.
#include <catch2/catch.hpp>

#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "domain/Error.h"
#include "report/ReportBuilder.h"
#include "report/ReportFormat.h"
#include "store/Duplicates.h"
#include "store/Retention.h"

#include <QCborMap>
#include <QCborValue>

using namespace teren;
using test::Replicas;

namespace {

// The tests' today is 2026-11-02.
const QDate today(2026, 11, 2);

QUuid makeClient(Store &store, const QString &given, const QString &family, const QString &notes = {})
{
    Client client;
    client.givenName = given;
    client.familyName = family;
    client.notes = notes;
    client.birthYear = 1980;
    client.gender = QStringLiteral("f");
    return ClientRepository(store).create(client).id;
}

void cooperate(Store &store, const QUuid &client, const QDate &from, const QDate &to)
{
    Cooperation cooperation;
    cooperation.clientId = client;
    cooperation.startOn = from;
    cooperation.endOn = to;
    if (to.isValid())
        cooperation.endReason = QStringLiteral("goals_met");
    CooperationRepository(store).create(cooperation);
}

QList<QUuid> listed(Store &store, int years)
{
    QList<QUuid> ids;
    for (const PastRetention &client : Retention(store).clientsPast(years))
        ids.append(client.clientId);
    return ids;
}

// A client whose cooperation ended in 2012, with a need, a goal, a step and a contact,
// each with typed text.
QUuid longGoneClient(Store &store)
{
    const QUuid id = makeClient(store, QStringLiteral("Ludmila"), QStringLiteral("Berkyová"),
                                QStringLiteral("Bydlí u sestry Berkyové"));
    cooperate(store, id, QDate(2010, 3, 1), QDate(2012, 6, 30));
    Need need;
    need.clientId = id;
    need.area = QStringLiteral("debts");
    need.identifiedOn = QDate(2010, 3, 1);
    need = NeedRepository(store).create(need);
    Goal goal;
    goal.needId = need.id;
    goal.text = QStringLiteral("Splátkový kalendář u Berkyové");
    goal.horizon = QStringLiteral("short");
    goal = PlanRepository(store).createGoal(goal);
    Step step;
    step.goalId = goal.id;
    step.text = QStringLiteral("Zavolat exekutorovi Berkyové");
    step.responsible = QStringLiteral("worker");
    PlanRepository(store).createStep(step);
    Contact contact;
    contact.clientId = id;
    contact.contactOn = QDate(2011, 5, 4);
    contact.minutes = 45;
    contact.note = QStringLiteral("Ludmila přišla se synem");
    ContactRepository(store).create(contact);
    return id;
}

qint64 count(Store &store, const QString &sql)
{
    return store.database().scalar(sql).toLongLong();
}

// How many logged changes still hold the text.
qint64 changesHolding(Store &store, const QString &text)
{
    return count(store, QStringLiteral("SELECT count(*) FROM change WHERE instr(fields, '%1') > 0").arg(text));
}

QByteArray wholeReport(Store &store)
{
    ReportFilter filter;
    filter.from = QDate(2000, 1, 1);
    filter.to = QDate(2030, 12, 31);
    return toJson(computeReport(store.database(), filter));
}

} // namespace

TEST_CASE("A client is past retention only when the last cooperation ended more than the years ago",
          "[retention]")
{
    test::Fixture fixture;
    Store &store = fixture.store();
    REQUIRE(store.clock().today() == today);
    const QUuid anniversary = makeClient(store, QStringLiteral("Adam"), QStringLiteral("Výročí"));
    cooperate(store, anniversary, QDate(2015, 1, 1), QDate(2016, 11, 2)); // exactly 10 years today
    const QUuid dayBefore = makeClient(store, QStringLiteral("Bára"), QStringLiteral("Předtím"));
    cooperate(store, dayBefore, QDate(2015, 1, 1), QDate(2016, 11, 1));
    const QUuid stillOpen = makeClient(store, QStringLiteral("Cyril"), QStringLiteral("Otevřený"));
    cooperate(store, stillOpen, QDate(2005, 1, 1), QDate(2008, 1, 1));
    cooperate(store, stillOpen, QDate(2024, 1, 1), QDate());
    const QUuid laterEnded = makeClient(store, QStringLiteral("Dana"), QStringLiteral("Pozdější"));
    cooperate(store, laterEnded, QDate(2005, 1, 1), QDate(2008, 1, 1));
    cooperate(store, laterEnded, QDate(2019, 1, 1), QDate(2020, 1, 1));
    makeClient(store, QStringLiteral("Emil"), QStringLiteral("Bezspolupráce")); // no cooperation at all

    CHECK(listed(store, 10) == QList<QUuid>{dayBefore});
    // Dana's last cooperation ended on 1 January 2020: past a period of 6 years, not of
    // 7; Cyril's is open, whatever the period.
    CHECK(listed(store, 7) == QList<QUuid>{dayBefore, anniversary});
    CHECK(listed(store, 6) == QList<QUuid>{dayBefore, anniversary, laterEnded});
    CHECK(listed(store, 1) == QList<QUuid>{dayBefore, anniversary, laterEnded});
    CHECK(Retention::isPast(QDate(2016, 11, 1), 10, today));
    CHECK_FALSE(Retention::isPast(QDate(2016, 11, 2), 10, today));
    CHECK_FALSE(Retention::isPast(QDate(), 10, today));
}

TEST_CASE("An open cooperation of a record merged into a client keeps the client", "[retention]")
{
    test::Fixture fixture;
    Store &store = fixture.store();
    const QUuid person = makeClient(store, QStringLiteral("Filip"), QStringLiteral("Dvojí"));
    cooperate(store, person, QDate(2001, 1, 1), QDate(2002, 1, 1));
    const QUuid duplicate = makeClient(store, QStringLiteral("Filip"), QStringLiteral("Dvojí"));
    cooperate(store, duplicate, QDate(2025, 1, 1), QDate());
    CHECK(listed(store, 10) == QList<QUuid>{person});
    Duplicates(store).merge(duplicate, person);
    CHECK(listed(store, 10).isEmpty());
}

TEST_CASE("The retention period is the region's: 10 years until the coordinator sets it, and it syncs",
          "[retention][sync]")
{
    Replicas replicas(2);
    DirectoryRepository(replicas[0]).addRegion(Region{QUuid(), QStringLiteral("Karlovarský kraj")});
    replicas.send(0, 1);
    CHECK(Retention(replicas[1]).years() == Retention::defaultYears);
    Retention(replicas[0]).setYears(7);
    CHECK(Retention(replicas[0]).years() == 7);
    replicas.send(0, 1);
    CHECK(Retention(replicas[1]).years() == 7);
    CHECK_THROWS_WITH(Retention(replicas[0]).setYears(0),
                      "The retention period must be between 1 and 100 years.");
    CHECK(Retention(replicas[0]).years() == 7);
}

TEST_CASE("A file of no region keeps the default period and says why it cannot be set", "[retention]")
{
    test::Fixture fixture;
    CHECK(Retention(fixture.store()).years() == 10);
    CHECK_THROWS_WITH(Retention(fixture.store()).setYears(5),
                      "This file belongs to no region, so it has no retention period to set; the default of 10 "
                      "years applies.");
}

TEST_CASE("Anonymising wipes names and texts from the rows and the history and keeps every report figure",
          "[retention]")
{
    test::Fixture fixture;
    Store &store = fixture.store();
    const QUuid ludmila = longGoneClient(store);
    const QUuid kept = makeClient(store, QStringLiteral("Zora"), QStringLiteral("Současná"));
    cooperate(store, kept, QDate(2025, 1, 1), QDate());
    const QByteArray before = wholeReport(store);

    CHECK(Retention(store).anonymise({ludmila}, 10) == 1);

    CHECK(wholeReport(store) == before);
    const std::optional<Client> client = ClientRepository(store).find(ludmila);
    REQUIRE(client);
    CHECK(client->givenName.isEmpty());
    CHECK(client->familyName.isEmpty());
    CHECK(client->notes.isEmpty());
    CHECK(client->birthYear == 1980);
    CHECK(client->gender == u"f");
    CHECK(count(store, QStringLiteral("SELECT count(*) FROM client WHERE anonymised_on = '2026-11-02'")) == 1);
    CHECK(count(store, QStringLiteral("SELECT count(*) FROM goal WHERE text = ''")) == 1);
    CHECK(count(store, QStringLiteral("SELECT count(*) FROM step WHERE text = ''")) == 1);
    CHECK(count(store, QStringLiteral("SELECT count(*) FROM contact WHERE note IS NULL AND minutes = 45")) == 1);
    for (const QString &typed : {QStringLiteral("Berky"), QStringLiteral("Ludmila"), QStringLiteral("Splátkový"),
                                 QStringLiteral("exekutorovi"), QStringLiteral("se synem")})
        CHECK(changesHolding(store, typed) == 0);
    CHECK(changesHolding(store, QStringLiteral("Současná")) > 0);
    // Off the caseload and off the list; the other client stays on both.
    CHECK(listed(store, 10).isEmpty());
    QList<QUuid> caseload;
    for (const ClientSummary &summary : ClientRepository(store).summaries(today))
        caseload.append(summary.id);
    CHECK(caseload == QList<QUuid>{kept});
}

TEST_CASE("Only a client past retention is anonymised, and nothing when one of several is not", "[retention]")
{
    test::Fixture fixture;
    Store &store = fixture.store();
    const QUuid ludmila = longGoneClient(store);
    const QUuid current = makeClient(store, QStringLiteral("Zora"), QStringLiteral("Současná"));
    cooperate(store, current, QDate(2025, 1, 1), QDate());
    CHECK_THROWS_AS(Retention(store).anonymise({ludmila, current}, 10), ValidationError);
    CHECK(changesHolding(store, QStringLiteral("Berkyová")) > 0);
    CHECK(ClientRepository(store).find(ludmila)->familyName == u"Berkyová");
}

TEST_CASE("A household's label goes with its last identified member", "[retention]")
{
    test::Fixture fixture;
    Store &store = fixture.store();
    const QUuid ludmila = longGoneClient(store);
    const QUuid household = ClientRepository(store).startHousehold(ludmila);
    const QUuid sister = makeClient(store, QStringLiteral("Ilona"), QStringLiteral("Berkyová"));
    Client member = *ClientRepository(store).find(sister);
    member.householdId = household;
    ClientRepository(store).update(member);

    Retention(store).anonymise({ludmila}, 10);
    CHECK(count(store, QStringLiteral("SELECT count(*) FROM household WHERE label = 'Berkyová'")) == 1);

    cooperate(store, sister, QDate(2009, 1, 1), QDate(2011, 1, 1));
    Retention(store).anonymise({sister}, 10);
    CHECK(count(store, QStringLiteral("SELECT count(*) FROM household WHERE label = ''")) == 1);
    CHECK(count(store, QStringLiteral("SELECT count(*) FROM client WHERE household_id IS NOT NULL")) == 2);
    CHECK(changesHolding(store, QStringLiteral("Berky")) == 0);
}

TEST_CASE("An anonymisation syncs and stays: edits from a laptop that had not seen it bring nothing back",
          "[retention][sync]")
{
    Replicas replicas(3);
    const QUuid ludmila = longGoneClient(replicas[0]);
    replicas.send(0, 1);

    // The second laptop, not knowing, writes a note before the anonymisation and a
    // phone number after it.
    replicas.clock(1).advance(30'000);
    Client edited = *ClientRepository(replicas[1]).find(ludmila);
    edited.notes = QStringLiteral("Tajná poznámka před anonymizací");
    ClientRepository(replicas[1]).update(edited);
    replicas.clock(0).advance(60'000);
    Retention(replicas[0]).anonymise({ludmila}, 10);
    replicas.clock(1).advance(60'000);
    edited.phone = QStringLiteral("777 999 888");
    ClientRepository(replicas[1]).update(edited);

    replicas.send(1, 0);
    replicas.send(0, 1);
    replicas.send(1, 0);
    replicas.send(0, 2); // a laptop that never held the client gets it anonymised
    for (int i = 0; i < 3; ++i) {
        INFO("replica " << i);
        const std::optional<Client> client = ClientRepository(replicas[i]).find(ludmila);
        REQUIRE(client);
        CHECK(client->familyName.isEmpty());
        CHECK(client->notes.isEmpty());
        CHECK(client->phone.isEmpty());
        CHECK(client->birthYear == 1980);
        CHECK(count(replicas[i], QStringLiteral("SELECT count(*) FROM goal WHERE text = ''")) == 1);
        CHECK(count(replicas[i], QStringLiteral("SELECT count(*) FROM contact WHERE minutes = 45")) == 1);
        for (const QString &typed : {QStringLiteral("Berky"), QStringLiteral("Tajná poznámka"),
                                     QStringLiteral("777 999 888"), QStringLiteral("Splátkový")})
            CHECK(changesHolding(replicas[i], typed) == 0);
        CHECK(wholeReport(replicas[i]) == wholeReport(replicas[0]));
    }
    CHECK(replicas.state(0) == replicas.state(1));
    CHECK(replicas.state(0) == replicas.state(2));
}

