#include "RegionMenu.h"

#include "CaseSession.h"
#include "PartnersDialog.h"
#include "RegionDialogs.h"
#include "RetentionDialog.h"

#include <QMenu>
#include <QMenuBar>

namespace teren {

RegionMenu::RegionMenu(QMenuBar *bar, QWidget *dialogParent, std::function<CaseSession *()> session)
    : QObject(dialogParent)
    , m_parent(dialogParent)
    , m_session(std::move(session))
    , m_menu(bar->addMenu(QString()))
    , m_workers(m_menu->addAction(QString(), this, &RegionMenu::workers))
    , m_providers(m_menu->addAction(QString(), this, &RegionMenu::providers))
    , m_localities(m_menu->addAction(QString(), this, &RegionMenu::localities))
    , m_codelists(m_menu->addAction(QString(), this, &RegionMenu::codelists))
    , m_partners(m_menu->addAction(QString(), this, &RegionMenu::partners))
    , m_retention(nullptr)
{
    m_menu->addSeparator();
    m_retention = m_menu->addAction(QString(), this, &RegionMenu::retention);
    m_menu->setObjectName(QStringLiteral("regionMenu"));
    connect(m_menu, &QMenu::aboutToShow, this, &RegionMenu::retranslate);
    retranslate();
}

template<typename Dialog>
Dialog *RegionMenu::openDialog()
{
    CaseSession *session = m_session();
    if (!session)
        return nullptr;
    auto *dialog = new Dialog(*session, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

WorkersDialog *RegionMenu::workers()
{
    return openDialog<WorkersDialog>();
}

ProvidersDialog *RegionMenu::providers()
{
    return openDialog<ProvidersDialog>();
}

LocalitiesDialog *RegionMenu::localities()
{
    return openDialog<LocalitiesDialog>();
}

CodelistsDialog *RegionMenu::codelists()
{
    return openDialog<CodelistsDialog>();
}

PartnersDialog *RegionMenu::partners()
{
    return openDialog<PartnersDialog>();
}

RetentionDialog *RegionMenu::retention()
{
    return openDialog<RetentionDialog>();
}

void RegionMenu::retranslate()
{
    const bool open = m_session() != nullptr;
    m_menu->setTitle(tr("&Region"));
    m_workers->setText(tr("&Workers…"));
    m_providers->setText(tr("&Providers…"));
    m_localities->setText(tr("&Localities…"));
    m_codelists->setText(tr("&Codelists…"));
    m_partners->setText(tr("P&artners…"));
    m_retention->setText(tr("Clients past &retention…"));
    for (QAction *action : {m_workers, m_providers, m_localities, m_codelists, m_partners, m_retention})
        action->setEnabled(open);
}

} // namespace teren
