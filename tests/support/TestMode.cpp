#include "TestMode.h"

#include "storage/Database.h"
#include "storage/KeyFile.h"
#include "storage/OwnerOnly.h"
#include "store/Store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtGlobal>

namespace teren::test {

void configureForTests()
{
    // As the applications do, before SQLite starts or anything is written.
    makeNewFilesOwnerOnly();
    Database::configureLibrary();
    KeyFile::useMinimalLimitsForTests(true);
    qputenv("TEREN_MINIMAL_KDF_FOR_TESTS", "1"); // for the teren-cli a test starts
    if (encryptedByDefault()) {
        Store::setDefaultPassphraseForTests(defaultPassphrase());
        // teren-cli, in this process or started by a test, reads it from there.
        static QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("db-passphrase.txt"));
        QFile out(file);
        if (out.open(QIODevice::WriteOnly))
            out.write(defaultPassphrase().toUtf8() + '\n');
        qputenv("TEREN_DB_PASSPHRASE_FILE", QFile::encodeName(file));
    }
}

bool encryptedByDefault()
{
    return qEnvironmentVariableIntValue("TEREN_TEST_ENCRYPTION") == 1;
}

QString defaultPassphrase()
{
    return QStringLiteral("zkušební heslo celé sady testů");
}

QStringList newDatabaseArguments()
{
    return encryptedByDefault() ? QStringList() : QStringList{QStringLiteral("--plain")};
}

QStringList inSuiteMode(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.contains(QStringLiteral("--plain"))
        || arguments.contains(QStringLiteral("--db-passphrase-file")) || arguments.contains(QStringLiteral("--help")))
        return arguments;
    const bool creates = arguments.first() == u"init"
        || (arguments.first() == u"enrol" && !arguments.contains(QStringLiteral("--out")));
    return creates ? arguments + newDatabaseArguments() : arguments;
}

} // namespace teren::test
