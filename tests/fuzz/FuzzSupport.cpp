#include "FuzzSupport.h"

#include "demo/DemoGenerator.h"
#include "i18n/Translations.h"
#include "store/RegionSetup.h"
#include "store/Store.h"

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

std::unique_ptr<Store> demoFile(const QString &path, int clients, quint64 seed)
{
    DemoOptions options;
    options.clients = clients;
    options.seed = seed;
    options.plain = true;
    DemoGenerator::generate(path, options);
    StoreOptions open;
    open.plain = true;
    return Store::open(path, open);
}

std::unique_ptr<Store> regionFile(const QString &path)
{
    StoreOptions options;
    options.replicaName = QStringLiteral("coordinator");
    options.plain = true;
    std::unique_ptr<Store> store = Store::create(path, options);
    RegionSetup::Plan plan;
    plan.regionName = QStringLiteral("Karlovarský kraj");
    plan.coordinatorName = QStringLiteral("Jana Nováková");
    plan.providersLater = true;
    RegionSetup::create(*store, plan);
    return store;
}

} // namespace teren::fuzz
