#pragma once

#include "EditDialog.h"
#include "domain/Entities.h"

class QComboBox;
class QDateEdit;

namespace teren {

class Store;

// Adds a need or edits its area, intensity, identified date and open status.
class NeedDialog : public EditDialog
{
    Q_OBJECT

public:
    NeedDialog(CaseSession &session, const Need &need, QWidget *parent = nullptr);
    Need need() const;

private:
    Need m_need;
    QComboBox *m_area;
    QComboBox *m_intensity;
    QDateEdit *m_identified;
    QComboBox *m_status;
};

// Closes a need: resolved (with an outcome from the need's area), not resolved or
// dropped, on a date. When the need has open goals, it offers to close them too,
// as achieved on that date or as dropped (the user chooses; leaving them open is a
// choice too), in the same edit: one undo reopens the need and its goals.
class CloseNeedDialog : public EditDialog
{
    Q_OBJECT

public:
    CloseNeedDialog(CaseSession &session, const Need &need, QWidget *parent = nullptr);
    Need need() const;
    // What becomes of the open goals: "achieved", "dropped", or empty to leave them open.
    QString goalStatus() const;

private:
    void updateOutcomeState();

    Need m_need;
    QComboBox *m_status;
    QDateEdit *m_closed;
    QComboBox *m_outcome;
    QComboBox *m_goals = nullptr; // only when the need has open goals
    bool m_goalsChosen = false;   // the user picked for the goals; the result no longer does
};

} // namespace teren
