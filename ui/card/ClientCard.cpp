#include "ClientCard.h"

#include "CaseSession.h"
#include "ContactsTab.h"
#include "NeedsTab.h"
#include "PlanTab.h"
#include "ProfileTab.h"
#include "TimelineTab.h"
#include "store/Repositories.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace teren {

ClientCard::ClientCard(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_profile(new ProfileTab(this))
    , m_needs(new NeedsTab(this))
    , m_plan(new PlanTab(this))
    , m_timeline(new TimelineTab(this))
    , m_contacts(new ContactsTab(this))
{
    m_header->setObjectName(QStringLiteral("clientHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_tabs->setObjectName(QStringLiteral("cardTabs"));
    for (QWidget *tab : std::initializer_list<QWidget *>{m_profile, m_needs, m_plan, m_timeline, m_contacts})
        m_tabs->addTab(tab, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    retranslate();
}

void ClientCard::setSession(CaseSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_clientId = QUuid();
    for (CardTab *tab : std::initializer_list<CardTab *>{m_profile, m_needs, m_plan, m_timeline, m_contacts})
        tab->setSession(session);
    if (m_session) {
        connect(m_session, &CaseSession::clientChanged, this, [this](const QUuid &changed) {
            if (changed == m_clientId)
                updateHeader();
        });
    }
    updateHeader();
    Q_EMIT clientShown(m_clientId);
}

void ClientCard::showClient(QUuid clientId)
{
    m_clientId = clientId;
    for (CardTab *tab : std::initializer_list<CardTab *>{m_profile, m_needs, m_plan, m_timeline, m_contacts})
        tab->showClient(clientId);
    updateHeader();
    Q_EMIT clientShown(m_clientId);
}

void ClientCard::updateHeader()
{
    const std::optional<Client> client = m_session && !m_clientId.isNull()
        ? ClientRepository(m_session->store()).find(m_clientId)
        : std::nullopt;
    setEnabled(client.has_value());
    if (!client) {
        m_header->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Choose a client from the list").toHtmlEscaped()));
        return;
    }
    QStringList details;
    if (client->birthYear)
        details.append(tr("born %1").arg(*client->birthYear));
    for (const Locality &locality : DirectoryRepository(m_session->store()).localities()) {
        if (locality.id == client->localityId)
            details.append(locality.name);
    }
    if (!client->alias.isEmpty() && !client->familyName.isEmpty())
        details.append(tr("alias %1").arg(client->alias));
    m_header->setText(QStringLiteral("<h2 style='margin:0'>%1</h2><span>%2</span>")
                          .arg(client->displayName().toHtmlEscaped(), details.join(QStringLiteral(" · ")).toHtmlEscaped()));
}

void ClientCard::retranslate()
{
    m_tabs->setTabText(0, tr("&Profile"));
    m_tabs->setTabText(1, tr("&Needs"));
    m_tabs->setTabText(2, tr("Individual &plan"));
    m_tabs->setTabText(3, tr("&Timeline"));
    m_tabs->setTabText(4, tr("&Contacts"));
    updateHeader();
}

void ClientCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace teren
