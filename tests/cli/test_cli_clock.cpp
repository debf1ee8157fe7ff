// teren-cli and clocks set wrong: a warning when the database opens, and a bundle from
// a laptop whose clock runs ahead refused unless --accept-clock-skew is given.
#include <catch2/catch.hpp>

#include "CliRun.h"
#include "TestMode.h"
#include "TestSupport.h"
#include "i18n/Dates.h"
#include "store/Repositories.h"

#include <QTemporaryDir>

using namespace teren;
using namespace Qt::StringLiterals;
using test::cli;
using test::Run;

namespace {

constexpr qint64 dayMs = 24 * 3'600'000;

// A file made on a laptop whose clock reads `clock`, with one client in it.
void makeFileWithClient(const QString &path, const Clock &clock, const QString &replicaName)
{
    StoreOptions options;
    options.clock = &clock;
    options.replicaName = replicaName;
    auto store = Store::create(path, options);
    Client client;
    client.givenName = QStringLiteral("Žofie");
    client.familyName = QStringLiteral("Kováčová");
    ClientRepository(*store).create(client);
}

} // namespace

TEST_CASE("teren-cli refuses a bundle from a laptop whose clock runs ahead unless --accept-clock-skew is given",
          "[cli][sync][clock]")
{
    QTemporaryDir dir;
    const FixedClock office(test::pinnedMs);
    const FixedClock laptop(test::pinnedMs + 40 * dayMs);
    const QString coordinator = dir.filePath(QStringLiteral("kraj.sqlite"));
    const QString worker = dir.filePath(QStringLiteral("cheb.sqlite"));
    const QString identity = dir.filePath(QStringLiteral("kraj.id"));
    const QString bundle = dir.filePath(QStringLiteral("cheb-1.teren"));
    REQUIRE(cli({u"init"_s, u"--db"_s, coordinator, u"--replica-name"_s, u"koordinátorka"_s}, &office).code == 0);
    REQUIRE(cli({u"identity"_s, u"--db"_s, coordinator, u"--out"_s, identity}, &office).code == 0);
    makeFileWithClient(worker, laptop, QStringLiteral("Cheb"));
    REQUIRE(cli({u"export"_s, u"--db"_s, worker, u"--out"_s, bundle, u"--to"_s, identity}, &laptop).code == 0);

    const QString before = cli({u"sql"_s, u"--db"_s, coordinator, u"--dump"_s}, &office).out;
    const Run refused =
        cli({u"import"_s, u"--db"_s, coordinator, bundle, u"--accept-new-senders"_s}, &office);
    CHECK(refused.code == 1);
    CHECK(refused.out
          == bundle
              + u": refused: The clock of laptop \"Cheb\" runs 40 days ahead: its changes would win over every edit "
                "made elsewhere until then.\n"
                "  To import it anyway, run the import again with --accept-clock-skew.\n");
    CHECK(refused.err == u"error: 1 bundle refused\n");
    CHECK(cli({u"sql"_s, u"--db"_s, coordinator, u"--dump"_s}, &office).out == before);

    const Run imported = cli(
        {u"import"_s, u"--db"_s, coordinator, bundle, u"--accept-new-senders"_s, u"--accept-clock-skew"_s},
        &office);
    CHECK(imported.code == 0);
    CHECK(imported.err.isEmpty());
    CHECK(imported.out
          == bundle
              + u": bundle 1 from \"Cheb\": 1 inserted, 0 updated, 0 unchanged, 0 conflicts.\n"
                "  The clock of laptop \"Cheb\" runs 40 days ahead: its changes count as made at this import.\n");
    // The decision is a change of the coordinator's, synced with the rest.
    const Run clamps = cli({u"sql"_s, u"--db"_s, coordinator, u"SELECT count(*) FROM clock_clamp"_s}, &office);
    CHECK(clamps.out.trimmed().endsWith(u'1'));
}

TEST_CASE("teren-cli warns on stderr when this computer's clock is more than a day behind the database",
          "[cli][clock]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cheb.sqlite"));
    const FixedClock then(test::pinnedMs + 10 * dayMs);
    makeFileWithClient(db, then, QStringLiteral("Cheb"));

    const FixedClock setBack(test::pinnedMs);
    const Run check = cli({u"check"_s, u"--db"_s, db}, &setBack);
    CHECK(check.code == 0);
    CHECK(check.out.contains(u"Integrity: ok"));
    CHECK(check.err
          == QStringLiteral("warning: This computer's clock says %1, but this file holds changes dated as late as %2, "
                            "10 days later. If the clock is wrong, set the date and time right before you change "
                            "anything: every change is dated with them, and the newer change wins when laptops' work "
                            "is merged.\n")
                 .arg(Dates::shortDateTime(setBack.now()), Dates::shortDateTime(then.now())));

    const FixedClock right(test::pinnedMs + 10 * dayMs + 60'000);
    CHECK(cli({u"check"_s, u"--db"_s, db}, &right).err.isEmpty());
}
