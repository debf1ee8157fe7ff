// teren-cli backup, restore and salvage: nothing is lost when a laptop's file is
// damaged, deleted or rewound.
#include "CliCommands.h"

#include "CommandParser.h"

#include "domain/Error.h"
#include "i18n/Dates.h"
#include "storage/Backups.h"
#include "sync/Recovery.h"

#include <QLocale>

namespace teren {

namespace {

QCommandLineOption folderOption()
{
    return QCommandLineOption(QStringLiteral("folder"),
                              CliCommands::tr("The backup folder (default: \"backups\" beside the database)."),
                              QStringLiteral("DIR"));
}

QCommandLineOption recoveryKeyOption()
{
    return QCommandLineOption(QStringLiteral("recovery-key-file"),
                              CliCommands::tr("A file whose first line is the region's recovery key."),
                              QStringLiteral("K"));
}

QString describe(const BackupFile &backup)
{
    return CliCommands::tr("%1  %2  %3")
        .arg(Dates::shortDateTime(backup.taken.toLocalTime()), QLocale().formattedDataSize(backup.bytes),
             backup.path);
}

} // namespace

StoreOptions CliCommands::recoveryOptions(QCommandLineParser &parser) const
{
    StoreOptions options = storeOptions(parser);
    if (parser.isSet(QStringLiteral("recovery-key-file")))
        options.recoveryKey = passphraseFrom(parser.value(QStringLiteral("recovery-key-file")));
    return options;
}

void CliCommands::printWaysOut(const QStringList &arguments, const UnopenableFile &error)
{
    const qsizetype db = arguments.indexOf(QStringLiteral("--db"));
    const QString path = db >= 0 && db + 1 < arguments.size() ? arguments.at(db + 1) : QString();
    if (path.isEmpty())
        return;
    const auto hint = [this](const QString &text) { m_err << tr("hint: %1").arg(text) << '\n'; };
    if (error.canOpenReadOnly())
        hint(tr("teren-cli check and teren-cli sql read the file as it is, without changing it."));
    if (const std::optional<BackupFile> latest = Backups(path).latest())
        hint(tr("the latest good backup is from %1: teren-cli restore --db %2 %3")
                 .arg(Dates::shortDateTime(latest->taken.toLocalTime()), path, latest->path));
    if (error.canSalvage())
        hint(tr("teren-cli salvage --db %1 --out NEW copies what can still be read into a new file.").arg(path));
    if (error.reason() == UnopenableFile::Reason::NewerVersion)
        hint(tr("install the newer version of Terén to open it."));
}

int CliCommands::backup(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("teren-cli backup --db FILE [--out FILE | --folder DIR | --list]"),
                          tr("Writes a backup of the database while it may be in use: a complete copy, encrypted as "
                             "the database is, checked before it gets its name. Without --out it goes into the "
                             "backup folder, where the last 7 daily, 4 weekly and 12 monthly backups are kept."));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("out"), tr("Write the backup to this file instead."),
                                         QStringLiteral("FILE")));
    command.addOption(folderOption());
    command.addOption(QCommandLineOption(QStringLiteral("list"), tr("List the backups in the folder, newest first.")));
    if (const int code = command.parse(QStringLiteral("backup"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const QString db = requireDb(parser);
    Backups backups(db, parser.value(QStringLiteral("folder")));
    if (parser.isSet(QStringLiteral("list"))) {
        const QList<BackupFile> all = backups.list();
        for (const BackupFile &backup : all)
            m_out << describe(backup) << '\n';
        if (all.isEmpty())
            m_err << tr("There are no backups of %1 in %2.").arg(db, backups.folder()) << '\n';
        return 0;
    }
    // Opening unlocks an encrypted file and checks it: a damaged file is not backed up.
    const auto store = openStore(parser);
    const QString out = parser.value(QStringLiteral("out"));
    const BackupFile made = out.isEmpty() ? backups.make(clock().now()) : Backups::writeTo(db, out);
    m_out << tr("Backup written: %1 (%2)").arg(made.path, QLocale().formattedDataSize(made.bytes)) << '\n';
    return 0;
}

int CliCommands::restore(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("teren-cli restore --db FILE [--db-passphrase-file F | --recovery-key-file K] BACKUP"),
        tr("Puts a backup in the place of the database. The current file is kept aside under a new name, never "
           "overwritten. The restored file continues as a new installation (a new id and key, which its next "
           "bundle proves to the coordinator), so edits made from it are never mistaken for ones the region "
           "already has. The passphrase is the one the database had when the backup was made."));
    command.addDatabaseOptions();
    command.addOption(recoveryKeyOption());
    command.addPositional(QStringLiteral("BACKUP"), tr("The backup file to restore."));
    if (const int code = command.parse(QStringLiteral("restore"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const QString db = requireDb(parser);
    if (parser.positionalArguments().size() != 1)
        throw UsageError(tr("Give exactly one BACKUP file."));
    const Recovery::Restored restored =
        Recovery::restore(db, parser.positionalArguments().first(), recoveryOptions(parser));
    m_out << tr("Restored %1 from %2.").arg(db, parser.positionalArguments().first()) << '\n';
    if (!restored.keptAside.isEmpty())
        m_out << tr("The file it replaced is kept as %1.").arg(restored.keptAside) << '\n';
    m_out << tr("This is now a new installation (%1); its next bundle tells the coordinator that it continues the "
                "old one.")
                 .arg(restored.replica.toString(QUuid::WithoutBraces))
          << '\n';
    return 0;
}

int CliCommands::salvage(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("teren-cli salvage --db DAMAGED --out NEW [--db-passphrase-file F | --recovery-key-file K]"),
        tr("Copies every row that can still be read from a damaged database into a new file, and lists what could "
           "not be read. The damaged file is only read. The new file continues as a new installation."));
    command.addDatabaseOptions();
    command.addOption(recoveryKeyOption());
    command.addOption(QCommandLineOption(QStringLiteral("out"), tr("The new file."), QStringLiteral("NEW")));
    if (const int code = command.parse(QStringLiteral("salvage"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const QString db = requireDb(parser);
    const QString out = requireValue(parser, QStringLiteral("out"), QStringLiteral("--out NEW"));
    const Recovery::Salvaged salvaged = Recovery::salvage(db, out, recoveryOptions(parser));
    m_out << salvaged.report.toText();
    m_out << (salvaged.report.complete()
                  ? tr("Every row was copied into %1.").arg(out)
                  : tr("%n row(s) copied into %1; the tables listed first lost rows that could not be read.", nullptr,
                       int(salvaged.report.copied()))
                        .arg(out))
          << '\n';
    return 0;
}

} // namespace teren
