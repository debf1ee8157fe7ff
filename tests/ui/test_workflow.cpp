#include <catch2/catch.hpp>

#include "CaseSession.h"
#include "ClientListPanel.h"
#include "MainWindow.h"
#include "NewClientDialog.h"
#include "TestSupport.h"
#include "card/ClientCard.h"
#include "card/NeedDialogs.h"
#include "card/NeedsTab.h"
#include "card/PlanDialogs.h"
#include "card/PlanTab.h"
#include "i18n/Translations.h"
#include "store/Repositories.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace teren;

namespace {

void clickOk(QDialog *dialog)
{
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

// Key events carrying the text, so Czech letters arrive as from a Czech keyboard
// (QTest::keyClicks only knows ASCII keys).
void typeInto(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &press);
        QCoreApplication::sendEvent(widget, &release);
    }
}

void type(QWidget *parent, const char *field, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QString::fromLatin1(field));
    REQUIRE(edit);
    edit->setFocus();
    typeInto(edit, text);
}

void choose(QWidget *parent, const char *field, const QVariant &data)
{
    auto *combo = parent->findChild<QComboBox *>(QString::fromLatin1(field));
    REQUIRE(combo);
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

void click(QWidget *parent, const char *button)
{
    auto *widget = parent->findChild<QPushButton *>(QString::fromLatin1(button));
    REQUIRE(widget);
    REQUIRE(widget->isEnabled());
    QTest::mouseClick(widget, Qt::LeftButton);
}

QStringList openNeedAreas(Store &store, const QUuid &clientId)
{
    QStringList areas;
    for (const Need &need : NeedRepository(store).forClient(clientId)) {
        if (need.isOpen())
            areas.append(QString::number(need.priority) + QLatin1Char(':') + need.area);
    }
    return areas;
}

} // namespace

TEST_CASE("A worker records a client's card, plan and progress, undoes and redoes it, and finds it all again",
          "[ui][workflow]")
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    test::Fixture fixture;
    const QString path = fixture.store().database().path();
    fixture.takeStore().reset();

    QUuid clientId;
    {
        MainWindow window;
        QStringList errors;
        window.setErrorHandler([&](const QString &message) { errors.append(message); });
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.openDatabase(path));
        Store &store = *window.store();
        QUndoStack *undo = window.session()->undoStack();

        // A new client, cooperation started today.
        NewClientDialog *newClient = window.newClient();
        type(newClient, "given_name", QStringLiteral("Růžena"));
        type(newClient, "family_name", QStringLiteral("Horváthová"));
        clickOk(newClient);
        clientId = window.card()->clientId();
        REQUIRE_FALSE(clientId.isNull());
        CHECK(window.clientView()->model()->rowCount() == 1);
        CHECK(CooperationRepository(store).forClient(clientId).size() == 1);

        // Two needs; the second is then moved to first place.
        NeedsTab *needs = window.card()->needsTab();
        window.card()->tabs()->setCurrentWidget(needs);
        NeedDialog *housing = needs->addNeed();
        choose(housing, "area", QStringLiteral("housing"));
        clickOk(housing);
        NeedDialog *debts = needs->addNeed();
        choose(debts, "area", QStringLiteral("debts"));
        choose(debts, "intensity", 3);
        clickOk(debts);
        CHECK(openNeedAreas(store, clientId) == QStringList{QStringLiteral("1:housing"), QStringLiteral("2:debts")});
        CHECK(needs->table()->rowCount() == 2);
        needs->table()->selectRow(1);
        click(needs, "moveNeedUp");
        CHECK(openNeedAreas(store, clientId) == QStringList{QStringLiteral("1:debts"), QStringLiteral("2:housing")});
        CHECK(needs->table()->item(0, 1)->text() == u"Debts");

        // A goal under the debts need, with two steps; one is marked done.
        PlanTab *plan = window.card()->planTab();
        window.card()->tabs()->setCurrentWidget(plan);
        const QUuid debtsId = NeedRepository(store).forClient(clientId).first().id;
        plan->select(debtsId);
        GoalDialog *goal = plan->addGoal();
        REQUIRE(goal);
        type(goal, "text", QStringLiteral("Dohodnout splátkový kalendář"));
        choose(goal, "horizon", QStringLiteral("medium"));
        clickOk(goal);
        const QList<Goal> goals = PlanRepository(store).goalsForNeed(debtsId);
        REQUIRE(goals.size() == 1);
        plan->select(goals.first().id);
        StepDialog *step = plan->addStep();
        type(step, "text", QStringLiteral("Sepsat přehled dluhů"));
        clickOk(step);
        plan->select(goals.first().id);
        step = plan->addStep();
        type(step, "text", QStringLiteral("Schůzka s exekutorem"));
        choose(step, "responsible", QStringLiteral("worker"));
        clickOk(step);
        const QList<Step> steps = PlanRepository(store).stepsForGoal(goals.first().id);
        REQUIRE(steps.size() == 2);
        plan->select(steps.first().id);
        click(plan, "markDone");
        CHECK(PlanRepository(store).findStep(steps.first().id)->doneOn.isValid());

        // Resolving asks for an outcome of the area; without one it stays open and says why.
        window.card()->tabs()->setCurrentWidget(needs);
        needs->selectNeed(debtsId);
        CloseNeedDialog *resolve = needs->closeNeed();
        clickOk(resolve);
        CHECK(resolve->isVisible());
        CHECK(resolve->findChild<QLabel *>(QStringLiteral("errorLabel"))->text() == u"A resolved need needs an outcome.");
        CHECK(NeedRepository(store).find(debtsId)->isOpen());
        choose(resolve, "outcome", QStringLiteral("repayment_schedule"));
        clickOk(resolve);
        const Need resolved = *NeedRepository(store).find(debtsId);
        CHECK(resolved.status == u"resolved");
        CHECK(resolved.outcome == u"repayment_schedule");
        CHECK(openNeedAreas(store, clientId) == QStringList{QStringLiteral("1:housing")});

        // Undo everything back to the bare client, checking on the way; then redo it all.
        const int edits = undo->count();
        CHECK(edits == 9); // the new client is an edit too
        undo->undo(); // resolve
        CHECK(NeedRepository(store).find(debtsId)->isOpen());
        CHECK(openNeedAreas(store, clientId) == QStringList{QStringLiteral("1:debts"), QStringLiteral("2:housing")});
        undo->undo(); // step done
        CHECK_FALSE(PlanRepository(store).findStep(steps.first().id)->doneOn.isValid());
        undo->undo(); // second step
        undo->undo(); // first step
        CHECK(PlanRepository(store).stepsForGoal(goals.first().id).isEmpty());
        undo->undo(); // goal
        CHECK(PlanRepository(store).goalsForNeed(debtsId).isEmpty());
        undo->undo(); // priority
        CHECK(openNeedAreas(store, clientId) == QStringList{QStringLiteral("1:housing"), QStringLiteral("2:debts")});
        undo->undo(); // debts
        undo->undo(); // housing
        CHECK(NeedRepository(store).forClient(clientId).isEmpty());
        CHECK(needs->table()->rowCount() == 0);
        undo->undo(); // the client
        CHECK(window.clientView()->model()->rowCount() == 0);
        CHECK_FALSE(ClientRepository(store).find(clientId).has_value());
        for (int i = 0; i < edits; ++i)
            undo->redo();
        CHECK(NeedRepository(store).find(debtsId)->outcome == u"repayment_schedule");
        CHECK(PlanRepository(store).findStep(steps.first().id)->doneOn.isValid());
        CHECK(openNeedAreas(store, clientId) == QStringList{QStringLiteral("1:housing")});
        CHECK(errors.isEmpty());

        // The language switches at run time, data labels included.
        window.switchLanguage(QStringLiteral("cs"));
        QCoreApplication::processEvents();
        CHECK(window.card()->tabs()->tabText(1) == u"Po&třeby");
        CHECK(needs->table()->horizontalHeaderItem(0)->text() == u"Priorita");
        CHECK(needs->table()->item(0, 1)->text() == u"Bydlení");
        window.switchLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        CHECK(window.card()->tabs()->tabText(1) == u"&Needs");
    }

    // Everything is in the file: there is no Save button to forget.
    MainWindow reopened;
    REQUIRE(reopened.openDatabase(path));
    Store &store = *reopened.store();
    CHECK(reopened.clientView()->model()->rowCount() == 1);
    const QList<Need> needs = NeedRepository(store).forClient(clientId);
    REQUIRE(needs.size() == 2);
    CHECK(needs.last().outcome == u"repayment_schedule");
    const QList<Goal> goals = PlanRepository(store).goalsForNeed(needs.last().id);
    REQUIRE(goals.size() == 1);
    CHECK(PlanRepository(store).stepsForGoal(goals.first().id).size() == 2);
}
