// teren-cli's commands for the region's set-up (provider, worker, locality), hand-over
// of clients and the review of refused changes. The coordinator's installation runs
// them; a field laptop's installation may not change the region's data.
#include "CliCommands.h"

#include "CommandParser.h"
#include "Lookup.h"

#include "domain/Codes.h"
#include "domain/Error.h"
#include "i18n/Dates.h"
#include "store/RegionRepositories.h"
#include "store/Repositories.h"
#include "store/Store.h"
#include "sync/RefusedChanges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace teren {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonValue idOrNull(const QUuid &id)
{
    return id.isNull() ? QJsonValue() : QJsonValue(idText(id));
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString rowKeyText(const QVariant &key)
{
    if (key.typeId() == QMetaType::QByteArray && key.toByteArray().size() == 16)
        return idText(QUuid::fromRfc4122(key.toByteArray()));
    return key.toString();
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringLiteral("format"),
                              CliCommands::tr("json: a JSON array of objects; without it, a table."),
                              QStringLiteral("FORMAT"));
}

// Whether --format json was given; throws a translated Error for another format.
bool wantsJson(QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("format")))
        return false;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"json")
        throw Error(CliCommands::tr("--format must be json, not \"%1\".").arg(format));
    return true;
}

void printJson(QTextStream &out, const QJsonArray &array)
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

// Rows under a header, each column as wide as its widest cell.
void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(header.size(), 0);
    for (qsizetype column = 0; column < header.size(); ++column) {
        widths[column] = header.at(column).size();
        for (const QStringList &row : rows)
            widths[column] = std::max(widths.at(column), row.value(column).size());
    }
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype column = 0; column < header.size(); ++column) {
            const QString cell = cells.value(column);
            text += column + 1 < header.size() ? cell.leftJustified(widths.at(column) + 2) : cell;
        }
        while (text.endsWith(u' '))
            text.chop(1);
        out << text << '\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
}

// A code from a fixed set, or a translated Error listing the set.
QString requireCode(const QString &code, const QStringList &codes, const QString &message)
{
    if (!codes.contains(code))
        throw Error(message.arg(code, codes.join(QStringLiteral(", "))));
    return code;
}

QDate parseDate(const QString &option, const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        throw Error(CliCommands::tr("--%1 must be a date written YYYY-MM-DD, not \"%2\".").arg(option, text));
    return date;
}

// The region providers and localities belong to: the one this file holds.
QUuid regionOf(Store &store)
{
    const QList<Region> regions = DirectoryRepository(store).regions();
    if (regions.isEmpty())
        throw Error(CliCommands::tr("This database has no region yet; set one up with teren-cli init --region NAME "
                                    "--coordinator NAME."));
    return regions.first().id;
}

QString refusedId(const RefusedChange &change)
{
    return QStringLiteral("%1:%2").arg(idText(QUuid::fromRfc4122(change.stamp.replica))).arg(change.stamp.hlc);
}

} // namespace

// ------------------------------------------------------------------ lookups

QUuid findWorker(Store &store, const QString &idOrName)
{
    WorkerRepository workers(store);
    const QList<QUuid> found = workers.matching(idOrName);
    if (found.isEmpty())
        throw Error(CliCommands::tr("There is no worker \"%1\" in this database.").arg(idOrName));
    if (found.size() > 1) {
        ProviderRepository providers(store);
        QStringList each;
        for (const QUuid &id : found) {
            const std::optional<Worker> worker = workers.find(id);
            const std::optional<Provider> provider =
                worker ? providers.find(worker->providerId) : std::optional<Provider>();
            each.append(provider ? CliCommands::tr("%1 (%2, %3)").arg(idText(id), worker->name, provider->name)
                                 : CliCommands::tr("%1 (%2)").arg(idText(id), worker ? worker->name : QString()));
        }
        throw Error(CliCommands::tr("Several workers are called \"%1\": %2; give the id of one.")
                        .arg(idOrName, each.join(QStringLiteral(", "))));
    }
    return found.first();
}

QUuid findProvider(Store &store, const QString &idOrName)
{
    ProviderRepository providers(store);
    const QString text = idOrName.trimmed();
    if (const QUuid id = QUuid::fromString(text); !id.isNull() && providers.find(id))
        return id;
    const QList<QUuid> found = providers.named(text);
    if (found.isEmpty())
        throw Error(CliCommands::tr("There is no provider \"%1\" in this database.").arg(idOrName));
    if (found.size() > 1) {
        QStringList each;
        for (const QUuid &id : found)
            each.append(CliCommands::tr("%1 (%2)").arg(idText(id), text));
        throw Error(CliCommands::tr("Several providers are called \"%1\": %2; give the id of one.")
                        .arg(idOrName, each.join(QStringLiteral(", "))));
    }
    return found.first();
}

// ------------------------------------------------------------------ provider

int CliCommands::provider(const QStringList &arguments)
{
    const QString subcommand = arguments.value(0);
    if (subcommand == u"add")
        return providerAdd(arguments.mid(1));
    if (subcommand == u"list")
        return providerList(arguments.mid(1));
    return subcommandUsage(QStringLiteral("provider"),
                           QStringLiteral("teren-cli provider add --db FILE --name NAME [--ico ICO] "
                                          "[--service CODE]...\n"
                                          "teren-cli provider list --db FILE [--format json]"),
                           tr("Adds a provider of the region's services, or lists them. Run teren-cli provider add "
                              "--help for the options."),
                           arguments);
}

int CliCommands::providerAdd(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("teren-cli provider add --db FILE --name NAME [--ico ICO] [--service CODE]..."),
        tr("Adds a provider of the region's services and prints its id. Services: %1.")
            .arg(Codes::providerServices().join(QStringLiteral(", "))));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("name"), tr("The provider's name."), QStringLiteral("NAME")));
    command.addOption(QCommandLineOption(QStringLiteral("ico"),
                                         tr("The company number (IČO): eight digits, the last a checksum."),
                                         QStringLiteral("ICO")));
    command.addOption(QCommandLineOption(QStringLiteral("service"),
                                         tr("A registered social service the provider delivers; repeat for each."),
                                         QStringLiteral("CODE")));
    if (const int code = command.parse(QStringLiteral("provider add"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    Provider provider;
    provider.name = requireValue(parser, QStringLiteral("name"), QStringLiteral("--name NAME"));
    provider.ico = parser.value(QStringLiteral("ico")).trimmed();
    for (const QString &service : parser.values(QStringLiteral("service"))) {
        provider.services.append(requireCode(service.trimmed(), Codes::providerServices(),
                                             tr("Unknown service \"%1\"; the services are %2.")));
    }
    provider.services.removeDuplicates();
    const auto store = openStore(parser);
    provider.regionId = regionOf(*store);
    m_out << idText(ProviderRepository(*store).add(provider).id) << '\n';
    return 0;
}

int CliCommands::providerList(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("teren-cli provider list --db FILE [--format json]"),
                          tr("Lists the region's providers: id, name, IČO and services."));
    command.addDatabaseOptions();
    command.addOption(formatOption());
    if (const int code = command.parse(QStringLiteral("provider list"), arguments, m_out, m_err); code >= 0)
        return code;
    const bool json = wantsJson(command.parser());
    const auto store = openStore(command.parser());
    const QList<Provider> providers = ProviderRepository(*store).all();
    if (json) {
        QJsonArray array;
        for (const Provider &provider : providers) {
            const QJsonValue ico = provider.ico.isEmpty() ? QJsonValue() : QJsonValue(provider.ico);
            array.append(QJsonObject{{QStringLiteral("id"), idText(provider.id)},
                                     {QStringLiteral("name"), provider.name},
                                     {QStringLiteral("ico"), ico},
                                     {QStringLiteral("services"), QJsonArray::fromStringList(provider.services)}});
        }
        printJson(m_out, array);
        return 0;
    }
    QList<QStringList> rows;
    for (const Provider &provider : providers)
        rows.append({idText(provider.id), provider.name, provider.ico, provider.services.join(QStringLiteral(", "))});
    printTable(m_out, {tr("id"), tr("name"), tr("IČO"), tr("services")}, rows);
    return 0;
}

// ------------------------------------------------------------------ worker

int CliCommands::worker(const QStringList &arguments)
{
    const QString subcommand = arguments.value(0);
    if (subcommand == u"add")
        return workerAdd(arguments.mid(1));
    if (subcommand == u"list")
        return workerList(arguments.mid(1));
    if (subcommand == u"retire")
        return workerRetire(arguments.mid(1));
    return subcommandUsage(QStringLiteral("worker"),
                           QStringLiteral("teren-cli worker add --db FILE --name NAME --provider P "
                                          "[--role field|coordinator]\n"
                                          "teren-cli worker list --db FILE [--format json]\n"
                                          "teren-cli worker retire --db FILE W [--on DATE]"),
                           tr("Adds a worker of a provider, lists the workers, or retires one who leaves. Run "
                              "teren-cli worker add --help for the options."),
                           arguments);
}

int CliCommands::workerAdd(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("teren-cli worker add --db FILE --name NAME --provider P [--role field|coordinator]"),
        tr("Adds a worker of a provider, active from today, and prints the worker's id. A provider's workers "
           "have different names."));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("name"), tr("The worker's name."), QStringLiteral("NAME")));
    command.addOption(QCommandLineOption(QStringLiteral("provider"), tr("The worker's provider (id or name)."),
                                         QStringLiteral("P")));
    command.addOption(QCommandLineOption(QStringLiteral("role"), tr("field (the default) or coordinator."),
                                         QStringLiteral("ROLE"), QStringLiteral("field")));
    if (const int code = command.parse(QStringLiteral("worker add"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    Worker worker;
    worker.name = requireValue(parser, QStringLiteral("name"), QStringLiteral("--name NAME"));
    const QString provider = requireValue(parser, QStringLiteral("provider"), QStringLiteral("--provider P"));
    worker.role = requireCode(parser.value(QStringLiteral("role")).trimmed(), Codes::workerRoles(),
                              tr("Unknown role \"%1\"; the roles are %2."));
    const auto store = openStore(parser);
    worker.providerId = findProvider(*store, provider);
    worker.activeFrom = store->clock().today();
    m_out << idText(WorkerRepository(*store).add(worker).id) << '\n';
    return 0;
}

int CliCommands::workerList(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("teren-cli worker list --db FILE [--format json]"),
                          tr("Lists the region's workers: id, name, provider, role, whether active today, and "
                             "the number of clients assigned to each."));
    command.addDatabaseOptions();
    command.addOption(formatOption());
    if (const int code = command.parse(QStringLiteral("worker list"), arguments, m_out, m_err); code >= 0)
        return code;
    const bool json = wantsJson(command.parser());
    const auto store = openStore(command.parser());
    const QDate today = store->clock().today();
    WorkerRepository workers(*store);
    ProviderRepository providers(*store);
    QJsonArray array;
    QList<QStringList> rows;
    for (const Worker &worker : workers.all()) {
        const int clients = workers.clientCount(worker.id);
        const bool active = worker.isActiveOn(today);
        if (json) {
            array.append(QJsonObject{{QStringLiteral("id"), idText(worker.id)},
                                     {QStringLiteral("name"), worker.name},
                                     {QStringLiteral("provider"), idOrNull(worker.providerId)},
                                     {QStringLiteral("role"), worker.role},
                                     {QStringLiteral("active"), active},
                                     {QStringLiteral("active_from"), dateOrNull(worker.activeFrom)},
                                     {QStringLiteral("active_to"), dateOrNull(worker.activeTo)},
                                     {QStringLiteral("clients"), clients}});
            continue;
        }
        const std::optional<Provider> provider = providers.find(worker.providerId);
        QString state = tr("yes");
        if (!active && worker.activeTo.isValid() && worker.activeTo < today)
            state = tr("left on %1").arg(Dates::shortDate(worker.activeTo));
        else if (!active)
            state = tr("from %1").arg(Dates::shortDate(worker.activeFrom));
        rows.append({idText(worker.id), worker.name, provider ? provider->name : QString(),
                     Codes::workerRoleLabel(worker.role), state, QString::number(clients)});
    }
    if (json)
        printJson(m_out, array);
    else
        printTable(m_out, {tr("id"), tr("name", "a person's"), tr("provider"), tr("role"), tr("active"), tr("clients")},
                   rows);
    return 0;
}

int CliCommands::workerRetire(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("teren-cli worker retire --db FILE W [--on DATE]"),
                          tr("Retires a worker who leaves: DATE (default today) is the last working day. The "
                             "worker's records keep their name; their clients are handed over first "
                             "(teren-cli handover)."));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("on"), tr("The last working day, YYYY-MM-DD (default today)."),
                                         QStringLiteral("DATE")));
    command.addPositional(QStringLiteral("W"), tr("The worker (id or name)."));
    if (const int code = command.parse(QStringLiteral("worker retire"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        throw UsageError(tr("Give exactly one worker to retire."));
    const auto store = openStore(parser);
    const QDate day = parser.isSet(QStringLiteral("on"))
        ? parseDate(QStringLiteral("on"), parser.value(QStringLiteral("on")).trimmed())
        : store->clock().today();
    WorkerRepository workers(*store);
    const QUuid id = findWorker(*store, positional.first());
    workers.retire(id, day);
    m_out << tr("%1 retired; the last working day is %2.").arg(workers.find(id)->name, Dates::shortDate(day)) << '\n';
    return 0;
}

// ------------------------------------------------------------------ locality

int CliCommands::locality(const QStringList &arguments)
{
    const QString subcommand = arguments.value(0);
    if (subcommand == u"add")
        return localityAdd(arguments.mid(1));
    if (subcommand == u"list")
        return localityList(arguments.mid(1));
    return subcommandUsage(QStringLiteral("locality"),
                           QStringLiteral("teren-cli locality add --db FILE --code C --name N --municipality M "
                                          "--district D [--kind K] [--residents N]\n"
                                          "teren-cli locality list --db FILE [--format json]"),
                           tr("Adds a locality where the work happens, or lists them. Run teren-cli locality add "
                              "--help for the options."),
                           arguments);
}

int CliCommands::localityAdd(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("teren-cli locality add --db FILE --code C --name N --municipality M "
                                         "--district D [--kind K] [--residents N]"),
                          tr("Adds a locality and prints its id. The code is its key in spreadsheets and reports "
                             "(locality_code in clients.csv): one locality per code. Kinds: %1.")
                              .arg(Codes::localityKinds().join(QStringLiteral(", "))));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("code"), tr("The locality's code."), QStringLiteral("C")));
    command.addOption(QCommandLineOption(QStringLiteral("name"), tr("The locality's name."), QStringLiteral("N")));
    command.addOption(QCommandLineOption(QStringLiteral("municipality"), tr("The municipality it is in."),
                                         QStringLiteral("M")));
    command.addOption(QCommandLineOption(QStringLiteral("district"), tr("The district it is in."),
                                         QStringLiteral("D")));
    command.addOption(QCommandLineOption(QStringLiteral("kind"), tr("The kind of locality."), QStringLiteral("K")));
    command.addOption(QCommandLineOption(QStringLiteral("residents"),
                                         tr("The estimated number of residents in social exclusion."),
                                         QStringLiteral("N")));
    if (const int code = command.parse(QStringLiteral("locality add"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    Locality locality;
    locality.code = requireValue(parser, QStringLiteral("code"), QStringLiteral("--code C"));
    locality.name = requireValue(parser, QStringLiteral("name"), QStringLiteral("--name N"));
    locality.municipality = requireValue(parser, QStringLiteral("municipality"), QStringLiteral("--municipality M"));
    locality.district = requireValue(parser, QStringLiteral("district"), QStringLiteral("--district D"));
    if (parser.isSet(QStringLiteral("kind")))
        locality.kind = requireCode(parser.value(QStringLiteral("kind")).trimmed(), Codes::localityKinds(),
                                    tr("Unknown kind of locality \"%1\"; the kinds are %2."));
    if (parser.isSet(QStringLiteral("residents"))) {
        const QString text = parser.value(QStringLiteral("residents")).trimmed();
        static const QRegularExpression digits(QStringLiteral("^\\d{1,9}$"));
        if (!digits.match(text).hasMatch())
            throw Error(tr("--residents must be a whole number of 0 or more, not \"%1\".").arg(text));
        locality.residents = text.toInt();
    }
    const auto store = openStore(parser);
    locality.regionId = regionOf(*store);
    m_out << idText(LocalityRepository(*store).add(locality).id) << '\n';
    return 0;
}

int CliCommands::localityList(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("teren-cli locality list --db FILE [--format json]"),
                          tr("Lists the region's localities: id, code, name, municipality, district, kind and "
                             "residents."));
    command.addDatabaseOptions();
    command.addOption(formatOption());
    if (const int code = command.parse(QStringLiteral("locality list"), arguments, m_out, m_err); code >= 0)
        return code;
    const bool json = wantsJson(command.parser());
    const auto store = openStore(command.parser());
    const QList<Locality> localities = LocalityRepository(*store).all();
    if (json) {
        QJsonArray array;
        for (const Locality &locality : localities) {
            array.append(QJsonObject{
                {QStringLiteral("id"), idText(locality.id)},
                {QStringLiteral("code"), locality.code},
                {QStringLiteral("name"), locality.name},
                {QStringLiteral("municipality"), locality.municipality},
                {QStringLiteral("district"), locality.district},
                {QStringLiteral("kind"), locality.kind.isEmpty() ? QJsonValue() : QJsonValue(locality.kind)},
                {QStringLiteral("residents"), locality.residents ? QJsonValue(*locality.residents) : QJsonValue()}});
        }
        printJson(m_out, array);
        return 0;
    }
    QList<QStringList> rows;
    for (const Locality &locality : localities) {
        rows.append({idText(locality.id), locality.code, locality.name, locality.municipality, locality.district,
                     locality.kind.isEmpty() ? QString() : Codes::localityKindLabel(locality.kind),
                     locality.residents ? QString::number(*locality.residents) : QString()});
    }
    printTable(m_out,
               {tr("id"), tr("code"), tr("name"), tr("municipality"), tr("district"), tr("kind"), tr("residents")},
               rows);
    return 0;
}

// ------------------------------------------------------------------ handover

int CliCommands::handover(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("teren-cli handover --db FILE --to W (--from W | --client ID...)"),
                          tr("Hands clients over to another, active worker: all of one worker's clients (--from), "
                             "or the given ones (--client, repeated). The next export back to the field "
                             "(teren-cli export --worker) takes them to the new worker's laptop, and the old "
                             "laptop lets go of them."));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("to"),
                                         tr("The worker who takes the clients over (id or name)."),
                                         QStringLiteral("W")));
    command.addOption(QCommandLineOption(QStringLiteral("from"),
                                         tr("Hand over every client of this worker (id or name)."),
                                         QStringLiteral("W")));
    command.addOption(QCommandLineOption(QStringLiteral("client"), tr("Hand over this client; repeat for each."),
                                         QStringLiteral("ID")));
    if (const int code = command.parse(QStringLiteral("handover"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const QString to = requireValue(parser, QStringLiteral("to"), QStringLiteral("--to W"));
    const bool from = parser.isSet(QStringLiteral("from"));
    if (from == parser.isSet(QStringLiteral("client")))
        throw UsageError(tr("Give either --from W or --client ID (one or more)."));
    const auto store = openStore(parser);
    const QUuid toWorker = findWorker(*store, to);
    const QString toName = WorkerRepository(*store).find(toWorker)->name;
    ClientRepository clients(*store);
    QList<QUuid> ids;
    if (from) {
        const QUuid fromWorker = findWorker(*store, parser.value(QStringLiteral("from")));
        if (fromWorker == toWorker)
            throw Error(tr("--from and --to name the same worker, %1.").arg(toName));
        ids = clients.assignedTo(fromWorker);
        if (ids.isEmpty()) {
            m_out << tr("%1 has no clients; nothing was handed over.")
                         .arg(WorkerRepository(*store).find(fromWorker)->name)
                  << '\n';
            return 0;
        }
    } else {
        for (const QString &text : parser.values(QStringLiteral("client"))) {
            const QUuid id = QUuid::fromString(text.trimmed());
            if (id.isNull())
                throw Error(tr("\"%1\" is not a client's id.").arg(text));
            if (!clients.find(id))
                throw Error(tr("There is no client with the id %1 in this database.").arg(idText(id)));
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    clients.handOver(ids, toWorker);
    m_out << tr("%n client(s) handed over to %1.", nullptr, static_cast<int>(ids.size())).arg(toName) << '\n';
    return 0;
}

// ------------------------------------------------------------------ refused

int CliCommands::refused(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("teren-cli refused --db FILE [--accept ID] [--format json]"),
        tr("Lists the changes the region's rules of who may change what refused: when, from which installation, "
           "as which worker, the client, the record and fields, and why. Each has an ID; --accept applies the one "
           "that was right after all, on the coordinator's installation, and from then on on every installation "
           "the acceptance reaches."));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("accept"), tr("Accept the refused change with this ID."),
                                         QStringLiteral("ID")));
    command.addOption(formatOption());
    if (const int code = command.parse(QStringLiteral("refused"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const bool json = wantsJson(parser);
    if (json && parser.isSet(QStringLiteral("accept")))
        throw UsageError(tr("Give either --accept ID or --format json."));
    const auto store = openStore(parser);
    RefusedChanges review(*store);
    const QList<RefusedChange> changes = review.list();

    if (parser.isSet(QStringLiteral("accept"))) {
        const QString id = parser.value(QStringLiteral("accept")).trimmed();
        const auto found = std::find_if(changes.cbegin(), changes.cend(),
                                        [&id](const RefusedChange &change) { return refusedId(change) == id; });
        if (found == changes.cend())
            throw Error(tr("There is no refused change \"%1\"; teren-cli refused lists them.").arg(id));
        review.accept(found->stamp);
        m_out << tr("Accepted the change of %1 %2 (%3) from %4; every installation applies it from now on.")
                     .arg(found->entity, rowKeyText(found->rowKey), found->fields.join(QStringLiteral(", ")),
                          found->installation)
              << '\n';
        return 0;
    }

    if (json) {
        QJsonArray array;
        for (const RefusedChange &change : changes) {
            array.append(QJsonObject{
                {QStringLiteral("id"), refusedId(change)},
                {QStringLiteral("when"), change.when.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("installation"), change.installation},
                {QStringLiteral("worker"), change.worker.isEmpty() ? QJsonValue() : QJsonValue(change.worker)},
                {QStringLiteral("client"), idOrNull(change.clientId)},
                {QStringLiteral("entity"), change.entity},
                {QStringLiteral("row"), rowKeyText(change.rowKey)},
                {QStringLiteral("fields"), QJsonArray::fromStringList(change.fields)},
                {QStringLiteral("refusal"), change.refusal},
                {QStringLiteral("reason"), change.reason},
                {QStringLiteral("erasure_request"), change.erasureRequest}});
        }
        printJson(m_out, array);
        return 0;
    }
    for (const RefusedChange &change : changes) {
        m_out << refusedId(change) << '\n';
        m_out << "  "
              << tr("%1, from \"%2\" as %3")
                     .arg(Dates::shortDateTime(change.when.toLocalTime()), change.installation,
                          change.worker.isEmpty() ? tr("an unknown worker") : change.worker)
              << '\n';
        m_out << "  "
              << tr("%1 %2: %3").arg(change.entity, rowKeyText(change.rowKey),
                                     change.fields.join(QStringLiteral(", ")))
              << '\n';
        if (!change.clientId.isNull())
            m_out << "  " << tr("client %1").arg(idText(change.clientId)) << '\n';
        m_out << "  " << tr("refused: %1").arg(change.reason) << '\n';
    }
    m_out << tr("%n refused change(s).", nullptr, static_cast<int>(changes.size())) << '\n';
    return 0;
}

} // namespace teren
