// The onboarding import of a folder of CSV files into one database. The input is
// the folder: its parts, split at form feeds (\f), are the files in the order the
// importer reads them; an empty part leaves its file out. Every import runs in a
// transaction that is rolled back afterwards, so each input starts from the same
// empty file.

#include "FuzzSupport.h"
#include "io/CsvImporter.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>

#include <memory>

using namespace teren;

namespace {

const QStringList fileNames = {
    QStringLiteral("localities.csv"), QStringLiteral("clients.csv"), QStringLiteral("cooperations.csv"),
    QStringLiteral("needs.csv"),      QStringLiteral("goals.csv"),   QStringLiteral("steps.csv"),
    QStringLiteral("contacts.csv"),
};

Store *store = nullptr;
QString folder;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    StoreOptions options;
    options.replicaName = QStringLiteral("fuzz");
    options.plain = true;
    store = Store::create(fuzz::scratchFolder() + QStringLiteral("/card.sqlite"), options).release();
    folder = fuzz::scratchFolder() + QStringLiteral("/import");
    QDir().mkpath(folder);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = fuzz::view(data, size).split('\f');
    for (qsizetype i = 0; i < fileNames.size(); ++i) {
        const QString path = folder + u'/' + fileNames.at(i);
        if (i < parts.size() && !parts.at(i).isEmpty())
            fuzz::writeFile(path, parts.at(i));
        else
            QFile::remove(path);
    }
    {
        Transaction transaction(store->database());
        (void)CsvImporter(*store).importFolder(folder);
    }
    store->reloadCodelists();
    return 0;
}
