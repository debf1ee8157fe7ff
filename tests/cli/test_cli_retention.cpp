#include <catch2/catch.hpp>

#include "ReportTestData.h"
#include "CliRun.h"
#include "store/Repositories.h"

#include <QFile>

using namespace teren;
using test::cli;
using test::Run;

namespace {

QStringList retention(const QString &db, const QStringList &more = {})
{
    return QStringList{QStringLiteral("retention"), QStringLiteral("--db"), db} + more;
}

QString wholeReport(const QString &db, const Clock *clock)
{
    const Run run = cli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                         QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2030-12-31")},
                        clock);
    REQUIRE(run.code == 0);
    return run.out;
}

// Whether the text is anywhere in the file, as UTF-8 bytes (a missing file holds nothing).
bool fileHolds(const QString &path, const QString &text)
{
    return test::fileBytes(path).contains(text.toUtf8());
}

} // namespace

TEST_CASE("teren-cli retention lists the clients past the period and says how many", "[cli][retention]")
{
    test::WorkedRegion region;
    const QString db = region.data.fixture().path(QStringLiteral("card.sqlite"));
    const Clock *clock = &region.data.fixture().clock(); // today 2026-11-02

    const Run byDefault = cli(retention(db), clock);
    CHECK(byDefault.code == 0);
    CHECK(byDefault.out
          == QStringLiteral("Retention period: 10 years after the last cooperation ended (the region's setting).\n"
                            "0 clients past retention.\n"));

    // Over one year: Emil (ended 2024-12-31), Ivan (2025-02-15) and Anna (2025-03-31);
    // Cyril's ended 2025-12-31, and Bohdan's is open.
    const Run oneYear = cli(retention(db, {QStringLiteral("--years"), QStringLiteral("1")}), clock);
    CHECK(oneYear.code == 0);
    const QStringList lines = oneYear.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(0) == u"Retention period: 1 year after the last cooperation ended (given with --years).");
    CHECK(lines.at(1).startsWith(QStringLiteral("2024-12-31  ")));
    CHECK(lines.at(1).endsWith(QStringLiteral("Testová Emil  Alfa")));
    CHECK(lines.at(2).startsWith(QStringLiteral("2025-02-15  ")));
    CHECK(lines.at(3).startsWith(QStringLiteral("2025-03-31  ")));
    CHECK(lines.at(4) == u"3 clients past retention.");
    // Listing changes nothing.
    CHECK(cli(retention(db, {QStringLiteral("--years"), QStringLiteral("1")}), clock).out == oneYear.out);
}

TEST_CASE("teren-cli retention refuses a period that is not a number of years", "[cli][retention]")
{
    test::WorkedRegion region;
    const QString db = region.data.fixture().path(QStringLiteral("card.sqlite"));
    const Run zero = cli(retention(db, {QStringLiteral("--years"), QStringLiteral("0")}));
    CHECK(zero.code == 1);
    CHECK(zero.err == u"error: --years must be a whole number from 1 to 100.\n");
    const Run unknown = cli(retention(db, {QStringLiteral("--forever")}));
    CHECK(unknown.code == 2);
    const Run help = cli({QStringLiteral("retention"), QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.startsWith(QStringLiteral("teren-cli retention --db FILE [--years N] [--apply]")));
}

TEST_CASE("teren-cli retention --apply leaves no name or note in the file, its log or the history, and the "
          "report as it was",
          "[cli][retention]")
{
    test::WorkedRegion region;
    const QString db = region.data.fixture().path(QStringLiteral("card.sqlite"));
    const Clock *clock = &region.data.fixture().clock();
    Store &store = region.data.store();
    Client anna = *ClientRepository(store).find(region.anna);
    anna.notes = QStringLiteral("Anna bydlí u tety Zdeňky");
    anna.phone = QStringLiteral("604 111 222");
    ClientRepository(store).update(anna);
    const QString before = wholeReport(db, clock);

    const Run applied = cli(retention(db, {QStringLiteral("--years"), QStringLiteral("1"), QStringLiteral("--apply")}),
                            clock);
    CHECK(applied.code == 0);
    CHECK(applied.out.endsWith(QStringLiteral(
        "3 clients past retention.\n"
        "3 clients anonymised: their names and texts are gone from this file and its history.\n")));

    CHECK(wholeReport(db, clock) == before);
    const Run again = cli(retention(db, {QStringLiteral("--years"), QStringLiteral("1")}), clock);
    CHECK(again.out.endsWith(QStringLiteral("0 clients past retention.\n")));
    // Nothing about them in the history (what a bundle would carry, and undo).
    for (const QString &typed : {QStringLiteral("Anna"), QStringLiteral("Emil"), QStringLiteral("Ivan"),
                                 QStringLiteral("tety Zdeňky"), QStringLiteral("604 111 222")}) {
        INFO(typed.toStdString());
        CHECK(store.database()
                  .scalar(QStringLiteral("SELECT count(*) FROM change WHERE instr(fields, ?) > 0"), {typed})
                  .toInt()
              == 0);
    }
    CHECK(store.database()
              .scalar(QStringLiteral("SELECT count(*) FROM change WHERE instr(fields, 'Cyril') > 0"))
              .toInt()
          > 0);

    // Nor anywhere in the bytes of the file or its write-ahead log, with this
    // connection still open and after it closed.
    const auto checkFiles = [&db] {
        for (const QString &file : QStringList{db, db + QStringLiteral("-wal")}) {
            for (const QString &typed : {QStringLiteral("Anna"), QStringLiteral("Emil"), QStringLiteral("Ivan"),
                                         QStringLiteral("tety Zdeňky"), QStringLiteral("604 111 222")}) {
                INFO(file.toStdString() << ": " << typed.toStdString());
                CHECK_FALSE(fileHolds(file, typed));
            }
        }
    };
    checkFiles();
    region.data.fixture().takeStore().reset();
    checkFiles();
}
