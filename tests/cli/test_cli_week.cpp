#include <catch2/catch.hpp>

#include "CliRun.h"
#include "WeekTestData.h"
#include "store/Duplicates.h"
#include "store/Repositories.h"
#include "store/WeekAgenda.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace teren;
using test::cli;
using test::Run;

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// One item as "kind id client_id client_name | text | date": every key of the object.
QString line(const QString &kind, const QUuid &id, const QUuid &client, const QString &name, const QString &text,
             const QString &date)
{
    return QStringLiteral("%1 %2 %3 %4 | %5 | %6").arg(kind, idText(id), idText(client), name, text, date);
}

QStringList lines(const QJsonArray &items)
{
    QStringList result;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        CHECK(item.keys()
              == QStringList({QStringLiteral("client_id"), QStringLiteral("client_name"), QStringLiteral("date"),
                              QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("text")}));
        const QJsonValue date = item.value(QStringLiteral("date"));
        result.append(line(item.value(QStringLiteral("kind")).toString(),
                           QUuid::fromString(item.value(QStringLiteral("id")).toString()),
                           QUuid::fromString(item.value(QStringLiteral("client_id")).toString()),
                           item.value(QStringLiteral("client_name")).toString(),
                           item.value(QStringLiteral("text")).toString(),
                           date.isNull() ? QStringLiteral("null") : date.toString()));
        // Canonical ids: lower case, no braces.
        CHECK(item.value(QStringLiteral("id")).toString()
              == item.value(QStringLiteral("id")).toString().toLower().remove(u'{').remove(u'}'));
    }
    return result;
}

QJsonObject weekJson(const Run &run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    REQUIRE(document.isObject());
    return document.object();
}

struct Caseload : test::WeekCaseload
{
    QString db = data.fixture().store().database().path();

    QStringList args(const QStringList &more) const
    {
        return QStringList{QStringLiteral("week"), QStringLiteral("--db"), db, QStringLiteral("--date"),
                           QStringLiteral("2026-06-15")}
            + more;
    }
    QString name(const char *given) const { return QString::fromUtf8(given) + QStringLiteral(" Testová"); }
    QString area(const char *code) { return data.store().codelists().areaLabel(QString::fromLatin1(code)); }
};

} // namespace

TEST_CASE("teren-cli week lists the five lists of one worker's clients on a day", "[cli][week]")
{
    Caseload c;
    const QJsonObject week = weekJson(cli(c.args({QStringLiteral("--worker"), QStringLiteral("Věra")})));
    CHECK(week.keys()
          == QStringList({QStringLiteral("due_soon"), QStringLiteral("needs_without_goal"),
                          QStringLiteral("no_recent_contact"), QStringLiteral("overdue_goals"),
                          QStringLiteral("overdue_steps")}));
    const QString alena = c.name("Alena");

    // Due before D and not done by D: done after D still counts, done on D does not;
    // nothing under a dropped goal or a resolved need, nothing deleted or anonymised.
    CHECK(lines(week.value(QStringLiteral("overdue_steps")).toArray())
          == QStringList({line(QStringLiteral("step"), c.doneAfter, c.alena, alena,
                               QStringLiteral("Vyzvednout potvrzení"), QStringLiteral("2026-06-01")),
                          line(QStringLiteral("step"), c.dueYesterday, c.alena, alena,
                               QStringLiteral("Obejít realitní kanceláře"), QStringLiteral("2026-06-14"))}));
    // From D to D+7: today's and the 7th day's step and a goal between; not the 8th day's.
    CHECK(lines(week.value(QStringLiteral("due_soon")).toArray())
          == QStringList({line(QStringLiteral("step"), c.dueToday, c.alena, alena,
                               QStringLiteral("Zavolat na bytový odbor"), QStringLiteral("2026-06-15")),
                          line(QStringLiteral("goal"), c.targetIn6, c.alena, alena, QStringLiteral("Složit kauci"),
                               QStringLiteral("2026-06-21")),
                          line(QStringLiteral("step"), c.dueIn7, c.alena, alena,
                               QStringLiteral("Podat žádost o obecní byt"), QStringLiteral("2026-06-22"))}));
    CHECK(lines(week.value(QStringLiteral("overdue_goals")).toArray())
          == QStringList({line(QStringLiteral("goal"), c.findFlat, c.alena, alena, QStringLiteral("Najít nájemní byt"),
                               QStringLiteral("2026-06-10"))}));
    // Never contacted first (by name), then the last contact 31 days before D; not 29 or
    // exactly 30 days, not a cooperation ended before D, not a client without open needs.
    CHECK(lines(week.value(QStringLiteral("no_recent_contact")).toArray())
          == QStringList({line(QStringLiteral("client"), c.dusan, c.dusan, c.name("Dušan"), {}, QStringLiteral("null")),
                          line(QStringLiteral("client"), c.filip, c.filip, c.name("Filip"), {}, QStringLiteral("null")),
                          line(QStringLiteral("client"), c.bedrich, c.bedrich, c.name("Bedřich"), {},
                               QStringLiteral("2026-05-15"))}));
    // Identified before D−60 with no goal (a deleted goal is none): 61 days, not 60 or 59.
    CHECK(lines(week.value(QStringLiteral("needs_without_goal")).toArray())
          == QStringList({line(QStringLiteral("need"), c.onlyDeletedGoal, c.alena, alena, c.area("family"),
                               QStringLiteral("2026-01-10")),
                          line(QStringLiteral("need"), c.waited61, c.alena, alena, c.area("employment"),
                               QStringLiteral("2026-04-15"))}));
}

TEST_CASE("teren-cli week without a worker lists every client in the database", "[cli][week]")
{
    Caseload c;
    const QJsonObject all = weekJson(cli(c.args({})));
    const QStringList overdue = lines(all.value(QStringLiteral("overdue_steps")).toArray());
    REQUIRE(overdue.size() == 3);
    CHECK(overdue.at(1)
          == line(QStringLiteral("step"), c.ivanStep, c.ivan, c.name("Ivan"), QStringLiteral("Zaplatit nedoplatek"),
                  QStringLiteral("2026-06-10")));
    // Karel's, by id or by name in any case, as the other commands take a worker.
    for (const QString &worker : {idText(c.karel), QStringLiteral("karel")}) {
        const QJsonObject karel = weekJson(cli(c.args({QStringLiteral("--worker"), worker})));
        CHECK(lines(karel.value(QStringLiteral("overdue_steps")).toArray()) == QStringList{overdue.at(1)});
        CHECK(karel.value(QStringLiteral("no_recent_contact")).toArray().isEmpty());
    }
}

TEST_CASE("teren-cli week counts days without contact from the option", "[cli][week]")
{
    Caseload c;
    // 28: Alena, last seen 29 days before D, joins; Cecílie (30 days) before Bedřich (31).
    const QJsonObject week = weekJson(cli(c.args({QStringLiteral("--worker"), QStringLiteral("Věra"),
                                                  QStringLiteral("--days-without-contact"), QStringLiteral("28")})));
    QStringList names;
    for (const QJsonValue &item : week.value(QStringLiteral("no_recent_contact")).toArray())
        names.append(item.toObject().value(QStringLiteral("client_name")).toString());
    CHECK(names == QStringList({c.name("Dušan"), c.name("Filip"), c.name("Bedřich"), c.name("Cecílie"), c.name("Alena")}));
}

TEST_CASE("teren-cli week writes one CSV row per item with its list", "[cli][week]")
{
    Caseload c;
    const Run run = cli(c.args({QStringLiteral("--worker"), QStringLiteral("Věra"), QStringLiteral("--format"),
                                QStringLiteral("csv")}));
    REQUIRE(run.code == 0);
    const QStringList rows = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 1 + 2 + 3 + 1 + 3 + 2);
    CHECK(rows.at(0) == u"list,client_id,client_name,kind,id,text,date");
    CHECK(rows.at(1)
          == QStringLiteral("overdue_steps,%1,Alena Testová,step,%2,Vyzvednout potvrzení,2026-06-01")
                 .arg(idText(c.alena), idText(c.doneAfter)));
    CHECK(rows.at(7) == QStringLiteral("no_recent_contact,%1,Dušan Testová,client,%1,,").arg(idText(c.dusan)));
    CHECK(rows.at(10).startsWith(u"needs_without_goal,"));
    CHECK(rows.at(11).startsWith(u"needs_without_goal,"));
}

TEST_CASE("teren-cli week writes a step a spreadsheet would run as a formula as text", "[cli][week]")
{
    Caseload c;
    const QUuid need = c.data.need(c.alena, QStringLiteral("debts"), QDate(2026, 5, 2));
    c.step(c.goal(need, QStringLiteral("Oddlužení"), {}), QStringLiteral("=HYPERLINK(\"http://example.org\")"),
           QDate(2026, 6, 10));
    const Run run = cli(c.args({QStringLiteral("--worker"), QStringLiteral("Věra"), QStringLiteral("--format"),
                                QStringLiteral("csv")}));
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://example.org\"\")\",2026-06-10\r\n")));
    CHECK_FALSE(run.out.contains(QStringLiteral(",=HYPERLINK")));
}

TEST_CASE("teren-cli week refuses a bad date, an unknown worker and negative days", "[cli][week]")
{
    Caseload c;
    const Run badDate = cli({QStringLiteral("week"), QStringLiteral("--db"), c.db, QStringLiteral("--date"),
                             QStringLiteral("2026-02-30")});
    CHECK(badDate.code == 1);
    CHECK(badDate.err == u"error: --date must be a date written YYYY-MM-DD, not \"2026-02-30\".\n");
    CHECK(badDate.out.isEmpty());

    const Run nobody = cli(c.args({QStringLiteral("--worker"), QStringLiteral("Nikdo")}));
    CHECK(nobody.code == 1);
    CHECK(nobody.err == u"error: There is no worker \"Nikdo\" in this database.\n");

    const Run negative = cli(c.args({QStringLiteral("--days-without-contact"), QStringLiteral("-1")}));
    CHECK(negative.code == 1);
    CHECK(negative.err == u"error: --days-without-contact must be a whole number of days, 0 or more, not \"-1\".\n");

    const Run format = cli(c.args({QStringLiteral("--format"), QStringLiteral("xml")}));
    CHECK(format.code == 1);
    CHECK(format.err == u"error: --format must be json or csv, not \"xml\".\n");
}

TEST_CASE("teren-cli week lists a duplicate's records under the client it was merged into", "[cli][week]")
{
    Caseload c;
    // A second record of Bedřich, with a contact 14 days before D and an overdue step.
    const QUuid duplicate = c.data.client(QStringLiteral("Bedřich"), {}, c.vera);
    c.data.cooperation(duplicate, QDate(2026, 1, 1));
    const QUuid need = c.data.need(duplicate, QStringLiteral("debts"), QDate(2026, 5, 2));
    const QUuid step = c.step(c.goal(need, QStringLiteral("Oddlužení"), {}), QStringLiteral("Sepsat dluhy"),
                              QDate(2026, 6, 12));
    c.data.contact(duplicate, QDate(2026, 6, 1), 30, QStringLiteral("field"), {QStringLiteral("counselling")});
    const QStringList vera = c.args({QStringLiteral("--worker"), QStringLiteral("Věra")});
    CHECK(lines(weekJson(cli(vera)).value(QStringLiteral("overdue_steps")).toArray())
              .contains(line(QStringLiteral("step"), step, duplicate, c.name("Bedřich"), QStringLiteral("Sepsat dluhy"),
                             QStringLiteral("2026-06-12"))));

    Duplicates(c.data.store()).merge(duplicate, c.bedrich);
    const QJsonObject week = weekJson(cli(vera));
    CHECK(lines(week.value(QStringLiteral("overdue_steps")).toArray())
              .contains(line(QStringLiteral("step"), step, c.bedrich, c.name("Bedřich"), QStringLiteral("Sepsat dluhy"),
                             QStringLiteral("2026-06-12"))));
    // The duplicate's contact is Bedřich's now: he was seen 14 days before D.
    for (const QJsonValue &item : week.value(QStringLiteral("no_recent_contact")).toArray())
        CHECK(item.toObject().value(QStringLiteral("client_id")).toString() != idText(c.bedrich));
    CHECK(week.value(QStringLiteral("no_recent_contact")).toArray().size() == 2);
}

TEST_CASE("teren-cli week counts a group contact a client was linked to as their contact", "[cli][week]")
{
    Caseload c;
    // A family visit recorded on Alena's card 5 days before D, Dušan (never seen alone)
    // linked to it: he has been contacted.
    const QUuid visit = c.data.contact(c.alena, QDate(2026, 6, 10), 45, QStringLiteral("field"), {});
    ContactRepository(c.data.store()).linkClient(visit, c.dusan);
    const QJsonObject week = weekJson(cli(c.args({QStringLiteral("--worker"), QStringLiteral("Věra")})));
    CHECK(lines(week.value(QStringLiteral("no_recent_contact")).toArray())
          == QStringList({line(QStringLiteral("client"), c.filip, c.filip, c.name("Filip"), {}, QStringLiteral("null")),
                          line(QStringLiteral("client"), c.bedrich, c.bedrich, c.name("Bedřich"), {},
                               QStringLiteral("2026-05-15"))}));
}

TEST_CASE("The week's lists equal the query the views read", "[week]")
{
    Caseload c;
    WeekFilter filter;
    filter.day = c.day;
    filter.workerId = c.vera;
    const WeekAgenda agenda = WeekAgenda::of(c.data.store(), filter);
    CHECK(agenda.overdueSteps.size() == 2);
    CHECK(agenda.dueSoon.size() == 3);
    CHECK(agenda.overdueGoals.size() == 1);
    CHECK(agenda.noRecentContact.size() == 3);
    CHECK(agenda.needsWithoutGoal.size() == 2);
    CHECK(agenda.total() == 11);
    CHECK(agenda.dueSoon.at(1).kind == WeekItem::Kind::Goal);
    CHECK_FALSE(agenda.noRecentContact.at(0).date.isValid());
}
