#include "BackgroundJob.h"

#include "ErrorMessage.h"
#include "store/Store.h"

#include <QMutexLocker>
#include <QThread>

#include <utility>

namespace teren {

RunningJobs &RunningJobs::instance()
{
    static RunningJobs jobs;
    return jobs;
}

void RunningJobs::ended()
{
    if (--m_count == 0)
        Q_EMIT allFinished();
}

bool JobControl::isCancelled() const
{
    return m_job.isCancelled();
}

void JobControl::progress(int done, int total)
{
    m_job.reportProgress(done, total);
}

BackgroundJob::BackgroundJob(Work work, QObject *parent)
    : QObject(parent)
    , m_work(std::move(work))
{
}

BackgroundJob::BackgroundJob(const QString &databasePath, StoreWork work, QObject *parent)
    : BackgroundJob(
          [databasePath, work = std::move(work)](JobControl &control) {
              const std::unique_ptr<Store> store = Store::open(databasePath);
              work(*store, control);
          },
          parent)
{
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    wait();
    countEnded();
    delete m_thread;
}

void BackgroundJob::start()
{
    if (isRunning())
        return;
    m_cancelled = false;
    m_error.clear();
    delete m_thread;
    m_thread = QThread::create([this] {
        JobControl control(*this);
        try {
            m_work(control);
        } catch (const std::exception &error) {
            m_error = ErrorMessage::of(error);
        } catch (...) {
            m_error = ErrorMessage::ofUnknown();
        }
    });
    connect(m_thread, &QThread::finished, this, [this] {
        countEnded();
        Q_EMIT finished(m_error);
    });
    m_counted = true;
    RunningJobs::instance().started();
    m_thread->start();
}

void BackgroundJob::countEnded()
{
    if (std::exchange(m_counted, false))
        RunningJobs::instance().ended();
}

bool BackgroundJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

void BackgroundJob::reportProgress(int done, int total)
{
    {
        const QMutexLocker lock(&m_progressMutex);
        m_done = done;
        m_total = total;
    }
    // One delivery pending at a time: a fast work does not flood the event loop.
    if (!m_progressPending.exchange(true))
        QMetaObject::invokeMethod(this, &BackgroundJob::deliverProgress, Qt::QueuedConnection);
}

void BackgroundJob::deliverProgress()
{
    m_progressPending = false;
    int done = 0;
    int total = 0;
    {
        const QMutexLocker lock(&m_progressMutex);
        done = m_done;
        total = m_total;
    }
    Q_EMIT progressed(done, total);
}

} // namespace teren
