// teren-cli enrol: the coordinator issues an enrolment bundle; a worker's new
// installation joins the region with it.
#include "CliCommands.h"

#include "CommandParser.h"
#include "Lookup.h"

#include "domain/Error.h"
#include "store/Store.h"
#include "sync/Enrolment.h"
#include "sync/Keyring.h"

#include <QFileInfo>

namespace teren {

int CliCommands::enrol(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("teren-cli enrol --db REGION --worker W --out BUNDLE (--to IDENTITY | --passphrase-file F)\n"
                       "teren-cli enrol --db FILE (--db-passphrase-file F | --plain) BUNDLE [--passphrase-file F] "
                       "[--replica-name NAME]"),
        tr("Coordinator (with --out): writes an enrolment bundle for a worker: the region's codelists, "
           "localities, providers, workers and targets, the worker's clients, and a secret with which the "
           "worker's installation proves itself, so its bundles are accepted without exchanging keys.\n"
           "Worker (with BUNDLE): joins the region with that bundle, creating FILE when it does not exist; "
           "from then on this installation works as that worker. A new FILE is encrypted under the database "
           "passphrase (--db-passphrase-file), which is not the bundle's (--passphrase-file)."));
    command.addDatabaseOptions();
    command.addOption(QCommandLineOption(QStringLiteral("worker"), tr("The worker to enrol (id or name)."),
                                         QStringLiteral("W")));
    command.addOption(QCommandLineOption(QStringLiteral("out"), tr("The enrolment bundle to write."),
                                         QStringLiteral("BUNDLE")));
    command.addOption(QCommandLineOption(QStringLiteral("to"),
                                         tr("Encrypt for the new installation's identity file."),
                                         QStringLiteral("IDENTITY")));
    command.addOption(passphraseOption());
    command.addOption(plainOption());
    command.addOption(QCommandLineOption(QStringLiteral("replica-name"),
                                         tr("A name for this installation when FILE is created."),
                                         QStringLiteral("NAME")));
    command.addPositional(QStringLiteral("BUNDLE"), tr("Worker: the enrolment bundle from the coordinator."));
    if (const int code = command.parse(QStringLiteral("enrol"), arguments, m_out, m_err); code >= 0)
        return code;
    QCommandLineParser &parser = command.parser();
    const QString db = requireDb(parser);
    const QStringList positional = parser.positionalArguments();
    const bool issuing = parser.isSet(QStringLiteral("out"));
    if (issuing == !positional.isEmpty() || positional.size() > 1)
        throw Error(tr("Give either --out BUNDLE (to issue an enrolment) or one enrolment bundle (to join)."));

    if (issuing) {
        if (!parser.isSet(QStringLiteral("worker")))
            throw Error(tr("--worker W is required to issue an enrolment."));
        const bool to = parser.isSet(QStringLiteral("to"));
        if (to == parser.isSet(QStringLiteral("passphrase-file")))
            throw Error(tr("Give either --to IDENTITY or --passphrase-file F."));
        const auto store = openStore(parser);
        const QUuid worker = findWorker(*store, parser.value(QStringLiteral("worker")));
        BundleLock lock;
        QUuid recipient;
        if (to) {
            const ReplicaIdentity identity = ReplicaIdentity::read(parser.value(QStringLiteral("to")));
            recipient = identity.replica;
            lock.recipientPublicKey = identity.publicKey;
        } else {
            lock.passphrase = readPassphrase(parser.value(QStringLiteral("passphrase-file")));
        }
        const QString out = parser.value(QStringLiteral("out"));
        const Enrolment::Issued issued = Enrolment(*store).issue(out, worker, lock, recipient);
        m_out << tr("Enrolment for \"%1\" written to %2: %n record(s).", nullptr, static_cast<int>(issued.records))
                     .arg(parser.value(QStringLiteral("worker")), out)
              << '\n';
        return 0;
    }

    BundleKey key;
    if (parser.isSet(QStringLiteral("passphrase-file")))
        key.passphrase = readPassphrase(parser.value(QStringLiteral("passphrase-file")));
    const bool created = !QFileInfo::exists(db);
    std::unique_ptr<Store> store;
    if (created) {
        StoreOptions options = newStoreOptions(parser);
        options.replicaName = parser.value(QStringLiteral("replica-name"));
        store = Store::create(db, options);
    } else {
        store = openStore(parser);
    }
    try {
        key.secretKey = Keyring(*store).keys().secretKey;
        const Enrolment::Accepted accepted = Enrolment(*store).accept(positional.first(), key);
        m_out << tr("Enrolled as \"%1\" in the region \"%2\" (coordinator's installation \"%3\"): %n new record(s).",
                    nullptr, static_cast<int>(accepted.counts.inserted))
                     .arg(accepted.workerName, accepted.regionName, accepted.coordinatorName)
              << '\n';
    } catch (const Error &error) {
        if (created) {
            // Nothing of the region arrived: leave no half-made file behind.
            const QString path = store->database().path();
            store.reset();
            removeDatabaseFiles(path);
        }
        const auto *bundle = dynamic_cast<const BundleError *>(&error);
        if (bundle && bundle->reason() == BundleError::Reason::PassphraseNeeded)
            throw Error(passphraseNeeded());
        throw;
    }
    return 0;
}

} // namespace teren
