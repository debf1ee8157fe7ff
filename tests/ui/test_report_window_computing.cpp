// The regional report is computed off the GUI thread: what the window shows while it
// computes, cancelling, the last request winning, saving held back, and failures.
#include <catch2/catch.hpp>

#include "BackgroundJob.h"
#include "CaseSession.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "report/ChartFit.h"
#include "report/ChartPanel.h"
#include "report/ReportBuilder.h"
#include "report/ReportFormat.h"
#include "report/ReportMenu.h"
#include "report/ReportWindow.h"
#include "store/Repositories.h"
#include "store/Store.h"

#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace teren;
using test::demoFile;

namespace {

QPushButton *button(ReportWindow *report, const char *name)
{
    auto *found = report->findChild<QPushButton *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

bool savingEnabled(ReportWindow *report)
{
    bool all = true;
    bool none = true;
    for (const char *name : {"exportPdf", "exportCsv", "exportJson", "exportXlsx"}) {
        const bool enabled = button(report, name)->isEnabled();
        all = all && enabled;
        none = none && !enabled;
    }
    REQUIRE((all || none)); // the four go together
    return all;
}

bool showsProgress(ReportWindow *report)
{
    const bool bar = report->progress()->isVisibleTo(report);
    CHECK(button(report, "cancelReport")->isVisibleTo(report) == bar);
    return bar;
}

// Lets every computation started so far end, also those nobody waits for any more,
// and delivers whatever they send.
void letJobsEnd()
{
    while (RunningJobs::instance().count() > 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("While the report is computed the window shows its progress and holds saving back", "[ui][report]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openDatabase(demoFile(dir, 200)));
    ReportWindow *report = window.reportMenu()->openReport();
    REQUIRE(report);

    // Opening the window only started the computation.
    CHECK(report->isComputing());
    CHECK(showsProgress(report));
    CHECK(report->status()->text() == QStringLiteral("Computing the report…"));
    CHECK(report->panels().isEmpty());
    CHECK_FALSE(savingEnabled(report));
    // Neither the buttons nor a direct call save anything meanwhile.
    const QString early = dir.filePath(QStringLiteral("early.csv"));
    report->setFileChooser([&](const QString &, const QString &, const QString &) { return early; });
    QTest::mouseClick(button(report, "exportCsv"), Qt::LeftButton);
    CHECK(report->exportData(early, false) == QStringLiteral("The report is still being computed; save it when it is shown."));
    CHECK_FALSE(QFile::exists(early));

    // The bar follows the report's steps to the last one.
    int highest = 0;
    int steps = 0;
    QObject::connect(report->progress(), &QProgressBar::valueChanged, report, [&](int value) {
        if (report->progress()->maximum() > 0) {
            highest = std::max(highest, value);
            steps = report->progress()->maximum();
        }
    });
    REQUIRE(report->waitForReport());
    CHECK(steps > 5);
    CHECK(highest == steps);

    CHECK_FALSE(report->isComputing());
    CHECK_FALSE(showsProgress(report));
    CHECK(report->status()->text().isEmpty());
    CHECK(report->panels().size() == 18);
    CHECK(report->report().personsSupported > 0);
    CHECK(savingEnabled(report));
    QTest::mouseClick(button(report, "exportCsv"), Qt::LeftButton);
    CHECK(read(early) == toCsv(report->report(), CsvDialect::Standard));
}

TEST_CASE("Cancelling the report says so and keeps the report shown before, which is the one saved",
          "[ui][report]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openDatabase(demoFile(dir, 200)));

    SECTION("with no report yet the window stays empty and there is nothing to save")
    {
        ReportWindow *report = window.reportMenu()->openReport();
        REQUIRE(report);
        REQUIRE(report->isComputing());
        report->cancelReport();
        CHECK_FALSE(report->isComputing());
        CHECK_FALSE(showsProgress(report));
        CHECK(report->status()->text() == QStringLiteral("Report cancelled."));
        CHECK_FALSE(report->waitForReport());
        letJobsEnd(); // the cancelled computation's end changes nothing
        CHECK(report->panels().isEmpty());
        CHECK_FALSE(savingEnabled(report));
        CHECK(report->status()->text() == QStringLiteral("Report cancelled."));
    }

    SECTION("Esc cancels a new period, in Czech too, and the previous report stays and is saved")
    {
        ReportWindow *report = window.reportMenu()->openReport();
        REQUIRE(report);
        report->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(report)); // Esc reaches the active window
        const int year = window.store()->clock().today().year();
        report->setPeriod(QDate(year - 1, 1, 1), QDate(year, 12, 31));
        report->refresh();
        REQUIRE(report->waitForReport());
        const QByteArray shown = toJson(report->report());
        window.switchLanguage(QStringLiteral("cs"));
        QCoreApplication::processEvents(); // the window hears of the new language
        REQUIRE(report->isComputing());    // the charts are filled again in Czech
        REQUIRE(report->waitForReport());

        report->setPeriod(QDate(year, 1, 1), QDate(year, 3, 31));
        report->refresh();
        REQUIRE(report->isComputing());
        CHECK(report->status()->text() == QStringLiteral("Zpráva se počítá…"));
        QTest::keyClick(report, Qt::Key_Escape);
        CHECK_FALSE(report->isComputing());
        CHECK_FALSE(showsProgress(report));
        CHECK(report->status()->text() == QStringLiteral("Výpočet zprávy byl zrušen."));
        letJobsEnd();
        CHECK(toJson(report->report()) == shown);
        CHECK(report->panels().size() == 18);
        CHECK(savingEnabled(report));
        const QString path = dir.filePath(QStringLiteral("shown.json"));
        REQUIRE(report->exportData(path, true).isEmpty());
        CHECK(read(path) == shown);
        window.switchLanguage(QStringLiteral("en"));
    }
}

TEST_CASE("A new period or filter chosen while the report computes wins over the one before", "[ui][report]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openDatabase(demoFile(dir, 200)));
    ReportWindow *report = window.reportMenu()->openReport();
    REQUIRE(report);
    REQUIRE(report->waitForReport());
    const QList<Locality> localities = DirectoryRepository(*window.store()).localities();
    REQUIRE(localities.size() >= 2);

    // Three requests in a row; only the last one's figures ever reach the window.
    report->setLocality(localities.at(0).id);
    report->refresh();
    report->setLocality(localities.at(1).id);
    report->refresh();
    report->setLocality(QUuid());
    report->setPeriod(QDate(2025, 1, 1), QDate(2025, 6, 30));
    report->refresh();
    REQUIRE(report->waitForReport());
    letJobsEnd();
    CHECK(report->report().filter.localityId.isNull());
    CHECK(report->report().filter.to == QDate(2025, 6, 30));
    CHECK(report->status()->text().isEmpty());

    report->setLocality(localities.at(1).id);
    report->refresh();
    REQUIRE(report->waitForReport());
    letJobsEnd();
    CHECK(report->report().filter.localityId == localities.at(1).id);
    CHECK(report->report().localityName == localities.at(1).name);
}

TEST_CASE("A report that cannot be computed says why in the user's language and keeps the one shown",
          "[ui][report]")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir, 100);
    MainWindow window;
    REQUIRE(window.openDatabase(path));
    ReportWindow *report = window.reportMenu()->openReport();
    REQUIRE(report);
    REQUIRE(report->waitForReport());
    const QByteArray shown = toJson(report->report());
    window.switchLanguage(QStringLiteral("cs"));
    QCoreApplication::processEvents(); // the window hears of the new language
    REQUIRE(report->waitForReport());

    // A period that ends before it starts.
    report->setPeriod(QDate(2025, 6, 1), QDate(2025, 1, 31));
    report->refresh();
    CHECK_FALSE(report->waitForReport());
    CHECK(report->status()->text().startsWith(QStringLiteral("Období nemůže začínat")));
    CHECK(toJson(report->report()) == shown);
    CHECK(savingEnabled(report));

    // The file cannot be read any more (it was moved away under the open window).
    const QString moved = dir.filePath(QStringLiteral("moved.sqlite"));
    REQUIRE(QFile::rename(path, moved));
    report->setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
    report->refresh();
    CHECK_FALSE(report->waitForReport());
    CHECK(report->status()->text().startsWith(QStringLiteral("Soubor ")));
    CHECK(report->status()->text().contains(QStringLiteral(" nelze otevřít: ")));
    CHECK_FALSE(QFile::exists(path)); // not created anew
    CHECK(toJson(report->report()) == shown);
    REQUIRE(QFile::rename(moved, path));
    report->refresh();
    CHECK(report->waitForReport());
    CHECK(report->status()->text().isEmpty());
    window.switchLanguage(QStringLiteral("en"));
}

TEST_CASE("The report of an encrypted file is computed on a connection of its own", "[ui][report]")
{
    QTemporaryDir dir;
    const QString passphrase = QStringLiteral("kavárna u nádraží");
    const QString path = demoFile(dir, 100, passphrase);
    StoreOptions options;
    options.passphrase = passphrase;
    CaseSession session(Store::open(path, options));
    REQUIRE(session.store().isEncrypted());
    const Report direct = ReportBuilder(session.store().database()).build(ReportFilter::calendarYear(2025));

    ReportWindow report(session);
    report.setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
    report.refresh();
    REQUIRE(report.waitForReport());
    CHECK(report.report().personsSupported > 0);
    CHECK(toJson(report.report()) == toJson(direct));
}

TEST_CASE("After a refresh every chart still shows its labels in full", "[ui][report]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openDatabase(demoFile(dir, 300)));
    ReportWindow *report = window.reportMenu()->openReport();
    REQUIRE(report);
    REQUIRE(QTest::qWaitForWindowExposed(report));
    const int year = window.store()->clock().today().year();
    report->setPeriod(QDate(year - 1, 1, 1), QDate(year, 12, 31));
    report->refresh();
    REQUIRE(report->waitForReport());
    // Each chart fitted once, as its tab is shown; then the same labels again, laid
    // out as they were settled, and other labels (another locality) fitted afresh.
    const auto everyTabInFull = [report] {
        for (int tab = 0; tab < report->tabs()->count(); ++tab) {
            report->tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            INFO(report->panels().at(tab)->objectName().toStdString());
            CHECK(ChartFit::cutLabels(report->panels().at(tab)->chartView()->chart()).isEmpty());
        }
    };
    everyTabInFull();
    for (int tab = 0; tab < report->tabs()->count(); ++tab) {
        report->tabs()->setCurrentIndex(tab);
        report->refresh();
        REQUIRE(report->waitForReport());
        INFO("refreshed on " << report->panels().at(tab)->objectName().toStdString());
        CHECK(ChartFit::cutLabels(report->panels().at(tab)->chartView()->chart()).isEmpty());
    }
    const QList<Locality> localities = DirectoryRepository(*window.store()).localities();
    REQUIRE_FALSE(localities.isEmpty());
    report->setLocality(localities.first().id);
    report->refresh();
    REQUIRE(report->waitForReport());
    everyTabInFull();
}
