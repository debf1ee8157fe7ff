#include "NewPassphraseDialog.h"

#include "NewPassphraseFields.h"
#include "WindowGeometry.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace teren {

NewPassphraseDialog::NewPassphraseDialog(Purpose purpose, const QString &file, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_file(file)
    , m_intro(new QLabel(this))
    , m_fields(new NewPassphraseFields(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_ok(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(QStringLiteral("newPassphraseDialog"));
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewPassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewPassphraseDialog::reject);
    WindowGeometry::manage(this, QSize(560, 300));
    retranslate();
    m_fields->passphraseEdit()->setFocus(Qt::OtherFocusReason);
}

QString NewPassphraseDialog::passphrase() const
{
    return m_fields->passphrase();
}

QString NewPassphraseDialog::introText() const
{
    return m_intro->text();
}

void NewPassphraseDialog::accept()
{
    if (m_fields->validate())
        QDialog::accept();
}

void NewPassphraseDialog::retranslate()
{
    const QString name = QFileInfo(m_file).fileName();
    switch (m_purpose) {
    case Purpose::NewFile:
        setWindowTitle(tr("Passphrase of the new file"));
        m_intro->setText(tr("Terén encrypts %1 on this computer. Choose a passphrase: it is asked for whenever the "
                            "file is opened or Terén is unlocked, and without it a lost or stolen laptop reveals "
                            "nobody. Choose one you will remember; it cannot be looked up anywhere.")
                             .arg(name));
        m_ok->setText(tr("&Create the file"));
        break;
    case Purpose::Encrypt:
        setWindowTitle(tr("Encrypt this file"));
        m_intro->setText(tr("Terén encrypts %1 with a passphrase. From then on it is asked for whenever the file is "
                            "opened or Terén is unlocked, and without it a lost or stolen laptop reveals nobody. "
                            "Choose one you will remember; it cannot be looked up anywhere.")
                             .arg(name));
        m_ok->setText(tr("&Encrypt"));
        break;
    case Purpose::AfterRecovery:
        setWindowTitle(tr("A new passphrase"));
        m_intro->setText(tr("%1 was opened with the organisation's recovery key. Choose a new passphrase for it; "
                            "the old one will no longer open it.")
                             .arg(name));
        m_ok->setText(tr("&Set the passphrase"));
        break;
    }
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void NewPassphraseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace teren
