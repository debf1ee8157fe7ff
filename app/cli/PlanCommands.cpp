// The individual plan, printed to a PDF for the client to read and sign.
#include "CliCommands.h"
#include "CommandParser.h"
#include "Lookup.h"

#include "access/PlanPdf.h"
#include "domain/Error.h"

#include <QGuiApplication>

namespace teren {

int CliCommands::plan(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("teren-cli plan --db FILE --client ID --out FILE.pdf"),
        tr("Writes one client's individual plan as an A4 PDF in the current language, to read and sign with them: "
           "the client, their worker and today's date, the needs in order of priority with their goals and steps "
           "(who does what by when), and lines for both signatures. The printing is recorded on the client's "
           "history."));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("client"), tr("The client's id."), QStringLiteral("ID")));
    command.addOption(
        QCommandLineOption(QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE.pdf")));
    if (const int code = command.parse(QStringLiteral("plan"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const QString clientId = requireValue(parser, QStringLiteral("client"), QStringLiteral("--client ID"));
    const QString out = requireValue(parser, QStringLiteral("out"), QStringLiteral("--out FILE.pdf"));
    // Laying out the PDF needs fonts, which only a GUI application object provides
    // (teren-cli makes one, on the offscreen platform, for this command).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw Error(tr("The PDF cannot be laid out in this program."));
    const auto store = openStore(parser);
    PlanPdf::write(*store, findClient(*store, clientId), out);
    m_out << tr("Written: %1").arg(out) << '\n';
    return 0;
}

} // namespace teren
