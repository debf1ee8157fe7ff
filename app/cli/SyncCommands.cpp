// teren-cli's sync commands: identity, trust, export, import, conflicts (enrol: EnrolCommands.cpp).
#include "CliCommands.h"

#include "CommandParser.h"
#include "Lookup.h"

#include "domain/Error.h"
#include "store/Store.h"
#include "sync/Conflicts.h"
#include "sync/Enrolment.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/Keyring.h"
#include "sync/Peers.h"
#include "i18n/Dates.h"

#include <QFile>
#include <QLocale>

namespace teren {

QString passphraseNeeded()
{
    return CliCommands::tr("The bundle is locked with a passphrase; give it with --passphrase-file F.");
}

QCommandLineOption passphraseOption()
{
    return QCommandLineOption(QStringLiteral("passphrase-file"),
                              CliCommands::tr("Read the bundle passphrase from the first line of F."),
                              QStringLiteral("F"));
}

int CliCommands::identity(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("teren-cli identity --db FILE [--out F]"),
                          tr("Shows this database's replica id, name and public key, creating the key pair "
                             "(FILE.key, readable by you only) on first use. --out writes them to F for the "
                             "installations that will exchange bundles with this one."));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("out"), tr("Write the identity to F."), QStringLiteral("F")));
    if (const int code = command.parse(QStringLiteral("identity"), arguments, m_out, m_err); code >= 0)
        return code;
    const auto store = openStore(command.parser());
    const ReplicaIdentity identity = Keyring(*store).identity();
    const QString out = command.parser().value(QStringLiteral("out"));
    if (!out.isEmpty()) {
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(identity.toText()) < 0)
            throw Error(tr("Could not write %1: %2").arg(out, file.errorString()));
    }
    m_out << QString::fromUtf8(identity.toText());
    return 0;
}

int CliCommands::trust(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("teren-cli trust --db FILE (IDENTITY | --list | --revoke INSTALLATION)"),
                          tr("Accepts bundles signed by the installation described in IDENTITY (a file made by "
                             "teren-cli identity --out). --list shows the installations this database knows; "
                             "--revoke refuses the bundles of a lost or stolen laptop from now on."));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("list"), tr("List the installations this database knows.")));
    command.addOption(QCommandLineOption(QStringLiteral("revoke"),
                                         tr("Refuse the bundles of this installation (id or name) from now on."),
                                         QStringLiteral("INSTALLATION")));
    command.addPositional(QStringLiteral("IDENTITY"), tr("The other installation's identity file."));
    if (const int code = command.parse(QStringLiteral("trust"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const QStringList positional = parser.positionalArguments();
    const int modes = static_cast<int>(positional.size()) + (parser.isSet(QStringLiteral("list")) ? 1 : 0)
                      + (parser.isSet(QStringLiteral("revoke")) ? 1 : 0);
    if (modes != 1)
        throw Error(tr("Give exactly one of: an identity file, --list or --revoke INSTALLATION."));
    const QString db = requireDb(parser);
    if (parser.isSet(QStringLiteral("list"))) {
        const auto store = openStore(parser);
        for (const Peer &peer : Enrolment(*store).installations()) {
            QString line = QStringLiteral("%1  %2").arg(peer.replica.toString(QUuid::WithoutBraces), peer.name);
            if (!peer.workerName.isEmpty())
                line += QStringLiteral("  ") + tr("(enrolled for %1)").arg(peer.workerName);
            line += QStringLiteral("  ")
                    + (peer.revokedOn.isValid()
                           ? tr("revoked on %1").arg(Dates::shortDate(peer.revokedOn))
                           : tr("trusted since %1").arg(Dates::shortDate(peer.trustedOn)));
            line += QStringLiteral("  ") + Peers::versionText(peer);
            m_out << line << '\n';
        }
        return 0;
    }
    if (parser.isSet(QStringLiteral("revoke"))) {
        const auto store = openStore(parser);
        Peers peers(*store);
        const QString which = parser.value(QStringLiteral("revoke"));
        peers.revoke(peers.find(which));
        m_out << tr("Bundles from \"%1\" are refused from now on. Those imported before stay; enrol the worker's "
                    "new laptop anew.")
                     .arg(which)
              << '\n';
        return 0;
    }
    const ReplicaIdentity identity = ReplicaIdentity::read(positional.first());
    const auto store = openStore(parser);
    Peers(*store).trust(identity.replica, identity.publicKey, identity.name);
    m_out << tr("Bundles from \"%1\" (%2) are now accepted.")
                 .arg(identity.name, identity.replica.toString(QUuid::WithoutBraces))
          << '\n';
    return 0;
}

int CliCommands::exportBundle(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("teren-cli export --db FILE --out BUNDLE [--to IDENTITY | --passphrase-file F | --worker W] "
                       "[--all] [--statistical]"),
        tr("Writes the changes made or merged since the last export (or all of them) to one encrypted, "
           "signed bundle file. On a laptop enrolled in a region it is sealed to the coordinator unless --to or "
           "--passphrase-file says otherwise; what came from the recipient is not sent back."));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("out"), tr("The bundle file to write (.teren)."),
                                         QStringLiteral("BUNDLE")));
    command.addOption(QCommandLineOption(QStringLiteral("to"),
                                         tr("Encrypt for the installation in this identity file (the coordinator)."),
                                         QStringLiteral("IDENTITY")));
    command.addOption(passphraseOption());
    command.addOption(QCommandLineOption(QStringLiteral("all"), tr("Export every change, not only the new ones.")));
    command.addOption(QCommandLineOption(
        QStringLiteral("statistical"),
        tr("A statistical bundle: a snapshot of the region without names, free text or keys that lead back to "
           "a person, for a regional statistical database.")));
    command.addOption(QCommandLineOption(
        QStringLiteral("worker"),
        tr("Coordinator: export back to this worker (id or name) only the region's shared records and the "
           "worker's clients; encrypted for the worker's enrolled installation unless --to or "
           "--passphrase-file says otherwise."),
        QStringLiteral("WORKER")));
    if (const int code = command.parse(QStringLiteral("export"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        throw Error(tr("--out BUNDLE is required."));
    ExportOptions options;
    options.everything = parser.isSet(QStringLiteral("all"));
    options.statistical = parser.isSet(QStringLiteral("statistical"));
    const bool to = parser.isSet(QStringLiteral("to"));
    const bool passphrase = parser.isSet(QStringLiteral("passphrase-file"));
    const bool worker = parser.isSet(QStringLiteral("worker"));
    if (to && passphrase)
        throw Error(tr("Give either --to IDENTITY or --passphrase-file F."));
    const auto store = openStore(parser);
    if (!to && !passphrase && !worker) {
        // An enrolled laptop knows its coordinator's key from the enrolment.
        const std::optional<ReplicaIdentity> coordinator = Enrolment(*store).coordinator();
        if (!coordinator)
            throw Error(tr("Give either --to IDENTITY or --passphrase-file F."));
        options.recipient = coordinator->replica;
        options.lock.recipientPublicKey = coordinator->publicKey;
    }
    if (worker) {
        options.forWorker = findWorker(*store, parser.value(QStringLiteral("worker")));
        if (!to && !passphrase) {
            const ReplicaIdentity enrolled = Enrolment(*store).enrolledInstallation(options.forWorker);
            options.recipient = enrolled.replica;
            options.lock.recipientPublicKey = enrolled.publicKey;
        }
    }
    if (to) {
        const ReplicaIdentity recipient = ReplicaIdentity::read(parser.value(QStringLiteral("to")));
        options.recipient = recipient.replica;
        options.lock.recipientPublicKey = recipient.publicKey;
    } else if (passphrase) {
        options.lock.passphrase = readPassphrase(parser.value(QStringLiteral("passphrase-file")));
    }
    const ExportSummary summary = Exporter(*store).exportTo(out, options);
    if (options.statistical) {
        m_out << tr("Statistical bundle %1 written to %2: a snapshot of the region, %n row(s).", nullptr,
                    static_cast<int>(summary.records - 1))
                     .arg(summary.sequence)
                     .arg(out)
              << '\n';
        return 0;
    }
    m_out << tr("Bundle %1 written to %2: %n change(s).", nullptr, static_cast<int>(summary.records))
                 .arg(summary.sequence)
                 .arg(out)
          << '\n';
    return 0;
}

int CliCommands::importBundles(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("teren-cli import --db FILE BUNDLE... [--passphrase-file F] [--accept-new-senders] "
                       "[--accept-clock-skew]"),
        tr("Merges bundles into the database, each in one transaction. A bundle that is damaged, tampered "
           "with, from an unknown sender or for another installation is refused and changes nothing; the "
           "others are imported. So is a bundle with changes dated more than a day ahead of this computer's "
           "clock, unless --accept-clock-skew is given."));
    command.addDatabaseOptions();
    command.addOption(passphraseOption());
    command.addOption(QCommandLineOption(QStringLiteral("accept-new-senders"),
                                         tr("Accept and remember senders not trusted yet.")));
    command.addOption(QCommandLineOption(
        QStringLiteral("accept-clock-skew"),
        tr("Import bundles from laptops whose clocks run more than a day ahead; on the coordinator's installation "
           "their changes then count as made at the import.")));
    command.addPositional(QStringLiteral("BUNDLE"), tr("Bundle files to import."));
    if (const int code = command.parse(QStringLiteral("import"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const QStringList bundles = parser.positionalArguments();
    if (bundles.isEmpty())
        throw Error(tr("Give at least one bundle file."));
    const auto store = openStore(parser);
    Importer importer(*store);
    ImportOptions options;
    options.acceptNewSenders = parser.isSet(QStringLiteral("accept-new-senders"));
    options.acceptClockSkew = parser.isSet(QStringLiteral("accept-clock-skew"));
    if (parser.isSet(QStringLiteral("passphrase-file")))
        options.key.passphrase = readPassphrase(parser.value(QStringLiteral("passphrase-file")));
    options.key.secretKey = Keyring(*store).keys().secretKey;
    int refused = 0;
    for (const QString &bundle : bundles) {
        const ImportReport report = importer.importFrom(bundle, options);
        if (report.refused) {
            ++refused;
            m_out << tr("%1: refused: %2").arg(bundle, report.passphraseNeeded ? passphraseNeeded() : report.reason)
                  << '\n';
            if (!report.clockSkew.isEmpty())
                m_out << "  " << tr("To import it anyway, run the import again with --accept-clock-skew.") << '\n';
            continue;
        }
        if (report.alreadyImported) {
            m_out << tr("%1: bundle %2 from %3 was imported before; nothing changed.")
                         .arg(bundle)
                         .arg(report.sequence)
                         .arg(report.senderDescription())
                  << '\n';
        } else {
            m_out << tr("%1: bundle %2 from %3: %4 inserted, %5 updated, %6 unchanged, %7 conflicts.")
                         .arg(bundle)
                         .arg(report.sequence)
                         .arg(report.senderDescription())
                         .arg(report.counts.inserted)
                         .arg(report.counts.updated)
                         .arg(report.counts.unchanged)
                         .arg(report.counts.conflicts)
                  << '\n';
        }
        if (const QString replaced = report.snapshotReplaced(); !replaced.isEmpty() && !report.alreadyImported)
            m_out << "  " << replaced << '\n';
        if (const QString refusals = report.refusals(); !refusals.isEmpty())
            m_out << "  " << refusals << '\n';
        for (const ClockSkew &skew : report.clockSkew)
            m_out << "  " << skew.outcome() << '\n';
        if (report.clientsRemoved > 0)
            m_out << "  "
                  << tr("%n client(s) now assigned to other workers removed from this laptop.", nullptr,
                        report.clientsRemoved)
                  << '\n';
        for (const QString &missing : report.missingBundles())
            m_out << "  " << missing << '\n';
    }
    if (refused > 0) {
        m_err << tr("error: %n bundle(s) refused", nullptr, refused) << '\n';
        return 1;
    }
    return 0;
}

int CliCommands::conflicts(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("teren-cli conflicts --db FILE"),
                          tr("Lists the fields two installations changed without seeing each other's edit, "
                             "and edits of records another installation had deleted. The newer value is the "
                             "current one; both are kept."));
    command.addDatabaseOptions();
    if (const int code = command.parse(QStringLiteral("conflicts"), arguments, m_out, m_err); code >= 0)
        return code;
    const auto store = openStore(command.parser());
    const QList<ConflictEntry> entries = Conflicts(*store).list();
    const auto side = [](const ConflictEntry::Side &s) {
        return tr("%1 by %2 on \"%3\" at %4")
            .arg(s.value.isNull() ? tr("(empty)") : QStringLiteral("\"%1\"").arg(s.value.toString()),
                 s.author.isEmpty() ? tr("unknown worker") : s.author, s.replicaName,
                 Dates::shortDateTime(s.when.toLocalTime()));
    };
    for (const ConflictEntry &entry : entries) {
        const QString row = entry.rowKey.typeId() == QMetaType::QByteArray
            ? QUuid::fromRfc4122(entry.rowKey.toByteArray()).toString(QUuid::WithoutBraces)
            : entry.rowKey.toString();
        if (entry.field == u"*")
            m_out << tr("%1 %2: edited after it was deleted; it stays deleted.\n  deleted: %3\n  edited: %4")
                         .arg(entry.entity, row, side(entry.first), side(entry.second))
                  << '\n';
        else
            m_out << tr("%1 %2, %3:\n  kept: %4\n  also typed: %5")
                         .arg(entry.entity, row, entry.field, side(entry.second), side(entry.first))
                  << '\n';
    }
    m_out << tr("%n conflict(s).", nullptr, static_cast<int>(entries.size())) << '\n';
    return 0;
}

} // namespace teren
