#include "PlanTab.h"

#include "CaseSession.h"
#include "Formats.h"
#include "PlanDialogs.h"
#include "domain/Codes.h"
#include "store/PartnerRepository.h"
#include "store/Repositories.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace teren {

namespace {
enum Column { TextColumn, KindColumn, DateColumn, StateColumn, ColumnCount };
constexpr int IdRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1;
constexpr int ParentRole = Qt::UserRole + 2;
const QColor overdueColour(0xb0, 0x1c, 0x1c);

QString dateOrDash(const QDate &date)
{
    return date.isValid() ? Formats::shortDate(date) : QStringLiteral("—");
}

void markOverdue(QTreeWidgetItem *item, const QString &tip)
{
    for (int column = 0; column < ColumnCount; ++column)
        item->setForeground(column, overdueColour);
    QFont font = item->font(TextColumn);
    font.setBold(true);
    item->setFont(TextColumn, font);
    item->setToolTip(DateColumn, tip);
}
} // namespace

PlanTab::PlanTab(QWidget *parent)
    : CardTab(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_addGoal(new QPushButton(this))
    , m_addStep(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_done(new QPushButton(this))
    , m_delete(new QPushButton(this))
{
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    for (int column : {KindColumn, DateColumn, StateColumn})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_addGoal->setObjectName(QStringLiteral("addGoal"));
    m_addStep->setObjectName(QStringLiteral("addStep"));
    m_done->setObjectName(QStringLiteral("markDone"));
    m_summary->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_addGoal, m_addStep, m_edit, m_done, m_delete})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_addGoal, &QPushButton::clicked, this, &PlanTab::addGoal);
    connect(m_addStep, &QPushButton::clicked, this, &PlanTab::addStep);
    connect(m_edit, &QPushButton::clicked, this, &PlanTab::editSelected);
    connect(m_done, &QPushButton::clicked, this, &PlanTab::markDone);
    connect(m_delete, &QPushButton::clicked, this, &PlanTab::deleteSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &PlanTab::updateButtons);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &PlanTab::editSelected);
    // The tab's key, not the button's: "Mark &done" would replace a button's shortcut
    // with its mnemonic each time the text is set. It works while the tree has focus.
    auto *doneKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this);
    doneKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(doneKey, &QShortcut::activated, this, [this] {
        if (m_done->isEnabled())
            markDone();
    });
    retranslate();
    updateButtons();
}

void PlanTab::retranslate()
{
    m_tree->setHeaderLabels({tr("Need, goal or step"), tr("Horizon / who"), tr("Target / due"), tr("Status")});
    m_addGoal->setText(tr("Add &goal…"));
    m_addStep->setText(tr("Add &step…"));
    m_edit->setText(tr("&Edit…"));
    m_done->setText(tr("Mark &done"));
    m_done->setToolTip(tr("Mark the step done or the goal achieved today (Ctrl+D)"));
    m_delete->setText(tr("&Delete"));
}

void PlanTab::reload()
{
    const QUuid selected = selectedId();
    m_tree->clear();
    if (!session() || clientId().isNull()) {
        m_summary->clear();
        updateButtons();
        return;
    }
    Store &store = session()->store();
    const QDate today = store.clock().today();
    PlanRepository plan(store);
    int goals = 0;
    int overdue = 0;
    for (const Need &need : NeedRepository(store).forClient(clientId())) {
        auto *needItem = new QTreeWidgetItem(m_tree);
        needItem->setText(TextColumn, need.isOpen() ? tr("%1. %2").arg(need.priority).arg(store.codelists().areaLabel(need.area))
                                              : store.codelists().areaLabel(need.area));
        needItem->setText(StateColumn, Codes::needStatusLabel(need.status));
        needItem->setData(TextColumn, IdRole, need.id);
        needItem->setData(TextColumn, KindRole, static_cast<int>(Kind::Need));
        QFont font = needItem->font(TextColumn);
        font.setBold(true);
        needItem->setFont(TextColumn, font);
        for (const Goal &goal : plan.goalsForNeed(need.id)) {
            ++goals;
            auto *goalItem = new QTreeWidgetItem(needItem);
            goalItem->setText(TextColumn, goal.text);
            goalItem->setToolTip(TextColumn, goal.text);
            goalItem->setText(KindColumn, Codes::horizonLabel(goal.horizon));
            goalItem->setText(DateColumn, dateOrDash(goal.targetOn));
            goalItem->setText(StateColumn, goal.status == u"achieved"
                                         ? tr("achieved %1").arg(dateOrDash(goal.achievedOn))
                                         : Codes::goalStatusLabel(goal.status));
            goalItem->setData(TextColumn, IdRole, goal.id);
            goalItem->setData(TextColumn, KindRole, static_cast<int>(Kind::Goal));
            goalItem->setData(TextColumn, ParentRole, need.id);
            if (goal.status == u"open" && goal.targetOn.isValid() && goal.targetOn < today && need.isOpen()) {
                ++overdue;
                markOverdue(goalItem, tr("The target date has passed"));
            }
            for (const Step &step : plan.stepsForGoal(goal.id)) {
                auto *stepItem = new QTreeWidgetItem(goalItem);
                stepItem->setText(TextColumn, step.text);
                stepItem->setToolTip(TextColumn, step.text);
                // The partner institution's name where one is responsible.
                const QString partner = PartnerRepository(store).partnerName(step.id);
                stepItem->setText(KindColumn, partner.isEmpty() ? Codes::responsibleLabel(step.responsible) : partner);
                stepItem->setText(DateColumn, dateOrDash(step.dueOn));
                stepItem->setText(StateColumn, step.doneOn.isValid() ? tr("done %1").arg(dateOrDash(step.doneOn))
                                                                     : tr("to do"));
                stepItem->setData(TextColumn, IdRole, step.id);
                stepItem->setData(TextColumn, KindRole, static_cast<int>(Kind::Step));
                stepItem->setData(TextColumn, ParentRole, goal.id);
                if (!step.doneOn.isValid() && step.dueOn.isValid() && step.dueOn < today && need.isOpen()) {
                    ++overdue;
                    markOverdue(stepItem, tr("The due date has passed"));
                }
            }
        }
    }
    m_tree->expandAll();
    m_summary->setText(tr("%n goal(s) in the plan", nullptr, goals)
                       + (overdue > 0 ? QStringLiteral(" · ") + tr("%n overdue", nullptr, overdue) : QString()));
    m_summary->setStyleSheet(overdue > 0 ? QStringLiteral("color: #b01c1c;") : QString());
    select(selected);
    updateButtons();
}

void PlanTab::select(const QUuid &id)
{
    if (id.isNull())
        return;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(TextColumn, IdRole).toUuid() == id) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

QUuid PlanTab::selectedId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(TextColumn, IdRole).toUuid() : QUuid();
}

PlanTab::Kind PlanTab::selectedKind() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? static_cast<Kind>(item->data(TextColumn, KindRole).toInt()) : Kind::Need;
}

QUuid PlanTab::selectedNeedId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    while (item && static_cast<Kind>(item->data(TextColumn, KindRole).toInt()) != Kind::Need)
        item = item->parent();
    return item ? item->data(TextColumn, IdRole).toUuid() : QUuid();
}

QUuid PlanTab::selectedGoalId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    while (item && static_cast<Kind>(item->data(TextColumn, KindRole).toInt()) == Kind::Step)
        item = item->parent();
    return item && static_cast<Kind>(item->data(TextColumn, KindRole).toInt()) == Kind::Goal
        ? item->data(TextColumn, IdRole).toUuid()
        : QUuid();
}

void PlanTab::updateButtons()
{
    const bool any = m_tree->currentItem() != nullptr;
    m_addGoal->setEnabled(!selectedNeedId().isNull());
    m_addStep->setEnabled(!selectedGoalId().isNull());
    m_edit->setEnabled(any && selectedKind() != Kind::Need);
    m_done->setEnabled(any && selectedKind() != Kind::Need);
    m_delete->setEnabled(any && selectedKind() != Kind::Need);
}

GoalDialog *PlanTab::addGoal()
{
    const QUuid needId = selectedNeedId();
    if (needId.isNull())
        return nullptr;
    Goal goal;
    goal.needId = needId;
    auto *dialog = new GoalDialog(*session(), goal, clientId(), this);
    dialog->open();
    return dialog;
}

StepDialog *PlanTab::addStep()
{
    const QUuid goalId = selectedGoalId();
    if (goalId.isNull())
        return nullptr;
    Step step;
    step.goalId = goalId;
    auto *dialog = new StepDialog(*session(), step, clientId(), this);
    dialog->open();
    return dialog;
}

void PlanTab::editSelected()
{
    PlanRepository plan(session()->store());
    if (selectedKind() == Kind::Goal) {
        if (const std::optional<Goal> goal = plan.findGoal(selectedId()))
            (new GoalDialog(*session(), *goal, clientId(), this))->open();
    } else if (selectedKind() == Kind::Step) {
        if (const std::optional<Step> step = plan.findStep(selectedId()))
            (new StepDialog(*session(), *step, clientId(), this))->open();
    }
}

void PlanTab::markDone()
{
    Store &store = session()->store();
    const QUuid id = selectedId();
    const QDate today = store.clock().today();
    if (selectedKind() == Kind::Step) {
        std::optional<Step> step = PlanRepository(store).findStep(id);
        if (!step || step->doneOn.isValid())
            return;
        step->doneOn = today;
        session()->editOrReport(tr("Mark step done"), clientId(), [&] { PlanRepository(store).updateStep(*step); });
    } else if (selectedKind() == Kind::Goal) {
        std::optional<Goal> goal = PlanRepository(store).findGoal(id);
        if (!goal || goal->status == u"achieved")
            return;
        goal->status = QStringLiteral("achieved");
        goal->achievedOn = today;
        session()->editOrReport(tr("Mark goal achieved"), clientId(), [&] { PlanRepository(store).updateGoal(*goal); });
    }
    select(id);
}

void PlanTab::deleteSelected()
{
    const QUuid id = selectedId();
    Store &store = session()->store();
    if (selectedKind() == Kind::Goal)
        session()->editOrReport(tr("Delete goal"), clientId(), [&] { PlanRepository(store).removeGoal(id); });
    else if (selectedKind() == Kind::Step)
        session()->editOrReport(tr("Delete step"), clientId(), [&] { PlanRepository(store).removeStep(id); });
}

} // namespace teren
