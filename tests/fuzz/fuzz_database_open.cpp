// Opening a database file as the app does: the bytes are written as a plain file
// (an encrypted one is authenticated page by page before SQLite sees it), opened
// through Store with its compatibility check and migrations, and its client list
// read, the first thing the window shows.

#include "FuzzSupport.h"
#include "domain/Error.h"
#include "store/Repositories.h"
#include "store/Store.h"

#include <QFile>

using namespace teren;

namespace {

QString path;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    path = fuzz::scratchFolder() + QStringLiteral("/card.sqlite");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    fuzz::writeFile(path, fuzz::view(data, size));
    try {
        const std::unique_ptr<Store> store = Store::open(path);
        (void)ClientRepository(*store).all();
    } catch (const Error &) {
    }
    return 0;
}
