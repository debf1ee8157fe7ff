#include "NewPassphraseFields.h"

#include "InlineError.h"
#include "domain/PassphrasePolicy.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace teren {

NewPassphraseFields::NewPassphraseFields(QWidget *parent)
    : QWidget(parent)
    , m_passphraseLabel(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_problem(newErrorLabel(QStringLiteral("passphraseProblem"), this))
    , m_repeatLabel(new QLabel(this))
    , m_repeat(new QLineEdit(this))
    , m_mismatch(newErrorLabel(QStringLiteral("passphraseMismatch"), this))
{
    m_passphrase->setObjectName(QStringLiteral("newPassphrase"));
    m_repeat->setObjectName(QStringLiteral("repeatPassphrase"));
    for (QLineEdit *edit : {m_passphrase, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMinimumWidth(280);
    }
    m_passphraseLabel->setBuddy(m_passphrase);
    m_repeatLabel->setBuddy(m_repeat);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(static_cast<QWidget *>(nullptr), m_problem);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(static_cast<QWidget *>(nullptr), m_mismatch);
    for (QLineEdit *edit : {m_passphrase, m_repeat}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_validated = false;
            updateMessages(false);
            Q_EMIT changed();
        });
    }
    retranslate();
}

QString NewPassphraseFields::passphrase() const
{
    return m_passphrase->text();
}

bool NewPassphraseFields::isAcceptable() const
{
    return PassphrasePolicy::problem(m_passphrase->text()).isEmpty() && m_passphrase->text() == m_repeat->text();
}

bool NewPassphraseFields::validate()
{
    m_validated = true;
    updateMessages(true);
    if (!m_problem->isHidden())
        m_passphrase->setFocus(Qt::OtherFocusReason);
    else if (!m_mismatch->isHidden())
        m_repeat->setFocus(Qt::OtherFocusReason);
    return isAcceptable();
}

void NewPassphraseFields::updateMessages(bool complete)
{
    // While typing, a rule is said once there is something to judge, and the second
    // field differs only once it is no longer the start of the first.
    const QString text = m_passphrase->text();
    const QString repeated = m_repeat->text();
    const QString problem = text.isEmpty() && !complete ? QString() : PassphrasePolicy::problem(text);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool differs = complete ? problem.isEmpty() && repeated != text
                                  : !repeated.isEmpty() && !text.startsWith(repeated);
    m_mismatch->setText(differs ? tr("The two passphrases differ; type the same one twice.") : QString());
    m_mismatch->setVisible(differs);
}

void NewPassphraseFields::showProblem(const QString &message)
{
    showInlineError(m_problem, message, m_passphrase, this);
}

void NewPassphraseFields::clear()
{
    m_passphrase->clear();
    m_repeat->clear();
    m_validated = false;
    m_problem->hide();
    m_mismatch->hide();
}

QString NewPassphraseFields::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString NewPassphraseFields::mismatchText() const
{
    return m_mismatch->isHidden() ? QString() : m_mismatch->text();
}

void NewPassphraseFields::retranslate()
{
    m_passphraseLabel->setText(tr("New &passphrase:"));
    m_passphrase->setPlaceholderText(tr("at least %n characters, e.g. a few words", nullptr,
                                        PassphrasePolicy::minimumLength));
    m_repeatLabel->setText(tr("&Type it again:"));
    if (!m_problem->isHidden() || !m_mismatch->isHidden())
        updateMessages(m_validated);
}

void NewPassphraseFields::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace teren
