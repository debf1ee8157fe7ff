#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
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

// Where an installation keeps the .qm files: share/teren/translations beside the bin
// folder the executable runs from, whatever the prefix (/usr for the package).
QString installedFolder()
{
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../share/teren/translations"));
}

// The installed files come first, so an installation runs on the translations it
// ships, and a corrected .qm needs no rebuild. The build tree has no such folder, so
// it and the tests fall back to the copies compiled in under :/i18n.
bool loadTeren(QTranslator &translator, const QString &language)
{
    const QString file = QStringLiteral("teren_%1.qm").arg(language);
    return translator.load(file, installedFolder()) || translator.load(file, QStringLiteral(":/i18n"));
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
        if (loadTeren(state.teren, state.language))
            QCoreApplication::installTranslator(&state.teren);
        return;
    }
    if (loadTeren(state.teren, state.language))
        QCoreApplication::installTranslator(&state.teren);
    if (state.qtbase.load(QStringLiteral("qtbase_cs"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&state.qtbase);
}

} // namespace teren
