#include "EditDialog.h"

#include "InlineError.h"
#include "WindowGeometry.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace teren {

EditDialog::EditDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_error(newErrorLabel(QStringLiteral("errorLabel"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditDialog::reject);
    // Its own size, but wide enough for a title naming what is edited, and on screen.
    WindowGeometry::manage(this, QSize());
}

void EditDialog::addField(const QString &field, const QString &label, QWidget *widget)
{
    // The cursor starts in the first field, not on the buttons made before the fields.
    if (m_fields.isEmpty())
        widget->setFocus(Qt::OtherFocusReason);
    widget->setObjectName(field);
    m_form->addRow(label, widget);
    m_fields.insert(field, widget);
}

QString EditDialog::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

void EditDialog::accept()
{
    const CaseSession::EditResult result = m_submit ? m_submit() : CaseSession::EditResult{};
    if (result) {
        QDialog::accept();
        return;
    }
    m_error->setText(result.message);
    m_error->show();
    if (QWidget *widget = m_fields.value(result.field))
        widget->setFocus();
}

} // namespace teren
