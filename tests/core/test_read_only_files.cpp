// A database in a folder or a file the user may not write: refused before anything is
// written, each with its own reason, and opened read-only when asked. Nothing is
// read-only to root, so when the suite runs as root the file is opened by a probe
// process running as the user nobody (setpriv), to whom the files are handed over.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "storage/StorageFailures.h"
#include "storage/UseMarker.h"
#include "store/Repositories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace teren;
using Reason = UnopenableFile::Reason;

namespace {

constexpr uid_t nobody = 65534;

bool runsAsRoot()
{
    return ::geteuid() == 0;
}

struct ProbeResult
{
    int code = -1;
    QString out;
};

// The probe, copied where any user may run it (the build folder may be private).
QString probeProgram()
{
    static QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("teren_open_probe"));
    if (!QFileInfo::exists(copy)) {
        REQUIRE(QFile::copy(QStringLiteral(TEREN_OPEN_PROBE_PATH), copy));
        REQUIRE(::chmod(QFile::encodeName(folder.path()).constData(), 0755) == 0);
        REQUIRE(::chmod(QFile::encodeName(copy).constData(), 0755) == 0);
    }
    return copy;
}

ProbeResult openAsUser(const QString &path, bool readOnly)
{
    QString program = probeProgram();
    QStringList arguments{path};
    if (readOnly)
        arguments.append(QStringLiteral("read-only"));
    if (runsAsRoot()) {
        arguments = QStringList{QStringLiteral("--reuid=%1").arg(nobody), QStringLiteral("--regid=%1").arg(nobody),
                                QStringLiteral("--clear-groups"), QStringLiteral("--"), program}
            + arguments;
        program = QStringLiteral("setpriv");
    }
    QProcess probe;
    probe.start(program, arguments);
    REQUIRE(probe.waitForFinished(120'000));
    return {probe.exitCode(), QString::fromUtf8(probe.readAllStandardOutput()).trimmed()};
}

// Makes `path` belong to the user the probe runs as (itself, when not root).
void handOver(const QString &path)
{
    if (runsAsRoot())
        REQUIRE(::chown(QFile::encodeName(path).constData(), nobody, nobody) == 0);
}

void setMode(const QString &path, mode_t mode)
{
    REQUIRE(::chmod(QFile::encodeName(path).constData(), mode) == 0);
}

// A closed database with one client in a folder of its own, every file of it handed
// over to the probe's user.
struct ClosedDatabase
{
    test::Fixture fixture;
    QString folder;
    QString path;

    ClosedDatabase()
    {
        auto store = fixture.takeStore();
        Client client;
        client.givenName = QStringLiteral("Věra");
        client.familyName = QStringLiteral("Horváthová");
        client.birthYear = 1990;
        ClientRepository(*store).create(client);
        store.reset();
        folder = QFileInfo(fixture.path(QStringLiteral("card.sqlite"))).absolutePath();
        path = fixture.path(QStringLiteral("card.sqlite"));
        setMode(folder, 0755);
        for (const QString &name : QDir(folder).entryList(QDir::Files))
            handOver(QDir(folder).filePath(name));
    }
    QStringList files() const { return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name); }
};

void checkRefused(const ProbeResult &result, Reason reason, const char *words)
{
    CAPTURE(result.out);
    CHECK(result.code == 3);
    CHECK(result.out.startsWith(QStringLiteral("refused %1 ").arg(static_cast<int>(reason))));
    CHECK(result.out.contains(QLatin1String(words)));
}

} // namespace

TEST_CASE("A database in a folder the user cannot write is refused as such, and opens read-only", "[badfile]")
{
    ClosedDatabase database;
    const QByteArray before = test::fileBytes(database.path);
    const QStringList filesBefore = database.files();
    // The folder stays root's (or, not as root, loses its write permission).
    if (!runsAsRoot())
        setMode(database.folder, 0555);

    checkRefused(openAsUser(database.path, false), Reason::ReadOnlyFolder, "cannot be written to");
    const ProbeResult readOnly = openAsUser(database.path, true);
    CAPTURE(readOnly.out);
    CHECK(readOnly.code == 0);
    CHECK(readOnly.out == u"opened 1");

    setMode(database.folder, 0755);
    CHECK(test::fileBytes(database.path) == before);
    CHECK(database.files() == filesBefore);
}

TEST_CASE("A read-only database file is refused as such, and opens read-only", "[badfile]")
{
    ClosedDatabase database;
    handOver(database.folder);
    setMode(database.path, 0400);
    const QByteArray before = test::fileBytes(database.path);

    checkRefused(openAsUser(database.path, false), Reason::ReadOnlyFile, "is read-only");
    const ProbeResult readOnly = openAsUser(database.path, true);
    CAPTURE(readOnly.out);
    CHECK(readOnly.code == 0);
    CHECK(readOnly.out == u"opened 1");

    CHECK(test::fileBytes(database.path) == before);
    CHECK_FALSE(QFileInfo::exists(UseMarker::pathFor(database.path)));
    // SQLite reads a WAL-mode file through its -shm index, which it creates in the
    // writable folder; the log beside it stays empty.
    CHECK(QFileInfo(database.path + QStringLiteral("-wal")).size() == 0);
}
