#include <catch2/catch.hpp>

#include "CaseSession.h"
#include "ClientListPanel.h"
#include "MainWindow.h"
#include "WeekTestData.h"
#include "card/ClientCard.h"
#include "card/ContactsTab.h"
#include "card/PlanTab.h"
#include "store/Repositories.h"
#include "store/WeekAgenda.h"
#include "week/CaseloadPages.h"
#include "week/WeekView.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>
#include <QUndoStack>

using namespace teren;

namespace {

// Věra's caseload of test_cli_week.cpp, opened by Věra on the morning of D.
struct VerasMorning
{
    test::WeekCaseload caseload;
    FixedClock morning{QDateTime(QDate(2026, 6, 15), QTime(8, 30), QTimeZone::utc()).toMSecsSinceEpoch()};
    QString path;

    VerasMorning()
    {
        Store &store = caseload.data.store();
        store.setCurrentWorker(caseload.vera);
        path = store.database().path();
        caseload.data.fixture().takeStore().reset();
    }
};

// The ids on the lines of one section of the view.
QList<QUuid> sectionIds(WeekView *view, int section)
{
    QList<QUuid> ids;
    const QTreeWidgetItem *header = view->tree()->topLevelItem(section);
    for (int i = 0; i < header->childCount(); ++i)
        ids.append(header->child(i)->data(0, WeekView::ItemRole).toUuid());
    return ids;
}

QList<QUuid> ids(const QList<WeekItem> &items)
{
    QList<QUuid> result;
    for (const WeekItem &item : items)
        result.append(item.id);
    return result;
}

QTreeWidgetItem *lineOf(WeekView *view, int section, const QUuid &id)
{
    QTreeWidgetItem *header = view->tree()->topLevelItem(section);
    for (int i = 0; i < header->childCount(); ++i) {
        if (header->child(i)->data(0, WeekView::ItemRole).toUuid() == id)
            return header->child(i);
    }
    FAIL("no such line");
    return nullptr;
}

void activate(WeekView *view, QTreeWidgetItem *line)
{
    view->tree()->setFocus();
    view->tree()->setCurrentItem(line);
    QTest::keyClick(view->tree(), Qt::Key_Return);
}

} // namespace

TEST_CASE("A field worker starts on the week, which shows the query's lines and their counts", "[ui][week]")
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings().remove(QStringLiteral("week"));
    VerasMorning data;
    MainWindow window;
    window.setStoreClock(&data.morning);
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openDatabase(data.path));
    WeekView *view = window.caseload()->week();
    CHECK(window.caseload()->currentWidget() == view);
    CHECK(view->worker() == data.caseload.vera);

    WeekFilter filter;
    filter.day = data.caseload.day;
    filter.workerId = data.caseload.vera;
    const WeekAgenda agenda = WeekAgenda::of(*window.store(), filter);
    CHECK(sectionIds(view, 0) == ids(agenda.overdueSteps));
    CHECK(sectionIds(view, 1) == ids(agenda.dueSoon));
    CHECK(sectionIds(view, 2) == ids(agenda.overdueGoals));
    CHECK(sectionIds(view, 3) == ids(agenda.noRecentContact));
    CHECK(sectionIds(view, 4) == ids(agenda.needsWithoutGoal));
    CHECK(sectionIds(view, 0) == QList<QUuid>{data.caseload.doneAfter, data.caseload.dueYesterday});
    CHECK(view->tree()->topLevelItem(0)->text(0) == u"Overdue steps (2)");
    CHECK(view->tree()->topLevelItem(3)->text(0) == u"No contact for more than 30 days (3)");
    CHECK(lineOf(view, 3, data.caseload.dusan)->text(2) == u"no contact recorded");
    CHECK(lineOf(view, 3, data.caseload.bedrich)->text(2) == u"31 days since the last contact");
    CHECK(lineOf(view, 1, data.caseload.targetIn6)->text(2) == u"Goal: Složit kauci");
    CHECK(view->countsLabel()->text()
          == u"Overdue: steps 2, goals 1 · due soon: 3 · no contact: 3 · no goal: 2");
    CHECK(view->countsLabel()->isVisibleTo(&window));

    // In Czech at once, plural forms and all.
    window.switchLanguage(QStringLiteral("cs"));
    QCoreApplication::processEvents();
    CHECK(view->tree()->topLevelItem(0)->text(0) == u"Kroky po termínu (2)");
    CHECK(view->tree()->topLevelItem(3)->text(0) == u"Bez kontaktu déle než 30 dní (3)");
    CHECK(lineOf(view, 3, data.caseload.bedrich)->text(2) == u"31 dní od posledního kontaktu");
    CHECK(window.caseload()->weekAction()->text() == u"&Tento týden");
    window.switchLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(view->tree()->topLevelItem(0)->text(0) == u"Overdue steps (2)");

    // The coordinator's choice: every client; Karel's overdue step joins.
    view->workerChoice()->setCurrentIndex(view->workerChoice()->findData(QUuid()));
    CHECK(sectionIds(view, 0)
          == QList<QUuid>{data.caseload.doneAfter, data.caseload.ivanStep, data.caseload.dueYesterday});
    // Days without contact, kept as a setting: 28 adds Cecílie and Alena.
    view->daysChoice()->setValue(28);
    CHECK(sectionIds(view, 3).size() == 5);
    CHECK(QSettings().value(QStringLiteral("week/days_without_contact")).toInt() == 28);
    QSettings().remove(QStringLiteral("week"));
}

TEST_CASE("A line of the week opens the client's card at that step, goal, need or contacts", "[ui][week]")
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings().remove(QStringLiteral("week"));
    VerasMorning data;
    MainWindow window;
    window.setStoreClock(&data.morning);
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openDatabase(data.path));
    WeekView *view = window.caseload()->week();
    ClientCard *card = window.card();

    activate(view, lineOf(view, 0, data.caseload.dueYesterday));
    CHECK(card->clientId() == data.caseload.alena);
    CHECK(card->tabs()->currentWidget() == card->planTab());
    CHECK(card->planTab()->selectedId() == data.caseload.dueYesterday);

    activate(view, lineOf(view, 2, data.caseload.findFlat));
    CHECK(card->planTab()->selectedId() == data.caseload.findFlat);
    CHECK(card->planTab()->selectedKind() == PlanTab::Kind::Goal);

    activate(view, lineOf(view, 4, data.caseload.waited61));
    CHECK(card->planTab()->selectedId() == data.caseload.waited61);
    CHECK(card->planTab()->selectedKind() == PlanTab::Kind::Need);

    activate(view, lineOf(view, 3, data.caseload.bedrich));
    CHECK(card->clientId() == data.caseload.bedrich);
    CHECK(card->tabs()->currentWidget() == card->contactsTab());
}

TEST_CASE("A step marked done from the week leaves it, and Ctrl+Z brings it back", "[ui][week]")
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings().remove(QStringLiteral("week"));
    VerasMorning data;
    MainWindow window;
    window.setStoreClock(&data.morning);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openDatabase(data.path));
    WeekView *view = window.caseload()->week();
    Store &store = *window.store();

    // Goals cannot be marked done here; steps can.
    view->tree()->setCurrentItem(lineOf(view, 2, data.caseload.findFlat));
    CHECK_FALSE(view->doneButton()->isEnabled());
    view->tree()->setFocus();
    view->tree()->setCurrentItem(lineOf(view, 0, data.caseload.dueYesterday));
    REQUIRE(view->doneButton()->isEnabled());
    QTest::keyClick(view->tree(), Qt::Key_D, Qt::ControlModifier);
    CHECK(PlanRepository(store).findStep(data.caseload.dueYesterday)->doneOn == data.caseload.day);
    CHECK(sectionIds(view, 0) == QList<QUuid>{data.caseload.doneAfter});
    CHECK(view->countsLabel()->text().startsWith(u"Overdue: steps 1, goals 1 · "));
    CHECK(window.session()->undoStack()->undoText() == u"Mark step done");

    QTest::keyClick(view->tree(), Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(PlanRepository(store).findStep(data.caseload.dueYesterday)->doneOn.isValid());
    CHECK(sectionIds(view, 0) == QList<QUuid>{data.caseload.doneAfter, data.caseload.dueYesterday});

    // An edit on the card shows in the week at once: the step done on the plan tab.
    window.card()->showItem(data.caseload.alena, data.caseload.dueToday);
    window.card()->planTab()->markDone();
    CHECK_FALSE(sectionIds(view, 1).contains(data.caseload.dueToday));

    // Ctrl+2 the client list, Ctrl+1 the week again.
    QTest::keyClick(view->tree(), Qt::Key_2, Qt::ControlModifier);
    CHECK(window.caseload()->currentWidget() == window.clientList());
    QTest::keyClick(window.clientView(), Qt::Key_1, Qt::ControlModifier);
    CHECK(window.caseload()->currentWidget() == view);
}

TEST_CASE("A file where nobody has said who they are starts on the client list, and I am… picks the week's worker",
          "[ui][week]")
{
    test::WeekCaseload caseload;
    const QString path = caseload.data.store().database().path();
    caseload.data.fixture().takeStore().reset();
    MainWindow window;
    REQUIRE(window.openDatabase(path));
    WeekView *view = window.caseload()->week();
    CHECK(window.caseload()->currentWidget() == window.clientList());
    CHECK(view->worker().isNull());

    QAction *vera = nullptr;
    for (QAction *action : window.workerMenu()->actions()) {
        if (action->text() == u"Věra")
            vera = action;
    }
    REQUIRE(vera);
    vera->trigger();
    CHECK(view->worker() == caseload.vera);
}
