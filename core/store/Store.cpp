#include "Store.h"

#include "changes/ChangeLog.h"
#include "ConsentRepository.h"
#include "domain/CodelistSeed.h"
#include "domain/Error.h"
#include "domain/Values.h"
#include "domain/PassphrasePolicy.h"
#include "storage/EncryptedVfs.h"
#include "storage/FileEncryption.h"
#include "storage/KeyFile.h"
#include "storage/OpenChecks.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <utility>

namespace teren {

std::unique_ptr<Store> Store::create(const QString &path, Options options)
{
    return openFile(path, std::move(options), true);
}

std::unique_ptr<Store> Store::open(const QString &path, Options options)
{
    return openFile(path, std::move(options), false);
}

namespace {

// Neither empty nor SQLite's plain format.
bool looksEncrypted(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.read(16);
    return !start.isEmpty() && !start.startsWith("SQLite format 3");
}

QString &defaultPassphraseForTests()
{
    static QString passphrase;
    return passphrase;
}

// Unlocks the file (when encrypted and not unlocked yet) for as long as it lives;
// release() hands the lock over to the store.
class Unlocking
{
public:
    Unlocking(const QString &path, const StoreOptions &options, bool mustBeNew)
    {
        const QString keyPath = KeyFile::pathFor(path);
        if (mustBeNew) {
            // A key the caller unlocked for this path is the one used.
            if (options.passphrase.isEmpty() || EncryptedVfs::isUnlocked(path))
                return;
            if (const QString problem = PassphrasePolicy::problem(options.passphrase); !problem.isEmpty())
                throw ValidationError(problem, QStringLiteral("passphrase"));
            unlock(path, KeyFile::create(keyPath, options.passphrase));
            return;
        }
        if (!Store::isEncrypted(path))
            return;
        if (EncryptedVfs::isUnlocked(path)) {
            if (options.lockWhenClosed)
                m_path = path;
            return;
        }
        if (!options.recoveryKey.isEmpty()) {
            unlock(path, KeyFile::unlockWithRecoveryKey(keyPath, options.recoveryKey));
            return;
        }
        if (options.passphrase.isEmpty())
            throw Error(Store::tr("The file %1 is encrypted: its passphrase is needed to open it.").arg(path));
        unlock(path, KeyFile::unlock(keyPath, options.passphrase));
    }
    ~Unlocking()
    {
        if (!m_path.isEmpty())
            EncryptedVfs::lock(m_path);
    }
    Unlocking(const Unlocking &) = delete;
    Unlocking &operator=(const Unlocking &) = delete;

    QString release() { return std::exchange(m_path, QString()); }

private:
    void unlock(const QString &path, std::shared_ptr<SecretKey> key)
    {
        EncryptedVfs::unlock(path, std::move(key));
        m_path = path;
    }
    QString m_path;
};

// Removes what a refused open created beside the file.
void removeCreated(const QStringList &companions, const QStringList &foundBeside, bool mustBeNew)
{
    if (mustBeNew)
        return;
    for (const QString &companion : companions) {
        if (!foundBeside.contains(companion))
            QFile::remove(companion);
    }
}

} // namespace

bool Store::isEncrypted() const
{
    return m_db->isEncrypted();
}

QString Store::createRecoveryKey()
{
    const std::shared_ptr<const SecretKey> key = EncryptedVfs::keyOf(m_db->path());
    if (!key)
        throw Error(tr("The file %1 is not encrypted, so there is nothing for a recovery key to open.")
                        .arg(m_db->path()));
    return KeyFile::addRecoveryKey(KeyFile::pathFor(m_db->path()), *key);
}

void Store::setDefaultPassphraseForTests(const QString &passphrase)
{
    defaultPassphraseForTests() = passphrase;
}

QString Store::passphraseOf(const StoreOptions &options)
{
    return options.passphrase.isEmpty() && options.recoveryKey.isEmpty() && !options.plain
        ? defaultPassphraseForTests()
        : options.passphrase;
}

bool Store::isEncrypted(const QString &path)
{
    if (KeyFile::kindOf(KeyFile::pathFor(path)) != KeyFile::Kind::Sealed)
        return false;
    // A plain file starts with SQLite's header; an encrypted one with ciphertext (or
    // nothing yet, right after it was created).
    QFile file(path);
    return !file.open(QIODevice::ReadOnly) || !file.read(16).startsWith("SQLite format 3");
}

std::unique_ptr<Store> Store::openFile(const QString &path, Options options, bool mustBeNew)
{
    const QFileInfo info(path);
    if (mustBeNew && info.exists())
        throw StorageError(tr("The file %1 already exists; choose another name.").arg(path));
    if (!mustBeNew && !info.exists() && !QFileInfo::exists(FileEncryption::copyKeyPath(path)))
        throw StorageError(tr("The file %1 does not exist.").arg(path));
    if (mustBeNew && !QDir().mkpath(info.absolutePath()))
        throw StorageError(tr("Cannot create the folder %1.").arg(info.absolutePath()));
    const OpenChecks::Wanted wanted{options.readOnly, options.exclusive, options.acceptMissingWal};
    if (!mustBeNew) {
        if (!options.readOnly)
            FileEncryption::finishInterrupted(path);
        OpenChecks::beforeConnecting(path, wanted);
    }
    options.passphrase = passphraseOf(options);

    if (!mustBeNew && !isEncrypted(path) && !EncryptedVfs::isUnlocked(path) && looksEncrypted(path))
        throw UnopenableFile(UnopenableFile::Reason::NotADatabase,
                             tr("The file %1 is encrypted, or it is not a Terén database. An encrypted file opens "
                                "only with its key file %2 beside it.")
                                 .arg(path, KeyFile::pathFor(path)));
    Unlocking unlocking(path, options, mustBeNew);
    // A file refused (damaged, altered, foreign) is left as it was found: no WAL or
    // shared-memory file of this attempt stays beside it.
    const QStringList companions = {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    QStringList foundBeside;
    for (const QString &companion : companions) {
        if (QFileInfo::exists(companion))
            foundBeside.append(companion);
    }
    const OpenChecks::Traces traces = OpenChecks::tracesOf(path);
    std::unique_ptr<Store> store;
    try {
        auto db = std::make_unique<Database>(path, options.readOnly ? Database::Access::ReadOnly
                                                                    : Database::Access::ReadWrite);
        // Read-only checks first: a newer, foreign or damaged file must not be touched.
        Schema::checkCompatible(*db);
        if (!mustBeNew && Schema::versionOf(*db) == 0)
            throw UnopenableFile(UnopenableFile::Reason::NotADatabase,
                                 tr("The file %1 is an empty SQLite database, not a Terén database.").arg(path));
        bool holdWrites = false;
        if (!mustBeNew) {
            OpenChecks::afterConnecting(*db, traces, wanted);
            if (!options.deferIntegrityCheck) {
                if (const QStringList problems = OpenChecks::quickCheck(*db); !problems.isEmpty())
                    OpenChecks::refuseDamaged(path, problems, db->isEncrypted());
            } else {
                holdWrites = !options.readOnly;
            }
        }
        if (options.readOnly) {
            if (Schema::needsMigration(*db))
                throw UnopenableFile(UnopenableFile::Reason::ReadOnlyFile,
                                     tr("The file %1 was written by an older version of Terén and must be updated "
                                        "before it can be read, which cannot be done read-only. Open it for "
                                        "writing (a backup of it is made first).")
                                         .arg(path));
            db->execScript(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA query_only = ON"));
        } else {
            // synchronous = FULL: an edit the screen shows as saved is on the disk
            // (the WAL is synced at every commit), so a power cut cannot take it back.
            db->execScript(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                                          "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON"));
            Schema::migrate(*db);
        }
        const bool created = mustBeNew;
        store.reset(new Store(std::move(db), std::move(options)));
        if (created)
            store->initialiseNewFile(store->m_pendingReplicaName);
        store->reloadCodelists();
        store->m_readOnly = store->m_db->isReadOnly();
        if (!created && !store->m_readOnly && !holdWrites)
            ConsentRepository(*store).deriveFromClientColumns();
        if (holdWrites)
            store->m_db->holdWrites(true);
        if (!store->m_readOnly)
            store->m_marker = std::make_unique<UseMarker>(path);
    } catch (const SqliteFailure &failure) {
        store.reset();
        removeCreated(companions, foundBeside, mustBeNew);
        if (mustBeNew)
            throw;
        OpenChecks::refuse(path, failure);
    } catch (...) {
        store.reset();
        removeCreated(companions, foundBeside, mustBeNew);
        throw;
    }
    store->m_unlockedPath = unlocking.release();
    return store;
}

void Store::writesChecked()
{
    if (m_db->writesHeld()) {
        m_db->holdWrites(false);
        if (!m_readOnly)
            ConsentRepository(*this).deriveFromClientColumns();
    }
}

Store::Store(std::unique_ptr<Database> db, Options options)
    : m_db(std::move(db))
    , m_clock(options.clock ? options.clock : &Clock::system())
    , m_ids(options.ids ? options.ids : std::make_shared<RandomIdSource>())
    , m_pendingReplicaName(options.replicaName)
{
    QUuid replica = db::toId(meta(QStringLiteral("replica_id")));
    if (replica.isNull())
        replica = m_ids->next(m_clock->nowMs());
    m_recorder = std::make_unique<ChangeRecorder>(*m_db, *m_clock, *m_ids, replica, lastStamp(replica));
    m_recorder->setAuthor(db::toId(meta(QStringLiteral("worker_id"))));
    reloadAuthorization();
}

void Store::reloadAuthorization()
{
    const QUuid owner = regionOwner();
    m_authorization = std::make_unique<Authorization>(*m_db, owner.isNull() ? QByteArray() : owner.toRfc4122(),
                                                      replicaId().toRfc4122(), enrolledWorker());
    m_recorder->setAuthorization(m_authorization.get());
}

QUuid Store::regionOwner()
{
    return db::toId(meta(QStringLiteral("region_owner")));
}

QUuid Store::enrolledWorker()
{
    return db::toId(meta(QStringLiteral("enrolled_worker")));
}

void Store::setRegionOwner(const QUuid &replica)
{
    setMeta(QStringLiteral("region_owner"), db::id(replica));
    reloadAuthorization();
}

void Store::setEnrolledWorker(const QUuid &worker)
{
    setMeta(QStringLiteral("enrolled_worker"), db::id(worker));
    reloadAuthorization();
}

Store::~Store()
{
    // Before the connection closes (which deletes the WAL): a marker left behind
    // then always means the program ended with the file open, its WAL still there.
    m_marker.reset();
    m_recorder.reset();
    m_authorization.reset();
    m_db.reset();
    if (!m_unlockedPath.isEmpty())
        EncryptedVfs::lock(m_unlockedPath);
}

void Store::initialiseNewFile(const QString &replicaName)
{
    Transaction transaction(*m_db);
    setMeta(QStringLiteral("replica_id"), db::id(replicaId()));
    setMeta(QStringLiteral("replica_name"),
            replicaName.isEmpty() ? QSysInfo::machineHostName() : replicaName);
    setMeta(QStringLiteral("created_ms"), m_clock->nowMs());
    seedCodelists();
    transaction.commit();
}

void Store::seedCodelists()
{
    qint64 ordinal = 0;
    const auto seed = [this, &ordinal](const QString &table, const QList<CodelistEntry> &entries) {
        int sort = 0;
        for (const CodelistEntry &entry : entries) {
            const QStringList columns = {QStringLiteral("label_cs"), QStringLiteral("label_en"), QStringLiteral("sort")};
            const QVariantList values = {entry.labelCs, entry.labelEn, ++sort};
            const RowKey key = entry.parent.isEmpty() ? RowKey::ofCode(entry.code)
                                                      : RowKey::ofOutcome(entry.parent, entry.code);
            m_recorder->insertSeed(table, key, columns, values, ++ordinal);
        }
    };
    seed(QStringLiteral("area"), CodelistSeed::areas());
    seed(QStringLiteral("outcome"), CodelistSeed::outcomes());
    seed(QStringLiteral("intervention_type"), CodelistSeed::interventionTypes());
    seed(QStringLiteral("end_reason"), CodelistSeed::endReasons());
}

void Store::reloadCodelists()
{
    m_codelists.load(*m_db);
}

qint64 Store::lastStamp(const QUuid &replica)
{
    // This installation's own newest stamp, and the stamps observed from others (kept
    // in meta, bounded by HybridLogicalClock::observe): not merely the newest change in
    // the log, which may be another laptop's stamped far ahead.
    return std::max(changelog::lastHlcOf(*m_db, replica.toRfc4122()),
                    meta(QStringLiteral("hlc_observed")).toLongLong());
}

QString Store::replicaName()
{
    return meta(QStringLiteral("replica_name")).toString();
}

void Store::setCurrentWorker(const QUuid &workerId)
{
    setMeta(QStringLiteral("worker_id"), db::id(workerId));
    m_recorder->setAuthor(workerId);
}

QVariant Store::meta(const QString &key)
{
    return m_db->scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
}

QStringList Store::metaKeys(const QString &prefix)
{
    Query query = m_db->prepare(QStringLiteral("SELECT key FROM meta WHERE substr(key, 1, ?) = ?"));
    query.bindAll({prefix.size(), prefix}).exec();
    QStringList keys;
    while (query.next())
        keys.append(query.value(0).toString());
    return keys;
}

void Store::setMeta(const QString &key, const QVariant &value)
{
    m_db->cached(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        .bindAll({key, value})
        .exec();
}

} // namespace teren
