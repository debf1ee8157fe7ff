#pragma once

#include "changes/Clock.h"

#include <QString>
#include <QStringList>

namespace teren::test {

// What one teren-cli command run in this process printed, and its exit code.
struct Run
{
    int code;
    QString out;
    QString err;
};

// Runs teren-cli with these arguments (in the suite's encryption mode, see
// inSuiteMode), reading "today" from `clock` when given.
Run cli(const QStringList &arguments, const Clock *clock = nullptr);
// The same with the arguments exactly as given.
Run cliAsGiven(const QStringList &arguments, const Clock *clock = nullptr);

} // namespace teren::test
