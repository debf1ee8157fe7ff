#pragma once

namespace teren::test {

// What every test program sets up before its first test: passphrases derived at the
// minimal Argon2id cost, and, when TEREN_TEST_ENCRYPTION=1, every database a test
// creates or opens encrypted under a passphrase of the suite's (CI runs the suite
// once this way).
void configureForTests();

} // namespace teren::test
