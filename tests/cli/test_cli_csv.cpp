// teren-cli import-csv as a person sees it: every bad row as FILE:LINE, a storage
// failure once as what it is, and nothing imported either way.
#include <catch2/catch.hpp>

#include "CliRun.h"
#include "TestSupport.h"
#include "store/Repositories.h"
#include "store/Store.h"

#include <QDir>
#include <QTemporaryDir>

using namespace teren;
using test::cli;
using test::Run;
using namespace Qt::StringLiterals;

namespace {

struct Onboarding
{
    QTemporaryDir dir;
    QString db = dir.filePath(u"kraj.sqlite"_s);
    QString folder = dir.filePath(u"tabulky"_s);

    Onboarding()
    {
        REQUIRE(cli({u"init"_s, u"--db"_s, db}).code == 0);
        REQUIRE(QDir().mkpath(folder));
    }
    void write(const QString &name, const char8_t *content)
    {
        test::writeFile(folder + u'/' + name, QByteArray(reinterpret_cast<const char *>(content)));
    }
    qsizetype clients() { return ClientRepository(*Store::open(db)).all().size(); }
};

} // namespace

TEST_CASE("teren-cli import-csv lists each row referring to a file the folder lacks and imports nothing",
          "[cli][csv]")
{
    Onboarding onboarding;
    // No localities.csv and no needs.csv: nothing defines what these rows refer to.
    onboarding.write(u"clients.csv"_s, u8"client_ref,given_name,family_name,birth_year,gender,locality_code,"
                                       u8"household_ref\n"
                                       u8"C1,Jiří,Horváth,1985,m,neexistuje,\n"
                                       u8"C2,Žaneta,Dančová,1990,f,,\n"
                                       u8"C3,Pavel,Kováč,,,neexistuje,\n");
    onboarding.write(u"goals.csv"_s, u8"goal_ref,need_ref,text,horizon,target_date,status,achieved_on\n"
                                     u8"G1,N1,Najít práci,medium,,open,\n");
    const Run run = cli({u"import-csv"_s, u"--db"_s, onboarding.db, onboarding.folder});
    INFO(run.err.toStdString());
    CHECK(run.code == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err
          == u"clients.csv:2: locality_code \"neexistuje\" is not in localities.csv nor in an earlier import.\n"
             "clients.csv:4: locality_code \"neexistuje\" is not in localities.csv nor in an earlier import.\n"
             "goals.csv:2: need_ref \"N1\" is not in needs.csv nor in an earlier import.\n"
             "error: 3 bad rows; nothing was imported\n"_s);
    CHECK(onboarding.clients() == 0);
}

TEST_CASE("teren-cli import-csv into a file another program is writing says so once, not as bad rows",
          "[cli][csv][storage]")
{
    Onboarding onboarding;
    onboarding.write(u"localities.csv"_s, u8"code,name,municipality,district\n"
                                          u8"L1,Chanov,Most,Most\n"
                                          u8"L2,Předlice,Ústí nad Labem,Ústí nad Labem\n");
    Run run;
    {
        // Another program holds the file's write lock until the import has given up.
        const auto other = Store::open(onboarding.db);
        Transaction writing(other->database());
        run = cli({u"import-csv"_s, u"--db"_s, onboarding.db, onboarding.folder});
    }
    INFO(run.err.toStdString());
    CHECK(run.code == 1);
    CHECK(run.err == u"error: nothing was imported: The file %1 is in use by another program. Close it there and "
                     "try again.\n"_s.arg(onboarding.db));
    CHECK(cli({u"import-csv"_s, u"--db"_s, onboarding.db, onboarding.folder}).out
          == u"Imported: 2 new, 0 updated, 0 unchanged.\n"_s);
}
