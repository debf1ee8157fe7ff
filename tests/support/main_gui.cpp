#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestMode.h"
#include "i18n/Translations.h"

#include <QApplication>

int main(int argc, char **argv)
{
    // Offscreen unless asked otherwise: the documentation screenshots run under Xvfb.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    teren::Translations::install(QStringLiteral("en"));
    teren::test::configureForTests();
    return Catch::Session().run(argc, argv);
}
