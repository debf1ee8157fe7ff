#include "BackgroundJob.h"

#include "domain/Error.h"
#include "store/Store.h"

#include <QThread>

namespace teren {

BackgroundJob::BackgroundJob(const QString &databasePath, Work work, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_work(std::move(work))
{
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    wait();
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
        try {
            const std::unique_ptr<Store> store = Store::open(m_path);
            m_work(*store, m_cancelled);
        } catch (const Error &error) {
            m_error = error.message();
        }
    });
    connect(m_thread, &QThread::finished, this, [this] { Q_EMIT finished(m_error); });
    m_thread->start();
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

} // namespace teren
