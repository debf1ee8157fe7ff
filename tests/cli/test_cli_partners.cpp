// Partners through teren-cli as a person sees it: partners.csv and the partner column
// of steps.csv imported, the report's counts by partner kind, and a bad kind refused
// at its line with nothing imported.
#include <catch2/catch.hpp>

#include "CliRun.h"
#include "TestSupport.h"
#include "store/PartnerRepository.h"
#include "store/Store.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace teren;
using test::cli;
using test::Run;
using namespace Qt::StringLiterals;

namespace {

struct Folder
{
    QTemporaryDir dir;
    QString db = dir.filePath(u"kraj.sqlite"_s);
    QString folder = dir.filePath(u"tabulky"_s);

    Folder()
    {
        REQUIRE(cli({u"init"_s, u"--db"_s, db}).code == 0);
        REQUIRE(QDir().mkpath(folder));
        write(u"localities.csv"_s, u8"code,name,municipality,district\nSO-01,Sokolov,Sokolov,Sokolov\n");
        write(u"partners.csv"_s, u8"code,kind,name,locality_code\n"
                                 u8"UP,labour_office,Úřad práce Sokolov,SO-01\n"
                                 u8"OSPOD,ospod,OSPOD Sokolov,SO-01\n");
        write(u"clients.csv"_s, u8"client_ref,given_name,family_name,birth_year,gender,locality_code,household_ref\n"
                                u8"C1,Věra,Horváthová,1980,f,SO-01,\n");
        write(u"cooperations.csv"_s, u8"client_ref,start,end,end_reason\nC1,2026-01-05,,\n");
        write(u"needs.csv"_s, u8"need_ref,client_ref,area,intensity,priority,identified_on,status,closed_on,outcome\n"
                              u8"N1,C1,employment,2,,2026-01-05,open,,\n");
        write(u"goals.csv"_s, u8"goal_ref,need_ref,text,horizon,target_date,status,achieved_on\n"
                              u8"G1,N1,Najít práci,short,,open,\n");
        write(u"steps.csv"_s, u8"goal_ref,text,responsible,due_date,done_on,partner\n"
                              u8"G1,Registrace na úřadu práce,institution,2026-02-01,,UP\n"
                              u8"G1,Žádost o příspěvek,institution,,,UP\n"
                              u8"G1,Připravit životopis,client,,,\n");
    }
    void write(const QString &name, const char8_t *content)
    {
        test::writeFile(folder + u'/' + name, QByteArray(reinterpret_cast<const char *>(content)));
    }
};

} // namespace

TEST_CASE("teren-cli imports partners.csv and steps' partners, and the report counts the steps by partner kind",
          "[cli][partners]")
{
    Folder files;
    const Run import = cli({u"import-csv"_s, u"--db"_s, files.db, files.folder});
    INFO(import.err.toStdString());
    REQUIRE(import.code == 0);
    CHECK(PartnerRepository(*Store::open(files.db)).all().size() == 2);

    const Run report = cli({u"report"_s, u"--db"_s, files.db, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
                            u"2026-12-31"_s, u"--format"_s, u"json"_s});
    INFO(report.err.toStdString());
    REQUIRE(report.code == 0);
    const QJsonArray kinds =
        QJsonDocument::fromJson(report.out.toUtf8()).object().value(u"by_partner_kind"_s).toArray();
    REQUIRE(kinds.size() == 10);
    CHECK(kinds.at(0).toObject()
          == QJsonObject{{u"partner_kind"_s, u"labour_office"_s}, {u"steps"_s, 2}, {u"contacts"_s, 0}});
    CHECK(kinds.at(2).toObject()
          == QJsonObject{{u"partner_kind"_s, u"ospod"_s}, {u"steps"_s, 0}, {u"contacts"_s, 0}});
}

TEST_CASE("teren-cli import-csv refuses an unknown partner kind at its line and imports nothing", "[cli][partners]")
{
    Folder files;
    files.write(u"partners.csv"_s, u8"code,kind,name,locality_code\n"
                                   u8"UP,labour_office,Úřad práce Sokolov,SO-01\n"
                                   u8"FARA,church,Farnost Sokolov,\n");
    const Run import = cli({u"import-csv"_s, u"--db"_s, files.db, files.folder});
    CHECK(import.code == 1);
    CHECK(import.out.isEmpty());
    CHECK(import.err
          == u"partners.csv:3: \"church\" is not a partner kind; use one of: labour_office, municipal_office, ospod, "
             "school, police, court_bailiff, health, debt_counselling, employer, other_ngo.\n"
             "error: 1 bad row; nothing was imported\n"_s);
    CHECK(PartnerRepository(*Store::open(files.db)).all().isEmpty());
}
