#pragma once

#include "Store.h"
#include "domain/Entities.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace teren {

// Group activities: recorded by a worker (the current one unless the record names
// one), changed afterwards by that worker or the coordinator (Authorization). The
// clients named among the participants are links of their own, each its client's
// record.
class GroupActivityRepository
{
    Q_DECLARE_TR_FUNCTIONS(GroupActivityRepository)

public:
    explicit GroupActivityRepository(Store &store) : m_store(store) {}

    GroupActivity create(GroupActivity activity);
    // Writes the changed fields and adds or removes the client links that differ.
    void update(const GroupActivity &after);
    void remove(const QUuid &id);
    std::optional<GroupActivity> find(const QUuid &id);
    // Newest first; a null locality lists every activity.
    QList<GroupActivity> forLocality(const QUuid &localityId);
    QList<GroupActivity> forClient(const QUuid &clientId);

    void validate(const GroupActivity &activity);

private:
    QList<QUuid> linkedClients(const QUuid &activityId);

    Store &m_store;
};

// Contacts with people who stay anonymous, recorded from a locality.
class AnonymousContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(AnonymousContactRepository)

public:
    explicit AnonymousContactRepository(Store &store) : m_store(store) {}

    AnonymousContact create(AnonymousContact contact);
    void update(const AnonymousContact &after);
    void remove(const QUuid &id);
    std::optional<AnonymousContact> find(const QUuid &id);
    // Newest first; a null locality lists every anonymous contact.
    QList<AnonymousContact> forLocality(const QUuid &localityId);

    void validate(const AnonymousContact &contact);

private:
    Store &m_store;
};

// What erasing or anonymising one person does to the group records that link them
// with others: the records stay for the others, but their notes, which may name the
// person, are wiped (from the rows and from every logged change, for good on every
// replica, as anonymisation wipes them).
namespace groupwork {

// Before a client's records are erased: each link of the client to a contact or an
// activity loses its record's note; a contact whose first client they are and that
// has other live linked clients passes to the first of those (whose link then goes),
// so the erasure leaves it for them.
void prepareErasure(Store &store, const QUuid &clientId);
// The contacts and activities linked to these client records, their notes wiped.
void wipeLinkedNotes(Store &store, const QList<QUuid> &clientIds);

} // namespace groupwork

} // namespace teren
