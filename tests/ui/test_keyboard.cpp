#include <catch2/catch.hpp>

#include "CaseSession.h"
#include "ClientListModel.h"
#include "ClientListPanel.h"
#include "MainWindow.h"
#include "NewClientDialog.h"
#include "PassphraseAnswers.h"
#include "TestSupport.h"
#include "card/ClientCard.h"
#include "card/ContactsTab.h"
#include "card/NeedDialogs.h"
#include "card/NeedsTab.h"
#include "card/PlanTab.h"
#include "lock/LockScreen.h"
#include "report/ReportWindow.h"
#include "store/Repositories.h"
#include "week/CaseloadPages.h"
#include "week/WeekView.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace teren;

namespace {

// Dužová Žaneta with two open needs (housing first, debts second) and a goal with a
// step under housing; Horváthová Růžena and Kotlár Jiří with nothing yet.
struct KeyboardData
{
    test::Fixture fixture;
    QString path;
    QUuid zaneta;
    QUuid housing;
    QUuid debts;
    QUuid step;

    KeyboardData()
    {
        Store &store = fixture.store();
        ClientRepository clients(store);
        for (const auto &[given, family] : {std::pair{u"Růžena", u"Horváthová"}, std::pair{u"Jiří", u"Kotlár"},
                                            std::pair{u"Žaneta", u"Dužová"}}) {
            Client client;
            client.givenName = QString::fromUtf16(given);
            client.familyName = QString::fromUtf16(family);
            zaneta = clients.create(client).id;
        }
        NeedRepository needs(store);
        Need need;
        need.clientId = zaneta;
        need.area = QStringLiteral("housing");
        need.identifiedOn = QDate(2026, 3, 1);
        housing = needs.create(need).id;
        need.area = QStringLiteral("debts");
        debts = needs.create(need).id;
        PlanRepository plan(store);
        Goal goal;
        goal.needId = housing;
        goal.text = QStringLiteral("Najít nájemní byt");
        goal.horizon = QStringLiteral("medium");
        goal.status = QStringLiteral("open");
        const QUuid goalId = plan.createGoal(goal).id;
        Step todo;
        todo.goalId = goalId;
        todo.text = QStringLiteral("Obejít realitní kanceláře");
        todo.responsible = QStringLiteral("client");
        step = plan.createStep(todo).id;
        path = store.database().path();
        fixture.takeStore().reset();
    }
};

// A window shown is activated by the window system a moment later.
bool activated(QWidget *window)
{
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

// The main window again once a dialog is closed, as a window manager would make it.
bool backTo(QWidget &window)
{
    window.activateWindow();
    return activated(&window);
}

QWidget *focused()
{
    QWidget *widget = QApplication::focusWidget();
    REQUIRE(widget);
    return widget;
}

// A key pressed wherever the focus is, as the user's keyboard would deliver it.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

QStringList priorities(Store &store, const QUuid &clientId)
{
    QStringList order;
    for (const Need &need : NeedRepository(store).forClient(clientId)) {
        if (need.isOpen())
            order.append(QString::number(need.priority) + QLatin1Char(':') + need.area);
    }
    return order;
}

template<class T>
T *visibleChild(QWidget &parent)
{
    for (T *child : parent.findChildren<T *>()) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Every key of the keyboard table in the README does what the table says", "[ui][keyboard]")
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    KeyboardData data;
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openDatabase(data.path));
    Store &store = *window.store();
    QUndoStack *undo = window.session()->undoStack();
    window.clientView()->setFocus();

    // Ctrl+F, type, Enter: find a client and open the card.
    press(Qt::Key_F, Qt::ControlModifier);
    CHECK(focused() == window.searchField());
    QTest::keyClicks(focused(), QStringLiteral("zaneta duz"));
    press(Qt::Key_Return);
    CHECK(window.card()->clientId() == data.zaneta);
    CHECK(focused() == window.clientView());

    // Ctrl+Shift+N: a new client.
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto *newClient = visibleChild<NewClientDialog>(window);
    REQUIRE(newClient);
    REQUIRE(activated(newClient));
    QTest::keyClicks(focused(), QStringLiteral("Petr"));
    press(Qt::Key_Tab);
    QTest::keyClicks(focused(), QStringLiteral("Novak"));
    press(Qt::Key_Return);
    REQUIRE(backTo(window));
    const QUuid petr = window.card()->clientId();
    REQUIRE(petr != data.zaneta);
    CHECK(ClientRepository(store).find(petr)->familyName == u"Novak");
    CHECK(window.clientList()->model()->totalCount() == 4);

    // Ctrl+Z / Ctrl+Shift+Z: undo and redo, from the list.
    window.clientView()->setFocus();
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(ClientRepository(store).find(petr).has_value());
    CHECK(window.clientList()->model()->totalCount() == 3);
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(ClientRepository(store).find(petr).has_value());
    CHECK(window.clientList()->model()->totalCount() == 4);
    CHECK(undo->count() == 1);

    // Ctrl+R: the regional report.
    press(Qt::Key_R, Qt::ControlModifier);
    auto *report = visibleChild<ReportWindow>(window);
    REQUIRE(report);
    report->close();
    REQUIRE(backTo(window));

    // Back to Žaneta, whose needs card is worked from the keyboard.
    window.clientView()->setFocus();
    press(Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(focused(), QStringLiteral("duzova"));
    press(Qt::Key_Return);
    REQUIRE(window.card()->clientId() == data.zaneta);
    NeedsTab *needs = window.card()->needsTab();
    window.card()->tabs()->setCurrentWidget(needs);
    needs->table()->setFocus();
    needs->selectNeed(data.debts);
    REQUIRE(focused() == needs->table());

    // Ctrl+Up / Ctrl+Down: the chosen need moves; the rest renumber.
    press(Qt::Key_Up, Qt::ControlModifier);
    CHECK(priorities(store, data.zaneta) == QStringList{QStringLiteral("1:debts"), QStringLiteral("2:housing")});
    CHECK(needs->selectedNeed() == data.debts);
    CHECK(undo->undoText() == u"Change priority");
    press(Qt::Key_Down, Qt::ControlModifier);
    CHECK(priorities(store, data.zaneta) == QStringList{QStringLiteral("1:housing"), QStringLiteral("2:debts")});
    CHECK(needs->selectedNeed() == data.debts);

    // Insert: add a need.
    press(Qt::Key_Insert);
    auto *addNeed = visibleChild<NeedDialog>(*needs);
    REQUIRE(addNeed);
    REQUIRE(activated(addNeed));
    auto *area = addNeed->findChild<QComboBox *>(QStringLiteral("area"));
    area->setFocus();
    area->setCurrentIndex(area->findData(QStringLiteral("employment")));
    press(Qt::Key_Return);
    CHECK(priorities(store, data.zaneta)
          == QStringList{QStringLiteral("1:housing"), QStringLiteral("2:debts"), QStringLiteral("3:employment")});
    REQUIRE(backTo(window));

    // Ctrl+D: the chosen step is done.
    PlanTab *plan = window.card()->planTab();
    window.card()->tabs()->setCurrentWidget(plan);
    plan->tree()->setFocus();
    plan->select(data.step);
    REQUIRE(focused() == plan->tree());
    press(Qt::Key_D, Qt::ControlModifier);
    CHECK(PlanRepository(store).findStep(data.step)->doneOn.isValid());

    // Ctrl+Enter: the contact being typed is added.
    ContactsTab *contacts = window.card()->contactsTab();
    window.card()->tabs()->setCurrentWidget(contacts);
    contacts->findChild<QPlainTextEdit *>(QStringLiteral("contactNote"))->setFocus();
    QTest::keyClicks(focused(), QStringLiteral("Telefonat o bytu"));
    press(Qt::Key_Return, Qt::ControlModifier);
    const QList<Contact> added = ContactRepository(store).forClient(data.zaneta);
    REQUIRE(added.size() == 1);
    CHECK(added.first().note == u"Telefonat o bytu");

    // Delete: the chosen contact is withdrawn.
    auto *log = contacts->findChild<QTreeWidget *>(QStringLiteral("contactLog"));
    log->setFocus();
    log->setCurrentItem(log->topLevelItem(0));
    REQUIRE(focused() == log);
    press(Qt::Key_Delete);
    CHECK(ContactRepository(store).forClient(data.zaneta).isEmpty());
    CHECK(undo->undoText() == u"Withdraw contact");

    // Ctrl+1 / Ctrl+2: the week, and the client list again; Ctrl+F from the week
    // goes to the list's search.
    window.clientView()->setFocus();
    press(Qt::Key_1, Qt::ControlModifier);
    CHECK(window.caseload()->currentWidget() == window.caseload()->week());
    CHECK(focused() == window.caseload()->week()->tree());
    press(Qt::Key_2, Qt::ControlModifier);
    CHECK(window.caseload()->currentWidget() == window.clientList());
    CHECK(focused() == window.clientView());
    press(Qt::Key_1, Qt::ControlModifier);
    press(Qt::Key_F, Qt::ControlModifier);
    CHECK(window.caseload()->currentWidget() == window.clientList());
    CHECK(focused() == window.searchField());

    // Ctrl+L: the file locks (an encrypted one; a new file is encrypted).
    test::answerNewPassphrases(window);
    REQUIRE(window.createDatabase(data.fixture.path(QStringLiteral("zamceny.sqlite"))));
    window.clientView()->setFocus();
    press(Qt::Key_L, Qt::ControlModifier);
    CHECK(window.isLocked());
    CHECK(window.store() == nullptr);
    CHECK(focused() == window.lockScreen()->passphraseEdit());
}

TEST_CASE("The needs card's and the plan's keys still work after the language changes", "[ui][keyboard][i18n]")
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    KeyboardData data;
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openDatabase(data.path));
    window.switchLanguage(QStringLiteral("cs"));
    QCoreApplication::processEvents();
    window.clientList()->selectClient(data.zaneta);
    window.card()->showClient(data.zaneta);
    Store &store = *window.store();

    NeedsTab *needs = window.card()->needsTab();
    window.card()->tabs()->setCurrentWidget(needs);
    needs->table()->setFocus();
    needs->selectNeed(data.debts);
    press(Qt::Key_Up, Qt::ControlModifier);
    CHECK(priorities(store, data.zaneta) == QStringList{QStringLiteral("1:debts"), QStringLiteral("2:housing")});

    PlanTab *plan = window.card()->planTab();
    window.card()->tabs()->setCurrentWidget(plan);
    plan->tree()->setFocus();
    plan->select(data.step);
    press(Qt::Key_D, Qt::ControlModifier);
    CHECK(PlanRepository(store).findStep(data.step)->doneOn.isValid());
    window.switchLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
}
