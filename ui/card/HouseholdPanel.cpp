#include "HouseholdPanel.h"

#include "CaseSession.h"
#include "HouseholdDialogs.h"
#include "InlineError.h"
#include "store/Repositories.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace teren {

HouseholdPanel::HouseholdPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_info(new QLabel(this))
    , m_members(new QListWidget(this))
    , m_create(new QPushButton(this))
    , m_addMember(new QPushButton(this))
    , m_leave(new QPushButton(this))
    , m_error(newErrorLabel(QStringLiteral("householdError"), this))
{
    m_members->setObjectName(QStringLiteral("householdMembers"));
    m_create->setObjectName(QStringLiteral("createHousehold"));
    m_addMember->setObjectName(QStringLiteral("addHouseholdMember"));
    m_leave->setObjectName(QStringLiteral("leaveHousehold"));

    m_info->setWordWrap(true);
    m_members->setMaximumHeight(m_members->fontMetrics().lineSpacing() * 5);
    m_members->setSelectionMode(QAbstractItemView::NoSelection);
    m_members->setFocusPolicy(Qt::NoFocus);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_addMember);
    buttons->addWidget(m_leave);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_members);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    connect(m_create, &QPushButton::clicked, this, &HouseholdPanel::createHousehold);
    connect(m_addMember, &QPushButton::clicked, this, &HouseholdPanel::addMember);
    connect(m_leave, &QPushButton::clicked, this, &HouseholdPanel::leaveHousehold);

    retranslate();
}

void HouseholdPanel::retranslate()
{
    setTitle(tr("Household"));
    m_create->setText(tr("Create household"));
    m_create->setToolTip(tr("Start a household named after the client's family name"));
    m_addMember->setText(tr("Add member…"));
    m_addMember->setToolTip(tr("Add another client to this household (starting it if needed)"));
    m_leave->setText(tr("Leave household"));
    m_leave->setToolTip(tr("The client no longer lives in this household"));
}

void HouseholdPanel::showClient(CaseSession *session, const std::optional<Client> &client)
{
    m_session = session;
    m_clientId = client ? client->id : QUuid();
    m_members->clear();
    m_error->hide();
    if (!client || client->householdId.isNull()) {
        m_info->setText(client ? tr("Not in a household yet.") : QString());
        m_members->hide();
        m_create->setVisible(client.has_value());
        m_addMember->setVisible(client.has_value());
        m_leave->hide();
        return;
    }
    m_create->hide();
    m_addMember->show();
    m_leave->show();
    for (const Client &other : ClientRepository(m_session->store()).householdMembers(client->householdId)) {
        if (other.id != client->id) {
            QString text = other.displayName();
            if (other.birthYear)
                text = tr("%1, born %2").arg(text).arg(*other.birthYear);
            m_members->addItem(text);
        }
    }
    m_info->setText(m_members->count() == 0 ? tr("No other members of the household yet.")
                                            : tr("Other members of the household:"));
    m_members->setVisible(m_members->count() > 0);
}

std::optional<Client> HouseholdPanel::storedClient() const
{
    if (!m_session || m_clientId.isNull())
        return std::nullopt;
    return ClientRepository(m_session->store()).find(m_clientId);
}

bool HouseholdPanel::createHousehold()
{
    const std::optional<Client> client = storedClient();
    if (!client || !client->householdId.isNull())
        return false;
    const CaseSession::EditResult result = m_session->edit(
        tr("Create household"), client->id, [&] { ClientRepository(m_session->store()).startHousehold(client->id); });
    if (!result) {
        showInlineError(m_error, result.message, m_create, this);
        return false;
    }
    return true;
}

HouseholdMemberDialog *HouseholdPanel::addMember()
{
    const std::optional<Client> client = storedClient();
    if (!client)
        return nullptr;
    auto *dialog = new HouseholdMemberDialog(*m_session, *client, this);
    dialog->open();
    return dialog;
}

bool HouseholdPanel::leaveHousehold()
{
    std::optional<Client> client = storedClient();
    if (!client || client->householdId.isNull())
        return false;
    client->householdId = QUuid();
    const CaseSession::EditResult result = m_session->edit(
        tr("Leave household"), client->id, [&] { ClientRepository(m_session->store()).update(*client); });
    if (!result) {
        showInlineError(m_error, result.message, m_leave, this);
        return false;
    }
    return true;
}

} // namespace teren
