#include "BackupKeeper.h"

#include "BackgroundJob.h"
#include "Settings.h"

#include "changes/ChangeLog.h"
#include "changes/Clock.h"
#include "domain/Error.h"
#include "store/Store.h"

#include <QCursor>
#include <QGuiApplication>

namespace teren {

BackupKeeper::BackupKeeper(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(30 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &BackupKeeper::backUpIfDue);
}

BackupKeeper::~BackupKeeper() = default;

const Clock &BackupKeeper::clock() const
{
    return m_clock ? *m_clock : Clock::system();
}

QString BackupKeeper::folder() const
{
    return backups().folder();
}

Backups BackupKeeper::backups() const
{
    return Backups(m_path, Settings::backupFolder());
}

std::optional<BackupFile> BackupKeeper::latest() const
{
    if (m_path.isEmpty())
        return std::nullopt;
    return backups().latest();
}

qint64 BackupKeeper::changeCount() const
{
    return m_store ? changelog::lastSeq(m_store->database()) : -1;
}

void BackupKeeper::setStore(Store *store)
{
    m_job.reset();
    m_store = store;
    m_path = store ? store->database().path() : QString();
    m_changesAtBackup = changeCount();
    if (!store || store->isReadOnly()) {
        m_timer.stop();
        return;
    }
    m_timer.start();
    // Deferred, so opening a file shows it first.
    QTimer::singleShot(0, this, &BackupKeeper::backUpIfDue);
}

void BackupKeeper::backUpIfDue()
{
    if (!m_store || m_store->isReadOnly() || m_job)
        return;
    const std::optional<BackupFile> newest = latest();
    if (newest && newest->taken.secsTo(clock().now()) < intervalSecs)
        return;
    const QString path = m_path;
    Backups target = backups();
    const QDateTime now = clock().now();
    const qint64 changes = changeCount();
    auto made = std::make_shared<BackupFile>();
    // The job has its own connection to the file: the window goes on meanwhile.
    m_job = std::make_unique<BackgroundJob>([target, now, made](JobControl &) mutable {
        *made = target.make(now);
    });
    connect(m_job.get(), &BackgroundJob::finished, this, [this, made, changes](const QString &error) {
        m_job.release()->deleteLater();
        if (!error.isEmpty()) {
            Q_EMIT failed(error);
            return;
        }
        m_changesAtBackup = changes;
        Q_EMIT backedUp(*made);
    });
    m_job->start();
}

bool BackupKeeper::backUpBeforeClosing()
{
    m_job.reset(); // waits for a backup under way
    if (!m_store || m_store->isReadOnly() || changeCount() == m_changesAtBackup)
        return true;
    return backUpNow();
}

bool BackupKeeper::backUpNow()
{
    if (!m_store)
        return false;
    m_job.reset();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    bool done = false;
    try {
        const BackupFile made = backups().make(clock().now());
        m_changesAtBackup = changeCount();
        done = true;
        QGuiApplication::restoreOverrideCursor();
        Q_EMIT backedUp(made);
    } catch (const Error &error) {
        QGuiApplication::restoreOverrideCursor();
        Q_EMIT failed(error.message());
    }
    return done;
}

} // namespace teren
