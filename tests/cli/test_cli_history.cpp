#include <catch2/catch.hpp>

#include "CliRun.h"
#include "TestSupport.h"
#include "store/ClientViews.h"
#include "store/Repositories.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace teren;
using test::cli;
using test::Run;

namespace {

constexpr qint64 dayMs = 86'400'000;

// A file with two clients of Jana Dvořáková: Růžena registered on 2 November 2026 and
// her phone written a minute later; Karel registered on 4 November, when Růžena's card
// was opened.
struct HistoryFile
{
    test::Fixture fixture;
    QString db = fixture.path(QStringLiteral("card.sqlite"));
    QUuid ruzena;
    QUuid karel;

    HistoryFile()
    {
        Store &store = fixture.store();
        Worker worker;
        worker.name = QStringLiteral("Jana Dvořáková");
        store.setCurrentWorker(DirectoryRepository(store).addWorker(worker).id);
        Client client;
        client.givenName = QStringLiteral("Růžena");
        client.familyName = QStringLiteral("Horváthová");
        ruzena = ClientRepository(store).create(client).id;
        fixture.clock().advance(60'000);
        client = *ClientRepository(store).find(ruzena);
        client.phone = QStringLiteral("777 123 456");
        ClientRepository(store).update(client);
        fixture.clock().advance(2 * dayMs);
        Client other;
        other.givenName = QStringLiteral("Karel");
        other.familyName = QStringLiteral("Kučera");
        karel = ClientRepository(store).create(other).id;
        ClientViews(store).record(ruzena, ClientViews::Kind::Card);
        fixture.takeStore().reset();
    }

    QStringList args(std::initializer_list<const char *> parts) const
    {
        QStringList list;
        for (const char *part : parts)
            list.append(QString::fromUtf8(part));
        list.insert(1, QStringLiteral("--db"));
        list.insert(2, db);
        return list;
    }
};

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonArray jsonArray(const QByteArray &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text);
    REQUIRE(document.isArray());
    return document.array();
}

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("teren-cli history lists a client's changes and views newest first, as text", "[cli][history]")
{
    HistoryFile file;
    const Run run = cli(file.args({"history", "--client"}) << idText(file.ruzena));
    CHECK(run.code == 0);
    CHECK(run.err.isEmpty());
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 3);
    CHECK(lines.first().startsWith(QStringLiteral("2026-11-04 09:01  Jana Dvořáková on ")));
    CHECK(lines.first().endsWith(QStringLiteral("Card opened")));
    CHECK(lines.at(1).startsWith(QStringLiteral("2026-11-02 09:01  Jana Dvořáková on ")));
    CHECK(lines.at(1).endsWith(QStringLiteral("Profile · Phone: — → 777 123 456")));
    CHECK(run.out.contains(QStringLiteral("Profile · Family name: — → Horváthová")));
    CHECK_FALSE(run.out.contains(QStringLiteral("Kučera")));
}

TEST_CASE("teren-cli history writes JSON and CSV with stored values, words and UTC times", "[cli][history]")
{
    HistoryFile file;
    const Run json = cli(file.args({"history", "--format", "json", "--client"}) << idText(file.ruzena));
    CHECK(json.code == 0);
    const QJsonArray entries = jsonArray(json.out.toUtf8());
    REQUIRE(entries.size() >= 3);
    const QJsonObject view = entries.at(0).toObject();
    CHECK(view.value(QStringLiteral("kind")).toString() == u"view");
    CHECK(view.value(QStringLiteral("field")).toString() == u"card");
    CHECK(view.value(QStringLiteral("client_id")).toString() == idText(file.ruzena));
    CHECK(view.value(QStringLiteral("time")).toString() == u"2026-11-04T09:01:00.000Z");
    const QJsonObject phone = entries.at(1).toObject();
    CHECK(phone.value(QStringLiteral("kind")).toString() == u"change");
    CHECK(phone.value(QStringLiteral("entity")).toString() == u"client");
    CHECK(phone.value(QStringLiteral("field")).toString() == u"phone");
    CHECK(phone.value(QStringLiteral("old")).isNull());
    CHECK(phone.value(QStringLiteral("new")).toString() == u"777 123 456");
    CHECK(phone.value(QStringLiteral("author")).toString() == u"Jana Dvořáková");
    CHECK(phone.value(QStringLiteral("lost_in_merge")).toBool() == false);
    CHECK(phone.value(QStringLiteral("time")).toString() == u"2026-11-02T09:01:00.000Z");

    const Run csv = cli(file.args({"history", "--format", "csv", "--client"}) << idText(file.ruzena));
    CHECK(csv.code == 0);
    const QStringList rows = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == entries.size() + 1);
    CHECK(rows.first()
          == u"time,client_id,kind,entity,row_id,record,field,field_label,old_value,new_value,old,new,author_id,"
             "author,installation_id,installation,lost_in_merge,note");
    CHECK(rows.at(2).startsWith(QStringLiteral("2026-11-02T09:01:00.000Z,%1,change,client,%1,Profile,phone,Phone,,"
                                               "777 123 456,,777 123 456,")
                                    .arg(idText(file.ruzena))));
}

TEST_CASE("teren-cli history refuses an unknown client, a malformed id and an unknown format", "[cli][history]")
{
    HistoryFile file;
    const QUuid nobody = QUuid::fromString(u"{0193a1b2-0000-7000-8000-0000000000ff}");
    const Run unknown = cli(file.args({"history", "--client"}) << idText(nobody));
    CHECK(unknown.code == 1);
    CHECK(unknown.err == QStringLiteral("error: There is no client with the id %1 in %2.\n").arg(idText(nobody), file.db));
    const Run malformed = cli(file.args({"history", "--client", "Růžena"}));
    CHECK(malformed.code == 2);
    CHECK(malformed.err == u"error: --client must be a client's id, not \"Růžena\".\n");
    const Run missing = cli(file.args({"history"}));
    CHECK(missing.code == 2);
    CHECK(missing.err == u"error: --client ID is required.\n");
    const Run format = cli(file.args({"history", "--format", "xml", "--client"}) << idText(file.ruzena));
    CHECK(format.code == 2);
    CHECK(format.err == u"error: --format must be text, json or csv, not \"xml\".\n");
}

TEST_CASE("teren-cli audit writes every client's changes and views of the period's days", "[cli][audit]")
{
    HistoryFile file;
    const QString json = file.fixture.path(QStringLiteral("audit.json"));
    const Run run = cli(file.args({"audit", "--from", "2026-11-03", "--to", "2026-11-04", "--out"}) << json);
    CHECK(run.code == 0);
    CHECK(run.err.isEmpty());
    const QJsonArray entries = jsonArray(fileContent(json));
    REQUIRE_FALSE(entries.isEmpty());
    int views = 0;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        CHECK(entry.value(QStringLiteral("time")).toString().startsWith(QStringLiteral("2026-11-04T")));
        if (entry.value(QStringLiteral("kind")).toString() == u"view") {
            ++views;
            CHECK(entry.value(QStringLiteral("client_id")).toString() == idText(file.ruzena));
        } else {
            CHECK(entry.value(QStringLiteral("client_id")).toString() == idText(file.karel));
        }
    }
    CHECK(views == 1);
    CHECK(run.out
          == QStringLiteral("%1: %2 changes and 1 view from 2026-11-03 to 2026-11-04.\n")
                 .arg(json)
                 .arg(entries.size() - 1));

    // The format follows the extension; the first day alone holds Růžena's changes.
    const QString csv = file.fixture.path(QStringLiteral("audit.csv"));
    CHECK(cli(file.args({"audit", "--from", "2026-11-02", "--to", "2026-11-02", "--out"}) << csv).code == 0);
    const QString text = QString::fromUtf8(fileContent(csv));
    CHECK(text.startsWith(QStringLiteral("time,client_id,kind,")));
    CHECK(text.contains(QStringLiteral(",phone,Phone,,777 123 456,")));
    CHECK_FALSE(text.contains(idText(file.karel)));
    CHECK_FALSE(text.contains(QStringLiteral(",view,")));
}

TEST_CASE("teren-cli audit refuses a bad date, an empty period or an unknown format, and writes nothing",
          "[cli][audit]")
{
    HistoryFile file;
    const QString out = file.fixture.path(QStringLiteral("audit.json"));
    const auto audit = [&](std::initializer_list<const char *> parts) { return cli(file.args(parts) << out); };

    const Run month = audit({"audit", "--from", "2026-13-01", "--to", "2026-12-31", "--out"});
    CHECK(month.code == 2);
    CHECK(month.err == u"error: --from must be a date written YYYY-MM-DD, not \"2026-13-01\".\n");
    const Run czech = audit({"audit", "--from", "2026-11-01", "--to", "4.11.2026", "--out"});
    CHECK(czech.code == 2);
    CHECK(czech.err == u"error: --to must be a date written YYYY-MM-DD, not \"4.11.2026\".\n");
    const Run missing = audit({"audit", "--from", "2026-11-01", "--out"});
    CHECK(missing.code == 2);
    CHECK(missing.err == u"error: --to D is required (a date written YYYY-MM-DD).\n");
    const Run backwards = audit({"audit", "--from", "2026-11-05", "--to", "2026-11-01", "--out"});
    CHECK(backwards.code == 2);
    CHECK(backwards.err == u"error: --from (2026-11-05) is after --to (2026-11-01): the period would be empty.\n");
    const Run format = cli(file.args({"audit", "--from", "2026-11-01", "--to", "2026-11-05", "--out"})
                           << file.fixture.path(QStringLiteral("audit.txt")));
    CHECK(format.code == 2);
    CHECK(format.err == u"error: Say --format json or --format csv, or name the file .json or .csv.\n");
    CHECK_FALSE(QFile::exists(out));
    CHECK_FALSE(QFile::exists(file.fixture.path(QStringLiteral("audit.txt"))));
}

TEST_CASE("teren-cli history of an erased client shows that values were there, none of what they were",
          "[cli][history][erasure]")
{
    HistoryFile file;
    {
        auto store = Store::open(file.db, file.fixture.options());
        REQUIRE(ClientRepository(*store).erase(file.ruzena));
    }
    const Run run = cli(file.args({"history", "--format", "json", "--client"}) << idText(file.ruzena));
    CHECK(run.code == 0);
    for (const QString &typed : {QStringLiteral("Růžena"), QStringLiteral("Horváthová"), QStringLiteral("777 123 456")})
        CHECK_FALSE(run.out.contains(typed));
    bool phoneErased = false;
    for (const QJsonValue &value : jsonArray(run.out.toUtf8())) {
        const QJsonObject entry = value.toObject();
        CHECK(entry.value(QStringLiteral("kind")).toString() == u"change"); // the views went with her
        if (entry.value(QStringLiteral("field")).toString() == u"phone" && entry.value(QStringLiteral("old")).isNull()) {
            phoneErased = entry.value(QStringLiteral("new")).toString() == u"(erased)"
                && entry.value(QStringLiteral("new_value")).isNull();
        }
    }
    CHECK(phoneErased);
}
