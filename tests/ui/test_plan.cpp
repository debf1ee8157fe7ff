// The printed individual plan: teren-cli plan, Client → Print the plan… and Save the
// plan as PDF… in the window, the layout's pages, and the printing on the client's
// history. A GUI test program, because laying out the plan needs the fonts only a
// GUI application object provides.
#include <catch2/catch.hpp>

#include "CliRun.h"
#include "DemoDocuments.h"
#include "MainWindow.h"
#include "PassphraseAnswers.h"
#include "TestMode.h"
#include "TestSupport.h"
#include "access/IndividualPlan.h"
#include "access/PlanLayout.h"
#include "access/PlanPdf.h"
#include "card/ClientCard.h"
#include "card/HistoryTab.h"
#include "card/PlanPrintAction.h"
#include "domain/Values.h"
#include "i18n/Translations.h"
#include "store/ClientHistory.h"
#include "store/PartnerRepository.h"
#include "store/Repositories.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrinter>
#include <QTabWidget>
#include <QTreeWidget>

using namespace teren;
using test::cli;

namespace {

// A small demo region, and its client with the most open goals under open needs.
struct DemoRegion : test::DemoRegion
{
    DemoRegion()
        : test::DemoRegion(QStringLiteral(
              "SELECT c.id FROM client c JOIN need n ON n.client_id = c.id JOIN goal g ON g.need_id = n.id "
              "WHERE n.deleted = 0 AND g.deleted = 0 AND n.status IN ('open', 'in_progress') AND g.status = 'open' "
              "GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1"))
    {
    }
    test::Run plan(const QString &out) const
    {
        return cli({QStringLiteral("plan"), QStringLiteral("--db"), path, QStringLiteral("--client"), clientText(),
                    QStringLiteral("--out"), out});
    }
};

QStringList textsOf(Store &store, const QString &sql, const QUuid &client)
{
    QStringList texts;
    Query query = store.database().prepare(sql);
    query.bindAll({db::id(client)}).exec();
    while (query.next())
        texts.append(query.value(0).toString());
    return texts;
}

QStringList openGoalTexts(Store &store, const QUuid &client)
{
    return textsOf(store,
                   QStringLiteral("SELECT g.text FROM goal g JOIN need n ON g.need_id = n.id WHERE n.client_id = ? "
                                  "AND n.deleted = 0 AND g.deleted = 0 AND g.status = 'open'"),
                   client);
}

QStringList stepTexts(Store &store, const QUuid &client)
{
    return textsOf(store,
                   QStringLiteral("SELECT s.text FROM step s JOIN goal g ON s.goal_id = g.id JOIN need n ON "
                                  "g.need_id = n.id WHERE n.client_id = ? AND n.deleted = 0 AND g.deleted = 0 "
                                  "AND s.deleted = 0"),
                   client);
}

int plansPrinted(Store &store, const QUuid &client)
{
    int printed = 0;
    for (const HistoryEntry &entry : ClientHistory(store).ofClient(client))
        printed += entry.kind == HistoryEntry::Kind::View && entry.field == u"plan" ? 1 : 0;
    return printed;
}

// The language of the test, put back afterwards.
struct Language
{
    explicit Language(const QString &code) { Translations::install(code); }
    ~Language() { Translations::install(QStringLiteral("en")); }
};

} // namespace

TEST_CASE("The plan of a demo client names the client, every open goal, every step and the signature lines, in Czech "
          "and in English",
          "[plan][cli]")
{
    DemoRegion region;
    struct Expected
    {
        QString language;
        QStringList words;
    };
    const QList<Expected> languages = {
        {QStringLiteral("cs"),
         {QStringLiteral("Individuální plán"), QStringLiteral("Podpis klienta"), QStringLiteral("Podpis pracovníka"),
          QStringLiteral("Datum:"), QStringLiteral("Strana 1 z"), QStringLiteral("Kdo:")}},
        {QStringLiteral("en"),
         {QStringLiteral("Individual plan"), QStringLiteral("Client's signature"), QStringLiteral("Worker's signature"),
          QStringLiteral("Date:"), QStringLiteral("Page 1 of"), QStringLiteral("Who:")}},
    };
    for (const Expected &expected : languages) {
        INFO("language " << expected.language.toStdString());
        const Language language(expected.language);
        const QString out = region.dir.filePath(expected.language + QStringLiteral(".pdf"));
        const test::Run run = region.plan(out);
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        CHECK(run.out.contains(out));

        const QString text = test::pdfText(out);
        for (const QString &word : expected.words)
            CHECK(text.contains(word));
        auto store = region.open();
        const Client client = *ClientRepository(*store).find(region.client);
        CHECK(text.contains(client.givenName + QLatin1Char(' ') + client.familyName));
        CHECK(text.contains(DirectoryRepository(*store).workerName(client.workerId)));
        const QStringList goals = openGoalTexts(*store, region.client);
        REQUIRE_FALSE(goals.isEmpty());
        for (const QString &goal : goals) {
            CAPTURE(goal);
            CHECK(text.contains(goal.simplified()));
        }
        const QStringList steps = stepTexts(*store, region.client);
        REQUIRE_FALSE(steps.isEmpty());
        for (const QString &step : steps) {
            CAPTURE(step);
            CHECK(text.contains(step.simplified()));
        }
    }
}

TEST_CASE("A plan of 30 needs and 60 goals breaks across pages without cutting a row", "[plan][layout]")
{
    test::Fixture fixture;
    Store &store = fixture.store();
    Client client;
    client.givenName = QStringLiteral("Žaneta");
    client.familyName = QStringLiteral("Červeňáková");
    client.birthYear = 1988;
    const QUuid clientId = ClientRepository(store).create(client).id;
    const QList<Codelists::Item> areas = store.codelists().areas();
    QStringList goalTexts;
    QStringList stepTexts;
    for (int n = 0; n < 30; ++n) {
        Need need;
        need.clientId = clientId;
        need.area = areas.at(n % areas.size()).code;
        need.intensity = 1 + n % 3;
        need.identifiedOn = QDate(2026, 1, 5);
        need.status = n % 5 == 4 ? QStringLiteral("in_progress") : QStringLiteral("open");
        need = NeedRepository(store).create(need);
        for (int g = 0; g < 2; ++g) {
            const int number = n * 2 + g + 1;
            Goal goal;
            goal.needId = need.id;
            // Every third goal is long enough to wrap over several lines.
            goal.text = number % 3 == 0
                ? QStringLiteral("Cíl číslo %1 začíná zde a pokračuje dlouhým popisem toho, čeho chce klientka "
                                 "dosáhnout, co k tomu potřebuje od úřadů, od rodiny i od terénní pracovnice, "
                                 "a jak pozná, že se to podařilo; cíl číslo %1 končí zde")
                      .arg(number)
                : QStringLiteral("Cíl číslo %1 krátce, cíl číslo %1 končí zde").arg(number);
            goal.horizon = g == 0 ? QStringLiteral("short") : QStringLiteral("long");
            goal.targetOn = QDate(2026, 12, 1).addDays(number);
            goal = PlanRepository(store).createGoal(goal);
            goalTexts.append(goal.text);
            for (int s = 0; s < 2; ++s) {
                Step step;
                step.goalId = goal.id;
                step.text = QStringLiteral("Krok %1.%2: zajít na úřad a domluvit další postup").arg(number).arg(s + 1);
                step.responsible = s == 0 ? QStringLiteral("client") : QStringLiteral("institution");
                step.dueOn = QDate(2026, 11, 20).addDays(number);
                PlanRepository(store).createStep(step);
                stepTexts.append(step.text);
            }
        }
    }

    // The layout's pages: every row once, in order, each page within its body, no
    // heading at the foot of a page, no goal or step split.
    const PlanLayout layout(IndividualPlan::of(store, clientId), QFont(), PlanLayout::a4Area());
    const QList<PlanLayout::Row> &rows = layout.rows();
    const QList<PlanLayout::Page> &pages = layout.pages();
    REQUIRE(pages.size() >= 5);
    int next = 0;
    for (int index = 0; index < pages.size(); ++index) {
        INFO("page " << index + 1);
        const PlanLayout::Page &page = pages.at(index);
        CHECK(page.firstRow == next);
        CHECK(page.rowCount > 0);
        next = page.firstRow + page.rowCount;
        CHECK(layout.usedHeight(page) <= layout.bodyHeight());
        const PlanLayout::Row::Kind last = rows.at(next - 1).kind;
        if (index < pages.size() - 1) {
            CHECK(last != PlanLayout::Row::Kind::Need);
            CHECK(last != PlanLayout::Row::Kind::Section);
            CHECK(last != PlanLayout::Row::Kind::Goal); // every goal here has steps: it goes with its first
        }
    }
    CHECK(next == rows.size());
    int goalRows = 0;
    int stepRows = 0;
    int needRows = 0;
    for (const PlanLayout::Row &row : rows) {
        CHECK_FALSE(row.continued);
        goalRows += row.kind == PlanLayout::Row::Kind::Goal ? 1 : 0;
        stepRows += row.kind == PlanLayout::Row::Kind::Step ? 1 : 0;
        needRows += row.kind == PlanLayout::Row::Kind::Need ? 1 : 0;
        if (row.kind == PlanLayout::Row::Kind::Goal && (row.need * 2 + row.goal + 1) % 3 == 0)
            CHECK(row.lines.size() > 1); // the long goal texts wrap within their rows
    }
    CHECK(needRows == 30);
    CHECK(goalRows == 60);
    CHECK(stepRows == 120);
    CHECK(rows.last().kind == PlanLayout::Row::Kind::Signatures);

    // The PDF: the same pages, and each goal and step whole on exactly one of them.
    const QString out = fixture.path(QStringLiteral("plan.pdf"));
    PlanPdf::write(store, clientId, out);
    REQUIRE(test::pdfPageCount(out) == pages.size());
    QStringList pageTexts;
    for (int page = 1; page <= pages.size(); ++page)
        pageTexts.append(test::pdfText(out, page));
    const auto pagesWith = [&pageTexts](const QString &text) {
        return static_cast<int>(std::count_if(pageTexts.cbegin(), pageTexts.cend(),
                                              [&text](const QString &page) { return page.contains(text); }));
    };
    for (int index = 0; index < goalTexts.size(); ++index) {
        const QString &goal = goalTexts.at(index);
        CAPTURE(goal);
        CHECK(pagesWith(goal) == 1);
        // Neither the beginning nor the end of a goal is on another page.
        CHECK(pagesWith(QStringLiteral("Cíl číslo %1 ").arg(index + 1)) == 1);
    }
    for (const QString &step : std::as_const(stepTexts)) {
        CAPTURE(step);
        CHECK(pagesWith(step) == 1);
    }
    for (int page = 1; page <= pages.size(); ++page)
        CHECK(pageTexts.at(page - 1).contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages.size())));
    CHECK(pageTexts.constLast().contains(QStringLiteral("Client's signature")));
}

TEST_CASE("A goal text longer than a page goes on over the next page instead of being cut off", "[plan][layout]")
{
    IndividualPlan plan;
    plan.clientName = QStringLiteral("Žaneta Červeňáková");
    plan.madeOn = QDate(2026, 11, 2);
    IndividualPlan::PlanNeed need;
    need.areaLabel = QStringLiteral("Bydlení");
    need.priority = 1;
    QStringList words;
    for (int i = 0; i < 1500; ++i)
        words.append(QStringLiteral("slovo%1").arg(i));
    need.goals.append({words.join(QLatin1Char(' ')), QStringLiteral("short-term"), {}, QStringLiteral("open"), {}, {}});
    plan.needs.append(need);
    const PlanLayout layout(plan, QFont(), PlanLayout::a4Area());
    QStringList lines;
    int parts = 0;
    for (const PlanLayout::Row &row : layout.rows()) {
        if (row.kind != PlanLayout::Row::Kind::Goal)
            continue;
        CHECK(row.continued == (parts > 0));
        CHECK(row.height <= layout.bodyHeight());
        lines += row.lines;
        ++parts;
    }
    CHECK(parts > 1);
    CHECK(lines.join(QLatin1Char(' ')).simplified() == QStringLiteral("Goal: ") + words.join(QLatin1Char(' ')));
    for (const PlanLayout::Page &page : layout.pages())
        CHECK(layout.usedHeight(page) <= layout.bodyHeight());
}

TEST_CASE("A client without needs gets a one-page plan that says so, with the signature lines", "[plan][layout]")
{
    IndividualPlan plan;
    plan.clientName = QStringLiteral("Sidonie");
    plan.madeOn = QDate(2026, 11, 2);
    const PlanLayout layout(plan, QFont(), PlanLayout::a4Area());
    REQUIRE(layout.pages().size() == 1);
    QStringList texts;
    for (const PlanLayout::Row &row : layout.rows())
        texts += row.lines;
    const QString text = texts.join(QLatin1Char(' '));
    CHECK(text.contains(QStringLiteral("Client: Sidonie")));
    CHECK_FALSE(text.contains(QStringLiteral("born")));
    CHECK(text.contains(QStringLiteral("Worker: —")));
    CHECK(text.contains(QStringLiteral("No open needs are recorded.")));
    CHECK_FALSE(text.contains(QStringLiteral("Closed needs")));
    CHECK(layout.rows().last().kind == PlanLayout::Row::Kind::Signatures);
}

TEST_CASE("A step given to a partner institution names the partner in the plan", "[plan][partners]")
{
    test::Fixture fixture;
    Store &store = fixture.store();
    Client client;
    client.givenName = QStringLiteral("Věra");
    client.familyName = QStringLiteral("Horváthová");
    Need need;
    need.clientId = ClientRepository(store).create(client).id;
    need.area = QStringLiteral("employment");
    need.identifiedOn = QDate(2026, 10, 1);
    Goal goal;
    goal.needId = NeedRepository(store).create(need).id;
    goal.text = QStringLiteral("Najít práci");
    goal.horizon = QStringLiteral("short");
    const QUuid goalId = PlanRepository(store).createGoal(goal).id;
    Partner office;
    office.kind = QStringLiteral("labour_office");
    office.name = QStringLiteral("Úřad práce Sokolov");
    Step withPartner;
    withPartner.goalId = goalId;
    withPartner.text = QStringLiteral("Přihlásit se do evidence uchazečů");
    withPartner.responsible = QStringLiteral("institution");
    withPartner.partnerId = PartnerRepository(store).add(office).id;
    PlanRepository(store).createStep(withPartner);
    Step ownStep;
    ownStep.goalId = goalId;
    ownStep.text = QStringLiteral("Sepsat životopis");
    ownStep.responsible = QStringLiteral("client");
    PlanRepository(store).createStep(ownStep);

    const IndividualPlan plan = IndividualPlan::of(store, need.clientId);
    REQUIRE(plan.needs.size() == 1);
    REQUIRE(plan.needs.first().goals.size() == 1);
    QStringList who;
    for (const IndividualPlan::PlanStep &step : plan.needs.first().goals.first().steps)
        who.append(step.responsibleText);
    who.sort();
    CHECK(who == QStringList{QStringLiteral("client"), QStringLiteral("Úřad práce Sokolov (institution)")});
}

TEST_CASE("Writing the plan records the printing on the client's history, which the access export carries",
          "[plan][history]")
{
    DemoRegion region;
    const test::Run run = region.plan(region.dir.filePath(QStringLiteral("plan.pdf")));
    REQUIRE(run.code == 0);
    {
        auto store = region.open();
        CHECK(plansPrinted(*store, region.client) == 1);
        const QList<HistoryEntry> history = ClientHistory(*store).ofClient(region.client);
        const auto printed = std::find_if(history.cbegin(), history.cend(),
                                          [](const HistoryEntry &entry) { return entry.field == u"plan"; });
        REQUIRE(printed != history.cend());
        CHECK(printed->fieldLabel == u"Individual plan printed");
        const Language czech(QStringLiteral("cs"));
        CHECK(ClientHistory(*store).ofClient(region.client).first().fieldLabel == u"Vytištěn individuální plán");
    }
    const QString folder = region.dir.filePath(QStringLiteral("access"));
    REQUIRE(cli({QStringLiteral("access"), QStringLiteral("--db"), region.path, QStringLiteral("--client"),
                 region.clientText(), QStringLiteral("--out"), folder})
                .code
            == 0);
    const QStringList json = QDir(folder).entryList({QStringLiteral("*.json")});
    REQUIRE(json.size() == 1);
    QFile file(QDir(folder).filePath(json.first()));
    REQUIRE(file.open(QIODevice::ReadOnly));
    int plans = 0;
    for (const QJsonValue &entry : QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("history")).toArray())
        plans += entry.toObject().value(QStringLiteral("field")).toString() == u"plan" ? 1 : 0;
    CHECK(plans == 1);
}

TEST_CASE("teren-cli plan refuses an unknown client and a file it cannot write, and writes nothing", "[plan][cli]")
{
    DemoRegion region;
    const QString out = region.dir.filePath(QStringLiteral("plan.pdf"));
    const QString stranger = QStringLiteral("0193a1b2-0000-7000-8000-0000000000ff");
    const test::Run unknown = cli({QStringLiteral("plan"), QStringLiteral("--db"), region.path,
                                   QStringLiteral("--client"), stranger, QStringLiteral("--out"), out});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("There is no client with the id %1").arg(stranger)));
    CHECK_FALSE(QFileInfo::exists(out));

    const test::Run notAnId = cli({QStringLiteral("plan"), QStringLiteral("--db"), region.path,
                                   QStringLiteral("--client"), QStringLiteral("Pokuta"), QStringLiteral("--out"), out});
    CHECK(notAnId.code == 2);
    CHECK(notAnId.err.contains(QStringLiteral("is not a client's id")));

    const test::Run help = cli({QStringLiteral("plan"), QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("teren-cli plan --db FILE --client ID --out FILE.pdf")));

    const test::Run noOut =
        cli({QStringLiteral("plan"), QStringLiteral("--db"), region.path, QStringLiteral("--client"), region.clientText()});
    CHECK(noOut.code == 2);
    CHECK(noOut.err.contains(QStringLiteral("--out FILE.pdf is required")));

    // A folder that does not exist, and a folder where the file should be.
    const QString nowhere = region.dir.filePath(QStringLiteral("no such folder/plan.pdf"));
    const test::Run missingFolder = region.plan(nowhere);
    CHECK(missingFolder.code == 1);
    CHECK(missingFolder.err.contains(QStringLiteral("Could not write %1").arg(nowhere)));
    CHECK_FALSE(QFileInfo::exists(nowhere));
    const test::Run aFolder = region.plan(region.dir.path());
    CHECK(aFolder.code == 1);
    CHECK(aFolder.err.contains(QStringLiteral("Could not write")));

    {
        const Language czech(QStringLiteral("cs"));
        const test::Run translated = region.plan(nowhere);
        CHECK(translated.code == 1);
        CHECK(translated.err.contains(QStringLiteral("Soubor %1 nelze zapsat").arg(nowhere)));
    }
    auto store = region.open();
    CHECK(plansPrinted(*store, region.client) == 0);
}

TEST_CASE("Print the plan prints the card's client through the print dialog and records it on the History tab",
          "[plan][ui]")
{
    DemoRegion region;
    MainWindow window;
    QStringList informed;
    QStringList errors;
    window.setInformHandler([&informed](const QString &message) { informed.append(message); });
    window.setErrorHandler([&errors](const QString &message) { errors.append(message); });
    window.setPassphrasePromptHandler(
        [](PassphrasePrompt &prompt) { return test::typePassphrase(prompt, test::defaultPassphrase()); });
    window.show();
    REQUIRE(window.openDatabase(region.path));
    window.card()->showClient(region.client);
    window.card()->tabs()->setCurrentWidget(window.card()->historyTab());
    // The History tab's lines that say the plan was printed.
    const auto printedLines = [&window] {
        const QTreeWidget *list = window.card()->historyTab()->list();
        int lines = 0;
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            for (int column = 0; column < list->columnCount(); ++column)
                lines += list->topLevelItem(row)->text(column) == u"Individual plan printed" ? 1 : 0;
        return lines;
    };
    CHECK(printedLines() == 0);

    // The print dialog, answered: print to a PDF file.
    const QString printed = region.dir.filePath(QStringLiteral("printed.pdf"));
    int asked = 0;
    window.planPrint()->setPrintDialogHandler([&](QPrinter &printer) {
        ++asked;
        CHECK(printer.pageLayout().pageSize().id() == QPageSize::A4);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        return true;
    });
    REQUIRE(window.planPrint()->printAction()->isEnabled());
    window.planPrint()->printAction()->trigger();
    CHECK(asked == 1);
    CHECK(errors.isEmpty());
    REQUIRE(QFileInfo::exists(printed));
    const QString text = test::pdfText(printed);
    CHECK(text.contains(QStringLiteral("Client's signature")));
    for (const QString &goal : openGoalTexts(*window.store(), region.client))
        CHECK(text.contains(goal.simplified()));
    CHECK(plansPrinted(*window.store(), region.client) == 1);
    CHECK(printedLines() == 1);

    // A cancelled dialog prints and records nothing.
    window.planPrint()->setPrintDialogHandler([](QPrinter &) { return false; });
    CHECK_FALSE(window.planPrint()->printCurrent());
    CHECK(plansPrinted(*window.store(), region.client) == 1);

    // Save as PDF: the file asked for, named .pdf, and said where.
    const QString chosen = region.dir.filePath(QStringLiteral("for the client"));
    QString suggested;
    window.planPrint()->setFileHandler([&](const QString &, const QString &name) {
        suggested = name;
        return chosen;
    });
    REQUIRE(window.planPrint()->saveCurrentAsPdf());
    CHECK(suggested.endsWith(QStringLiteral(".pdf")));
    CHECK(QFileInfo::exists(chosen + QStringLiteral(".pdf")));
    REQUIRE(informed.size() == 1);
    CHECK(informed.first().contains(QDir::toNativeSeparators(chosen + QStringLiteral(".pdf"))));
    CHECK(plansPrinted(*window.store(), region.client) == 2);
    CHECK(printedLines() == 2);
    CHECK(errors.isEmpty());
}
