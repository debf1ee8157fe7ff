#include "Sync.h"

#include "DecodedRecords.h"
#include "Enrolment.h"
#include "ExportScope.h"
#include "HybridLogicalClock.h"
#include "Peers.h"
#include "ReassignedClients.h"
#include "store/Store.h"

#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QSaveFile>

namespace teren {

namespace {

constexpr int formatVersion = 1;
// The coordinator's page cache while it merges a bundle (see ScopedCacheSize).
constexpr int importCacheMebibytes = 64;

} // namespace

QByteArray ReplicaIdentity::toText() const
{
    return "replica=" + replica.toString(QUuid::WithoutBraces).toLatin1() + "\nname=" + name.toUtf8()
        + "\npublic_key=" + publicKey.toBase64() + '\n';
}

ReplicaIdentity ReplicaIdentity::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Sync::tr("Could not read the identity file %1: %2").arg(path, file.errorString()));
    ReplicaIdentity identity;
    for (const QByteArray &line : file.read(64 * 1024).split('\n')) {
        const qsizetype equals = line.indexOf('=');
        const QByteArray key = line.left(equals).trimmed();
        const QByteArray value = line.mid(equals + 1).trimmed();
        if (key == "replica")
            identity.replica = QUuid::fromString(QString::fromLatin1(value));
        else if (key == "name")
            identity.name = QString::fromUtf8(value);
        else if (key == "public_key")
            identity.publicKey = QByteArray::fromBase64(value);
    }
    if (identity.replica.isNull() || identity.publicKey.size() != 32)
        throw Error(Sync::tr("%1 is not a Terén identity file (the other installation makes one with "
                             "teren-cli identity --out).")
                        .arg(path));
    return identity;
}

Sync::Sync(Store &store)
    : m_store(store)
{
}

QString Sync::keyFilePath() const
{
    return m_store.database().path() + QStringLiteral(".key");
}

ReplicaKeys Sync::keys()
{
    const QString path = keyFilePath();
    const QByteArray published = m_store.meta(QStringLiteral("public_key")).toByteArray();
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        ReplicaKeys keys;
        keys.secretKey = file.read(4096);
        keys.publicKey = published;
        // The public key is the second half of an Ed25519 secret key.
        if (keys.secretKey.size() != 64 || (!published.isEmpty() && keys.secretKey.right(32) != published))
            throw StorageError(tr("The key file %1 does not belong to this database.").arg(path));
        keys.publicKey = keys.secretKey.right(32);
        if (published.isEmpty())
            m_store.setMeta(QStringLiteral("public_key"), keys.publicKey);
        return keys;
    }
    if (!published.isEmpty())
        throw StorageError(tr("The key file %1 of this database is missing, so its bundles cannot be signed. "
                              "Restore it from a backup.")
                               .arg(path));
    const ReplicaKeys keys = ReplicaKeys::generate();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(keys.secretKey) != keys.secretKey.size()
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !out.commit())
        throw StorageError(tr("Could not write the key file %1: %2").arg(path, out.errorString()));
    m_store.setMeta(QStringLiteral("public_key"), keys.publicKey);
    return keys;
}

ReplicaIdentity Sync::identity()
{
    return {m_store.replicaId(), m_store.replicaName(), publicKey()};
}

void Sync::trust(const QUuid &replica, const QByteArray &publicKey, const QString &name)
{
    m_store.database()
        .cached(QStringLiteral("INSERT INTO peer (replica, public_key, name, trusted_on) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (replica) DO UPDATE SET public_key = excluded.public_key, "
                               "name = excluded.name, revoked_on = NULL"))
        .bindAll({replica.toRfc4122(), publicKey, name, m_store.clock().today().toString(Qt::ISODate)})
        .exec();
}

bool Sync::isTrusted(const QUuid &replica, const QByteArray &publicKey)
{
    return m_store.database()
               .scalar(QStringLiteral("SELECT public_key FROM peer WHERE replica = ?"), {replica.toRfc4122()})
               .toByteArray()
        == publicKey;
}

bool Sync::isStatistical()
{
    return m_store.meta(QStringLiteral("statistical")).toInt() == 1;
}

void Sync::makeStatistical()
{
    m_store.setMeta(QStringLiteral("statistical"), 1);
}

ExportSummary Sync::exportTo(const QString &path, const ExportOptions &options)
{
    if (isStatistical())
        throw Error(tr("This is a statistical database: it keeps no names or free text, so it exports nothing."));
    const ReplicaKeys own = keys();
    Database &db = m_store.database();
    Enrolment enrolment(m_store);
    const QUuid fieldWorker = !options.forWorker.isNull() ? options.forWorker
        : options.recipient.isNull()                      ? QUuid()
                                                          : enrolment.workerOfReplica(options.recipient);
    // Each kind of bundle has its own numbering and its own "since the last export".
    const QString sequenceKey = options.statistical ? QStringLiteral("statistical_sequence")
                                                    : QStringLiteral("export_sequence");
    const QString throughKey = options.statistical ? QStringLiteral("statistical_exported_through")
                                                   : QStringLiteral("exported_through");
    qint64 sequence = m_store.meta(sequenceKey).toLongLong() + 1;
    qint64 from = m_store.meta(throughKey).toLongLong();
    if (!fieldWorker.isNull() && !options.statistical) {
        Query state = db.prepare(
            QStringLiteral("SELECT sequence, exported_through FROM field_export WHERE worker_id = ?"));
        state.bind(0, fieldWorker.toRfc4122()).exec();
        const bool known = state.next();
        sequence = known ? state.value(0).toLongLong() + 1 : 1;
        from = known ? state.value(1).toLongLong() : 0;
    }
    if (options.everything)
        from = 0;
    const qint64 last = changelog::lastSeq(db);

    // No write lock while the file is written (the GUI keeps editing meanwhile): the
    // records are fixed by seq <= last and the scope's temp tables; only the
    // bookkeeping at the end is a write.
    std::optional<FieldScope> scope;
    if (!fieldWorker.isNull() && !options.statistical)
        scope.emplace(db, fieldWorker, options.recipient);
    const ChangeSelection selection = scope ? scope->selection(from, last) : ChangeSelection::range(from, last);

    BundleHeader header;
    header.formatVersion = formatVersion;
    header.kind = options.statistical ? BundleKind::Statistical : BundleKind::Changes;
    header.sender = m_store.replicaId();
    header.senderKey = own.publicKey;
    header.senderName = m_store.replicaName();
    header.recipient = options.recipient;
    header.sequence = sequence;
    header.firstChange = from + 1;
    header.lastChange = last;
    header.recordCount = selection.count(db);
    header.createdMs = m_store.clock().nowMs();
    enrolment.addClaim(header);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StorageError(tr("Could not write the bundle %1: %2").arg(path, file.errorString()));
    {
        BundleWriter writer(file, own, header, options.lock);
        const bool statistical = options.statistical;
        selection.forEach(db, [&writer, statistical](const ChangeRecord &change) {
            writer.append(statistical ? withoutPersonalText(change).toCbor() : change.toCbor());
        });
        writer.finish();
    }
    if (!file.commit())
        throw StorageError(tr("Could not write the bundle %1: %2").arg(path, file.errorString()));

    Transaction transaction(db);
    if (scope) {
        scope->remember();
        db.prepare(QStringLiteral("INSERT OR REPLACE INTO field_export (worker_id, sequence, exported_through) "
                                  "VALUES (?, ?, ?)"))
            .bindAll({fieldWorker.toRfc4122(), header.sequence, last})
            .exec();
    } else {
        m_store.setMeta(sequenceKey, header.sequence);
        m_store.setMeta(throughKey, last);
    }
    transaction.commit();
    return {header.sequence, header.recordCount};
}

ImportReport Sync::importFrom(const QString &path, const ImportOptions &options)
{
    ImportReport report;
    report.file = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.refused = true;
        report.reason = tr("Could not open %1: %2").arg(path, file.errorString());
        return report;
    }
    Database &db = m_store.database();
    try {
        BundleReader reader(file);
        const BundleHeader header = reader.header();
        report.sender = header.sender;
        report.senderName = header.senderName;
        report.sequence = header.sequence;
        report.kind = header.kind;
        if (header.kind == BundleKind::Enrolment)
            throw BundleError(BundleError::Reason::NotABundle,
                              tr("This is an enrolment bundle: a new installation joins the region with it "
                                 "(teren-cli enrol), it is not imported."));
        if (header.kind == BundleKind::Statistical && !isStatistical())
            throw BundleError(BundleError::Reason::NotABundle,
                              tr("This is a statistical bundle, without names or free text: it goes into a "
                                 "statistical database (teren-cli init --statistical), not into this one."));
        if (header.sender == m_store.replicaId())
            throw BundleError(BundleError::Reason::WrongRecipient,
                              tr("This bundle was exported from this same database."));
        if (!header.recipient.isNull() && header.recipient != m_store.replicaId())
            throw BundleError(BundleError::Reason::WrongRecipient,
                              tr("This bundle is addressed to another installation."));
        const QByteArray knownKey =
            db.scalar(QStringLiteral("SELECT public_key FROM peer WHERE replica = ?"), {header.sender.toRfc4122()})
                .toByteArray();
        if (!knownKey.isEmpty() && knownKey != header.senderKey)
            throw BundleError(BundleError::Reason::Tampered,
                              tr("The bundle claims to come from \"%1\" but is signed with another key; it cannot "
                                 "be trusted.")
                                  .arg(header.senderName));
        if (const QDate revoked = Peers(m_store).revokedOn(header.sender); revoked.isValid())
            throw BundleError(BundleError::Reason::UnknownSender,
                              tr("Bundles from \"%1\" are no longer accepted: its key was revoked on %2 (a lost or "
                                 "replaced laptop). If it is in safe hands again, trust its identity file anew.")
                                  .arg(header.senderName, QLocale().toString(revoked, QLocale::ShortFormat)));
        Enrolment enrolment(m_store);
        const bool enrolled = knownKey.isEmpty() && enrolment.claimIsValid(header);
        if (knownKey.isEmpty() && !options.acceptNewSenders && !enrolled)
            throw BundleError(BundleError::Reason::UnknownSender,
                              tr("The bundle comes from \"%1\", an installation this database does not know yet. "
                                 "Trust its key first, or accept new senders when importing.")
                                  .arg(header.senderName));

        const QByteArray digest = digestOf(file);
        const QVariant seen =
            db.scalar(QStringLiteral("SELECT digest FROM bundle_in WHERE sender = ? AND kind = ? AND sequence = ?"),
                      {header.sender.toRfc4122(), static_cast<int>(header.kind), header.sequence});
        if (seen.isValid() && !seen.isNull()) {
            if (seen.toByteArray() != digest)
                throw BundleError(BundleError::Reason::Tampered,
                                  tr("A different bundle number %1 from \"%2\" was imported before.")
                                      .arg(header.sequence)
                                      .arg(header.senderName));
            report.alreadyImported = true;
        } else {
            reader.unlock(options.key);
            importRecords(reader, header, digest, report);
            if (knownKey.isEmpty())
                trust(header.sender, header.senderKey, header.senderName);
            if (enrolled)
                enrolment.bind(header);
        }
    } catch (const Error &error) {
        report.refused = true;
        report.reason = error.message();
        return report;
    }
    Query missing =
        db.prepare(QStringLiteral("SELECT sequence FROM bundle_in WHERE sender = ? AND kind = ? ORDER BY sequence"));
    missing.bindAll({report.sender.toRfc4122(), static_cast<int>(report.kind)}).exec();
    qint64 expected = 1;
    while (missing.next()) {
        const qint64 sequence = missing.value(0).toLongLong();
        for (; expected < sequence; ++expected)
            report.missing.append(expected);
        expected = sequence + 1;
    }
    return report;
}

void Sync::importRecords(BundleReader &reader, const BundleHeader &header, const QByteArray &digest,
                         ImportReport &report)
{
    Database &db = m_store.database();
    const ScopedCacheSize cache(db, importCacheMebibytes);
    Transaction transaction(db);
    report.counts = mergeRecords(reader);
    recordImport(header, digest, report.counts);
    if (header.sender.toRfc4122() == m_store.meta(QStringLiteral("coordinator")).toByteArray())
        report.clientsRemoved = static_cast<int>(ReassignedClients::forget(m_store).size());
    transaction.commit();
    m_store.reloadCodelists();
}

MergeCounts Sync::mergeRecords(BundleReader &reader)
{
    Merger merger(m_store);
    const bool statistical = isStatistical();
    DecodedRecords records(reader, [statistical](const QCborMap &record) {
        std::optional<ChangeRecord> change = ChangeRecord::fromCbor(record);
        if (!change)
            throw BundleError(BundleError::Reason::Tampered,
                              tr("The bundle holds a record this version of Terén cannot read."));
        return statistical ? withoutPersonalText(std::move(*change)) : std::move(*change);
    });
    while (const DecodedChange *decoded = records.next())
        merger.apply(decoded->change, decoded->encoded);
    merger.finish();
    return merger.counts();
}

QByteArray Sync::digestOf(QFile &file)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    file.seek(0);
    hash.addData(&file);
    file.seek(0);
    return hash.result();
}

void Sync::recordImport(const BundleHeader &header, const QByteArray &digest, const MergeCounts &counts)
{
    // An enrolment bundle opens the numbering of the change bundles that follow it.
    const int kind = static_cast<int>(header.kind == BundleKind::Statistical ? BundleKind::Statistical
                                                                             : BundleKind::Changes);
    m_store.database()
        .cached(QStringLiteral("INSERT INTO bundle_in (sender, kind, sequence, digest, imported_on, inserted, updated, "
                               "unchanged, conflicts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bindAll({header.sender.toRfc4122(), kind, header.sequence, digest,
                  m_store.clock().now().toString(Qt::ISODateWithMs), counts.inserted, counts.updated, counts.unchanged,
                  counts.conflicts})
        .exec();
}

QList<ConflictEntry> Sync::conflicts(bool includeDecided)
{
    Database &db = m_store.database();
    const auto side = [&](const Stamp &stamp, const QString &entity, const QVariant &rowKey, const QString &field) {
        ConflictEntry::Side result;
        result.when = QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::toMs(stamp.hlc), Qt::UTC);
        result.replica = QUuid::fromRfc4122(stamp.replica);
        result.replicaName = result.replica == m_store.replicaId()
            ? m_store.replicaName()
            : db.scalar(QStringLiteral("SELECT name FROM peer WHERE replica = ?"), {stamp.replica}).toString();
        Query &change = db.cached(QStringLiteral(
            "SELECT fields, author FROM change WHERE replica = ? AND hlc = ? AND entity = ? AND row_key = ?"));
        change.bindAll({stamp.replica, stamp.hlc, entity, rowKey}).exec();
        if (change.next()) {
            const QCborMap fields = QCborValue::fromCbor(change.value(0).toByteArray()).toMap();
            result.value = field == u"*" ? QVariant() : changelog::toVariant(fields.value(field));
            result.author =
                db.scalar(QStringLiteral("SELECT name FROM worker WHERE id = ?"), {change.value(1)}).toString();
        }
        change.finish();
        return result;
    };
    QList<ConflictEntry> result;
    Query query = db.prepare(QStringLiteral("SELECT entity, row_key, field, first_hlc, first_replica, second_hlc, "
                                            "second_replica FROM conflict ORDER BY second_hlc, entity, field"));
    query.exec();
    while (query.next()) {
        ConflictEntry entry;
        entry.entity = query.value(0).toString();
        entry.rowKey = query.value(1);
        entry.field = query.value(2).toString();
        entry.firstStamp = {query.value(3).toLongLong(), query.value(4).toByteArray()};
        entry.secondStamp = {query.value(5).toLongLong(), query.value(6).toByteArray()};
        // Whose record it is, deleted or not, so the review can name the client.
        static const QHash<QString, QString> owner = {
            {QStringLiteral("client"), QStringLiteral("SELECT id, NULL FROM client WHERE id = ?")},
            {QStringLiteral("need"), QStringLiteral("SELECT client_id, area FROM need WHERE id = ?")},
            {QStringLiteral("cooperation"), QStringLiteral("SELECT client_id, NULL FROM cooperation WHERE id = ?")},
            {QStringLiteral("contact"), QStringLiteral("SELECT client_id, NULL FROM contact WHERE id = ?")},
            {QStringLiteral("goal"), QStringLiteral("SELECT n.client_id, n.area FROM goal g JOIN need n ON n.id = "
                                                    "g.need_id WHERE g.id = ?")},
            {QStringLiteral("step"), QStringLiteral("SELECT n.client_id, n.area FROM step s JOIN goal g ON g.id = "
                                                    "s.goal_id JOIN need n ON n.id = g.need_id WHERE s.id = ?")},
        };
        if (owner.contains(entry.entity)) {
            Query &whose = db.cached(owner.value(entry.entity));
            whose.bind(0, entry.rowKey).exec();
            if (whose.next()) {
                entry.clientId = QUuid::fromRfc4122(whose.value(0).toByteArray());
                entry.area = whose.value(1).toString();
            }
            whose.finish();
        }
        const RowFold fold = changelog::fold(db, entry.entity, entry.rowKey);
        const QString column = entry.field == u"*" ? QStringLiteral("deleted") : entry.field;
        const auto current = fold.fields.constFind(column);
        entry.decided = current != fold.fields.cend() && current->stamp > entry.secondStamp;
        // Written back by the undo of a decision: open again.
        const auto marker = fold.fields.constFind(changelog::decisionMarker(column));
        if (entry.decided && marker != fold.fields.cend() && marker->stamp == current->stamp
            && !marker->value.toBool())
            entry.decided = false;
        if (entry.decided && !includeDecided)
            continue;
        entry.first = side(entry.firstStamp, entry.entity, entry.rowKey, entry.field);
        entry.second = side(entry.secondStamp, entry.entity, entry.rowKey, entry.field);
        result.append(entry);
    }
    return result;
}

void Sync::decide(const ConflictEntry &conflict, const QVariant &value)
{
    if (!Merger::isSyncedTable(conflict.entity))
        return;
    Transaction transaction(m_store.database());
    const RowKey key = RowKey::fromLog(conflict.entity, conflict.rowKey);
    const QString column = conflict.field == u"*" ? QStringLiteral("deleted") : conflict.field;
    const QVariant written = conflict.field == u"*" ? QVariant(value.toBool() ? 0 : 1) : value;
    QCborMap marker;
    marker.insert(changelog::decisionMarker(column), true);
    m_store.recorder().update(conflict.entity, key, {column}, {written}, marker);
    transaction.commit();
}

} // namespace teren
