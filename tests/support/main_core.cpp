#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestMode.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Tests read messages in English unless a test switches language itself.
    teren::Translations::install(QStringLiteral("en"));
    teren::test::configureForTests();
    return Catch::Session().run(argc, argv);
}
