#include "ApplicationIcon.h"
#include "MainWindow.h"
#include "Settings.h"
#include "domain/Version.h"
#include "i18n/Translations.h"
#include "storage/Database.h"
#include "storage/OwnerOnly.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QTextStream>

#include <cstring>

namespace {
// QCommandLineParser could answer --version only after QApplication exists, and that
// needs a display: a terminal without one (or a package's test) must still get it.
bool asksForVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0)
            return true;
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    if (asksForVersion(argc, argv)) {
        QTextStream(stdout) << QStringLiteral("teren ") << teren::appVersion() << '\n';
        return 0;
    }
    teren::makeNewFilesOwnerOnly();
    teren::Database::configureLibrary();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Teren"));
    QApplication::setApplicationName(QStringLiteral("teren"));
    QApplication::setApplicationDisplayName(QStringLiteral("Terén"));
    QApplication::setApplicationVersion(teren::appVersion());
    // Ties the windows to resources/cz.terenapp.teren.desktop (Wayland's app id; X11
    // matches its StartupWMClass to the application name), so a desktop shows its icon and name.
    QApplication::setDesktopFileName(QStringLiteral("cz.terenapp.teren"));
    QApplication::setWindowIcon(teren::applicationIcon());

    // A separate settings folder (the README's demo run uses one) keeps a demo from
    // touching a worker's real settings.
    const QString configDir = qEnvironmentVariable("TEREN_CONFIG_DIR");
    if (!configDir.isEmpty()) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, configDir);
    }
    teren::Translations::install(teren::Settings::language());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption(); // for --help: asksForVersion() has answered it already
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Open this database."),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.process(app);

    teren::MainWindow window;
    QString path = parser.value(dbOption);
    if (path.isEmpty() && QFileInfo::exists(teren::Settings::lastFile()))
        path = teren::Settings::lastFile();
    window.show();
    if (!path.isEmpty())
        window.openDatabase(path);
    else
        window.runWelcome();
    return QApplication::exec();
}
