#pragma once

#include <QString>
#include <QStringList>

namespace teren::test {

// What every test program sets up before its first test: files created owner-only,
// passphrases derived at the minimal Argon2id cost, and, when TEREN_TEST_ENCRYPTION=1,
// every database a test creates or opens encrypted under the suite's passphrase
// (also for teren-cli, through TEREN_DB_PASSPHRASE_FILE). CI runs the suite both ways.
void configureForTests();

bool encryptedByDefault();
QString defaultPassphrase();
// What a test gives `teren-cli init` or `enrol` for a new file in this mode:
// nothing when encrypted (the passphrase comes from the environment), else --plain.
QStringList newDatabaseArguments();
// A teren-cli command line with newDatabaseArguments() added when it creates a file
// (init, or enrol joining a region) and says nothing of encryption itself.
QStringList inSuiteMode(const QStringList &arguments);

} // namespace teren::test
