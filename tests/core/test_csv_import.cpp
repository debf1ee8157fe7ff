#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "io/CsvImporter.h"
#include "io/CsvReader.h"
#include "store/RegionRepositories.h"
#include "store/ConsentRepository.h"
#include "store/RegionSetup.h"
#include "store/Repositories.h"

#include <QDir>
#include <QMap>

#include <algorithm>

using namespace teren;
using teren::test::Fixture;

namespace {

using Files = QMap<QString, QByteArray>;

QByteArray bytes(const char8_t *text)
{
    return QByteArray(reinterpret_cast<const char *>(text));
}

// A small region's onboarding folder: every file, quoted fields with commas and
// doubled quotes, Czech diacritics, a note across two lines, CRLF in one file and a
// byte-order mark in another.
Files goodFiles()
{
    Files files;
    files.insert(QStringLiteral("localities.csv"),
                 bytes(u8"code,name,municipality,district\r\n"
                       u8"LOC1,\"Chanov, sídliště\",Most,Most\r\n"
                       u8"LOC2,Předlice,Ústí nad Labem,Ústí nad Labem\r\n"));
    files.insert(QStringLiteral("clients.csv"),
                 bytes(u8"\xEF\xBB\xBF"
                       u8"client_ref,given_name,family_name,birth_year,gender,locality_code,household_ref\n"
                       u8"C1,Jiří,Horváth,1985,m,LOC1,H1\n"
                       u8"C2,Žaneta,\"Dančová, ml.\",1990,f,LOC1,H1\n"
                       u8"C3,Pavel,Kováč,,,LOC2,\n"));
    files.insert(QStringLiteral("cooperations.csv"),
                 bytes(u8"client_ref,start,end,end_reason\n"
                       u8"C1,2025-01-10,,\n"
                       u8"C2,2024-03-01,2025-06-30,goals_met\n"));
    files.insert(QStringLiteral("needs.csv"),
                 bytes(u8"need_ref,client_ref,area,intensity,priority,identified_on,status,closed_on,outcome\n"
                       u8"N1,C1,debts,3,2,2025-01-10,open,,\n"
                       u8"N2,C1,employment,2,1,2025-01-10,in_progress,,\n"
                       u8"N3,C1,housing,1,,2025-01-15,open,,\n"
                       u8"N4,C2,employment,2,,2024-03-01,resolved,2025-05-01,job_permanent\n"));
    files.insert(QStringLiteral("goals.csv"),
                 bytes(u8"goal_ref,need_ref,text,horizon,target_date,status,achieved_on\n"
                       u8"G1,N1,\"Sjednat splátkový kalendář, do konce roku\",short,2025-12-31,open,\n"
                       u8"G2,N4,Najít práci,medium,,achieved,2025-05-01\n"));
    files.insert(QStringLiteral("steps.csv"),
                 bytes(u8"goal_ref,text,responsible,due_date,done_on\n"
                       u8"G1,Zajít na exekutorský úřad,client,2025-02-01,\n"
                       u8"G1,\"Domluvit schůzku s \"\"dluhovou poradnou\"\"\",worker,,2025-01-20\n"));
    files.insert(QStringLiteral("contacts.csv"),
                 bytes(u8"client_ref,date,minutes,place,interventions,need_refs,note\n"
                       u8"C1,2025-01-10,60,field,counselling;paperwork,N1;N2,\"První schůzka,\n"
                       u8"domluveno další setkání\"\n"
                       u8"C2,2024-03-01,30,office,counselling,,\n"));
    return files;
}

constexpr int goodRowCount = 2 + 3 + 2 + 4 + 2 + 2 + 2;

QString writeFolder(Fixture &fixture, const QString &name, const Files &files)
{
    const QString dir = fixture.path(name);
    QDir().mkpath(dir);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        teren::test::writeFile(dir + u'/' + it.key(), it.value());
    return dir;
}

CsvImportReport importFiles(Fixture &fixture, const QString &name, const Files &files)
{
    return CsvImporter(fixture.store()).importFolder(writeFolder(fixture, name, files));
}

std::optional<Client> clientNamed(Store &store, const QString &familyName)
{
    for (const Client &client : ClientRepository(store).all()) {
        if (client.familyName == familyName)
            return client;
    }
    return std::nullopt;
}

// Localities and clients for the bad-row cases, plus one file under test.
Files baseWith(const QString &file, const char8_t *content)
{
    Files files = goodFiles();
    Files result;
    result.insert(QStringLiteral("localities.csv"), files.value(QStringLiteral("localities.csv")));
    result.insert(QStringLiteral("clients.csv"), files.value(QStringLiteral("clients.csv")));
    result.insert(file, bytes(content));
    return result;
}

const char8_t *needsHeader = u8"need_ref,client_ref,area,intensity,priority,identified_on,status,closed_on,outcome\n";

Files needsWith(const char8_t *rows)
{
    QByteArray content = bytes(needsHeader) + bytes(u8"N1,C1,debts,3,,2025-01-10,open,,\n") + bytes(rows);
    Files files = baseWith(QStringLiteral("needs.csv"), u8"");
    files.insert(QStringLiteral("needs.csv"), content);
    return files;
}

// The one error of an import that must fail, checked to start with FILE:LINE.
void requireSingleError(const CsvImportReport &report, const QString &where, const QString &fragment)
{
    INFO(report.errors.join(u'\n').toStdString());
    REQUIRE_FALSE(report.ok());
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.first().startsWith(where + QStringLiteral(": ")));
    CHECK(report.errors.first().contains(fragment));
    CHECK(report.inserted == 0);
}

} // namespace

TEST_CASE("CSV reader handles RFC 4180 quoting, line breaks and BOM", "[csv]")
{
    const CsvReader::Result result = CsvReader::parse(
        bytes(u8"\xEF\xBB\xBF" u8"a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n\r\nřeč,,\"\"\nlast,1,2"));
    REQUIRE(result.ok());
    REQUIRE(result.records.size() == 4);
    CHECK(result.records[0].line == 1);
    CHECK(result.records[0].fields == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    CHECK(result.records[1].line == 2);
    CHECK(result.records[1].fields
          == QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")});
    CHECK(result.records[2].line == 5); // after a blank line
    CHECK(result.records[2].fields == QStringList{QStringLiteral("řeč"), QString(), QString()});
    CHECK(result.records[3].line == 6);
    CHECK(result.records[3].fields.size() == 3);

    const CsvReader::Result open = CsvReader::parse("a\n\"never\nclosed\n");
    CHECK_FALSE(open.ok());
    CHECK(open.errorLine == 2);
    const CsvReader::Result stray = CsvReader::parse("a,b\nx\"y,z\n");
    CHECK_FALSE(stray.ok());
    CHECK(stray.errorLine == 2);
    const CsvReader::Result latin1 = CsvReader::parse("a\nok\nb\xe9patn\xe9\n");
    CHECK_FALSE(latin1.ok());
    CHECK(latin1.errorLine == 3);
}

TEST_CASE("CSV import of a good folder stores every file through the repositories", "[csv]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const CsvImportReport report = importFiles(fixture, QStringLiteral("onboarding"), goodFiles());
    INFO(report.errors.join(u'\n').toStdString());
    REQUIRE(report.ok());
    CHECK(report.inserted == goodRowCount);
    CHECK(report.updated == 0);
    CHECK(report.unchanged == 0);
    CHECK(report.rowsByFile.value(QStringLiteral("needs.csv")) == 4);
    CHECK(report.rowsByFile.value(QStringLiteral("contacts.csv")) == 2);

    DirectoryRepository directory(store);
    REQUIRE(directory.regions().size() == 1);
    CHECK(directory.regions().first().name == u"onboarding");
    const std::optional<Locality> chanov = directory.localityByCode(QStringLiteral("LOC1"));
    REQUIRE(chanov);
    CHECK(chanov->name == QStringLiteral("Chanov, sídliště"));
    CHECK(directory.localityByCode(QStringLiteral("LOC2"))->municipality == QStringLiteral("Ústí nad Labem"));

    const std::optional<Client> jiri = clientNamed(store, QStringLiteral("Horváth"));
    const std::optional<Client> zaneta = clientNamed(store, QStringLiteral("Dančová, ml."));
    const std::optional<Client> pavel = clientNamed(store, QStringLiteral("Kováč"));
    REQUIRE(jiri);
    REQUIRE(zaneta);
    REQUIRE(pavel);
    CHECK(jiri->givenName == QStringLiteral("Jiří"));
    CHECK(jiri->birthYear == 1985);
    CHECK(jiri->gender == u"m");
    CHECK(jiri->localityId == chanov->id);
    CHECK_FALSE(jiri->householdId.isNull());
    CHECK(jiri->householdId == zaneta->householdId);
    CHECK(pavel->householdId.isNull());
    CHECK_FALSE(pavel->birthYear.has_value());
    CHECK(pavel->gender.isEmpty());

    const QList<Cooperation> cooperations = CooperationRepository(store).forClient(zaneta->id);
    REQUIRE(cooperations.size() == 1);
    CHECK(cooperations.first().endOn == QDate(2025, 6, 30));
    CHECK(cooperations.first().endReason == u"goals_met");

    // Open needs in the file's priority order; the need without one comes last.
    const QList<Need> needs = NeedRepository(store).forClient(jiri->id);
    REQUIRE(needs.size() == 3);
    CHECK(needs[0].area == u"employment");
    CHECK(needs[0].priority == 1);
    CHECK(needs[0].status == u"in_progress");
    CHECK(needs[1].area == u"debts");
    CHECK(needs[1].priority == 2);
    CHECK(needs[1].intensity == 3);
    CHECK(needs[2].area == u"housing");
    CHECK(needs[2].priority == 3);
    const QList<Need> resolved = NeedRepository(store).forClient(zaneta->id);
    REQUIRE(resolved.size() == 1);
    CHECK(resolved.first().outcome == u"job_permanent");
    CHECK(resolved.first().closedOn == QDate(2025, 5, 1));

    PlanRepository plan(store);
    const QList<Goal> goals = plan.goalsForNeed(needs[1].id);
    REQUIRE(goals.size() == 1);
    CHECK(goals.first().text == QStringLiteral("Sjednat splátkový kalendář, do konce roku"));
    CHECK(goals.first().targetOn == QDate(2025, 12, 31));
    const QList<Step> steps = plan.stepsForGoal(goals.first().id);
    REQUIRE(steps.size() == 2);
    QStringList stepTexts = {steps[0].text, steps[1].text};
    stepTexts.sort();
    CHECK(stepTexts[0] == QStringLiteral("Domluvit schůzku s \"dluhovou poradnou\""));
    CHECK(stepTexts[1] == QStringLiteral("Zajít na exekutorský úřad"));
    CHECK(plan.goalsForNeed(resolved.first().id).first().achievedOn == QDate(2025, 5, 1));

    const QList<Contact> contacts = ContactRepository(store).forClient(jiri->id);
    REQUIRE(contacts.size() == 1);
    CHECK(contacts.first().minutes == 60);
    CHECK(contacts.first().place == u"field");
    CHECK(contacts.first().note == QStringLiteral("První schůzka,\ndomluveno další setkání"));
    CHECK(contacts.first().interventions == QStringList{QStringLiteral("counselling"), QStringLiteral("paperwork")});
    CHECK(contacts.first().needIds.size() == 2);
    CHECK(ContactRepository(store).forClient(zaneta->id).size() == 1);
}

TEST_CASE("CSV import reports an unknown area code at its line", "[csv]")
{
    Fixture fixture;
    const auto report = importFiles(fixture, QStringLiteral("in"), needsWith(u8"N2,C1,dluhy,2,,2025-01-10,open,,\n"));
    requireSingleError(report, QStringLiteral("needs.csv:3"), QStringLiteral("dluhy"));
}

TEST_CASE("CSV import reports an outcome that does not belong to the area", "[csv]")
{
    Fixture fixture;
    const auto report = importFiles(
        fixture, QStringLiteral("in"),
        needsWith(u8"N2,C1,housing,2,,2025-01-10,resolved,2025-03-01,job_permanent\n"));
    requireSingleError(report, QStringLiteral("needs.csv:3"), QStringLiteral("job_permanent"));
}

TEST_CASE("CSV import reports a date that is not YYYY-MM-DD", "[csv]")
{
    Fixture fixture;
    const auto report =
        importFiles(fixture, QStringLiteral("in"), needsWith(u8"N2,C1,housing,2,,10.1.2025,open,,\n"));
    requireSingleError(report, QStringLiteral("needs.csv:3"), QStringLiteral("10.1.2025"));
}

TEST_CASE("CSV import reports an impossible date", "[csv]")
{
    Fixture fixture;
    const auto report = importFiles(fixture, QStringLiteral("in"),
                                    baseWith(QStringLiteral("cooperations.csv"),
                                             u8"client_ref,start,end,end_reason\n"
                                             u8"C1,2025-01-10,,\n"
                                             u8"C2,2025-02-30,,\n"));
    requireSingleError(report, QStringLiteral("cooperations.csv:3"), QStringLiteral("2025-02-30"));
}

TEST_CASE("CSV import reports a dangling client_ref", "[csv]")
{
    Fixture fixture;
    const auto report =
        importFiles(fixture, QStringLiteral("in"), needsWith(u8"N2,C9,housing,2,,2025-01-10,open,,\n"));
    requireSingleError(report, QStringLiteral("needs.csv:3"), QStringLiteral("C9"));
}

TEST_CASE("CSV import reports a duplicate need_ref", "[csv]")
{
    Fixture fixture;
    const auto report =
        importFiles(fixture, QStringLiteral("in"), needsWith(u8"N1,C2,housing,2,,2025-01-10,open,,\n"));
    requireSingleError(report, QStringLiteral("needs.csv:3"), QStringLiteral("line 2"));
}

TEST_CASE("CSV import reports a wrong header and skips the rows that depend on that file", "[csv]")
{
    Fixture fixture;
    Files files = needsWith(u8"");
    files.insert(QStringLiteral("clients.csv"),
                 bytes(u8"ref,given_name,family_name,birth_year,gender,locality_code,household_ref\n"
                       u8"C1,Jiří,Horváth,1985,m,LOC1,H1\n"));
    const auto report = importFiles(fixture, QStringLiteral("in"), files);
    requireSingleError(report, QStringLiteral("clients.csv:1"), QStringLiteral("client_ref"));
}

TEST_CASE("CSV import reports intensity 4", "[csv]")
{
    Fixture fixture;
    const auto report =
        importFiles(fixture, QStringLiteral("in"), needsWith(u8"N2,C1,housing,4,,2025-01-10,open,,\n"));
    requireSingleError(report, QStringLiteral("needs.csv:3"), QStringLiteral("Intensity"));
}

TEST_CASE("CSV import reports a resolved need without an outcome", "[csv]")
{
    Fixture fixture;
    const auto report = importFiles(fixture, QStringLiteral("in"),
                                    needsWith(u8"N2,C1,housing,2,,2025-01-10,resolved,2025-02-01,\n"));
    requireSingleError(report, QStringLiteral("needs.csv:3"), QStringLiteral("outcome"));
}

TEST_CASE("CSV import reports two open needs of a client with the same priority", "[csv]")
{
    Fixture fixture;
    const auto report = importFiles(fixture, QStringLiteral("in"),
                                    needsWith(u8"N2,C1,housing,2,1,2025-01-10,open,,\n"
                                              u8"N3,C1,employment,2,1,2025-01-10,in_progress,,\n"
                                              u8"N4,C1,family,2,1,2025-01-10,resolved,2025-02-01,other\n"));
    requireSingleError(report, QStringLiteral("needs.csv:4"), QStringLiteral("priority 1"));
}

TEST_CASE("CSV import reports a wrong column count and a missing required value", "[csv]")
{
    Fixture fixture;
    const auto report = importFiles(fixture, QStringLiteral("in"),
                                    needsWith(u8"N2,C1,housing,2,,2025-01-10,open,\n"
                                              u8"N3,C1,housing,2,,,open,,\n"));
    INFO(report.errors.join(u'\n').toStdString());
    REQUIRE(report.errors.size() == 2);
    CHECK(report.errors[0].startsWith(QStringLiteral("needs.csv:3: ")));
    CHECK(report.errors[0].contains(QStringLiteral("columns")));
    CHECK(report.errors[1].startsWith(QStringLiteral("needs.csv:4: ")));
    CHECK(report.errors[1].contains(QStringLiteral("identified_on")));
}

TEST_CASE("CSV import is all or nothing and reports every bad row", "[csv]")
{
    Fixture fixture;
    Store &store = fixture.store();
    REQUIRE(importFiles(fixture, QStringLiteral("first"), baseWith(QStringLiteral("cooperations.csv"),
                                                                    u8"client_ref,start,end,end_reason\n"
                                                                    u8"C1,2025-01-10,,\n"))
                .ok());
    const QString before = teren::test::canonicalDump(store.database());
    const QString beforeWithLog = teren::test::canonicalDump(store.database(), true);

    Files files = goodFiles();
    // A bad need (unknown client) and, after a note spanning two lines, a bad contact.
    files.insert(QStringLiteral("needs.csv"),
                 files.value(QStringLiteral("needs.csv")) + bytes(u8"N5,C7,housing,2,,2025-01-10,open,,\n"));
    files.insert(QStringLiteral("contacts.csv"),
                 files.value(QStringLiteral("contacts.csv")) + bytes(u8"C3,2025-01-12,20,bus,,,\n"));
    const CsvImportReport report = importFiles(fixture, QStringLiteral("second"), files);
    INFO(report.errors.join(u'\n').toStdString());
    REQUIRE(report.errors.size() == 2);
    CHECK(report.errors[0].startsWith(QStringLiteral("needs.csv:6: ")));
    CHECK(report.errors[1].startsWith(QStringLiteral("contacts.csv:5: ")));
    CHECK(report.errors[1].contains(QStringLiteral("bus")));
    CHECK(report.inserted == 0);
    CHECK(teren::test::canonicalDump(store.database()) == before);
    CHECK(teren::test::canonicalDump(store.database(), true) == beforeWithLog);

    // A region created by a failed import is rolled back too.
    Fixture empty;
    const QString emptyBefore = teren::test::canonicalDump(empty.store().database(), true);
    const CsvImportReport failed = importFiles(empty, QStringLiteral("bad"), files);
    CHECK(failed.errors.size() == 2);
    CHECK(DirectoryRepository(empty.store()).regions().isEmpty());
    CHECK(teren::test::canonicalDump(empty.store().database(), true) == emptyBefore);
}

TEST_CASE("CSV re-import of the same folder changes nothing", "[csv]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const QString dir = writeFolder(fixture, QStringLiteral("onboarding"), goodFiles());
    REQUIRE(CsvImporter(store).importFolder(dir).ok());
    const QString before = teren::test::canonicalDump(store.database(), true);

    const CsvImportReport again = CsvImporter(store).importFolder(dir);
    INFO(again.errors.join(u'\n').toStdString());
    REQUIRE(again.ok());
    CHECK(again.inserted == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == goodRowCount);
    CHECK(teren::test::canonicalDump(store.database(), true) == before);
}

TEST_CASE("CSV re-import of an edited row updates it", "[csv]")
{
    Fixture fixture;
    Store &store = fixture.store();
    REQUIRE(importFiles(fixture, QStringLiteral("onboarding"), goodFiles()).ok());

    Files files = goodFiles();
    QByteArray clients = files.value(QStringLiteral("clients.csv"));
    clients.replace(bytes(u8"C3,Pavel,Kováč,,,LOC2,"), bytes(u8"C3,Pavel,Kováč,1979,m,LOC2,H2"));
    files.insert(QStringLiteral("clients.csv"), clients);
    QByteArray needs = files.value(QStringLiteral("needs.csv"));
    needs.replace("N3,C1,housing,1,", "N3,C1,housing,3,");
    // Swap the priorities of N1 and N2.
    needs.replace("N1,C1,debts,3,2,", "N1,C1,debts,3,1,");
    needs.replace("N2,C1,employment,2,1,", "N2,C1,employment,2,2,");
    files.insert(QStringLiteral("needs.csv"), needs);
    QByteArray cooperations = files.value(QStringLiteral("cooperations.csv"));
    cooperations.replace("C1,2025-01-10,,", "C1,2025-01-10,2025-12-31,moved");
    files.insert(QStringLiteral("cooperations.csv"), cooperations);

    const CsvImportReport report = importFiles(fixture, QStringLiteral("onboarding"), files);
    INFO(report.errors.join(u'\n').toStdString());
    REQUIRE(report.ok());
    CHECK(report.inserted == 0);
    CHECK(report.updated == 4); // C3, N3, N1 (moved to first), the cooperation
    CHECK(report.unchanged == goodRowCount - 4);

    const std::optional<Client> pavel = clientNamed(store, QStringLiteral("Kováč"));
    REQUIRE(pavel);
    CHECK(pavel->birthYear == 1979);
    CHECK(pavel->gender == u"m");
    CHECK_FALSE(pavel->householdId.isNull());
    const std::optional<Client> jiri = clientNamed(store, QStringLiteral("Horváth"));
    const QList<Need> jiriNeeds = NeedRepository(store).forClient(jiri->id);
    REQUIRE(jiriNeeds.size() == 3);
    CHECK(jiriNeeds[0].area == u"debts");
    CHECK(jiriNeeds[1].area == u"employment");
    CHECK(jiriNeeds[2].area == u"housing");
    CHECK(jiriNeeds[2].intensity == 3);
    const QList<Cooperation> cooperationsOfJiri = CooperationRepository(store).forClient(jiri->id);
    REQUIRE(cooperationsOfJiri.size() == 1);
    CHECK(cooperationsOfJiri.first().endOn == QDate(2025, 12, 31));
    CHECK(cooperationsOfJiri.first().endReason == u"moved");

    // And importing the edited folder once more is again a no-op.
    const QString after = teren::test::canonicalDump(store.database(), true);
    const CsvImportReport third = importFiles(fixture, QStringLiteral("onboarding"), files);
    CHECK(third.updated == 0);
    CHECK(third.inserted == 0);
    CHECK(teren::test::canonicalDump(store.database(), true) == after);
}

namespace {

// A region set up in the fixture's file: Jana and Petr of one provider, another Jana
// of a second one, and Marie, who left before the pinned day.
struct WorkerRegion
{
    QUuid jana;
    QUuid otherJana;
    QUuid petr;
    QUuid marie;
};

WorkerRegion setUpWorkers(Store &store)
{
    RegionSetup::Plan plan;
    plan.regionName = QStringLiteral("Ústecký kraj");
    plan.coordinatorName = QStringLiteral("Eva Malá");
    Provider charita;
    charita.name = QStringLiteral("Charita Most");
    Provider tisen;
    tisen.name = QStringLiteral("Člověk v tísni");
    plan.providers = {charita, tisen};
    const RegionSetup::Created created = RegionSetup::create(store, plan);
    WorkerRepository workers(store);
    const auto add = [&](const QString &name, int provider, const QDate &to = {}) {
        Worker worker;
        worker.name = name;
        worker.providerId = created.providers.at(provider);
        worker.activeFrom = QDate(2025, 1, 1);
        worker.activeTo = to;
        return workers.add(worker).id;
    };
    WorkerRegion region;
    region.jana = add(QStringLiteral("Jana Dvořáková"), 0);
    region.otherJana = add(QStringLiteral("Jana Dvořáková"), 1);
    region.petr = add(QStringLiteral("Petr Novák"), 0);
    region.marie = add(QStringLiteral("Marie Horáková"), 1, QDate(2026, 6, 30));
    return region;
}

const char8_t *clientsWithWorker =
    u8"client_ref,given_name,family_name,birth_year,gender,locality_code,household_ref,worker\n";

Files clientsFile(const QByteArray &content)
{
    Files files;
    files.insert(QStringLiteral("localities.csv"), goodFiles().value(QStringLiteral("localities.csv")));
    files.insert(QStringLiteral("clients.csv"), content);
    return files;
}

} // namespace

TEST_CASE("CSV import assigns each client to the worker named in the optional worker column", "[csv]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const WorkerRegion region = setUpWorkers(store);
    const QByteArray rows = bytes(clientsWithWorker)
        + bytes(u8"C1,Jiří,Horváth,1985,m,LOC1,H1,petr novák\n"
                u8"C2,Žaneta,Dančová,1990,f,LOC1,H1,")
        + region.otherJana.toString(QUuid::WithoutBraces).toUtf8()
        + bytes(u8"\n"
                u8"C3,Pavel,Kováč,,,LOC2,,\n");
    const CsvImportReport report = importFiles(fixture, QStringLiteral("in"), clientsFile(rows));
    INFO(report.errors.join(u'\n').toStdString());
    REQUIRE(report.ok());
    CHECK(report.inserted == 5);
    CHECK(clientNamed(store, QStringLiteral("Horváth"))->workerId == region.petr);
    CHECK(clientNamed(store, QStringLiteral("Dančová"))->workerId == region.otherJana);
    CHECK(clientNamed(store, QStringLiteral("Kováč"))->workerId.isNull()); // the coordinator's file: nobody's yet

    // The file names another worker: the client is handed over. A file without the
    // column leaves the worker as it is.
    QByteArray moved = rows;
    moved.replace("LOC1,H1,petr novák", "LOC1,H1,Petr Novák");
    moved.replace("C3,Pavel,Kováč,,,LOC2,,", "C3,Pavel,Kováč,,,LOC2,,Petr Novák");
    const CsvImportReport again = importFiles(fixture, QStringLiteral("in"), clientsFile(moved));
    INFO(again.errors.join(u'\n').toStdString());
    REQUIRE(again.ok());
    CHECK(again.updated == 1);
    CHECK(clientNamed(store, QStringLiteral("Kováč"))->workerId == region.petr);
    const CsvImportReport without =
        importFiles(fixture, QStringLiteral("in"), clientsFile(goodFiles().value(QStringLiteral("clients.csv"))));
    INFO(without.errors.join(u'\n').toStdString());
    REQUIRE(without.ok());
    CHECK(clientNamed(store, QStringLiteral("Kováč"))->workerId == region.petr);
    CHECK(clientNamed(store, QStringLiteral("Horváth"))->workerId == region.petr);
}

TEST_CASE("CSV import reports an unknown, ambiguous or retired worker at its line", "[csv]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const WorkerRegion region = setUpWorkers(store);
    const QString before = teren::test::canonicalDump(store.database(), true);
    const CsvImportReport report = importFiles(
        fixture, QStringLiteral("in"),
        clientsFile(bytes(clientsWithWorker)
                    + bytes(u8"C1,Jiří,Horváth,1985,m,LOC1,H1,Nikdo Neznámý\n"
                            u8"C2,Žaneta,Dančová,1990,f,LOC1,H1,Jana Dvořáková\n"
                            u8"C3,Pavel,Kováč,,,LOC2,,Marie Horáková\n"
                            u8"C4,Jan,Bílý,,,LOC2,,Petr Novák\n")));
    INFO(report.errors.join(u'\n').toStdString());
    REQUIRE(report.errors.size() == 3);
    CHECK(report.errors[0]
          == QStringLiteral("clients.csv:2: There is no worker \"Nikdo Neznámý\"; the column worker takes a worker's "
                            "name or id."));
    CHECK(report.errors[1].startsWith(
        QStringLiteral("clients.csv:3: Several workers are called \"Jana Dvořáková\"")));
    CHECK(report.errors[1].contains(region.jana.toString(QUuid::WithoutBraces)));
    CHECK(report.errors[1].contains(region.otherJana.toString(QUuid::WithoutBraces)));
    CHECK(report.errors[2].startsWith(QStringLiteral("clients.csv:4: Marie Horáková is not an active worker today")));
    CHECK(report.inserted == 0);
    CHECK(teren::test::canonicalDump(store.database(), true) == before);

    // A header with more columns than the optional ones is wrong as before.
    const CsvImportReport header = importFiles(
        fixture, QStringLiteral("header"),
        clientsFile(
            bytes(u8"client_ref,given_name,family_name,birth_year,gender,locality_code,household_ref,worker,x\n")));
    REQUIRE(header.errors.size() == 1);
    CHECK(header.errors[0].startsWith(QStringLiteral("clients.csv:1: The header must be")));
    CHECK(header.errors[0].contains(QStringLiteral("optionally followed by \"worker,consent_on,consent_scope\"")));
}

TEST_CASE("CSV import on an enrolled laptop registers that worker's clients only", "[csv]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const WorkerRegion region = setUpWorkers(store);
    store.setEnrolledWorker(region.jana);

    // Without the column, every client is the laptop's worker's.
    const CsvImportReport report = importFiles(fixture, QStringLiteral("in"), goodFiles());
    INFO(report.errors.join(u'\n').toStdString());
    REQUIRE(report.ok());
    const QList<QUuid> janas = ClientRepository(store).assignedTo(region.jana);
    CHECK(janas.size() == 3);

    const CsvImportReport other = importFiles(
        fixture, QStringLiteral("other"),
        clientsFile(bytes(clientsWithWorker)
                    + bytes(u8"C8,Jan,Bílý,,,LOC2,,Petr Novák\n")
                    + bytes(u8"C9,Eva,Bílá,,,LOC2,,")
                    + region.jana.toString(QUuid::WithoutBraces).toUtf8() + bytes(u8"\n")));
    INFO(other.errors.join(u'\n').toStdString());
    REQUIRE(other.errors.size() == 1);
    CHECK(other.errors[0]
          == QStringLiteral("clients.csv:2: This installation works as Jana Dvořáková and registers that worker's "
                            "clients only, not those of Petr Novák."));
}

namespace {

// Many clients, each with a need: enough rows to outgrow a database held to its size.
Files manyClients(int count)
{
    Files files = goodFiles();
    QByteArray clients = bytes(u8"client_ref,given_name,family_name,birth_year,gender,locality_code,household_ref\n");
    QByteArray needs = bytes(needsHeader);
    for (int i = 0; i < count; ++i) {
        clients += QStringLiteral("K%1,Jana,Horváthová %1,1980,f,LOC1,\n").arg(i).toUtf8();
        needs += QStringLiteral("NK%1,K%1,housing,2,,2025-01-10,open,,\n").arg(i).toUtf8();
    }
    files.insert(QStringLiteral("clients.csv"), clients);
    files.insert(QStringLiteral("needs.csv"), needs);
    return files;
}

} // namespace

TEST_CASE("CSV import stops at a full disk: one storage failure, no bad rows, nothing imported", "[csv][storage]")
{
    Fixture fixture;
    Database &db = fixture.store().database();
    const QString before = teren::test::canonicalDump(db, true);
    // The file may not grow by more than a few pages: a full disk, as SQLite sees it.
    const qint64 pages = db.scalar(QStringLiteral("PRAGMA page_count")).toLongLong();
    db.execScript(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 4));

    const CsvImportReport report = importFiles(fixture, QStringLiteral("in"), manyClients(3000));
    INFO(report.errors.join(u'\n').toStdString());
    CHECK(report.errors.isEmpty());
    CHECK(report.storageFailure.startsWith(QStringLiteral("The disk is full.")));
    CHECK_FALSE(report.ok());
    CHECK(report.inserted == 0);
    db.execScript(QStringLiteral("PRAGMA max_page_count = 4294967294"));
    CHECK(teren::test::canonicalDump(db, true) == before);
}

TEST_CASE("CSV import into a file that cannot be written reports that, not a bad row", "[csv][storage]")
{
    Fixture fixture;
    Database &db = fixture.store().database();
    const QString before = teren::test::canonicalDump(db, true);
    db.execScript(QStringLiteral("PRAGMA query_only = ON"));
    const CsvImportReport report = importFiles(fixture, QStringLiteral("in"), goodFiles());
    db.execScript(QStringLiteral("PRAGMA query_only = OFF"));
    INFO(report.errors.join(u'\n').toStdString());
    CHECK(report.errors.isEmpty());
    CHECK(report.storageFailure.contains(QStringLiteral("cannot be written")));
    CHECK(report.inserted == 0);
    CHECK(teren::test::canonicalDump(db, true) == before);
}

TEST_CASE("CSV import refuses a control character in a cell, naming the column, and keeps tabs and line breaks",
          "[csv]")
{
    Fixture fixture;
    Files files = goodFiles();
    QByteArray clients = files.value(QStringLiteral("clients.csv"));
    clients.replace(bytes(u8"C3,Pavel,Kováč"), QByteArray("C3,Pa\0vel,Kov\x1b" "\xC3\xA1\xC4\x8D", 18));
    files.insert(QStringLiteral("clients.csv"), clients);
    const CsvImportReport report = importFiles(fixture, QStringLiteral("in"), files);
    requireSingleError(report, QStringLiteral("clients.csv:4"),
                       QStringLiteral("The column given_name holds the control character U+0000, which no text may "
                                      "hold; remove it in the spreadsheet."));

    // A note across lines, with a tab, is text like any other.
    Files notes = goodFiles();
    QByteArray contacts = notes.value(QStringLiteral("contacts.csv"));
    contacts.replace(bytes(u8"\"První schůzka,\n"), bytes(u8"\"První\tschůzka,\r\n"));
    notes.insert(QStringLiteral("contacts.csv"), contacts);
    const CsvImportReport imported = importFiles(fixture, QStringLiteral("notes"), notes);
    INFO(imported.errors.join(u'\n').toStdString());
    CHECK(imported.ok());
}

namespace {

const char8_t *clientsWithConsent =
    u8"client_ref,given_name,family_name,birth_year,gender,locality_code,household_ref,worker,consent_on,consent_scope\n";

} // namespace

TEST_CASE("CSV import records the consent of the optional consent columns, once", "[csv][consent]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const QByteArray rows = bytes(clientsWithConsent)
        + bytes(u8"C1,Jiří,Horváth,1985,m,LOC1,H1,,2025-01-10,\"Zpracování údajů, předávání OSPOD\"\n"
                u8"C2,Žaneta,Dančová,1990,f,LOC1,H1,,,\n");
    const CsvImportReport report = importFiles(fixture, QStringLiteral("in"), clientsFile(rows));
    INFO(report.errors.join(u'\n').toStdString());
    REQUIRE(report.ok());
    CHECK(report.inserted == 4);

    ConsentRepository consents(store);
    const QList<Consent> horvath = consents.forClient(clientNamed(store, QStringLiteral("Horváth"))->id);
    REQUIRE(horvath.size() == 1);
    CHECK(horvath.first().recordedOn == QDate(2025, 1, 10));
    CHECK(horvath.first().isGiven());
    CHECK(horvath.first().scope == u"processing");
    CHECK(horvath.first().note == u"Zpracování údajů, předávání OSPOD");
    CHECK(consents.inForce(horvath.first().clientId));
    const QUuid dancova = clientNamed(store, QStringLiteral("Dančová"))->id;
    CHECK(consents.forClient(dancova).isEmpty());
    CHECK_FALSE(consents.inForce(dancova));

    const CsvImportReport again = importFiles(fixture, QStringLiteral("in"), clientsFile(rows));
    INFO(again.errors.join(u'\n').toStdString());
    REQUIRE(again.ok());
    CHECK(again.inserted == 0);
    CHECK(again.updated == 0);
    CHECK(consents.forClient(horvath.first().clientId).size() == 1);
}

TEST_CASE("CSV import without the consent columns records no consent", "[csv][consent]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const CsvImportReport report = importFiles(fixture, QStringLiteral("in"), goodFiles());
    INFO(report.errors.join(u'\n').toStdString());
    REQUIRE(report.ok());
    for (const Client &client : ClientRepository(store).all()) {
        CHECK(ConsentRepository(store).forClient(client.id).isEmpty());
        CHECK_FALSE(ConsentRepository(store).inForce(client.id));
    }
}

TEST_CASE("CSV import reports a bad consent date at its line and imports nothing", "[csv][consent]")
{
    Fixture fixture;
    const QByteArray rows = bytes(clientsWithConsent)
        + bytes(u8"C1,Jiří,Horváth,1985,m,LOC1,H1,,2025-01-10,souhlas\n"
                u8"C2,Žaneta,Dančová,1990,f,LOC1,H1,,10.1.2025,souhlas\n");
    const CsvImportReport report = importFiles(fixture, QStringLiteral("in"), clientsFile(rows));
    INFO(report.errors.join(u'\n').toStdString());
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.first()
          == u"clients.csv:3: \"10.1.2025\" in the column consent_on is not a valid date (YYYY-MM-DD).");
    CHECK(report.inserted == 0);
    CHECK(ClientRepository(fixture.store()).all().isEmpty());
    CHECK(fixture.store().database().scalar(QStringLiteral("SELECT count(*) FROM consent")).toInt() == 0);
}

TEST_CASE("CSV import reports a consent scope without its date", "[csv][consent]")
{
    Fixture fixture;
    const QByteArray rows =
        bytes(clientsWithConsent) + bytes(u8"C1,Jiří,Horváth,1985,m,LOC1,H1,,,souhlas se zpracováním\n");
    const CsvImportReport report = importFiles(fixture, QStringLiteral("in"), clientsFile(rows));
    requireSingleError(report, QStringLiteral("clients.csv:2"),
                       QStringLiteral("The column consent_scope needs the date of the consent in consent_on."));
}

TEST_CASE("CSV import reads the optional residents column of localities.csv", "[csv]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const auto localities = [](const char8_t *content) {
        Files files;
        files.insert(QStringLiteral("localities.csv"), bytes(content));
        return files;
    };
    const CsvImportReport report =
        importFiles(fixture, QStringLiteral("in"),
                    localities(u8"code,name,municipality,district,residents\r\n"
                               u8"LOC1,Chanov,Most,Most,850\r\n"
                               u8"LOC2,Předlice,Ústí nad Labem,Ústí nad Labem,\r\n"));
    INFO(report.errors.join(u'\n').toStdString());
    REQUIRE(report.ok());
    DirectoryRepository directory(store);
    CHECK(directory.localityByCode(QStringLiteral("LOC1"))->residents == 850);
    CHECK_FALSE(directory.localityByCode(QStringLiteral("LOC2"))->residents.has_value());

    // Without the column an update keeps the estimate; with it, the new one.
    REQUIRE(importFiles(fixture, QStringLiteral("in"), localities(u8"code,name,municipality,district\r\n"
                                                                  u8"LOC1,Chanov,Most,Most\r\n"))
                .ok());
    CHECK(directory.localityByCode(QStringLiteral("LOC1"))->residents == 850);
    const CsvImportReport changed = importFiles(fixture, QStringLiteral("in"),
                                                localities(u8"code,name,municipality,district,residents\r\n"
                                                           u8"LOC1,Chanov,Most,Most,900\r\n"));
    REQUIRE(changed.ok());
    CHECK(changed.updated == 1);
    CHECK(directory.localityByCode(QStringLiteral("LOC1"))->residents == 900);

    requireSingleError(importFiles(fixture, QStringLiteral("bad"),
                                   localities(u8"code,name,municipality,district,residents\r\n"
                                              u8"LOC3,Trmice,Trmice,Ústí nad Labem,mnoho\r\n")),
                       QStringLiteral("localities.csv:2"),
                       QStringLiteral("\"mnoho\" in the column residents is not a whole number."));
    requireSingleError(importFiles(fixture, QStringLiteral("negative"),
                                   localities(u8"code,name,municipality,district,residents\r\n"
                                              u8"LOC3,Trmice,Trmice,Ústí nad Labem,-5\r\n")),
                       QStringLiteral("localities.csv:2"),
                       QStringLiteral("The column residents cannot be negative (-5)."));
}

TEST_CASE("CSV import links every client of a contact listed in client_ref", "[csv][groups]")
{
    Fixture fixture;
    Store &store = fixture.store();
    Files files = baseWith(QStringLiteral("contacts.csv"),
                           u8"client_ref,date,minutes,place,interventions,need_refs,note\n"
                           u8"\"C1;C2; C3\",2025-02-03,90,field,counselling,,Návštěva rodiny\n"
                           u8"C3,2025-02-04,10,phone,,,\n");
    const CsvImportReport report = importFiles(fixture, QStringLiteral("group"), files);
    INFO(report.errors.join(u'\n').toStdString());
    REQUIRE(report.ok());
    CHECK(report.rowsByFile.value(QStringLiteral("contacts.csv")) == 2);
    const Client jiri = *clientNamed(store, QStringLiteral("Horváth"));
    const Client zaneta = *clientNamed(store, QStringLiteral("Dančová, ml."));
    const Client pavel = *clientNamed(store, QStringLiteral("Kováč"));
    const QList<Contact> ofJiri = ContactRepository(store).forClient(jiri.id);
    REQUIRE(ofJiri.size() == 1);
    CHECK(ofJiri.first().clientId == jiri.id);
    CHECK(ofJiri.first().otherClientIds == QList<QUuid>{zaneta.id, pavel.id});
    CHECK(ContactRepository(store).forClient(zaneta.id).size() == 1);
    CHECK(ContactRepository(store).forClient(pavel.id).size() == 2);

    // Importing the same folder again changes nothing.
    const QString before = teren::test::canonicalDump(store.database());
    REQUIRE(importFiles(fixture, QStringLiteral("again"), files).ok());
    CHECK(teren::test::canonicalDump(store.database()) == before);
}

TEST_CASE("CSV import refuses a contact listing an unknown or repeated client_ref at its line", "[csv][groups]")
{
    Fixture fixture;
    requireSingleError(importFiles(fixture, QStringLiteral("unknown"),
                                   baseWith(QStringLiteral("contacts.csv"),
                                            u8"client_ref,date,minutes,place,interventions,need_refs,note\n"
                                            u8"C1,2025-02-02,30,field,,,\n"
                                            u8"\"C1;C9\",2025-02-03,90,field,,,\n")),
                       QStringLiteral("contacts.csv:3"),
                       QStringLiteral("client_ref \"C9\" is not in clients.csv nor in an earlier import."));
    requireSingleError(importFiles(fixture, QStringLiteral("twice"),
                                   baseWith(QStringLiteral("contacts.csv"),
                                            u8"client_ref,date,minutes,place,interventions,need_refs,note\n"
                                            u8"\"C2;C1;C2\",2025-02-03,90,field,,,\n")),
                       QStringLiteral("contacts.csv:2"),
                       QStringLiteral("The client_ref \"C2\" is listed twice in one contact."));
    requireSingleError(importFiles(fixture, QStringLiteral("empty"),
                                   baseWith(QStringLiteral("contacts.csv"),
                                            u8"client_ref,date,minutes,place,interventions,need_refs,note\n"
                                            u8"\" ; \",2025-02-03,90,field,,,\n")),
                       QStringLiteral("contacts.csv:2"), QStringLiteral("The column client_ref needs a value."));
    CHECK(ClientRepository(fixture.store()).all().isEmpty());
}
