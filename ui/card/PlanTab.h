#pragma once

#include "CardTab.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace teren {

class GoalDialog;
class StepDialog;

// The individual plan: each need with its goals, each goal with its steps. Steps
// and goals past their date stand out in red.
class PlanTab : public CardTab
{
    Q_OBJECT

public:
    enum class Kind { Need = 1, Goal, Step };

    explicit PlanTab(QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    void select(const QUuid &id);
    QUuid selectedId() const;
    Kind selectedKind() const;

    GoalDialog *addGoal();
    StepDialog *addStep();
    void editSelected();
    void markDone();
    void deleteSelected();

protected:
    void reload() override;
    void retranslate() override;

private:
    void updateButtons();
    QUuid selectedNeedId() const;
    QUuid selectedGoalId() const;

    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPushButton *m_addGoal;
    QPushButton *m_addStep;
    QPushButton *m_edit;
    QPushButton *m_done;
    QPushButton *m_delete;
};

} // namespace teren
