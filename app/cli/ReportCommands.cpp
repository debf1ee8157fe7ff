// teren-cli's report and targets commands.
#include "CliCommands.h"

#include "CommandParser.h"
#include "domain/Error.h"
#include "domain/TargetIndicators.h"
#include "domain/Values.h"
#include "report/ReportBuilder.h"
#include "report/ReportFormat.h"
#include "report/ReportXlsx.h"
#include "store/Repositories.h"
#include "store/Store.h"
#include "store/TargetRepository.h"
#include "sync/StatisticalScope.h"

#include <QSaveFile>

#include <functional>

namespace teren {

namespace {

QDate parseDate(QCommandLineParser &parser, const QString &option)
{
    const QString text = parser.value(option);
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        throw Error(CliCommands::tr("--%1 must be a date written YYYY-MM-DD, not \"%2\".").arg(option, text));
    return date;
}

// An id as it is, or else the id of the one live row with exactly this name.
QUuid idOrName(QCommandLineParser &parser, const QString &option,
               const std::function<QList<QUuid>(const QString &)> &named, const QString &unknown)
{
    const QString text = parser.value(option).trimmed();
    if (text.isEmpty())
        return {};
    const QUuid id = QUuid::fromString(text);
    if (!id.isNull())
        return id;
    const QList<QUuid> found = named(text);
    if (found.isEmpty())
        throw Error(unknown.arg(text));
    if (found.size() > 1)
        throw Error(CliCommands::tr("Several rows are named \"%1\"; give the id instead.").arg(text));
    return found.first();
}

QUuid providerOf(Store &store, QCommandLineParser &parser)
{
    return idOrName(
        parser, QStringLiteral("provider"),
        [&store](const QString &name) { return DirectoryRepository(store).providersNamed(name); },
        CliCommands::tr("There is no provider with the id or name \"%1\"."));
}

QUuid localityOf(Store &store, QCommandLineParser &parser)
{
    const QString code = parser.value(QStringLiteral("locality"));
    if (code.isEmpty())
        return {};
    const std::optional<Locality> locality = DirectoryRepository(store).localityByCode(code);
    if (!locality)
        throw Error(CliCommands::tr("There is no locality with the code \"%1\".").arg(code));
    return locality->id;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(CliCommands::tr("Could not write %1: %2").arg(path, file.errorString()));
}

QCommandLineOption localityOption()
{
    return QCommandLineOption(QStringLiteral("locality"), CliCommands::tr("The locality with this code."),
                              QStringLiteral("CODE"));
}

QCommandLineOption providerOption()
{
    return QCommandLineOption(QStringLiteral("provider"), CliCommands::tr("The provider with this id or name."),
                              QStringLiteral("ID"));
}

void listTargets(Store &store, QTextStream &out)
{
    const QList<Target> all = TargetRepository(store).all();
    DirectoryRepository directory(store);
    for (const Target &target : all) {
        QString scope = CliCommands::tr("region");
        if (!target.localityId.isNull()) {
            const std::optional<Locality> locality = directory.locality(target.localityId);
            scope = locality ? locality->code : QString();
        } else if (!target.providerId.isNull()) {
            const std::optional<Provider> provider = directory.provider(target.providerId);
            scope = provider ? provider->name : QString();
        }
        out << QStringLiteral("%1  %2  %3  %4  (%5)")
                   .arg(target.year)
                   .arg(target.indicator, -20)
                   .arg(scope, -24)
                   .arg(target.value)
                   .arg(TargetIndicators::label(target.indicator))
            << '\n';
    }
    out << CliCommands::tr("Targets: %1").arg(all.size()) << '\n';
}

} // namespace

int CliCommands::report(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("teren-cli report --db FILE [--from D] [--to D] [--locality CODE] [--provider ID] "
                       "[--worker ID] [--format json|csv|xlsx] [--csv-dialect standard|excel-cs] [--out FILE]"),
        tr("Computes the regional report for a period (dates included): persons supported, localities, needs "
           "identified and resolved per area, outcomes, cooperation length, time to resolve, contacts and the "
           "targets of the period's years against their actual values, and who the persons supported are (age, "
           "gender, households, providers, coverage of the localities). The filters narrow the clients first. "
           "Without --from and --to the period is the current calendar year; a missing --from is 1 January "
           "and a missing --to 31 December of the other date's year."));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("from"), tr("First day of the period."), QStringLiteral("D")));
    command.addOption(QCommandLineOption(QStringLiteral("to"), tr("Last day of the period."), QStringLiteral("D")));
    command.addOption(localityOption());
    command.addOption(providerOption());
    command.addOption(QCommandLineOption(QStringLiteral("worker"), tr("The worker with this id or name."),
                                         QStringLiteral("ID")));
    command.addOption(QCommandLineOption(QStringLiteral("format"),
                                         tr("json (the default), csv or xlsx (an Excel workbook; needs --out)."),
                                         QStringLiteral("FORMAT"), QStringLiteral("json")));
    command.addOption(QCommandLineOption(
        QStringLiteral("csv-dialect"),
        tr("standard (the default: comma-separated, decimal dots) or excel-cs (semicolons, decimal commas and a "
           "byte order mark, as a Czech Excel opens it)."),
        QStringLiteral("DIALECT"), QStringLiteral("standard")));
    command.addOption(QCommandLineOption(QStringLiteral("out"), tr("Write the report to FILE instead of the output."),
                                         QStringLiteral("FILE")));
    if (const int code = command.parse(QStringLiteral("report"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"json" && format != u"csv" && format != u"xlsx")
        throw Error(tr("--format must be json, csv or xlsx, not \"%1\".").arg(format));
    const QString dialect = parser.value(QStringLiteral("csv-dialect"));
    if (dialect != u"standard" && dialect != u"excel-cs")
        throw Error(tr("--csv-dialect must be standard or excel-cs, not \"%1\".").arg(dialect));
    if (parser.isSet(QStringLiteral("csv-dialect")) && format != u"csv")
        throw Error(tr("--csv-dialect applies to --format csv only."));
    const QString out = parser.value(QStringLiteral("out"));
    if (format == u"xlsx" && out.isEmpty())
        throw Error(tr("--format xlsx needs --out FILE: a workbook cannot be printed to the output."));
    ReportFilter filter;
    filter.from = parseDate(parser, QStringLiteral("from"));
    filter.to = parseDate(parser, QStringLiteral("to"));

    const auto store = openStore(parser);
    const int year = filter.from.isValid() ? filter.from.year()
        : filter.to.isValid()              ? filter.to.year()
                                           : store->clock().today().year();
    if (!filter.from.isValid())
        filter.from = QDate(year, 1, 1);
    if (!filter.to.isValid())
        filter.to = QDate(year, 12, 31);
    filter.localityId = localityOf(*store, parser);
    filter.providerId = providerOf(*store, parser);
    filter.workerId = idOrName(
        parser, QStringLiteral("worker"),
        [&store](const QString &name) { return DirectoryRepository(*store).workersNamed(name); },
        tr("There is no worker with the id or name \"%1\"."));

    // A statistical database's report does not show figures about a handful of persons.
    ReportBuilder builder(store->database());
    if (StatisticalScope::isStatisticalDatabase(*store))
        builder.setSmallCellLimit(statisticalSmallCellLimit);
    const Report report = builder.build(filter);
    if (format == u"xlsx") {
        ReportXlsx::write(report, out);
    } else {
        const QByteArray bytes =
            format == u"csv"
                ? toCsv(report, dialect == u"excel-cs" ? CsvDialect::ExcelCs : CsvDialect::Standard)
                : toJson(report);
        if (out.isEmpty()) {
            QString text = QString::fromUtf8(bytes);
            // The decoder drops a byte order mark; the Czech Excel dialect needs it kept.
            if (bytes.startsWith("\xEF\xBB\xBF") && !text.startsWith(QChar(0xFEFF)))
                text.prepend(QChar(0xFEFF));
            m_out << text;
            return 0;
        }
        writeFile(out, bytes);
    }
    m_out << tr("Report for %1 to %2 written to %3.")
                 .arg(report.filter.from.toString(Qt::ISODate), report.filter.to.toString(Qt::ISODate), out)
          << '\n';
    return 0;
}

int CliCommands::targets(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("teren-cli targets --db FILE [--set INDICATOR | --remove INDICATOR] [--year Y] "
                       "[--locality CODE | --provider ID] [--value V]"),
        tr("Lists the yearly targets of the regional report, or sets (adds or changes) or removes the target of "
           "an indicator for a year, region-wide or for one locality or provider. Shares are fractions "
           "(0.6 for 60 %). Indicators: %1.")
            .arg(TargetIndicators::codes().join(QStringLiteral(", "))));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("set"), tr("Set the target of INDICATOR."),
                                         QStringLiteral("INDICATOR")));
    command.addOption(QCommandLineOption(QStringLiteral("remove"), tr("Remove the target of INDICATOR."),
                                         QStringLiteral("INDICATOR")));
    command.addOption(QCommandLineOption(QStringLiteral("year"), tr("The target's year."), QStringLiteral("Y")));
    command.addOption(localityOption());
    command.addOption(providerOption());
    command.addOption(QCommandLineOption(QStringLiteral("value"), tr("The target value."), QStringLiteral("V")));
    if (const int code = command.parse(QStringLiteral("targets"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const bool set = parser.isSet(QStringLiteral("set"));
    const bool remove = parser.isSet(QStringLiteral("remove"));
    if (set && remove)
        throw Error(tr("Give either --set or --remove, not both."));
    const auto store = openStore(parser);
    TargetRepository targets(*store);
    if (!set && !remove) {
        listTargets(*store, m_out);
        return 0;
    }

    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok)
        throw Error(tr("--year Y is required."));
    const QString indicator = parser.value(set ? QStringLiteral("set") : QStringLiteral("remove"));
    if (parser.isSet(QStringLiteral("locality")) && parser.isSet(QStringLiteral("provider")))
        throw Error(tr("A target applies to a locality or to a provider, not both."));
    const QUuid localityId = localityOf(*store, parser);
    const QUuid providerId = providerOf(*store, parser);
    std::optional<Target> existing = targets.find(indicator, year, localityId, providerId);
    if (remove) {
        if (!existing)
            throw Error(tr("There is no such target to remove."));
        targets.remove(existing->id);
        m_out << tr("Target removed.") << '\n';
        return 0;
    }
    const double value = parser.value(QStringLiteral("value")).toDouble(&ok);
    if (!ok)
        throw Error(tr("--value V is required (a number; shares as fractions, 0.6 for 60 %)."));
    Target target = existing.value_or(Target{QUuid(), indicator, year, localityId, providerId, value});
    target.value = value;
    if (existing)
        targets.update(target);
    else
        targets.add(target);
    m_out << (existing ? tr("Target changed.") : tr("Target added.")) << '\n';
    return 0;
}

} // namespace teren
