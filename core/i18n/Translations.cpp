#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace teren {

namespace {
struct Installed
{
    QTranslator teren;
    QTranslator qtbase;
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}
} // namespace

QString Translations::systemLanguage()
{
    return QLocale::system().language() == QLocale::Czech ? QStringLiteral("cs") : QStringLiteral("en");
}

QString Translations::current()
{
    return installed().language;
}

void Translations::install(const QString &language)
{
    Installed &state = installed();
    QCoreApplication::removeTranslator(&state.teren);
    QCoreApplication::removeTranslator(&state.qtbase);
    const bool czech = language == u"cs";
    state.language = czech ? QStringLiteral("cs") : QStringLiteral("en");
    QLocale::setDefault(czech ? QLocale(QLocale::Czech, QLocale::Czechia)
                              : QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (!czech) {
        if (state.teren.load(QStringLiteral(":/i18n/teren_en.qm")))
            QCoreApplication::installTranslator(&state.teren);
        return;
    }
    if (state.teren.load(QStringLiteral(":/i18n/teren_cs.qm")))
        QCoreApplication::installTranslator(&state.teren);
    if (state.qtbase.load(QStringLiteral("qtbase_cs"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&state.qtbase);
}

} // namespace teren
