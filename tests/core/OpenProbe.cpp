// Opens a database the way Terén does and says what happened, for tests that need
// another user than the one running the suite (nothing is read-only to root).
//   open_probe DB [read-only]
// prints "opened N" (N clients) and exits 0, or "refused R MESSAGE" (R the
// UnopenableFile reason's number) and exits 3; any other failure exits 1.
#include "TestMode.h"
#include "storage/StorageFailures.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <cstdio>

using namespace teren;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    test::configureForTests();
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2)
        return 2;
    StoreOptions options;
    options.readOnly = arguments.size() > 2 && arguments.at(2) == u"read-only";
    try {
        auto store = Store::open(arguments.at(1), options);
        const qint64 clients = store->database().scalar(QStringLiteral("SELECT count(*) FROM client")).toLongLong();
        std::printf("opened %lld\n", static_cast<long long>(clients));
        return 0;
    } catch (const UnopenableFile &refusal) {
        std::printf("refused %d %s\n", static_cast<int>(refusal.reason()), qPrintable(refusal.message()));
        return 3;
    } catch (const std::exception &failure) {
        std::printf("failed %s\n", failure.what());
        return 1;
    }
}
