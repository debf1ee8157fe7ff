#include "ReportComputation.h"

#include "BackgroundJob.h"
#include "report/ReportBuilder.h"
#include "storage/Database.h"

#include <memory>
#include <utility>

namespace teren {

ReportComputation::ReportComputation(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
}

ReportComputation::~ReportComputation()
{
    // The jobs are children: each cancels and waits as it is deleted.
    abandon();
}

void ReportComputation::start(const ReportFilter &filter, int smallCellLimit)
{
    letGo();
    auto result = std::make_shared<Report>();
    const QString path = m_databasePath;
    auto *job = new BackgroundJob(
        [path, filter, smallCellLimit, result](JobControl &control) {
            // Read-only: a file that went away is reported, not created anew.
            Database db(path, Database::Access::ReadOnly);
            ReportBuilder builder(db, [&control](int done, int total) {
                control.progress(done, total);
                return true;
            });
            builder.setCancelled([&control] { return control.isCancelled(); });
            builder.setSmallCellLimit(smallCellLimit);
            *result = builder.build(filter);
        },
        this);
    m_current = job;
    connect(job, &BackgroundJob::progressed, this, [this, job](int done, int total) {
        if (job == m_current)
            Q_EMIT progressed(done, total);
    });
    connect(job, &BackgroundJob::finished, this, [this, job, result](const QString &error) {
        job->deleteLater();
        if (job != m_current)
            return;
        m_current = nullptr;
        if (job->isCancelled())
            Q_EMIT cancelled();
        else if (error.isEmpty())
            Q_EMIT computed(*result);
        else
            Q_EMIT failed(error);
    });
    job->start();
}

void ReportComputation::cancel()
{
    if (!isRunning())
        return;
    letGo();
    Q_EMIT cancelled();
}

void ReportComputation::abandon()
{
    letGo();
}

void ReportComputation::letGo()
{
    if (BackgroundJob *job = std::exchange(m_current, nullptr))
        job->cancel();
}

} // namespace teren
