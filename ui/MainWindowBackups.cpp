// The main window's part in backups and in files that cannot be opened for work:
// File → Backups…, the status bar's backup age, the ways out, the background check.
#include "MainWindow.h"

#include "BackgroundJob.h"
#include "CaseSession.h"
#include "Settings.h"
#include "backup/BackupKeeper.h"
#include "backup/BackupStatus.h"
#include "backup/BackupsDialog.h"

#include "changes/Clock.h"
#include "domain/Error.h"
#include "storage/EncryptedVfs.h"
#include "storage/OpenChecks.h"

#include <QFileDialog>
#include <QStatusBar>

namespace teren {

void MainWindow::setUpBackups()
{
    m_backups = new BackupKeeper(this);
    m_backupStatus = new BackupStatus(this);
    statusBar()->addPermanentWidget(m_backupStatus);
    m_askWayOut = [](UnopenableFileDialog &dialog) {
        dialog.exec();
        return dialog.chosen();
    };
    m_showBackups = [](BackupsDialog &dialog) { dialog.exec(); };
    m_chooseBackupFolder = [this] {
        return QFileDialog::getExistingDirectory(this, tr("Folder for backups"), m_backups->folder());
    };
    connect(m_backups, &BackupKeeper::backedUp, this, [this] { refreshBackupStatus(); });
    connect(m_backups, &BackupKeeper::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The backup failed: %1").arg(message), 15000);
        refreshBackupStatus();
    });
}

void MainWindow::setBackupClock(const Clock *clock)
{
    m_backups->setClock(clock);
    m_backupStatus->setClock(clock);
    refreshBackupStatus();
}

void MainWindow::refreshBackupStatus()
{
    m_backupStatus->show(store() != nullptr && !isLocked(), m_backups->latest());
}

FileRescue MainWindow::rescue()
{
    return FileRescue(this, {m_askWayOut, m_askPassphrase, m_inform});
}

void MainWindow::showBackups()
{
    if (!store())
        return;
    BackupsDialog dialog(*m_backups, this);
    connect(&dialog, &BackupsDialog::folderRequested, this, &MainWindow::chooseBackupFolder);
    connect(&dialog, &BackupsDialog::restoreRequested, &dialog, [this, &dialog](const QString &backup) {
        if (restoreBackup(backup))
            dialog.accept();
    });
    m_showBackups(dialog);
    refreshBackupStatus();
}

void MainWindow::chooseBackupFolder()
{
    const QString folder = m_chooseBackupFolder();
    if (folder.isEmpty())
        return;
    Settings::setBackupFolder(folder);
    refreshBackupStatus();
}

bool MainWindow::restoreBackup(const QString &backup)
{
    if (!store())
        return false;
    if (!m_confirm(tr("Restore the backup %1?\n\nThe open file is closed and kept aside under a new name; edits made "
                      "since the backup are not in it, but the ones already sent to the coordinator come back with "
                      "its next bundle.")
                       .arg(QFileInfo(backup).fileName())))
        return false;
    if (!settleUnappliedEdits())
        return false;
    const QString path = store()->database().path();
    // The backup has the file's key: held across the close, the restored file opens
    // without asking for the passphrase again.
    const std::shared_ptr<const SecretKey> key = EncryptedVfs::keyOf(path);
    setStore(nullptr);
    StoreOptions options;
    options.exclusive = true;
    try {
        std::unique_ptr<Store> restored = rescue().restore(path, backup, key, options);
        if (!restored) {
            openDatabase(path);
            return false;
        }
        setStore(std::move(restored));
        statusBar()->showMessage(tr("The backup was restored."), 8000);
        return true;
    } catch (const Error &error) {
        m_showError(error.message());
        openDatabase(path);
        return false;
    }
}

void MainWindow::checkInBackground()
{
    const QString path = store()->database().path();
    statusBar()->showMessage(tr("Checking the file… Changes can be saved as soon as the check is done."));
    auto problems = std::make_shared<QStringList>();
    m_integrityCheck = std::make_unique<BackgroundJob>(
        [path, problems](JobControl &) { *problems = OpenChecks::quickCheck(path); });
    connect(m_integrityCheck.get(), &BackgroundJob::finished, this, [this, path, problems](const QString &error) {
        m_integrityCheck.release()->deleteLater();
        if (!store())
            return;
        if (error.isEmpty() && problems->isEmpty()) {
            store()->writesChecked();
            m_backups->setStore(store());
            statusBar()->showMessage(tr("The file passed its check."), 5000);
            return;
        }
        setStore(nullptr);
        try {
            OpenChecks::refuseDamaged(path, error.isEmpty() ? *problems : QStringList{error},
                                      Store::isEncrypted(path));
        } catch (const UnopenableFile &problem) {
            StoreOptions options;
            options.exclusive = true;
            try {
                if (std::unique_ptr<Store> opened = rescue().rescue(path, problem, options))
                    setStore(std::move(opened));
            } catch (const Error &failure) {
                m_showError(failure.message());
            }
        }
    });
    m_integrityCheck->start();
}

} // namespace teren
