#pragma once

#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace teren {

class BackgroundJob;
class Store;

// How many background jobs run at the moment, whoever started them. The window locks
// its file only when none does: a job works on its own connection to the file, and
// closing the file under it would take its key away.
class RunningJobs : public QObject
{
    Q_OBJECT

public:
    static RunningJobs &instance();
    int count() const { return m_count; }

Q_SIGNALS:
    // The last job running has ended.
    void allFinished();

private:
    friend class BackgroundJob;
    RunningJobs() = default;
    void started() { ++m_count; }
    void ended();

    int m_count = 0;
};

// What the work of a BackgroundJob sees of its job, on the job's thread: whether it
// was asked to stop, and where to say how far it got.
class JobControl
{
public:
    // Checked by the work between its steps; it then returns (or throws) early.
    bool isCancelled() const;
    // Arrives on the GUI thread as BackgroundJob::progressed.
    void progress(int done, int total);

private:
    friend class BackgroundJob;
    explicit JobControl(BackgroundJob &job)
        : m_job(job)
    {
    }

    BackgroundJob &m_job;
};

// Work off the GUI thread, on a thread the job owns. Signals arrive on the GUI
// thread: progressed() as the work reports it (the latest value, at most once per
// turn of the event loop; connect with a context object), then finished() with the
// error message, empty on success. Whatever the work throws ends it with a message
// (see ErrorMessage) and never escapes the thread.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<void(JobControl &control)>;
    using StoreWork = std::function<void(Store &store, JobControl &control)>;

    explicit BackgroundJob(Work work, QObject *parent = nullptr);
    // Work on the Terén file at `databasePath`, on the job's own connection to it
    // (SQLite connections belong to the thread that opened them).
    BackgroundJob(const QString &databasePath, StoreWork work, QObject *parent = nullptr);
    // Cancels the work and waits for it to end.
    ~BackgroundJob() override;

    void start();
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    bool isRunning() const;
    // Blocks until the work has ended (tests, closing a window); finished() then
    // follows from the event loop.
    void wait();

Q_SIGNALS:
    void progressed(int done, int total);
    // Empty when the work succeeded. By value: a slot may delete the job, and with it
    // the message a reference would point to.
    void finished(QString error);

private:
    friend class JobControl;
    void reportProgress(int done, int total); // on the work's thread
    void deliverProgress();

    void countEnded();

    Work m_work;
    std::atomic<bool> m_cancelled{false};
    bool m_counted = false; // counted in RunningJobs, until it ends
    QThread *m_thread = nullptr;
    QString m_error; // written by the work's thread before finished() arrives

    QMutex m_progressMutex;
    int m_done = 0;
    int m_total = 0;
    std::atomic<bool> m_progressPending{false};
};

} // namespace teren
