#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QLabel;
class QPushButton;

namespace teren {

class BackgroundJob;
class Store;

// One piece of work on a Terén file off the GUI thread (writing a bundle or an
// enrolment), reported on a dialog's status line: its button is disabled while it
// runs, and the line then shows the summary the work returned, or the error.
class StatusJob : public QObject
{
    Q_OBJECT

public:
    // Returns the (translated) summary shown when it succeeds.
    using Work = std::function<QString(Store &store)>;

    StatusJob(QLabel *status, QPushButton *button, QObject *parent);
    ~StatusJob() override;

    bool isRunning() const;
    void start(const QString &databasePath, const QString &busyText, Work work);
    // Blocks until the work has ended and its result is shown (tests, closing).
    void wait();

private:
    QLabel *m_status;
    QPushButton *m_button;
    BackgroundJob *m_job = nullptr;
    QString m_summary; // written by the work's thread before finished() arrives
};

} // namespace teren
