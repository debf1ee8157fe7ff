// teren-cli sql, passwd and encrypt: what the sqlite3 shell and a key manager offer,
// for a file that may be encrypted.
#include "CliCommands.h"

#include "CommandParser.h"

#include "domain/Error.h"
#include "storage/FileEncryption.h"
#include "storage/SqlDump.h"
#include "store/Store.h"

#include <QFile>

namespace teren {


int CliCommands::sql(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("teren-cli sql --db FILE [--db-passphrase-file F] (QUERY | --dump)"),
                          tr("Runs one read-only SQL query and prints its rows as CSV, or (--dump) prints the "
                             "whole database as a canonical SQL dump: what the sqlite3 shell does for a plain "
                             "file, also for an encrypted one. Nothing is changed."));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("dump"), tr("Print the schema and every row as SQL.")));
    command.addPositional(QStringLiteral("QUERY"), tr("One SELECT (or another statement that changes nothing)."));
    if (const int code = command.parse(QStringLiteral("sql"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const QStringList positional = parser.positionalArguments();
    const bool dump = parser.isSet(QStringLiteral("dump"));
    if (dump == (positional.size() == 1) || positional.size() > 1)
        throw UsageError(tr("Give either one QUERY or --dump."));
    const auto store = openStore(parser, Database::Access::ReadOnly);
    const auto print = [this](const QString &line) { m_out << line << '\n'; };
    if (dump)
        SqlDump::writeDump(store->database(), print);
    else
        SqlDump::query(store->database(), positional.first(), print);
    return 0;
}

int CliCommands::passwd(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("teren-cli passwd --db FILE (--db-passphrase-file OLD | --recovery-key-file K) "
                       "--new-db-passphrase-file NEW"),
        tr("Changes the passphrase of an encrypted database. The data is not re-encrypted: the database key is "
           "wrapped anew, and the old passphrase no longer opens the file. When the passphrase is lost, the "
           "region's recovery key opens the file instead."));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("recovery-key-file"),
                                         tr("A file whose first line is the region's recovery key."),
                                         QStringLiteral("K")));
    command.addOption(QCommandLineOption(QStringLiteral("new-db-passphrase-file"),
                                         tr("A file whose first line is the new passphrase."), QStringLiteral("NEW")));
    if (const int code = command.parse(QStringLiteral("passwd"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const QString db = requireDb(parser);
    const QString newPath =
        requireValue(parser, QStringLiteral("new-db-passphrase-file"), QStringLiteral("--new-db-passphrase-file NEW"));
    if (parser.isSet(QStringLiteral("recovery-key-file"))) {
        FileEncryption::resetPassphrase(db, passphraseFrom(parser.value(QStringLiteral("recovery-key-file"))),
                                        passphraseFrom(newPath));
    } else {
        const QString oldPassphrase = databasePassphrase(parser);
        if (oldPassphrase.isEmpty())
            throw UsageError(tr("Give the old passphrase with --db-passphrase-file OLD, or --recovery-key-file K."));
        FileEncryption::changePassphrase(db, oldPassphrase, passphraseFrom(newPath));
    }
    m_out << tr("The passphrase of %1 was changed.").arg(db) << '\n';
    return 0;
}

int CliCommands::encrypt(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("teren-cli encrypt --db FILE --db-passphrase-file F"),
                          tr("Encrypts a plain database in place under the passphrase. Safe to interrupt: "
                             "whenever it stops, one file remains that opens, either still plain or "
                             "encrypted, with all the data. Close the file everywhere first."));
    command.addDatabaseOptions();
    if (const int code = command.parse(QStringLiteral("encrypt"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const QString db = requireDb(parser);
    const QString passphrase = databasePassphrase(parser);
    if (passphrase.isEmpty())
        throw UsageError(tr("--db-passphrase-file F is required."));
    FileEncryption::encryptInPlace(db, passphrase);
    m_out << tr("%1 is now encrypted; it opens with its passphrase.").arg(db) << '\n';
    return 0;
}

} // namespace teren
