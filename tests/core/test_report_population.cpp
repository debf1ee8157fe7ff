// Who the persons supported are and what was done for them: age bands, gender,
// households, intensity, providers, age at entry, coverage, goals and end reasons,
// each worked out by hand below for the calendar year 2025.
#include <catch2/catch.hpp>

#include "ReportTestData.h"
#include "report/ReportBuilder.h"
#include "report/ReportFormat.h"
#include "store/Repositories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace teren;
using namespace Qt::StringLiterals;
using test::day;

namespace {

// The region, person by person (age = 2025 − birth year; "entry": the cooperation
// started in 2025, age at entry = its start year − birth year):
//
//   person  born  gender  household  locality  worker (provider)  cooperation               entry
//   Anna    2011  f       H1         alfa      Věra (Pomoc)       2025-03-01 –              14
//   Dora    2010  f       H2         alfa      Věra (Pomoc)       2024-05-01 – 2025-02-28 goals_met
//   Eva     2007  x       H2         beta      Karel (Quest)      2025-01-01 –              18
//   Filip   1998  m       –          beta      Karel (Quest)      2023-01-01 – 2025-12-31 moved
//   Gustav  1960  m       –          –         Ota (no provider)  2025-12-31 –              65
//   Hana    –     –       –          alfa      Věra (Pomoc)       2025-06-01 – 2025-09-30 client_left  unknown
//   Ivo     1996  m       –          gama      Karel (Quest)      2025-04-01 –              29
//   Jana    1971  f       –          alfa      Věra (Pomoc)       2025-02-01 –              54
//   Karel   1970  m       –          beta      Karel (Quest)      2025-07-01 – 2025-08-31 moved  55
//   Lev     2008  f       –          alfa      Věra (Pomoc)       2025-10-01 – 2025-11-15 lost_contact  17
//   Mira    1995  f       –          beta      Karel (Quest)      2025-05-01 –              30
// not supported: Bob and Cecil (household H1, no cooperation), Olga (Věra, ended
// 2024-12-31, with a contact and a need in 2025). The provider Prázdný has a worker
// and no clients. Localities: alfa 40 residents, beta 0, delta 10 (nobody there),
// gama no estimate.
struct PopulationRegion
{
    test::ReportRegion data;
    QUuid alfa, beta, gama, delta;
    QUuid pomoc, quest, empty;
    QUuid vera, karel, ota;
    QUuid h1, h2;
    QUuid anna, dora, eva, filip, gustav, hana, ivo, jana, karelClient, lev, mira, olga;

    QUuid locality(const QString &code, std::optional<int> residents)
    {
        Locality locality{QUuid(), data.region, code, code, code, code, {}, residents};
        return DirectoryRepository(data.store()).addLocality(locality).id;
    }

    QUuid client(const QString &name, std::optional<int> born, const QString &gender, const QUuid &household,
                  const QUuid &locality, const QUuid &worker)
    {
        Client client;
        client.givenName = name;
        client.familyName = QStringLiteral("Testová");
        client.birthYear = born;
        client.gender = gender;
        client.householdId = household;
        client.localityId = locality;
        client.workerId = worker;
        return ClientRepository(data.store()).create(client).id;
    }

    void cooperation(const QUuid &client, const char *start, const char *end = nullptr, const char *reason = nullptr)
    {
        Cooperation cooperation;
        cooperation.clientId = client;
        cooperation.startOn = day(start);
        if (end) {
            cooperation.endOn = day(end);
            cooperation.endReason = QString::fromLatin1(reason);
        }
        CooperationRepository(data.store()).create(cooperation);
    }

    QUuid need(const QUuid &client, const char *area, int intensity, const char *identified,
               const char *status = "open", const char *closed = nullptr, const char *outcome = nullptr)
    {
        Need need;
        need.clientId = client;
        need.area = QString::fromLatin1(area);
        need.intensity = intensity;
        need.identifiedOn = day(identified);
        need.status = QString::fromLatin1(status);
        if (closed)
            need.closedOn = day(closed);
        if (outcome)
            need.outcome = QString::fromLatin1(outcome);
        return NeedRepository(data.store()).create(need).id;
    }

    QUuid goal(const QUuid &need, const char *horizon, const char *status)
    {
        Goal goal;
        goal.needId = need;
        goal.text = QStringLiteral("Cíl");
        goal.horizon = QString::fromLatin1(horizon);
        goal.status = QString::fromLatin1(status);
        if (goal.status == u"achieved")
            goal.achievedOn = day("2025-06-01");
        return PlanRepository(data.store()).createGoal(goal).id;
    }

    PopulationRegion()
    {
        alfa = locality(QStringLiteral("alfa"), 40);
        beta = locality(QStringLiteral("beta"), 0);
        gama = locality(QStringLiteral("gama"), std::nullopt);
        delta = locality(QStringLiteral("delta"), 10);
        pomoc = data.provider(QStringLiteral("Pomoc"));
        quest = data.provider(QStringLiteral("Quest"));
        empty = data.provider(QStringLiteral("Prázdný"));
        vera = data.worker(QStringLiteral("Věra"), pomoc);
        karel = data.worker(QStringLiteral("Karel"), quest);
        data.worker(QStringLiteral("Petr"), empty);
        ota = data.worker(QStringLiteral("Ota"), QUuid());
        DirectoryRepository directory(data.store());
        h1 = directory.addHousehold(Household{QUuid(), QStringLiteral("H1")}).id;
        h2 = directory.addHousehold(Household{QUuid(), QStringLiteral("H2")}).id;
        const QString f = QStringLiteral("f"), m = QStringLiteral("m"), x = QStringLiteral("x");

        anna = client(QStringLiteral("Anna"), 2011, f, h1, alfa, vera);
        cooperation(anna, "2025-03-01");
        const QUuid annaHousing = need(anna, "housing", 3, "2025-03-05", "resolved", "2025-06-01", "housing_new");
        goal(annaHousing, "short", "achieved");
        goal(annaHousing, "long", "open");
        goal(need(anna, "debts", 1, "2025-04-01"), "medium", "not_achieved");
        data.contact(anna, day("2025-03-05"), 60, QStringLiteral("field"), {QStringLiteral("counselling")});
        client(QStringLiteral("Bob"), 1980, m, h1, alfa, vera);
        client(QStringLiteral("Cecil"), 1982, m, h1, alfa, vera);

        dora = client(QStringLiteral("Dora"), 2010, f, h2, alfa, vera);
        cooperation(dora, "2024-05-01", "2025-02-28", "goals_met");
        goal(need(dora, "material", 1, "2025-01-10", "resolved", "2025-02-10", "benefit_granted"), "short", "achieved");
        data.contact(dora, day("2025-01-10"), 45, QStringLiteral("office"), {QStringLiteral("counselling")});

        eva = client(QStringLiteral("Eva"), 2007, x, h2, beta, karel);
        cooperation(eva, "2025-01-01");
        goal(need(eva, "employment", 2, "2025-02-01", "not_resolved", "2025-05-01"), "medium", "dropped");
        data.contact(eva, day("2025-02-01"), 30, QStringLiteral("phone"), {QStringLiteral("counselling")});

        filip = client(QStringLiteral("Filip"), 1998, m, QUuid(), beta, karel);
        cooperation(filip, "2023-01-01", "2025-12-31", "moved");
        // Identified before the period: neither the need nor its goal counts.
        goal(need(filip, "housing", 1, "2024-12-01", "resolved", "2025-02-01", "housing_kept"), "short", "achieved");
        data.contact(filip, day("2024-12-20"), 90, QStringLiteral("field"), {QStringLiteral("counselling")});

        gustav = client(QStringLiteral("Gustav"), 1960, m, QUuid(), QUuid(), ota);
        cooperation(gustav, "2025-12-31");
        data.contact(gustav, day("2025-12-31"), 15, QStringLiteral("field"), {QStringLiteral("counselling")});

        hana = client(QStringLiteral("Hana"), std::nullopt, QString(), QUuid(), alfa, vera);
        cooperation(hana, "2025-06-01", "2025-09-30", "client_left");

        ivo = client(QStringLiteral("Ivo"), 1996, m, QUuid(), gama, karel);
        cooperation(ivo, "2025-04-01");
        // Resolved after the period: identified, not resolved; its goal is achieved all the same.
        goal(need(ivo, "employment", 3, "2025-05-01", "resolved", "2026-01-10", "job_permanent"), "long", "achieved");

        jana = client(QStringLiteral("Jana"), 1971, f, QUuid(), alfa, vera);
        cooperation(jana, "2025-02-01");
        const QUuid janaMaterial = need(jana, "material", 1, "2025-02-05", "resolved", "2025-03-01", "benefit_granted");
        data.tombstone(QStringLiteral("goal"), goal(janaMaterial, "short", "achieved"));
        goal(janaMaterial, "medium", "achieved");

        karelClient = client(QStringLiteral("Karel"), 1970, m, QUuid(), beta, karel);
        cooperation(karelClient, "2025-07-01", "2025-08-31", "moved");

        lev = client(QStringLiteral("Lev"), 2008, f, QUuid(), alfa, vera);
        cooperation(lev, "2025-10-01", "2025-11-15", "lost_contact");

        mira = client(QStringLiteral("Mira"), 1995, f, QUuid(), beta, karel);
        cooperation(mira, "2025-05-01");

        olga = client(QStringLiteral("Olga"), 2000, f, QUuid(), alfa, vera);
        cooperation(olga, "2023-01-01", "2024-12-31", "other");
        need(olga, "material", 2, "2025-01-20");
        data.contact(olga, day("2025-01-15"), 30, QStringLiteral("field"), {QStringLiteral("counselling")});
    }

    Report report(const ReportFilter &filter = {}) { return data.report(day("2025-01-01"), day("2025-12-31"), filter); }
};

QJsonObject json(const Report &report)
{
    return QJsonDocument::fromJson(toJson(report)).object();
}

// A list of objects as "key=value,key=value" lines, in order, for a whole-list comparison.
QStringList rows(const QJsonArray &array, const QStringList &keys)
{
    QStringList lines;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        QStringList parts;
        for (const QString &key : keys) {
            const QJsonValue field = object.value(key);
            QString text;
            if (field.isString())
                text = field.toString();
            else if (field.isDouble())
                text = QString::number(field.toDouble(), 'g', 10);
            else if (field.isNull())
                text = QStringLiteral("null");
            else
                text = QStringLiteral("missing");
            parts.append(key + QLatin1Char('=') + text);
        }
        lines.append(parts.join(QLatin1Char(',')));
    }
    return lines;
}

QStringList lines(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger());
}

} // namespace

TEST_CASE("Age bands: age on the period's last day, boundary years and no birth year", "[report][population]")
{
    PopulationRegion region;
    const QJsonObject report = json(region.report());
    // 2025 − 2011 = 14 (Anna); 15 Dora, 17 Lev; 18 Eva; 27 Filip, 29 Ivo, 30 Mira, 54 Jana,
    // 55 Karel; 65 Gustav; Hana has no birth year. Bob, Cecil and Olga are not supported.
    CHECK(rows(report.value(u"by_age_band").toArray(), {u"band"_s, u"persons"_s})
          == lines({"band=0-14,persons=1", "band=15-17,persons=2", "band=18-26,persons=1", "band=27-64,persons=5",
                    "band=65+,persons=1", "band=unknown,persons=1"}));
    CHECK(report.value(u"persons_supported").toInt() == 11);
}

TEST_CASE("Persons by gender list f, m, x and unknown", "[report][population]")
{
    PopulationRegion region;
    CHECK(rows(json(region.report()).value(u"by_gender").toArray(), {u"gender"_s, u"persons"_s})
          == lines({"gender=f,persons=5", "gender=m,persons=4", "gender=x,persons=1", "gender=unknown,persons=1"}));
}

TEST_CASE("Households: a household of three with one person supported is one", "[report][population]")
{
    PopulationRegion region;
    const QJsonObject report = json(region.report());
    // H1 (Anna; Bob and Cecil are not supported), H2 (Dora and Eva), and eight persons
    // without a household: 10 households, 11 ÷ 10 persons each.
    CHECK(report.value(u"households").toInt() == 10);
    CHECK(isWholeNumber(report.value(u"households")));
    CHECK(report.value(u"persons_per_household").toDouble() == 1.1);
    // 6 needs identified (Olga's is not of a person supported, Filip's is from 2024).
    CHECK(report.value(u"needs_per_person").toDouble() == 0.5455);
    // Contacts in 2025 of the filtered clients, Olga's too: 60 + 45 + 30 + 15 + 30 = 180
    // minutes = 3 hours over 11 persons.
    CHECK(report.value(u"contacts").toObject().value(u"minutes").toInt() == 180);
    CHECK(report.value(u"contact_hours_per_person").toDouble() == 0.2727);
}

TEST_CASE("Needs by intensity and by area and intensity", "[report][population]")
{
    PopulationRegion region;
    const QJsonObject report = json(region.report());
    // 1: Anna's debts (open), Dora's and Jana's material (resolved); 2: Eva's employment
    // (not resolved); 3: Anna's housing (resolved), Ivo's employment (resolved in 2026).
    CHECK(rows(report.value(u"by_intensity").toArray(),
               {u"intensity"_s, u"identified"_s, u"resolved"_s, u"resolved_rate"_s})
          == lines({"intensity=1,identified=3,resolved=2,resolved_rate=0.6667",
                    "intensity=2,identified=1,resolved=0,resolved_rate=0",
                    "intensity=3,identified=2,resolved=1,resolved_rate=0.5"}));
    const QStringList cells = rows(report.value(u"by_area_intensity").toArray(),
                                   {u"area"_s, u"intensity"_s, u"identified"_s});
    // Every area of the codelist, in its order, with each intensity.
    REQUIRE(cells.size() == 3 * report.value(u"by_area").toArray().size());
    CHECK(cells.mid(0, 12)
          == lines({"area=housing,intensity=1,identified=0", "area=housing,intensity=2,identified=0",
                    "area=housing,intensity=3,identified=1", "area=material,intensity=1,identified=2",
                    "area=material,intensity=2,identified=0", "area=material,intensity=3,identified=0",
                    "area=employment,intensity=1,identified=0", "area=employment,intensity=2,identified=1",
                    "area=employment,intensity=3,identified=1", "area=debts,intensity=1,identified=1",
                    "area=debts,intensity=2,identified=0", "area=debts,intensity=3,identified=0"}));
    for (const QString &cell : cells.mid(12))
        CHECK(cell.endsWith(u",identified=0"));
}

TEST_CASE("By provider: the provider of the client's current worker, and a provider with no clients is not listed",
          "[report][population]")
{
    PopulationRegion region;
    const QJsonObject report = json(region.report());
    const auto id = [](const QUuid &uuid) { return uuid.toString(QUuid::WithoutBraces); };
    // Pomoc: Anna, Dora, Hana, Jana, Lev; needs of Anna (2), Dora, Jana; contacts of Anna,
    // Dora and Olga (not supported, but her contact is counted): 60 + 45 + 30.
    // Quest: Eva, Filip, Ivo, Karel, Mira; needs of Eva and Ivo, none resolved by the end;
    // Eva's contact. Gustav's worker has no provider; Prázdný has no clients.
    CHECK(rows(report.value(u"by_provider").toArray(),
               {u"provider"_s, u"name"_s, u"persons"_s, u"needs_identified"_s, u"needs_resolved"_s,
                u"contact_minutes"_s})
          == QStringList{QStringLiteral("provider=%1,name=Pomoc,persons=5,needs_identified=4,needs_resolved=3,"
                                        "contact_minutes=135")
                             .arg(id(region.pomoc)),
                         QStringLiteral("provider=%1,name=Quest,persons=5,needs_identified=2,needs_resolved=0,"
                                        "contact_minutes=30")
                             .arg(id(region.quest))});
}

TEST_CASE("Age at entry: persons whose cooperation started in the period, by start year minus birth year",
          "[report][population]")
{
    PopulationRegion region;
    // Anna 14, Lev 17 | Eva 18, Ivo 29 | Mira 30, Jana 54 | Karel 55, Gustav 65 (started on
    // the last day) | Hana without a birth year. Dora and Filip started before 2025.
    CHECK(rows(json(region.report()).value(u"esf_age_at_entry").toArray(), {u"band"_s, u"persons"_s})
          == lines({"band=under_18,persons=2", "band=18-29,persons=2", "band=30-54,persons=2", "band=55+,persons=2",
                    "band=unknown,persons=1"}));
}

TEST_CASE("Locality coverage: localities with residents only, and zero residents give 0", "[report][population]")
{
    PopulationRegion region;
    // alfa: Anna, Dora, Hana, Jana, Lev of 40; beta: 4 persons of 0 residents; delta:
    // nobody of 10; gama has no estimate.
    CHECK(rows(json(region.report()).value(u"locality_coverage").toArray(),
               {u"locality"_s, u"residents"_s, u"persons"_s, u"coverage"_s})
          == lines({"locality=alfa,residents=40,persons=5,coverage=0.125",
                    "locality=beta,residents=0,persons=4,coverage=0",
                    "locality=delta,residents=10,persons=0,coverage=0"}));
}

TEST_CASE("Goals by horizon: goals of the needs identified in the period", "[report][population]")
{
    PopulationRegion region;
    // short: Anna's housing (achieved), Dora's (achieved); Jana's short goal is deleted and
    // Filip's need is from 2024. medium: Anna's debts (not achieved), Eva's (dropped),
    // Jana's (achieved). long: Anna's housing (open), Ivo's (achieved).
    CHECK(rows(json(region.report()).value(u"goals_by_horizon").toArray(),
               {u"horizon"_s, u"set"_s, u"achieved"_s, u"achieved_rate"_s})
          == lines({"horizon=short,set=2,achieved=2,achieved_rate=1",
                    "horizon=medium,set=3,achieved=1,achieved_rate=0.3333",
                    "horizon=long,set=2,achieved=1,achieved_rate=0.5"}));
}

TEST_CASE("End reasons: every code of the codelist in its order, zeros included", "[report][population]")
{
    PopulationRegion region;
    // Ended in 2025: Dora (goals met), Hana (client left), Filip and Karel (moved), Lev (lost
    // contact). Olga's ended in 2024.
    CHECK(rows(json(region.report()).value(u"end_reasons").toArray(), {u"end_reason"_s, u"count"_s})
          == lines({"end_reason=goals_met,count=1", "end_reason=client_left,count=1", "end_reason=moved,count=2",
                    "end_reason=lost_contact,count=1", "end_reason=other,count=0"}));
}

TEST_CASE("The new figures follow the filters", "[report][population]")
{
    PopulationRegion region;
    ReportFilter filter;
    filter.providerId = region.quest;
    const QJsonObject report = json(region.report(filter));
    // Eva 18, Filip 27, Ivo 29, Karel 55, Mira 30.
    CHECK(rows(report.value(u"by_age_band").toArray(), {u"band"_s, u"persons"_s})
          == lines({"band=0-14,persons=0", "band=15-17,persons=0", "band=18-26,persons=1", "band=27-64,persons=4",
                    "band=65+,persons=0", "band=unknown,persons=0"}));
    CHECK(report.value(u"households").toInt() == 5);
    CHECK(report.value(u"by_provider").toArray().size() == 1);
    CHECK(rows(report.value(u"locality_coverage").toArray(), {u"locality"_s, u"persons"_s})
          == lines({"locality=alfa,persons=0", "locality=beta,persons=4", "locality=delta,persons=0"}));
}

TEST_CASE("Zero denominators give 0 and every band and code is listed", "[report][population]")
{
    PopulationRegion region;
    const QJsonObject report =
        json(region.data.report(day("2020-01-01"), day("2020-12-31")));
    CHECK(report.value(u"persons_supported").toInt() == 0);
    for (const char *key : {"households", "persons_per_household", "contact_hours_per_person", "needs_per_person"}) {
        INFO(key);
        CHECK(report.value(QString::fromLatin1(key)).isDouble());
        CHECK(report.value(QString::fromLatin1(key)).toDouble() == 0);
    }
    CHECK(rows(report.value(u"by_gender").toArray(), {u"gender"_s, u"persons"_s})
          == lines({"gender=f,persons=0", "gender=m,persons=0", "gender=x,persons=0", "gender=unknown,persons=0"}));
    CHECK(rows(report.value(u"by_intensity").toArray(), {u"intensity"_s, u"identified"_s, u"resolved_rate"_s})
          == lines({"intensity=1,identified=0,resolved_rate=0", "intensity=2,identified=0,resolved_rate=0",
                    "intensity=3,identified=0,resolved_rate=0"}));
    CHECK(rows(report.value(u"goals_by_horizon").toArray(), {u"horizon"_s, u"set"_s, u"achieved_rate"_s})
          == lines({"horizon=short,set=0,achieved_rate=0", "horizon=medium,set=0,achieved_rate=0",
                    "horizon=long,set=0,achieved_rate=0"}));
    CHECK(report.value(u"by_age_band").toArray().size() == 6);
    CHECK(report.value(u"esf_age_at_entry").toArray().size() == 5);
    CHECK(report.value(u"end_reasons").toArray().size() == 5);
    CHECK(report.value(u"by_provider").toArray().isEmpty());
    CHECK(rows(report.value(u"locality_coverage").toArray(), {u"locality"_s, u"persons"_s, u"coverage"_s})
          == lines({"locality=alfa,persons=0,coverage=0", "locality=beta,persons=0,coverage=0",
                    "locality=delta,persons=0,coverage=0"}));
}

TEST_CASE("The new figures are the same on one connection and on two", "[report][population]")
{
    PopulationRegion region;
    ReportFilter filter = ReportFilter::calendarYear(2025);
    ReportBuilder sequential(region.data.store().database());
    sequential.setParallel(false);
    CHECK(toJson(sequential.build(filter)) == toJson(computeReport(region.data.store().database(), filter)));
}
