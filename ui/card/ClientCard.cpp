#include "ClientCard.h"

#include "BackgroundJob.h"
#include "CaseSession.h"
#include "ContactsTab.h"
#include "HistoryTab.h"
#include "NeedsTab.h"
#include "PlanTab.h"
#include "ProfileTab.h"
#include "TimelineTab.h"
#include "domain/Error.h"
#include "store/ClientViews.h"
#include "store/ConsentRepository.h"
#include "store/Repositories.h"

#include <QEvent>
#include <QLabel>
#include <QPointer>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace teren {

ClientCard::ClientCard(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_consentMarker(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_profile(new ProfileTab(this))
    , m_needs(new NeedsTab(this))
    , m_plan(new PlanTab(this))
    , m_timeline(new TimelineTab(this))
    , m_contacts(new ContactsTab(this))
    , m_history(new HistoryTab(this))
{
    m_header->setObjectName(QStringLiteral("clientHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_consentMarker->setObjectName(QStringLiteral("consentMarker"));
    m_consentMarker->setTextFormat(Qt::PlainText);
    m_consentMarker->setWordWrap(true);
    m_consentMarker->setStyleSheet(QStringLiteral("color: #b01c1c; font-weight: bold"));
    m_consentMarker->hide();
    m_tabs->setObjectName(QStringLiteral("cardTabs"));
    for (QWidget *tab : std::initializer_list<QWidget *>{m_profile, m_needs, m_plan, m_timeline, m_contacts, m_history})
        m_tabs->addTab(tab, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_consentMarker);
    layout->addWidget(m_tabs, 1);
    retranslate();
}

QList<CardTab *> ClientCard::cardTabs() const
{
    return {m_profile, m_needs, m_plan, m_timeline, m_contacts, m_history};
}

void ClientCard::setSession(CaseSession *session, Drafts drafts)
{
    const bool anotherFile = session != m_session;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_clientId = QUuid();
    if (anotherFile)
        m_viewed = QUuid();
    for (CardTab *tab : cardTabs()) {
        tab->setSession(session);
        if (anotherFile && drafts == Drafts::ForgetOnAnotherFile)
            tab->discardUnappliedEdits();
    }
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
    for (CardTab *tab : cardTabs())
        tab->showClient(clientId);
    updateHeader();
    recordView();
    Q_EMIT clientShown(m_clientId);
}

void ClientCard::showItem(QUuid clientId, QUuid itemId)
{
    if (clientId != m_clientId)
        showClient(clientId);
    if (itemId == clientId) {
        m_tabs->setCurrentWidget(m_contacts);
        return;
    }
    m_tabs->setCurrentWidget(m_plan);
    m_plan->select(itemId);
}

void ClientCard::recordView()
{
    if (!m_session || m_clientId.isNull() || testAttribute(Qt::WA_ForceDisabled)) {
        m_viewed = QUuid(); // nobody shown: the next client shown is a new opening
        return;
    }
    if (m_clientId == m_viewed)
        return;
    m_viewed = m_clientId;
    if (RunningJobs::instance().count() > 0) {
        // A background job (an import) may hold the file's write lock for long: the
        // view is written when it ends, rather than keep the card waiting for it.
        connect(
            &RunningJobs::instance(), &RunningJobs::allFinished, this,
            [this, session = QPointer<CaseSession>(m_session), client = m_clientId] {
                if (session && session == m_session)
                    writeView(client);
            },
            Qt::SingleShotConnection);
        return;
    }
    writeView(m_clientId);
}

void ClientCard::writeView(const QUuid &client)
{
    // Not an edit: no undo step, no reload of the list or the other tabs. A view that
    // cannot be written (a full disk) leaves nothing behind and must not keep the
    // card from showing.
    try {
        if (ClientViews(m_session->store()).record(client, ClientViews::Kind::Card) && client == m_clientId)
            m_history->viewRecorded();
    } catch (const Error &) {
    }
}

QStringList ClientCard::unappliedEdits() const
{
    QStringList edits;
    if (!m_session)
        return edits;
    ClientRepository clients(m_session->store());
    for (CardTab *tab : cardTabs()) {
        const QString tabName = m_tabs->tabText(m_tabs->indexOf(tab)).remove(QLatin1Char('&'));
        for (const QUuid &clientId : tab->clientsWithUnappliedEdits()) {
            // A client erased or merged away meanwhile has nowhere to store them.
            if (const std::optional<Client> client = clients.find(clientId))
                edits.append(tr("%1: %2", "the card's tab: the client").arg(tabName, client->displayName()));
        }
    }
    return edits;
}

bool ClientCard::hasUnappliedEdits() const
{
    const QList<CardTab *> tabs = cardTabs();
    return std::any_of(tabs.cbegin(), tabs.cend(),
                       [](const CardTab *tab) { return !tab->clientsWithUnappliedEdits().isEmpty(); });
}

bool ClientCard::applyUnappliedEdits()
{
    CardTab *refusedTab = nullptr;
    QUuid refusedClient;
    for (CardTab *tab : cardTabs()) {
        const QUuid refused = tab->applyUnappliedEdits();
        if (!refused.isNull() && !refusedTab) {
            refusedTab = tab;
            refusedClient = refused;
        }
    }
    if (!refusedTab)
        return true;
    // Where the refused edit was typed, with the rule's message beside its field.
    if (refusedClient != m_clientId)
        showClient(refusedClient);
    m_tabs->setCurrentWidget(refusedTab);
    refusedTab->applyShownEdits();
    return false;
}

void ClientCard::discardUnappliedEdits()
{
    for (CardTab *tab : cardTabs())
        tab->discardUnappliedEdits();
}

void ClientCard::updateHeader()
{
    const std::optional<Client> client = m_session && !m_clientId.isNull()
        ? ClientRepository(m_session->store()).find(m_clientId)
        : std::nullopt;
    setEnabled(client.has_value());
    m_consentMarker->setVisible(client && !ConsentRepository(m_session->store()).inForce(client->id));
    m_consentMarker->setText(tr("No consent in force: the client has not given the consent to the processing of "
                                "their data, or has withdrawn it. Record it on the Profile tab."));
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
    m_tabs->setTabText(5, tr("Histor&y"));
    updateHeader();
}

void ClientCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace teren
