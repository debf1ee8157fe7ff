// The main window's client actions: the list's context menu, handing over, the
// worker this installation speaks for, erasing a client and registering a new one.
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

void MainWindow::showListMenu(const QPoint &position)
{
    if (!m_session || !m_list->view()->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_handOverAction);
    menu.addAction(m_groupWorkMenu->recordActivityAction());
    menu.addSeparator();
    menu.addAction(m_planPrint->printAction());
    menu.addAction(m_accessExport->action());
    menu.addAction(m_eraseClientAction);
    menu.exec(m_list->view()->viewport()->mapToGlobal(position));
}

HandOverDialog *MainWindow::handOverSelected()
{
    if (!m_session || !RegionAccess::mayEdit(m_session->store()))
        return nullptr;
    const QList<QUuid> clients = m_list->selectedClients();
    if (clients.isEmpty()) {
        statusBar()->showMessage(tr("Choose the clients to hand over in the list first."), 8000);
        return nullptr;
    }
    auto *dialog = new HandOverDialog(*m_session, clients, QUuid(), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, count = clients.size()] {
        const std::optional<Worker> worker =
            DirectoryRepository(m_session->store()).worker(dialog->savedKey().toUuid());
        statusBar()->showMessage(tr("%n client(s) handed over to %1.", nullptr, static_cast<int>(count))
                                     .arg(worker ? worker->name : QString()),
                                 8000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::onClientChanged(QUuid clientId)
{
    if (!clientId.isNull()) {
        m_list->refreshClient(clientId);
        return;
    }
    // The region's records, or several clients at once (a hand-over): the whole list,
    // its filters' choices, and the client on the card.
    m_list->reloadAll();
    if (const QUuid shown = m_card->clientId(); !shown.isNull())
        Q_EMIT m_session->clientChanged(shown);
    fillWorkerMenu();
    updateWorkerStatus();
}


void MainWindow::fillWorkerMenu()
{
    m_workerMenu->clear();
    // An enrolled laptop works as its worker, for good (the status bar names them).
    Store *current = store();
    m_workerMenu->menuAction()->setVisible(!current || current->enrolledWorker().isNull());
    if (!current || !m_workerMenu->menuAction()->isVisible()) {
        m_workerMenu->setEnabled(false);
        return;
    }
    m_workerMenu->setEnabled(true);
    auto *group = new QActionGroup(m_workerMenu);
    const QUuid currentWorker = current->currentWorker();
    for (const Worker &worker : DirectoryRepository(*current).workers()) {
        QAction *action = m_workerMenu->addAction(worker.name);
        action->setCheckable(true);
        action->setChecked(worker.id == currentWorker);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = worker.id] {
            try {
                store()->setCurrentWorker(id);
            } catch (const Error &error) {
                m_showError(error.message());
            }
            updateWorkerStatus();
            m_caseload->setSession(m_session.get()); // the week of the worker chosen
        });
    }
    if (m_workerMenu->isEmpty())
        m_workerMenu->addAction(tr("No workers in this database"))->setEnabled(false);
}

bool MainWindow::eraseCurrentClient()
{
    if (!m_session || m_card->clientId().isNull())
        return false;
    const QUuid id = m_card->clientId();
    const std::optional<Client> client = ClientRepository(m_session->store()).find(id);
    if (!client)
        return false;
    // On a field laptop the erasure is the coordinator's to confirm.
    const bool request = !RegionAccess::mayEdit(m_session->store());
    const QString question =
        request ? tr("Ask the coordinator to erase %1 for good?\n\nThe request goes with your next bundle; the "
                     "erasure is done once the region's coordinator confirms it, and then reaches every laptop. "
                     "Until then the client stays here as they are.")
                      .arg(client->displayName())
                : tr("Erase %1 for good?\n\nTheir names, notes and every text about them are wiped from this "
                     "file and from every laptop this change reaches; only anonymous codes, dates and counts stay "
                     "for statistics. This cannot be undone, and the list of edits to undo is cleared.")
                      .arg(client->displayName());
    if (!m_confirm(question))
        return false;
    bool erased = false;
    try {
        erased = ClientRepository(m_session->store()).erase(id);
    } catch (const Error &error) {
        m_showError(error.message());
        return false;
    }
    if (!erased) {
        const QString message = tr("The erasure of %1 was requested: it waits for the coordinator's confirmation, "
                                   "and the client stays here until then.")
                                    .arg(client->displayName());
        statusBar()->showMessage(message, 15000);
        m_inform(message);
        return false;
    }
    // Undoing an older edit would write the wiped values back.
    m_session->undoStack()->clear();
    m_card->showClient(QUuid());
    m_list->refreshClient(id);
    statusBar()->showMessage(tr("The client's personal data were erased."), 8000);
    return true;
}

NewClientDialog *MainWindow::newClient()
{
    if (!m_session)
        return nullptr;
    auto *dialog = new NewClientDialog(*m_session, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_list->selectClient(dialog->createdClient());
        m_card->showClient(dialog->createdClient());
    });
    dialog->open();
    return dialog;
}

} // namespace teren
