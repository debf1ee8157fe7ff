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
// dropped, on a date.
class CloseNeedDialog : public EditDialog
{
    Q_OBJECT

public:
    CloseNeedDialog(CaseSession &session, const Need &need, QWidget *parent = nullptr);
    Need need() const;

private:
    void updateOutcomeState();

    Need m_need;
    QComboBox *m_status;
    QDateEdit *m_closed;
    QComboBox *m_outcome;
};

} // namespace teren
