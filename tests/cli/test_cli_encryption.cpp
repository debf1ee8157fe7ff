// teren-cli and the database passphrase: new files encrypted unless --plain, the
// passphrase from a file or the environment, sql, passwd and a crash-safe encrypt.
#include <catch2/catch.hpp>

#include "CliRun.h"
#include "TestMode.h"
#include "TestSupport.h"
#include "storage/KeyFile.h"
#include "storage/SqlDump.h"
#include "store/Repositories.h"
#include "store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

using namespace teren;
using test::cli;
using test::Run;
using namespace Qt::StringLiterals;

namespace {

const QString passphrase = u"zelená lavička u potoka"_s;

// Takes TEREN_DB_PASSPHRASE_FILE away for a test that decides on its own passphrases
// (the suite sets it when it runs encrypted), and puts it back.
class WithoutPassphraseEnvironment
{
public:
    WithoutPassphraseEnvironment()
        : m_saved(qgetenv("TEREN_DB_PASSPHRASE_FILE"))
    {
        qunsetenv("TEREN_DB_PASSPHRASE_FILE");
        Store::setDefaultPassphraseForTests(QString());
    }
    ~WithoutPassphraseEnvironment()
    {
        // A test may have pointed it at a file of its own, gone with its folder.
        if (m_saved.isEmpty())
            qunsetenv("TEREN_DB_PASSPHRASE_FILE");
        else
            qputenv("TEREN_DB_PASSPHRASE_FILE", m_saved);
        test::configureForTests();
    }
    WithoutPassphraseEnvironment(const WithoutPassphraseEnvironment &) = delete;
    WithoutPassphraseEnvironment &operator=(const WithoutPassphraseEnvironment &) = delete;

private:
    QByteArray m_saved;
};

struct Folder
{
    QTemporaryDir dir;
    QString file(const QString &name) const { return dir.filePath(name); }
    QString passphraseFile(const QString &name, const QString &text) const
    {
        const QString path = file(name);
        test::writeFile(path, text.toUtf8() + '\n');
        return path;
    }
};

StoreOptions withPassphrase(const QString &text)
{
    StoreOptions options;
    options.passphrase = text;
    return options;
}

QString dumpOf(const QString &path, const QString &text = QString())
{
    auto store = Store::open(path, withPassphrase(text));
    return SqlDump::dump(store->database());
}

bool ownerOnly(const QString &path)
{
    const QFile::Permissions permissions = QFileInfo(path).permissions();
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    return (permissions & others) == 0;
}

} // namespace

TEST_CASE("teren-cli init encrypts a new file, and without a passphrase refuses unless --plain", "[cli][encryption]")
{
    WithoutPassphraseEnvironment environment;
    Folder folder;
    const QString db = folder.file(u"kraj.sqlite"_s);

    const Run refused = test::cliAsGiven({u"init"_s, u"--db"_s, db});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(u"--db-passphrase-file"_s));
    CHECK(refused.err.count(u'\n') == 1);
    CHECK_FALSE(QFileInfo::exists(db));

    const QString weak = folder.passphraseFile(u"weak.txt"_s, u"heslo2024"_s);
    const Run weakRun = cli({u"init"_s, u"--db"_s, db, u"--db-passphrase-file"_s, weak});
    CHECK(weakRun.code == 1);
    CHECK(weakRun.err.contains(u"at least 10 characters"_s));
    CHECK_FALSE(QFileInfo::exists(db));

    const QString good = folder.passphraseFile(u"pass.txt"_s, passphrase);
    const Run both = cli({u"init"_s, u"--db"_s, db, u"--db-passphrase-file"_s, good, u"--plain"_s});
    CHECK(both.code == 2);

    const Run created = cli({u"init"_s, u"--db"_s, db, u"--db-passphrase-file"_s, good, u"--region"_s,
                             u"Karlovarský kraj"_s, u"--coordinator"_s, u"Jana Nováková"_s});
    REQUIRE(created.code == 0);
    CHECK(Store::isEncrypted(db));
    CHECK(test::fileBytes(db).contains("SQLite format 3") == false);
    CHECK(ownerOnly(db));
    CHECK(ownerOnly(KeyFile::pathFor(db)));

    // The recovery key is printed once, on the line after its explanation, and opens the file.
    const QStringList lines = created.out.trimmed().split(u'\n');
    REQUIRE(lines.size() >= 2);
    CHECK(lines.at(lines.size() - 2).startsWith(u"Recovery key"_s));
    StoreOptions recovery;
    recovery.recoveryKey = lines.last().trimmed();
    CHECK(Store::open(db, recovery)->regionOwner() == Store::open(db, withPassphrase(passphrase))->replicaId());

    // Every command takes the passphrase from --db-passphrase-file or the environment.
    const Run locked = cli({u"check"_s, u"--db"_s, db});
    CHECK(locked.code == 1);
    CHECK(locked.err.contains(u"passphrase is needed"_s));
    CHECK(cli({u"check"_s, u"--db"_s, db, u"--db-passphrase-file"_s, good}).code == 0);
    qputenv("TEREN_DB_PASSPHRASE_FILE", QFile::encodeName(good));
    CHECK(cli({u"worker"_s, u"list"_s, u"--db"_s, db}).out.contains(u"Jana Nováková"_s));
    const Run wrong = cli({u"check"_s, u"--db"_s, db, u"--db-passphrase-file"_s,
                           folder.passphraseFile(u"wrong.txt"_s, u"zelená lavička u rybníka"_s)});
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(u"Wrong passphrase"_s));

    // The coordinator forgot the passphrase: the recovery key sets a new one.
    const QString recoveryFile = folder.passphraseFile(u"recovery.txt"_s, recovery.recoveryKey);
    const QString renewed = folder.passphraseFile(u"renewed.txt"_s, u"nový koordinátor od ledna"_s);
    const Run reset = cli({u"passwd"_s, u"--db"_s, db, u"--recovery-key-file"_s, recoveryFile,
                           u"--new-db-passphrase-file"_s, renewed});
    CHECK(reset.code == 0);
    CHECK(Store::open(db, withPassphrase(u"nový koordinátor od ledna"_s))->replicaName().isEmpty() == false);
    CHECK(cli({u"check"_s, u"--db"_s, db, u"--db-passphrase-file"_s, good}).err.contains(u"Wrong passphrase"_s));

    // --plain wins over the passphrase the environment gives by default.
    const QString plain = folder.file(u"cviceni.sqlite"_s);
    REQUIRE(cli({u"init"_s, u"--db"_s, plain, u"--plain"_s}).code == 0);
    CHECK_FALSE(Store::isEncrypted(plain));
    CHECK(test::fileBytes(plain).startsWith("SQLite format 3"));
}

TEST_CASE("teren-cli demo is plain unless given a passphrase, and enrol encrypts the laptop's new file",
          "[cli][encryption]")
{
    WithoutPassphraseEnvironment environment;
    Folder folder;
    const QString demo = folder.file(u"demo.sqlite"_s);
    REQUIRE(cli({u"demo"_s, u"--db"_s, demo, u"--clients"_s, u"30"_s}).code == 0);
    CHECK_FALSE(Store::isEncrypted(demo));

    const QString good = folder.passphraseFile(u"pass.txt"_s, passphrase);
    const QString region = folder.file(u"kraj.sqlite"_s);
    REQUIRE(cli({u"demo"_s, u"--db"_s, region, u"--clients"_s, u"30"_s, u"--db-passphrase-file"_s, good}).code == 0);
    CHECK(Store::isEncrypted(region));

    QString worker;
    {
        auto store = Store::open(region, withPassphrase(passphrase));
        worker = DirectoryRepository(*store).workers().first().name;
    }
    const QString bundlePass = folder.passphraseFile(u"bundle.txt"_s, u"kavárna u nádraží"_s);
    const QString enrolment = folder.file(u"enrol.teren"_s);
    REQUIRE(cli({u"enrol"_s, u"--db"_s, region, u"--db-passphrase-file"_s, good, u"--worker"_s, worker, u"--out"_s,
                 enrolment, u"--passphrase-file"_s, bundlePass})
                .code
            == 0);
    CHECK(ownerOnly(enrolment));

    const QString laptop = folder.file(u"notebook.sqlite"_s);
    const Run noPassphrase =
        test::cliAsGiven({u"enrol"_s, u"--db"_s, laptop, enrolment, u"--passphrase-file"_s, bundlePass});
    CHECK(noPassphrase.code == 2);
    CHECK_FALSE(QFileInfo::exists(laptop));
    const QString laptopPass = folder.passphraseFile(u"laptop.txt"_s, u"modrý hrnek na parapetu"_s);
    const Run joined = cli({u"enrol"_s, u"--db"_s, laptop, u"--db-passphrase-file"_s, laptopPass, enrolment,
                            u"--passphrase-file"_s, bundlePass});
    REQUIRE(joined.code == 0);
    CHECK(Store::isEncrypted(laptop));
    CHECK(Store::open(laptop, withPassphrase(u"modrý hrnek na parapetu"_s))->enrolledWorker().isNull() == false);
}

TEST_CASE("teren-cli sql answers read-only queries as CSV and dumps the whole file", "[cli][encryption]")
{
    WithoutPassphraseEnvironment environment;
    Folder folder;
    const QString db = folder.file(u"kraj.sqlite"_s);
    const QString good = folder.passphraseFile(u"pass.txt"_s, passphrase);
    REQUIRE(cli({u"demo"_s, u"--db"_s, db, u"--clients"_s, u"20"_s, u"--db-passphrase-file"_s, good}).code == 0);

    const Run count = cli({u"sql"_s, u"--db"_s, db, u"--db-passphrase-file"_s, good,
                           u"SELECT count(*) AS clients, 'a,b' AS quoted FROM client"_s});
    REQUIRE(count.code == 0);
    CHECK(count.out == u"clients,quoted\n20,\"a,b\"\n"_s);

    const QByteArray before = test::fileBytes(db);
    const Run write = cli({u"sql"_s, u"--db"_s, db, u"--db-passphrase-file"_s, good, u"DELETE FROM client"_s});
    CHECK(write.code == 1);
    CHECK(write.err.contains(u"change nothing"_s));
    CHECK(cli({u"sql"_s, u"--db"_s, db, u"--db-passphrase-file"_s, good, u"SELECT 1; SELECT 2"_s}).code == 1);
    CHECK(cli({u"sql"_s, u"--db"_s, db, u"--db-passphrase-file"_s, good, u"SELEC nonsense"_s}).code == 1);
    CHECK(cli({u"sql"_s, u"--db"_s, db, u"--db-passphrase-file"_s, good}).code == 2);
    CHECK(dumpOf(db, passphrase).contains(u"INSERT INTO \"client\""_s));
    CHECK(test::fileBytes(db) == before);

    const Run dump = cli({u"sql"_s, u"--db"_s, db, u"--db-passphrase-file"_s, good, u"--dump"_s});
    REQUIRE(dump.code == 0);
    CHECK(dump.out.startsWith(u"PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n"_s));
    CHECK(dump.out.endsWith(u"COMMIT;\n"_s));
    CHECK(dump.out == dumpOf(db, passphrase));
}

TEST_CASE("teren-cli passwd changes the passphrase and the old one no longer opens the file", "[cli][encryption]")
{
    WithoutPassphraseEnvironment environment;
    Folder folder;
    const QString db = folder.file(u"kraj.sqlite"_s);
    const QString old = folder.passphraseFile(u"old.txt"_s, passphrase);
    REQUIRE(cli({u"demo"_s, u"--db"_s, db, u"--clients"_s, u"20"_s, u"--db-passphrase-file"_s, old}).code == 0);
    const QString before = dumpOf(db, passphrase);
    const QByteArray data = test::fileBytes(db);

    const QString weak = folder.passphraseFile(u"weak.txt"_s, u"qwertzuiop"_s);
    const Run refused = cli({u"passwd"_s, u"--db"_s, db, u"--db-passphrase-file"_s, old, u"--new-db-passphrase-file"_s,
                             weak});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(u"most often"_s));

    const QString fresh = folder.passphraseFile(u"new.txt"_s, u"tři vrány na sněhu"_s);
    const Run wrongOld = cli({u"passwd"_s, u"--db"_s, db, u"--db-passphrase-file"_s, fresh,
                              u"--new-db-passphrase-file"_s, fresh});
    CHECK(wrongOld.code == 1);
    CHECK(wrongOld.err.contains(u"Wrong passphrase"_s));

    REQUIRE(cli({u"passwd"_s, u"--db"_s, db, u"--db-passphrase-file"_s, old, u"--new-db-passphrase-file"_s, fresh})
                .code
            == 0);
    CHECK(test::fileBytes(db) == data); // the data is not re-encrypted
    CHECK(cli({u"check"_s, u"--db"_s, db, u"--db-passphrase-file"_s, old}).err.contains(u"Wrong passphrase"_s));
    CHECK(dumpOf(db, u"tři vrány na sněhu"_s) == before);
}

TEST_CASE("teren-cli encrypt turns a plain file into an encrypted one with the same data and signing key",
          "[cli][encryption]")
{
    WithoutPassphraseEnvironment environment;
    Folder folder;
    const QString db = folder.file(u"kraj.sqlite"_s);
    REQUIRE(cli({u"demo"_s, u"--db"_s, db, u"--clients"_s, u"40"_s}).code == 0);
    const Run identity = cli({u"identity"_s, u"--db"_s, db});
    REQUIRE(identity.code == 0);
    const QString before = dumpOf(db);

    const QString good = folder.passphraseFile(u"pass.txt"_s, passphrase);
    const Run encrypted = cli({u"encrypt"_s, u"--db"_s, db, u"--db-passphrase-file"_s, good});
    REQUIRE(encrypted.code == 0);
    CHECK(Store::isEncrypted(db));
    CHECK_FALSE(test::fileBytes(db).contains("SQLite format 3"));
    CHECK(dumpOf(db, passphrase) == before);
    CHECK(cli({u"identity"_s, u"--db"_s, db, u"--db-passphrase-file"_s, good}).out == identity.out);
    CHECK(QDir(folder.dir.path()).entryList({u"*encrypting*"_s}, QDir::Files).isEmpty());

    const Run again = cli({u"encrypt"_s, u"--db"_s, db, u"--db-passphrase-file"_s, good});
    CHECK(again.code == 1);
    CHECK(again.err.contains(u"encrypted already"_s));
}

TEST_CASE("teren-cli encrypt killed at any moment leaves one file that opens with all the data",
          "[cli][encryption][process]")
{
    WithoutPassphraseEnvironment environment;
    Folder folder;
    const QString original = folder.file(u"original.sqlite"_s);
    REQUIRE(cli({u"demo"_s, u"--db"_s, original, u"--clients"_s, u"400"_s}).code == 0);
    REQUIRE(cli({u"identity"_s, u"--db"_s, original}).code == 0);
    const QString expected = dumpOf(original);
    const QString good = folder.passphraseFile(u"pass.txt"_s, passphrase);
    const QString db = folder.file(u"kraj.sqlite"_s);
    const auto fresh = [&] {
        for (const QString &name : QDir(folder.dir.path()).entryList({u"kraj.sqlite*"_s}, QDir::Files))
            QFile::remove(folder.file(name));
        REQUIRE(QFile::copy(original, db));
        REQUIRE(QFile::copy(KeyFile::pathFor(original), KeyFile::pathFor(db)));
    };

    // How long an uninterrupted run takes, to spread the kills over it.
    fresh();
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(TEREN_CLI_PATH), {u"encrypt"_s, u"--db"_s, db, u"--db-passphrase-file"_s, good});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    const qint64 duration = std::max<qint64>(timer.elapsed(), 20);

    QRandomGenerator random(2026);
    int endedPlain = 0;
    int endedEncrypted = 0;
    for (int attempt = 0; attempt < 20; ++attempt) {
        fresh();
        process.start(QStringLiteral(TEREN_CLI_PATH), {u"encrypt"_s, u"--db"_s, db, u"--db-passphrase-file"_s, good});
        REQUIRE(process.waitForStarted());
        QThread::msleep(static_cast<unsigned long>(random.bounded(duration + duration / 4)));
        process.kill();
        process.waitForFinished();
        INFO("attempt " << attempt);
        // Opening finishes or undoes what was cut short; either way all the data is there.
        CHECK(dumpOf(db, passphrase) == expected);
        CHECK(QDir(folder.dir.path()).entryList({u"kraj.sqlite.encrypting*"_s}, QDir::Files).isEmpty());
        (Store::isEncrypted(db) ? endedEncrypted : endedPlain) += 1;
    }
    INFO("ended plain " << endedPlain << ", encrypted " << endedEncrypted << " of runs taking " << duration << " ms");
    CHECK(endedPlain + endedEncrypted == 20);
}

TEST_CASE("teren-cli refuses bad passphrase files and misplaced encryption commands in one line, changing nothing",
          "[cli][encryption]")
{
    WithoutPassphraseEnvironment environment;
    Folder folder;
    const QString plain = folder.file(u"cviceni.sqlite"_s);
    REQUIRE(cli({u"init"_s, u"--db"_s, plain, u"--plain"_s}).code == 0);
    const QString good = folder.passphraseFile(u"pass.txt"_s, passphrase);
    const QString empty = folder.file(u"empty.txt"_s);
    test::writeFile(empty, "\n");
    const QString notDatabase = folder.file(u"poznamky.sqlite"_s);
    test::writeFile(notDatabase, "Toto není databáze, jen poznámky z terénu.\n");
    const auto files = [&]() -> QByteArray { return test::fileBytes(plain) + test::fileBytes(notDatabase); };
    const QByteArray before = files();

    const auto refused = [](const Run &run, const QString &words) {
        INFO(run.err.toStdString());
        CHECK(run.code != 0);
        CHECK(run.err.contains(words));
        CHECK(run.err.count(u'\n') == 1);
    };
    refused(cli({u"check"_s, u"--db"_s, plain, u"--db-passphrase-file"_s, empty}), u"is empty"_s);
    refused(cli({u"check"_s, u"--db"_s, plain, u"--db-passphrase-file"_s, folder.file(u"missing.txt"_s)}),
            u"Could not read the passphrase file"_s);
    refused(cli({u"passwd"_s, u"--db"_s, plain, u"--db-passphrase-file"_s, good, u"--new-db-passphrase-file"_s, good}),
            u"not encrypted"_s);
    refused(cli({u"passwd"_s, u"--db"_s, plain, u"--new-db-passphrase-file"_s, good}), u"old passphrase"_s);
    refused(cli({u"encrypt"_s, u"--db"_s, notDatabase, u"--db-passphrase-file"_s, good}), u"not a Terén database"_s);
    refused(cli({u"encrypt"_s, u"--db"_s, plain, u"--db-passphrase-file"_s,
                 folder.passphraseFile(u"weak.txt"_s, u"sluníčko2024"_s)}),
            u"most often"_s);
    refused(cli({u"encrypt"_s, u"--db"_s, folder.file(u"missing.sqlite"_s), u"--db-passphrase-file"_s, good}),
            u"does not exist"_s);
    refused(cli({u"sql"_s, u"--db"_s, plain, u"   "_s}), u"empty"_s);
    CHECK(files() == before);
    CHECK(QDir(folder.dir.path()).entryList({u"*encrypting*"_s}, QDir::Files).isEmpty());
    CHECK_FALSE(QFileInfo::exists(KeyFile::pathFor(notDatabase)));
}
