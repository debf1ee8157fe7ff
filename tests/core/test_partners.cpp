// Partner institutions on a single file: steps and contacts that name them, retiring
// and merging entries, the report's counts by kind, and partners.csv.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "access/PersonalRecord.h"
#include "changes/EntityTable.h"
#include "domain/Codes.h"
#include "io/CsvImporter.h"
#include "report/ReportBuilder.h"
#include "report/ReportFormat.h"
#include "store/PartnerRepository.h"
#include "store/Repositories.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace teren;
using teren::test::Fixture;

namespace {

// One client with a cooperation from 2026-01-01, a need identified on `identified`
// and one goal under it.
struct Plan
{
    QUuid client;
    QUuid need;
    QUuid goal;
};

Plan planFor(Store &store, const QString &given, const QDate &identified, bool supported = true)
{
    Client client;
    client.givenName = given;
    client.familyName = QStringLiteral("Horváthová");
    Plan plan;
    plan.client = ClientRepository(store).create(client).id;
    if (supported) {
        Cooperation cooperation;
        cooperation.clientId = plan.client;
        cooperation.startOn = QDate(2026, 1, 1);
        CooperationRepository(store).create(cooperation);
    }
    Need need;
    need.clientId = plan.client;
    need.area = QStringLiteral("debts");
    need.identifiedOn = identified;
    plan.need = NeedRepository(store).create(need).id;
    Goal goal;
    goal.needId = plan.need;
    goal.text = QStringLiteral("Splátkový kalendář");
    goal.horizon = QStringLiteral("short");
    plan.goal = PlanRepository(store).createGoal(goal).id;
    return plan;
}

QUuid addPartner(Store &store, const QString &kind, const QString &name)
{
    Partner partner;
    partner.kind = kind;
    partner.name = name;
    return PartnerRepository(store).add(partner).id;
}

QUuid addStep(Store &store, const QUuid &goal, const QUuid &partner, const QString &text = QStringLiteral("Zajít"))
{
    Step step;
    step.goalId = goal;
    step.text = text;
    step.responsible = partner.isNull() ? QStringLiteral("client") : QStringLiteral("institution");
    step.partnerId = partner;
    return PlanRepository(store).createStep(step).id;
}

QUuid addContact(Store &store, const QUuid &client, const QDate &on, const QList<QUuid> &partners)
{
    Contact contact;
    contact.clientId = client;
    contact.contactOn = on;
    contact.minutes = 30;
    contact.partnerIds = partners;
    return ContactRepository(store).create(contact).id;
}

QList<QUuid> partnersOfContact(Store &store, const QUuid &client, const QUuid &contact)
{
    for (const Contact &each : ContactRepository(store).forClient(client)) {
        if (each.id == contact)
            return each.partnerIds;
    }
    return {};
}

} // namespace

TEST_CASE("Partner kinds are the ten fixed codes, each with a label", "[partners]")
{
    CHECK(Codes::partnerKinds()
          == QStringList({QStringLiteral("labour_office"), QStringLiteral("municipal_office"), QStringLiteral("ospod"),
                          QStringLiteral("school"), QStringLiteral("police"), QStringLiteral("court_bailiff"),
                          QStringLiteral("health"), QStringLiteral("debt_counselling"), QStringLiteral("employer"),
                          QStringLiteral("other_ngo")}));
    QStringList labels;
    for (const QString &kind : Codes::partnerKinds())
        labels.append(Codes::partnerKindLabel(kind));
    labels.removeDuplicates();
    CHECK(labels.size() == 10);
    CHECK(Codes::partnerKindLabel(QStringLiteral("court_bailiff")) == u"court or bailiff");
    CHECK(Codes::partnerKindLabel(QStringLiteral("ospod")) == u"child protection authority (OSPOD)");
}

TEST_CASE("A step names a partner institution as its responsible party", "[partners]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const Plan plan = planFor(store, QStringLiteral("Věra"), QDate(2026, 2, 1));
    const QUuid office = addPartner(store, QStringLiteral("labour_office"), QStringLiteral("Úřad práce Sokolov"));

    Step wrong;
    wrong.goalId = plan.goal;
    wrong.text = QStringLiteral("Podat žádost o dávky");
    wrong.responsible = QStringLiteral("client");
    wrong.partnerId = office;
    CHECK_THROWS_WITH(PlanRepository(store).createStep(wrong),
                      Catch::Contains("A step with a partner is the institution's"));

    const QUuid step = addStep(store, plan.goal, office, QStringLiteral("Podat žádost o dávky"));
    CHECK(PlanRepository(store).findStep(step)->partnerId == office);
    CHECK(PlanRepository(store).findStep(step)->responsible == u"institution");
    CHECK(PartnerRepository(store).partnerName(step) == u"Úřad práce Sokolov");
    CHECK(PartnerRepository(store).partnerName(addStep(store, plan.goal, {}, QStringLiteral("Bez partnera"))).isEmpty());
    CHECK(PartnerRepository(store).stepCount(office) == 1);
}

TEST_CASE("A partner needs a known kind and a name", "[partners]")
{
    Fixture fixture;
    Partner partner;
    partner.kind = QStringLiteral("church");
    partner.name = QStringLiteral("Farnost");
    CHECK_THROWS_WITH(PartnerRepository(fixture.store()).add(partner), Catch::Contains("Unknown partner kind"));
    partner.kind = QStringLiteral("school");
    partner.name = QStringLiteral("  ");
    CHECK_THROWS_WITH(PartnerRepository(fixture.store()).add(partner), Catch::Contains("must not be empty"));
    CHECK(PartnerRepository(fixture.store()).all().isEmpty());
}

TEST_CASE("A retired partner stays on its steps but is offered for no new one", "[partners]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const Plan plan = planFor(store, QStringLiteral("Věra"), QDate(2026, 2, 1));
    const QUuid school = addPartner(store, QStringLiteral("school"), QStringLiteral("ZŠ Rybáře"));
    const QUuid other = addPartner(store, QStringLiteral("school"), QStringLiteral("ZŠ Truhlářská"));
    const QUuid step = addStep(store, plan.goal, school);
    PartnerRepository partners(store);
    partners.setRetired(school, QDate(2026, 10, 1));

    CHECK(partners.find(school)->retiredOn == QDate(2026, 10, 1));
    CHECK(partners.choosable(QStringLiteral("school")).size() == 1);
    CHECK(partners.choosable(QStringLiteral("school")).first().id == other);
    CHECK(partners.choosable(QStringLiteral("school"), school).size() == 2);
    CHECK(partners.choosable(QStringLiteral("police")).isEmpty());

    Step edited = *PlanRepository(store).findStep(step);
    edited.text = QStringLiteral("Zajít za třídní učitelkou");
    CHECK(PlanRepository(store).updateStep(edited)); // keeps its retired partner
    CHECK_THROWS_WITH(addStep(store, plan.goal, school), Catch::Contains("is retired; choose another"));
    CHECK_THROWS_WITH(addContact(store, plan.client, QDate(2026, 10, 2), {school}),
                      Catch::Contains("is retired; choose another"));

    partners.setRetired(school, {}); // brought back
    CHECK(partners.choosable(QStringLiteral("school")).size() == 2);
}

TEST_CASE("A contact records the partners involved", "[partners]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const Plan plan = planFor(store, QStringLiteral("Věra"), QDate(2026, 2, 1));
    const QUuid ospod = addPartner(store, QStringLiteral("ospod"), QStringLiteral("OSPOD Sokolov"));
    const QUuid police = addPartner(store, QStringLiteral("police"), QStringLiteral("Městská policie"));
    const QUuid contact = addContact(store, plan.client, QDate(2026, 3, 1), {ospod, police, ospod});
    const QList<QUuid> recorded = partnersOfContact(store, plan.client, contact);
    CHECK(recorded.size() == 2);
    CHECK(recorded.contains(ospod));
    CHECK(recorded.contains(police));
    CHECK(partnersOfContact(store, plan.client, addContact(store, plan.client, QDate(2026, 3, 2), {})).isEmpty());
    CHECK(PartnerRepository(store).contactCount(ospod) == 1);
}

TEST_CASE("Merging a duplicate partner moves its steps and contacts to the entry kept", "[partners]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const Plan plan = planFor(store, QStringLiteral("Věra"), QDate(2026, 2, 1));
    const QUuid kept = addPartner(store, QStringLiteral("labour_office"), QStringLiteral("Úřad práce Sokolov"));
    const QUuid duplicate = addPartner(store, QStringLiteral("labour_office"), QStringLiteral("ÚP Sokolov"));
    const QUuid step = addStep(store, plan.goal, duplicate);
    const QUuid both = addContact(store, plan.client, QDate(2026, 3, 1), {duplicate, kept});
    const QUuid one = addContact(store, plan.client, QDate(2026, 3, 2), {duplicate});
    PartnerRepository partners(store);
    CHECK_THROWS_WITH(partners.merge(kept, kept), Catch::Contains("cannot be merged into itself"));

    const PartnerRepository::MergeResult result = partners.merge(duplicate, kept);
    CHECK(result.steps == 1);
    CHECK(result.contacts == 2);
    CHECK(PlanRepository(store).findStep(step)->partnerId == kept);
    CHECK(partnersOfContact(store, plan.client, both) == QList<QUuid>{kept});
    CHECK(partnersOfContact(store, plan.client, one) == QList<QUuid>{kept});
    CHECK(partners.find(duplicate)->mergedInto == kept);
    CHECK(partners.find(duplicate)->retiredOn == store.clock().today());
    CHECK(partners.stepCount(kept) == 1);
    CHECK(partners.contactCount(kept) == 2);
    CHECK(partners.stepCount(duplicate) == 0);
    CHECK(partners.choosable(QStringLiteral("labour_office")).size() == 1);
    // A merged entry stays retired, and nothing merges into it.
    CHECK_THROWS_WITH(partners.setRetired(duplicate, {}), Catch::Contains("stays retired"));
    const QUuid third = addPartner(store, QStringLiteral("labour_office"), QStringLiteral("Úřad práce, Sokolov"));
    CHECK_THROWS_WITH(partners.merge(third, duplicate), Catch::Contains("merge into that one"));
}

TEST_CASE("The report counts steps and contacts by partner kind, every kind listed", "[partners][report]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const QUuid labour = addPartner(store, QStringLiteral("labour_office"), QStringLiteral("ÚP Sokolov"));
    const QUuid labour2 = addPartner(store, QStringLiteral("labour_office"), QStringLiteral("ÚP Chodov"));
    const QUuid ospod = addPartner(store, QStringLiteral("ospod"), QStringLiteral("OSPOD Sokolov"));
    const QUuid school = addPartner(store, QStringLiteral("school"), QStringLiteral("ZŠ Rybáře"));
    const QUuid police = addPartner(store, QStringLiteral("police"), QStringLiteral("Policie ČR"));
    const QUuid ngo = addPartner(store, QStringLiteral("other_ngo"), QStringLiteral("Poradna Sokolov"));
    const QUuid debts = addPartner(store, QStringLiteral("debt_counselling"), QStringLiteral("Dluhová poradna"));

    // Věra is supported in 2026. Counted: her steps with a partner under the need
    // identified in 2026 (labour office, OSPOD, and one naming an entry merged into
    // the debt counselling since); not counted: a step without a partner, a deleted
    // one, and a step under her need identified in 2025.
    const Plan vera = planFor(store, QStringLiteral("Věra"), QDate(2026, 2, 1));
    addStep(store, vera.goal, labour);
    addStep(store, vera.goal, ospod);
    addStep(store, vera.goal, {});
    PlanRepository(store).removeStep(addStep(store, vera.goal, school));
    const QUuid viaDuplicate = addStep(store, vera.goal, debts);
    Need older;
    older.clientId = vera.client;
    older.area = QStringLiteral("housing");
    older.identifiedOn = QDate(2025, 6, 1);
    Goal olderGoal;
    olderGoal.needId = NeedRepository(store).create(older).id;
    olderGoal.text = QStringLiteral("Byt");
    addStep(store, PlanRepository(store).createGoal(olderGoal).id, labour);
    // The poradna is merged into the debt counselling; a step made offline still names
    // the entry merged away, and counts as the entry kept.
    PartnerRepository(store).merge(ngo, debts);
    const Step before = *PlanRepository(store).findStep(viaDuplicate);
    Step offline = before;
    offline.partnerId = ngo;
    EntityTable<Step>::update(store.recorder(), before, offline);

    // Her contacts in 2026: two labour offices and OSPOD (one contact per kind), a
    // school; one on 2025-12-31 with the police is outside the period.
    addContact(store, vera.client, QDate(2026, 3, 1), {labour, labour2, ospod});
    addContact(store, vera.client, QDate(2026, 4, 1), {school});
    addContact(store, vera.client, QDate(2025, 12, 31), {police});
    // Ota has no cooperation: his step is not under a counted need, but his contact
    // in the period counts, as every contact of the filtered clients does.
    const Plan ota = planFor(store, QStringLiteral("Ota"), QDate(2026, 2, 1), false);
    addStep(store, ota.goal, police);
    addContact(store, ota.client, QDate(2026, 5, 1), {police});

    const Report report = computeReport(store.database(), ReportFilter::calendarYear(2026));
    REQUIRE(report.byPartnerKind.size() == 10);
    QMap<QString, QPair<int, int>> counts;
    for (const PartnerKindFigures &kind : report.byPartnerKind)
        counts.insert(kind.kind, {kind.steps, kind.contacts});
    CHECK(report.byPartnerKind.first().kind == u"labour_office");
    CHECK(report.byPartnerKind.last().kind == u"other_ngo");
    CHECK(counts.value(QStringLiteral("labour_office")) == qMakePair(1, 1));
    CHECK(counts.value(QStringLiteral("ospod")) == qMakePair(1, 1));
    CHECK(counts.value(QStringLiteral("school")) == qMakePair(0, 1));
    CHECK(counts.value(QStringLiteral("police")) == qMakePair(0, 1));
    CHECK(counts.value(QStringLiteral("debt_counselling")) == qMakePair(1, 0));
    CHECK(counts.value(QStringLiteral("other_ngo")) == qMakePair(0, 0));
    CHECK(counts.value(QStringLiteral("employer")) == qMakePair(0, 0));

    const QJsonArray json = QJsonDocument::fromJson(toJson(report)).object().value(u"by_partner_kind").toArray();
    REQUIRE(json.size() == 10);
    CHECK(json.at(0).toObject()
          == QJsonObject{{QStringLiteral("partner_kind"), QStringLiteral("labour_office")},
                         {QStringLiteral("steps"), 1},
                         {QStringLiteral("contacts"), 1}});
    CHECK(json.at(9).toObject().value(u"steps").toInt(-1) == 0);
    const QString csv = QString::fromUtf8(toCsv(report));
    CHECK(csv.contains(QStringLiteral("by_partner_kind,ospod,,steps,1\r\n")));
    CHECK(csv.contains(QStringLiteral("by_partner_kind,police,,contacts,1\r\n")));
    CHECK(csv.contains(QStringLiteral("by_partner_kind,employer,,contacts,0\r\n")));
}

// ------------------------------------------------------------------- CSV

namespace {

QString writeFolder(Fixture &fixture, const QString &name, const QMap<QString, QByteArray> &files)
{
    const QString dir = fixture.path(name);
    QDir().mkpath(dir);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        teren::test::writeFile(dir + u'/' + it.key(), it.value());
    return dir;
}

QByteArray utf8(const char8_t *text)
{
    return QByteArray(reinterpret_cast<const char *>(text));
}

QMap<QString, QByteArray> partnerFiles()
{
    return {
        {QStringLiteral("localities.csv"), utf8(u8"code,name,municipality,district\nLOC1,Rybáře,Karlovy Vary,Karlovy Vary\n")},
        {QStringLiteral("partners.csv"), utf8(u8"code,kind,name,locality_code\n"
                                              u8"UP,labour_office,\"Úřad práce, Karlovy Vary\",LOC1\n"
                                              u8"OSPOD,ospod,OSPOD Karlovy Vary,\n")},
        {QStringLiteral("clients.csv"),
         utf8(u8"client_ref,given_name,family_name,birth_year,gender,locality_code,household_ref\nC1,Jiří,Horváth,1985,m,LOC1,\n")},
        {QStringLiteral("needs.csv"), utf8(u8"need_ref,client_ref,area,intensity,priority,identified_on,status,closed_on,outcome\n"
                                           u8"N1,C1,debts,3,,2025-01-10,open,,\n")},
        {QStringLiteral("goals.csv"), utf8(u8"goal_ref,need_ref,text,horizon,target_date,status,achieved_on\n"
                                           u8"G1,N1,Splátkový kalendář,short,,open,\n")},
        {QStringLiteral("steps.csv"), utf8(u8"goal_ref,text,responsible,due_date,done_on,partner\n"
                                           u8"G1,Podat žádost,institution,2025-02-01,,UP\n"
                                           u8"G1,Zajít na poradnu,client,,,\n")},
    };
}

void requireOneError(const CsvImportReport &report, const QString &where, const QString &fragment)
{
    INFO(report.errors.join(u'\n').toStdString());
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.first().startsWith(where + QStringLiteral(": ")));
    CHECK(report.errors.first().contains(fragment));
    CHECK(report.inserted == 0);
}

} // namespace

TEST_CASE("CSV import reads partners.csv and the partner column of steps.csv, and a re-import changes nothing",
          "[partners][csv]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const QString dir = writeFolder(fixture, QStringLiteral("in"), partnerFiles());
    const CsvImportReport report = CsvImporter(store).importFolder(dir);
    INFO(report.errors.join(u'\n').toStdString());
    REQUIRE(report.ok());
    const QList<Partner> partners = PartnerRepository(store).all();
    REQUIRE(partners.size() == 2);
    CHECK(partners.at(0).kind == u"labour_office");
    CHECK(partners.at(0).name == u"Úřad práce, Karlovy Vary");
    CHECK_FALSE(partners.at(0).localityId.isNull());
    CHECK(partners.at(1).kind == u"ospod");
    CHECK(partners.at(1).localityId.isNull());
    CHECK(PartnerRepository(store).stepCount(partners.at(0).id) == 1);

    const QString before = teren::test::canonicalDump(store.database(), true);
    const CsvImportReport again = CsvImporter(store).importFolder(dir);
    REQUIRE(again.ok());
    CHECK(again.inserted == 0);
    CHECK(again.updated == 0);
    CHECK(teren::test::canonicalDump(store.database(), true) == before);
}

TEST_CASE("CSV import reports an unknown partner kind at its line and imports nothing", "[partners][csv]")
{
    Fixture fixture;
    auto files = partnerFiles();
    files.insert(QStringLiteral("partners.csv"),
                 utf8(u8"code,kind,name,locality_code\nUP,labour_office,Úřad práce,LOC1\nFARA,church,Farnost,\n"));
    const QString before = teren::test::canonicalDump(fixture.store().database(), true);
    requireOneError(CsvImporter(fixture.store()).importFolder(writeFolder(fixture, QStringLiteral("in"), files)),
                    QStringLiteral("partners.csv:3"), QStringLiteral("church"));
    CHECK(teren::test::canonicalDump(fixture.store().database(), true) == before);
}

TEST_CASE("CSV import reports a step naming an unknown partner code at its line", "[partners][csv]")
{
    Fixture fixture;
    auto files = partnerFiles();
    files.insert(QStringLiteral("steps.csv"), utf8(u8"goal_ref,text,responsible,due_date,done_on,partner\n"
                                                   u8"G1,Podat žádost,institution,,,UP\n"
                                                   u8"G1,Zajít na školu,institution,,,SKOLA\n"));
    requireOneError(CsvImporter(fixture.store()).importFolder(writeFolder(fixture, QStringLiteral("in"), files)),
                    QStringLiteral("steps.csv:3"), QStringLiteral("SKOLA"));
    CHECK(PartnerRepository(fixture.store()).all().isEmpty());
}

TEST_CASE("CSV import reports a step with a partner that is not the institution's", "[partners][csv]")
{
    Fixture fixture;
    auto files = partnerFiles();
    files.insert(QStringLiteral("steps.csv"), utf8(u8"goal_ref,text,responsible,due_date,done_on,partner\n"
                                                   u8"G1,Podat žádost,client,,,UP\n"));
    requireOneError(CsvImporter(fixture.store()).importFolder(writeFolder(fixture, QStringLiteral("in"), files)),
                    QStringLiteral("steps.csv:2"), QStringLiteral("institution"));
}

TEST_CASE("CSV import reports a partner with an unknown locality and a repeated code", "[partners][csv]")
{
    Fixture fixture;
    auto files = partnerFiles();
    files.insert(QStringLiteral("partners.csv"), utf8(u8"code,kind,name,locality_code\n"
                                                      u8"UP,labour_office,Úřad práce,LOC9\n"
                                                      u8"OSPOD,ospod,OSPOD,\n"
                                                      u8"OSPOD,ospod,OSPOD znovu,\n"));
    files.remove(QStringLiteral("steps.csv"));
    const CsvImportReport report =
        CsvImporter(fixture.store()).importFolder(writeFolder(fixture, QStringLiteral("in"), files));
    INFO(report.errors.join(u'\n').toStdString());
    REQUIRE(report.errors.size() == 2);
    CHECK(report.errors.at(0).startsWith(QStringLiteral("partners.csv:2: ")));
    CHECK(report.errors.at(0).contains(QStringLiteral("LOC9")));
    CHECK(report.errors.at(1).startsWith(QStringLiteral("partners.csv:4: ")));
    CHECK(report.errors.at(1).contains(QStringLiteral("line 3")));
    CHECK(PartnerRepository(fixture.store()).all().isEmpty());
}

TEST_CASE("Erasing a client erases their contacts' partner links and keeps the partner", "[partners][erasure]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const Plan plan = planFor(store, QStringLiteral("Věra"), QDate(2026, 2, 1));
    const QUuid ospod = addPartner(store, QStringLiteral("ospod"), QStringLiteral("OSPOD Sokolov"));
    addStep(store, plan.goal, ospod);
    addContact(store, plan.client, QDate(2026, 3, 1), {ospod});
    REQUIRE(ClientRepository(store).erase(plan.client));
    Database &db = store.database();
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM contact_partner WHERE deleted = 2")).toInt() == 1);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM contact_partner WHERE deleted = 0")).toInt() == 0);
    CHECK(PartnerRepository(store).find(ospod)->name == u"OSPOD Sokolov");
    CHECK(PartnerRepository(store).stepCount(ospod) == 0);
    CHECK(PartnerRepository(store).contactCount(ospod) == 0);
}

TEST_CASE("The access export names the partners of the client's steps and contacts", "[partners][access]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const Plan plan = planFor(store, QStringLiteral("Věra"), QDate(2026, 2, 1));
    const QUuid office = addPartner(store, QStringLiteral("labour_office"), QStringLiteral("Úřad práce Sokolov"));
    const QUuid duplicate = addPartner(store, QStringLiteral("labour_office"), QStringLiteral("ÚP Sokolov"));
    addStep(store, plan.goal, duplicate);
    addStep(store, plan.goal, {});
    addContact(store, plan.client, QDate(2026, 3, 1), {office});
    addContact(store, plan.client, QDate(2026, 3, 2), {});
    PartnerRepository(store).merge(duplicate, office);

    const QJsonObject json = PersonalRecord::of(store, plan.client).toJson();
    const QJsonArray steps = json.value(u"needs").toArray().at(0).toObject().value(u"goals").toArray().at(0)
                                 .toObject().value(u"steps").toArray();
    REQUIRE(steps.size() == 2);
    int named = 0;
    for (const QJsonValue &step : steps) {
        if (!step.toObject().contains(u"partner"))
            continue;
        ++named;
        CHECK(step.toObject().value(u"partner").toObject().value(u"name").toString() == u"Úřad práce Sokolov");
    }
    CHECK(named == 1);
    const QJsonArray contacts = json.value(u"contacts").toArray();
    REQUIRE(contacts.size() == 2);
    CHECK(contacts.at(0).toObject().value(u"partners").isUndefined()); // the newest first: none
    CHECK(contacts.at(1).toObject().value(u"partners").toArray().at(0).toObject().value(u"name").toString()
          == u"Úřad práce Sokolov");
}
