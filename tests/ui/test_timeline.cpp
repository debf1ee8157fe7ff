#include <catch2/catch.hpp>

#include "CaseSession.h"
#include "TestSupport.h"
#include "TextRecorder.h"
#include "card/TimelinePrinter.h"
#include "card/TimelineRenderer.h"
#include "card/TimelineTab.h"
#include "card/TimelineView.h"
#include "i18n/Translations.h"
#include "store/Repositories.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QTest>
#include <QWheelEvent>

using namespace teren;

namespace {

// Today is 2026-11-02 (the fixture's pinned clock).
struct Plan
{
    QUuid client;
    QUuid housing;        // need
    QUuid documents;      // need
    QUuid flat;           // long-term, open, target in the future
    QUuid information;    // short-term, achieved
    QUuid idCard;         // medium-term, open, target passed: overdue
    QUuid stepDone;       // of `flat`
    QUuid stepOverdue;    // of `flat`
    QUuid stepDocuments;  // of `idCard`, due in the future
};

Plan makePlan(Store &store)
{
    Plan plan;
    Client client;
    client.givenName = QStringLiteral("Růžena");
    client.familyName = QStringLiteral("Horváthová");
    plan.client = ClientRepository(store).create(client).id;

    NeedRepository needs(store);
    Need housing;
    housing.clientId = plan.client;
    housing.area = QStringLiteral("housing");
    housing.intensity = 3;
    housing.identifiedOn = QDate(2026, 3, 1);
    plan.housing = needs.create(housing).id;
    Need documents;
    documents.clientId = plan.client;
    documents.area = QStringLiteral("documents");
    documents.identifiedOn = QDate(2026, 6, 1);
    plan.documents = needs.create(documents).id;

    PlanRepository repo(store);
    Goal flat;
    flat.needId = plan.housing;
    flat.text = QStringLiteral("Find a new flat with a lease in the client's own name");
    flat.horizon = QStringLiteral("long");
    flat.targetOn = QDate(2027, 3, 31);
    plan.flat = repo.createGoal(flat).id;
    Goal information;
    information.needId = plan.housing;
    information.text = QStringLiteral("Information on follow-up services");
    information.horizon = QStringLiteral("short");
    information.targetOn = QDate(2026, 5, 31);
    information.status = QStringLiteral("achieved");
    information.achievedOn = QDate(2026, 5, 20);
    plan.information = repo.createGoal(information).id;
    Goal idCard;
    idCard.needId = plan.documents;
    idCard.text = QStringLiteral("A new ID card");
    idCard.horizon = QStringLiteral("medium");
    idCard.targetOn = QDate(2026, 9, 30);
    plan.idCard = repo.createGoal(idCard).id;

    Step done;
    done.goalId = plan.flat;
    done.text = QStringLiteral("Visit the housing department");
    done.responsible = QStringLiteral("client");
    done.dueOn = QDate(2026, 10, 15);
    done.doneOn = QDate(2026, 10, 14);
    plan.stepDone = repo.createStep(done).id;
    Step overdue;
    overdue.goalId = plan.flat;
    overdue.text = QStringLiteral("Bring the income statements");
    overdue.responsible = QStringLiteral("worker");
    overdue.dueOn = QDate(2026, 10, 20);
    plan.stepOverdue = repo.createStep(overdue).id;
    Step photo;
    photo.goalId = plan.idCard;
    photo.text = QStringLiteral("Have a photo taken");
    photo.dueOn = QDate(2026, 11, 20);
    plan.stepDocuments = repo.createStep(photo).id;
    return plan;
}

void showAtLaptopSize(QWidget &widget)
{
    widget.resize(1100, 640); // the card's share of a 1366×768 screen
    widget.show();
    QCoreApplication::processEvents();
}

int pdfPageCount(const QByteArray &pdf)
{
    return static_cast<int>(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page/")
                            + pdf.count("/Type /Page>"));
}

} // namespace

TEST_CASE("The timeline draws one lane per goal against today", "[ui][timeline]")
{
    test::Fixture fixture;
    const Plan plan = makePlan(fixture.store());
    CaseSession session(fixture.takeStore());
    TimelineTab tab;
    tab.setSession(&session);
    tab.showClient(plan.client);
    showAtLaptopSize(tab);

    REQUIRE_FALSE(tab.showsEmptyHint());
    CHECK(tab.laneCount() == 3);
    // The plan spans 1 March 2026 to 31 March 2027: it opens whole, in two years.
    CHECK(tab.zoom() == TimelineTab::Zoom::TwoYears);
    CHECK(tab.barRect(plan.information).left() > 0);
    CHECK(tab.barRect(plan.flat).right() < tab.view()->viewport()->width());

    const double ppd = tab.pixelsPerDay();
    const double today = tab.todayX();
    // Today is in view at first.
    CHECK(today > 0);
    CHECK(today < tab.view()->viewport()->width());

    // The achieved goal's bar runs from the need's identified date (2026-03-01) to its
    // target date (2026-05-31), 155 days before today.
    const QRectF achieved = tab.barRect(plan.information);
    REQUIRE(achieved.isValid());
    CHECK(achieved.right() == Approx(today - 155 * ppd).margin(0.01));
    CHECK(achieved.left() == Approx(today - 246 * ppd).margin(0.01));
    CHECK(achieved.right() < today);
    // The open goal reaches past today; the overdue goal ends before it.
    CHECK(tab.barRect(plan.flat).right() > today);
    CHECK(tab.barRect(plan.idCard).right() == Approx(today - 33 * ppd).margin(0.01));
    // Goals of one need share a start; lanes are stacked, not overlapping.
    CHECK(tab.barRect(plan.flat).left() == Approx(achieved.left()));
    CHECK(tab.barRect(plan.idCard).top() > tab.barRect(plan.flat).bottom());

    // Tooltips carry the full text and dates.
    TimelineView *view = tab.view();
    const QString stepTip = view->toolTipAt(view->stepMarkerRect(plan.stepOverdue).center().toPoint());
    CHECK(stepTip.contains(QStringLiteral("Bring the income statements")));
    CHECK(stepTip.contains(QStringLiteral("Overdue by 13 day")));
    const QString goalTip = view->toolTipAt(tab.barRect(plan.flat).center().toPoint() + QPoint(0, 0));
    CHECK(goalTip.contains(QStringLiteral("Find a new flat with a lease in the client's own name")));
    CHECK(goalTip.contains(QStringLiteral("long-term")));
}

TEST_CASE("The timeline's label column is as wide as its edge is dragged, and a label's tooltip has the whole text",
          "[ui][timeline]")
{
    test::Fixture fixture;
    const Plan plan = makePlan(fixture.store());
    CaseSession session(fixture.takeStore());
    TimelineTab tab;
    tab.setSession(&session);
    tab.showClient(plan.client);
    showAtLaptopSize(tab);
    TimelineView *view = tab.view();
    QWidget *viewport = view->viewport();
    const QString flat = QStringLiteral("Find a new flat with a lease in the client's own name");
    const auto drawnTexts = [viewport] {
        test::TextRecorder page(viewport->size(), viewport->logicalDpiY());
        viewport->render(&page);
        return page.texts();
    };

    // At first the long goal is cut short in its column; over the label, the tooltip
    // has it whole.
    CHECK_FALSE(drawnTexts().contains(flat));
    const int row = static_cast<int>(tab.barRect(plan.flat).center().y());
    CHECK(view->toolTipAt(QPoint(30, row)).contains(flat));

    // The column's edge offers itself for dragging, and follows the mouse.
    const int edge = static_cast<int>(view->labelWidth());
    QTest::mouseMove(viewport, QPoint(edge, row));
    CHECK(viewport->cursor().shape() == Qt::SplitHCursor);
    QTest::mouseMove(viewport, QPoint(edge + 40, row));
    CHECK(viewport->cursor().shape() != Qt::SplitHCursor);
    QTest::mousePress(viewport, Qt::LeftButton, {}, QPoint(edge, row));
    QTest::mouseMove(viewport, QPoint(edge + 120, row));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, QPoint(edge + 120, row));
    CHECK(view->labelWidth() == Approx(edge + 120).margin(1));
    // The lanes start right of it.
    CHECK(tab.barRect(plan.flat).left() >= view->labelWidth() - 1);
    // Dragged too far, the lanes keep a strip of their own.
    QTest::mousePress(viewport, Qt::LeftButton, {}, QPoint(static_cast<int>(view->labelWidth()), row));
    QTest::mouseMove(viewport, QPoint(viewport->width() + 50, row));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, QPoint(viewport->width() + 50, row));
    CHECK(view->labelWidth() < viewport->width() - 100);

    // A double-click on the edge makes the column wide enough for every label.
    view->setLabelWidth(200);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, QPoint(static_cast<int>(view->labelWidth()), row));
    CHECK(view->labelWidth() == Approx(view->labelWidthForAll()).margin(1));
    CHECK(drawnTexts().contains(flat));

    // Back to the automatic width.
    view->setLabelWidth(0);
    CHECK(view->labelWidth() < view->labelWidthForAll());
}

TEST_CASE("The timeline zooms from two years to four weeks and keeps today in view", "[ui][timeline]")
{
    test::Fixture fixture;
    const Plan plan = makePlan(fixture.store());
    CaseSession session(fixture.takeStore());
    TimelineTab tab;
    tab.setSession(&session);
    tab.showClient(plan.client);
    showAtLaptopSize(tab);

    tab.setZoom(TimelineTab::Zoom::OneYear);
    const double year = tab.pixelsPerDay();
    tab.setZoom(TimelineTab::Zoom::FourWeeks);
    const double weeks = tab.pixelsPerDay();
    CHECK(weeks > year);
    CHECK(weeks / year == Approx(365.0 / 28.0).epsilon(0.01));
    CHECK(tab.findChild<QComboBox *>(QStringLiteral("timelineZoom"))->currentIndex() == 0);
    const double width = tab.view()->viewport()->width();
    CHECK(tab.todayX() > 0);
    CHECK(tab.todayX() < width);

    // The keyboard and the combo box zoom too.
    tab.zoomOut();
    CHECK(tab.zoom() == TimelineTab::Zoom::ThreeMonths);
    tab.findChild<QComboBox *>(QStringLiteral("timelineZoom"))->setCurrentIndex(4);
    CHECK(tab.zoom() == TimelineTab::Zoom::TwoYears);
    CHECK(tab.pixelsPerDay() < year);
    tab.zoomOut();
    CHECK(tab.zoom() == TimelineTab::Zoom::TwoYears);

    // Ctrl+wheel over the lanes zooms in one preset per notch.
    QWidget *viewport = tab.view()->viewport();
    const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
    QWheelEvent wheel(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &wheel);
    CHECK(tab.zoom() == TimelineTab::Zoom::OneYear);

    // Ctrl+= and Ctrl+- from the keyboard: shortcuts reach only the active window.
    tab.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&tab));
    tab.view()->setFocus();
    QTest::keyClick(tab.view(), Qt::Key_Equal, Qt::ControlModifier);
    CHECK(tab.zoom() == TimelineTab::Zoom::SixMonths);
    QTest::keyClick(tab.view(), Qt::Key_Minus, Qt::ControlModifier);
    CHECK(tab.zoom() == TimelineTab::Zoom::OneYear);
}

TEST_CASE("The timeline follows edits and shows hints when there is nothing to draw", "[ui][timeline]")
{
    test::Fixture fixture;
    const Plan plan = makePlan(fixture.store());
    Client other;
    other.alias = QStringLiteral("Jirka");
    const QUuid otherId = ClientRepository(fixture.store()).create(other).id;
    CaseSession session(fixture.takeStore());
    TimelineTab tab;
    tab.setSession(&session);
    showAtLaptopSize(tab);

    CHECK(tab.showsEmptyHint());
    CHECK(tab.emptyHint() == u"Choose a client");
    CHECK_FALSE(tab.findChild<QPushButton *>(QStringLiteral("timelinePrint"))->isEnabled());

    tab.showClient(otherId);
    CHECK(tab.showsEmptyHint());
    CHECK(tab.emptyHint().startsWith(QStringLiteral("No goals in the plan yet")));

    tab.showClient(plan.client);
    CHECK_FALSE(tab.showsEmptyHint());
    CHECK(tab.laneCount() == 3);
    const QRectF before = tab.barRect(plan.information);

    const auto result = session.edit(QStringLiteral("Add goal"), plan.client, [&] {
        Goal goal;
        goal.needId = plan.documents;
        goal.text = QStringLiteral("Register with the labour office");
        goal.horizon = QStringLiteral("short");
        PlanRepository(session.store()).createGoal(goal);
    });
    REQUIRE(result.ok);
    CHECK(tab.laneCount() == 4);
    // An edit keeps the view where it was.
    CHECK(tab.barRect(plan.information).left() == Approx(before.left()));

    session.undoStack()->undo();
    CHECK(tab.laneCount() == 3);
}

TEST_CASE("The timeline prints to a PDF, on more pages when the plan is long", "[ui][timeline][print]")
{
    test::Fixture fixture;
    const Plan plan = makePlan(fixture.store());
    CaseSession session(fixture.takeStore());
    TimelineTab tab;
    tab.setSession(&session);
    tab.showClient(plan.client);
    showAtLaptopSize(tab);

    const QString path = fixture.path(QStringLiteral("timeline_test.pdf"));
    QFile::remove(path);
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setPageOrientation(QPageLayout::Landscape);
        printer.setOutputFileName(path);
        tab.printTo(&printer);
    }
    const QByteArray pdf = test::fileBytes(path);
    REQUIRE(pdf.size() > 1000);
    CHECK(pdf.startsWith("%PDF"));
    CHECK(pdfPageCount(pdf) == 1);

    // The same layout on an image (A4 landscape at 150 dpi) to look at.
    const auto preview = [&](const QString &file) {
        QImage page(1754, 1240, QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        int pages = 1;
        const TimelineData &data = tab.view()->data();
        TimelinePrinter(data, tab.view()->font())
            .paintPages(painter, page.size(), [&] { return ++pages < 0; }, QStringLiteral("Goal timeline: test"),
                        QStringLiteral("Printed on 2 November 2026"), data.firstDate().addDays(-7),
                        data.lastDate().addDays(14));
        painter.end();
        page.save(file);
        return pages;
    };
    CHECK(preview(fixture.path(QStringLiteral("timeline_print.png"))) == 1);

    // The visible range prints too.
    const QString visiblePath = fixture.path(QStringLiteral("timeline_visible.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(visiblePath);
        tab.printTo(&printer, TimelineTab::PrintRange::Visible);
    }
    CHECK(test::fileBytes(visiblePath).startsWith("%PDF"));

    // Sixty goals do not fit on one page.
    session.edit(QStringLiteral("Add goals"), plan.client, [&] {
        PlanRepository repo(session.store());
        for (int i = 0; i < 60; ++i) {
            Goal goal;
            goal.needId = i % 2 ? plan.housing : plan.documents;
            goal.text = QStringLiteral("Goal number %1").arg(i + 1);
            goal.targetOn = QDate(2026, 12, 1).addDays(i * 5);
            repo.createGoal(goal);
        }
    });
    REQUIRE(tab.laneCount() == 63);
    const QString longPath = fixture.path(QStringLiteral("timeline_long.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setPageOrientation(QPageLayout::Landscape);
        printer.setOutputFileName(longPath);
        tab.printTo(&printer);
    }
    const QByteArray longPdf = test::fileBytes(longPath);
    CHECK(longPdf.startsWith("%PDF"));
    CHECK(pdfPageCount(longPdf) >= 3);
    CHECK(preview(fixture.path(QStringLiteral("timeline_print_long.png"))) == 2); // stopped after the first page
}

TEST_CASE("The timeline switches language at run time", "[ui][timeline][i18n]")
{
    test::Fixture fixture;
    const Plan plan = makePlan(fixture.store());
    CaseSession session(fixture.takeStore());
    TimelineTab tab;
    tab.setSession(&session);
    tab.showClient(plan.client);
    showAtLaptopSize(tab);

    auto *print = tab.findChild<QPushButton *>(QStringLiteral("timelinePrint"));
    REQUIRE(print);
    CHECK(print->text() == u"Print…");
    CHECK(tab.view()->data().needs.at(0).areaLabel == u"Housing");

    Translations::install(QStringLiteral("cs"));
    QCoreApplication::processEvents();
    // Labels of codes and dates follow at once (they come from the codelists and QLocale).
    CHECK(tab.view()->data().needs.at(0).areaLabel == u"Bydlení");
    CHECK(tab.laneCount() == 3);
    // And so do the tab's own strings.
    CHECK(print->text() == u"Tisk…");

    Translations::install(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(print->text() == u"Print…");
    CHECK(tab.view()->data().needs.at(0).areaLabel == u"Housing");
}

TEST_CASE("An axis row names all its months in one form: the longest in which every one fits", "[ui][timeline]")
{
    const QList<QDate> months = {QDate(2026, 6, 1), QDate(2026, 7, 1), QDate(2026, 9, 1)};
    const QLocale czech(QLocale::Czech, QLocale::Czechia);
    const QFont font;
    const QFontMetricsF metrics(font);
    // Room for each month's long name except September's ("září" is short, "červenec" long):
    // a width that fits "červen" and "září" but not "červenec" in July's days.
    const auto fitsIn = [&](double pixelsPerDay) {
        return [&, pixelsPerDay](const QDate &month, QLocale::FormatType type) {
            return metrics.horizontalAdvance(czech.standaloneMonthName(month.month(), type)) + 6
                <= month.daysInMonth() * pixelsPerDay;
        };
    };
    const double julyLong = (metrics.horizontalAdvance(czech.standaloneMonthName(7, QLocale::LongFormat)) + 6) / 31;
    CHECK(timeline::monthNameForm(months, fitsIn(julyLong * 2)) == QLocale::LongFormat);
    // July's long name no longer fits: every month is abbreviated, not only July.
    CHECK(timeline::monthNameForm(months, fitsIn(julyLong * 0.9)) == QLocale::ShortFormat);
    CHECK(timeline::monthNameForm(months, fitsIn(0.1)) == QLocale::NarrowFormat);
}
