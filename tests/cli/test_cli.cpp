#include <catch2/catch.hpp>

#include "CliRun.h"
#include "TestMode.h"
#include "TestSupport.h"
#include "cli/CliCommands.h"
#include "domain/Version.h"
#include "storage/Schema.h"
#include "store/Repositories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace teren;
using test::cli;
using test::Run;

TEST_CASE("teren-cli init creates a database and refuses to overwrite one", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("sub/card.sqlite"));
    const Run first = cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--replica-name"),
                           QStringLiteral("notebook-Cheb")});
    CHECK(first.code == 0);
    CHECK(first.out.contains(QStringLiteral("notebook-Cheb")));
    const Run again = cli({QStringLiteral("init"), QStringLiteral("--db"), db});
    CHECK(again.code == 1);
    CHECK(again.err.startsWith(QStringLiteral("error: ")));
    CHECK(again.err.count(QLatin1Char('\n')) == 1);
}

TEST_CASE("teren-cli check reports version and row counts, and fails on a missing file", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("card.sqlite"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).code == 0);
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(check.code == 0);
    CHECK(check.out.contains(QStringLiteral("Schema version: %1").arg(Schema::latestVersion())));
    CHECK(check.out.contains(QStringLiteral("Integrity: ok")));
    CHECK(check.out.contains(QStringLiteral("area")));
    const Run missing = cli({QStringLiteral("check"), QStringLiteral("--db"), dir.filePath(QStringLiteral("no.sqlite"))});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
}

TEST_CASE("Every teren-cli command has --help: bad usage exits with 2", "[cli]")
{
    for (const char16_t *command : {u"init", u"demo", u"check", u"import-csv", u"identity", u"trust", u"export",
                                    u"import", u"conflicts", u"enrol", u"report", u"targets"}) {
        const Run help = cli({QString::fromUtf16(command), QStringLiteral("--help")});
        CHECK(help.code == 0);
        CHECK(help.out.contains(QStringLiteral("teren-cli ") + QString::fromUtf16(command)));
        CHECK(help.out.contains(QStringLiteral("--db")));
    }
    CHECK(cli({QStringLiteral("--help")}).code == 0);
    CHECK(cli({}).code == 2);
    CHECK(cli({QStringLiteral("frobnicate")}).code == 2);
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--no-such-option")}).code == 2);
    const Run noDb = cli({QStringLiteral("check")});
    CHECK(noDb.code == 1);
    CHECK(noDb.err.contains(QStringLiteral("--db")));
}

TEST_CASE("teren-cli --version prints the version from CMakeLists.txt and exits with 0", "[cli]")
{
    const Run version = cli({QStringLiteral("--version")});
    CHECK(version.code == 0);
    CHECK(version.out == QStringLiteral("teren-cli %1\n").arg(appVersion()));
    CHECK(QRegularExpression(QStringLiteral("^teren-cli \\d+\\.\\d+\\.\\d+\n$")).match(version.out).hasMatch());
    CHECK(version.err.isEmpty());
    CHECK(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("teren-cli --version")));
}

TEST_CASE("teren-cli demo validates its numbers", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    CHECK(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--clients"), QStringLiteral("many")})
              .code
          == 1);
    CHECK(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--clients"), QStringLiteral("0")})
              .code
          == 1);
}

TEST_CASE("The teren-cli executable returns its exit codes to the shell", "[cli][process]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("card.sqlite"));
    QProcess process;
    process.start(QStringLiteral(TEREN_CLI_PATH), test::inSuiteMode({QStringLiteral("init"), QStringLiteral("--db"), db}));
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 0);
    process.start(QStringLiteral(TEREN_CLI_PATH), {QStringLiteral("check"), QStringLiteral("--db"),
                                                   dir.filePath(QStringLiteral("missing.sqlite"))});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    CHECK(err.count(QLatin1Char('\n')) == 1);
}

TEST_CASE("teren-cli exchanges a worker's bundle with the coordinator and lists conflicts", "[cli][sync]")
{
    QTemporaryDir dir;
    const auto file = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    const QString coordinator = file("kraj.sqlite");
    const QString worker = file("cheb.sqlite");
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), coordinator, QStringLiteral("--replica-name"),
                 QStringLiteral("koordinátorka")})
                .code
            == 0);
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), worker, QStringLiteral("--clients"),
                 QStringLiteral("20")})
                .code
            == 0);

    const Run identity = cli({QStringLiteral("identity"), QStringLiteral("--db"), coordinator, QStringLiteral("--out"),
                              file("kraj.id")});
    CHECK(identity.code == 0);
    CHECK(identity.out.contains(QStringLiteral("public_key=")));
    CHECK(QFileInfo(coordinator + QStringLiteral(".key")).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    const Run exported = cli({QStringLiteral("export"), QStringLiteral("--db"), worker, QStringLiteral("--out"),
                              file("cheb-1.teren"), QStringLiteral("--to"), file("kraj.id")});
    CHECK(exported.code == 0);
    CHECK(exported.out.startsWith(QStringLiteral("Bundle 1 written")));

    // Unknown sender: refused, exit 1, nothing imported.
    const Run unknown = cli({QStringLiteral("import"), QStringLiteral("--db"), coordinator, file("cheb-1.teren")});
    CHECK(unknown.code == 1);
    CHECK(unknown.out.contains(QStringLiteral("refused")));
    CHECK(unknown.err == u"error: 1 bundle refused\n");

    const Run imported = cli({QStringLiteral("import"), QStringLiteral("--db"), coordinator, file("cheb-1.teren"),
                              QStringLiteral("--accept-new-senders")});
    CHECK(imported.code == 0);
    CHECK(imported.out.contains(QStringLiteral("bundle 1 from")));
    CHECK(imported.out.contains(QStringLiteral("0 conflicts")));
    const Run again = cli({QStringLiteral("import"), QStringLiteral("--db"), coordinator, file("cheb-1.teren")});
    CHECK(again.code == 0);
    CHECK(again.out.contains(QStringLiteral("imported before")));

    const Run conflicts = cli({QStringLiteral("conflicts"), QStringLiteral("--db"), coordinator});
    CHECK(conflicts.code == 0);
    CHECK(conflicts.out.endsWith(QStringLiteral("0 conflicts.\n")));

    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), coordinator});
    CHECK(check.code == 0);
    CHECK(check.out.contains(QStringLiteral("client                        20 / 0")));

    // The laptop is lost: its key is revoked and its next bundle refused.
    const Run listed = cli({QStringLiteral("trust"), QStringLiteral("--db"), coordinator, QStringLiteral("--list")});
    CHECK(listed.code == 0);
    CHECK(listed.out.contains(QStringLiteral("trusted since")));
    // The Terén the laptop's last bundle was written by.
    CHECK(listed.out.contains(QStringLiteral("  Terén %1\n").arg(appVersion())));
    const QString laptop = listed.out.section(QLatin1Char(' '), 0, 0);
    const Run revoked = cli({QStringLiteral("trust"), QStringLiteral("--db"), coordinator, QStringLiteral("--revoke"),
                             laptop});
    CHECK(revoked.code == 0);
    CHECK(revoked.out.contains(QStringLiteral("refused from now on")));
    CHECK(cli({QStringLiteral("trust"), QStringLiteral("--db"), coordinator, QStringLiteral("--list")})
              .out.contains(QStringLiteral("revoked on")));
    REQUIRE(cli({QStringLiteral("export"), QStringLiteral("--db"), worker, QStringLiteral("--out"), file("cheb-2.teren"),
                 QStringLiteral("--to"), file("kraj.id"), QStringLiteral("--all")})
                .code
            == 0);
    const Run refused = cli({QStringLiteral("import"), QStringLiteral("--db"), coordinator, file("cheb-2.teren")});
    CHECK(refused.code == 1);
    CHECK(refused.out.contains(QStringLiteral("revoked")));
    const Run unknownLaptop = cli({QStringLiteral("trust"), QStringLiteral("--db"), coordinator,
                                   QStringLiteral("--revoke"), QStringLiteral("nobody")});
    CHECK(unknownLaptop.code == 1);
    CHECK(unknownLaptop.err.contains(QStringLiteral("knows no installation")));
    const Run twoModes = cli({QStringLiteral("trust"), QStringLiteral("--db"), coordinator, QStringLiteral("--list"),
                              file("kraj.id")});
    CHECK(twoModes.code != 0);
    CHECK(twoModes.err.contains(QStringLiteral("exactly one of")));
}

TEST_CASE("teren-cli sync commands refuse a bad identity file or a short passphrase in one line", "[cli][sync]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cheb.sqlite"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).code == 0);
    const QString notIdentity = dir.filePath(QStringLiteral("notes.txt"));
    test::writeFile(notIdentity, "replica=nonsense\npublic_key=abc\n");
    const Run trust = cli({QStringLiteral("trust"), QStringLiteral("--db"), db, notIdentity});
    CHECK(trust.code == 1);
    CHECK(trust.err.contains(QStringLiteral("is not a Terén identity file")));
    CHECK(trust.err.count(QLatin1Char('\n')) == 1);

    const QString shortPass = dir.filePath(QStringLiteral("pass.txt"));
    test::writeFile(shortPass, "kratke\n");
    const Run exported = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                              dir.filePath(QStringLiteral("x.teren")), QStringLiteral("--passphrase-file"), shortPass});
    CHECK(exported.code == 1);
    CHECK(exported.err.contains(QStringLiteral("at least 10 characters")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.teren"))));

    // Long enough, but among the first an attacker tries.
    test::writeFile(shortPass, "password1234\n");
    const Run common = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                            dir.filePath(QStringLiteral("x.teren")), QStringLiteral("--passphrase-file"), shortPass});
    CHECK(common.code == 1);
    CHECK(common.err.contains(QStringLiteral("most often")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.teren"))));

    const Run both = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                          dir.filePath(QStringLiteral("x.teren"))});
    CHECK(both.code == 1);
    CHECK(both.err.contains(QStringLiteral("--to IDENTITY or --passphrase-file")));
}

TEST_CASE("teren-cli enrols a laptop, sends back to the field and makes statistical bundles", "[cli][sync]")
{
    QTemporaryDir dir;
    const auto file = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    const auto run = [](std::initializer_list<QString> arguments) { return cli(QStringList(arguments)); };
    const QString region = file("kraj.sqlite");
    const QString laptop = file("jana.sqlite");
    test::writeFile(file("pass.txt"), "kavárna u nádraží\n");
    REQUIRE(run({QStringLiteral("demo"), QStringLiteral("--db"), region, QStringLiteral("--clients"),
                 QStringLiteral("40")})
                .code
            == 0);
    QString worker;
    {
        const auto store = Store::open(region);
        worker = DirectoryRepository(*store).workers().first().name;
    }
    REQUIRE(run({QStringLiteral("identity"), QStringLiteral("--db"), region, QStringLiteral("--out"), file("kraj.id")})
                .code
            == 0);

    const Run issued = run({QStringLiteral("enrol"), QStringLiteral("--db"), region, QStringLiteral("--worker"), worker,
                            QStringLiteral("--out"), file("enrol.teren"), QStringLiteral("--passphrase-file"),
                            file("pass.txt")});
    INFO(issued.err.toStdString());
    REQUIRE(issued.code == 0);
    CHECK(issued.out.startsWith(QStringLiteral("Enrolment for \"%1\"").arg(worker)));

    // A wrong passphrase: refused, and no half-made laptop file is left behind.
    test::writeFile(file("wrong.txt"), "not the passphrase\n");
    const Run wrong = run({QStringLiteral("enrol"), QStringLiteral("--db"), laptop, file("enrol.teren"),
                           QStringLiteral("--passphrase-file"), file("wrong.txt")});
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(QStringLiteral("passphrase")));
    CHECK_FALSE(QFile::exists(laptop));

    const Run joined = run({QStringLiteral("enrol"), QStringLiteral("--db"), laptop, file("enrol.teren"),
                            QStringLiteral("--passphrase-file"), file("pass.txt"), QStringLiteral("--replica-name"),
                            QStringLiteral("notebook Jana")});
    INFO(joined.err.toStdString());
    REQUIRE(joined.code == 0);
    CHECK(joined.out.startsWith(QStringLiteral("Enrolled as \"%1\"").arg(worker)));

    // The laptop's first bundle goes to its coordinator without naming an identity
    // file, carries only what the laptop did itself (nothing yet: none of what it
    // received at enrolment), and is accepted without --accept-new-senders.
    const Run exported =
        run({QStringLiteral("export"), QStringLiteral("--db"), laptop, QStringLiteral("--out"), file("j1.teren")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    CHECK(exported.out == QStringLiteral("Bundle 1 written to %1: 0 changes.\n").arg(file("j1.teren")));
    const Run fromField = run({QStringLiteral("import"), QStringLiteral("--db"), region, file("j1.teren")});
    INFO(fromField.out.toStdString());
    CHECK(fromField.code == 0);
    CHECK(fromField.out.contains(QStringLiteral("from %1 (installation \"notebook Jana\")").arg(worker)));

    // Back to the field, sealed to the enrolled laptop without an identity file.
    const Run back = run({QStringLiteral("export"), QStringLiteral("--db"), region, QStringLiteral("--worker"), worker,
                          QStringLiteral("--out"), file("back.teren")});
    INFO(back.err.toStdString());
    REQUIRE(back.code == 0);
    CHECK(back.out.startsWith(QStringLiteral("Bundle 2 written")));
    const Run atLaptop = run({QStringLiteral("import"), QStringLiteral("--db"), laptop, file("back.teren")});
    CHECK(atLaptop.code == 0);
    CHECK(atLaptop.out.contains(QStringLiteral("bundle 2 from")));
    CHECK_FALSE(atLaptop.out.contains(QStringLiteral("missing")));

    // Statistical: a snapshot of the region, only into a statistical database, and
    // only from the coordinator's file.
    REQUIRE(run({QStringLiteral("init"), QStringLiteral("--db"), file("stat.sqlite"), QStringLiteral("--statistical")})
                .code
            == 0);
    const Run fromLaptop = run({QStringLiteral("export"), QStringLiteral("--db"), laptop, QStringLiteral("--statistical"),
                                QStringLiteral("--out"), file("x.teren"), QStringLiteral("--passphrase-file"),
                                file("pass.txt")});
    CHECK(fromLaptop.code == 1);
    CHECK(fromLaptop.err.contains(QStringLiteral("written from the coordinator's file")));
    CHECK_FALSE(QFile::exists(file("x.teren")));
    const Run statistical = run({QStringLiteral("export"), QStringLiteral("--db"), region,
                                 QStringLiteral("--statistical"), QStringLiteral("--out"), file("stat.teren"),
                                 QStringLiteral("--passphrase-file"), file("pass.txt")});
    REQUIRE(statistical.code == 0);
    CHECK(statistical.out.startsWith(
        QStringLiteral("Statistical bundle 1 written to %1: a snapshot of the region, ").arg(file("stat.teren"))));
    const Run intoLaptop = run({QStringLiteral("import"), QStringLiteral("--db"), laptop, file("stat.teren"),
                                QStringLiteral("--passphrase-file"), file("pass.txt"),
                                QStringLiteral("--accept-new-senders")});
    CHECK(intoLaptop.code == 1);
    CHECK(intoLaptop.out.contains(QStringLiteral("statistical database")));
    const Run intoStatistics = run({QStringLiteral("import"), QStringLiteral("--db"), file("stat.sqlite"),
                                    file("stat.teren"), QStringLiteral("--passphrase-file"), file("pass.txt"),
                                    QStringLiteral("--accept-new-senders")});
    CHECK(intoStatistics.code == 0);
    CHECK(intoStatistics.out.contains(QStringLiteral("  The statistics of the region \"Karlovarský kraj\" are now this "
                                                     "snapshot; 0 rows of the previous one removed.\n")));
    const Run check = run({QStringLiteral("check"), QStringLiteral("--db"), file("stat.sqlite")});
    CHECK(check.out.contains(QStringLiteral("client                        40 / 0")));
    // Forty persons over the demo's localities: some figures are about fewer than five.
    const Run report = run({QStringLiteral("report"), QStringLiteral("--db"), file("stat.sqlite"),
                            QStringLiteral("--from"), QStringLiteral("2024-10-01"), QStringLiteral("--to"),
                            QStringLiteral("2026-10-31")});
    CHECK(report.code == 0);
    CHECK(report.out.contains(QStringLiteral("\"small_cell_limit\": 5")));
    CHECK(report.out.contains(QStringLiteral("\"persons\": \"< 5\"")));
    // A laptop's changes do not go into a statistical database.
    const Run changesIntoStatistics = run({QStringLiteral("import"), QStringLiteral("--db"), file("stat.sqlite"),
                                           file("j1.teren"), QStringLiteral("--accept-new-senders")});
    CHECK(changesIntoStatistics.code == 1);
    CHECK(changesIntoStatistics.out.contains(QStringLiteral("takes only statistical bundles")));

    // The laptop is lost: nothing more goes back to it, and the message says what to do.
    const QString laptopId = run({QStringLiteral("trust"), QStringLiteral("--db"), region, QStringLiteral("--list")})
                                 .out.section(QLatin1Char(' '), 0, 0);
    REQUIRE(run({QStringLiteral("trust"), QStringLiteral("--db"), region, QStringLiteral("--revoke"), laptopId}).code
            == 0);
    const Run toRevoked = run({QStringLiteral("export"), QStringLiteral("--db"), region, QStringLiteral("--worker"),
                               worker, QStringLiteral("--out"), file("back-2.teren")});
    CHECK(toRevoked.code == 1);
    CHECK(toRevoked.err.contains(QStringLiteral("was revoked")));
    CHECK_FALSE(QFileInfo::exists(file("back-2.teren")));
}

TEST_CASE("teren-cli enrol and export --worker refuse bad usage in one line, writing nothing", "[cli][sync]")
{
    QTemporaryDir dir;
    const auto file = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    const auto run = [](std::initializer_list<QString> arguments) { return cli(QStringList(arguments)); };
    const QString region = file("kraj.sqlite");
    test::writeFile(file("pass.txt"), "kavárna u nádraží\n");
    REQUIRE(run({QStringLiteral("demo"), QStringLiteral("--db"), region, QStringLiteral("--clients"),
                 QStringLiteral("10")})
                .code
            == 0);
    QString worker;
    {
        const auto store = Store::open(region);
        worker = DirectoryRepository(*store).workers().first().name;
    }

    const Run neither = run({QStringLiteral("enrol"), QStringLiteral("--db"), region});
    CHECK(neither.code == 1);
    CHECK(neither.err.contains(QStringLiteral("Give either --out BUNDLE")));
    const Run noWorker = run({QStringLiteral("enrol"), QStringLiteral("--db"), region, QStringLiteral("--out"),
                              file("x.teren"), QStringLiteral("--passphrase-file"), file("pass.txt")});
    CHECK(noWorker.code == 1);
    CHECK(noWorker.err.contains(QStringLiteral("--worker W is required")));
    const Run unknown = run({QStringLiteral("enrol"), QStringLiteral("--db"), region, QStringLiteral("--worker"),
                             QStringLiteral("Nikdo Neznámý"), QStringLiteral("--out"), file("x.teren"),
                             QStringLiteral("--passphrase-file"), file("pass.txt")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err == u"error: There is no worker \"Nikdo Neznámý\" in this database.\n");
    // Not enrolled yet: its key is unknown, so --worker alone cannot seal a bundle.
    const Run notEnrolled = run({QStringLiteral("export"), QStringLiteral("--db"), region, QStringLiteral("--worker"),
                                 worker, QStringLiteral("--out"), file("x.teren")});
    CHECK(notEnrolled.code == 1);
    CHECK(notEnrolled.err.contains(QStringLiteral("has not sent its first bundle yet")));
    CHECK_FALSE(QFile::exists(file("x.teren")));
    // A statistical database exports nothing.
    REQUIRE(run({QStringLiteral("init"), QStringLiteral("--db"), file("stat.sqlite"), QStringLiteral("--statistical")})
                .code
            == 0);
    const Run fromStatistics = run({QStringLiteral("export"), QStringLiteral("--db"), file("stat.sqlite"),
                                    QStringLiteral("--out"), file("x.teren"), QStringLiteral("--passphrase-file"),
                                    file("pass.txt")});
    CHECK(fromStatistics.code == 1);
    CHECK(fromStatistics.err.contains(QStringLiteral("statistical database")));
    CHECK_FALSE(QFile::exists(file("x.teren")));
}
