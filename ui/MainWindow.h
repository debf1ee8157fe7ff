#pragma once

#include "backup/FileRescue.h"
#include "backup/UnopenableFileDialog.h"
#include "card/ClientCard.h"
#include "lock/WindowLock.h"

#include <QMainWindow>
#include <QUuid>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QUndoGroup;

namespace teren {

class AboutDialog;

class BackgroundJob;
class BackupKeeper;
class BackupStatus;
class BackupsDialog;
class CaseSession;
class CaseloadPages;
class ChangePassphraseDialog;
class ClientListPanel;
class Clock;
class ClockWarningBar;
class IdleWatch;
class LockScreen;
class NewPassphraseDialog;
class PassphrasePrompt;
class PlainFileBar;
class NewClientDialog;
class HandOverDialog;
class JoinRegionDialog;
class AccessExportAction;
class PlanPrintAction;
class RegionMenu;
class RegionSetupWizard;
class Store;
class ReportMenu;
class GroupWorkMenu;
class SyncMenu;

// The main window: the caseload on the left, the client card on the right, and the
// menus. It owns the open database (a CaseSession) and nothing else of substance.
// An encrypted file is opened with its passphrase and locks (File → Lock, or when
// nobody used the window for a while): the file closes and only the lock screen is
// shown until the passphrase is typed again. A plain file is said to be plain, in a
// bar across the top that offers to encrypt it; a computer clock that looks wrong
// for the file is said so in another (ClockCheck).
class MainWindow : public QMainWindow, private LockableWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the file at `path`, asking for its passphrase when it is encrypted; false
    // when it could not be opened or the user cancelled.
    bool openDatabase(const QString &path);
    // A new file at `path`, encrypted under a passphrase asked for; ".sqlite" is
    // added to a name without it, as the open dialog lists only those.
    bool createDatabase(const QString &path);
    // Generates the demo region (off the GUI thread) at `path` unless it exists, then opens it.
    bool openDemo(const QString &path);
    // The welcome choices on a first run; returns false if the user closed it.
    bool runWelcome();
    // The coordinator's first run: the wizard that makes a new region's file; the
    // file opens when it is made.
    RegionSetupWizard *setUpRegion();
    // A worker's laptop joins a region: a new file at `path` (asked for when empty),
    // then the enrolment bundle from the coordinator.
    JoinRegionDialog *joinNewRegion(QString path = {});
    // Hands the clients chosen in the list over to a worker chosen in the dialog.
    HandOverDialog *handOverSelected();

    // Locks the open encrypted file: other windows close, the file closes and its key
    // is wiped, and the window shows only the lock screen. Edits typed and not applied
    // are kept; the undo list is cleared. While a background job runs (it works on the
    // file) the lock waits for it to end. Returns whether the window is locked now.
    bool lock();
    bool isLocked() const;
    // Opens the locked file again with `passphrase`, on the client and tab shown
    // before; false, with the reason on the lock screen, when it does not open.
    bool unlock(const QString &passphrase);
    LockScreen *lockScreen() const { return m_lockScreen; }
    PlainFileBar *plainFileBar() const { return m_plainBar; }
    ClockWarningBar *clockWarningBar() const { return m_clockBar; }
    // Input resets it; when it reports the window idle, the file locks.
    IdleWatch *idleWatch() const;
    // The clock the idle time is measured with (the system's unless set).
    void setIdleClock(const Clock *clock);
    // The clock the files opened from now on read "today" from (the system's unless
    // set): the card's overdue marks, the week.
    void setStoreClock(const Clock *clock) { m_storeClock = clock; }
    // Minutes without input before an encrypted file locks (0: never); kept in Settings.
    void setIdleLockMinutes(int minutes);
    // Encrypts the open plain file under a passphrase asked for in the dialog
    // returned: the file closes, is encrypted in place and opens again, the client
    // and what was typed as they were.
    NewPassphraseDialog *encryptOpenFile();
    // File → Change passphrase… of the open encrypted file.
    ChangePassphraseDialog *changePassphrase();

    Store *store() const override;
    CaseSession *session() const { return m_session.get(); }
    ClientListPanel *clientList() const { return m_list; }
    // The week or the client list, on the left.
    CaseloadPages *caseload() const { return m_caseload; }
    ClientCard *card() const { return m_card; }
    NewClientDialog *newClient();
    SyncMenu *syncMenu() const { return m_syncMenu; }
    ReportMenu *reportMenu() const { return m_reportMenu; }
    GroupWorkMenu *groupWorkMenu() const { return m_groupWorkMenu; }
    RegionMenu *regionMenu() const { return m_regionMenu; }
    AccessExportAction *accessExport() const { return m_accessExport; }
    PlanPrintAction *planPrint() const { return m_planPrint; }
    QMenu *workerMenu() const { return m_workerMenu; }
    QAction *handOverAction() const { return m_handOverAction; }
    // Help → User guide (F1): the guide at the page that fits the widget with the focus.
    QAction *guideAction() const { return m_guideAction; }
    // Shows what a merge brought in: the list, the card and the codelists again.
    void reloadAfterMerge();

    // Where error messages go; a message box unless a test pre-answers it.
    void setErrorHandler(std::function<void(const QString &)> handler) { m_showError = std::move(handler); }
    // Where messages that are not errors go; a message box unless a test takes them.
    void setInformHandler(std::function<void(const QString &)> handler) { m_inform = std::move(handler); }
    // Asks a yes/no question; a message box unless a test pre-answers it.
    void setConfirmHandler(std::function<bool(const QString &)> handler) { m_confirm = std::move(handler); }
    enum class SaveAnswer { Save, Discard, Cancel };
    // Asks what to do with edits typed and not applied (the question lists them); a
    // message box unless a test pre-answers it.
    void setSaveQuestionHandler(std::function<SaveAnswer(const QString &)> handler)
    {
        m_askSave = std::move(handler);
    }
    // Asks for the passphrase of an encrypted file being opened: the prompt, modal,
    // unless a test answers it; returns whether the prompt opened the file.
    void setPassphrasePromptHandler(std::function<bool(PassphrasePrompt &)> handler)
    {
        m_askPassphrase = std::move(handler);
    }
    // Asks for a new passphrase (a new file; a file opened with the recovery key):
    // the dialog, modal, unless a test answers it; returns whether it was accepted.
    void setNewPassphraseHandler(std::function<bool(NewPassphraseDialog &)> handler)
    {
        m_askNewPassphrase = std::move(handler);
    }
    // Asks what to do with a file that cannot be opened for work: the dialog, modal,
    // unless a test answers it.
    void setWayOutHandler(std::function<UnopenableFileDialog::WayOut(UnopenableFileDialog &)> handler)
    {
        m_askWayOut = std::move(handler);
    }
    // File → Backups…: the dialog, modal, unless a test drives it.
    void setBackupsDialogHandler(std::function<void(BackupsDialog &)> handler) { m_showBackups = std::move(handler); }
    // Chooses the backup folder (empty: keep it); a folder dialog unless a test answers.
    void setBackupFolderHandler(std::function<QString()> handler) { m_chooseBackupFolder = std::move(handler); }
    // The clock automatic backups and their age in the status bar are read from.
    void setBackupClock(const Clock *clock);
    BackupKeeper *backupKeeper() const { return m_backups; }
    BackupStatus *backupStatus() const { return m_backupStatus; }
    void showBackups();
    // Puts `backup` in the place of the open file (kept aside) and opens it.
    bool restoreBackup(const QString &backup);
    // Before the open file is left (quitting, closing the window, opening or creating
    // another file, the demo): edits typed into the card and not applied, for any
    // client, are saved or discarded as the user answers, asked once. Returns false
    // when the user cancels, or when a rule refuses one of them: the card then shows
    // it with the reason, and the file stays open.
    bool settleUnappliedEdits();
    // GDPR erasure of the client on the card, after confirmation; returns whether done.
    // On a field laptop of a region it is a request, which waits for the coordinator:
    // the client stays, and false is returned.
    bool eraseCurrentClient();

    QTableView *clientView() const;
    QLineEdit *searchField() const;
    // Help → About Terén: the dialog, open (window-modal) and deleted when closed.
    AboutDialog *showAbout();

    void switchLanguage(const QString &language);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void retranslateUi();
    void updateUndoTexts();
    void updateWorkerStatus();
    void chooseAndOpen();
    void chooseAndCreate();
    // Closes the open file (a null store) or shows another; see ClientCard::Drafts.
    void setStore(std::unique_ptr<Store> store, ClientCard::Drafts drafts = ClientCard::Drafts::ForgetOnAnotherFile);
    // Opens `path`, asking for the passphrase when it needs one: null when cancelled.
    std::unique_ptr<Store> openStore(const QString &path);
    // MainWindowBackups.cpp
    void setUpBackups();
    FileRescue rescue();
    void refreshBackupStatus();
    void chooseBackupFolder();
    // A large file's integrity check, in the background after it opened read-only.
    void checkInBackground();
    void askNewPassphraseAfterRecovery(const QString &path);
    // Closes other windows and the file, keeping what was typed; and back again.
    // LockableWindow
    WindowPlace closeKeepingDrafts() override;
    void reopen(std::unique_ptr<Store> store, const WindowPlace &place) override;
    void lockChanged() override;
    void showStatus(const QString &message) override;
    bool encryptWith(const QString &passphrase);
    void chooseIdleMinutes();
    void updateFileState();
    void fillWorkerMenu();
    void showListMenu(const QPoint &position);
    void onClientChanged(QUuid clientId);

    std::unique_ptr<CaseSession> m_session;
    QUndoGroup *m_undoGroup;
    PlainFileBar *m_plainBar;
    ClockWarningBar *m_clockBar;
    QStackedWidget *m_pages; // the list and the card, or the lock screen
    QSplitter *m_splitter;
    ClientListPanel *m_list;
    ClientCard *m_card;
    CaseloadPages *m_caseload = nullptr;
    const Clock *m_storeClock = nullptr; // the system clock when null
    LockScreen *m_lockScreen;
    WindowLock *m_lock;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_clientMenu = nullptr;
    RegionMenu *m_regionMenu = nullptr;
    AccessExportAction *m_accessExport = nullptr;
    PlanPrintAction *m_planPrint = nullptr;
    SyncMenu *m_syncMenu = nullptr;
    ReportMenu *m_reportMenu = nullptr;
    GroupWorkMenu *m_groupWorkMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_workerMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_changePassphraseAction = nullptr;
    QAction *m_idleAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newClientAction = nullptr;
    QAction *m_findClientAction = nullptr;
    QAction *m_handOverAction = nullptr;
    QAction *m_czechAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_aboutAction = nullptr;
    std::function<void(const QString &)> m_showError;
    std::function<void(const QString &)> m_inform;
    std::function<bool(const QString &)> m_confirm;
    std::function<SaveAnswer(const QString &)> m_askSave;
    std::function<bool(PassphrasePrompt &)> m_askPassphrase;
    std::function<bool(NewPassphraseDialog &)> m_askNewPassphrase;
    std::function<UnopenableFileDialog::WayOut(UnopenableFileDialog &)> m_askWayOut;
    std::function<void(BackupsDialog &)> m_showBackups;
    std::function<QString()> m_chooseBackupFolder;
    BackupKeeper *m_backups = nullptr;
    BackupStatus *m_backupStatus = nullptr;
    QAction *m_backupsAction = nullptr;
    std::unique_ptr<BackgroundJob> m_integrityCheck;
    QMetaObject::Connection m_checkAfterList; // the check waits for the list's first rows
    QAction *m_eraseClientAction = nullptr;
    QLabel *m_workerStatus; // who this laptop works for, in the status bar
};

} // namespace teren
