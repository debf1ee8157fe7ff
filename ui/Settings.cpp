#include "Settings.h"

#include "i18n/Translations.h"

#include <QSettings>

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

} // namespace teren
