#include "GroupWorkMenu.h"

#include "CaseSession.h"
#include "GroupWorkDialogs.h"
#include "GroupWorkListDialog.h"
#include "store/Repositories.h"

#include <QMenu>
#include <QMenuBar>

namespace teren {

GroupWorkMenu::GroupWorkMenu(QMenuBar *bar, QWidget *parent, std::function<CaseSession *()> session,
                             std::function<Context()> context)
    : QObject(parent)
    , m_parent(parent)
    , m_session(std::move(session))
    , m_context(std::move(context))
    , m_menu(bar->addMenu(QString()))
    , m_activity(m_menu->addAction(QString(), this, &GroupWorkMenu::recordActivity))
    , m_anonymous(m_menu->addAction(QString(), this, &GroupWorkMenu::recordAnonymousContact))
    , m_list(m_menu->addAction(QString(), this, &GroupWorkMenu::showList))
{
    m_menu->insertSeparator(m_list);
    m_activity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(m_menu, &QMenu::aboutToShow, this, &GroupWorkMenu::retranslate);
    retranslate();
}

GroupActivityDialog *GroupWorkMenu::recordActivity()
{
    CaseSession *session = m_session();
    if (!session)
        return nullptr;
    const Context context = m_context();
    GroupActivity activity;
    activity.localityId = context.localityId;
    activity.clientIds = context.clientIds;
    activity.participants = static_cast<int>(context.clientIds.size());
    if (activity.localityId.isNull() && !context.clientIds.isEmpty()) {
        // From the list's clients: where the first of them lives.
        if (const std::optional<Client> client = ClientRepository(session->store()).find(context.clientIds.first()))
            activity.localityId = client->localityId;
    }
    auto *dialog = new GroupActivityDialog(*session, activity, m_parent);
    connect(session, &QObject::destroyed, dialog, &QWidget::close);
    dialog->open();
    return dialog;
}

AnonymousContactDialog *GroupWorkMenu::recordAnonymousContact()
{
    CaseSession *session = m_session();
    if (!session)
        return nullptr;
    AnonymousContact contact;
    contact.localityId = m_context().localityId;
    auto *dialog = new AnonymousContactDialog(*session, contact, m_parent);
    connect(session, &QObject::destroyed, dialog, &QWidget::close);
    dialog->open();
    return dialog;
}

GroupWorkListDialog *GroupWorkMenu::showList()
{
    CaseSession *session = m_session();
    if (!session)
        return nullptr;
    auto *dialog = new GroupWorkListDialog(*session, m_context().localityId, m_parent);
    connect(session, &QObject::destroyed, dialog, &QWidget::close);
    dialog->open();
    return dialog;
}

void GroupWorkMenu::retranslate()
{
    m_menu->setTitle(tr("&Group work"));
    m_activity->setText(tr("Record a &group activity…"));
    m_anonymous->setText(tr("Record an &anonymous contact…"));
    m_list->setText(tr("Group work in the &locality…"));
    const bool open = m_session() != nullptr;
    for (QAction *action : {m_activity, m_anonymous, m_list})
        action->setEnabled(open);
}

} // namespace teren
