// The cost of encryption at rest: the same work on a plain database and on an
// encrypted copy of it, in the same run, interleaved so both see the same machine.
//
//   bench_encryption PLAIN_DB [RUNS] [IMPORT_CLIENTS]
//
// PLAIN_DB is a plain database (e.g. `teren-cli demo --db /tmp/big.sqlite --clients
// 100000`); it is copied, never changed, and both copies are compacted alike. Prints the median of RUNS runs (default 5)
// for the full report, one keystroke of search, opening a card, one edit's commit,
// and a bundle import of IMPORT_CLIENTS clients (default 10000) into a new file, each
// plain and encrypted with their ratio; and, on their own, the key derivation at the
// limits new files get and the time to encrypt the copy.
#include "ClientListModel.h"
#include "ClientListPanel.h"
#include "MainWindow.h"
#include "card/ClientCard.h"
#include "lock/IdleWatch.h"
#include "demo/DemoGenerator.h"
#include "domain/Entities.h"
#include "report/ReportBuilder.h"
#include "storage/Database.h"
#include "storage/EncryptedVfs.h"
#include "storage/FileEncryption.h"
#include "storage/KeyFile.h"
#include "store/Repositories.h"
#include "store/Store.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/Keyring.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace teren;

namespace {

const QString passphrase = QStringLiteral("měření šifrování na kraji");

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

struct Figure
{
    QString name;
    std::vector<double> plain;
    std::vector<double> encrypted;
};

// The work measured on one file; `encrypted` says which list a time goes to.
class Workload
{
public:
    Workload(const QString &path, const QUuid &client)
        : m_path(path)
        , m_client(client)
    {
    }

    double fullReport()
    {
        auto store = Store::open(m_path);
        ReportFilter filter;
        filter.from = QDate(2025, 1, 1);
        filter.to = QDate(2026, 10, 31);
        QElapsedTimer timer;
        timer.start();
        ReportBuilder(store->database(), [](int, int) { return true; }).build(filter);
        return msSince(timer);
    }

    // The median keystroke of a worker typing a surname and erasing it again.
    double keystroke(MainWindow &window)
    {
        const QStringList queries = {QStringLiteral("h"),       QStringLiteral("ho"),    QStringLiteral("hor"),
                                     QStringLiteral("horv"),    QStringLiteral("horva"), QStringLiteral("horvat"),
                                     QStringLiteral("horvat r"), QStringLiteral("horv"), QString()};
        std::vector<double> times;
        ClientListPanel *panel = window.clientList();
        for (const QString &query : queries) {
            QElapsedTimer timer;
            timer.start();
            panel->searchField()->setText(query);
            QApplication::processEvents();
            panel->view()->viewport()->repaint();
            times.push_back(msSince(timer));
        }
        return median(times);
    }

    double openCard(MainWindow &window)
    {
        window.card()->showClient(QUuid());
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        window.card()->showClient(m_client);
        QApplication::processEvents();
        window.card()->repaint();
        return msSince(timer);
    }

    double commitEdit(MainWindow &window)
    {
        ClientRepository clients(*window.store());
        Client client = *clients.find(m_client);
        client.notes = QStringLiteral("Domluvena schůzka na úřadě práce %1.").arg(++m_edits);
        QElapsedTimer timer;
        timer.start();
        clients.update(client);
        return msSince(timer);
    }

private:
    QString m_path;
    QUuid m_client;
    int m_edits = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    Database::configureLibrary();
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        out << "usage: bench_encryption PLAIN_DB [RUNS] [IMPORT_CLIENTS]\n";
        return 2;
    }
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    const int importClients = args.size() > 3 ? args.at(3).toInt() : 10000;
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-encryption-XXXXXX"));

    // The key derivation, at the limits every new key file gets.
    {
        const KeyFile::Limits limits = KeyFile::limits();
        const QString keyPath = dir.filePath(QStringLiteral("kdf.key"));
        QElapsedTimer timer;
        timer.start();
        KeyFile::create(keyPath, passphrase);
        const double create = msSince(timer);
        timer.restart();
        KeyFile::unlock(keyPath, passphrase);
        out << QStringLiteral("Argon2id (ops %1, memory %2 MiB): create %3 ms, unlock %4 ms\n")
                   .arg(limits.operations)
                   .arg(limits.memory / (1024 * 1024))
                   .arg(create, 0, 'f', 0)
                   .arg(msSince(timer), 0, 'f', 0);
    }

    const QString plainPath = dir.filePath(QStringLiteral("plain.sqlite"));
    const QString encryptedPath = dir.filePath(QStringLiteral("encrypted.sqlite"));
    if (!QFile::copy(args.at(1), plainPath) || !QFile::copy(args.at(1), encryptedPath)) {
        out << "cannot copy " << args.at(1) << '\n';
        return 1;
    }
    QElapsedTimer timer;
    {
        // The encrypted copy is written compact (as VACUUM writes it); the plain one
        // is compacted too, so both have the same layout.
        Database plainCopy(plainPath);
        plainCopy.execScript(QStringLiteral("VACUUM"));
    }
    timer.start();
    FileEncryption::encryptInPlace(encryptedPath, passphrase);
    out << QStringLiteral("encrypt in place: %1 s (%2 MiB)\n")
               .arg(msSince(timer) / 1000, 0, 'f', 1)
               .arg(QFileInfo(encryptedPath).size() / (1024 * 1024));
    // Times below are after unlocking, which costs the key derivation once.
    EncryptedVfs::unlock(encryptedPath, KeyFile::unlock(KeyFile::pathFor(encryptedPath), passphrase));

    QUuid client;
    {
        auto store = Store::open(plainPath);
        client = QUuid::fromRfc4122(store->database()
                                        .scalar(QStringLiteral("SELECT client_id FROM need GROUP BY client_id "
                                                               "ORDER BY count(*) DESC LIMIT 1"))
                                        .toByteArray());
        out << store->database().scalar(QStringLiteral("SELECT count(*) FROM client")).toLongLong() << " clients, "
            << runs << " runs, medians in ms\n";
    }
    out.flush();

    Figure report{QStringLiteral("full report"), {}, {}};
    Figure search{QStringLiteral("search, one keystroke"), {}, {}};
    Figure card{QStringLiteral("opening a card"), {}, {}};
    Figure edit{QStringLiteral("one edit's commit"), {}, {}};
    Workload plain(plainPath, client);
    Workload encrypted(encryptedPath, client);
    {
        MainWindow plainWindow;
        MainWindow encryptedWindow;
        // The run takes longer than the idle lock's default; it measures, nobody is away.
        plainWindow.idleWatch()->setLimitMinutes(0);
        encryptedWindow.idleWatch()->setLimitMinutes(0);
        plainWindow.resize(1366, 740);
        encryptedWindow.resize(1366, 740);
        plainWindow.show();
        encryptedWindow.show();
        if (!plainWindow.openDatabase(plainPath) || !encryptedWindow.openDatabase(encryptedPath)) {
            out << "cannot open the databases in the window\n";
            return 1;
        }
        // A large file's client list arrives from the background.
        while (plainWindow.clientList()->isLoading() || encryptedWindow.clientList()->isLoading())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QApplication::processEvents();
        for (int run = 0; run <= runs; ++run) {
            const bool warmUp = run == 0;
            const auto add = [warmUp](std::vector<double> &list, double value) {
                if (!warmUp)
                    list.push_back(value);
            };
            add(report.plain, plain.fullReport());
            add(report.encrypted, encrypted.fullReport());
            add(search.plain, plain.keystroke(plainWindow));
            add(search.encrypted, encrypted.keystroke(encryptedWindow));
            add(card.plain, plain.openCard(plainWindow));
            add(card.encrypted, encrypted.openCard(encryptedWindow));
            for (int i = 0; i < 5; ++i) {
                add(edit.plain, plain.commitEdit(plainWindow));
                add(edit.encrypted, encrypted.commitEdit(encryptedWindow));
            }
        }
    }

    // A bundle of a region of `importClients` clients, imported into a new file.
    Figure import{QStringLiteral("import of %1 clients").arg(importClients), {}, {}};
    {
        const QString source = dir.filePath(QStringLiteral("source.sqlite"));
        DemoOptions demo;
        demo.clients = importClients;
        demo.plain = true;
        DemoGenerator::generate(source, demo);
        auto sourceStore = Store::open(source);
        for (int run = 0; run < std::max(1, runs / 2); ++run) {
            for (const bool encrypt : {false, true}) {
                const QString target = dir.filePath(QStringLiteral("import-%1-%2.sqlite").arg(run).arg(encrypt));
                StoreOptions options;
                options.plain = !encrypt;
                options.passphrase = encrypt ? passphrase : QString();
                auto coordinator = Store::create(target, options);
                const ReplicaKeys keys = Keyring(*coordinator).keys();
                ExportOptions exportOptions;
                exportOptions.recipient = coordinator->replicaId();
                exportOptions.lock.recipientPublicKey = keys.publicKey;
                exportOptions.everything = true;
                const QString bundle = dir.filePath(QStringLiteral("all-%1-%2.teren").arg(run).arg(encrypt));
                Exporter(*sourceStore).exportTo(bundle, exportOptions);
                ImportOptions importOptions;
                importOptions.key.secretKey = keys.secretKey;
                importOptions.acceptNewSenders = true;
                timer.restart();
                const ImportReport result = Importer(*coordinator).importFrom(bundle, importOptions);
                (encrypt ? import.encrypted : import.plain).push_back(msSince(timer));
                if (result.refused) {
                    out << "refused: " << result.reason << '\n';
                    return 1;
                }
            }
        }
    }

    for (const Figure *figure : {&report, &search, &card, &edit, &import}) {
        const double p = median(figure->plain);
        const double e = median(figure->encrypted);
        out << QStringLiteral("%1: plain %2, encrypted %3, ratio %4\n")
                   .arg(figure->name, -26)
                   .arg(p, 9, 'f', 2)
                   .arg(e, 9, 'f', 2)
                   .arg(e / p, 0, 'f', 2);
    }
    return 0;
}
