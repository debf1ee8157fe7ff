// teren-cli's week command: what is due across a caseload.
#include "CliCommands.h"

#include "CommandParser.h"
#include "Lookup.h"
#include "domain/CsvText.h"
#include "domain/Error.h"
#include "store/Store.h"
#include "store/WeekAgenda.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace teren {

namespace {

struct NamedList
{
    const char *name;
    const QList<WeekItem> *items;
};

QList<NamedList> namedLists(const WeekAgenda &agenda)
{
    return {{"overdue_steps", &agenda.overdueSteps},
            {"due_soon", &agenda.dueSoon},
            {"overdue_goals", &agenda.overdueGoals},
            {"no_recent_contact", &agenda.noRecentContact},
            {"needs_without_goal", &agenda.needsWithoutGoal}};
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QByteArray toJson(const WeekAgenda &agenda)
{
    QJsonObject root;
    for (const NamedList &list : namedLists(agenda)) {
        QJsonArray items;
        for (const WeekItem &item : *list.items) {
            items.append(QJsonObject{
                {QStringLiteral("client_id"), idText(item.clientId)},
                {QStringLiteral("client_name"), item.clientName},
                {QStringLiteral("kind"), WeekItem::kindCode(item.kind)},
                {QStringLiteral("id"), idText(item.id)},
                {QStringLiteral("text"), item.text},
                {QStringLiteral("date"),
                 item.date.isValid() ? QJsonValue(item.date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
            });
        }
        root.insert(QString::fromLatin1(list.name), items);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray toCsv(const WeekAgenda &agenda)
{
    QString csv = QStringLiteral("list,client_id,client_name,kind,id,text,date\r\n");
    for (const NamedList &list : namedLists(agenda)) {
        for (const WeekItem &item : *list.items) {
            const QStringList fields = {QString::fromLatin1(list.name), idText(item.clientId), item.clientName,
                                        WeekItem::kindCode(item.kind), idText(item.id), item.text,
                                        item.date.isValid() ? item.date.toString(Qt::ISODate) : QString()};
            QStringList cells;
            for (const QString &field : fields)
                cells.append(csv::textField(field));
            csv += cells.join(u',') + QStringLiteral("\r\n");
        }
    }
    return csv.toUtf8();
}

QDate dayOf(QCommandLineParser &parser, const QDate &today)
{
    const QString text = parser.value(QStringLiteral("date")).trimmed();
    if (text.isEmpty())
        return today;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        throw Error(CliCommands::tr("--%1 must be a date written YYYY-MM-DD, not \"%2\".")
                        .arg(QStringLiteral("date"), text));
    return date;
}

int daysWithoutContactOf(QCommandLineParser &parser)
{
    const QString text = parser.value(QStringLiteral("days-without-contact")).trimmed();
    bool ok = false;
    const int days = text.toInt(&ok);
    if (!ok || days < 0)
        throw Error(CliCommands::tr("--days-without-contact must be a whole number of days, 0 or more, not \"%1\".")
                        .arg(text));
    return days;
}

} // namespace

int CliCommands::week(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("teren-cli week --db FILE [--worker W] [--date D] [--days-without-contact N] "
                       "[--format json|csv]"),
        tr("Lists what is due across a caseload on day D (default: today): overdue steps, steps and goals due in "
           "the next 7 days, overdue goals, clients in cooperation not contacted for more than N days, and needs "
           "waiting more than 60 days for a goal. Without --worker: every client in the database."));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("worker"), tr("The worker with this id or name."),
                                         QStringLiteral("W")));
    command.addOption(QCommandLineOption(QStringLiteral("date"), tr("The day to look from (default: today)."),
                                         QStringLiteral("D")));
    command.addOption(QCommandLineOption(QStringLiteral("days-without-contact"),
                                         tr("Days without a contact after which a client is listed (default 30)."),
                                         QStringLiteral("N"), QStringLiteral("30")));
    command.addOption(QCommandLineOption(QStringLiteral("format"), tr("json (the default) or csv."),
                                         QStringLiteral("FORMAT"), QStringLiteral("json")));
    if (const int code = command.parse(QStringLiteral("week"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"json" && format != u"csv")
        throw Error(tr("--format must be json or csv, not \"%1\".").arg(format));
    WeekFilter filter;
    filter.daysWithoutContact = daysWithoutContactOf(parser);
    // Checked before the file opens, so a mistyped date costs no passphrase prompt.
    dayOf(parser, QDate());

    const auto store = openStore(parser, Database::Access::ReadOnly);
    filter.day = dayOf(parser, store->clock().today());
    if (parser.isSet(QStringLiteral("worker")))
        filter.workerId = findWorker(*store, parser.value(QStringLiteral("worker")));
    const WeekAgenda agenda = WeekAgenda::of(*store, filter);
    m_out << QString::fromUtf8(format == u"csv" ? toCsv(agenda) : toJson(agenda));
    return 0;
}

} // namespace teren
