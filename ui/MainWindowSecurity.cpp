// The main window's part in keeping the file closed to others: locking (by hand and
// when idle), encrypting a plain file and changing the passphrase.
#include "MainWindow.h"

#include "BackgroundJob.h"
#include "CaseSession.h"
#include "ClientListPanel.h"
#include "ClockWarningBar.h"
#include "domain/Error.h"
#include "NewClientDialog.h"
#include "Settings.h"
#include "WelcomeDialog.h"
#include "WindowGeometry.h"
#include "card/AccessExportAction.h"
#include "card/ClientCard.h"
#include "card/HistoryTab.h"
#include "card/PlanPrintAction.h"
#include "demo/DemoGenerator.h"
#include "i18n/Translations.h"
#include "store/Repositories.h"
#include "store/Store.h"
#include "region/RegionAccess.h"
#include "region/RegionForms.h"
#include "region/RegionMenu.h"
#include "region/RegionSetupWizard.h"
#include "groups/GroupWorkMenu.h"
#include "report/ReportMenu.h"
#include "lock/ChangePassphraseDialog.h"
#include "lock/IdleWatch.h"
#include "lock/LockScreen.h"
#include "lock/NewPassphraseDialog.h"
#include "lock/OtherWindows.h"
#include "backup/BackupKeeper.h"
#include "lock/PassphrasePrompt.h"
#include "lock/PlainFileBar.h"
#include "storage/FileEncryption.h"
#include "storage/OpenChecks.h"
#include "sync/JoinRegionDialog.h"
#include "sync/SyncMenu.h"
#include "week/CaseloadPages.h"
#include "week/WeekView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QUndoGroup>
#include <QVBoxLayout>

#include <utility>

namespace teren {

bool MainWindow::lock()
{
    return m_lock->lock();
}

bool MainWindow::isLocked() const
{
    return m_lock->isLocked();
}

bool MainWindow::unlock(const QString &passphrase)
{
    return m_lock->unlock(passphrase);
}

IdleWatch *MainWindow::idleWatch() const
{
    return m_lock->idleWatch();
}

void MainWindow::lockChanged()
{
    updateFileState();
    retranslateUi();
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message);
}

WindowPlace MainWindow::closeKeepingDrafts()
{
    const WindowPlace place{m_card->clientId(), m_card->tabs()->currentIndex()};
    OtherWindows::closeAllOf(this);
    statusBar()->clearMessage();
    // What was typed and not applied stays in the card's memory while the file is
    // closed: it is only what the user typed in this sitting, the window shows none
    // of it, and losing it would be worse than keeping it until the file opens again.
    setStore(nullptr, ClientCard::Drafts::Keep);
    return place;
}

void MainWindow::reopen(std::unique_ptr<Store> store, const WindowPlace &place)
{
    setStore(std::move(store), ClientCard::Drafts::Keep);
    if (!place.client.isNull()) {
        m_list->selectClient(place.client);
        m_card->showClient(place.client);
    }
    m_card->tabs()->setCurrentIndex(place.tab);
}

void MainWindow::setIdleClock(const Clock *clock)
{
    m_lock->setIdleClock(clock);
}

void MainWindow::setIdleLockMinutes(int minutes)
{
    m_lock->setIdleLockMinutes(minutes);
    retranslateUi();
}

void MainWindow::chooseIdleMinutes()
{
    bool ok = false;
    const int minutes = QInputDialog::getInt(this, tr("Lock when idle"),
                                             tr("Minutes without use after which an encrypted file locks (0: "
                                                "never):"),
                                             m_lock->idleWatch()->limitMinutes(), 0, 24 * 60, 1, &ok);
    if (ok)
        setIdleLockMinutes(minutes);
}

NewPassphraseDialog *MainWindow::encryptOpenFile()
{
    if (!store() || store()->isEncrypted())
        return nullptr;
    auto *dialog = new NewPassphraseDialog(NewPassphraseDialog::Purpose::Encrypt, store()->database().path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { encryptWith(dialog->passphrase()); });
    dialog->open();
    return dialog;
}

bool MainWindow::encryptWith(const QString &passphrase)
{
    if (const QString failure = m_lock->encrypt(passphrase); !failure.isEmpty()) {
        m_showError(failure);
        return false;
    }
    return true;
}

ChangePassphraseDialog *MainWindow::changePassphrase()
{
    if (!store() || !store()->isEncrypted())
        return nullptr;
    auto *dialog = new ChangePassphraseDialog(store()->database().path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(tr("The passphrase was changed; the old one no longer opens this file."), 8000);
    });
    dialog->open();
    return dialog;
}

} // namespace teren
