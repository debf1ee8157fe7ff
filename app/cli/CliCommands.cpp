#include "CliCommands.h"

#include "CommandParser.h"
#include "demo/DemoGenerator.h"
#include "domain/Error.h"
#include "domain/Version.h"
#include "io/CsvImporter.h"
#include "storage/IntegrityReport.h"
#include "storage/RegularFile.h"
#include "store/ClockCheck.h"
#include "store/RegionSetup.h"
#include "store/Store.h"
#include "sync/StatisticalScope.h"

#include <QElapsedTimer>
#include <QFile>

namespace teren {

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), QCoreApplication::translate("CliCommands", "The database file."),
                              QStringLiteral("FILE"));
}

QCommandLineOption dbPassphraseOption()
{
    return QCommandLineOption(
        QStringLiteral("db-passphrase-file"),
        QCoreApplication::translate("CliCommands",
                                    "A file whose first line is the database's passphrase (default: the file named "
                                    "by the environment variable TEREN_DB_PASSPHRASE_FILE)."),
        QStringLiteral("F"));
}

void CommandParser::addDatabaseOptions()
{
    addOption(dbOption());
    addOption(dbPassphraseOption());
}

// The database passphrase from --db-passphrase-file, else from the file that
// TEREN_DB_PASSPHRASE_FILE names; empty when neither is given.
QString databasePassphrase(QCommandLineParser &parser)
{
    QString path = parser.value(QStringLiteral("db-passphrase-file"));
    if (path.isEmpty())
        path = qEnvironmentVariable("TEREN_DB_PASSPHRASE_FILE");
    if (path.isEmpty())
        return {};
    return passphraseFrom(path);
}

QString passphraseFrom(const QString &path)
{
    return QString::fromUtf8(readPassphrase(path)).trimmed();
}

QByteArray readPassphrase(const QString &path)
{
    QString why;
    const std::optional<QByteArray> content = RegularFile::read(path, RegularFile::maxSmallFileBytes, why);
    if (!content)
        throw Error(QCoreApplication::translate("CliCommands", "Could not read the passphrase file %1: %2")
                        .arg(path, why));
    const QByteArray passphrase = content->left(content->indexOf('\n')).trimmed();
    if (passphrase.isEmpty())
        throw Error(QCoreApplication::translate("CliCommands", "The passphrase file %1 is empty.").arg(path));
    return passphrase;
}

QString requireDb(QCommandLineParser &parser)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        throw Error(QCoreApplication::translate("CliCommands", "--db FILE is required."));
    return path;
}

QString requireValue(QCommandLineParser &parser, const QString &option, const QString &shown)
{
    const QString value = parser.value(option).trimmed();
    if (value.isEmpty())
        throw UsageError(QCoreApplication::translate("CliCommands", "%1 is required.").arg(shown));
    return value;
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".key")})
        QFile::remove(path + suffix);
}

StoreOptions CliCommands::storeOptions(QCommandLineParser &parser) const
{
    StoreOptions options;
    options.clock = m_clock;
    options.passphrase = databasePassphrase(parser);
    return options;
}

std::unique_ptr<Store> CliCommands::openStore(QCommandLineParser &parser, Database::Access access)
{
    StoreOptions options = storeOptions(parser);
    options.readOnly = access == Database::Access::ReadOnly;
    auto store = Store::open(requireDb(parser), options);
    warnAboutClock(*store);
    return store;
}

void CliCommands::warnAboutClock(Store &store)
{
    // A clock given to the commands is set on purpose: only the system clock is held
    // against the build date.
    const ClockCheck clock = ClockCheck::of(store, m_clock ? QDate() : ClockCheck::buildDate());
    if (!clock.isFine())
        m_err << tr("warning: %1").arg(clock.message()) << '\n';
}

StoreOptions CliCommands::newStoreOptions(QCommandLineParser &parser) const
{
    const bool plain = parser.isSet(QStringLiteral("plain"));
    if (plain && parser.isSet(QStringLiteral("db-passphrase-file")))
        throw UsageError(tr("Give either a database passphrase or --plain, not both."));
    // --plain is a decision about this one file: it wins over the environment's default.
    StoreOptions options = plain ? StoreOptions{} : storeOptions(parser);
    options.clock = m_clock;
    if (!plain && options.passphrase.isEmpty())
        throw UsageError(tr("A new database is encrypted: give its passphrase with --db-passphrase-file F (or the "
                            "environment variable TEREN_DB_PASSPHRASE_FILE), or --plain for a file that will hold "
                            "no personal data."));
    options.plain = plain;
    return options;
}

QCommandLineOption plainOption()
{
    return QCommandLineOption(QStringLiteral("plain"),
                              QCoreApplication::translate("CliCommands",
                                                          "Create the database unencrypted (only for data about "
                                                          "nobody real, such as a training file)."));
}

int CliCommands::subcommandUsage(const QString &command, const QString &synopsis, const QString &description,
                                 const QStringList &arguments)
{
    CommandParser parser(synopsis, description);
    parser.addDatabaseOptions();
    if (const int code = parser.parse(command, arguments, m_out, m_err); code >= 0)
        return code;
    if (arguments.isEmpty() || arguments.first().startsWith(u'-'))
        m_err << tr("error: teren-cli %1 needs a subcommand; run teren-cli %1 --help").arg(command) << '\n';
    else
        m_err << tr("error: unknown subcommand \"%1\"; run teren-cli %2 --help").arg(arguments.first(), command)
              << '\n';
    return 2;
}

int CliCommands::run(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h"
        || arguments.first() == u"help")
        return arguments.isEmpty() ? (usage(), 2) : usage();
    if (arguments.first() == u"--version") {
        m_out << QStringLiteral("teren-cli ") << appVersion() << '\n';
        return 0;
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    try {
        if (command == u"init")
            return init(rest);
        if (command == u"demo")
            return demo(rest);
        if (command == u"check")
            return check(rest);
        if (command == u"import-csv")
            return importCsv(rest);
        if (command == u"identity")
            return identity(rest);
        if (command == u"trust")
            return trust(rest);
        if (command == u"export")
            return exportBundle(rest);
        if (command == u"import")
            return importBundles(rest);
        if (command == u"conflicts")
            return conflicts(rest);
        if (command == u"enrol")
            return enrol(rest);
        if (command == u"report")
            return report(rest);
        if (command == u"targets")
            return targets(rest);
        if (command == u"provider")
            return provider(rest);
        if (command == u"worker")
            return worker(rest);
        if (command == u"locality")
            return locality(rest);
        if (command == u"handover")
            return handover(rest);
        if (command == u"refused")
            return refused(rest);
        if (command == u"retention")
            return retention(rest);
        if (command == u"history")
            return history(rest);
        if (command == u"audit")
            return audit(rest);
        if (command == u"sql")
            return sql(rest);
        if (command == u"passwd")
            return passwd(rest);
        if (command == u"encrypt")
            return encrypt(rest);
        if (command == u"backup")
            return backup(rest);
        if (command == u"restore")
            return restore(rest);
        if (command == u"salvage")
            return salvage(rest);
        if (command == u"access")
            return access(rest);
        if (command == u"week")
            return week(rest);
        if (command == u"plan")
            return plan(rest);
    } catch (const UsageError &error) {
        m_err << tr("error: %1").arg(error.message()) << '\n';
        return 2;
    } catch (const UnopenableFile &error) {
        m_err << tr("error: %1").arg(error.message()) << '\n';
        printWaysOut(rest, error);
        return 1;
    } catch (const Error &error) {
        m_err << tr("error: %1").arg(error.message()) << '\n';
        return 1;
    }
    m_err << tr("error: unknown command \"%1\"; run teren-cli --help").arg(command) << '\n';
    return 2;
}

int CliCommands::usage()
{
    m_out << tr("Usage: teren-cli COMMAND [OPTIONS]\n\n"
                "Commands:\n"
                "  init        create a new, empty database, or a new region's coordinator database\n"
                "  demo        create a database with a synthetic demo region\n"
                "  check       check a database's integrity and count its rows\n"
                "  import-csv  import localities, clients, needs, plans and contacts from CSV files\n"
                "  identity    show (and create) this database's replica id and public key\n"
                "  trust       accept bundles from another installation\n"
                "  export      write the changes since the last export to an encrypted bundle\n"
                "  import      merge bundles from other installations\n"
                "  conflicts   list concurrent edits found while merging\n"
                "  enrol       issue an enrolment for a worker, or join a region with one\n"
                "  report      compute the regional report as JSON or CSV\n"
                "  targets     list, set or remove the report's yearly targets\n"
                "  provider    add or list the region's providers\n"
                "  worker      add, list or retire the region's workers\n"
                "  locality    add or list the region's localities\n"
                "  handover    hand clients over to another worker\n"
                "  week        list what is due across a caseload: overdue steps and goals, quiet clients\n"
                "  refused     list the changes the region's rules refused, or accept one\n"
                "  retention   list the clients past the retention period, or anonymise them\n"
                "  history     list every change and view of one client's records\n"
                "  audit       write every change and view of a period, for all clients, to a file\n"
                "  sql         run a read-only query, or dump the database as SQL\n"
                "  passwd      change the database's passphrase\n"
                "  encrypt     encrypt a plain database in place\n"
                "  backup      write a checked backup of the database, or list the backups\n"
                "  restore     put a backup in the place of the database (the current file is kept aside)\n"
                "  salvage     copy what can still be read of a damaged database into a new file\n"
                "  access      write everything held about one person as a PDF and a JSON file\n"
                "  plan        write a client's individual plan as a PDF to read and sign with them\n\n"
                "Every command that opens a database takes --db-passphrase-file F (or the environment variable "
                "TEREN_DB_PASSPHRASE_FILE) for an encrypted one.\n\n"
                "Run teren-cli COMMAND --help for a command's options, teren-cli --version for the version.\n");
    return 0;
}


int CliCommands::init(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("teren-cli init --db FILE (--db-passphrase-file F | --plain) [--replica-name NAME] "
                       "[--statistical]\n"
                       "teren-cli init --db FILE (--db-passphrase-file F | --plain) [--replica-name NAME] --region NAME "
                       "--coordinator NAME [--provider NAME [--ico ICO]]"),
        tr("Creates a new, empty Terén database with the region's codelists. With --region it sets up a new "
           "region: the region, its coordinator as a worker with the coordinator's role (of the provider, when "
           "one is given) and this installation as the region's coordinator, the one that adds providers, "
           "workers and localities, enrols the workers' laptops and hands clients over. The file is encrypted "
           "under the database passphrase; a region's file can also be opened with a recovery key, printed once."));
    command.addOption(plainOption());
    command.addOption(QCommandLineOption(
        QStringLiteral("statistical"),
        tr("A statistical database for regional reporting: it holds the latest statistical bundle of each "
           "region (no names, free text or keys that lead back to a person) and exports nothing.")));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("replica-name"),
                                         tr("A name for this installation (default: the computer's name)."),
                                         QStringLiteral("NAME")));
    command.addOption(QCommandLineOption(QStringLiteral("region"), tr("Set up a new region with this name."),
                                         QStringLiteral("NAME")));
    command.addOption(QCommandLineOption(QStringLiteral("coordinator"),
                                         tr("The region's coordinator, who works on this installation."),
                                         QStringLiteral("NAME")));
    command.addOption(QCommandLineOption(QStringLiteral("provider"),
                                         tr("The region's first provider, the coordinator's organisation."),
                                         QStringLiteral("NAME")));
    command.addOption(QCommandLineOption(QStringLiteral("ico"), tr("The provider's company number (IČO)."),
                                         QStringLiteral("ICO")));
    if (const int code = command.parse(QStringLiteral("init"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const bool region = parser.isSet(QStringLiteral("region")) || parser.isSet(QStringLiteral("coordinator"));
    RegionSetup::Plan plan;
    if (region) {
        if (parser.isSet(QStringLiteral("statistical")))
            throw UsageError(tr("A statistical database belongs to no region: give either --statistical or "
                                "--region."));
        plan.regionName = requireValue(parser, QStringLiteral("region"), QStringLiteral("--region NAME"));
        plan.coordinatorName =
            requireValue(parser, QStringLiteral("coordinator"), QStringLiteral("--coordinator NAME"));
        if (parser.isSet(QStringLiteral("provider"))) {
            Provider provider;
            provider.name = requireValue(parser, QStringLiteral("provider"), QStringLiteral("--provider NAME"));
            provider.ico = parser.value(QStringLiteral("ico")).trimmed();
            plan.providers.append(provider);
            plan.coordinatorProvider = 0;
        } else {
            plan.providersLater = true;
        }
    } else if (parser.isSet(QStringLiteral("provider"))) {
        throw UsageError(tr("--provider NAME goes with --region NAME --coordinator NAME."));
    }
    if (parser.isSet(QStringLiteral("ico")) && !parser.isSet(QStringLiteral("provider")))
        throw UsageError(tr("--ico ICO goes with --provider NAME."));

    StoreOptions options = newStoreOptions(parser);
    options.replicaName = parser.value(QStringLiteral("replica-name"));
    const QString path = requireDb(parser);
    auto store = Store::create(path, options);
    if (parser.isSet(QStringLiteral("statistical")))
        StatisticalScope::makeStatisticalDatabase(*store);
    RegionSetup::Created created;
    if (region) {
        try {
            created = RegionSetup::create(*store, plan);
        } catch (const Error &) {
            // Nothing of the region was written: leave no half-made file behind.
            store.reset();
            removeDatabaseFiles(path);
            throw;
        }
    }
    m_out << tr("Created %1 (replica %2, \"%3\").")
                 .arg(store->database().path(), store->replicaId().toString(QUuid::WithoutBraces),
                      store->replicaName())
          << '\n';
    if (region) {
        const auto id = [](const QUuid &uuid) { return uuid.toString(QUuid::WithoutBraces); };
        m_out << tr("Region \"%1\": %2").arg(plan.regionName, id(created.region)) << '\n';
        m_out << tr("Coordinator \"%1\", working on this installation: %2")
                     .arg(plan.coordinatorName, id(created.coordinator))
              << '\n';
        for (qsizetype i = 0; i < created.providers.size(); ++i)
            m_out << tr("Provider \"%1\": %2").arg(plan.providers.at(i).name, id(created.providers.at(i)))
                  << '\n';
        if (store->isEncrypted())
            m_out << tr("Recovery key (shown only now; print it and keep it locked away from the computer — it "
                        "opens this region's file when the passphrase is lost or the coordinator changes):")
                  << '\n'
                  << store->createRecoveryKey() << '\n';
    }
    return 0;
}

int CliCommands::demo(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("teren-cli demo --db FILE [--clients N] [--seed S] [--db-passphrase-file F]"),
                          tr("Creates a database with a synthetic Karlovy Vary region: 17 localities, 3 providers, "
                             "8 workers and their clients with needs, plans and contacts over 22 months. "
                             "The same seed gives the same database. The people are made up, so the file is plain "
                             "unless a database passphrase is given."));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("clients"), tr("Number of clients (default 1300)."),
                                         QStringLiteral("N"), QStringLiteral("1300")));
    command.addOption(
        QCommandLineOption(QStringLiteral("seed"), tr("Random seed (default 1)."), QStringLiteral("S"), QStringLiteral("1")));
    if (const int code = command.parse(QStringLiteral("demo"), arguments, m_out, m_err); code >= 0)
        return code;
    DemoOptions options;
    bool ok = false;
    options.clients = command.parser().value(QStringLiteral("clients")).toInt(&ok);
    if (!ok || options.clients < 1 || options.clients > 10'000'000)
        throw Error(tr("--clients must be a whole number from 1 to 10000000."));
    options.seed = command.parser().value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        throw Error(tr("--seed must be a non-negative whole number."));
    QElapsedTimer timer;
    timer.start();
    options.passphrase = databasePassphrase(command.parser());
    options.plain = options.passphrase.isEmpty();
    const DemoSummary summary = DemoGenerator::generate(requireDb(command.parser()), options);
    m_out << tr("Demo region written in %1 s: %2 localities, %3 providers, %4 workers, %5 clients, "
                "%6 cooperations, %7 needs, %8 goals, %9 steps, %10 contacts.")
                 .arg(QString::number(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1))
                 .arg(summary.localities)
                 .arg(summary.providers)
                 .arg(summary.workers)
                 .arg(summary.clients)
                 .arg(summary.cooperations)
                 .arg(summary.needs)
                 .arg(summary.goals)
                 .arg(summary.steps)
                 .arg(summary.contacts)
          << '\n';
    return 0;
}

int CliCommands::check(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("teren-cli check --db FILE"),
                          tr("Checks a database's integrity and foreign keys and counts its rows."));
    command.addDatabaseOptions();
    if (const int code = command.parse(QStringLiteral("check"), arguments, m_out, m_err); code >= 0)
        return code;
    // Read-only, and the integrity is what this command reports, not a reason to refuse.
    StoreOptions options = storeOptions(command.parser());
    options.readOnly = true;
    options.deferIntegrityCheck = true;
    const auto store = Store::open(requireDb(command.parser()), options);
    warnAboutClock(*store);
    const IntegrityReport report = IntegrityReport::of(store->database());
    m_out << report.toText();
    if (!report.ok()) {
        m_err << tr("error: the database has integrity problems") << '\n';
        return 1;
    }
    return 0;
}

int CliCommands::importCsv(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("teren-cli import-csv --db FILE DIR"),
                          tr("Imports localities.csv, clients.csv, cooperations.csv, needs.csv, goals.csv, steps.csv "
                             "and contacts.csv from DIR in one transaction: any bad row aborts the import and "
                             "nothing is changed. Importing the same folder again changes nothing."));
    command.addDatabaseOptions();
    command.addPositional(QStringLiteral("DIR"), tr("The folder with the CSV files."));
    if (const int code = command.parse(QStringLiteral("import-csv"), arguments, m_out, m_err); code >= 0)
        return code;
    const QStringList positional = command.parser().positionalArguments();
    if (positional.size() != 1)
        throw Error(tr("Give exactly one folder to import."));
    const auto store = openStore(command.parser());
    const CsvImportReport report = CsvImporter(*store).importFolder(positional.first());
    for (const QString &line : report.errors)
        m_err << line << '\n';
    if (!report.storageFailure.isEmpty()) {
        m_err << tr("error: nothing was imported: %1").arg(report.storageFailure) << '\n';
        return 1;
    }
    if (!report.ok()) {
        m_err << tr("error: %n bad row(s); nothing was imported", nullptr, static_cast<int>(report.errors.size()))
              << '\n';
        return 1;
    }
    m_out << tr("Imported: %1 new, %2 updated, %3 unchanged.").arg(report.inserted).arg(report.updated).arg(report.unchanged)
          << '\n';
    return 0;
}

} // namespace teren
