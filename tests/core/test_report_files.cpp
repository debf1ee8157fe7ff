// The report's files as a spreadsheet reads them: the CSV's formula-injection guard,
// the Czech Excel dialect, and the XLSX workbook read back from its XML.
#include <catch2/catch.hpp>

#include "ReportTestData.h"
#include "domain/Error.h"
#include "report/ReportFormat.h"
#include "report/ReportXlsx.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace teren;
using namespace Qt::StringLiterals;
using test::day;

namespace {

// Names a spreadsheet would run as formulas, on a locality, a provider and a worker.
struct HostileNames
{
    test::ReportRegion data;
    QUuid locality, provider, worker, client;

    HostileNames()
    {
        locality = data.locality(u"h1"_s, u"=HYPERLINK(\"http://example.org\",\"klik\")"_s);
        provider = data.provider(u"+Pomoc"_s);
        worker = data.worker(u"@Věra"_s, provider);
        client = data.client(u"Anna"_s, locality, worker);
        data.cooperation(client, day("2025-01-01"));
        data.need(client, u"material"_s, day("2025-02-01"), u"resolved"_s, day("2025-03-01"), u"benefit_granted"_s);
        data.contact(client, day("2025-02-01"), 45, u"field"_s, {u"counselling"_s});
        // Met with room to spare: the gap is −4, a number, not text.
        data.target(u"persons_supported"_s, 2025, 1);
        data.target(u"resolved_rate"_s, 2025, 0.5);
    }

    Report report()
    {
        ReportFilter filter;
        filter.workerId = worker;
        return data.report(day("2025-01-01"), day("2025-12-31"), filter);
    }
};

// The CSV's rows as fields, split at `separator` (none of the fields below holds it).
QList<QStringList> rowsOf(const QString &text, QChar separator)
{
    QList<QStringList> rows;
    for (const QString &line : text.split(u"\r\n"_s, Qt::SkipEmptyParts))
        rows.append(line.split(separator));
    return rows;
}

QStringList find(const QList<QStringList> &rows, const QString &section, const QString &measure)
{
    for (const QStringList &row : rows)
        if (row.value(0) == section && row.value(3) == measure)
            return row;
    return {};
}

QByteArray unzip(const QString &archive, const QString &member)
{
    QProcess process;
    process.start(u"unzip"_s, {u"-p"_s, archive, member});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

// The XML of the sheet named `name` (sheets are numbered in workbook order).
QByteArray sheetXml(const QString &archive, const QString &name)
{
    const QString workbook = QString::fromUtf8(unzip(archive, u"xl/workbook.xml"_s));
    const QRegularExpression sheet(u"<sheet name=\"([^\"]+)\""_s);
    int number = 0;
    for (auto it = sheet.globalMatch(workbook); it.hasNext();) {
        ++number;
        if (it.next().captured(1) == name)
            return unzip(archive, u"xl/worksheets/sheet%1.xml"_s.arg(number));
    }
    FAIL("no sheet " << name.toStdString());
    return {};
}

// The cell `reference` (B4) of a sheet's XML: its attributes and its content.
QString cellXml(const QByteArray &xml, const QString &reference)
{
    const QRegularExpression cell(u"<c r=\"%1\"[^>]*(/>|>.*?</c>)"_s.arg(reference));
    return cell.match(QString::fromUtf8(xml)).captured(0);
}

} // namespace

TEST_CASE("CSV text a spreadsheet would run as a formula starts with an apostrophe but a number never does",
          "[report][csv]")
{
    HostileNames names;
    const QString csv = QString::fromUtf8(toCsv(names.report()));
    CHECK(csv.contains(u"by_locality,h1,\"'=HYPERLINK(\"\"http://example.org\"\",\"\"klik\"\")\",persons,1\r\n"_s));
    CHECK(csv.contains(u"filter,worker,,name,'@Věra\r\n"_s));
    CHECK(csv.contains(u",'+Pomoc,persons,1\r\n"_s));
    CHECK_FALSE(csv.contains(u",=HYPERLINK"_s));
    CHECK_FALSE(csv.contains(u",\"=HYPERLINK"_s));
    // A negative number stays a number.
    CHECK(csv.contains(u"targets,persons_supported,2025/region,gap,0\r\n"_s));
    const Report report = names.report();
    CHECK(report.targets.size() == 2);

    // A tab or a carriage return at the start is guarded too.
    Report tabbed = report;
    tabbed.byLocality.first().name = u"\tTab"_s;
    tabbed.byProvider.first().name = u"\rReturn"_s;
    tabbed.byLocality.first().code = u"-minus"_s;
    const QString guarded = QString::fromUtf8(toCsv(tabbed));
    CHECK(guarded.contains(u"by_locality,'-minus,'\tTab,persons,1\r\n"_s));
    CHECK(guarded.contains(u"\"'\rReturn\",persons,1\r\n"_s));
    Report negative = report;
    negative.targets.first().gap = -4;
    CHECK(QString::fromUtf8(toCsv(negative)).contains(u",gap,-4\r\n"_s));
}

TEST_CASE("The Czech Excel dialect: semicolons, decimal commas, UTF-8 with a byte order mark", "[report][csv]")
{
    HostileNames names;
    const QByteArray bytes = toCsv(names.report(), CsvDialect::ExcelCs);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QList<QStringList> rows = rowsOf(text, u';');
    REQUIRE(rows.first() == QStringList({u"section"_s, u"key"_s, u"subkey"_s, u"measure"_s, u"value"_s}));
    for (const QStringList &row : rows) {
        INFO(row.join(u'|').toStdString());
        CHECK(row.size() == 5);
    }
    // 45 minutes over one person: 0.75 hours, written with a decimal comma.
    CHECK(find(rows, u"summary"_s, u"contact_hours_per_person"_s).value(4) == u"0,75");
    CHECK(find(rows, u"summary"_s, u"resolved_rate"_s).value(4) == u"1");
    CHECK(find(rows, u"summary"_s, u"persons_per_household"_s).value(4) == u"1");
    CHECK(find(rows, u"period"_s, u"from"_s).value(4) == u"2025-01-01");
    CHECK(find(rows, u"filter"_s, u"name"_s).value(4) == u"'@Věra");
    // A name holding the separator is quoted.
    Report semicolon = names.report();
    semicolon.byProvider.first().name = u"Pomoc; sever"_s;
    CHECK(QString::fromUtf8(toCsv(semicolon, CsvDialect::ExcelCs)).contains(u";\"Pomoc; sever\";persons;1\r\n"_s));
    // The standard dialect keeps its commas and dots and has no byte order mark.
    const QByteArray standard = toCsv(names.report());
    CHECK(standard.startsWith("section,key,subkey,measure,value\r\n"));
    CHECK(standard.contains("summary,,,contact_hours_per_person,0.75\r\n"));
}

TEST_CASE("The XLSX workbook holds numbers as numbers, dates as dates and every text as a string", "[report][xlsx]")
{
    HostileNames names;
    QTemporaryDir folder;
    const QString path = folder.filePath(u"report.xlsx"_s);
    ReportXlsx::write(names.report(), path);
    REQUIRE(QFile::exists(path));
    // Nothing else is left in the folder (the temporary file was renamed).
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{u"report.xlsx"_s});

    const QString workbook = QString::fromUtf8(unzip(path, u"xl/workbook.xml"_s));
    CHECK(workbook.indexOf(u"name=\"report\""_s) < workbook.indexOf(u"name=\"by_area\""_s));
    for (const char *name : {"by_age_band", "by_gender", "by_intensity", "by_area_intensity", "by_provider",
                             "esf_age_at_entry", "locality_coverage", "goals_by_horizon", "end_reasons", "targets",
                             "by_partner_kind", "group_activities", "anonymous_contacts"})
        CHECK(workbook.contains(u"name=\"%1\""_s.arg(QString::fromLatin1(name))));

    // The first sheet: a header row, the period as dates (a serial day number with
    // a date format), then the figures as numbers.
    const QByteArray first = sheetXml(path, u"report"_s);
    CHECK(cellXml(first, u"A1"_s).contains(u"t=\"s\""_s));
    const QString from = cellXml(first, u"B2"_s);
    CHECK(from.contains(u"s=\""_s));
    CHECK(from.contains(u"<v>45658</v>"_s)); // 2025-01-01
    CHECK_FALSE(from.contains(u"t=\"s\""_s));
    CHECK(cellXml(first, u"A4"_s).contains(u"t=\"s\""_s)); // worker (the filter)
    CHECK(cellXml(first, u"C4"_s).contains(u"t=\"s\""_s)); // its name
    const QString persons = cellXml(first, u"B5"_s); // persons_supported
    CHECK(persons.contains(u"<v>1</v>"_s));
    CHECK_FALSE(persons.contains(u"t=\""_s));
    const QByteArray styles = unzip(path, u"xl/styles.xml"_s);
    CHECK(styles.contains("yyyy-mm-dd"));
    CHECK(first.contains("<cols><col "));

    // The provider's name beginning with "+" and the locality's "=HYPERLINK(…)" are
    // strings; no cell of any sheet is a formula.
    const QByteArray providers = sheetXml(path, u"by_provider"_s);
    CHECK(cellXml(providers, u"B2"_s).contains(u"t=\"s\""_s));
    CHECK(cellXml(providers, u"C2"_s).contains(u"<v>1</v>"_s));
    CHECK_FALSE(cellXml(providers, u"C2"_s).contains(u"t=\""_s));
    const QByteArray strings = unzip(path, u"xl/sharedStrings.xml"_s);
    CHECK(strings.contains("<t>=HYPERLINK(\"http://example.org\",\"klik\")</t>"));
    CHECK(strings.contains("+Pomoc"));
    const QByteArray localities = sheetXml(path, u"by_locality"_s);
    CHECK(cellXml(localities, u"B2"_s).contains(u"t=\"s\""_s));
    for (int sheet = 1; sheet <= 23; ++sheet) {
        QProcess process;
        process.start(u"unzip"_s, {u"-p"_s, path, u"xl/worksheets/sheet%1.xml"_s.arg(sheet)});
        REQUIRE(process.waitForFinished(30000));
        CHECK_FALSE(process.readAllStandardOutput().contains("<f>"));
    }
    // A negative gap is a negative number.
    Report negative = names.report();
    negative.targets.first().gap = -4;
    ReportXlsx::write(negative, path);
    CHECK(sheetXml(path, u"targets"_s).contains("<v>-4</v>"));
}

TEST_CASE("An XLSX that cannot be written says why and leaves nothing behind", "[report][xlsx]")
{
    HostileNames names;
    QTemporaryDir folder;
    const QString path = folder.filePath(u"report.xlsx"_s);
    // The target is a folder: the rename over it fails, and the temporary file goes.
    REQUIRE(QDir(folder.path()).mkdir(u"report.xlsx"_s));
    CHECK_THROWS_WITH(ReportXlsx::write(names.report(), path),
                      Catch::Contains(u"Could not write %1: "_s.arg(path).toStdString()));
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    CHECK_THROWS_WITH(ReportXlsx::write(names.report(), folder.filePath(u"missing/report.xlsx"_s)),
                      Catch::Contains("Could not write"));
}
