#include "PlainFileBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace teren {

PlainFileBar::PlainFileBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_encrypt(new QPushButton(this))
{
    setObjectName(QStringLiteral("plainFileBar"));
    // A warning's amber, as message bars elsewhere on the desktop; the text stays
    // dark on it in a dark theme too.
    setStyleSheet(QStringLiteral("#plainFileBar { background: #fff3cd; border-bottom: 1px solid #e0c060; } "
                                 "#plainFileBar QLabel { color: #4d3800; }"));
    m_text->setObjectName(QStringLiteral("plainFileText"));
    m_text->setWordWrap(true);
    m_encrypt->setObjectName(QStringLiteral("encryptFile"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_encrypt);
    connect(m_encrypt, &QPushButton::clicked, this, &PlainFileBar::encryptRequested);
    retranslate();
}

QString PlainFileBar::text() const
{
    return m_text->text();
}

void PlainFileBar::retranslate()
{
    m_text->setText(tr("This file is not encrypted: anyone who gets hold of this computer or a copy of the file can "
                       "read everything in it."));
    m_encrypt->setText(tr("Encrypt…"));
}

void PlainFileBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace teren
