#include "WindowLock.h"

#include "BackgroundJob.h"
#include "IdleWatch.h"
#include "LockScreen.h"
#include "OtherWindows.h"
#include "Settings.h"

#include "domain/Error.h"
#include "storage/Database.h"
#include "storage/EncryptedVfs.h"
#include "storage/FileEncryption.h"
#include "store/Store.h"

#include <QGuiApplication>
#include <QTimer>

namespace teren {

WindowLock::WindowLock(LockableWindow &window, LockScreen *screen, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_screen(screen)
    , m_idle(new IdleWatch(this))
{
    connect(m_screen, &LockScreen::unlockRequested, this, &WindowLock::unlock);
    m_idle->setLimitMinutes(Settings::lockMinutes());
    connect(m_idle, &IdleWatch::idle, this, [this] {
        // Idle with a job running: the next look at the clock tries again.
        if (RunningJobs::instance().count() == 0)
            lock();
    });
    // Queued: the job that ended is still delivering its own finished().
    connect(
        &RunningJobs::instance(), &RunningJobs::allFinished, this,
        [this] {
            if (std::exchange(m_lockWhenJobsEnd, false))
                lock();
        },
        Qt::QueuedConnection);
}

bool WindowLock::lock()
{
    if (isLocked())
        return true;
    const Store *store = m_window.store();
    if (!store || !store->isEncrypted())
        return false;
    if (RunningJobs::instance().count() > 0) {
        m_lockWhenJobsEnd = true;
        m_window.showStatus(tr("Terén locks as soon as the work in progress has finished."));
        return false;
    }
    if (OtherWindows::waitingForAnswer()) {
        OtherWindows::cancelQuestions();
        QTimer::singleShot(100, this, [this] { lock(); });
        return false;
    }
    lockNow();
    return true;
}

void WindowLock::lockNow()
{
    const QString path = m_window.store()->database().path();
    m_lockedPlace = m_window.closeKeepingDrafts();
    // The store handed its key back as it closed; a store elsewhere in this process
    // that unlocked the file must not keep it open to anyone without the passphrase.
    EncryptedVfs::lock(path);
    m_lockedPath = path;
    m_screen->showFor(path);
    m_window.lockChanged();
}

bool WindowLock::unlock(const QString &passphrase)
{
    if (!isLocked() || passphrase.isEmpty())
        return false;
    StoreOptions options;
    options.passphrase = passphrase;
    std::unique_ptr<Store> opened;
    QString failure;
    // Deriving the key from a passphrase takes a moment, on purpose.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        opened = Store::open(m_lockedPath, options);
    } catch (const Error &error) {
        failure = error.message();
    }
    QGuiApplication::restoreOverrideCursor();
    if (!opened) {
        m_screen->showError(failure);
        return false;
    }
    const WindowPlace place = m_lockedPlace;
    m_lockedPath.clear();
    m_window.reopen(std::move(opened), place);
    return true;
}

QString WindowLock::encrypt(const QString &passphrase)
{
    Store *store = m_window.store();
    if (!store || store->isEncrypted())
        return tr("The file is encrypted already.");
    // A job works on its own connection to the file, which must be closed everywhere.
    if (RunningJobs::instance().count() > 0)
        return tr("Wait until the work in progress has finished, then encrypt the file.");
    const QString path = store->database().path();
    const WindowPlace place = m_window.closeKeepingDrafts();
    QString failure;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        FileEncryption::encryptInPlace(path, passphrase);
    } catch (const Error &error) {
        failure = error.message();
    }
    QGuiApplication::restoreOverrideCursor();
    // Refused, the file is as it was (a plain file opens without the passphrase).
    StoreOptions options;
    options.passphrase = passphrase;
    try {
        m_window.reopen(Store::open(path, options), place);
    } catch (const Error &error) {
        failure = failure.isEmpty() ? error.message() : failure + QLatin1Char('\n') + error.message();
    }
    if (failure.isEmpty())
        m_window.showStatus(tr("The file is encrypted now: its passphrase is asked for when it is opened and when "
                               "Terén is unlocked."));
    return failure;
}

void WindowLock::setIdleClock(const Clock *clock)
{
    m_idle->setClock(clock);
}

void WindowLock::setIdleLockMinutes(int minutes)
{
    Settings::setLockMinutes(minutes);
    m_idle->setLimitMinutes(Settings::lockMinutes());
}

} // namespace teren
