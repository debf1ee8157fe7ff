#include "FuzzSupport.h"

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace teren::fuzz {

void initialise(int *argc, char ***argv)
{
    // Never destroyed: the fuzzer leaves through exit(), with the targets' stores
    // still open.
    new QCoreApplication(*argc, *argv);
    Translations::install(QStringLiteral("en"));
}

QString scratchFolder()
{
    static QTemporaryDir folder;
    if (!folder.isValid()) {
        std::fprintf(stderr, "no temporary folder: %s\n", qPrintable(folder.errorString()));
        std::abort();
    }
    return folder.path();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        std::abort();
    }
}

} // namespace teren::fuzz
