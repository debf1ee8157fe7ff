#pragma once

#include "EditDialog.h"
#include "store/Duplicates.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace teren {

// Registers a client and, usually, starts the cooperation today: one edit. While the
// name and year of birth are typed it names the clients already registered who may
// be the same person (as Sync → Possible duplicates would pair them); the new record
// can still be created.
class NewClientDialog : public EditDialog
{
    Q_OBJECT

public:
    explicit NewClientDialog(CaseSession &session, QWidget *parent = nullptr);
    const QUuid &createdClient() const { return m_created; }
    // The warning of a likely duplicate; hidden when there is none.
    QLabel *duplicateWarning() const { return m_duplicateWarning; }

private:
    void checkDuplicates();

    DuplicateCheck m_duplicates;
    QLabel *m_duplicateWarning;
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
