// teren-cli's region commands: init --region, provider, worker, locality, handover,
// refused; and a region run from the command line alone, from the coordinator's
// set-up to two laptops and back.
#include <catch2/catch.hpp>

#include "CliRun.h"
#include "TestMode.h"
#include "TestSupport.h"
#include "changes/ChangeLog.h"
#include "cli/CliCommands.h"
#include "store/Repositories.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

using namespace teren;
using test::cli;
using test::Run;
using namespace Qt::StringLiterals;

namespace {

// A command that must succeed; its output.
QString ok(const QStringList &arguments, const Clock *clock = nullptr)
{
    const Run run = cli(arguments, clock);
    INFO(arguments.join(u' ').toStdString() + "\n" + run.err.toStdString());
    REQUIRE(run.code == 0);
    return run.out;
}

// What a command that creates something prints: the new id alone.
QString createdId(const QStringList &arguments, const Clock *clock = nullptr)
{
    const QString out = ok(arguments, clock);
    REQUIRE(out.endsWith(u'\n'));
    const QString id = out.chopped(1);
    CHECK(id == QUuid::fromString(id).toString(QUuid::WithoutBraces));
    return id;
}

// A command that must fail with exit code 1 and one line on stderr containing each fragment.
void fails(const QStringList &arguments, const QStringList &fragments, const Clock *clock = nullptr)
{
    const Run run = cli(arguments, clock);
    INFO(arguments.join(u' ').toStdString() + "\n" + run.err.toStdString());
    CHECK(run.code == 1);
    CHECK(run.err.startsWith(u"error: "_s));
    CHECK(run.err.count(u'\n') == 1);
    for (const QString &fragment : fragments)
        CHECK(run.err.contains(fragment));
}

void fails(const QStringList &arguments, const QString &fragment, const Clock *clock = nullptr)
{
    fails(arguments, QStringList{fragment}, clock);
}

QJsonArray jsonList(const QStringList &arguments)
{
    const QString out = ok(arguments + QStringList{u"--format"_s, u"json"_s});
    const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8());
    REQUIRE(document.isArray());
    return document.array();
}

QJsonObject named(const QJsonArray &array, const QString &key, const QString &value)
{
    for (const QJsonValue &item : array) {
        if (item.toObject().value(key).toString() == value)
            return item.toObject();
    }
    FAIL("nothing with " << key.toStdString() << " = " << value.toStdString());
    return {};
}

QString dumpOf(const QString &db)
{
    const auto store = Store::open(db);
    return test::canonicalDump(store->database(), true);
}

QSet<QUuid> clientsIn(const QString &db)
{
    const auto store = Store::open(db);
    QSet<QUuid> ids;
    for (const Client &client : ClientRepository(*store).all())
        ids.insert(client.id);
    return ids;
}

QSet<QUuid> clientsOf(const QString &db, const QString &worker)
{
    const auto store = Store::open(db);
    const QList<QUuid> ids = ClientRepository(*store).assignedTo(QUuid::fromString(worker));
    return QSet<QUuid>(ids.cbegin(), ids.cend());
}

constexpr qint64 dayMs = 24 * 3600 * 1000;

} // namespace

TEST_CASE("teren-cli init --region sets up the coordinator's region", "[cli][region]")
{
    QTemporaryDir dir;
    const QString region = dir.filePath(u"kraj.sqlite"_s);
    const QString out = ok({u"init"_s, u"--db"_s, region, u"--replica-name"_s, u"koordinace"_s, u"--region"_s,
                            u"Karlovarský kraj"_s, u"--coordinator"_s, u"Eva Malá"_s, u"--provider"_s,
                            u"Krajský úřad"_s, u"--ico"_s, u"70891168"_s});
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    // An encrypted region's file also gets its recovery key, printed last.
    REQUIRE(lines.size() == (test::encryptedByDefault() ? 6 : 4));
    CHECK(lines.at(0).contains(u"koordinace"_s));
    CHECK(lines.at(1).startsWith(u"Region \"Karlovarský kraj\": "_s));
    CHECK(lines.at(2).startsWith(u"Coordinator \"Eva Malá\""_s));
    CHECK(lines.at(3).startsWith(u"Provider \"Krajský úřad\": "_s));
    const QString coordinator = lines.at(2).section(u' ', -1);
    const QString provider = lines.at(3).section(u' ', -1);

    const QJsonObject eva = named(jsonList({u"worker"_s, u"list"_s, u"--db"_s, region}), u"name"_s, u"Eva Malá"_s);
    CHECK(eva.value(u"id"_s).toString() == coordinator);
    CHECK(eva.value(u"role"_s).toString() == u"coordinator");
    CHECK(eva.value(u"provider"_s).toString() == provider);
    CHECK(eva.value(u"active"_s).toBool());
    const QJsonObject office =
        named(jsonList({u"provider"_s, u"list"_s, u"--db"_s, region}), u"id"_s, provider);
    CHECK(office.value(u"name"_s).toString() == u"Krajský úřad");
    CHECK(office.value(u"ico"_s).toString() == u"70891168");
    {
        const auto store = Store::open(region);
        CHECK(store->regionOwner() == store->replicaId());
        CHECK(store->currentWorker() == QUuid::fromString(coordinator));
    }

    // Without --provider the providers come later; the region is set up all the same.
    const QString bare = dir.filePath(u"bare.sqlite"_s);
    ok({u"init"_s, u"--db"_s, bare, u"--region"_s, u"Kraj"_s, u"--coordinator"_s, u"Eva Malá"_s});
    CHECK(jsonList({u"provider"_s, u"list"_s, u"--db"_s, bare}).isEmpty());

    // A file belongs to one region; a bad value leaves no file behind.
    fails({u"init"_s, u"--db"_s, region, u"--region"_s, u"Jiný"_s, u"--coordinator"_s, u"Eva"_s}, u"exists"_s);
    const QString bad = dir.filePath(u"bad.sqlite"_s);
    fails({u"init"_s, u"--db"_s, bad, u"--region"_s, u"Kraj"_s, u"--coordinator"_s, u"Eva"_s, u"--provider"_s,
           u"Úřad"_s, u"--ico"_s, u"12345678"_s},
          u"\"12345678\" is not a valid IČO"_s);
    CHECK_FALSE(QFile::exists(bad));

    // Bad usage: exit code 2, nothing created.
    for (const QStringList &usage : QList<QStringList>{
             {u"--region"_s, u"Kraj"_s},
             {u"--coordinator"_s, u"Eva"_s},
             {u"--region"_s, u"Kraj"_s, u"--coordinator"_s, u"Eva"_s, u"--statistical"_s},
             {u"--provider"_s, u"Úřad"_s},
             {u"--region"_s, u"Kraj"_s, u"--coordinator"_s, u"Eva"_s, u"--ico"_s, u"70891168"_s}}) {
        const Run run = cli(QStringList{u"init"_s, u"--db"_s, bad} + usage);
        INFO(usage.join(u' ').toStdString());
        CHECK(run.code == 2);
        CHECK(run.err.count(u'\n') == 1);
        CHECK_FALSE(QFile::exists(bad));
    }
}

TEST_CASE("teren-cli provider, worker and locality add print the new id and list as a table or JSON",
          "[cli][region]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"kraj.sqlite"_s);
    ok({u"init"_s, u"--db"_s, db, u"--region"_s, u"Kraj"_s, u"--coordinator"_s, u"Eva Malá"_s});
    const QStringList at{u"--db"_s, db};

    const QString charita = createdId(QStringList{u"provider"_s, u"add"_s} + at
                                      + QStringList{u"--name"_s, u"Charita Cheb"_s, u"--ico"_s, u"25000993"_s,
                                                    u"--service"_s, u"field_programmes"_s, u"--service"_s, u"sas"_s});
    const QString tisen = createdId(QStringList{u"provider"_s, u"add"_s} + at
                                    + QStringList{u"--name"_s, u"Člověk v tísni"_s});
    const QJsonArray providers = jsonList(QStringList{u"provider"_s, u"list"_s} + at);
    REQUIRE(providers.size() == 2);
    const QJsonObject first = named(providers, u"id"_s, charita);
    CHECK(first.value(u"name"_s).toString() == u"Charita Cheb");
    CHECK(first.value(u"services"_s).toArray() == QJsonArray{u"field_programmes"_s, u"sas"_s});
    CHECK(named(providers, u"id"_s, tisen).value(u"ico"_s).isNull());
    const QString providerTable = ok(QStringList{u"provider"_s, u"list"_s} + at);
    CHECK(providerTable.startsWith(u"id "_s));
    CHECK(providerTable.contains(charita + u"  Charita Cheb    25000993  field_programmes, sas\n"_s));

    // A provider by name or id; a role by code.
    const QString jana = createdId(QStringList{u"worker"_s, u"add"_s} + at
                                   + QStringList{u"--name"_s, u"Jana Dvořáková"_s, u"--provider"_s, u"Charita Cheb"_s});
    const QString petr = createdId(QStringList{u"worker"_s, u"add"_s} + at
                                   + QStringList{u"--name"_s, u"Petr Novák"_s, u"--provider"_s, tisen, u"--role"_s,
                                                 u"coordinator"_s});
    const QJsonArray workers = jsonList(QStringList{u"worker"_s, u"list"_s} + at);
    REQUIRE(workers.size() == 3); // with the coordinator
    const QJsonObject janaJson = named(workers, u"id"_s, jana);
    CHECK(janaJson.value(u"name"_s).toString() == u"Jana Dvořáková");
    CHECK(janaJson.value(u"provider"_s).toString() == charita);
    CHECK(janaJson.value(u"role"_s).toString() == u"field");
    CHECK(janaJson.value(u"active"_s).toBool());
    CHECK(janaJson.value(u"clients"_s).toInt() == 0);
    CHECK(named(workers, u"id"_s, petr).value(u"role"_s).toString() == u"coordinator");
    const QString workerTable = ok(QStringList{u"worker"_s, u"list"_s} + at);
    CHECK(workerTable.contains(jana + u"  Jana Dvořáková  Charita Cheb"_s));

    const QString chanov =
        createdId(QStringList{u"locality"_s, u"add"_s} + at
                  + QStringList{u"--code"_s, u"CH-01"_s, u"--name"_s, u"Chanov"_s, u"--municipality"_s, u"Most"_s,
                                u"--district"_s, u"Most"_s, u"--kind"_s, u"excluded_locality"_s, u"--residents"_s,
                                u"850"_s});
    createdId(QStringList{u"locality"_s, u"add"_s} + at
              + QStringList{u"--code"_s, u"PR-01"_s, u"--name"_s, u"Předlice"_s, u"--municipality"_s,
                            u"Ústí nad Labem"_s, u"--district"_s, u"Ústí nad Labem"_s});
    const QJsonArray localities = jsonList(QStringList{u"locality"_s, u"list"_s} + at);
    REQUIRE(localities.size() == 2);
    const QJsonObject chanovJson = named(localities, u"code"_s, u"CH-01"_s);
    CHECK(chanovJson.value(u"id"_s).toString() == chanov);
    CHECK(chanovJson.value(u"name"_s).toString() == u"Chanov");
    CHECK(chanovJson.value(u"kind"_s).toString() == u"excluded_locality");
    CHECK(chanovJson.value(u"residents"_s).toInt() == 850);
    CHECK(named(localities, u"code"_s, u"PR-01"_s).value(u"residents"_s).isNull());
    CHECK(ok(QStringList{u"locality"_s, u"list"_s} + at).contains(u"CH-01  Chanov"_s));

    const Run yaml = cli(QStringList{u"worker"_s, u"list"_s, u"--format"_s, u"yaml"_s} + at);
    CHECK(yaml.code == 1);
    CHECK(yaml.err.contains(u"--format must be json"_s));
}

TEST_CASE("teren-cli region commands refuse bad input in one line and write nothing", "[cli][region]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"kraj.sqlite"_s);
    const FixedClock day1(test::pinnedMs);
    const FixedClock day2(test::pinnedMs + dayMs);
    ok({u"init"_s, u"--db"_s, db, u"--region"_s, u"Kraj"_s, u"--coordinator"_s, u"Eva Malá"_s}, &day1);
    const QStringList at{u"--db"_s, db};
    const auto command = [&at](std::initializer_list<QString> words, std::initializer_list<QString> rest) {
        return QStringList(words) + at + QStringList(rest);
    };
    const QString charita =
        createdId(command({u"provider"_s, u"add"_s}, {u"--name"_s, u"Charita Cheb"_s}), &day1);
    const QString tisen =
        createdId(command({u"provider"_s, u"add"_s}, {u"--name"_s, u"Člověk v tísni"_s}), &day1);
    const QString jana = createdId(
        command({u"worker"_s, u"add"_s}, {u"--name"_s, u"Jana Dvořáková"_s, u"--provider"_s, charita}), &day1);
    const QString otherJana = createdId(
        command({u"worker"_s, u"add"_s}, {u"--name"_s, u"Jana Dvořáková"_s, u"--provider"_s, tisen}), &day1);
    const QString petr = createdId(
        command({u"worker"_s, u"add"_s}, {u"--name"_s, u"Petr Novák"_s, u"--provider"_s, charita}), &day1);
    createdId(command({u"locality"_s, u"add"_s},
                      {u"--code"_s, u"CH-01"_s, u"--name"_s, u"Chanov"_s, u"--municipality"_s, u"Most"_s,
                       u"--district"_s, u"Most"_s}),
              &day1);
    // Petr has a client; the coordinator registers it from a spreadsheet naming him.
    QDir().mkpath(dir.filePath(u"petr"_s));
    test::writeFile(dir.filePath(u"petr/clients.csv"_s),
                    "client_ref,given_name,family_name,birth_year,gender,locality_code,household_ref,worker\n"
                    "P1,Karel,Černý,1960,m,CH-01,,Petr Novák\n");
    ok({u"import-csv"_s, u"--db"_s, db, dir.filePath(u"petr"_s)}, &day1);
    // Jana (of Charita) leaves on the first day.
    ok({u"worker"_s, u"retire"_s, u"--db"_s, db, jana, u"--on"_s, u"2026-11-02"_s}, &day1);

    const QString diakonie = createdId(command({u"provider"_s, u"add"_s}, {u"--name"_s, u"Diakonie"_s}), &day1);
    const QString otherDiakonie =
        createdId(command({u"provider"_s, u"add"_s}, {u"--name"_s, u"Diakonie"_s}), &day1);

    const QString before = dumpOf(db);
    // A name several share: each is listed with its id (in no particular order).
    fails(command({u"worker"_s, u"add"_s}, {u"--name"_s, u"Eva"_s, u"--provider"_s, u"Diakonie"_s}),
          QStringList{u"Several providers are called \"Diakonie\": "_s, diakonie + u" (Diakonie)"_s,
                      otherDiakonie + u" (Diakonie)"_s, u"; give the id of one."_s});
    const QStringList ambiguous{u"Several workers are called \"Jana Dvořáková\": "_s,
                                jana + u" (Jana Dvořáková, Charita Cheb)"_s,
                                otherJana + u" (Jana Dvořáková, Člověk v tísni)"_s, u"; give the id of one."_s};
    fails(command({u"worker"_s, u"add"_s}, {u"--name"_s, u"petr novák"_s, u"--provider"_s, u"Charita Cheb"_s}),
          u"The provider already has a worker called \"petr novák\""_s);
    fails(command({u"worker"_s, u"add"_s}, {u"--name"_s, u"Eva"_s, u"--provider"_s, u"Nikdo"_s}),
          u"There is no provider \"Nikdo\" in this database."_s);
    fails(command({u"worker"_s, u"add"_s}, {u"--name"_s, u"Eva"_s, u"--provider"_s, charita, u"--role"_s, u"boss"_s}),
          u"Unknown role \"boss\"; the roles are field, coordinator."_s);
    fails(command({u"provider"_s, u"add"_s}, {u"--name"_s, u"Firma"_s, u"--ico"_s, u"12345678"_s}),
          u"\"12345678\" is not a valid IČO"_s);
    fails(command({u"provider"_s, u"add"_s}, {u"--name"_s, u"Firma"_s, u"--service"_s, u"cleaning"_s}),
          u"Unknown service \"cleaning\"; the services are field_programmes, social_counselling, nzdm, sas, other."_s);
    const QStringList locality{u"--name"_s, u"Chanov"_s, u"--municipality"_s, u"Most"_s, u"--district"_s, u"Most"_s};
    fails(command({u"locality"_s, u"add"_s}, {u"--code"_s, u"CH-01"_s}) + locality,
          u"A locality with the code \"CH-01\" already exists."_s);
    fails(command({u"locality"_s, u"add"_s}, {u"--code"_s, u"CH-02"_s, u"--kind"_s, u"city"_s}) + locality,
          u"Unknown kind of locality \"city\"; the kinds are excluded_locality, town, village."_s);
    fails(command({u"locality"_s, u"add"_s}, {u"--code"_s, u"CH-02"_s, u"--residents"_s, u"many"_s}) + locality,
          u"--residents must be a whole number of 0 or more, not \"many\"."_s);
    fails(command({u"locality"_s, u"add"_s}, {u"--code"_s, u"CH-02"_s, u"--residents"_s, u"-5"_s}) + locality,
          u"not \"-5\""_s);
    fails(command({u"handover"_s}, {u"--from"_s, u"Petr Novák"_s, u"--to"_s, jana}), u"has left"_s, &day2);
    fails(command({u"handover"_s}, {u"--from"_s, u"Petr Novák"_s, u"--to"_s, u"Jana Dvořáková"_s}), ambiguous,
          &day2);
    fails(command({u"handover"_s}, {u"--from"_s, u"Petr Novák"_s, u"--to"_s, u"Nikdo"_s}),
          u"There is no worker \"Nikdo\" in this database."_s, &day2);
    fails(command({u"handover"_s}, {u"--client"_s, u"not-an-id"_s, u"--to"_s, otherJana}),
          u"\"not-an-id\" is not a client's id."_s, &day2);
    fails(command({u"handover"_s}, {u"--client"_s, QUuid::createUuid().toString(), u"--to"_s, otherJana}),
          u"There is no client with the id"_s, &day2);
    fails(command({u"worker"_s, u"retire"_s}, {petr}), u"Petr Novák still has 1 client; hand them over"_s, &day2);
    fails(command({u"worker"_s, u"retire"_s}, {otherJana, u"--on"_s, u"2.11.2026"_s}),
          u"--on must be a date written YYYY-MM-DD, not \"2.11.2026\"."_s, &day2);
    fails(command({u"worker"_s, u"retire"_s}, {u"Jana Dvořáková"_s}), ambiguous, &day2);
    CHECK(dumpOf(db) == before);

    const QJsonArray workers = jsonList(command({u"worker"_s, u"list"_s}, {}));
    CHECK(named(workers, u"id"_s, jana).value(u"active_to"_s).toString() == u"2026-11-02");
    CHECK(named(workers, u"id"_s, petr).value(u"clients"_s).toInt() == 1);

    // Bad usage: exit code 2, one line.
    for (const QStringList &usage : QList<QStringList>{
             {u"provider"_s},
             {u"provider"_s, u"remove"_s, u"--db"_s, db},
             {u"provider"_s, u"add"_s, u"--db"_s, db},
             {u"worker"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"Eva"_s},
             {u"worker"_s, u"retire"_s, u"--db"_s, db},
             {u"locality"_s, u"add"_s, u"--db"_s, db, u"--code"_s, u"X"_s},
             {u"handover"_s, u"--db"_s, db, u"--to"_s, petr},
             {u"handover"_s, u"--db"_s, db, u"--to"_s, petr, u"--from"_s, jana, u"--client"_s, jana},
             {u"handover"_s, u"--db"_s, db, u"--from"_s, jana},
             {u"refused"_s, u"--db"_s, db, u"--no-such-option"_s}}) {
        const Run run = cli(usage);
        INFO(usage.join(u' ').toStdString());
        CHECK(run.code == 2);
        CHECK(run.err.count(u'\n') == 1);
    }
    CHECK(dumpOf(db) == before);
}

TEST_CASE("Every teren-cli region command and subcommand has --help", "[cli][region]")
{
    for (const QStringList &command : QList<QStringList>{{u"provider"_s},
                                                         {u"provider"_s, u"add"_s},
                                                         {u"provider"_s, u"list"_s},
                                                         {u"worker"_s},
                                                         {u"worker"_s, u"add"_s},
                                                         {u"worker"_s, u"list"_s},
                                                         {u"worker"_s, u"retire"_s},
                                                         {u"locality"_s},
                                                         {u"locality"_s, u"add"_s},
                                                         {u"locality"_s, u"list"_s},
                                                         {u"handover"_s},
                                                         {u"refused"_s}}) {
        const Run help = cli(command + QStringList{u"--help"_s});
        INFO(command.join(u' ').toStdString());
        CHECK(help.code == 0);
        CHECK(help.out.startsWith(u"teren-cli "_s + command.join(u' ')));
        CHECK(help.out.contains(u"--db"_s));
    }
}

TEST_CASE("A region run from teren-cli: set-up, two laptops, hand-over and a worker who leaves",
          "[cli][region][sync]")
{
    QTemporaryDir dir;
    const auto file = [&dir](const QString &name) { return dir.filePath(name); };
    const QString region = file(u"kraj.sqlite"_s);
    const QString janaLaptop = file(u"jana.sqlite"_s);
    const QString petrLaptop = file(u"petr.sqlite"_s);
    const QString pass = file(u"pass.txt"_s);
    test::writeFile(pass, "kavárna u nádraží\n");

    // The coordinator sets up the region: providers, workers, localities.
    ok({u"init"_s, u"--db"_s, region, u"--replica-name"_s, u"koordinace"_s, u"--region"_s, u"Karlovarský kraj"_s,
        u"--coordinator"_s, u"Eva Malá"_s});
    const QStringList at{u"--db"_s, region};
    const QString charita = createdId(QStringList{u"provider"_s, u"add"_s} + at
                                      + QStringList{u"--name"_s, u"Charita Cheb"_s, u"--ico"_s, u"25000993"_s,
                                                    u"--service"_s, u"field_programmes"_s});
    createdId(QStringList{u"provider"_s, u"add"_s} + at
              + QStringList{u"--name"_s, u"Člověk v tísni"_s, u"--service"_s, u"social_counselling"_s});
    const QString jana = createdId(QStringList{u"worker"_s, u"add"_s} + at
                                   + QStringList{u"--name"_s, u"Jana Dvořáková"_s, u"--provider"_s, charita});
    const QString petr = createdId(QStringList{u"worker"_s, u"add"_s} + at
                                   + QStringList{u"--name"_s, u"Petr Novák"_s, u"--provider"_s, u"Charita Cheb"_s});
    createdId(QStringList{u"worker"_s, u"add"_s} + at
              + QStringList{u"--name"_s, u"Marie Horáková"_s, u"--provider"_s, u"Člověk v tísni"_s});
    const QList<QStringList> localities{{u"CH-01"_s, u"Cheb, Evropská"_s, u"Cheb"_s, u"Cheb"_s},
                                        {u"CH-02"_s, u"Cheb, Skalka"_s, u"Cheb"_s, u"Cheb"_s},
                                        {u"AS-01"_s, u"Aš, centrum"_s, u"Aš"_s, u"Cheb"_s},
                                        {u"SO-01"_s, u"Sokolov, Vítkov"_s, u"Sokolov"_s, u"Sokolov"_s},
                                        {u"KV-01"_s, u"Karlovy Vary, Tuhnice"_s, u"Karlovy Vary"_s, u"Karlovy Vary"_s}};
    for (const QStringList &locality : localities) {
        createdId(QStringList{u"locality"_s, u"add"_s} + at
                  + QStringList{u"--code"_s, locality.at(0), u"--name"_s, locality.at(1), u"--municipality"_s,
                                locality.at(2), u"--district"_s, locality.at(3), u"--kind"_s, u"excluded_locality"_s});
    }
    CHECK(jsonList(QStringList{u"locality"_s, u"list"_s} + at).size() == 5);
    CHECK(jsonList(QStringList{u"worker"_s, u"list"_s} + at).size() == 4);

    // Two laptops join the region.
    for (const auto &[worker, laptop, name] :
         {std::tuple{jana, janaLaptop, u"notebook Jana"_s}, std::tuple{petr, petrLaptop, u"notebook Petr"_s}}) {
        const QString enrolment = file(name + u".enrol"_s);
        ok(QStringList{u"enrol"_s} + at
           + QStringList{u"--worker"_s, worker, u"--out"_s, enrolment, u"--passphrase-file"_s, pass});
        ok({u"enrol"_s, u"--db"_s, laptop, enrolment, u"--passphrase-file"_s, pass, u"--replica-name"_s, name});
    }
    CHECK(jsonList({u"locality"_s, u"list"_s, u"--db"_s, janaLaptop}).size() == 5);

    // Each laptop registers its worker's clients from a spreadsheet and sends them in.
    const auto spreadsheet = [&file](const QString &folder, const QByteArray &rows) {
        QDir().mkpath(file(folder));
        test::writeFile(file(folder + u"/clients.csv"_s),
                        "client_ref,given_name,family_name,birth_year,gender,locality_code,household_ref\n" + rows);
        return file(folder);
    };
    ok({u"import-csv"_s, u"--db"_s, janaLaptop,
        spreadsheet(u"jana"_s, "J1,Jiří,Horváth,1985,m,CH-01,H1\n"
                               "J2,Žaneta,Horváthová,1990,f,CH-01,H1\n"
                               "J3,Pavel,Kováč,,,AS-01,\n")});
    ok({u"import-csv"_s, u"--db"_s, petrLaptop,
        spreadsheet(u"petr"_s, "P1,Anna,Bílá,1975,f,SO-01,\n"
                               "P2,Karel,Černý,1960,m,KV-01,\n")});
    const QSet<QUuid> janasClients = clientsIn(janaLaptop);
    const QSet<QUuid> petrsClients = clientsIn(petrLaptop);
    CHECK(janasClients.size() == 3);
    CHECK(petrsClients.size() == 2);
    CHECK(clientsOf(janaLaptop, jana) == janasClients);
    CHECK(clientsOf(petrLaptop, petr) == petrsClients);
    ok({u"export"_s, u"--db"_s, janaLaptop, u"--out"_s, file(u"jana-1.teren"_s)});
    ok({u"export"_s, u"--db"_s, petrLaptop, u"--out"_s, file(u"petr-1.teren"_s)});

    const QString imported =
        ok(QStringList{u"import"_s} + at + QStringList{file(u"jana-1.teren"_s), file(u"petr-1.teren"_s)});
    CHECK(imported.contains(u"from Jana Dvořáková (installation \"notebook Jana\")"_s));
    CHECK(imported.contains(u"from Petr Novák (installation \"notebook Petr\")"_s));
    CHECK_FALSE(imported.contains(u"refused"_s));
    CHECK(clientsIn(region) == (janasClients | petrsClients));
    CHECK(named(jsonList(QStringList{u"worker"_s, u"list"_s} + at), u"id"_s, jana).value(u"clients"_s).toInt() == 3);

    // Jana's clients go to Petr; each laptop gets its bundle back from the field.
    CHECK(ok(QStringList{u"handover"_s} + at
             + QStringList{u"--from"_s, u"Jana Dvořáková"_s, u"--to"_s, u"Petr Novák"_s})
          == u"3 clients handed over to Petr Novák.\n"_s);
    for (const auto &[worker, laptop] : {std::pair{jana, janaLaptop}, std::pair{petr, petrLaptop}}) {
        const QString back = file(worker + u".teren"_s);
        ok(QStringList{u"export"_s} + at + QStringList{u"--worker"_s, worker, u"--out"_s, back});
        const QString arrived = ok({u"import"_s, u"--db"_s, laptop, back});
        CHECK_FALSE(arrived.contains(u"refused"_s));
        CHECK_FALSE(arrived.contains(u"missing"_s));
    }
    CHECK(ok({u"import"_s, u"--db"_s, janaLaptop, file(jana + u".teren"_s)}).contains(u"imported before"_s));

    // Each laptop holds exactly its worker's clients; the region holds them all.
    CHECK(clientsIn(janaLaptop).isEmpty());
    CHECK(clientsIn(petrLaptop) == (janasClients | petrsClients));
    CHECK(clientsOf(petrLaptop, petr) == (janasClients | petrsClients));
    CHECK(clientsIn(region) == (janasClients | petrsClients));
    CHECK(clientsOf(region, petr) == (janasClients | petrsClients));
    CHECK(named(jsonList({u"worker"_s, u"list"_s, u"--db"_s, janaLaptop}), u"id"_s, jana).value(u"clients"_s).toInt()
          == 0);
    CHECK(named(jsonList({u"worker"_s, u"list"_s, u"--db"_s, petrLaptop}), u"id"_s, petr).value(u"clients"_s).toInt()
          == 5);

    // Jana leaves; Petr, who has her clients now, cannot.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    CHECK(ok(QStringList{u"worker"_s, u"retire"_s} + at + QStringList{u"Jana Dvořáková"_s})
              .startsWith(u"Jana Dvořáková retired; the last working day is "_s));
    const QJsonObject retired = named(jsonList(QStringList{u"worker"_s, u"list"_s} + at), u"id"_s, jana);
    CHECK(retired.value(u"active_to"_s).toString() == today);
    fails(QStringList{u"worker"_s, u"retire"_s} + at + QStringList{petr},
          u"Petr Novák still has 5 clients; hand them over to another worker first."_s);
    CHECK(named(jsonList(QStringList{u"worker"_s, u"list"_s} + at), u"id"_s, petr).value(u"active"_s).toBool());
}

TEST_CASE("teren-cli import reports a laptop's change the rules refuse, and refused lists and accepts it",
          "[cli][region][sync]")
{
    QTemporaryDir dir;
    const auto file = [&dir](const QString &name) { return dir.filePath(name); };
    const QString region = file(u"kraj.sqlite"_s);
    const QString laptop = file(u"jana.sqlite"_s);
    test::writeFile(file(u"pass.txt"_s), "kavárna u nádraží\n");
    ok({u"init"_s, u"--db"_s, region, u"--replica-name"_s, u"koordinace"_s, u"--region"_s, u"Kraj"_s,
        u"--coordinator"_s, u"Eva Malá"_s, u"--provider"_s, u"Charita Cheb"_s});
    const QStringList at{u"--db"_s, region};
    const QString jana = createdId(QStringList{u"worker"_s, u"add"_s} + at
                                   + QStringList{u"--name"_s, u"Jana Dvořáková"_s, u"--provider"_s, u"Charita Cheb"_s});
    const QString chanov = createdId(QStringList{u"locality"_s, u"add"_s} + at
                                     + QStringList{u"--code"_s, u"CH-01"_s, u"--name"_s, u"Chanov"_s,
                                                   u"--municipality"_s, u"Most"_s, u"--district"_s, u"Most"_s});
    ok(QStringList{u"enrol"_s} + at
       + QStringList{u"--worker"_s, jana, u"--out"_s, file(u"enrol.teren"_s), u"--passphrase-file"_s,
                     file(u"pass.txt"_s)});
    ok({u"enrol"_s, u"--db"_s, laptop, file(u"enrol.teren"_s), u"--passphrase-file"_s, file(u"pass.txt"_s),
        u"--replica-name"_s, u"notebook Jana"_s});
    ok({u"export"_s, u"--db"_s, laptop, u"--out"_s, file(u"jana-1.teren"_s)});
    ok(QStringList{u"import"_s} + at + QStringList{file(u"jana-1.teren"_s)});
    CHECK(ok(QStringList{u"refused"_s} + at) == u"0 refused changes.\n"_s);

    // The laptop renames a locality behind the application's back: a change in its
    // log, stamped as its own, that only the coordinator may make.
    {
        const auto store = Store::open(laptop);
        const QVariant key = QUuid::fromString(chanov).toRfc4122();
        ChangeRecord forged;
        forged.entity = u"locality"_s;
        forged.rowKey = key;
        forged.stamp = Stamp{store->recorder().clock().tick(), store->replicaId().toRfc4122()};
        forged.author = QUuid::fromString(jana).toRfc4122();
        forged.op = ChangeRecord::Update;
        forged.fields = QCborMap{{u"name"_s, u"Chanov – přejmenováno"_s}};
        forged.bases = changelog::basesFor(store->database(), u"locality"_s, key, {u"name"_s});
        changelog::append(store->database(), forged);
    }
    CHECK(ok({u"export"_s, u"--db"_s, laptop, u"--out"_s, file(u"jana-2.teren"_s)}).contains(u": 1 change."_s));
    const QString imported = ok(QStringList{u"import"_s} + at + QStringList{file(u"jana-2.teren"_s)});
    CHECK(imported.contains(u"\n  1 change refused: the region's workers, providers, localities, codelists and "
                            u"targets are the coordinator's (1)\n"_s));
    CHECK(named(jsonList(QStringList{u"locality"_s, u"list"_s} + at), u"id"_s, chanov).value(u"name"_s).toString()
          == u"Chanov");

    const QJsonArray refused = jsonList(QStringList{u"refused"_s} + at);
    REQUIRE(refused.size() == 1);
    const QJsonObject change = refused.first().toObject();
    const QString id = change.value(u"id"_s).toString();
    {
        const auto store = Store::open(laptop);
        CHECK(id.startsWith(store->replicaId().toString(QUuid::WithoutBraces) + u':'));
    }
    CHECK(change.value(u"installation"_s).toString() == u"notebook Jana");
    CHECK(change.value(u"worker"_s).toString() == u"Jana Dvořáková");
    CHECK(change.value(u"entity"_s).toString() == u"locality");
    CHECK(change.value(u"row"_s).toString() == chanov);
    CHECK(change.value(u"fields"_s).toArray() == QJsonArray{u"name"_s});
    CHECK(change.value(u"client"_s).isNull());
    CHECK(change.value(u"refusal"_s).toString() == u"region_data");
    CHECK(change.value(u"reason"_s).toString().contains(u"are the coordinator's"_s));
    CHECK(QDateTime::fromString(change.value(u"when"_s).toString(), Qt::ISODateWithMs).isValid());
    const QString table = ok(QStringList{u"refused"_s} + at);
    CHECK(table.startsWith(id + u'\n'));
    CHECK(table.contains(u"from \"notebook Jana\" as Jana Dvořáková\n"_s));
    CHECK(table.contains(u"  locality %1: name\n"_s.arg(chanov)));
    CHECK(table.endsWith(u"1 refused change.\n"_s));

    fails(QStringList{u"refused"_s} + at + QStringList{u"--accept"_s, u"nothing:1"_s},
          u"There is no refused change \"nothing:1\""_s);
    // The laptop refused nothing itself: there is nothing to accept there.
    CHECK(ok({u"refused"_s, u"--db"_s, laptop}) == u"0 refused changes.\n"_s);
    fails({u"refused"_s, u"--db"_s, laptop, u"--accept"_s, id}, u"There is no refused change"_s);

    CHECK(ok(QStringList{u"refused"_s} + at + QStringList{u"--accept"_s, id})
              .startsWith(u"Accepted the change of locality %1 (name) from notebook Jana"_s.arg(chanov)));
    CHECK(named(jsonList(QStringList{u"locality"_s, u"list"_s} + at), u"id"_s, chanov).value(u"name"_s).toString()
          == u"Chanov – přejmenováno");
    CHECK(ok(QStringList{u"refused"_s} + at) == u"0 refused changes.\n"_s);
}
