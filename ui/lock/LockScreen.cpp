#include "LockScreen.h"

#include "InlineError.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace teren {

LockScreen::LockScreen(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_file(new QLabel(this))
    , m_text(new QLabel(this))
    , m_passphraseLabel(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_error(newErrorLabel(QStringLiteral("unlockError"), this))
    , m_unlock(new QPushButton(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    m_title->setObjectName(QStringLiteral("lockTitle"));
    m_file->setObjectName(QStringLiteral("lockedFile"));
    m_file->setTextFormat(Qt::PlainText);
    m_file->setWordWrap(true);
    m_text->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("unlockPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumWidth(300);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setDefault(true);

    // A column in the middle of the window, as wide as a paragraph reads well.
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    auto *field = new QHBoxLayout;
    field->addWidget(m_passphrase, 1);
    field->addWidget(m_unlock);
    auto *inner = new QVBoxLayout(column);
    inner->addWidget(m_title);
    inner->addWidget(m_file);
    inner->addSpacing(12);
    inner->addWidget(m_passphraseLabel);
    inner->addLayout(field);
    inner->addWidget(m_error);
    inner->addSpacing(12);
    inner->addWidget(m_text);
    auto *layout = new QGridLayout(this);
    layout->setRowStretch(0, 1);
    layout->setRowStretch(2, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(2, 1);
    layout->addWidget(column, 1, 1);

    const auto request = [this] { Q_EMIT unlockRequested(m_passphrase->text()); };
    connect(m_unlock, &QPushButton::clicked, this, request);
    connect(m_passphrase, &QLineEdit::returnPressed, this, request);
    retranslate();
}

void LockScreen::showFor(const QString &path)
{
    m_path = path;
    m_passphrase->clear();
    m_error->hide();
    retranslate();
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

void LockScreen::showError(const QString &message)
{
    m_passphrase->clear();
    showInlineError(m_error, message, m_passphrase, this);
}

QString LockScreen::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LockScreen::retranslate()
{
    m_title->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Terén is locked").toHtmlEscaped()));
    m_file->setText(tr("File: %1").arg(QFileInfo(m_path).fileName()));
    m_file->setToolTip(QDir::toNativeSeparators(m_path));
    m_text->setText(tr("The file was closed and its key wiped from memory, so nothing of it can be read until its "
                       "passphrase is typed again. Edits typed and not yet applied are kept and come back after "
                       "unlocking; the list of edits to undo was cleared."));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_unlock->setText(tr("&Unlock"));
}

void LockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace teren
