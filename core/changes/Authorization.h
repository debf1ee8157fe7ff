#pragma once

#include "ChangeRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <optional>

namespace teren {

class Database;

// Who may change what, in a region with a coordinator. A field worker's installation
// may create clients and write the records of the clients assigned to that worker
// (and contacts with them; a link of a contact or group activity to a client is that
// client's record), and write the group activities and anonymous contacts it
// recorded, and add partners; only the coordinator writes the region's data (workers, providers,
// localities, codelists, targets), hands clients over, merges duplicate records,
// erases a client, and accepts what the rules refused.
//
// The decision depends on the set of changes alone, so every replica decides the
// same whatever the order they arrive in: the installation a change comes from (its
// stamp's replica) is mapped to a worker and a role by the coordinator's own changes,
// and a client's assignment by the coordinator's hand-overs (and the insert that
// registered the client). A stamp is chosen by its sender, so an edit of a client is
// also judged by its bases: one that overwrote a value written after the client was
// handed away from its worker was made after the hand-over, whatever it is stamped.
//
// A refused change stays in the change log, not applied (its `refusal` says why),
// until the coordinator accepts it (an accepted_change row, itself a synced change).
class Authorization
{
    Q_DECLARE_TR_FUNCTIONS(Authorization)

public:
    // Why a change is not applied. Stored in the log as these codes.
    static const QString unknownInstallation; // the installation was not enrolled as a worker
    static const QString otherAuthor;         // written in the name of another worker
    static const QString regionData;          // the region's data are the coordinator's
    static const QString notAssigned;         // the client is not assigned to the worker
    static const QString afterHandover;       // made after the client was handed away
    static const QString handover;            // a hand-over is the coordinator's
    static const QString merge;               // merging duplicate records is the coordinator's
    static const QString erasureRequest;      // an erasure waits for the coordinator's confirmation
    static const QString unresolved;          // the record's parent has not arrived: judged when it does
    static const QString relayed;             // another installation's change in a field laptop's bundle (not kept)
    static const QString partnerEdit;         // a partner's edit, retirement or merge is the coordinator's
    static const QString otherRecorder;       // a group activity or anonymous contact another worker recorded

    // `owner`: the region's coordinator installation (empty: no region, everything is
    // allowed, as in a file that was never set up as a region). `local`/`localWorker`:
    // this installation and the worker it is enrolled as, which stands for its
    // installation record until the coordinator's arrives.
    Authorization(Database &db, const QByteArray &owner, const QByteArray &local, const QUuid &localWorker);

    bool isEnabled() const { return !m_owner.isEmpty(); }
    const QByteArray &owner() const { return m_owner; }

    // Empty when the change may be applied, else the refusal code.
    QString judge(const ChangeRecord &change);
    // The installation is the owner or a coordinator's (at the stamp).
    bool isPrivileged(const QByteArray &replica, qint64 hlc);
    // The worker an installation works as (null when none).
    QUuid workerOf(const QByteArray &replica);
    // The worker the client is assigned to at the stamp (null when none).
    QUuid assigneeAt(const QVariant &clientKey, const Stamp &stamp);
    // The client a record belongs to, from the inserts of it and its parents; nothing
    // while one of them has not arrived.
    std::optional<QVariant> clientOf(const QString &entity, const QVariant &rowKey, const ChangeRecord *insert);

    // A change to one of these may change the verdict on others (see Merger).
    static bool changesTheMap(const ChangeRecord &change);
    // Forgets what was read of the map (after changes to it were written).
    void forget();
    void forgetClient(const QVariant &clientKey);
    // The installations the owner mapped to a worker.
    QList<QByteArray> installationsOf(const QVariant &workerKey);

    // The translated sentence for a refusal code.
    static QString describe(const QString &refusal);

private:
    struct Assignment
    {
        Stamp stamp;
        QUuid worker;
    };
    QString judgeClientRecord(const ChangeRecord &change, const QUuid &worker);
    QString judgeOwnRecord(const ChangeRecord &change, const QUuid &worker);
    QList<Assignment> assignments(const QVariant &clientKey);
    QString roleAt(const QUuid &worker, qint64 hlc);
    bool isAccepted(const Stamp &stamp);

    Database &m_db;
    QByteArray m_owner;
    QByteArray m_local;
    QUuid m_localWorker;
    QHash<QByteArray, QUuid> m_installations;
    QHash<QUuid, QList<QPair<Stamp, QString>>> m_roles;
    QHash<QByteArray, QList<Assignment>> m_assignments;
    QHash<QByteArray, QVariant> m_clientOfRow;
    std::optional<QSet<QByteArray>> m_accepted; // replica + hlc of each accepted change
};

} // namespace teren
