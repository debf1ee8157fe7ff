#include "CliRun.h"

#include "TestMode.h"
#include "cli/CliCommands.h"

#include <QTextStream>

namespace teren::test {

Run cli(const QStringList &arguments, const Clock *clock)
{
    return cliAsGiven(inSuiteMode(arguments), clock);
}

Run cliAsGiven(const QStringList &arguments, const Clock *clock)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CliCommands commands(outStream, errStream);
    commands.setClock(clock);
    const int code = commands.run(arguments);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

} // namespace teren::test
