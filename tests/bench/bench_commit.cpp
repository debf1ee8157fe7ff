// The cost of the power-cut guarantee: one edit's commit (a client's phone number,
// through the repository, as the card saves it) with SQLite's synchronous = NORMAL
// and FULL, alternating, on a real file in the folder given (default: a temporary
// one; give a folder on the disk the laptops use).
// Usage: bench_commit [EDITS] [FOLDER] [--encrypted]
#include "storage/Database.h"
#include "store/Repositories.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    teren::Database::configureLibrary();
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int edits = arguments.size() > 1 ? arguments.at(1).toInt() : 400;
    QTemporaryDir temporary(arguments.size() > 2 && !arguments.at(2).startsWith(u'-')
                                ? arguments.at(2) + QStringLiteral("/bench-commit-XXXXXX")
                                : QString());
    teren::StoreOptions options;
    if (arguments.contains(QStringLiteral("--encrypted")))
        options.passphrase = QStringLiteral("Modrá-žába-skáče-přes-louži");
    auto store = teren::Store::create(temporary.filePath(QStringLiteral("commit.sqlite")), options);
    teren::ClientRepository clients(*store);
    teren::Client client;
    client.givenName = QStringLiteral("Věra");
    client.familyName = QStringLiteral("Horváthová");
    client.birthYear = 1984;
    client = clients.create(client);

    std::vector<double> normal;
    std::vector<double> full;
    QElapsedTimer timer;
    for (int i = 0; i < edits; ++i) {
        const bool isFull = i % 2 == 1;
        store->database().execScript(isFull ? QStringLiteral("PRAGMA synchronous = FULL")
                                            : QStringLiteral("PRAGMA synchronous = NORMAL"));
        client.phone = QStringLiteral("+420 777 %1").arg(100000 + i);
        timer.start();
        clients.update(client);
        (isFull ? full : normal).push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    QTextStream out(stdout);
    out << "one edit's commit, median of " << edits / 2 << " each (ms): NORMAL " << QString::number(median(normal), 'f', 3)
        << ", FULL " << QString::number(median(full), 'f', 3) << '\n';
    return 0;
}
