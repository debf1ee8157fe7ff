#include "Settings.h"

#include "i18n/Translations.h"

#include <QSettings>

#include <algorithm>

namespace teren {

QString Settings::language()
{
    return QSettings().value(QStringLiteral("ui/language"), Translations::systemLanguage()).toString();
}

void Settings::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString Settings::lastFile()
{
    return QSettings().value(QStringLiteral("files/last")).toString();
}

void Settings::setLastFile(const QString &path)
{
    QSettings().setValue(QStringLiteral("files/last"), path);
}

int Settings::lockMinutes()
{
    return std::max(0, QSettings().value(QStringLiteral("lock/minutes"), 10).toInt());
}

void Settings::setLockMinutes(int minutes)
{
    QSettings().setValue(QStringLiteral("lock/minutes"), std::max(0, minutes));
}

int Settings::daysWithoutContact()
{
    return std::max(0, QSettings().value(QStringLiteral("week/days_without_contact"), 30).toInt());
}

void Settings::setDaysWithoutContact(int days)
{
    QSettings().setValue(QStringLiteral("week/days_without_contact"), std::max(0, days));
}

QString Settings::backupFolder()
{
    return QSettings().value(QStringLiteral("backups/folder")).toString();
}

void Settings::setBackupFolder(const QString &folder)
{
    QSettings().setValue(QStringLiteral("backups/folder"), folder);
}

QRect Settings::windowGeometry(const QString &key)
{
    return QSettings().value(QStringLiteral("windows/%1/geometry").arg(key)).toRect();
}

bool Settings::windowMaximized(const QString &key)
{
    return QSettings().value(QStringLiteral("windows/%1/maximized").arg(key), false).toBool();
}

void Settings::setWindowGeometry(const QString &key, const QRect &geometry, bool maximized)
{
    QSettings settings;
    settings.setValue(QStringLiteral("windows/%1/geometry").arg(key), geometry);
    settings.setValue(QStringLiteral("windows/%1/maximized").arg(key), maximized);
}

} // namespace teren
