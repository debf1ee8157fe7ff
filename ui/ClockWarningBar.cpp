#include "ClockWarningBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace teren {

ClockWarningBar::ClockWarningBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("clockWarningBar"));
    // The amber of the plain-file bar: a warning, not an error.
    setStyleSheet(QStringLiteral("#clockWarningBar { background: #fff3cd; border-bottom: 1px solid #e0c060; } "
                                 "#clockWarningBar QLabel { color: #4d3800; }"));
    m_text->setObjectName(QStringLiteral("clockWarningText"));
    m_text->setWordWrap(true);
    m_close->setObjectName(QStringLiteral("closeClockWarning"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void ClockWarningBar::showCheck(const ClockCheck &check)
{
    m_check = check;
    retranslate();
    setVisible(!check.isFine());
}

QString ClockWarningBar::text() const
{
    return m_text->text();
}

void ClockWarningBar::retranslate()
{
    m_text->setText(m_check.message());
    m_close->setText(tr("Close"));
}

void ClockWarningBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace teren
