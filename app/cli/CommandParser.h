#pragma once

#include "domain/Error.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace teren {

// Bad usage a command finds itself (a required option missing, two that exclude each
// other): one translated line on stderr, exit code 2.
class UsageError : public Error
{
public:
    using Error::Error;
};

// A parser for one teren-cli command, with --help and the options it declares.
class CommandParser
{
public:
    CommandParser(const QString &synopsis, const QString &description)
        : m_synopsis(synopsis)
    {
        m_parser.setApplicationDescription(description);
        m_parser.addHelpOption();
    }
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    // --db FILE and --db-passphrase-file F, which every command that opens a database takes.
    void addDatabaseOptions();
    void addPositional(const QString &name, const QString &description)
    {
        m_parser.addPositionalArgument(name, description);
    }
    // Returns -1 to go on, else the exit code to return (help shown or bad usage).
    int parse(const QString &command, const QStringList &arguments, QTextStream &out, QTextStream &err)
    {
        if (!m_parser.parse(QStringList{QStringLiteral("teren-cli ") + command} + arguments)) {
            err << m_parser.errorText() << '\n';
            return 2;
        }
        if (m_parser.isSet(QStringLiteral("help"))) {
            out << m_synopsis << "\n\n" << m_parser.helpText().section(u'\n', 1);
            return 0;
        }
        return -1;
    }
    QCommandLineParser &parser() { return m_parser; }

private:
    QCommandLineParser m_parser;
    QString m_synopsis;
};

QCommandLineOption dbOption();
QCommandLineOption dbPassphraseOption();
QCommandLineOption plainOption();
// The database passphrase (--db-passphrase-file, else TEREN_DB_PASSPHRASE_FILE); empty
// when neither is given. Throws a translated Error for an unreadable or empty file.
QString databasePassphrase(QCommandLineParser &parser);
// The first line of a passphrase or recovery-key file (a translated Error when it
// cannot be read or is empty).
QString passphraseFrom(const QString &path);
QCommandLineOption passphraseOption();
// What to do about a bundle locked with a passphrase when none was given.
QString passphraseNeeded();
// The first line of a passphrase file, trimmed; throws a translated Error when the
// file cannot be read (RegularFile: an ordinary file of at most 64 KiB) or the line
// is empty.
QByteArray readPassphrase(const QString &path);
// The --db value; throws a translated Error when it is missing.
QString requireDb(QCommandLineParser &parser);
// The value of a required option, trimmed; throws a UsageError naming the option as
// `shown` ("--name NAME") when it is missing or empty.
QString requireValue(QCommandLineParser &parser, const QString &option, const QString &shown);
// Removes a database file this command created and could not finish, with its
// write-ahead log and key, so no half-made file is left behind.
void removeDatabaseFiles(const QString &path);

} // namespace teren
