#include "BundleLockEditor.h"

#include "domain/Error.h"
#include "domain/PassphrasePolicy.h"
#include "sync/Keyring.h"

#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace teren {

BundleLockEditor::BundleLockEditor(Recipient recipient, QWidget *parent)
    : QWidget(parent)
    , m_recipient(recipient)
    , m_toKnown(new QRadioButton(this))
    , m_sealed(new QRadioButton(this))
    , m_identity(new QLineEdit(this))
    , m_browseIdentity(new QPushButton(this))
    , m_withPassphrase(new QRadioButton(this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
{
    m_toKnown->setObjectName(QStringLiteral("knownRecipient"));
    m_toKnown->setVisible(false);
    m_identity->setObjectName(QStringLiteral("identityFile"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_repeat->setObjectName(QStringLiteral("passphraseAgain"));
    m_sealed->setChecked(true);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);

    auto *identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identity, 1);
    identityRow->addWidget(m_browseIdentity);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_toKnown);
    form->addRow(m_sealed);
    form->addRow(QString(), identityRow);
    form->addRow(m_withPassphrase);
    form->addRow(QString(), m_passphrase);
    form->addRow(QString(), m_repeat);

    connect(m_browseIdentity, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, m_identity->placeholderText());
        if (!file.isEmpty())
            setRecipientIdentity(file);
    });
    const auto enable = [this] {
        m_identity->setEnabled(m_sealed->isChecked());
        m_browseIdentity->setEnabled(m_sealed->isChecked());
        m_passphrase->setEnabled(m_withPassphrase->isChecked());
        m_repeat->setEnabled(m_withPassphrase->isChecked());
    };
    for (QRadioButton *mode : {m_toKnown, m_sealed, m_withPassphrase})
        connect(mode, &QRadioButton::toggled, this, enable);
    enable();
    retranslate();
}

void BundleLockEditor::setKnownRecipient(const ReplicaIdentity &identity)
{
    m_known = identity;
    m_toKnown->setVisible(true);
    m_toKnown->setChecked(true);
    retranslate();
}

void BundleLockEditor::setRecipientIdentity(const QString &path)
{
    m_sealed->setChecked(true);
    m_identity->setText(path);
}

void BundleLockEditor::setPassphrase(const QString &passphrase, const QString &repeated)
{
    m_withPassphrase->setChecked(true);
    m_passphrase->setText(passphrase);
    m_repeat->setText(repeated);
}

QString BundleLockEditor::problem() const
{
    if (m_sealed->isChecked() && m_identity->text().trimmed().isEmpty())
        return m_recipient == Recipient::Coordinator ? tr("Choose the coordinator's identity file.")
                                                     : tr("Choose the new installation's identity file.");
    if (m_withPassphrase->isChecked()) {
        if (const QString weak = PassphrasePolicy::problem(m_passphrase->text()); !weak.isEmpty())
            return weak;
        if (m_passphrase->text() != m_repeat->text())
            return tr("The two passphrases differ.");
    }
    return {};
}

BundleLock BundleLockEditor::lock(QUuid *recipient) const
{
    BundleLock lock;
    if (m_withPassphrase->isChecked()) {
        lock.passphrase = m_passphrase->text().toUtf8();
        return lock;
    }
    const ReplicaIdentity identity =
        m_toKnown->isChecked() ? m_known : ReplicaIdentity::read(m_identity->text().trimmed());
    lock.recipientPublicKey = identity.publicKey;
    if (recipient)
        *recipient = identity.replica;
    return lock;
}

void BundleLockEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BundleLockEditor::retranslate()
{
    m_toKnown->setText(tr("For my &coordinator \"%1\" (the key is known from the enrolment)").arg(m_known.name));
    if (m_recipient == Recipient::Coordinator) {
        m_sealed->setText(m_known.replica.isNull()
                              ? tr("For the &coordinator (only their installation can open it)")
                              : tr("For another installation, with its &identity file"));
        m_identity->setPlaceholderText(tr("the coordinator's identity file"));
    } else {
        m_sealed->setText(tr("For the new &installation (only it can open the bundle)"));
        m_identity->setPlaceholderText(tr("the identity file of the worker's new installation"));
    }
    m_browseIdentity->setText(tr("Choose…"));
    m_withPassphrase->setText(tr("Locked with a &passphrase"));
    m_passphrase->setPlaceholderText(tr("passphrase, at least %1 characters: a few words").arg(PassphrasePolicy::minimumLength));
    m_repeat->setPlaceholderText(tr("the same passphrase again"));
}

} // namespace teren
