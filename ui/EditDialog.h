#pragma once

#include "CaseSession.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace teren {

// A small form dialog for one edit. OK runs the submit function; if the edit breaks
// a rule, the dialog stays open with everything typed, shows the translated message
// right under the field it is about and puts the cursor there.
class EditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EditDialog(QWidget *parent = nullptr);

    void setSubmit(std::function<CaseSession::EditResult()> submit) { m_submit = std::move(submit); }
    // Registers `widget` as the editor of `field` (a core column name) under `label`.
    void addField(const QString &field, const QString &label, QWidget *widget);
    QString errorText() const;
    // Shows `message` under the editor of `field` (under the form when there is none)
    // and puts the cursor there.
    void showError(const QString &message, const QString &field);
    void clearError();
    void accept() override;

protected:
    QFormLayout *form() const { return m_form; }
    // Names what OK does ("Retire", "Hand over") when "OK" says too little.
    void setOkText(const QString &text);

private:
    QFormLayout *m_form;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QHash<QString, QWidget *> m_fields;
    bool m_errorInForm = false; // the error label is a row of the form, at m_errorRow
    int m_errorRow = -1;
    std::function<CaseSession::EditResult()> m_submit;
};

} // namespace teren
