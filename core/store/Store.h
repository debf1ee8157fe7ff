#pragma once

#include "Codelists.h"
#include "changes/Authorization.h"
#include "changes/ChangeRecorder.h"
#include "changes/Clock.h"
#include "changes/IdSource.h"
#include "storage/Database.h"

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
    // Opens an existing file, migrating an older schema forward.
    static std::unique_ptr<Store> open(const QString &path, Options options = {});

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
    void setMeta(const QString &key, const QVariant &value);

private:
    Store(std::unique_ptr<Database> db, Options options);
    static std::unique_ptr<Store> openFile(const QString &path, Options options, bool mustBeNew);
    void initialiseNewFile(const QString &replicaName);
    void seedCodelists();
    qint64 lastStamp();

    std::unique_ptr<Database> m_db;
    const Clock *m_clock;
    std::shared_ptr<IdSource> m_ids;
    std::unique_ptr<ChangeRecorder> m_recorder;
    std::unique_ptr<Authorization> m_authorization;
    Codelists m_codelists;
    QString m_pendingReplicaName;
};

} // namespace teren
