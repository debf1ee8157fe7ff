// What teren-cli reads from files a person names: only ordinary files, each kind up
// to its size limit (RegularFile); a pipe, a device or a folder is refused at once,
// naming the file, and nothing is changed.
#include <catch2/catch.hpp>

#include "CliRun.h"
#include "TestSupport.h"
#include "storage/RegularFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace teren;
using test::cli;
using test::Run;
using namespace Qt::StringLiterals;

namespace {

// A named pipe that never blocks the test: a writer opens it and closes it at once,
// so a reader that opens it anyway reads an empty file instead of waiting for ever.
class PassingPipe
{
public:
    explicit PassingPipe(const QString &path) : m_path(QFile::encodeName(path))
    {
        REQUIRE(::mkfifo(m_path.constData(), 0600) == 0);
        m_writer = std::thread([this] {
            const int descriptor = ::open(m_path.constData(), O_WRONLY);
            if (descriptor >= 0)
                ::close(descriptor);
        });
    }
    ~PassingPipe()
    {
        // Nobody read it: open the reading end so the writer's open() returns.
        const int descriptor = ::open(m_path.constData(), O_RDONLY | O_NONBLOCK);
        m_writer.join();
        if (descriptor >= 0)
            ::close(descriptor);
    }
    PassingPipe(const PassingPipe &) = delete;
    PassingPipe &operator=(const PassingPipe &) = delete;

private:
    QByteArray m_path;
    std::thread m_writer;
};

struct Folder
{
    QTemporaryDir dir;
    QString file(const QString &name) const { return dir.filePath(name); }
    // A database with a small demo region in it.
    QString demo()
    {
        const QString db = file(u"kraj.sqlite"_s);
        REQUIRE(cli({u"demo"_s, u"--db"_s, db, u"--clients"_s, u"5"_s}).code == 0);
        REQUIRE(cli({u"identity"_s, u"--db"_s, db}).code == 0); // its key pair, made on first use
        return db;
    }
};

// A file of `size` bytes that takes no room on the disk.
void makeSparse(const QString &path, qint64 size)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(size));
}

void refusedNaming(const Run &run, const QString &file, const QString &why)
{
    const QString shown = run.out + run.err;
    INFO(shown.toStdString());
    CHECK(run.code == 1);
    CHECK(shown.contains(file));
    CHECK(shown.contains(why));
}

} // namespace

TEST_CASE("teren-cli import refuses a named pipe given as a bundle, naming it", "[cli][files]")
{
    Folder folder;
    const QString db = folder.demo();
    const QByteArray before = test::fileBytes(db);
    const QString pipe = folder.file(u"bundle.teren"_s);
    PassingPipe passing(pipe);
    const Run run = cli({u"import"_s, u"--db"_s, db, pipe});
    refusedNaming(run, pipe, u"not an ordinary file"_s);
    CHECK(run.out == u"%1: refused: Could not open %1: it is not an ordinary file but a device, a pipe or a "
                     "socket, which Terén does not read\n"_s.arg(pipe));
    CHECK(test::fileBytes(db) == before);
}

TEST_CASE("teren-cli import refuses a bundle larger than any Terén writes without reading it", "[cli][files]")
{
    Folder folder;
    const QString db = folder.demo();
    const QString huge = folder.file(u"huge.teren"_s);
    makeSparse(huge, RegularFile::maxBundleBytes + 1);
    refusedNaming(cli({u"import"_s, u"--db"_s, db, huge}), huge, u"larger than 2048 MiB"_s);
}

TEST_CASE("teren-cli enrol refuses a named pipe given as the enrolment bundle", "[cli][files]")
{
    Folder folder;
    const QString pipe = folder.file(u"enrolment.teren"_s);
    PassingPipe passing(pipe);
    const QString laptop = folder.file(u"laptop.sqlite"_s);
    refusedNaming(cli({u"enrol"_s, u"--db"_s, laptop, pipe}), pipe, u"not an ordinary file"_s);
    CHECK_FALSE(QFile::exists(laptop)); // the file it would have made is gone again
}

TEST_CASE("teren-cli refuses a named pipe or a folder given as a passphrase file", "[cli][files]")
{
    Folder folder;
    const QString db = folder.demo();
    const QString pipe = folder.file(u"heslo.txt"_s);
    PassingPipe passing(pipe);
    refusedNaming(cli({u"export"_s, u"--db"_s, db, u"--out"_s, folder.file(u"out.teren"_s), u"--passphrase-file"_s,
                       pipe}),
                  u"Could not read the passphrase file %1"_s.arg(pipe), u"not an ordinary file"_s);
    refusedNaming(cli({u"check"_s, u"--db"_s, db, u"--db-passphrase-file"_s, folder.dir.path()}),
                  u"Could not read the passphrase file %1"_s.arg(folder.dir.path()), u"it is a folder"_s);
    CHECK_FALSE(QFile::exists(folder.file(u"out.teren"_s)));
}

TEST_CASE("teren-cli import-csv refuses /dev/zero as clients.csv, naming the file, and imports nothing",
          "[cli][files][csv]")
{
    Folder folder;
    const QString db = folder.file(u"kraj.sqlite"_s);
    REQUIRE(cli({u"init"_s, u"--db"_s, db}).code == 0);
    const QByteArray before = test::fileBytes(db);
    const QString csv = folder.file(u"csv"_s);
    REQUIRE(QDir().mkpath(csv));
    test::writeFile(csv + u"/localities.csv"_s, "code,name,municipality,district\nL1,Chanov,Most,Most\n");
    REQUIRE(QFile::link(u"/dev/zero"_s, csv + u"/clients.csv"_s));
    const Run run = cli({u"import-csv"_s, u"--db"_s, db, csv});
    refusedNaming(run, u"clients.csv:1: "_s, u"not an ordinary file"_s);
    CHECK(run.err.contains(u"nothing was imported"_s));
    CHECK(test::fileBytes(db) == before);
}

TEST_CASE("teren-cli import-csv refuses a CSV file larger than its limit without reading it", "[cli][files][csv]")
{
    Folder folder;
    const QString db = folder.file(u"kraj.sqlite"_s);
    REQUIRE(cli({u"init"_s, u"--db"_s, db}).code == 0);
    const QString csv = folder.file(u"csv"_s);
    REQUIRE(QDir().mkpath(csv));
    makeSparse(csv + u"/localities.csv"_s, RegularFile::maxSpreadsheetBytes + 1);
    refusedNaming(cli({u"import-csv"_s, u"--db"_s, db, csv}), u"localities.csv:1: "_s, u"larger than 256 MiB"_s);
}
