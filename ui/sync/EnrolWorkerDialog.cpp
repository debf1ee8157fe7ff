#include "EnrolWorkerDialog.h"

#include "BundleFileEdit.h"
#include "BundleLockEditor.h"
#include "CaseSession.h"
#include "domain/Error.h"
#include "StatusJob.h"
#include "store/Repositories.h"
#include "sync/Enrolment.h"
#include "WindowGeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace teren {

EnrolWorkerDialog::EnrolWorkerDialog(CaseSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_workerLabel(new QLabel(this))
    , m_workers(new QComboBox(this))
    , m_outputLabel(new QLabel(this))
    , m_output(new BundleFileEdit(BundleFileEdit::Mode::Save, this))
    , m_lock(new BundleLockEditor(BundleLockEditor::Recipient::NewInstallation, this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_issue(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , m_job(new StatusJob(m_status, m_issue, this))
{
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("enrolStatus"));
    m_workerLabel->setBuddy(m_workers);
    m_outputLabel->setBuddy(m_output);

    auto *form = new QFormLayout;
    form->addRow(m_workerLabel, m_workers);
    form->addRow(m_outputLabel, m_output);
    form->addRow(m_lock);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    WindowGeometry::manage(this, QSize(640, 380));

    connect(m_issue, &QPushButton::clicked, this, &EnrolWorkerDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EnrolWorkerDialog::reject);
    loadWorkers();
    retranslate();
}

void EnrolWorkerDialog::loadWorkers()
{
    m_workers->clear();
    try {
        for (const Worker &worker : DirectoryRepository(m_session.store()).workers())
            m_workers->addItem(worker.name, worker.id);
    } catch (const Error &error) {
        m_status->setText(error.message());
    }
}

bool EnrolWorkerDialog::setWorker(const QUuid &workerId)
{
    const int index = m_workers->findData(workerId);
    if (index >= 0)
        m_workers->setCurrentIndex(index);
    return index >= 0;
}

void EnrolWorkerDialog::setOutput(const QString &path)
{
    m_output->setPath(path);
}

void EnrolWorkerDialog::start()
{
    if (m_job->isRunning())
        return;
    const QUuid worker = m_workers->currentData().toUuid();
    QString error;
    if (worker.isNull())
        error = tr("Choose the worker to enrol.");
    else if (m_output->path().isEmpty())
        error = tr("Choose where to save the enrolment.");
    else
        error = m_lock->problem();
    BundleLock lock;
    QUuid recipient;
    if (error.isEmpty()) {
        try {
            lock = m_lock->lock(&recipient);
        } catch (const Error &failure) {
            error = failure.message();
        }
    }
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    const QString output = m_output->path();
    const QString name = m_workers->currentText();
    m_job->start(m_session.store().database().path(), tr("Writing the enrolment…"),
                 [worker, lock, recipient, output, name](Store &store) {
                     const Enrolment::Issued issued = Enrolment(store).issue(output, worker, lock, recipient);
                     const int records = static_cast<int>(issued.records);
                     return (lock.passphrase.isEmpty()
                                 ? tr("Enrolment for %1 saved to %2 with %n record(s). On the new laptop: Sync → "
                                      "Join a region…, with this file.",
                                      nullptr, records)
                                 : tr("Enrolment for %1 saved to %2 with %n record(s). On the new laptop: Sync → "
                                      "Join a region…, with this file and the passphrase (tell it in person, not "
                                      "with the file).",
                                      nullptr, records))
                         .arg(name, output);
                 });
}

void EnrolWorkerDialog::waitForFinished()
{
    m_job->wait();
}

void EnrolWorkerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void EnrolWorkerDialog::retranslate()
{
    setWindowTitle(tr("Enrol a worker"));
    m_intro->setText(tr("Writes an enrolment for a worker's new laptop: the region's codelists, localities, "
                        "providers, workers and targets, the worker's clients, and a secret with which the laptop "
                        "proves itself, so its bundles are accepted without exchanging keys. Enrolling a worker "
                        "again (a lost laptop) makes the previous enrolment invalid for laptops not yet joined."));
    m_workerLabel->setText(tr("&Worker:"));
    m_outputLabel->setText(tr("&Save as:"));
    m_output->setDialogTitle(tr("Save the enrolment as"));
    m_issue->setText(tr("&Enrol"));
}

} // namespace teren
