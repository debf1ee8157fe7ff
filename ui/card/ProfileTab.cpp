#include "ProfileTab.h"

#include "CaseSession.h"
#include "ConsentPanel.h"
#include "CooperationPanel.h"
#include "HouseholdPanel.h"
#include "ProfilePanel.h"
#include "store/Repositories.h"

#include <QHBoxLayout>
#include <QScrollArea>
#include <QVBoxLayout>

namespace teren {

ProfileTab::ProfileTab(QWidget *parent)
    : CardTab(parent)
    , m_profile(new ProfilePanel(this))
    , m_household(new HouseholdPanel(this))
    , m_cooperation(new CooperationPanel(this))
    , m_consent(new ConsentPanel(this))
{
    // The profile and the consents on the left, household and cooperation on the
    // right; the page scrolls rather than squeezes on a small screen, the profile's
    // buttons staying on it.
    auto *page = new QWidget;
    auto *left = new QVBoxLayout;
    left->addWidget(m_profile, 1);
    left->addWidget(m_consent);
    auto *right = new QVBoxLayout;
    right->addWidget(m_household);
    right->addWidget(m_cooperation);
    right->addStretch(1);
    auto *columns = new QHBoxLayout(page);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void ProfileTab::retranslate()
{
    m_profile->retranslate();
    m_household->retranslate();
    m_cooperation->retranslate();
    m_consent->retranslate();
}

void ProfileTab::reload()
{
    const std::optional<Client> stored = session() && !clientId().isNull()
        ? ClientRepository(session()->store()).find(clientId())
        : std::nullopt;
    const bool newClient = !stored || !m_profile->isShowing(clientId());
    setEnabled(stored.has_value());
    m_profile->showClient(session(), clientId(), stored);
    m_household->showClient(session(), stored);
    m_cooperation->showClient(session(), stored, newClient);
    m_consent->showClient(session(), stored, newClient);
}

bool ProfileTab::isModified() const
{
    return m_profile->isModified();
}

bool ProfileTab::applyProfile()
{
    return m_profile->apply();
}

void ProfileTab::revertProfile()
{
    m_profile->revert();
}

bool ProfileTab::createHousehold()
{
    return m_household->createHousehold();
}

HouseholdMemberDialog *ProfileTab::addHouseholdMember()
{
    return m_household->addMember();
}

bool ProfileTab::leaveHousehold()
{
    return m_household->leaveHousehold();
}

bool ProfileTab::startCooperation()
{
    return m_cooperation->startCooperation();
}

bool ProfileTab::endCooperation()
{
    return m_cooperation->endCooperation();
}

QList<QUuid> ProfileTab::clientsWithUnappliedEdits() const
{
    return m_profile->clientsWithDrafts();
}

QUuid ProfileTab::applyUnappliedEdits()
{
    return m_profile->applyDrafts();
}

bool ProfileTab::applyShownEdits()
{
    return !m_profile->isModified() || m_profile->apply();
}

void ProfileTab::discardUnappliedEdits()
{
    m_profile->discardDrafts();
}

} // namespace teren
