// The commands that serve one person's rights under the GDPR.
#include "CliCommands.h"
#include "CommandParser.h"
#include "Lookup.h"

#include "access/AccessExport.h"
#include "domain/Error.h"
#include "store/Repositories.h"

#include <QGuiApplication>

namespace teren {

QUuid findClient(Store &store, const QString &id)
{
    const QUuid client = QUuid::fromString(id.trimmed());
    if (client.isNull())
        throw UsageError(CliCommands::tr("\"%1\" is not a client's id.").arg(id));
    if (!ClientRepository(store).find(client))
        throw Error(CliCommands::tr("There is no client with the id %1 in this database (or their data was erased).")
                        .arg(client.toString(QUuid::WithoutBraces)));
    return client;
}

int CliCommands::access(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("teren-cli access --db FILE --client ID --out DIR"),
        tr("Writes everything the database holds about one person into the folder DIR, for their right of access: "
           "a readable PDF in the current language (personal details, cooperation, needs and the individual plan, "
           "contacts, who worked with them) and a JSON file of the same. What was erased is not there."));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("client"), tr("The client's id."), QStringLiteral("ID")));
    command.addOption(QCommandLineOption(QStringLiteral("out"), tr("The folder to write the two files to."),
                                         QStringLiteral("DIR")));
    if (const int code = command.parse(QStringLiteral("access"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const QString clientId = requireValue(parser, QStringLiteral("client"), QStringLiteral("--client ID"));
    const QString folder = requireValue(parser, QStringLiteral("out"), QStringLiteral("--out DIR"));
    // Laying out the PDF needs fonts, which only a GUI application object provides
    // (teren-cli makes one, on the offscreen platform, for this command).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw Error(tr("The PDF cannot be laid out in this program."));
    const auto store = openStore(parser);
    const AccessFiles files = AccessExport::write(*store, findClient(*store, clientId), folder);
    m_out << tr("Written: %1").arg(files.pdf) << '\n' << tr("Written: %1").arg(files.json) << '\n';
    return 0;
}

} // namespace teren
