#pragma once

#include <QObject>
#include <QString>
#include <QUuid>

#include <memory>

namespace teren {

class Clock;
class IdleWatch;
class LockScreen;
class Store;

// Where a window was when its file closed for a while, to come back to.
struct WindowPlace
{
    QUuid client;
    int tab = 0;
};

// What WindowLock needs of the window it locks.
class LockableWindow
{
public:
    virtual ~LockableWindow() = default;
    virtual Store *store() const = 0;
    // Closes the open file, keeping what was typed and not applied; where it was.
    virtual WindowPlace closeKeepingDrafts() = 0;
    virtual void reopen(std::unique_ptr<Store> store, const WindowPlace &place) = 0;
    // The window locked or unlocked: what it shows and its title follow.
    virtual void lockChanged() = 0;
    virtual void showStatus(const QString &message) = 0;
};

// The protection of a window's file. The lock of a window on an encrypted file: File → Lock and the idle time close the
// file and wipe its key, and only the lock screen shows until the passphrase opens
// the file again on the client and tab shown before. A lock waits for running
// background jobs (they work on the file) and for questions still being asked. And
// encrypting a plain file in place, which closes and reopens it the same way.
class WindowLock : public QObject
{
    Q_OBJECT

public:
    WindowLock(LockableWindow &window, LockScreen *screen, QObject *parent = nullptr);

    // Returns whether the window is locked now.
    bool lock();
    // False, with the reason on the lock screen, when the passphrase does not open it.
    bool unlock(const QString &passphrase);
    bool isLocked() const { return !m_lockedPath.isEmpty(); }
    const QString &lockedPath() const { return m_lockedPath; }
    // A file was opened: whatever was locked is over.
    void forget() { m_lockedPath.clear(); }

    // Encrypts the open plain file in place under `passphrase` and opens it again on
    // the same client, with what was typed; the reason when it could not (the file is
    // then as it was).
    QString encrypt(const QString &passphrase);

    IdleWatch *idleWatch() const { return m_idle; }
    void setIdleClock(const Clock *clock);
    // Minutes without input before an encrypted file locks (0: never); kept in Settings.
    void setIdleLockMinutes(int minutes);

private:
    void lockNow();

    LockableWindow &m_window;
    LockScreen *m_screen;
    IdleWatch *m_idle;
    QString m_lockedPath; // empty: not locked
    WindowPlace m_lockedPlace;
    bool m_lockWhenJobsEnd = false;
};

} // namespace teren
