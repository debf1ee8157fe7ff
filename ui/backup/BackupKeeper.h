#pragma once

#include "storage/Backups.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace teren {

class BackgroundJob;
class Clock;
class Store;

// Automatic backups of the open file: one when the newest is a day old (checked
// when the file opens and every half hour while it is open and unlocked, made in the
// background), and one when the file closes after anything changed since the
// newest. Into the folder chosen in the settings, beside the file by default.
class BackupKeeper : public QObject
{
    Q_OBJECT

public:
    explicit BackupKeeper(QObject *parent = nullptr);
    ~BackupKeeper() override;
    // The system clock when null (tests pin it).
    void setClock(const Clock *clock) { m_clock = clock; }

    // The open, unlocked file (null when closed or locked).
    void setStore(Store *store);
    // Before the file closes or locks: a backup when it changed since the last one.
    // Returns false (and says why through failed()) when it could not be written.
    bool backUpBeforeClosing();
    // Now, whatever the age of the newest (File → Backups → Back up now).
    bool backUpNow();

    QString folder() const;
    Backups backups() const;
    std::optional<BackupFile> latest() const;
    bool isWorking() const { return m_job != nullptr; }

    // How old the newest backup may get before a new one is made.
    static constexpr qint64 intervalSecs = 24 * 3600;

Q_SIGNALS:
    void backedUp(const BackupFile &backup);
    void failed(const QString &message);

private:
    void backUpIfDue();
    qint64 changeCount() const;

    const Clock &clock() const;

    const Clock *m_clock = nullptr;
    Store *m_store = nullptr;
    QString m_path;
    qint64 m_changesAtBackup = -1;
    QTimer m_timer;
    std::unique_ptr<BackgroundJob> m_job;
};

} // namespace teren
