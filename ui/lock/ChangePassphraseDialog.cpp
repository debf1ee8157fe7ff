#include "ChangePassphraseDialog.h"

#include "InlineError.h"
#include "NewPassphraseFields.h"
#include "WindowGeometry.h"
#include "domain/Error.h"
#include "storage/FileEncryption.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace teren {

ChangePassphraseDialog::ChangePassphraseDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_intro(new QLabel(this))
    , m_currentLabel(new QLabel(this))
    , m_current(new QLineEdit(this))
    , m_currentError(newErrorLabel(QStringLiteral("currentPassphraseError"), this))
    , m_fields(new NewPassphraseFields(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_ok(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    m_intro->setWordWrap(true);
    m_current->setObjectName(QStringLiteral("currentPassphrase"));
    m_current->setEchoMode(QLineEdit::Password);
    m_currentLabel->setBuddy(m_current);
    auto *form = new QFormLayout;
    form->addRow(m_currentLabel, m_current);
    form->addRow(static_cast<QWidget *>(nullptr), m_currentError);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);
    WindowGeometry::manage(this, QSize(560, 320));
    retranslate();
    m_current->setFocus(Qt::OtherFocusReason);
}

bool ChangePassphraseDialog::change()
{
    m_currentError->hide();
    if (m_current->text().isEmpty()) {
        showInlineError(m_currentError, tr("Type the passphrase that opens the file now."), m_current, this);
        return false;
    }
    if (!m_fields->validate())
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    bool changed = false;
    try {
        FileEncryption::changePassphrase(m_path, m_current->text(), m_fields->passphrase());
        changed = true;
    } catch (const ValidationError &error) {
        m_fields->showProblem(error.message());
    } catch (const Error &error) {
        // The current passphrase did not open the key file, or the key file is gone.
        m_current->clear();
        showInlineError(m_currentError, error.message(), m_current, this);
    }
    QGuiApplication::restoreOverrideCursor();
    return changed;
}

QString ChangePassphraseDialog::currentErrorText() const
{
    return m_currentError->isHidden() ? QString() : m_currentError->text();
}

void ChangePassphraseDialog::accept()
{
    if (change())
        QDialog::accept();
}

void ChangePassphraseDialog::retranslate()
{
    setWindowTitle(tr("Change the passphrase"));
    m_intro->setText(tr("A new passphrase for %1. The old one will no longer open it; the data stays as it is.")
                         .arg(QFileInfo(m_path).fileName()));
    m_currentLabel->setText(tr("&Current passphrase:"));
    m_ok->setText(tr("&Change"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void ChangePassphraseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace teren
