#pragma once

#include "Store.h"
#include "domain/Entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace teren {

// The region's partner institutions (labour office, OSPOD, school...), synced with the
// region's records. Any worker may add one, also offline; the coordinator edits,
// retires and merges duplicates (Authorization refuses those from a field laptop). A
// duplicate merged into another entry points at it, and every reference to the
// duplicate counts as the kept entry wherever it is read.
class PartnerRepository
{
    Q_DECLARE_TR_FUNCTIONS(PartnerRepository)

public:
    explicit PartnerRepository(Store &store) : m_store(store) {}

    // What merging changed: the steps and contact links moved to the kept entry.
    struct MergeResult
    {
        int steps = 0;
        int contacts = 0;
    };

    Partner add(Partner partner);
    bool update(const Partner &partner);
    // Retires the entry from `day` on (it stays on the records that name it), or brings
    // it back with an invalid date.
    void setRetired(const QUuid &id, const QDate &day);
    // Merges `duplicate` into `kept`: the steps and contacts naming the duplicate name
    // the kept entry, and the duplicate is retired pointing at it. One transaction.
    MergeResult merge(const QUuid &duplicate, const QUuid &kept);

    std::optional<Partner> find(const QUuid &id);
    // Every entry, retired ones too, by kind and name.
    QList<Partner> all();
    // The entries to choose from: not retired, of `kind` when one is given, and
    // `current` even if retired (so a record keeps showing what it names).
    QList<Partner> choosable(const QString &kind = {}, const QUuid &current = {});
    // The entry a reference counts as: the entry itself, or the one it was merged into.
    QUuid resolved(const QUuid &id);
    // The name of the partner responsible for a step (through merges); empty when none.
    QString partnerName(const QUuid &stepId);
    // How many live steps and contacts name the entry.
    int stepCount(const QUuid &id);
    int contactCount(const QUuid &id);

    // The partners involved in a contact, and their links written with a new contact.
    QList<QUuid> forContact(const QUuid &contactId);
    void writeContactLinks(const QUuid &contactId, const QList<QUuid> &partnerIds);
    // A contact may name live partners, not retired ones.
    void validateContactPartners(const QList<QUuid> &partnerIds);
    // A step's partner: live, not newly retired; its responsible party is then the
    // institution. `before`: the partner the step named until now.
    void validateStepPartner(const Step &step, const QUuid &before);

    // Kind from Codes::partnerKinds, name required, locality known when given.
    void validate(const Partner &partner);

private:
    Store &m_store;
};

} // namespace teren
