#include "cli/CliCommands.h"
#include "i18n/Translations.h"
#include "storage/Database.h"
#include "storage/OwnerOnly.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    teren::makeNewFilesOwnerOnly();
    teren::Database::configureLibrary();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("teren-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEREN_VERSION));
    teren::Translations::install(teren::Translations::systemLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return teren::CliCommands(out, err).run(QCoreApplication::arguments().mid(1));
}
