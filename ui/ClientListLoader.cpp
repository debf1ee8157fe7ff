#include "ClientListLoader.h"

#include "BackgroundJob.h"
#include "store/ClientSummaries.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QTimer>

#include <utility>

namespace teren {

namespace {

// A 1,300-client region is about 22 MB and reads in some 20 ms; 10,000 clients are
// about 170 MB and take long enough to be felt.
qint64 g_backgroundFrom = qint64(32) * 1024 * 1024;

} // namespace

// What the job's thread hands over to the GUI thread. Shared, so a job dropped while
// its last rows are on the way writes into something that still exists.
struct ClientListLoader::Reading
{
    QString path;
    QDate today;
    QMutex mutex;
    ClientListRows firstPage;
    ClientListRows all;
};

ClientListLoader::ClientListLoader(QObject *parent)
    : QObject(parent)
{
}

ClientListLoader::~ClientListLoader() = default;

qint64 ClientListLoader::backgroundFrom()
{
    return g_backgroundFrom;
}

void ClientListLoader::setBackgroundFrom(qint64 bytes)
{
    g_backgroundFrom = bytes;
}

bool ClientListLoader::readsInBackground(Store &store)
{
    return QFileInfo(store.database().path()).size() >= g_backgroundFrom;
}

void ClientListLoader::load(Store &store)
{
    cancel();
    m_reading = std::make_shared<Reading>();
    m_reading->path = store.database().path();
    m_reading->today = store.clock().today();
    std::shared_ptr<Reading> reading = m_reading;
    m_job = std::make_unique<BackgroundJob>([this, reading](JobControl &control) {
        StoreOptions options;
        options.readOnly = true;
        // The window's own connection checks the file; this one only reads rows.
        options.deferIntegrityCheck = true;
        const std::unique_ptr<Store> own = Store::open(reading->path, options);
        ClientSummaries summaries(*own, reading->today);
        ClientListRowMaker maker;
        ClientListRows page;
        for (ClientSummary &summary : summaries.first(firstPageRows))
            page.push_back(maker.make(std::move(summary)));
        ClientListOrder::rankByName(page);
        {
            const QMutexLocker lock(&reading->mutex);
            reading->firstPage = std::move(page);
        }
        QMetaObject::invokeMethod(this, &ClientListLoader::deliverFirstPage, Qt::QueuedConnection);
        ClientListRows all;
        summaries.each([&](ClientSummary &&summary) {
            all.push_back(maker.make(std::move(summary)));
            return !control.isCancelled();
        });
        if (control.isCancelled())
            return;
        ClientListOrder::rankByName(all);
        const QMutexLocker lock(&reading->mutex);
        reading->all = std::move(all);
    });
    connect(m_job.get(), &BackgroundJob::finished, this, &ClientListLoader::finish);
    // The window is laid out and painted before the job competes for the disk.
    QTimer::singleShot(0, m_job.get(), [this] { start(); });
}

void ClientListLoader::start()
{
    if (m_job)
        m_job->start();
}

void ClientListLoader::cancel()
{
    if (m_job)
        m_job->cancel();
    // The job's destructor waits for the work, which stops at its next row.
    m_job.reset();
    m_reading.reset();
}

ClientListRows ClientListLoader::takeRows()
{
    return std::exchange(m_rows, {});
}

void ClientListLoader::deliverFirstPage()
{
    if (!m_reading)
        return;
    {
        const QMutexLocker lock(&m_reading->mutex);
        if (m_reading->firstPage.empty())
            return;
        m_rows = std::move(m_reading->firstPage);
        m_reading->firstPage.clear();
    }
    Q_EMIT firstPageRead();
}

void ClientListLoader::finish(const QString &error)
{
    // The job goes after this slot returns: it emitted the signal that called it.
    m_job.release()->deleteLater();
    const std::shared_ptr<Reading> reading = std::exchange(m_reading, nullptr);
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    {
        const QMutexLocker lock(&reading->mutex);
        m_rows = std::move(reading->all);
    }
    Q_EMIT allRead();
}

} // namespace teren
