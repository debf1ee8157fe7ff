#include "StatusJob.h"

#include "BackgroundJob.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>

namespace teren {

StatusJob::StatusJob(QLabel *status, QPushButton *button, QObject *parent)
    : QObject(parent), m_status(status), m_button(button)
{
}

StatusJob::~StatusJob()
{
    if (m_job)
        m_job->wait();
}

bool StatusJob::isRunning() const
{
    return m_job && m_job->isRunning();
}

void StatusJob::start(const QString &databasePath, const QString &busyText, Work work)
{
    if (isRunning())
        return;
    m_status->setText(busyText);
    m_button->setEnabled(false);
    delete m_job;
    m_job = new BackgroundJob(
        databasePath, [this, work = std::move(work)](Store &store, JobControl &) { m_summary = work(store); }, this);
    connect(m_job, &BackgroundJob::finished, this, [this](const QString &error) {
        m_button->setEnabled(true);
        m_status->setText(error.isEmpty() ? m_summary : error);
    });
    m_job->start();
}

void StatusJob::wait()
{
    if (m_job)
        m_job->wait();
    QCoreApplication::processEvents();
}

} // namespace teren
