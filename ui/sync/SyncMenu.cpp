#include "SyncMenu.h"

#include "CaseSession.h"
#include "ConflictReviewDialog.h"
#include "DuplicatesDialog.h"
#include "EnrolWorkerDialog.h"
#include "domain/Error.h"
#include "ExportBundleDialog.h"
#include "ImportBundlesDialog.h"
#include "InstallationsDialog.h"
#include "JoinRegionDialog.h"
#include "RefusedChangesDialog.h"
#include "region/RegionAccess.h"
#include "store/Store.h"
#include "sync/Conflicts.h"
#include "sync/Enrolment.h"
#include "sync/Keyring.h"

#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QSaveFile>

namespace teren {

SyncMenu::SyncMenu(QMenuBar *bar, QWidget *dialogParent, std::function<CaseSession *()> session)
    : QObject(dialogParent)
    , m_parent(dialogParent)
    , m_session(std::move(session))
    , m_menu(bar->addMenu(QString()))
    , m_export(m_menu->addAction(QString(), this, &SyncMenu::exportBundle))
    , m_import(m_menu->addAction(QString(), this, &SyncMenu::importBundles))
    , m_conflicts(m_menu->addAction(QString(), this, &SyncMenu::reviewConflicts))
    , m_refused(m_menu->addAction(QString(), this, &SyncMenu::refusedChanges))
    , m_duplicates(m_menu->addAction(QString(), this, &SyncMenu::reviewDuplicates))
    , m_enrol(m_menu->addAction(QString(), this, &SyncMenu::enrolWorker))
    , m_join(m_menu->addAction(QString(), this, &SyncMenu::joinRegion))
    , m_installations(m_menu->addAction(QString(), this, &SyncMenu::installations))
    , m_identity(m_menu->addAction(QString(), this, [this] {
        const QString error = saveIdentity();
        if (!error.isEmpty())
            Q_EMIT failed(error);
    }))
{
    m_menu->insertSeparator(m_enrol);
    connect(m_menu, &QMenu::aboutToShow, this, &SyncMenu::retranslate);
    retranslate();
}

ExportBundleDialog *SyncMenu::exportBundle()
{
    CaseSession *session = m_session();
    if (!session)
        return nullptr;
    auto *dialog = new ExportBundleDialog(session->store().database().path(), m_parent);
    if (const std::optional<ReplicaIdentity> coordinator = Enrolment(session->store()).coordinator())
        dialog->setCoordinator(*coordinator);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ImportBundlesDialog *SyncMenu::importBundles()
{
    CaseSession *session = m_session();
    if (!session)
        return nullptr;
    auto *dialog = new ImportBundlesDialog(session->store().database().path(), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportBundlesDialog::databaseChanged, this, &SyncMenu::databaseChanged);
    dialog->open();
    return dialog;
}

ConflictReviewDialog *SyncMenu::reviewConflicts()
{
    CaseSession *session = m_session();
    if (!session)
        return nullptr;
    auto *dialog = new ConflictReviewDialog(*session, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

DuplicatesDialog *SyncMenu::reviewDuplicates()
{
    CaseSession *session = m_session();
    if (!session)
        return nullptr;
    auto *dialog = new DuplicatesDialog(*session, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

EnrolWorkerDialog *SyncMenu::enrolWorker()
{
    CaseSession *session = m_session();
    if (!session)
        return nullptr;
    auto *dialog = new EnrolWorkerDialog(*session, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

InstallationsDialog *SyncMenu::installations()
{
    CaseSession *session = m_session();
    if (!session)
        return nullptr;
    auto *dialog = new InstallationsDialog(*session, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

RefusedChangesDialog *SyncMenu::refusedChanges()
{
    CaseSession *session = m_session();
    if (!session || !RegionAccess::isCoordinator(session->store()))
        return nullptr;
    auto *dialog = new RefusedChangesDialog(*session, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_confirm)
        dialog->setConfirm(m_confirm);
    connect(dialog, &RefusedChangesDialog::databaseChanged, this, &SyncMenu::databaseChanged);
    dialog->open();
    return dialog;
}

JoinRegionDialog *SyncMenu::joinRegion()
{
    CaseSession *session = m_session();
    if (!session)
        return nullptr;
    auto *dialog = new JoinRegionDialog(*session, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JoinRegionDialog::joined, this, &SyncMenu::databaseChanged);
    dialog->open();
    return dialog;
}

QString SyncMenu::saveIdentity(QString path)
{
    CaseSession *session = m_session();
    if (!session)
        return {};
    try {
        const ReplicaIdentity identity = Keyring(session->store()).identity();
        if (path.isEmpty())
            path = QFileDialog::getSaveFileName(m_parent, tr("Save this installation's identity"),
                                                identity.name + QStringLiteral(".id"));
        if (path.isEmpty())
            return {};
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(identity.toText()) < 0 || !file.commit())
            return tr("Could not save %1: %2").arg(path, file.errorString());
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

void SyncMenu::retranslate()
{
    CaseSession *session = m_session();
    m_menu->setTitle(tr("S&ync"));
    m_export->setText(tr("&Export a bundle…"));
    m_import->setText(tr("&Import bundles…"));
    const int open = session ? static_cast<int>(Conflicts(session->store()).list().size()) : 0;
    m_conflicts->setText(open > 0 ? tr("Review &conflicts (%1)…").arg(open) : tr("Review &conflicts…"));
    const bool coordinator = session && RegionAccess::isCoordinator(session->store());
    const int refused = coordinator ? static_cast<int>(RefusedChanges(session->store()).list().size()) : 0;
    m_refused->setText(refused > 0 ? tr("Re&fused changes (%1)…").arg(refused) : tr("Re&fused changes…"));
    m_duplicates->setText(tr("Possible &duplicates…"));
    m_enrol->setText(tr("E&nrol a worker's laptop…"));
    m_join->setText(tr("&Join a region with an enrolment bundle…"));
    m_installations->setText(tr("Installations and &revoking a lost laptop…"));
    m_identity->setText(tr("Save my &identity file…"));
    for (QAction *action : {m_export, m_import, m_conflicts, m_duplicates, m_enrol, m_join, m_installations, m_identity})
        action->setEnabled(session != nullptr);
    // Only the region's coordinator reviews what the rules refused.
    m_refused->setVisible(coordinator);
}

} // namespace teren
