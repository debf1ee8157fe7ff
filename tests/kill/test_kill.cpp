// Power cuts and crashes at random moments: a child process doing user edits, a
// 10,000-row CSV import or a bundle import is killed with SIGKILL (which, like a
// power cut for the process, gives it no chance to clean up). After each kill the
// file opens, passes integrity_check, holds every transaction the child reported
// committed, and no part of one it did not.
//
// TEREN_KILL_TRIALS (default 100, a third of them per kind of work) and
// TEREN_KILL_SEED (default 1) make a longer run: see docs/reliability.md.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "storage/KeyFile.h"
#include "store/Repositories.h"
#include "sync/Exporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <csignal>

using namespace teren;

namespace {

const QString workerPath = QStringLiteral(TEREN_CRASH_WORKER_PATH);

int trials()
{
    const int wanted = qEnvironmentVariableIntValue("TEREN_KILL_TRIALS");
    return wanted > 0 ? wanted : 100;
}

QRandomGenerator &killMoments()
{
    static QRandomGenerator generator(
        static_cast<quint32>(qEnvironmentVariableIsSet("TEREN_KILL_SEED") ? qEnvironmentVariableIntValue("TEREN_KILL_SEED") : 1));
    return generator;
}

// A fresh copy of `base` (and its key file) at `path`.
void copyDatabase(const QString &base, const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral(".key")}) {
        QFile::remove(path + suffix);
        if (QFile::exists(base + suffix))
            REQUIRE(QFile::copy(base + suffix, path + suffix));
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".in-use")})
        QFile::remove(path + suffix);
}

struct Run
{
    QStringList committed;
    bool finished = false;
};

// Starts the worker and kills it after `afterMs` (or lets it finish first).
Run runAndKill(const QStringList &arguments, int afterMs)
{
    QProcess worker;
    worker.setProcessChannelMode(QProcess::SeparateChannels);
    worker.start(workerPath, arguments);
    REQUIRE(worker.waitForStarted());
    Run run;
    if (worker.waitForFinished(afterMs)) {
        run.finished = true;
    } else {
        ::kill(static_cast<pid_t>(worker.processId()), SIGKILL);
        worker.waitForFinished();
    }
    const QString out = QString::fromUtf8(worker.readAllStandardOutput());
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        run.committed.append(line);
    return run;
}

// How long the work takes when nobody kills it (the kill moments are drawn within it).
int durationOf(const QString &base, const QString &path, const QStringList &arguments)
{
    copyDatabase(base, path);
    QElapsedTimer timer;
    timer.start();
    const Run run = runAndKill(arguments, 600'000);
    REQUIRE(run.finished);
    REQUIRE(run.committed == QStringList{QStringLiteral("committed")});
    return std::max(50, static_cast<int>(timer.elapsed()));
}

std::unique_ptr<Store> openAfterKill(const QString &path)
{
    auto store = Store::open(path);
    REQUIRE(store->database().scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    return store;
}

int count(Store &store, const QString &sql)
{
    return store.database().scalar(sql).toInt();
}

QString writeClientsCsv(const QString &folder, int rows)
{
    QDir().mkpath(folder);
    QByteArray csv = "client_ref,given_name,family_name,birth_year,gender,locality_code,household_ref\n";
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("C%1,Jiří %1,Horváth,%2,m,,\n").arg(i).arg(1950 + i % 50).toUtf8();
    test::writeFile(QDir(folder).filePath(QStringLiteral("clients.csv")), csv);
    return folder;
}

} // namespace

TEST_CASE("Killed at random moments, a file keeps every committed transaction and no part of another", "[kill]")
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("base.sqlite"));
    const QString path = dir.filePath(QStringLiteral("killed.sqlite"));
    Store::create(base).reset();
    const int total = trials();
    const int editTrials = total - 2 * (total / 3);
    const int csvTrials = total / 3;
    const int bundleTrials = total / 3;
    int killedMidway = 0;

    SECTION("user edits")
    {
        for (int trial = 0; trial < editTrials; ++trial) {
            copyDatabase(base, path);
            const Run run = runAndKill({QStringLiteral("edits"), path}, 100 + int(killMoments().bounded(900)));
            auto store = openAfterKill(path);
            QSet<QString> present;
            Query names = store->database().prepare(QStringLiteral("SELECT given_name FROM client"));
            names.exec();
            while (names.next())
                present.insert(names.value(0).toString());
            for (const QString &line : run.committed)
                CHECK(present.contains(QStringLiteral("K-") + line.section(QLatin1Char(' '), 1)));
            // No client without its need: each pair was one transaction.
            CHECK(count(*store, QStringLiteral("SELECT count(*) FROM client c WHERE NOT EXISTS "
                                               "(SELECT 1 FROM need n WHERE n.client_id = c.id)"))
                  == 0);
            // At most the one the kill caught between its commit and its report.
            CHECK(present.size() - run.committed.size() <= 1);
            killedMidway += run.finished ? 0 : 1;
        }
        CHECK(killedMidway == editTrials);
    }

    SECTION("a 10,000-row CSV import")
    {
        const QString folder = writeClientsCsv(dir.filePath(QStringLiteral("csv")), 10'000);
        const QStringList arguments = {QStringLiteral("csv"), path, folder};
        const int duration = durationOf(base, path, arguments);
        for (int trial = 0; trial < csvTrials; ++trial) {
            copyDatabase(base, path);
            const Run run = runAndKill(arguments, int(killMoments().bounded(duration + 50)));
            auto store = openAfterKill(path);
            const int imported = count(*store, QStringLiteral("SELECT count(*) FROM client"));
            CHECK((imported == 0 || imported == 10'000));
            if (!run.committed.isEmpty())
                CHECK(imported == 10'000);
            killedMidway += run.finished ? 0 : 1;
        }
        CHECK(killedMidway > 0);
    }

    SECTION("a bundle import")
    {
        // A sender with 3,000 clients exports them in one bundle under a passphrase.
        const QString sender = dir.filePath(QStringLiteral("sender.sqlite"));
        const QString bundle = dir.filePath(QStringLiteral("clients.teren"));
        {
            auto store = Store::create(sender);
            Transaction transaction(store->database());
            for (int i = 0; i < 3'000; ++i) {
                Client client;
                client.givenName = QStringLiteral("B-%1").arg(i);
                client.familyName = QStringLiteral("Horváth");
                client.birthYear = 1970 + i % 40;
                ClientRepository(*store).create(client);
            }
            transaction.commit();
            ExportOptions options;
            options.lock.passphrase = QByteArrayLiteral("kill-test-bundle");
            options.lock.fastKdfForTests = true;
            Exporter(*store).exportTo(bundle, options);
        }
        const QStringList arguments = {QStringLiteral("bundle"), path, bundle};
        const int duration = durationOf(base, path, arguments);
        for (int trial = 0; trial < bundleTrials; ++trial) {
            copyDatabase(base, path);
            const Run run = runAndKill(arguments, int(killMoments().bounded(duration + 50)));
            auto store = openAfterKill(path);
            const int imported = count(*store, QStringLiteral("SELECT count(*) FROM client"));
            CHECK((imported == 0 || imported == 3'000));
            const int bundles = count(*store, QStringLiteral("SELECT count(*) FROM bundle_in"));
            CHECK(bundles == (imported == 0 ? 0 : 1));
            if (!run.committed.isEmpty())
                CHECK(imported == 3'000);
            killedMidway += run.finished ? 0 : 1;
        }
        CHECK(killedMidway > 0);
    }
}
