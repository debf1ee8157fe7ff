#pragma once

#include <QCoreApplication>
#include <QString>

namespace teren {

// What Terén accepts as a new passphrase, for a database, a bundle or an enrolment:
// at least 10 characters, not one of the passwords people choose most often (in
// Czech and in English, also with digits or signs added), not a run of one key or a
// keyboard row. A three-guess list must not open a caseload.
class PassphrasePolicy
{
    Q_DECLARE_TR_FUNCTIONS(PassphrasePolicy)

public:
    static constexpr int minimumLength = 10;

    // Empty when acceptable, else a translated sentence saying why not.
    static QString problem(const QString &passphrase);
};

} // namespace teren
