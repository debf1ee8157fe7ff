// The right of access: everything the file holds about one person, as a PDF in the
// current language and a JSON of the same (teren-cli access, and Client → Export
// everything about this person… in the window). A GUI test program, because laying
// out the PDF needs the fonts only a GUI application object provides.
#include <catch2/catch.hpp>

#include "CliRun.h"
#include "DemoDocuments.h"
#include "TestMode.h"
#include "TestSupport.h"
#include "MainWindow.h"
#include "card/AccessExportAction.h"
#include "card/ClientCard.h"
#include "PassphraseAnswers.h"
#include "domain/Values.h"
#include "store/ClientHistory.h"
#include "store/Repositories.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace teren;
using test::cli;

namespace {

// A small demo region, and its client with the most goals.
struct DemoRegion : test::DemoRegion
{
    DemoRegion()
        : test::DemoRegion(QStringLiteral(
              "SELECT c.id FROM client c JOIN need n ON n.client_id = c.id JOIN goal g ON g.need_id = n.id "
              "WHERE n.deleted = 0 AND g.deleted = 0 GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1"))
    {
    }
};

qint64 countOf(Store &store, const QString &sql, const QUuid &client)
{
    return store.database().scalar(sql, {db::id(client)}).toLongLong();
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

// Typographic ligatures ("ﬁ") of the laid-out HTML read as their letters.
QString pdfText(const QString &path)
{
    return test::pdfText(path).normalized(QString::NormalizationForm_KC);
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE("teren-cli access writes a PDF and a JSON of exactly one person's records", "[access][cli]")
{
    DemoRegion region;
    const QString out = region.dir.filePath(QStringLiteral("access"));
    const test::Run run = cli({QStringLiteral("access"), QStringLiteral("--db"), region.path, QStringLiteral("--client"),
                               region.clientText(), QStringLiteral("--out"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const QStringList files = filesIn(out);
    REQUIRE(files.size() == 2);
    CHECK(run.out.contains(files.at(0)));
    CHECK(run.out.contains(files.at(1)));

    auto store = region.open();
    const Client client = *ClientRepository(*store).find(region.client);
    const QJsonObject json = readJson(QDir(out).filePath(files.filter(QStringLiteral(".json")).first()));
    CHECK(json.value(QStringLiteral("person")).toObject().value(QStringLiteral("id")).toString() == region.clientText());
    CHECK(json.value(QStringLiteral("person")).toObject().value(QStringLiteral("family_name")).toString()
          == client.familyName);

    // Counted against SQL: every live record of this client, and nothing of anyone else.
    const QJsonArray needs = json.value(QStringLiteral("needs")).toArray();
    qint64 goals = 0;
    qint64 steps = 0;
    QStringList goalTexts;
    for (const QJsonValue &need : needs) {
        for (const QJsonValue &goal : need.toObject().value(QStringLiteral("goals")).toArray()) {
            ++goals;
            goalTexts.append(goal.toObject().value(QStringLiteral("text")).toString());
            steps += goal.toObject().value(QStringLiteral("steps")).toArray().size();
        }
    }
    CHECK(needs.size() == countOf(*store, QStringLiteral("SELECT count(*) FROM need WHERE client_id = ? AND deleted = 0"),
                                  region.client));
    CHECK(goals == countOf(*store, QStringLiteral("SELECT count(*) FROM goal g JOIN need n ON g.need_id = n.id "
                                                  "WHERE n.client_id = ? AND n.deleted = 0 AND g.deleted = 0"),
                           region.client));
    CHECK(steps == countOf(*store, QStringLiteral("SELECT count(*) FROM step s JOIN goal g ON s.goal_id = g.id "
                                                  "JOIN need n ON g.need_id = n.id WHERE n.client_id = ? "
                                                  "AND n.deleted = 0 AND g.deleted = 0 AND s.deleted = 0"),
                           region.client));
    CHECK(json.value(QStringLiteral("contacts")).toArray().size()
          == countOf(*store, QStringLiteral("SELECT count(*) FROM contact WHERE client_id = ? AND deleted = 0"),
                     region.client));
    CHECK(json.value(QStringLiteral("cooperations")).toArray().size()
          == countOf(*store, QStringLiteral("SELECT count(*) FROM cooperation WHERE client_id = ? AND deleted = 0"),
                     region.client));
    CHECK(json.value(QStringLiteral("consents")).toArray().size()
          == countOf(*store, QStringLiteral("SELECT count(*) FROM consent WHERE client_id = ? AND deleted = 0"),
                     region.client));
    CHECK(json.value(QStringLiteral("consents")).toArray().size() > 0);
    CHECK(json.value(QStringLiteral("history")).toArray().size() > 0);
    REQUIRE(goals > 0);

    // Handing the data out is recorded as a view of the client's card.
    int exports = 0;
    for (const HistoryEntry &entry : ClientHistory(*store).ofClient(region.client))
        exports += entry.kind == HistoryEntry::Kind::View && entry.field == u"export" ? 1 : 0;
    CHECK(exports == 1);

    const QString text = pdfText(QDir(out).filePath(files.filter(QStringLiteral(".pdf")).first()));
    CHECK(text.contains(client.familyName));
    CHECK(text.contains(client.givenName));
    for (const QString &goal : std::as_const(goalTexts)) {
        CAPTURE(goal);
        CHECK(text.contains(goal.simplified()));
    }
}

TEST_CASE("An erased person has nothing to export, and nothing is written", "[access][cli]")
{
    DemoRegion region;
    {
        auto store = region.open();
        ClientRepository(*store).erase(region.client);
    }
    const QString out = region.dir.filePath(QStringLiteral("access"));
    const test::Run run = cli({QStringLiteral("access"), QStringLiteral("--db"), region.path, QStringLiteral("--client"),
                               region.clientText(), QStringLiteral("--out"), out});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("erased")));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("teren-cli access needs a client's id and a folder it can write", "[access][cli]")
{
    DemoRegion region;
    const test::Run notAnId = cli({QStringLiteral("access"), QStringLiteral("--db"), region.path,
                                   QStringLiteral("--client"), QStringLiteral("Pokuta"), QStringLiteral("--out"),
                                   region.dir.filePath(QStringLiteral("a"))});
    CHECK(notAnId.code == 2);
    CHECK(notAnId.err.contains(QStringLiteral("is not a client's id")));
    const test::Run noFolder =
        cli({QStringLiteral("access"), QStringLiteral("--db"), region.path, QStringLiteral("--client"), region.clientText()});
    CHECK(noFolder.code == 2);
    CHECK(noFolder.err.contains(QStringLiteral("--out DIR is required")));
    // A file where the folder should be.
    const test::Run aFile = cli({QStringLiteral("access"), QStringLiteral("--db"), region.path,
                                 QStringLiteral("--client"), region.clientText(), QStringLiteral("--out"), region.path});
    CHECK(aFile.code == 1);
    CHECK(aFile.err.contains(QStringLiteral("Could not create the folder")));
}

TEST_CASE("Export everything about this person writes the files of the client on the card and says where",
          "[access][ui]")
{
    DemoRegion region;
    MainWindow window;
    QStringList informed;
    QStringList errors;
    window.setInformHandler([&informed](const QString &message) { informed.append(message); });
    window.setErrorHandler([&errors](const QString &message) { errors.append(message); });
    window.setPassphrasePromptHandler(
        [](PassphrasePrompt &prompt) { return test::typePassphrase(prompt, test::defaultPassphrase()); });
    REQUIRE(window.openDatabase(region.path));
    window.card()->showClient(region.client);
    const QString out = region.dir.filePath(QStringLiteral("for the client"));
    QString asked;
    window.accessExport()->setFolderHandler([&](const QString &title) {
        asked = title;
        return out;
    });
    REQUIRE(window.accessExport()->action()->isEnabled());
    window.accessExport()->action()->trigger();

    const Client client = *ClientRepository(*window.store()).find(region.client);
    CHECK(asked.contains(client.displayName()));
    CHECK(filesIn(out).size() == 2);
    REQUIRE(informed.size() == 1);
    CHECK(informed.first().contains(QDir::toNativeSeparators(out)));
    CHECK(errors.isEmpty());

    // Cancelling the folder question writes nothing.
    window.accessExport()->setFolderHandler([](const QString &) { return QString(); });
    CHECK_FALSE(window.accessExport()->exportCurrent().has_value());
    CHECK(informed.size() == 1);
}
