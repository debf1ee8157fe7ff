#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace teren {

class Store;

// Runs work on a Terén file off the GUI thread, on its own connection to the file
// (SQLite connections belong to the thread that opened them). The work gets the
// store and a flag it should check between steps; finished() arrives on the GUI
// thread with the error message, empty on success.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<void(Store &store, const std::atomic<bool> &cancelled)>;

    BackgroundJob(const QString &databasePath, Work work, QObject *parent = nullptr);
    ~BackgroundJob() override;

    void start();
    void cancel() { m_cancelled = true; }
    bool isRunning() const;
    // Blocks until the job has ended (tests, closing the window).
    void wait();

Q_SIGNALS:
    void finished(const QString &error);

private:
    QString m_path;
    Work m_work;
    std::atomic<bool> m_cancelled{false};
    QThread *m_thread = nullptr;
    QString m_error;
};

} // namespace teren
