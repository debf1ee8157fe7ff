// teren-cli import as a person sees it: which bundles are missing (per stream, sender
// to recipient), and the reason a bundle is not imported.
#include <catch2/catch.hpp>

#include "CliRun.h"
#include "TestSupport.h"

#include <QTemporaryDir>

using namespace teren;
using test::cli;
using test::Run;
using namespace Qt::StringLiterals;

namespace {

// A laptop with a demo caseload, the coordinator, and a third installation, each
// knowing the others' identities.
struct ThreeInstallations
{
    QTemporaryDir dir;
    QString file(const QString &name) const { return dir.filePath(name); }
    QString laptop = file(u"cheb.sqlite"_s);
    QString coordinator = file(u"kraj.sqlite"_s);
    QString other = file(u"sokolov.sqlite"_s);

    ThreeInstallations()
    {
        REQUIRE(cli({u"demo"_s, u"--db"_s, laptop, u"--clients"_s, u"8"_s}).code == 0);
        REQUIRE(cli({u"init"_s, u"--db"_s, coordinator, u"--replica-name"_s, u"koordinátorka"_s}).code == 0);
        REQUIRE(cli({u"init"_s, u"--db"_s, other, u"--replica-name"_s, u"Sokolov"_s}).code == 0);
        for (const QString &db : {laptop, coordinator, other})
            REQUIRE(cli({u"identity"_s, u"--db"_s, db, u"--out"_s, db + u".id"_s}).code == 0);
        for (const QString &db : {coordinator, other})
            REQUIRE(cli({u"trust"_s, u"--db"_s, db, laptop + u".id"_s}).code == 0);
    }
    // Exports from the laptop, sealed to `to`; what teren-cli printed.
    QString exportTo(const QString &to, const QString &bundle)
    {
        const Run run = cli({u"export"_s, u"--db"_s, laptop, u"--out"_s, file(bundle), u"--to"_s, to + u".id"_s});
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        return run.out;
    }
    Run import(const QString &into, const QString &bundle)
    {
        return cli({u"import"_s, u"--db"_s, into, file(bundle)});
    }
};

} // namespace

TEST_CASE("teren-cli numbers bundles per recipient: one sent elsewhere leaves no gap at the coordinator",
          "[cli][sync]")
{
    ThreeInstallations region;
    CHECK(region.exportTo(region.coordinator, u"k1.teren"_s).startsWith(u"Bundle 1 written"_s));
    CHECK(region.exportTo(region.other, u"s1.teren"_s).startsWith(u"Bundle 1 written"_s));
    CHECK(region.exportTo(region.coordinator, u"k2.teren"_s).startsWith(u"Bundle 2 written"_s));

    const Run first = region.import(region.coordinator, u"k1.teren"_s);
    CHECK(first.code == 0);
    const Run second = region.import(region.coordinator, u"k2.teren"_s);
    INFO(second.out.toStdString());
    CHECK(second.code == 0);
    CHECK(second.out.contains(u"bundle 2 from"_s));
    CHECK_FALSE(second.out.contains(u"missing"_s));
    const Run elsewhere = region.import(region.other, u"s1.teren"_s);
    CHECK(elsewhere.code == 0);
    CHECK_FALSE(elsewhere.out.contains(u"missing"_s));
}

TEST_CASE("teren-cli says which bundles of a stream are missing, as one range", "[cli][sync]")
{
    ThreeInstallations region;
    for (int i = 1; i <= 5; ++i)
        region.exportTo(region.coordinator, u"k%1.teren"_s.arg(i));
    REQUIRE(region.import(region.coordinator, u"k1.teren"_s).code == 0);
    const Run fifth = region.import(region.coordinator, u"k5.teren"_s);
    CHECK(fifth.code == 0);
    INFO(fifth.out.toStdString());
    CHECK(fifth.out.endsWith(u"\n  Bundles 2–4 from \"demo\" are missing; ask for them.\n"_s));
}

TEST_CASE("teren-cli import of a passphrase bundle without --passphrase-file says how to give it", "[cli][sync]")
{
    ThreeInstallations region;
    const QString passphrase = region.file(u"heslo.txt"_s);
    test::writeFile(passphrase, "modrý hrnek na parapetu\n");
    const QString bundle = region.file(u"k1.teren"_s);
    REQUIRE(cli({u"export"_s, u"--db"_s, region.laptop, u"--out"_s, bundle, u"--passphrase-file"_s, passphrase}).code
            == 0);
    const Run without = cli({u"import"_s, u"--db"_s, region.coordinator, bundle});
    CHECK(without.code == 1);
    CHECK(without.out
          == u"%1: refused: The bundle is locked with a passphrase; give it with --passphrase-file F.\n"_s.arg(bundle));
    const Run with = cli({u"import"_s, u"--db"_s, region.coordinator, bundle, u"--passphrase-file"_s, passphrase});
    INFO(with.out.toStdString());
    CHECK(with.code == 0);
}
