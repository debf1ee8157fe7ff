#pragma once

#include <QRect>
#include <QString>
#include <QUuid>

namespace teren {

// The GUI's persistent settings in one typed place (QSettings underneath).
class Settings
{
public:
    static QString language(); // "cs" or "en"; the system's language when unset
    static void setLanguage(const QString &language);
    static QString lastFile();
    static void setLastFile(const QString &path);
    // Minutes without input after which an encrypted file locks; 0: never.
    static int lockMinutes();
    static void setLockMinutes(int minutes);
    // Days without a contact after which a client in cooperation is listed in the week.
    static int daysWithoutContact();
    static void setDaysWithoutContact(int days);
    // Where backups go; empty: a "backups" folder beside the file.
    static QString backupFolder();
    static void setBackupFolder(const QString &folder);
    // A window's client rectangle (normal, not maximised) when it was last closed,
    // and whether it was maximised; an invalid rectangle when never saved.
    static QRect windowGeometry(const QString &key);
    static bool windowMaximized(const QString &key);
    static void setWindowGeometry(const QString &key, const QRect &geometry, bool maximized);
};

} // namespace teren
