#include "PassphrasePrompt.h"

#include "InlineError.h"
#include "WindowGeometry.h"
#include "domain/Error.h"
#include "storage/KeyFile.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace teren {

PassphrasePrompt::PassphrasePrompt(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_offersRecoveryKey(KeyFile::hasRecoveryKey(KeyFile::pathFor(path)))
    , m_intro(new QLabel(this))
    , m_fieldLabel(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_recoveryKey(new QLineEdit(this))
    , m_error(newErrorLabel(QStringLiteral("passphraseError"), this))
    , m_switch(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_ok(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(QStringLiteral("passphrasePrompt"));
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumWidth(300);
    m_recoveryKey->setObjectName(QStringLiteral("recoveryKey"));
    // Typed from paper: seen as typed, in a font that tells 0 from O.
    m_recoveryKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_recoveryKey->hide();
    m_switch->setObjectName(QStringLiteral("useRecoveryKey"));
    m_switch->setVisible(m_offersRecoveryKey);
    auto *fields = new QHBoxLayout;
    fields->addWidget(m_passphrase, 1);
    fields->addWidget(m_recoveryKey, 1);
    auto *form = new QFormLayout;
    form->addRow(m_fieldLabel, fields);
    form->addRow(static_cast<QWidget *>(nullptr), m_error);
    auto *switchRow = new QHBoxLayout;
    switchRow->addWidget(m_switch);
    switchRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addLayout(switchRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_switch, &QPushButton::clicked, this, [this] { useRecoveryKey(!m_usingRecoveryKey); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PassphrasePrompt::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PassphrasePrompt::reject);
    WindowGeometry::manage(this, QSize(560, 220));
    retranslate();
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

PassphrasePrompt::~PassphrasePrompt() = default;

void PassphrasePrompt::useRecoveryKey(bool use)
{
    m_usingRecoveryKey = use && m_offersRecoveryKey;
    m_passphrase->setVisible(!m_usingRecoveryKey);
    m_recoveryKey->setVisible(m_usingRecoveryKey);
    m_error->hide();
    retranslate();
    (m_usingRecoveryKey ? m_recoveryKey : m_passphrase)->setFocus(Qt::OtherFocusReason);
}

bool PassphrasePrompt::tryOpen()
{
    QLineEdit *field = m_usingRecoveryKey ? m_recoveryKey : m_passphrase;
    const QString typed = field->text();
    if (typed.trimmed().isEmpty()) {
        showInlineError(m_error,
                        m_usingRecoveryKey ? tr("Type the recovery key.") : tr("Type the passphrase of this file."),
                        field, this);
        return false;
    }
    StoreOptions options = m_options;
    (m_usingRecoveryKey ? options.recoveryKey : options.passphrase) = typed;
    // Deriving the key from a passphrase takes a moment, on purpose.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString failure;
    try {
        if (m_unlockOnly) {
            const QString keyPath = KeyFile::pathFor(m_path);
            m_key = m_usingRecoveryKey ? KeyFile::unlockWithRecoveryKey(keyPath, typed) : KeyFile::unlock(keyPath, typed);
        } else {
            m_store = Store::open(m_path, options);
        }
    } catch (const UnopenableFile &problem) {
        m_problem = problem;
    } catch (const Error &error) {
        failure = error.message();
    }
    QGuiApplication::restoreOverrideCursor();
    if (m_store || m_key || m_problem)
        return true;
    field->clear();
    showInlineError(m_error, failure, field, this);
    return false;
}

std::unique_ptr<Store> PassphrasePrompt::takeStore()
{
    return std::move(m_store);
}

QString PassphrasePrompt::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PassphrasePrompt::accept()
{
    if (tryOpen())
        QDialog::accept();
}

void PassphrasePrompt::retranslate()
{
    setWindowTitle(tr("Encrypted file"));
    const QString name = QFileInfo(m_path).fileName();
    m_intro->setToolTip(QDir::toNativeSeparators(m_path));
    m_intro->setText(m_usingRecoveryKey
                         ? tr("Type the organisation's recovery key of %1, as it was printed when the region was set "
                              "up. You then choose a new passphrase.")
                               .arg(name)
                         : tr("%1 is encrypted. Type its passphrase to open it.").arg(name));
    m_fieldLabel->setText(m_usingRecoveryKey ? tr("&Recovery key:") : tr("&Passphrase:"));
    m_fieldLabel->setBuddy(m_usingRecoveryKey ? m_recoveryKey : m_passphrase);
    m_recoveryKey->setPlaceholderText(tr("groups of four letters and digits"));
    m_switch->setText(m_usingRecoveryKey ? tr("Use the passphrase") : tr("Use the recovery key instead"));
    m_ok->setText(tr("&Open"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void PassphrasePrompt::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace teren
