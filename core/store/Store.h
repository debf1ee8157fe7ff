#pragma once

#include "Codelists.h"
#include "changes/Authorization.h"
#include "changes/ChangeRecorder.h"
#include "changes/Clock.h"
#include "changes/IdSource.h"
#include "storage/Database.h"
#include "storage/UseMarker.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <memory>

namespace teren {

struct StoreOptions
{
    const Clock *clock = nullptr;  // the system clock when null
    std::shared_ptr<IdSource> ids; // libsodium-random when null
    QString replicaName;           // used when the file is created
    // A new file is encrypted under it (it must pass PassphrasePolicy); an encrypted
    // file needs it to open, unless it is unlocked in this process already. Empty: a
    // plain new file.
    QString passphrase;
    // Opens an encrypted file with the organisation's recovery key instead.
    QString recoveryKey;
    // A new file is plain even when tests encrypt every file by default.
    bool plain = false;
    // Opens an existing file without ever writing to it (nothing is migrated).
    bool readOnly = false;
    // Refuses a file another Terén program holds (the GUI; the CLI's short commands
    // may share a file, as SQLite's WAL allows).
    bool exclusive = false;
    // Opens a file whose WAL went missing (OpenChecks) as it is.
    bool acceptMissingWal = false;
    // The quick integrity check is left to the caller (to run in the background on a
    // large file): until writesChecked(), the file is only read.
    bool deferIntegrityCheck = false;
    // The caller unlocked the file (EncryptedVfs) before opening it; the store locks
    // it again when it closes, as if it had unlocked it itself.
    bool lockWhenClosed = false;
};

// One open Terén file: the connection, the replica's identity and clock, the change
// recorder and the codelists. Repositories (ClientRepository, NeedRepository...) are
// small objects made on top of a Store for each use; they hold no state of their own.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    using Options = StoreOptions;

    // Creates a new file; refuses to touch one that already exists.
    static std::unique_ptr<Store> create(const QString &path, Options options = {});
    // Opens an existing file, migrating an older schema forward. An encrypted file is
    // unlocked with options.passphrase (a translated Error when it is wrong or
    // missing) and locked again when the store closes.
    static std::unique_ptr<Store> open(const QString &path, Options options = {});
    // Whether the file at `path` is encrypted (by its first bytes and its key file).
    static bool isEncrypted(const QString &path);
    // Whether this open file is read and written encrypted.
    bool isEncrypted() const;
    // Opened read-only, or its integrity check is still pending (deferIntegrityCheck).
    bool isReadOnly() const { return m_readOnly || m_db->writesHeld(); }
    bool isCheckPending() const { return m_db->writesHeld(); }
    // The deferred integrity check passed: writes are allowed from now on.
    void writesChecked();
    // Wraps the database key under a new organisation recovery key too, and returns
    // the key as text to print and keep offline: it is stored nowhere else. Throws
    // for a plain file.
    QString createRecoveryKey();
    // For tests: a file created without a passphrase is encrypted under this one, and
    // opened with it (the suite runs once this way, so every test also exercises the
    // encrypted file). Empty: off.
    static void setDefaultPassphraseForTests(const QString &passphrase);
    // The passphrase opening with these options uses (the tests' default when none).
    static QString passphraseOf(const StoreOptions &options);

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    Database &database() { return *m_db; }
    ChangeRecorder &recorder() { return *m_recorder; }
    const Clock &clock() const { return *m_clock; }
    const Codelists &codelists() const { return m_codelists; }
    void reloadCodelists();

    // Who may change what (Authorization): on in a file that belongs to a region
    // (its coordinator's installation is known), off otherwise.
    Authorization &authorization() { return *m_authorization; }
    // The region's coordinator installation (null when the file is not part of a
    // region), and the worker this installation is enrolled as (null on the
    // coordinator's own). Both make the rules of who may change what.
    QUuid regionOwner();
    QUuid enrolledWorker();
    void setRegionOwner(const QUuid &replica);
    void setEnrolledWorker(const QUuid &worker);
    // Reads the region owner and enrolled worker again (after a transaction that
    // wrote them was rolled back).
    void reloadAuthorization();

    QUuid replicaId() const { return m_recorder->replicaId(); }
    QString replicaName();
    QUuid currentWorker() const { return m_recorder->author(); }
    // Every later change is recorded as made by this worker.
    void setCurrentWorker(const QUuid &workerId);

    QVariant meta(const QString &key);
    // The keys that start with `prefix`.
    QStringList metaKeys(const QString &prefix);
    void setMeta(const QString &key, const QVariant &value);

private:
    Store(std::unique_ptr<Database> db, Options options);
    static std::unique_ptr<Store> openFile(const QString &path, Options options, bool mustBeNew);
    void initialiseNewFile(const QString &replicaName);
    void seedCodelists();
    qint64 lastStamp(const QUuid &replica);

    // Set when this store unlocked its file, which it locks again when it closes.
    QString m_unlockedPath;
    std::unique_ptr<Database> m_db;
    const Clock *m_clock;
    std::shared_ptr<IdSource> m_ids;
    std::unique_ptr<ChangeRecorder> m_recorder;
    std::unique_ptr<Authorization> m_authorization;
    Codelists m_codelists;
    QString m_pendingReplicaName;
    bool m_readOnly = false;
    std::unique_ptr<UseMarker> m_marker;
};

} // namespace teren
