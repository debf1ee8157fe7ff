#pragma once

#include "EditDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace teren {

// Registers a client and, usually, starts the cooperation today: one edit.
class NewClientDialog : public EditDialog
{
    Q_OBJECT

public:
    explicit NewClientDialog(CaseSession &session, QWidget *parent = nullptr);
    const QUuid &createdClient() const { return m_created; }

private:
    QLineEdit *m_given;
    QLineEdit *m_family;
    QLineEdit *m_alias;
    QSpinBox *m_birthYear;
    QComboBox *m_gender;
    QComboBox *m_locality;
    QCheckBox *m_startCooperation;
    QUuid m_created;
};

} // namespace teren
