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
#include "help/AboutDialog.h"
#include "help/ContextHelp.h"
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

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_plainBar(new PlainFileBar(this))
    , m_clockBar(new ClockWarningBar(this))
    , m_pages(new QStackedWidget(this))
    , m_splitter(new QSplitter(m_pages))
    , m_list(new ClientListPanel(m_splitter))
    , m_card(new ClientCard(m_splitter))
    , m_lockScreen(new LockScreen(m_pages))
    , m_lock(new WindowLock(*this, m_lockScreen, this))
    , m_showError([this](const QString &message) { QMessageBox::warning(this, tr("Terén"), message); })
    , m_inform([this](const QString &message) { QMessageBox::information(this, tr("Terén"), message); })
    , m_confirm([this](const QString &question) {
        return QMessageBox::warning(this, tr("Terén"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                    QMessageBox::Cancel)
            == QMessageBox::Yes;
    })
    , m_askSave([this](const QString &question) {
        switch (QMessageBox::question(this, tr("Terén"), question,
                                      QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                      QMessageBox::Save)) {
        case QMessageBox::Save:
            return SaveAnswer::Save;
        case QMessageBox::Discard:
            return SaveAnswer::Discard;
        default:
            return SaveAnswer::Cancel;
        }
    })
    , m_askPassphrase([](PassphrasePrompt &prompt) { return prompt.exec() == QDialog::Accepted; })
    , m_askNewPassphrase([](NewPassphraseDialog &dialog) { return dialog.exec() == QDialog::Accepted; })
{
    m_caseload = new CaseloadPages(m_list, m_splitter);
    m_splitter->addWidget(m_caseload);
    m_splitter->addWidget(m_card);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setSizes({520, 846});
    m_pages->addWidget(m_splitter);
    m_pages->addWidget(m_lockScreen);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_clockBar);
    centralLayout->addWidget(m_plainBar);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_plainBar, &PlainFileBar::encryptRequested, this, &MainWindow::encryptOpenFile);
    connect(m_list, &ClientListPanel::clientActivated, m_card, &ClientCard::showClient);
    connect(m_card, &ClientCard::clientShown, m_list, &ClientListPanel::setShownClient);
    connect(m_caseload->week(), &WeekView::itemActivated, m_card, &ClientCard::showItem);
    statusBar()->addWidget(m_caseload->week()->countsLabel());
    m_workerStatus = new QLabel(this);
    m_workerStatus->setObjectName(QStringLiteral("workerStatus"));
    statusBar()->addPermanentWidget(m_workerStatus);
    buildMenus();
    setUpBackups();
    retranslateUi();
    m_card->setSession(nullptr);
    updateFileState();
    WindowGeometry::manage(this, QSize(1366, 740), QStringLiteral("main"));
}

MainWindow::~MainWindow()
{
    m_card->setSession(nullptr);
    m_caseload->setSession(nullptr);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseAndCreate);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseAndOpen);
    m_openAction->setShortcut(QKeySequence::Open);
    m_demoAction = m_fileMenu->addAction(QString(), this, [this] {
        openDemo(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                 + QStringLiteral("/demo-karlovarsky-kraj.sqlite"));
    });
    m_fileMenu->addSeparator();
    m_lockAction = m_fileMenu->addAction(QString(), this, &MainWindow::lock);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_changePassphraseAction = m_fileMenu->addAction(QString(), this, &MainWindow::changePassphrase);
    m_backupsAction = m_fileMenu->addAction(QString(), this, &MainWindow::showBackups);
    m_backupsAction->setObjectName(QStringLiteral("backupsAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    // Ctrl+Q everywhere: not every platform's key bindings have a standard quit key.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    // Undo and redo name the edit in the current language ("Zpět: změna priority"):
    // QUndoGroup's own actions keep the prefix of the language they were made in and
    // put the edit's name after it as it is, capital letter and all.
    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_editMenu->addAction(QString(), m_undoGroup, &QUndoGroup::undo);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editMenu->addAction(QString(), m_undoGroup, &QUndoGroup::redo);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, &MainWindow::updateUndoTexts);

    m_clientMenu = menuBar()->addMenu(QString());
    m_newClientAction = m_clientMenu->addAction(QString(), this, &MainWindow::newClient);
    m_newClientAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_findClientAction = m_clientMenu->addAction(QString(), this, [this] {
        m_caseload->showClients();
        m_list->focusSearch();
    });
    m_findClientAction->setShortcut(QKeySequence::Find);
    m_clientMenu->addSeparator();
    m_handOverAction = m_clientMenu->addAction(QString(), this, &MainWindow::handOverSelected);
    m_clientMenu->addSeparator();
    m_planPrint = new PlanPrintAction(m_clientMenu, this, [this] { return m_session.get(); },
                                      [this] { return m_card->clientId(); });
    m_planPrint->setInformHandler([this](const QString &message) { m_inform(message); });
    m_planPrint->setErrorHandler([this](const QString &message) { m_showError(message); });
    connect(m_planPrint, &PlanPrintAction::printed, m_card->historyTab(), &HistoryTab::viewRecorded);
    m_clientMenu->addSeparator();
    m_accessExport = new AccessExportAction(m_clientMenu, this, [this] { return m_session.get(); },
                                            [this] { return m_card->clientId(); });
    m_accessExport->setInformHandler([this](const QString &message) { m_inform(message); });
    m_accessExport->setErrorHandler([this](const QString &message) { m_showError(message); });
    m_eraseClientAction = m_clientMenu->addAction(QString(), this, &MainWindow::eraseCurrentClient);
    // The same choices on the list itself.
    m_list->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list->view(), &QWidget::customContextMenuRequested, this, &MainWindow::showListMenu);

    m_caseload->addMenuTo(menuBar());
    m_groupWorkMenu = new GroupWorkMenu(menuBar(), this, [this] { return m_session.get(); }, [this] {
        return GroupWorkMenu::Context{m_list->localityFilter(), m_list->selectedClients()};
    });
    m_regionMenu = new RegionMenu(menuBar(), this, [this] { return m_session.get(); });
    m_syncMenu = new SyncMenu(menuBar(), this, [this] { return m_session.get(); });
    m_syncMenu->setConfirm([this](const QString &question) { return m_confirm(question); });
    connect(m_syncMenu, &SyncMenu::databaseChanged, this, &MainWindow::reloadAfterMerge);
    connect(m_syncMenu, &SyncMenu::failed, this, [this](const QString &message) { m_showError(message); });
    m_reportMenu = new ReportMenu(menuBar(), this, [this] { return m_session.get(); });

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    auto *languages = new QActionGroup(this);
    m_czechAction = m_languageMenu->addAction(QStringLiteral("Čeština"));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    for (QAction *action : {m_czechAction, m_englishAction}) {
        action->setCheckable(true);
        languages->addAction(action);
    }
    (Translations::current() == u"cs" ? m_czechAction : m_englishAction)->setChecked(true);
    connect(m_czechAction, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("cs")); });
    connect(m_englishAction, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("en")); });
    m_workerMenu = m_settingsMenu->addMenu(QString());
    m_workerMenu->setObjectName(QStringLiteral("workerMenu"));
    m_idleAction = m_settingsMenu->addAction(QString(), this, &MainWindow::chooseIdleMinutes);

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString(), this, [this] {
        ContextHelp::open(focusWidget() ? focusWidget() : this);
    });
    m_guideAction->setShortcut(QKeySequence(Qt::Key_F1));
    ContextHelp::installF1Key();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

AboutDialog *MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The guide opens over the dialog, which keeps the other windows waiting.
    connect(dialog, &AboutDialog::guideRequested, dialog, [dialog] { ContextHelp::open(dialog); });
    dialog->open();
    return dialog;
}

void MainWindow::retranslateUi()
{
    // The file, then the application: the window system appends the application's
    // name to a title that does not end with it, and would repeat it after "Terén — …".
    const QString application = QGuiApplication::applicationDisplayName();
    if (isLocked())
        setWindowTitle(tr("%1 (locked) — %2", "window title: the locked file — the application")
                           .arg(QFileInfo(m_lock->lockedPath()).fileName(), application));
    else
        setWindowTitle(store() ? tr("%1 — %2", "window title: the open file — the application")
                                     .arg(QFileInfo(store()->database().path()).fileName(), application)
                               : application);
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New database…"));
    m_openAction->setText(tr("&Open database…"));
    m_demoAction->setText(tr("Explore the &demo region"));
    m_lockAction->setText(tr("&Lock"));
    m_changePassphraseAction->setText(tr("Change &passphrase…"));
    m_backupsAction->setText(tr("&Backups…"));
    const int idleMinutes = m_lock->idleWatch()->limitMinutes();
    m_idleAction->setText(idleMinutes > 0 ? tr("Lock &when idle: after %n minute(s)…", nullptr, idleMinutes)
                                          : tr("Lock &when idle: never…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_clientMenu->setTitle(tr("&Client"));
    m_newClientAction->setText(tr("&New client…"));
    m_findClientAction->setText(tr("&Find client"));
    m_eraseClientAction->setText(tr("&Erase personal data (GDPR)…"));
    m_accessExport->retranslate();
    m_planPrint->retranslate();
    m_handOverAction->setText(tr("&Hand over to…"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_workerMenu->setTitle(tr("&I am…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User guide"));
    m_aboutAction->setText(tr("&About Terén"));
    updateUndoTexts();
    m_newClientAction->setEnabled(m_session != nullptr);
    m_eraseClientAction->setEnabled(m_session != nullptr);
    // Handing clients over is the coordinator's (a field laptop may not).
    m_handOverAction->setEnabled(m_session != nullptr && RegionAccess::mayEdit(m_session->store()));
    const bool encrypted = store() && store()->isEncrypted();
    m_lockAction->setEnabled(encrypted);
    m_changePassphraseAction->setEnabled(encrypted);
    m_backupsAction->setEnabled(store() != nullptr);
    // While locked, another file would leave what was typed in this one with
    // nowhere to go: only unlocking or quitting.
    for (QAction *action : {m_newAction, m_openAction, m_demoAction, m_findClientAction})
        action->setEnabled(!isLocked());
    m_regionMenu->retranslate();
    m_syncMenu->retranslate();
    m_reportMenu->retranslate();
    m_groupWorkMenu->retranslate();
    fillWorkerMenu();
    updateWorkerStatus();
}

void MainWindow::updateUndoTexts()
{
    // The edit's name goes in the middle of the sentence: lower case, but for a
    // word written in capitals ("GDPR").
    const auto inSentence = [](QString name) {
        if (!name.isEmpty() && !(name.size() > 1 && name.at(1).isUpper()))
            name[0] = name.at(0).toLower();
        return name;
    };
    const QString undo = m_undoGroup->undoText();
    const QString redo = m_undoGroup->redoText();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1", "%1: the edit undone").arg(inSentence(undo)));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1", "%1: the edit redone").arg(inSentence(redo)));
}

void MainWindow::updateWorkerStatus()
{
    Store *current = store();
    m_workerStatus->setVisible(current != nullptr);
    if (!current)
        return;
    const QUuid worker = current->currentWorker();
    const QString name = worker.isNull() ? QString() : DirectoryRepository(*current).workerName(worker);
    m_workerStatus->setText(tr("Worker: %1 · Installation: %2")
                                .arg(name.isEmpty() ? tr("not chosen (Settings → I am…)") : name,
                                     store()->replicaName()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isLocked() && m_card->hasUnappliedEdits()
        && !m_confirm(tr("Edits typed before Terén was locked are not saved yet; unlocking keeps them.\n\nQuit "
                         "and lose them?"))) {
        event->ignore();
        return;
    }
    if (!settleUnappliedEdits()) {
        event->ignore();
        return;
    }
    // A backup of what changed in this sitting; the window closes whatever happens.
    m_backups->backUpBeforeClosing();
    QMainWindow::closeEvent(event);
}

bool MainWindow::settleUnappliedEdits()
{
    if (!m_session)
        return true;
    const QStringList edits = m_card->unappliedEdits();
    if (edits.isEmpty())
        return true;
    const QString question = tr("Some edits were typed but not applied yet:\n\n%1\n\nSave them?")
                                 .arg(edits.join(QLatin1Char('\n')));
    switch (m_askSave(question)) {
    case SaveAnswer::Save:
        if (m_card->applyUnappliedEdits())
            return true;
        // The card shows the edit refused, with the reason beside its field.
        m_list->revealClient(m_card->clientId());
        statusBar()->showMessage(tr("An edit could not be saved; the card shows why."), 8000);
        return false;
    case SaveAnswer::Discard:
        m_card->discardUnappliedEdits();
        return true;
    case SaveAnswer::Cancel:
        break;
    }
    return false;
}

void MainWindow::switchLanguage(const QString &language)
{
    Settings::setLanguage(language);
    Translations::install(language);
    (language == u"cs" ? m_czechAction : m_englishAction)->setChecked(true);
}

Store *MainWindow::store() const
{
    return m_session ? &m_session->store() : nullptr;
}

QTableView *MainWindow::clientView() const
{
    return m_list->view();
}

QLineEdit *MainWindow::searchField() const
{
    return m_list->searchField();
}

bool MainWindow::openDatabase(const QString &path)
{
    // The file open already stays as it is: a second store on it would hand the
    // file's key back when the first one closes, under the second.
    if (store() && QFileInfo(path).canonicalFilePath() == QFileInfo(store()->database().path()).canonicalFilePath())
        return true;
    if (!settleUnappliedEdits())
        return false;
    try {
        std::unique_ptr<Store> opened;
        try {
            opened = openStore(path);
        } catch (const UnopenableFile &problem) {
            // Nothing open now: a way out may move the file aside.
            setStore(nullptr);
            StoreOptions options;
            options.exclusive = true;
            opened = rescue().rescue(path, problem, options);
        }
        if (!opened)
            return false;
        setStore(std::move(opened));
        return true;
    } catch (const Error &error) {
        m_showError(error.message());
        return false;
    }
}

std::unique_ptr<Store> MainWindow::openStore(const QString &path)
{
    // A plain file opens as it is; so does an encrypted one unlocked in this process
    // already (and, in tests, one under the suite's passphrase).
    StoreOptions options;
    options.exclusive = true;
    options.clock = m_storeClock;
    options.deferIntegrityCheck = OpenChecks::checkTakesLong(path);
    try {
        return Store::open(path, options);
    } catch (const UnopenableFile &) {
        throw;
    } catch (const Error &) {
        if (!Store::isEncrypted(path))
            throw;
    }
    PassphrasePrompt prompt(path, this);
    prompt.setOptions(options);
    if (!m_askPassphrase(prompt))
        return nullptr;
    if (prompt.problem())
        throw *prompt.problem();
    const bool recovered = prompt.openedWithRecoveryKey();
    std::unique_ptr<Store> opened = prompt.takeStore();
    if (opened && recovered)
        askNewPassphraseAfterRecovery(path);
    return opened;
}

void MainWindow::askNewPassphraseAfterRecovery(const QString &path)
{
    // The recovery key is for a lost passphrase: the file gets a new one now, or
    // needs the key again next time.
    NewPassphraseDialog dialog(NewPassphraseDialog::Purpose::AfterRecovery, path, this);
    if (!m_askNewPassphrase(dialog))
        return;
    try {
        FileEncryption::setPassphrase(path, dialog.passphrase());
        statusBar()->showMessage(tr("The file has a new passphrase."), 8000);
    } catch (const Error &error) {
        m_showError(error.message());
    }
}

bool MainWindow::createDatabase(const QString &path)
{
    if (!settleUnappliedEdits())
        return false;
    // Native save dialogs do not add the filter's extension to a name typed without it.
    QString file = path;
    if (!file.endsWith(QStringLiteral(".sqlite"), Qt::CaseInsensitive))
        file += QStringLiteral(".sqlite");
    NewPassphraseDialog dialog(NewPassphraseDialog::Purpose::NewFile, file, this);
    if (!m_askNewPassphrase(dialog))
        return false;
    StoreOptions options;
    options.passphrase = dialog.passphrase();
    try {
        setStore(Store::create(file, options));
        return true;
    } catch (const Error &error) {
        m_showError(error.message());
        return false;
    }
}

bool MainWindow::openDemo(const QString &path)
{
    if (!settleUnappliedEdits())
        return false;
    if (QFileInfo::exists(path))
        return openDatabase(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QProgressDialog progress(tr("Creating the demo region…"), tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("demoProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    BackgroundJob job([path](JobControl &control) {
        DemoOptions options;
        options.progress = [&control](int clients, int total) {
            control.progress(clients, total);
            return !control.isCancelled();
        };
        DemoGenerator::generate(path, options);
    });
    connect(&job, &BackgroundJob::progressed, &progress,
            [&progress](int clients, int total) { progress.setValue(total > 0 ? clients * 100 / total : 0); });
    connect(&progress, &QProgressDialog::canceled, &job, &BackgroundJob::cancel);
    // The caller gets the opened file (or not) when this returns, so wait here; the
    // window stays responsive and Cancel works meanwhile.
    QEventLoop generating;
    QString failure;
    connect(&job, &BackgroundJob::finished, &generating, [&](const QString &error) {
        failure = error;
        generating.quit();
    });
    job.start();
    generating.exec();
    progress.reset();
    if (!failure.isEmpty()) {
        if (!job.isCancelled())
            m_showError(failure);
        return false;
    }
    return openDatabase(path);
}

bool MainWindow::runWelcome()
{
    WelcomeDialog welcome(this);
    switch (welcome.exec()) {
    case WelcomeDialog::SetUpRegion:
        // The wizard opens the file it makes when it is finished.
        return setUpRegion() != nullptr;
    case WelcomeDialog::JoinRegion:
        return joinNewRegion() != nullptr;
    case WelcomeDialog::OpenExisting:
        chooseAndOpen();
        break;
    case WelcomeDialog::ExploreDemo:
        m_demoAction->trigger();
        break;
    default:
        return false;
    }
    return store() != nullptr;
}

RegionSetupWizard *MainWindow::setUpRegion()
{
    if (!settleUnappliedEdits())
        return nullptr;
    auto *wizard = new RegionSetupWizard(this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        std::unique_ptr<Store> created = wizard->takeStore();
        if (!created)
            return;
        setStore(std::move(created));
        statusBar()->showMessage(tr("The region is set up. Add its workers and localities under Region, then "
                                    "enrol the workers' laptops under Sync."),
                                 15000);
    });
    wizard->open();
    return wizard;
}

JoinRegionDialog *MainWindow::joinNewRegion(QString path)
{
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Where to save this laptop's file"), QString(),
                                            tr("Terén databases (*.sqlite)"));
    if (path.isEmpty() || !createDatabase(path))
        return nullptr;
    return m_syncMenu->joinRegion();
}

void MainWindow::setStore(std::unique_ptr<Store> store, ClientCard::Drafts drafts)
{
    disconnect(m_checkAfterList);
    m_integrityCheck.reset();
    if (m_session)
        m_backups->backUpBeforeClosing();
    m_backups->setStore(nullptr);
    m_card->setSession(nullptr, drafts);
    m_caseload->setSession(nullptr);
    m_list->setStore(nullptr);
    m_session.reset();
    if (store) {
        m_lock->forget();
        m_session = std::make_unique<CaseSession>(std::move(store));
        m_undoGroup->addStack(m_session->undoStack());
        m_undoGroup->setActiveStack(m_session->undoStack());
        connect(m_session.get(), &CaseSession::clientChanged, this, &MainWindow::onClientChanged);
        connect(m_session.get(), &CaseSession::failed, this, [this](const QString &message) {
            statusBar()->showMessage(message, 8000);
            m_showError(message);
        });
        Settings::setLastFile(m_session->store().database().path());
        m_list->setStore(&m_session->store());
        m_card->setSession(m_session.get(), drafts);
        m_caseload->setSession(m_session.get());
        if (drafts != ClientCard::Drafts::Keep)
            m_caseload->showStart();
        if (m_session->store().isCheckPending()) {
            // The check reads the whole file; on a disk not yet in the page cache it
            // would hold the list's first rows back by seconds.
            if (m_list->isLoading())
                m_checkAfterList = connect(m_list, &ClientListPanel::firstRowsShown, this, [this] {
                    disconnect(m_checkAfterList);
                    checkInBackground();
                });
            else
                checkInBackground();
        } else
            m_backups->setStore(&m_session->store());
    }
    m_clockBar->showCheck(m_session ? ClockCheck::of(m_session->store()) : ClockCheck());
    updateFileState();
    retranslateUi();
}

void MainWindow::updateFileState()
{
    const bool encrypted = store() && store()->isEncrypted();
    m_plainBar->setVisible(store() && !encrypted);
    m_pages->setCurrentWidget(isLocked() ? static_cast<QWidget *>(m_lockScreen) : m_splitter);
    m_lock->idleWatch()->setActive(encrypted);
    refreshBackupStatus();
}

void MainWindow::reloadAfterMerge()
{
    if (!m_session)
        return;
    const QUuid current = m_card->clientId();
    m_session->store().reloadCodelists();
    m_list->setStore(&m_session->store());
    m_card->setSession(m_session.get());
    m_caseload->week()->reload();
    if (!current.isNull()) {
        m_list->selectClient(current);
        m_card->showClient(current);
    }
    m_syncMenu->retranslate();
    m_reportMenu->retranslate();
    m_groupWorkMenu->retranslate();
    // Joining a region makes this laptop that worker's.
    fillWorkerMenu();
    updateWorkerStatus();
}


void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QString(),
                                                      tr("Terén databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::chooseAndCreate()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QString(),
                                                      tr("Terén databases (*.sqlite)"));
    if (!path.isEmpty())
        createDatabase(path);
}

} // namespace teren
