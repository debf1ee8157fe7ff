// A region's ordinary week: 20 field workers' laptops each send the coordinator one
// bundle of a week's work on their caseload (about 65 clients each on a 1,300-client
// region), and the coordinator imports the 20 bundles. The goal is the whole import
// under a second. Usage: bench_week_merge [CLIENTS] [WORKERS] [RUNS]
//
// Set-up (not timed): a demo region of CLIENTS clients, its caseloads spread over
// WORKERS workers by hand-overs, a laptop enrolled for each worker that receives its
// caseload, then a week on each laptop: one contact with every client of the caseload
// and one need moved on. Each run imports the 20 bundles into a fresh copy of the
// coordinator's file, alternating with the reference: the rows and change-log rows
// those bundles carry, inserted plainly into another copy, one transaction per bundle.
#include "BenchEncryption.h"
#include "BenchFigures.h"
#include "demo/DemoGenerator.h"
#include "domain/Values.h"
#include "storage/Database.h"
#include "storage/NativeStatement.h"
#include "store/RegionRepositories.h"
#include "store/Repositories.h"
#include "store/Store.h"
#include "sync/Enrolment.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/Keyring.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace teren;

namespace {

const QByteArray enrolmentPassphrase = QByteArrayLiteral("týden v terénu, balíček");

void copyDatabase(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral(".key")}) {
        QFile::remove(to + suffix);
        QFile::copy(from + suffix, to + suffix);
    }
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".key")})
        QFile::remove(path + suffix);
}

// The rows a laptop wrote during the week, and its change-log rows: what its bundle
// carries, read out for the reference inserts.
struct WeekRows
{
    QList<QPair<QString, QList<QVariantList>>> tables;
};

WeekRows weekRows(Database &laptop, qint64 changesBefore, const QByteArray &replica)
{
    WeekRows rows;
    const auto read = [&](const QString &table, const QString &sql, const QVariantList &bindings) {
        Query query = laptop.prepare(sql);
        for (int i = 0; i < bindings.size(); ++i)
            query.bind(i, bindings.at(i));
        query.exec();
        QList<QVariantList> values;
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.columnCount(); ++i)
                row.append(query.value(i));
            values.append(row);
        }
        rows.tables.append({table, values});
    };
    read(QStringLiteral("contact"), QStringLiteral("SELECT * FROM contact WHERE replica = ?"), {replica});
    read(QStringLiteral("contact_intervention"),
         QStringLiteral("SELECT ci.* FROM contact_intervention ci JOIN contact c ON c.id = ci.contact_id "
                        "WHERE c.replica = ?"),
         {replica});
    read(QStringLiteral("contact_need"),
         QStringLiteral("SELECT cn.* FROM contact_need cn JOIN contact c ON c.id = cn.contact_id WHERE c.replica = ?"),
         {replica});
    read(QStringLiteral("need"), QStringLiteral("SELECT * FROM need WHERE replica = ?"), {replica});
    read(QStringLiteral("change"), QStringLiteral("SELECT * FROM change WHERE seq > ?"), {changesBefore});
    return rows;
}

double plainInsert(Database &to, const QList<WeekRows> &bundles)
{
    QElapsedTimer timer;
    timer.start();
    for (const WeekRows &bundle : bundles) {
        Transaction transaction(to);
        for (const auto &[table, values] : bundle.tables) {
            if (values.isEmpty())
                continue;
            const QStringList marks(values.first().size(), QStringLiteral("?"));
            // The change log's seq is the coordinator's own numbering.
            const QString sql = table == u"change"
                ? QStringLiteral("INSERT INTO change VALUES (NULL, %1)").arg(marks.mid(1).join(QStringLiteral(", ")))
                : QStringLiteral("INSERT OR REPLACE INTO %1 VALUES (%2)").arg(table, marks.join(QStringLiteral(", ")));
            NativeStatement &insert = to.native(sql);
            for (const QVariantList &row : values)
                insert.run(table == u"change" ? row.mid(1) : row);
        }
        transaction.commit();
    }
    return bench::elapsedMs(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    Database::configureLibrary();
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    bench::configureEncryption(out);
    const int clients = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1300;
    const int workerCount = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 20;
    const int runs = argc > 3 ? std::max(1, QString::fromLocal8Bit(argv[3]).toInt()) : 5;
    QTemporaryDir dir;
    const QString regionPath = dir.filePath(QStringLiteral("kraj.sqlite"));
    DemoOptions demo;
    demo.clients = clients;
    DemoGenerator::generate(regionPath, demo);
    auto region = Store::open(regionPath);

    // WORKERS workers sharing the caseloads evenly, by hand-overs as a coordinator does.
    WorkerRepository workers(*region);
    QList<QUuid> workerIds;
    const QUuid provider = db::toId(region->database().scalar(
        QStringLiteral("SELECT provider_id FROM worker WHERE deleted = 0 AND provider_id IS NOT NULL LIMIT 1")));
    for (int i = 0; i < workerCount; ++i) {
        Worker worker;
        worker.providerId = provider;
        worker.name = QStringLiteral("Pracovník %1").arg(i + 1);
        workerIds.append(workers.add(worker).id);
    }
    QList<QList<QUuid>> caseloads(workerCount);
    {
        Query all = region->database().prepare(QStringLiteral("SELECT id FROM client WHERE deleted = 0 ORDER BY id"));
        all.exec();
        int i = 0;
        while (all.next())
            caseloads[i++ % workerCount].append(db::toId(all.value(0)));
    }
    for (int i = 0; i < workerCount; ++i)
        ClientRepository(*region).handOver(caseloads.at(i), workerIds.at(i));

    // A laptop per worker: enrolled, its first bundle binds it, then its caseload.
    const ReplicaKeys regionKeys = Keyring(*region).keys();
    std::vector<std::unique_ptr<Store>> laptops;
    int bundleNumber = 0;
    const auto send = [&](Store &from, Store &to, const QUuid &forWorker) {
        const QString path = dir.filePath(QStringLiteral("set-up-%1.teren").arg(bundleNumber++));
        ExportOptions options;
        options.recipient = to.replicaId();
        options.lock.recipientPublicKey = Keyring(to).publicKey();
        options.forWorker = forWorker;
        Exporter(from).exportTo(path, options);
        ImportOptions import;
        import.key.secretKey = Keyring(to).keys().secretKey;
        const ImportReport report = Importer(to).importFrom(path, import);
        if (report.refused) {
            out << "set-up bundle refused: " << report.reason << '\n';
            std::exit(1);
        }
    };
    for (int i = 0; i < workerCount; ++i) {
        const QString path = dir.filePath(QStringLiteral("laptop-%1.sqlite").arg(i));
        laptops.push_back(Store::create(path));
        BundleLock lock;
        lock.passphrase = enrolmentPassphrase;
        lock.fastKdfForTests = true;
        const QString enrolment = dir.filePath(QStringLiteral("enrol-%1.teren").arg(i));
        Enrolment(*region).issue(enrolment, workerIds.at(i), lock);
        BundleKey key;
        key.passphrase = enrolmentPassphrase;
        Enrolment(*laptops.back()).accept(enrolment, key);
        send(*laptops.back(), *region, {});
        send(*region, *laptops.back(), workerIds.at(i));
    }

    // The week on each laptop, then its bundle for the coordinator.
    QStringList bundles;
    QList<WeekRows> reference;
    qint64 contacts = 0;
    for (int i = 0; i < workerCount; ++i) {
        Store &laptop = *laptops.at(static_cast<std::size_t>(i));
        const qint64 changesBefore = laptop.database().scalar(QStringLiteral("SELECT max(seq) FROM change")).toLongLong();
        ContactRepository contactsOf(laptop);
        NeedRepository needs(laptop);
        for (const QUuid &client : caseloads.at(i)) {
            Contact contact;
            contact.clientId = client;
            contact.workerId = workerIds.at(i);
            contact.contactOn = QDate(2026, 11, 23).addDays(contacts % 5);
            contact.minutes = 30 + static_cast<int>(contacts % 4) * 15;
            contact.interventions = {QStringLiteral("counselling")};
            contact.note = QStringLiteral("Návštěva v domácnosti, probráno placení nájmu.");
            const QList<Need> open = needs.forClient(client);
            if (!open.isEmpty())
                contact.needIds = {open.first().id};
            contactsOf.create(contact);
            ++contacts;
            if (!open.isEmpty() && open.first().status == u"open") {
                Need moved = open.first();
                moved.status = QStringLiteral("in_progress");
                needs.update(moved);
            }
        }
        const QString bundle = dir.filePath(QStringLiteral("week-%1.teren").arg(i));
        ExportOptions options;
        options.recipient = region->replicaId();
        options.lock.recipientPublicKey = regionKeys.publicKey;
        Exporter(laptop).exportTo(bundle, options);
        bundles.append(bundle);
        reference.append(weekRows(laptop.database(), changesBefore, laptop.replicaId().toRfc4122()));
    }
    region.reset();
    laptops.clear();
    qint64 bundleBytes = 0;
    for (const QString &bundle : std::as_const(bundles))
        bundleBytes += QFile(bundle).size();
    out << workerCount << " bundles of a week (" << contacts << " contacts in all, " << bundleBytes / 1024
        << " KiB) into a region of " << clients << " clients\n";

    int round = 0;
    qint64 written = 0;
    const auto merge = [&] {
        const QString copy = dir.filePath(QStringLiteral("merge-%1.sqlite").arg(round));
        copyDatabase(regionPath, copy);
        auto coordinator = Store::open(copy);
        ImportOptions options;
        options.key.secretKey = regionKeys.secretKey;
        const qint64 writtenBefore = bench::writtenBytes();
        QElapsedTimer timer;
        timer.start();
        for (const QString &bundle : std::as_const(bundles)) {
            const ImportReport report = Importer(*coordinator).importFrom(bundle, options);
            if (report.refused) {
                out << "refused: " << report.reason << '\n';
                std::exit(1);
            }
        }
        const double ms = bench::elapsedMs(timer);
        written = bench::writtenBytes() - writtenBefore;
        coordinator.reset();
        removeDatabase(copy);
        return ms;
    };
    const auto plain = [&] {
        const QString copy = dir.filePath(QStringLiteral("plain-%1.sqlite").arg(round++));
        copyDatabase(regionPath, copy);
        double ms = 0;
        {
            auto opened = Store::open(copy); // migrated and checked as the merge's copy is
            opened.reset();
            const bench::UnlockedFile unlocked(copy);
            Database database(copy);
            database.execScript(QStringLiteral("PRAGMA foreign_keys = OFF"));
            ms = plainInsert(database, reference);
        }
        removeDatabase(copy);
        return ms;
    };
    const auto [merges, plains] = bench::alternate(runs, merge, plain);
    out << "import of the " << workerCount << " bundles: median " << merges.median() << " ms (min " << merges.min()
        << "); plain inserts of their rows and change-log rows: median " << plains.median() << " ms; ratio "
        << merges.median() / plains.median() << "\n";
    bench::printFigure(out, QStringLiteral("week_merge_%1x%2").arg(workerCount).arg(clients), merges.median(),
                       plains.median(), written);
    return 0;
}
