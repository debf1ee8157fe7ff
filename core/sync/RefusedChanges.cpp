#include "RefusedChanges.h"

#include "Merger.h"
#include "Peers.h"

#include "changes/Authorization.h"
#include "changes/ChangeLog.h"
#include "changes/EntityTable.h"
#include "changes/HybridLogicalClock.h"
#include "domain/Error.h"
#include "store/GroupWork.h"
#include "store/Repositories.h"
#include "store/Store.h"

#include <algorithm>

namespace teren {

QList<RefusedChange> RefusedChanges::list()
{
    QList<RefusedChange> result;
    Authorization &rules = m_store.authorization();
    Peers peers(m_store);
    DirectoryRepository directory(m_store);
    for (const ChangeRecord &change : changelog::refused(m_store.database())) {
        if (change.refusal == Authorization::unresolved)
            continue;
        RefusedChange entry;
        entry.stamp = change.stamp;
        entry.entity = change.entity;
        entry.rowKey = change.rowKey;
        entry.refusal = change.refusal;
        entry.reason = Authorization::describe(change.refusal);
        entry.when = QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::toMs(change.stamp.hlc), Qt::UTC);
        const QUuid replica = QUuid::fromRfc4122(change.stamp.replica);
        entry.installation = replica == m_store.replicaId() ? m_store.replicaName() : peers.nameOf(replica);
        const QUuid worker = change.author.isEmpty() ? rules.workerOf(change.stamp.replica)
                                                     : QUuid::fromRfc4122(change.author);
        entry.worker = directory.workerName(worker);
        if (const std::optional<QVariant> client = rules.clientOf(change.entity, change.rowKey,
                                                                   change.op == ChangeRecord::Insert ? &change : nullptr))
            entry.clientId = QUuid::fromRfc4122(client->toByteArray());
        for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
            if (!ChangeRecord::isMarker(it.key().toString()))
                entry.fields.append(it.key().toString());
        }
        entry.erasureRequest = change.refusal == Authorization::erasureRequest;
        result.append(entry);
    }
    return result;
}

void RefusedChanges::accept(const Stamp &stamp)
{
    Authorization &rules = m_store.authorization();
    if (!rules.isPrivileged(m_store.replicaId().toRfc4122(), m_store.recorder().clock().last()))
        throw Error(tr("Only the region's coordinator accepts refused changes."));
    const QList<ChangeRecord> waiting = changelog::refused(m_store.database());
    const auto found = std::find_if(waiting.cbegin(), waiting.cend(),
                                    [&stamp](const ChangeRecord &change) { return change.stamp == stamp; });
    if (found == waiting.cend())
        throw Error(tr("That change is not refused (any more)."));
    Transaction transaction(m_store.database());
    // A confirmed erasure of a client leaves the group records that concern others
    // too, without their notes, as the coordinator's own erasure does.
    if (found->entity == u"client" && found->fields.value(QStringLiteral("deleted")).toInteger() == 2)
        groupwork::prepareErasure(m_store, QUuid::fromRfc4122(found->rowKey.toByteArray()));
    AcceptedChange accepted{QUuid(), stamp.replica, stamp.hlc};
    EntityTable<AcceptedChange>::insert(m_store.recorder(), accepted);
    // Judged again here at once, as every replica will when the acceptance reaches it.
    Merger merger(m_store);
    merger.mapChanged();
    merger.finish();
    transaction.commit();
    m_store.reloadCodelists();
}

} // namespace teren
