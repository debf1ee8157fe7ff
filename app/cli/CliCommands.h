#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include "changes/Clock.h"
#include "storage/StorageFailures.h"
#include "store/Store.h"

#include <memory>

class QCommandLineParser;

namespace teren {

// The headless commands of teren-cli. `run` takes the arguments after the program
// name, writes results to `out` and one-line errors to `err`, and returns the
// process exit code: 0 success, 1 failure of the command, 2 bad usage.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CliCommands(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    int run(const QStringList &arguments);
    // The clock commands read "today" from (the report's default year, a worker's
    // first and last day); tests pin it.
    void setClock(const Clock *clock) { m_clock = clock; }

private:
    int init(const QStringList &arguments);
    int demo(const QStringList &arguments);
    int check(const QStringList &arguments);
    int importCsv(const QStringList &arguments);
    // DatabaseCommands.cpp
    int sql(const QStringList &arguments);
    int passwd(const QStringList &arguments);
    int encrypt(const QStringList &arguments);
    // BackupCommands.cpp
    int backup(const QStringList &arguments);
    int restore(const QStringList &arguments);
    int salvage(const QStringList &arguments);
    // The database options, and a recovery key instead of the passphrase.
    StoreOptions recoveryOptions(QCommandLineParser &parser) const;
    // After a file could not be opened: the ways out that apply, one "hint:" line each.
    void printWaysOut(const QStringList &arguments, const UnopenableFile &error);
    // SyncCommands.cpp
    int identity(const QStringList &arguments);
    int trust(const QStringList &arguments);
    int exportBundle(const QStringList &arguments);
    int importBundles(const QStringList &arguments);
    int conflicts(const QStringList &arguments);
    // EnrolCommands.cpp
    int enrol(const QStringList &arguments);
    // ReportCommands.cpp
    int report(const QStringList &arguments);
    int targets(const QStringList &arguments);
    // HistoryCommands.cpp
    int history(const QStringList &arguments);
    int audit(const QStringList &arguments);
    // RegionCommands.cpp
    int provider(const QStringList &arguments);
    int providerAdd(const QStringList &arguments);
    int providerList(const QStringList &arguments);
    int worker(const QStringList &arguments);
    int workerAdd(const QStringList &arguments);
    int workerList(const QStringList &arguments);
    int workerRetire(const QStringList &arguments);
    int locality(const QStringList &arguments);
    int localityAdd(const QStringList &arguments);
    int localityList(const QStringList &arguments);
    int handover(const QStringList &arguments);
    int refused(const QStringList &arguments);
    // PersonCommands.cpp
    int access(const QStringList &arguments);
    // PlanCommands.cpp
    int plan(const QStringList &arguments);
    // RetentionCommands.cpp
    int retention(const QStringList &arguments);
    // WeekCommands.cpp
    int week(const QStringList &arguments);
    // A command made of subcommands given none, or an unknown one: its --help, or
    // exit code 2.
    int subcommandUsage(const QString &command, const QString &synopsis, const QString &description,
                        const QStringList &arguments);
    // The options to open --db with (the clock, the database passphrase).
    StoreOptions storeOptions(QCommandLineParser &parser) const;
    std::unique_ptr<Store> openStore(QCommandLineParser &parser, Database::Access access = Database::Access::ReadWrite);
    const Clock &clock() const { return m_clock ? *m_clock : Clock::system(); }
    // A warning on stderr when this computer's clock looks wrong for the file.
    void warnAboutClock(Store &store);
    // For a new database: its passphrase, or --plain; neither is bad usage.
    StoreOptions newStoreOptions(QCommandLineParser &parser) const;
    int usage();

    QTextStream &m_out;
    QTextStream &m_err;
    const Clock *m_clock = nullptr; // the system clock when null
};

} // namespace teren
