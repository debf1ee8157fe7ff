#include "TestMode.h"

#include "storage/Database.h"
#include "storage/KeyFile.h"
#include "store/Store.h"

#include <QtGlobal>

namespace teren::test {

void configureForTests()
{
    Database::configureLibrary(); // as the applications do, before SQLite starts
    KeyFile::useMinimalLimitsForTests(true);
    qputenv("TEREN_MINIMAL_KDF_FOR_TESTS", "1"); // for the teren-cli a test starts
    if (qEnvironmentVariableIntValue("TEREN_TEST_ENCRYPTION") == 1)
        Store::setDefaultPassphraseForTests(QStringLiteral("zkušební heslo celé sady testů"));
}

} // namespace teren::test
