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

void EditDialog::setOkText(const QString &text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
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
    showError(result.message, result.field);
}

void EditDialog::clearError()
{
    m_error->clear();
    m_error->hide();
}

void EditDialog::showError(const QString &message, const QString &field)
{
    // The message goes right under the field it is about, else under the form.
    QWidget *widget = m_fields.value(field);
    int row = -1;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    if (widget)
        m_form->getWidgetPosition(widget, &row, &role);
    if (m_errorInForm) {
        const QFormLayout::TakeRowResult taken = m_form->takeRow(m_error);
        delete taken.fieldItem;
        m_errorInForm = false;
        if (row > m_errorRow)
            --row;
    } else {
        layout()->removeWidget(m_error);
    }
    if (row >= 0) {
        m_form->insertRow(row + 1, static_cast<QWidget *>(nullptr), m_error);
        m_errorInForm = true;
        m_errorRow = row + 1;
    } else {
        static_cast<QVBoxLayout *>(layout())->insertWidget(1, m_error);
    }
    m_error->setText(message);
    m_error->show();
    // Tall enough for the message's lines, as the dialog was sized without it.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
    if (widget)
        widget->setFocus();
}

} // namespace teren
