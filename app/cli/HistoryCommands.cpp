// teren-cli's history and audit commands: a client's history, and every change and
// view of a period for the coordinator's audit.
#include "CliCommands.h"

#include "CommandParser.h"
#include "domain/Error.h"
#include "store/ClientHistory.h"
#include "store/HistoryFormat.h"
#include "store/Store.h"
#include "sync/Peers.h"

#include <QFileInfo>
#include <QSaveFile>

namespace teren {

namespace {

QDate requireDate(QCommandLineParser &parser, const QString &option)
{
    const QString text = parser.value(option).trimmed();
    if (text.isEmpty())
        throw UsageError(CliCommands::tr("--%1 D is required (a date written YYYY-MM-DD).").arg(option));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        throw UsageError(CliCommands::tr("--%1 must be a date written YYYY-MM-DD, not \"%2\".").arg(option, text));
    return date;
}

ClientHistory historyOf(Store &store)
{
    ClientHistory history(store);
    // Installations outside the region's records are known by the names their bundles gave.
    history.setInstallationNames([&store](const QUuid &replica) { return Peers(store).nameOf(replica); });
    return history;
}

QCommandLineOption formatOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("format"), description, QStringLiteral("FORMAT"));
}

} // namespace

int CliCommands::history(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("teren-cli history --db FILE --client ID [--format text|json|csv]"),
        tr("Lists every change of a client's records — the person, cooperations, needs, goals, steps and contacts — "
           "and every opening of their card or export of their data, newest first: when, who, on which "
           "installation, the field with its old and new value. Values that lost a merge are kept and marked; "
           "what an erasure wiped is marked erased. JSON and CSV give times in UTC and the stored values (codes, "
           "ISO dates, ids) beside their words."));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("client"), tr("The client's id."), QStringLiteral("ID")));
    command.addOption(formatOption(tr("text (the default: one line each, in local time), json or csv.")));
    if (const int code = command.parse(QStringLiteral("history"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const QString format = parser.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("text")
                                                                            : parser.value(QStringLiteral("format"));
    if (format != u"text" && format != u"json" && format != u"csv")
        throw UsageError(tr("--format must be text, json or csv, not \"%1\".").arg(format));
    const QString clientText = requireValue(parser, QStringLiteral("client"), QStringLiteral("--client ID"));
    const QUuid clientId = QUuid::fromString(clientText);
    if (clientId.isNull())
        throw UsageError(tr("--client must be a client's id, not \"%1\".").arg(clientText));
    auto store = openStore(parser, Database::Access::ReadOnly);
    ClientHistory history = historyOf(*store);
    if (!history.knowsClient(clientId))
        throw Error(tr("There is no client with the id %1 in %2.").arg(clientText, store->database().path()));
    const QList<HistoryEntry> entries = history.ofClient(clientId);
    if (format == u"json")
        m_out << QString::fromUtf8(HistoryFormat::toJson(entries));
    else if (format == u"csv")
        m_out << QString::fromUtf8(HistoryFormat::toCsv(entries));
    else
        m_out << HistoryFormat::toText(entries);
    return 0;
}

int CliCommands::audit(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("teren-cli audit --db FILE --from D --to D --out FILE [--format json|csv]"),
        tr("Writes the audit of a period: every change of any client's records and every opening of a client's "
           "card or export of their data stamped from the first to the last day (both included, in this "
           "computer's time zone), oldest first, each with the client's id, the record, the field, the old and "
           "new value, who, when (UTC) and on which installation. The format follows the file's extension (.json "
           "or .csv) unless --format says."));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("from"), tr("First day of the period."), QStringLiteral("D")));
    command.addOption(QCommandLineOption(QStringLiteral("to"), tr("Last day of the period."), QStringLiteral("D")));
    command.addOption(QCommandLineOption(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE")));
    command.addOption(formatOption(tr("json or csv (default: by the extension of --out).")));
    if (const int code = command.parse(QStringLiteral("audit"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const QDate from = requireDate(parser, QStringLiteral("from"));
    const QDate to = requireDate(parser, QStringLiteral("to"));
    if (from > to)
        throw UsageError(tr("--from (%1) is after --to (%2): the period would be empty.")
                             .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    const QString out = requireValue(parser, QStringLiteral("out"), QStringLiteral("--out FILE"));
    QString format = parser.value(QStringLiteral("format"));
    if (format.isEmpty())
        format = QFileInfo(out).suffix().toLower();
    if (format != u"json" && format != u"csv")
        throw UsageError(tr("Say --format json or --format csv, or name the file .json or .csv."));
    auto store = openStore(parser, Database::Access::ReadOnly);
    const QList<HistoryEntry> entries = historyOf(*store).between(from, to);
    const QByteArray bytes = format == u"json" ? HistoryFormat::toJson(entries) : HistoryFormat::toCsv(entries);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(tr("Could not write %1: %2").arg(out, file.errorString()));
    const qsizetype views = std::count_if(entries.cbegin(), entries.cend(), [](const HistoryEntry &entry) {
        return entry.kind == HistoryEntry::Kind::View;
    });
    m_out << tr("%1: %2 and %3 from %4 to %5.", "the file: N changes and M views from a day to a day")
                 .arg(out, tr("%n change(s)", nullptr, static_cast<int>(entries.size() - views)),
                      tr("%n view(s)", nullptr, static_cast<int>(views)), from.toString(Qt::ISODate),
                      to.toString(Qt::ISODate))
          << '\n';
    return 0;
}

} // namespace teren
