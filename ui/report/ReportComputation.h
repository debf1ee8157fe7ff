#pragma once

#include "report/Report.h"

#include <QList>
#include <QObject>
#include <QString>

namespace teren {

class BackgroundJob;

// The regional report computed off the GUI thread, on a connection of its own to the
// file (an encrypted file too, while it is unlocked in this process). The last request
// wins: starting again cancels the computation under way, and a result of an older
// request is never delivered. Exactly one of computed(), failed() or cancelled()
// follows each start() that is not overtaken by another.
class ReportComputation : public QObject
{
    Q_OBJECT

public:
    explicit ReportComputation(QString databasePath, QObject *parent = nullptr);
    // Cancels what still runs and waits for it: a job's connection must not outlive
    // the window that asked for it.
    ~ReportComputation() override;

    // Figures over fewer persons than `smallCellLimit` are marked small (0: none).
    void start(const ReportFilter &filter, int smallCellLimit);
    // Stops the computation under way; cancelled() follows at once.
    void cancel();
    // Stops the computation under way without a word (the window is going away).
    void abandon();
    bool isRunning() const { return m_current != nullptr; }

Q_SIGNALS:
    void progressed(int done, int total);
    void computed(const teren::Report &report);
    // A translated message.
    void failed(const QString &message);
    void cancelled();

private:
    // The current job goes on running, unheard, until its work notices it was
    // cancelled; it is deleted when it ends.
    void letGo();

    QString m_databasePath;
    BackgroundJob *m_current = nullptr;
};

} // namespace teren
