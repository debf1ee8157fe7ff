// teren-cli's retention command: the clients past the region's retention period, and
// their anonymisation.
#include "CliCommands.h"

#include "CommandParser.h"
#include "domain/Error.h"
#include "store/Retention.h"
#include "store/Store.h"

#include <optional>

namespace teren {

int CliCommands::retention(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("teren-cli retention --db FILE [--years N] [--apply]"),
        tr("Lists the clients past the retention period: no cooperation open, and the last one ended more than "
           "N years ago (the region's setting, 10 years unless the coordinator changed it). Clients with no "
           "cooperation at all are not listed. With --apply they are anonymised: names, phone, notes and every "
           "text about them are wiped from the file and its history, on every laptop the change reaches, while "
           "codes, dates, birth year and gender stay, so every report reads as before. Anonymisation cannot be "
           "undone; only the region's coordinator applies it."));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("years"),
                                         tr("Use a retention period of N years instead of the region's setting."),
                                         QStringLiteral("N")));
    command.addOption(QCommandLineOption(QStringLiteral("apply"), tr("Anonymise the clients listed.")));
    if (const int code = command.parse(QStringLiteral("retention"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    std::optional<int> givenYears;
    if (parser.isSet(QStringLiteral("years"))) {
        bool ok = false;
        const int years = parser.value(QStringLiteral("years")).toInt(&ok);
        if (!ok || years < Retention::minimumYears || years > Retention::maximumYears)
            throw Error(tr("--years must be a whole number from %1 to %2.")
                            .arg(Retention::minimumYears)
                            .arg(Retention::maximumYears));
        givenYears = years;
    }
    const bool apply = parser.isSet(QStringLiteral("apply"));
    const auto store = openStore(parser);
    Retention retention(*store);
    const int years = givenYears.value_or(retention.years());
    m_out << (givenYears ? tr("Retention period: %n year(s) after the last cooperation ended (given with --years).",
                              nullptr, years)
                         : tr("Retention period: %n year(s) after the last cooperation ended (the region's "
                              "setting).",
                              nullptr, years))
          << '\n';
    const QList<PastRetention> past = retention.clientsPast(years);
    for (const PastRetention &client : past) {
        m_out << QStringLiteral("%1  %2  %3  %4")
                     .arg(client.lastEndedOn.toString(Qt::ISODate), client.clientId.toString(QUuid::WithoutBraces),
                          client.name, client.locality.isEmpty() ? QStringLiteral("-") : client.locality)
              << '\n';
    }
    m_out << tr("%n client(s) past retention.", nullptr, static_cast<int>(past.size())) << '\n';
    if (!apply || past.isEmpty())
        return 0;
    QList<QUuid> ids;
    for (const PastRetention &client : past)
        ids.append(client.clientId);
    const int anonymised = retention.anonymise(ids, years);
    m_out << tr("%n client(s) anonymised: their names and texts are gone from this file and its history.", nullptr,
                anonymised)
          << '\n';
    return 0;
}

} // namespace teren
