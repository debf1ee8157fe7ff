#pragma once

#include <QString>

namespace teren {

// Installs Terén's own and Qt's translations for a language ("cs" or "en") and makes
// that language's QLocale the default, so dates, numbers and codelist labels follow.
// Switching at run time sends QEvent::LanguageChange to every widget.
class Translations
{
public:
    static QString systemLanguage();
    static void install(const QString &language);
    static QString current();
};

} // namespace teren
