#pragma once

#include <QDialog>
#include <QUuid>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace teren {

class BundleFileEdit;
class BundleLockEditor;
class CaseSession;
class StatusJob;

// The coordinator enrols a worker's new laptop: an enrolment bundle with the
// region's shared records, the worker's clients and the secret with which the laptop
// proves itself, written off the GUI thread. The laptop joins with Sync → Join a
// region…; its first bundle is then trusted without exchanging keys. Enrolling a
// worker again (a lost or replaced laptop) replaces the secret, so the old laptop's
// claim no longer holds.
class EnrolWorkerDialog : public QDialog
{
    Q_OBJECT

public:
    EnrolWorkerDialog(CaseSession &session, QWidget *parent = nullptr);

    // Selects the worker; false when there is no such live worker.
    bool setWorker(const QUuid &workerId);
    void setOutput(const QString &path);
    BundleLockEditor *lock() const { return m_lock; }
    void start();
    void waitForFinished();
    QLabel *status() const { return m_status; }
    QComboBox *workers() const { return m_workers; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadWorkers();
    void retranslate();

    CaseSession &m_session;
    QLabel *m_intro;
    QLabel *m_workerLabel;
    QComboBox *m_workers;
    QLabel *m_outputLabel;
    BundleFileEdit *m_output;
    BundleLockEditor *m_lock;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_issue;
    StatusJob *m_job;
};

} // namespace teren
