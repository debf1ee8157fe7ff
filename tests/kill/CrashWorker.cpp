// The work the kill test cuts short: it prints "committed N" for every transaction
// as soon as SQLite reported it committed, and is killed (SIGKILL) at a random moment.
//   crash_worker edits DB           client + need, one transaction each, until killed
//   crash_worker csv DB DIR         one CSV import of the folder
//   crash_worker bundle DB BUNDLE   one bundle import (passphrase "kill-test-bundle")
#include "TestMode.h"
#include "domain/Error.h"
#include "io/CsvImporter.h"
#include "store/Repositories.h"
#include "store/Store.h"
#include "sync/Importer.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace teren;

namespace {

void report(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int edits(Store &store)
{
    ClientRepository clients(store);
    NeedRepository needs(store);
    for (int n = 0;; ++n) {
        Transaction transaction(store.database());
        Client client;
        client.givenName = QStringLiteral("K-%1").arg(n);
        client.familyName = QStringLiteral("Horváth");
        client.birthYear = 1980;
        client.notes = QString(300, QLatin1Char('x'));
        client = clients.create(client);
        Need need;
        need.clientId = client.id;
        need.area = QStringLiteral("housing");
        need.intensity = 2;
        need.identifiedOn = store.clock().today();
        needs.create(need);
        transaction.commit();
        report(QStringLiteral("committed %1").arg(n));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    test::configureForTests();
    const QStringList arguments = app.arguments();
    if (arguments.size() < 3)
        return 2;
    try {
        auto store = Store::open(arguments.at(2));
        const QString mode = arguments.at(1);
        if (mode == u"edits")
            return edits(*store);
        if (mode == u"csv" && arguments.size() == 4) {
            const CsvImportReport result = CsvImporter(*store).importFolder(arguments.at(3));
            if (!result.ok())
                return 1;
            report(QStringLiteral("committed"));
            return 0;
        }
        if (mode == u"bundle" && arguments.size() == 4) {
            ImportOptions options;
            options.key.passphrase = QByteArrayLiteral("kill-test-bundle");
            options.acceptNewSenders = true;
            const ImportReport result = Importer(*store).importFrom(arguments.at(3), options);
            if (result.refused)
                return 1;
            report(QStringLiteral("committed"));
            return 0;
        }
    } catch (const Error &error) {
        std::fputs(error.what(), stderr);
        return 1;
    }
    return 2;
}
