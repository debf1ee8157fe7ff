// The regional report in the GUI: the dashboard on a demo region, tables a click
// away, PNG and PDF export, the targets editor; and the documentation screenshots.
#include <catch2/catch.hpp>

#include "CaseSession.h"
#include "MainWindow.h"
#include "demo/DemoGenerator.h"
#include "report/ChartPanel.h"
#include "report/ReportMenu.h"
#include "report/ReportWindow.h"
#include "report/TargetsDialog.h"
#include "store/Repositories.h"
#include "store/TargetRepository.h"

#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace teren;

namespace {

QString demoFile(QTemporaryDir &dir, int clients)
{
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.clients = clients;
    DemoGenerator::generate(path, options);
    return path;
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
    REQUIRE(report->refresh());
    CHECK(report->status()->text().isEmpty());
    CHECK(report->report().personsSupported > 0);
    CHECK(report->findChild<QLabel *>(QStringLiteral("headline"))->text().contains(QStringLiteral("Persons supported")));

    const QList<ChartPanel *> panels = report->panels();
    REQUIRE(panels.size() == 7);
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
    REQUIRE(report->refresh());
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

// Renders the report screenshots of the README; hidden from CTest, see test_screenshots.cpp.
TEST_CASE("Documentation screenshots of the regional report", "[.docs]")
{
    const QString outDir = qEnvironmentVariable("TEREN_SCREENSHOT_DIR", QStringLiteral("/tmp/teren-screenshots"));
    QDir().mkpath(outDir);
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openDatabase(demoFile(dir, 1300)));
    ReportWindow *report = window.reportMenu()->openReport();
    REQUIRE(report);
    report->resize(1366, 860);
    const int year = window.store()->clock().today().year();
    report->setPeriod(QDate(year, 1, 1), QDate(year, 12, 31));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("cs")}) {
        window.switchLanguage(language);
        REQUIRE(report->refresh());
        for (int tab = 0; tab < report->tabs()->count(); ++tab) {
            report->tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            CHECK(report->grab().save(
                QStringLiteral("%1/report_%2_%3.png").arg(outDir, report->panels().at(tab)->objectName(), language)));
        }
        CHECK(report->exportPdf(QStringLiteral("%1/report_%2.pdf").arg(outDir, language)).isEmpty());
    }
    window.switchLanguage(QStringLiteral("en"));
}
