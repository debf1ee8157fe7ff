#pragma once

#include "EditDialog.h"
#include "domain/Entities.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace teren {

// An optional date: a check box that switches a date editor on.
class OptionalDate;
class PartnerPicker;

class GoalDialog : public EditDialog
{
    Q_OBJECT

public:
    GoalDialog(CaseSession &session, const Goal &goal, const QUuid &clientId, QWidget *parent = nullptr);
    Goal goal() const;

private:
    Goal m_goal;
    QLineEdit *m_text;
    QComboBox *m_horizon;
    OptionalDate *m_target;
    QComboBox *m_status;
    OptionalDate *m_achieved;
};

class StepDialog : public EditDialog
{
    Q_OBJECT

public:
    StepDialog(CaseSession &session, const Step &step, const QUuid &clientId, QWidget *parent = nullptr);
    Step step() const;
    PartnerPicker *partnerPicker() const { return m_partner; }

private:
    Step m_step;
    QLineEdit *m_text;
    QComboBox *m_responsible;
    PartnerPicker *m_partner;
    OptionalDate *m_due;
    OptionalDate *m_done;
};

} // namespace teren
