#include "cli/CliCommands.h"
#include "domain/Version.h"
#include "i18n/Translations.h"
#include "storage/Database.h"
#include "storage/OwnerOnly.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    teren::makeNewFilesOwnerOnly();
    teren::Database::configureLibrary();
    // Only `access` and `plan` lay out a document, which needs fonts and so a GUI
    // application object; on the offscreen platform it needs no display.
    const bool laysOutDocuments = argc > 1 && (qstrcmp(argv[1], "access") == 0 || qstrcmp(argv[1], "plan") == 0);
    if (laysOutDocuments && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = laysOutDocuments ? std::make_unique<QGuiApplication>(argc, argv)
                                                             : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("teren-cli"));
    QCoreApplication::setApplicationVersion(teren::appVersion());
    teren::Translations::install(teren::Translations::systemLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return teren::CliCommands(out, err).run(QCoreApplication::arguments().mid(1));
}
