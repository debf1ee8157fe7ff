#pragma once

#include "storage/Backups.h"

#include <QLabel>

#include <optional>

namespace teren {

class Clock;

// The status bar's word on backups: how old the newest good one is, in a warning
// colour when it is more than a week old or there is none.
class BackupStatus : public QLabel
{
    Q_OBJECT

public:
    explicit BackupStatus(QWidget *parent = nullptr);
    // The system clock when null (tests pin it).
    void setClock(const Clock *clock) { m_clock = clock; }

    // Nothing shown for no file.
    void show(bool fileOpen, const std::optional<BackupFile> &latest);
    bool isWarning() const { return m_warning; }

    static constexpr int warningDays = 7;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const Clock *m_clock = nullptr;
    bool m_fileOpen = false;
    std::optional<BackupFile> m_latest;
    bool m_warning = false;
};

} // namespace teren
