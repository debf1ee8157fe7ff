#include "BackupStatus.h"

#include "changes/Clock.h"
#include "i18n/Dates.h"

#include <QEvent>

namespace teren {

BackupStatus::BackupStatus(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("backupStatus"));
    setContentsMargins(8, 0, 8, 0);
}

void BackupStatus::show(bool fileOpen, const std::optional<BackupFile> &latest)
{
    m_fileOpen = fileOpen;
    m_latest = latest;
    retranslate();
}

void BackupStatus::retranslate()
{
    setVisible(m_fileOpen);
    if (!m_fileOpen)
        return;
    const QDateTime now = (m_clock ? *m_clock : Clock::system()).now();
    if (!m_latest) {
        m_warning = true;
        setText(tr("No backup yet"));
        setToolTip(tr("This file has no backup. File → Backups… makes one."));
    } else {
        const qint64 days = m_latest->taken.toLocalTime().date().daysTo(now.toLocalTime().date());
        m_warning = m_latest->taken.secsTo(now) > qint64(warningDays) * 24 * 3600;
        if (days <= 0)
            setText(tr("Backed up today at %1").arg(QLocale().toString(m_latest->taken.toLocalTime().time(),
                                                                       QLocale::ShortFormat)));
        else
            setText(tr("Last backup %n day(s) ago", nullptr, int(days)));
        setToolTip(tr("The newest backup: %1, in %2")
                       .arg(Dates::shortDateTime(m_latest->taken.toLocalTime()), m_latest->path));
    }
    // The warning's amber, as the bar over a plain file.
    setStyleSheet(m_warning ? QStringLiteral("#backupStatus { background: #fff3cd; color: #7a4d00; }") : QString());
}

void BackupStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

} // namespace teren
