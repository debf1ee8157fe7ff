// The regional report in the GUI: the dashboard on a demo region, tables a click
// away, PNG and PDF export, the targets editor; and the documentation screenshots.
#include <catch2/catch.hpp>

#include "CaseSession.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "TextRecorder.h"
#include "WindowGeometry.h"
#include "report/ChartFit.h"
#include "report/ChartPanel.h"
#include "report/ReportMenu.h"
#include "report/ReportPdf.h"
#include "domain/Version.h"
#include "report/ReportWindow.h"
#include "report/TargetsDialog.h"
#include "store/Codelists.h"
#include "store/Repositories.h"
#include "store/Store.h"
#include "store/TargetRepository.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/StatisticalScope.h"

#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace teren;
using test::demoFile;

namespace {

// The printable part of the PDF's A4 page, in points.
QSize printablePage()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter)
        .paintRectPixels(72)
        .size();
}

bool isCut(const QString &text)
{
    return text.endsWith(QChar(0x2026)) || text.endsWith(QStringLiteral("..."));
}

// The text of a PDF, by poppler's pdftotext.
QString pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty()); // poppler-utils
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60'000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// What the report names in full: localities, outcomes and the region.
struct Names
{
    QStringList localities;
    QStringList outcomes;
    QString region;
};

Names namesOf(ReportWindow *report, Store &store)
{
    Names names;
    for (const LocalityFigures &place : report->report().byLocality) {
        if (!place.name.isEmpty())
            names.localities.append(place.name);
    }
    for (const OutcomeFigures &outcome : report->report().outcomes)
        names.outcomes.append(store.codelists().outcomeLabel(outcome.area, outcome.outcome));
    names.outcomes.removeDuplicates();
    const QList<Region> regions = DirectoryRepository(store).regions();
    REQUIRE_FALSE(regions.isEmpty());
    names.region = regions.first().name;
    return names;
}

} // namespace

TEST_CASE("The report window shows every chart of the demo region, each with its table", "[ui][report]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openDatabase(demoFile(dir, 300)));
    ReportWindow *report = window.reportMenu()->openReport();
    REQUIRE(report);
    const int year = window.store()->clock().today().year();
    report->setPeriod(QDate(year - 1, 1, 1), QDate(year, 12, 31));
    report->refresh();
    REQUIRE(report->waitForReport());
    CHECK(report->status()->text().isEmpty());
    CHECK(report->report().personsSupported > 0);
    CHECK(report->findChild<QLabel *>(QStringLiteral("headline"))->text().contains(QStringLiteral("Persons supported")));

    const QList<ChartPanel *> panels = report->panels();
    // The seven of the needs and cooperations, then age, gender, age at entry,
    // intensity, areas by intensity, providers, coverage, goals, end reasons, partner kinds and group work.
    REQUIRE(panels.size() == 18);
    for (ChartPanel *panel : panels) {
        INFO(panel->objectName().toStdString());
        CHECK_FALSE(panel->chartView()->chart()->series().isEmpty());
        CHECK(panel->table()->rowCount() > 0);
        CHECK_FALSE(panel->showsTable());
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("toggleTable")), Qt::LeftButton);
        CHECK(panel->showsTable());
    }
    // The needs table has one row per area with the report's own numbers.
    QTableWidget *needs = panels.first()->table();
    CHECK(needs->rowCount() == report->report().byArea.size());

    const QString png = dir.filePath(QStringLiteral("needs.png"));
    CHECK(panels.first()->savePng(png).isEmpty());
    CHECK_FALSE(QImage(png).isNull());

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    CHECK(report->exportPdf(pdf).isEmpty());
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type/Page") >= 1);
    CHECK(bytes.size() > 20'000);

    // A bad folder: a clear message, nothing written.
    CHECK(report->exportPdf(dir.filePath(QStringLiteral("missing/report.pdf"))).startsWith(QStringLiteral("Could not")));

    const QString csv = dir.filePath(QStringLiteral("report.csv"));
    CHECK(report->exportData(csv, false).isEmpty());
    CHECK(QFile(csv).size() > 100);

    // A filter narrows the figures.
    const QList<Locality> localities = DirectoryRepository(*window.store()).localities();
    REQUIRE_FALSE(localities.isEmpty());
    const int all = report->report().personsSupported;
    report->setLocality(localities.first().id);
    report->refresh();
    REQUIRE(report->waitForReport());
    CHECK(report->report().personsSupported < all);
}

TEST_CASE("Targets are set, changed and removed as undoable edits, and the report compares them", "[ui][report]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openDatabase(demoFile(dir, 120)));
    TargetsDialog *dialog = window.reportMenu()->editTargets();
    REQUIRE(dialog);
    const int before = dialog->table()->rowCount();
    const int year = window.store()->clock().today().year() + 1; // a year the demo sets nothing for
    dialog->setForm(QStringLiteral("persons_supported"), year, QUuid(), 150);
    REQUIRE(dialog->save());
    CHECK(dialog->table()->rowCount() == before + 1);
    dialog->setForm(QStringLiteral("persons_supported"), year, QUuid(), 180); // same scope: changes it
    REQUIRE(dialog->save());
    CHECK(dialog->table()->rowCount() == before + 1);
    const std::optional<Target> stored =
        TargetRepository(*window.store()).find(QStringLiteral("persons_supported"), year, QUuid(), QUuid());
    REQUIRE(stored);
    CHECK(stored->value == 180);
    window.session()->undoStack()->undo();
    CHECK(TargetRepository(*window.store()).find(QStringLiteral("persons_supported"), year, QUuid(), QUuid())->value
          == 150);

    for (int row = 0; row < dialog->table()->rowCount(); ++row)
        if (dialog->table()->item(row, 1)->text() == QString::number(year))
            dialog->table()->setCurrentCell(row, 0);
    REQUIRE(dialog->removeSelected());
    CHECK(dialog->table()->rowCount() == before);
    CHECK_FALSE(TargetRepository(*window.store()).find(QStringLiteral("persons_supported"), year, QUuid(), QUuid()));
}

TEST_CASE("The report PDF lays its charts and tables out for the page, in Czech and in English", "[ui][report][pdf]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openDatabase(demoFile(dir, 600)));
    ReportWindow *report = window.reportMenu()->openReport();
    REQUIRE(report);
    const int year = window.store()->clock().today().year();
    report->setPeriod(QDate(year - 1, 1, 1), QDate(year, 12, 31));
    for (const QString &language : {QStringLiteral("cs"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        window.switchLanguage(language);
        report->refresh();
        REQUIRE(report->waitForReport());
        const Names names = namesOf(report, *window.store());
        REQUIRE(names.localities.size() >= 10);
        REQUIRE(names.outcomes.size() >= 10);
        const ReportPdf::Content content = report->pdfContent();

        test::TextRecorder pages(printablePage(), 72);
        QPainter painter(&pages);
        const int count = ReportPdf::paint(painter, QSizeF(printablePage()), content, [&pages] { pages.newPage(); });
        painter.end();
        REQUIRE(count == pages.pages().size());
        CHECK(count >= 4);

        // Nothing cut: no label of a chart ("Karlo...") and no cell of a table ("20…").
        QStringList cut;
        for (const QString &text : pages.texts()) {
            if (isCut(text.trimmed()))
                cut.append(text);
        }
        CHECK(cut.isEmpty());
        // Each locality in the chart and in the table; each outcome in full.
        const QString all = pages.texts().join(u' ').simplified();
        for (const QString &locality : names.localities) {
            INFO(locality.toStdString());
            CHECK(all.count(locality) >= 2);
        }
        for (const QString &outcome : names.outcomes) {
            INFO(outcome.toStdString());
            CHECK(all.count(outcome) >= 2);
        }
        for (const TargetFigures &target : report->report().targets)
            CHECK(all.contains(QString::number(target.year)));
        // The region by name, and not where the file lies.
        CHECK(all.contains(names.region));
        CHECK_FALSE(all.contains(window.store()->database().path()));
        CHECK_FALSE(all.contains(QStringLiteral(".sqlite")));

        // A heading never ends a page: its chart follows it on the same page.
        QStringList titles;
        for (const ReportSection &section : content.sections)
            titles.append(section.title);
        for (qsizetype page = 0; page < pages.pages().size(); ++page) {
            const QStringList &texts = pages.pages().at(page);
            INFO("page " << page + 1);
            REQUIRE(texts.size() >= 3);
            // The footer: the Terén that made the report, then the page number.
            CHECK(texts.last().startsWith(language == u"cs" ? QStringLiteral("Strana") : QStringLiteral("Page")));
            CHECK(texts.at(texts.size() - 2) == QStringLiteral("Terén %1").arg(appVersion()));
            CHECK_FALSE(titles.contains(texts.at(texts.size() - 3)));
        }
    }
    window.switchLanguage(QStringLiteral("en"));
}

TEST_CASE("The saved PDF's text names every locality and outcome in full", "[ui][report][pdf]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openDatabase(demoFile(dir, 300)));
    ReportWindow *report = window.reportMenu()->openReport();
    REQUIRE(report);
    const int year = window.store()->clock().today().year();
    report->setPeriod(QDate(year - 1, 1, 1), QDate(year, 12, 31));
    for (const QString &language : {QStringLiteral("cs"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        window.switchLanguage(language);
        report->refresh();
        REQUIRE(report->waitForReport());
        const Names names = namesOf(report, *window.store());
        const QString path = dir.filePath(QStringLiteral("report-%1.pdf").arg(language));
        REQUIRE(report->exportPdf(path).isEmpty());
        // Compatibility form: the font's "fi" ligature back to two letters.
        const QString text = pdfText(path).normalized(QString::NormalizationForm_KC);
        const QString flowing = text.simplified();
        for (const QString &locality : names.localities)
            CHECK(flowing.contains(locality));
        for (const QString &outcome : names.outcomes) {
            INFO(outcome.toStdString());
            CHECK(flowing.contains(outcome));
        }
        CHECK(flowing.contains(names.region));
        CHECK_FALSE(text.contains(QChar(0x2026)));
        CHECK_FALSE(text.contains(QStringLiteral("...")));
        CHECK_FALSE(text.contains(QFileInfo(window.store()->database().path()).fileName()));
    }
    window.switchLanguage(QStringLiteral("en"));
}

TEST_CASE("Every page of the report PDF names the Terén that made it in its footer", "[ui][report][pdf]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openDatabase(demoFile(dir, 60)));
    ReportWindow *report = window.reportMenu()->openReport();
    REQUIRE(report);
    report->refresh();
    REQUIRE(report->waitForReport());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(report->exportPdf(path).isEmpty());
    // pdftotext ends every page with a form feed.
    QStringList pages = pdfText(path).split(u'\f');
    if (pages.last().trimmed().isEmpty())
        pages.removeLast();
    REQUIRE(pages.size() > 1);
    for (qsizetype page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        CHECK(pages.at(page).contains(QStringLiteral("Terén %1").arg(appVersion())));
        CHECK(pages.at(page).contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages.size())));
    }
}

TEST_CASE("A statistical database's report shows figures over fewer than 5 persons as \"< 5\", on screen and in "
          "the PDF",
          "[ui][report][pdf]")
{
    QTemporaryDir dir;
    const QString statisticsPath = dir.filePath(QStringLiteral("statistics.sqlite"));
    {
        const auto region = Store::open(demoFile(dir, 60));
        ExportOptions options;
        options.lock.passphrase = QByteArrayLiteral("kavárna u nádraží");
        options.lock.fastKdfForTests = true;
        options.statistical = true;
        Exporter(*region).exportTo(dir.filePath(QStringLiteral("s.teren")), options);
        const auto statistics = Store::create(statisticsPath);
        StatisticalScope::makeStatisticalDatabase(*statistics);
        ImportOptions import;
        import.key.passphrase = options.lock.passphrase;
        import.acceptNewSenders = true;
        REQUIRE_FALSE(Importer(*statistics).importFrom(dir.filePath(QStringLiteral("s.teren")), import).refused);
    }
    MainWindow window;
    REQUIRE(window.openDatabase(statisticsPath));
    ReportWindow *report = window.reportMenu()->openReport();
    REQUIRE(report);
    report->setPeriod(QDate(2024, 10, 1), QDate(2026, 10, 31));
    report->refresh();
    REQUIRE(report->waitForReport());
    CHECK(report->report().smallCellLimit == 5);
    // Sixty persons over 17 localities: the table says "< 5" for the small ones.
    ChartPanel *localities = report->panels().at(2);
    int small = 0;
    for (int row = 0; row < localities->table()->rowCount(); ++row) {
        if (localities->table()->item(row, 1)->text() == u"< 5")
            ++small;
    }
    CHECK(small > 0);
    CHECK(small < localities->table()->rowCount());
    const QString pdf = dir.filePath(QStringLiteral("statistics.pdf"));
    REQUIRE(report->exportPdf(pdf).isEmpty());
    // pdftotext reads the narrow gap of "< 5" as none.
    CHECK(pdfText(pdf).remove(QLatin1Char(' ')).contains(QStringLiteral("<5")));
}

TEST_CASE("After saving, the report window's status line names the file", "[ui][report]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openDatabase(demoFile(dir, 60)));
    ReportWindow *report = window.reportMenu()->openReport();
    REQUIRE(report);
    REQUIRE(report->waitForReport());
    QString target;
    QString suggested;
    report->setFileChooser([&](const QString &, const QString &name, const QString &) {
        suggested = name;
        return target;
    });
    const auto save = [report](const char *button) {
        QTest::mouseClick(report->findChild<QPushButton *>(QLatin1String(button)), Qt::LeftButton);
    };

    target = dir.filePath(QStringLiteral("for-funders.pdf"));
    save("exportPdf");
    CHECK(suggested.endsWith(QStringLiteral(".pdf")));
    CHECK(QFile::exists(target));
    CHECK(report->status()->text() == QStringLiteral("Saved: for-funders.pdf"));

    target = dir.filePath(QStringLiteral("figures.csv"));
    save("exportCsv");
    CHECK(report->status()->text() == QStringLiteral("Saved: figures.csv"));
    const auto read = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    CHECK(read(target).startsWith("section,key,subkey,measure,value\r\n"));

    target = dir.filePath(QStringLiteral("figures.xlsx"));
    save("exportXlsx");
    CHECK(suggested.endsWith(QStringLiteral(".xlsx")));
    CHECK(report->status()->text() == QStringLiteral("Saved: figures.xlsx"));
    CHECK(read(target).startsWith("PK"));

    // In Czech the CSV is what a Czech Excel opens: semicolons, decimal commas, a BOM.
    window.switchLanguage(QStringLiteral("cs"));
    target = dir.filePath(QStringLiteral("cisla.csv"));
    save("exportCsv");
    const QByteArray czech = read(target);
    CHECK(czech.startsWith("\xEF\xBB\xBFsection;key;subkey;measure;value\r\n"));
    CHECK(czech.contains(";resolved_rate;0,"));
    window.switchLanguage(QStringLiteral("en"));

    // Cancelled: nothing said, nothing written.
    target.clear();
    report->status()->clear();
    save("exportJson");
    CHECK(report->status()->text().isEmpty());

    // Failed: the reason instead.
    target = dir.filePath(QStringLiteral("missing/figures.json"));
    save("exportJson");
    CHECK(report->status()->text().startsWith(QStringLiteral("Could not write")));
}

// Renders the report screenshots of the README; hidden from CTest, see test_screenshots.cpp.
// The window at the size it opens with on a 1366×768 laptop; the PDF's first page and
// the pages of the localities, the outcomes and the coverage, by pdftoppm -r 110 (poppler-utils).
TEST_CASE("Documentation screenshots of the regional report", "[.docs]")
{
    const QString outDir = qEnvironmentVariable("TEREN_SCREENSHOT_DIR", QStringLiteral("/tmp/teren-screenshots"));
    QDir().mkpath(outDir);
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openDatabase(demoFile(dir, 1300)));
    ReportWindow *report = window.reportMenu()->openReport();
    REQUIRE(report);
    report->resize(
        WindowGeometry::fitted(QRect(0, 0, 1366, 768), QSize(1200, 820), {}, WindowGeometry::assumedFrame()).size());
    const int year = window.store()->clock().today().year();
    report->setPeriod(QDate(year, 1, 1), QDate(year, 12, 31));
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    REQUIRE_FALSE(pdftoppm.isEmpty());
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("cs")}) {
        window.switchLanguage(language);
        // While a new period is computed: the progress bar and Cancel over the figures
        // of the period shown before.
        report->setPeriod(QDate(year - 1, 1, 1), QDate(year - 1, 12, 31));
        report->refresh();
        REQUIRE(report->waitForReport());
        report->setPeriod(QDate(year, 1, 1), QDate(year, 12, 31));
        report->refresh();
        REQUIRE(report->isComputing());
        CHECK(report->grab().save(QStringLiteral("%1/report_computing_%2.png").arg(outDir, language)));
        REQUIRE(report->waitForReport());
        for (int tab = 0; tab < report->tabs()->count(); ++tab) {
            report->tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            CHECK(report->grab().save(
                QStringLiteral("%1/report_%2_%3.png").arg(outDir, report->panels().at(tab)->objectName(), language)));
        }
        const QString pdf = QStringLiteral("%1/report_%2.pdf").arg(outDir, language);
        REQUIRE(report->exportPdf(pdf).isEmpty());

        // Which page each section starts on, as the PDF lays them out.
        const ReportPdf::Content content = report->pdfContent();
        test::TextRecorder pages(printablePage(), 72);
        QPainter painter(&pages);
        ReportPdf::paint(painter, QSizeF(printablePage()), content, [&pages] { pages.newPage(); });
        painter.end();
        const auto pageOf = [&](const QString &key) {
            for (const ReportSection &section : content.sections) {
                if (section.key != key)
                    continue;
                for (qsizetype page = 0; page < pages.pages().size(); ++page) {
                    if (pages.pages().at(page).contains(section.title))
                        return static_cast<int>(page) + 1;
                }
            }
            return 0;
        };
        const QList<QPair<QString, int>> shots = {{QStringLiteral("page1"), 1},
                                                  {QStringLiteral("localities"), pageOf(QStringLiteral("localities"))},
                                                  {QStringLiteral("outcomes"), pageOf(QStringLiteral("outcomes"))},
                                                  {QStringLiteral("coverage"), pageOf(QStringLiteral("coverage"))}};
        for (const auto &[name, page] : shots) {
            REQUIRE(page > 0);
            const QString stem = QStringLiteral("%1/report_pdf_%2_%3").arg(outDir, name, language);
            QProcess render;
            render.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("110"), QStringLiteral("-png"),
                                    QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page),
                                    QStringLiteral("-l"), QString::number(page), pdf, stem});
            REQUIRE(render.waitForFinished(60'000));
            CHECK(render.exitCode() == 0);
        }
    }
    window.switchLanguage(QStringLiteral("en"));
}
