#pragma once

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
};

} // namespace teren
