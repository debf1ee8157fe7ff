// Windows on small and scaled screens: every top-level window opens inside the
// available geometry of its screen, restores a saved geometry only when it fits,
// and keeps what matters on screen. Runs on the offscreen platform with three
// screens (screens.json): 1280×720, 1366×768 and 1920×1080 at 150 %.
#include <catch2/catch.hpp>

#include "CaseSession.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestSupport.h"
#include "WindowGeometry.h"
#include "card/ClientCard.h"
#include "card/NeedDialogs.h"
#include "i18n/Translations.h"
#include "report/ChartFit.h"
#include "report/ChartPanel.h"
#include "report/ReportMenu.h"
#include "report/ReportWindow.h"
#include "store/Repositories.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLegend>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace teren;
using test::demoFile;

namespace {

// Settings of the test's own in a temporary folder (without an organisation name
// QSettings reads and writes nothing).
class ScratchSettings
{
public:
    ScratchSettings()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TerenTest"));
        QCoreApplication::setApplicationName(QStringLiteral("window-geometry"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    ~ScratchSettings()
    {
        QSettings::setDefaultFormat(QSettings::NativeFormat);
        QCoreApplication::setOrganizationName(QString());
        QCoreApplication::setApplicationName(QString());
    }
    ScratchSettings(const ScratchSettings &) = delete;
    ScratchSettings &operator=(const ScratchSettings &) = delete;

private:
    QTemporaryDir m_dir;
};

QScreen *screenNamed(const QString &name)
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->name() == name)
            return screen;
    }
    FAIL("No screen " << name.toStdString()
                      << ": run with QT_QPA_PLATFORM=offscreen:configfile=tests/ui/screens.json (CTest does)");
    return nullptr;
}

QRect globalRect(const QWidget *widget)
{
    return {widget->mapToGlobal(QPoint(0, 0)), widget->size()};
}

void showOn(QWidget &window, QScreen *screen)
{
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.screen() == screen);
}

// The main window was last closed on `screen`, at a size that fits it: it opens there.
void lastClosedOn(QScreen *screen)
{
    const QRect available = screen->availableGeometry();
    Settings::setWindowGeometry(QStringLiteral("main"),
                                QRect(available.topLeft() + QPoint(20, 40), QSize(1000, 600)), false);
}

} // namespace

TEST_CASE("A window's size is fitted to the available geometry of its screen", "[ui][geometry]")
{
    const QRect laptop(0, 0, 1280, 720);
    const QMargins frame(4, 32, 4, 4);

    // Too large: as much as the screen has, frame included.
    const QRect large = WindowGeometry::fitted(laptop, QSize(1366, 740), {}, frame);
    CHECK(large.size() == QSize(1272, 684));
    CHECK(laptop.contains(large.marginsAdded(frame)));
    // Small enough: its own size, in the middle.
    const QRect small = WindowGeometry::fitted(laptop, QSize(800, 500), {}, frame);
    CHECK(small.size() == QSize(800, 500));
    CHECK(std::abs(small.marginsAdded(frame).center().x() - laptop.center().x()) <= 1);
    // Centred on a parent near the edge: moved wholly inside.
    const QRect nearEdge = WindowGeometry::fitted(laptop, QSize(900, 600), {}, frame, QPoint(1200, 700));
    CHECK(laptop.contains(nearEdge.marginsAdded(frame)));
    // A minimum holds unless the screen is smaller still.
    CHECK(WindowGeometry::fitted(laptop, QSize(300, 200), QSize(640, 480), frame).size() == QSize(640, 480));
    CHECK(WindowGeometry::fitted(QRect(0, 0, 600, 400), QSize(300, 200), QSize(640, 480), frame).size()
          == QSize(592, 364));
    // A second screen to the right, in logical pixels (1920×1080 at 150 %).
    const QRect scaled(2646, 0, 1280, 720);
    CHECK(scaled.contains(WindowGeometry::fitted(scaled, QSize(1366, 740), {}, frame).marginsAdded(frame)));

    CHECK_FALSE(WindowGeometry::fits(QRect(0, 0, 1366, 740), laptop, frame));
    CHECK(WindowGeometry::fits(QRect(40, 40, 1000, 600), laptop, frame));
    CHECK_FALSE(WindowGeometry::fits(QRect(900, 40, 1000, 600), laptop, frame)); // off the right edge
    CHECK_FALSE(WindowGeometry::fits(QRect(), laptop, frame));
}

TEST_CASE("The main window opens inside a 1280x720 screen and restores only a saved geometry that fits",
          "[ui][geometry]")
{
    ScratchSettings settings;
    QScreen *laptop = screenNamed(QStringLiteral("laptop-1280x720"));
    const QRect available = laptop->availableGeometry();
    QTemporaryDir dir;
    const QString path = demoFile(dir, 40);

    // Saved on a larger screen: does not fit, so the window falls back to what fits.
    Settings::setWindowGeometry(QStringLiteral("main"), QRect(available.topLeft(), QSize(1366, 740)), false);
    QRect closedAt;
    {
        MainWindow window;
        showOn(window, laptop);
        CHECK(available.contains(window.frameGeometry()));
        REQUIRE(window.openDatabase(path));
        const QList<ClientSummary> clients =
            ClientRepository(*window.store()).summaries(window.store()->clock().today());
        REQUIRE_FALSE(clients.isEmpty());
        window.card()->showClient(clients.first().id);
        window.card()->tabs()->setCurrentIndex(0);
        QCoreApplication::processEvents();
        // The card (the right column) and its Apply button are on the screen.
        CHECK(available.contains(globalRect(window.card())));
        const auto *apply = window.findChild<QPushButton *>(QStringLiteral("applyProfile"));
        REQUIRE(apply);
        CHECK(apply->isVisible());
        CHECK(available.contains(globalRect(apply)));
        window.close();
        closedAt = window.normalGeometry();
    }
    // Closed where it fits: the next window opens right there.
    CHECK(Settings::windowGeometry(QStringLiteral("main")) == closedAt);
    {
        MainWindow window;
        showOn(window, laptop);
        CHECK(window.geometry() == closedAt);
    }
    // A smaller saved window is restored as it was.
    const QRect saved(available.topLeft() + QPoint(100, 80), QSize(1000, 560));
    Settings::setWindowGeometry(QStringLiteral("main"), saved, false);
    {
        MainWindow window;
        showOn(window, laptop);
        CHECK(window.geometry() == saved);
    }
}

TEST_CASE("On a 1920x1080 screen at 150 % the main window opens inside its 1280x720 logical pixels",
          "[ui][geometry]")
{
    ScratchSettings settings;
    QScreen *scaled = screenNamed(QStringLiteral("fullhd-150"));
    REQUIRE(scaled->availableGeometry().size() == QSize(1280, 720));
    REQUIRE(scaled->devicePixelRatio() == Approx(1.5));
    // Last closed there at 1366×740, as a 1366×768 laptop would have it.
    Settings::setWindowGeometry(QStringLiteral("main"), QRect(scaled->availableGeometry().topLeft(), QSize(1366, 740)),
                                false);
    MainWindow window;
    showOn(window, scaled);
    CHECK(scaled->availableGeometry().contains(window.frameGeometry()));
    CHECK(window.width() < 1280);
}

TEST_CASE("On small laptops the report window keeps its legend, its save buttons and every axis label on screen",
          "[ui][geometry][report]")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir, 300);
    for (const QString &name : {QStringLiteral("laptop-1366x768"), QStringLiteral("laptop-1280x720")}) {
        for (const QString &language : {QStringLiteral("cs"), QStringLiteral("en")}) {
            INFO(name.toStdString() << ' ' << language.toStdString());
            ScratchSettings settings; // the report window has never been closed anywhere
            QScreen *screen = screenNamed(name);
            const QRect available = screen->availableGeometry();
            lastClosedOn(screen);
            MainWindow window;
            showOn(window, screen);
            window.switchLanguage(language);
            REQUIRE(window.openDatabase(path));
            ReportWindow *report = window.reportMenu()->openReport();
            REQUIRE(report);
            REQUIRE(report->waitForReport());
            REQUIRE(QTest::qWaitForWindowExposed(report));
            CHECK(report->screen() == screen);
            CHECK(available.contains(report->frameGeometry()));
            for (const char *button : {"exportPdf", "exportCsv", "exportJson"}) {
                const auto *save = report->findChild<QPushButton *>(QLatin1String(button));
                REQUIRE(save);
                CHECK(save->isVisible());
                CHECK(available.contains(globalRect(save)));
            }

            // The legend of the first chart is in view, not below the window's edge.
            ChartPanel *needs = report->panels().first();
            QChartView *view = needs->chartView();
            const QLegend *legend = view->chart()->legend();
            REQUIRE(legend->isVisible());
            const QRect legendRect = view->mapFromScene(legend->sceneBoundingRect()).boundingRect();
            const QWidget *scrolled = view->parentWidget(); // the chart scrolls when it is tall
            CHECK(scrolled->rect().contains(QRect(view->mapTo(scrolled, legendRect.topLeft()), legendRect.size())));
            CHECK(available.contains(QRect(view->mapToGlobal(legendRect.topLeft()), legendRect.size())));

            // Every chart's axis labels in full, the localities' names among them.
            for (int tab = 0; tab < report->tabs()->count(); ++tab) {
                report->tabs()->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                const QChart *chart = report->panels().at(tab)->chartView()->chart();
                INFO(report->panels().at(tab)->objectName().toStdString());
                CHECK(ChartFit::cutLabels(chart).isEmpty());
            }
            const QChart *places = report->findChild<ChartPanel *>(QStringLiteral("localities"))->chartView()->chart();
            const QStringList shown = ChartFit::axisLabels(places);
            for (const LocalityFigures &place : report->report().byLocality) {
                if (!place.name.isEmpty())
                    CHECK(shown.contains(place.name));
            }
            report->close();
            window.switchLanguage(QStringLiteral("en"));
        }
    }
}

TEST_CASE("The dialog closing a need is wide enough for its title", "[ui][geometry]")
{
    test::Fixture fixture;
    Client client;
    client.givenName = QStringLiteral("Růžena");
    client.familyName = QStringLiteral("Horváthová");
    const QUuid clientId = ClientRepository(fixture.store()).create(client).id;
    Need need;
    need.clientId = clientId;
    need.area = QStringLiteral("documents");
    need.identifiedOn = QDate(2026, 3, 1);
    need = NeedRepository(fixture.store()).create(need);
    CaseSession session(fixture.takeStore());
    Translations::install(QStringLiteral("cs"));

    auto *dialog = new CloseNeedDialog(session, need);
    CHECK(dialog->windowTitle() == QStringLiteral("Uzavřít potřebu: Doklady a úřady"));
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    // Its fields alone would leave it narrower than its title.
    CHECK(dialog->sizeHint().width() < WindowGeometry::widthForTitle(dialog));
    QFont titleFont = QGuiApplication::font();
    titleFont.setBold(true);
    CHECK(dialog->width() >= QFontMetrics(titleFont).horizontalAdvance(dialog->windowTitle()) + 120);
    CHECK(dialog->width() >= WindowGeometry::widthForTitle(dialog));
    CHECK(dialog->screen()->availableGeometry().contains(dialog->frameGeometry()));
    dialog->close();
    Translations::install(QStringLiteral("en"));
}
