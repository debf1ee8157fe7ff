#include <catch2/catch.hpp>

#include "ReportTestData.h"
#include "CliRun.h"
#include "TestMode.h"
#include "cli/CliCommands.h"
#include "store/GroupWork.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QProcess>
#include <QTimeZone>

using namespace teren;
using test::cli;
using test::Run;

namespace {

QJsonObject json(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    REQUIRE(document.isObject());
    return document.object();
}

QStringList args(std::initializer_list<const char *> parts, const QString &db)
{
    QStringList list;
    for (const char *part : parts)
        list.append(QString::fromUtf8(part));
    list.insert(1, QStringLiteral("--db"));
    list.insert(2, db);
    return list;
}

} // namespace

TEST_CASE("teren-cli report writes JSON or CSV to the output or a file", "[cli][report]")
{
    test::WorkedRegion region;
    const QString db = region.data.fixture().path(QStringLiteral("card.sqlite"));

    const Run year = cli(args({"report", "--from", "2025-01-01", "--to", "2025-12-31"}, db));
    CHECK(year.code == 0);
    CHECK(year.err.isEmpty());
    const QJsonObject report = json(year.out);
    CHECK(report.value(QStringLiteral("persons_supported")).toInt() == 6); // see test_report.cpp
    CHECK(report.value(QStringLiteral("needs_resolved")).toInt() == 9);

    // Filters by locality code, provider name or id, worker name.
    CHECK(json(cli(args({"report", "--from", "2025-01-01", "--to", "2025-12-31", "--locality", "alfa"}, db)).out)
              .value(QStringLiteral("persons_supported"))
              .toInt()
          == 3);
    CHECK(json(cli(args({"report", "--from", "2025-01-01", "--to", "2025-12-31", "--provider", "Quest"}, db)).out)
              .value(QStringLiteral("persons_supported"))
              .toInt()
          == 3);
    const QString questId = region.quest.toString(QUuid::WithoutBraces);
    CHECK(json(cli(args({"report", "--from", "2025-01-01", "--to", "2025-12-31", "--provider"}, db) << questId).out)
              .value(QStringLiteral("needs_identified"))
              .toInt()
          == 6);
    CHECK(json(cli(args({"report", "--from", "2025-01-01", "--to", "2025-12-31", "--worker", "Karel"}, db)).out)
              .value(QStringLiteral("persons_supported"))
              .toInt()
          == 1);

    const Run csv = cli(args({"report", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "csv"}, db));
    CHECK(csv.code == 0);
    CHECK(csv.out.startsWith(QStringLiteral("section,key,subkey,measure,value\r\n")));
    CHECK(csv.out.contains(QStringLiteral("summary,,,persons_supported,6\r\n")));

    const QString file = region.data.fixture().path(QStringLiteral("out/report.json"));
    const Run toFile = cli(args({"report", "--from", "2025-01-01", "--to", "2025-12-31", "--out"}, db) << file);
    CHECK(toFile.code == 1); // the folder does not exist
    CHECK(toFile.err.startsWith(QStringLiteral("error: Could not write")));
    const QString saved = region.data.fixture().path(QStringLiteral("report.json"));
    const Run written = cli(args({"report", "--from", "2025-01-01", "--to", "2025-12-31", "--out"}, db) << saved);
    CHECK(written.code == 0);
    CHECK(written.out == QStringLiteral("Report for 2025-01-01 to 2025-12-31 written to %1.\n").arg(saved));
    CHECK(json(QString::fromUtf8(test::fileBytes(saved))) == report);
}

TEST_CASE("teren-cli report defaults to the current calendar year", "[cli][report]")
{
    test::WorkedRegion region;
    const QString db = region.data.fixture().path(QStringLiteral("card.sqlite"));
    FixedClock clock(QDateTime(QDate(2025, 7, 1), QTime(12, 0), QTimeZone::utc()));
    const QJsonObject period =
        json(cli(args({"report"}, db), &clock).out).value(QStringLiteral("period")).toObject();
    CHECK(period.value(QStringLiteral("from")).toString() == u"2025-01-01");
    CHECK(period.value(QStringLiteral("to")).toString() == u"2025-12-31");
    // One date given: the rest of its year.
    const QJsonObject from = json(cli(args({"report", "--from", "2024-07-01"}, db), &clock).out)
                                 .value(QStringLiteral("period"))
                                 .toObject();
    CHECK(from.value(QStringLiteral("to")).toString() == u"2024-12-31");
    const QJsonObject to = json(cli(args({"report", "--to", "2026-03-31"}, db), &clock).out)
                               .value(QStringLiteral("period"))
                               .toObject();
    CHECK(to.value(QStringLiteral("from")).toString() == u"2026-01-01");
}

TEST_CASE("teren-cli report writes an Excel workbook and the Czech Excel CSV", "[cli][report]")
{
    test::WorkedRegion region;
    const QString db = region.data.fixture().path(QStringLiteral("card.sqlite"));
    const QString workbook = region.data.fixture().path(QStringLiteral("report.xlsx"));
    const Run xlsx =
        cli(args({"report", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "xlsx", "--out"}, db)
            << workbook);
    CHECK(xlsx.code == 0);
    CHECK(xlsx.out == QStringLiteral("Report for 2025-01-01 to 2025-12-31 written to %1.\n").arg(workbook));
    QFile file(workbook);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(2) == "PK"); // a zip container
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), workbook, QStringLiteral("xl/workbook.xml")});
    REQUIRE(unzip.waitForFinished(30000));
    const QByteArray sheets = unzip.readAllStandardOutput();
    CHECK(sheets.contains("<sheet name=\"report\""));
    CHECK(sheets.contains("<sheet name=\"by_provider\""));

    const Run czech = cli(args({"report", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "csv",
                                "--csv-dialect", "excel-cs"},
                               db));
    CHECK(czech.code == 0);
    CHECK(czech.out.startsWith(QStringLiteral("\uFEFFsection;key;subkey;measure;value\r\n")));
    CHECK(czech.out.contains(QStringLiteral("summary;;;resolved_rate;0,")));
    const QString out = region.data.fixture().path(QStringLiteral("report.csv"));
    CHECK(cli(args({"report", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "csv", "--csv-dialect",
                    "excel-cs", "--out"},
                   db)
              << out)
              .code
          == 0);
    QFile csv(out);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.readAll().startsWith("\xEF\xBB\xBFsection;key;"));
}

TEST_CASE("teren-cli report refuses bad input in one translated line", "[cli][report]")
{
    test::WorkedRegion region;
    const QString db = region.data.fixture().path(QStringLiteral("card.sqlite"));
    const auto refused = [&](const QStringList &arguments, const QString &message) {
        const Run run = cli(arguments);
        CHECK(run.code == 1);
        CHECK(run.out.isEmpty());
        CHECK(run.err.startsWith(QStringLiteral("error: ")));
        CHECK(run.err.contains(message));
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
    };
    refused(args({"report", "--from", "2025-02-30"}, db),
            QStringLiteral("--from must be a date written YYYY-MM-DD, not \"2025-02-30\""));
    refused(args({"report", "--to", "31.12.2025"}, db), QStringLiteral("--to must be a date"));
    refused(args({"report", "--from", "2025-12-01", "--to", "2025-01-01"}, db),
            QStringLiteral("The period cannot start (2025-12-01) after it ends (2025-01-01)."));
    refused(args({"report", "--from", "2025-01-01", "--locality", "nowhere"}, db),
            QStringLiteral("There is no locality with the code \"nowhere\"."));
    refused(args({"report", "--from", "2025-01-01", "--provider", "Nobody"}, db),
            QStringLiteral("There is no provider with the id or name \"Nobody\"."));
    refused(args({"report", "--from", "2025-01-01", "--worker", "Nobody"}, db),
            QStringLiteral("There is no worker with the id or name \"Nobody\"."));
    refused(args({"report", "--format", "pdf"}, db),
            QStringLiteral("--format must be json, csv or xlsx, not \"pdf\"."));
    refused(args({"report", "--format", "xlsx"}, db),
            QStringLiteral("--format xlsx needs --out FILE: a workbook cannot be printed to the output."));
    refused(args({"report", "--format", "csv", "--csv-dialect", "excel"}, db),
            QStringLiteral("--csv-dialect must be standard or excel-cs, not \"excel\"."));
    refused(args({"report", "--csv-dialect", "excel-cs"}, db),
            QStringLiteral("--csv-dialect applies to --format csv only."));
    refused({QStringLiteral("report")}, QStringLiteral("--db FILE is required."));
    CHECK(cli({QStringLiteral("report"), QStringLiteral("--bogus")}).code == 2);

    // The executable returns the code to the shell.
    QProcess process;
    process.start(QStringLiteral(TEREN_CLI_PATH), args({"report", "--from", "2025-13-01"}, db));
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 1);
    CHECK(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("--from must be a date")));
}

TEST_CASE("teren-cli targets lists, sets and removes targets", "[cli][targets]")
{
    test::WorkedRegion region;
    const QString db = region.data.fixture().path(QStringLiteral("card.sqlite"));
    CHECK(cli(args({"targets"}, db)).out == u"Targets: 0\n");

    const Run added = cli(args({"targets", "--set", "persons_supported", "--year", "2025", "--value", "5"}, db));
    CHECK(added.code == 0);
    CHECK(added.out == u"Target added.\n");
    CHECK(cli(args({"targets", "--set", "persons_supported", "--year", "2025", "--value", "7"}, db)).out
          == u"Target changed.\n");
    CHECK(cli(args({"targets", "--set", "resolved_rate", "--year", "2025", "--locality", "alfa", "--value", "0.6"}, db))
              .code
          == 0);
    CHECK(cli(args({"targets", "--set", "clients_housed", "--year", "2025", "--provider", "Quest", "--value", "1"}, db))
              .code
          == 0);
    const Run list = cli(args({"targets"}, db));
    CHECK(list.out.endsWith(QStringLiteral("Targets: 3\n")));
    CHECK(list.out.contains(QStringLiteral("persons_supported")));
    CHECK(list.out.contains(QStringLiteral("region")));
    CHECK(list.out.contains(QStringLiteral("alfa")));
    CHECK(list.out.contains(QStringLiteral("Quest")));
    CHECK(list.out.contains(QStringLiteral("(Persons supported)")));

    // The report shows them against their actuals.
    const QJsonObject report = json(cli(args({"report", "--from", "2025-01-01", "--to", "2025-12-31"}, db)).out);
    CHECK(report.value(QStringLiteral("targets")).toArray().size() == 3);

    CHECK(cli(args({"targets", "--remove", "resolved_rate", "--year", "2025", "--locality", "alfa"}, db)).out
          == u"Target removed.\n");
    CHECK(cli(args({"targets"}, db)).out.endsWith(QStringLiteral("Targets: 2\n")));

    const auto refused = [&](const QStringList &arguments, const QString &message) {
        const Run run = cli(arguments);
        CHECK(run.code == 1);
        CHECK(run.err.contains(message));
    };
    refused(args({"targets", "--remove", "resolved_rate", "--year", "2025", "--locality", "alfa"}, db),
            QStringLiteral("There is no such target to remove."));
    refused(args({"targets", "--set", "happiness", "--year", "2025", "--value", "1"}, db),
            QStringLiteral("Unknown indicator \"happiness\"."));
    refused(args({"targets", "--set", "resolved_rate", "--year", "2025", "--value", "57"}, db),
            QStringLiteral("A share is a fraction from 0 to 1"));
    refused(args({"targets", "--set", "persons_supported", "--value", "1"}, db), QStringLiteral("--year Y is required."));
    refused(args({"targets", "--set", "persons_supported", "--year", "2025"}, db), QStringLiteral("--value V is required"));
    refused(args({"targets", "--set", "persons_supported", "--year", "2025", "--locality", "alfa", "--provider",
                  "Quest", "--value", "1"},
                 db),
            QStringLiteral("not both"));
    refused(args({"targets", "--set", "persons_supported", "--remove", "persons_supported", "--year", "2025"}, db),
            QStringLiteral("either --set or --remove"));
}

TEST_CASE("teren-cli report lists group activities by kind and anonymous contacts apart from the named clients",
          "[cli][report][groups]")
{
    test::WorkedRegion region;
    Store &store = region.data.store();
    const QString db = region.data.fixture().path(QStringLiteral("card.sqlite"));
    const qint64 contactsBefore = json(cli(args({"report", "--from", "2025-01-01", "--to", "2025-12-31"}, db)).out)
                                      .value(QStringLiteral("contacts"))
                                      .toObject()
                                      .value(QStringLiteral("count"))
                                      .toInteger();
    const auto activity = [&store](const char *kind, const QDate &on, int participants, const QUuid &locality,
                                   const QUuid &worker) {
        GroupActivity a;
        a.kind = QString::fromLatin1(kind);
        a.heldOn = on;
        a.minutes = 60;
        a.participants = participants;
        a.localityId = locality;
        a.workerId = worker;
        GroupActivityRepository(store).create(a);
    };
    activity("catch_up_classes", QDate(2025, 3, 4), 12, region.alfa, region.w1);
    activity("catch_up_classes", QDate(2025, 3, 11), 10, region.beta, region.w2);
    activity("joint_patrol_police", QDate(2025, 9, 1), 2, region.alfa, region.w1);
    activity("pc_course", QDate(2026, 1, 5), 8, region.alfa, region.w1); // after the period
    AnonymousContact street;
    street.contactOn = QDate(2025, 6, 6);
    street.minutes = 20;
    street.persons = 3;
    street.localityId = region.beta;
    street.workerId = region.w2;
    AnonymousContactRepository(store).create(street);

    const Run year = cli(args({"report", "--from", "2025-01-01", "--to", "2025-12-31"}, db));
    REQUIRE(year.code == 0);
    const QJsonObject report = json(year.out);
    const QJsonArray groups = report.value(QStringLiteral("group_activities")).toArray();
    REQUIRE(groups.size() == 6);
    QStringList kinds;
    for (const QJsonValue &group : groups)
        kinds.append(group.toObject().value(QStringLiteral("kind")).toString());
    CHECK(kinds
          == QStringList{QStringLiteral("catch_up_classes"), QStringLiteral("pc_course"),
                         QStringLiteral("children_leisure"), QStringLiteral("community_meeting"),
                         QStringLiteral("joint_patrol_police"), QStringLiteral("other")});
    CHECK(groups.at(0).toObject().value(QStringLiteral("activities")).toInt() == 2);
    CHECK(groups.at(0).toObject().value(QStringLiteral("participants")).toInt() == 22);
    CHECK(groups.at(1).toObject().value(QStringLiteral("activities")).toInt() == 0);
    CHECK(groups.at(4).toObject().value(QStringLiteral("participants")).toInt() == 2);
    CHECK(report.value(QStringLiteral("anonymous_contacts")).toInt() == 1);
    CHECK(report.value(QStringLiteral("anonymous_persons")).toInt() == 3);
    CHECK(report.value(QStringLiteral("contacts")).toObject().value(QStringLiteral("count")).toInteger()
          == contactsBefore);

    // The locality filter is the activity's own locality.
    const QJsonObject alfa =
        json(cli(args({"report", "--from", "2025-01-01", "--to", "2025-12-31", "--locality", "alfa"}, db)).out);
    CHECK(alfa.value(QStringLiteral("group_activities")).toArray().at(0).toObject().value(QStringLiteral("participants"))
              .toInt()
          == 12);
    CHECK(alfa.value(QStringLiteral("anonymous_contacts")).toInt() == 0);

    const Run csv = cli(args({"report", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "csv"}, db));
    CHECK(csv.out.contains(QStringLiteral("group_activities,catch_up_classes,,participants,22")));
    CHECK(csv.out.contains(QStringLiteral("anonymous_contacts,,,count,1")));
}
