#include "CardTab.h"

#include "CaseSession.h"

#include <QEvent>

namespace teren {

CardTab::CardTab(QWidget *parent)
    : QWidget(parent)
{
}

void CardTab::setSession(CaseSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_clientId = QUuid();
    if (m_session) {
        connect(m_session, &CaseSession::clientChanged, this, [this](const QUuid &changed) {
            if (changed == m_clientId)
                reload();
        });
    }
    reload();
}

void CardTab::showClient(QUuid clientId)
{
    m_clientId = clientId;
    reload();
}

void CardTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // labels of codes inside the data follow the language too
    }
    QWidget::changeEvent(event);
}

} // namespace teren
