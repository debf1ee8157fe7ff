#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QMenuBar;
class QWidget;

namespace teren {

class CaseSession;
class ConflictReviewDialog;
class DuplicatesDialog;
class EnrolWorkerDialog;
class ExportBundleDialog;
class ImportBundlesDialog;
class InstallationsDialog;
class JoinRegionDialog;
class RefusedChangesDialog;

// The Sync menu: export a bundle, import bundles, review conflicts, refused changes
// and possible duplicate persons, enrol a worker's laptop or join a region, save this
// installation's identity file for the coordinator. Kept out of MainWindow, which
// only places the menu and reloads after a merge.
class SyncMenu : public QObject
{
    Q_OBJECT

public:
    SyncMenu(QMenuBar *bar, QWidget *dialogParent, std::function<CaseSession *()> session);

    QMenu *menu() const { return m_menu; }
    ExportBundleDialog *exportBundle();
    ImportBundlesDialog *importBundles();
    ConflictReviewDialog *reviewConflicts();
    DuplicatesDialog *reviewDuplicates();
    EnrolWorkerDialog *enrolWorker();
    JoinRegionDialog *joinRegion();
    InstallationsDialog *installations();
    // The coordinator's review of refused changes (null elsewhere).
    RefusedChangesDialog *refusedChanges();
    // Answers the confirmations of the dialogs opened from here (a message box unless set).
    void setConfirm(std::function<bool(const QString &)> confirm) { m_confirm = std::move(confirm); }
    // Writes the identity file to `path` (asked for when empty); returns the error.
    QString saveIdentity(QString path = {});
    void retranslate();

Q_SIGNALS:
    void databaseChanged();
    void failed(const QString &message);

private:
    QWidget *m_parent;
    std::function<CaseSession *()> m_session;
    std::function<bool(const QString &)> m_confirm;
    QMenu *m_menu;
    QAction *m_export;
    QAction *m_import;
    QAction *m_conflicts;
    QAction *m_refused;
    QAction *m_duplicates;
    QAction *m_enrol;
    QAction *m_join;
    QAction *m_installations;
    QAction *m_identity;
};

} // namespace teren
