#include "PartnerRepository.h"

#include "RepositoryInternals.h"
#include "Rules.h"
#include "domain/Codes.h"
#include "domain/Values.h"

namespace teren {

void PartnerRepository::validate(const Partner &partner)
{
    Rules::requireCode(Codes::partnerKinds().contains(partner.kind), partner.kind, QStringLiteral("kind"),
                       tr("partner kind"));
    Rules::requireText(partner.name, QStringLiteral("name"), tr("The partner's name"));
    if (!partner.localityId.isNull())
        Rules::requireExists(EntityTable<Locality>::exists(m_store.database(), partner.localityId),
                             QStringLiteral("locality_id"), tr("locality"));
}

Partner PartnerRepository::add(Partner partner)
{
    partner.name = partner.name.trimmed();
    partner.retiredOn = {};
    partner.mergedInto = {};
    validate(partner);
    return insertChecked(m_store, std::move(partner));
}

bool PartnerRepository::update(const Partner &partner)
{
    const std::optional<Partner> before = find(partner.id);
    Rules::requireExists(before.has_value(), QStringLiteral("id"), tr("partner"));
    Partner after = partner;
    after.name = after.name.trimmed();
    validate(after);
    Transaction transaction(m_store.database());
    const bool changed = EntityTable<Partner>::update(m_store.recorder(), *before, after);
    transaction.commit();
    return changed;
}

void PartnerRepository::setRetired(const QUuid &id, const QDate &day)
{
    std::optional<Partner> partner = find(id);
    Rules::requireExists(partner.has_value(), QStringLiteral("id"), tr("partner"));
    if (!day.isValid() && !partner->mergedInto.isNull())
        throw ValidationError(tr("\"%1\" was merged into another partner and stays retired.").arg(partner->name),
                              QStringLiteral("retired_on"));
    partner->retiredOn = day;
    update(*partner);
}

PartnerRepository::MergeResult PartnerRepository::merge(const QUuid &duplicate, const QUuid &kept)
{
    const std::optional<Partner> gone = find(duplicate);
    Rules::requireExists(gone.has_value(), QStringLiteral("id"), tr("partner"));
    const std::optional<Partner> target = find(kept);
    Rules::requireExists(target.has_value(), QStringLiteral("merged_into"), tr("partner"));
    if (duplicate == kept)
        throw ValidationError(tr("A partner cannot be merged into itself."), QStringLiteral("merged_into"));
    if (!target->mergedInto.isNull())
        throw ValidationError(tr("\"%1\" was itself merged into another partner; merge into that one.")
                                  .arg(target->name),
                              QStringLiteral("merged_into"));

    Database &db = m_store.database();
    ChangeRecorder &recorder = m_store.recorder();
    Transaction transaction(db);
    MergeResult result;
    for (const Step &step : EntityTable<Step>::select(db, QStringLiteral("partner_id = ?"), {db::id(duplicate)})) {
        Step moved = step;
        moved.partnerId = kept;
        EntityTable<Step>::update(recorder, step, moved);
        ++result.steps;
    }
    for (const ContactPartner &link :
         EntityTable<ContactPartner>::select(db, QStringLiteral("partner_id = ?"), {db::id(duplicate)})) {
        const bool hasKept = db.scalar(QStringLiteral("SELECT 1 FROM contact_partner WHERE contact_id = ? AND "
                                                      "partner_id = ? AND deleted = 0"),
                                       {db::id(link.contactId), db::id(kept)})
                                 .isValid();
        if (hasKept) {
            EntityTable<ContactPartner>::remove(recorder, link.id);
        } else {
            ContactPartner moved = link;
            moved.partnerId = kept;
            EntityTable<ContactPartner>::update(recorder, link, moved);
        }
        ++result.contacts;
    }
    // Entries merged into the duplicate before now point at the kept one directly.
    for (const Partner &earlier :
         EntityTable<Partner>::select(db, QStringLiteral("merged_into = ?"), {db::id(duplicate)})) {
        Partner moved = earlier;
        moved.mergedInto = kept;
        EntityTable<Partner>::update(recorder, earlier, moved);
    }
    Partner merged = *gone;
    merged.mergedInto = kept;
    if (!merged.retiredOn.isValid())
        merged.retiredOn = m_store.clock().today();
    EntityTable<Partner>::update(recorder, *gone, merged);
    transaction.commit();
    return result;
}

std::optional<Partner> PartnerRepository::find(const QUuid &id)
{
    return EntityTable<Partner>::find(m_store.database(), id);
}

QList<Partner> PartnerRepository::all()
{
    return EntityTable<Partner>::select(m_store.database(), QStringLiteral("1 ORDER BY kind, name, id"));
}

QList<Partner> PartnerRepository::choosable(const QString &kind, const QUuid &current)
{
    QList<Partner> result;
    for (const Partner &partner : all()) {
        if ((!kind.isEmpty() && partner.kind != kind) || (partner.isRetired() && partner.id != current))
            continue;
        result.append(partner);
    }
    return result;
}

QUuid PartnerRepository::resolved(const QUuid &id)
{
    QUuid current = id;
    // Merges are flattened when made; the bound only guards against a cycle that
    // concurrent merges on two coordinators' files could leave.
    for (int hops = 0; hops < 8; ++hops) {
        const std::optional<Partner> partner = find(current);
        if (!partner || partner->mergedInto.isNull())
            break;
        current = partner->mergedInto;
    }
    return current;
}

QString PartnerRepository::partnerName(const QUuid &stepId)
{
    const std::optional<Step> step = EntityTable<Step>::find(m_store.database(), stepId);
    if (!step || step->partnerId.isNull())
        return {};
    const std::optional<Partner> partner = find(resolved(step->partnerId));
    return partner ? partner->name : QString();
}

int PartnerRepository::stepCount(const QUuid &id)
{
    return m_store.database()
        .scalar(QStringLiteral("SELECT count(*) FROM step WHERE partner_id = ? AND deleted = 0"), {db::id(id)})
        .toInt();
}

int PartnerRepository::contactCount(const QUuid &id)
{
    return m_store.database()
        .scalar(QStringLiteral("SELECT count(DISTINCT l.contact_id) FROM contact_partner l JOIN contact c ON "
                               "c.id = l.contact_id AND c.deleted = 0 WHERE l.partner_id = ? AND l.deleted = 0"),
                {db::id(id)})
        .toInt();
}

QList<QUuid> PartnerRepository::forContact(const QUuid &contactId)
{
    QList<QUuid> ids;
    for (const ContactPartner &link : EntityTable<ContactPartner>::select(
             m_store.database(), QStringLiteral("contact_id = ? ORDER BY id"), {db::id(contactId)})) {
        const QUuid partner = resolved(link.partnerId);
        if (!ids.contains(partner))
            ids.append(partner);
    }
    return ids;
}

void PartnerRepository::validateContactPartners(const QList<QUuid> &partnerIds)
{
    for (const QUuid &id : partnerIds) {
        const std::optional<Partner> partner = find(id);
        Rules::requireExists(partner.has_value(), QStringLiteral("partner_ids"), tr("partner"));
        if (partner->isRetired())
            throw ValidationError(tr("The partner \"%1\" is retired; choose another.").arg(partner->name),
                                  QStringLiteral("partner_ids"));
    }
}

void PartnerRepository::writeContactLinks(const QUuid &contactId, const QList<QUuid> &partnerIds)
{
    QList<QUuid> written;
    for (const QUuid &id : partnerIds) {
        if (written.contains(id))
            continue;
        written.append(id);
        ContactPartner link{{}, contactId, id};
        EntityTable<ContactPartner>::insert(m_store.recorder(), link);
    }
}

void PartnerRepository::validateStepPartner(const Step &step, const QUuid &before)
{
    if (step.partnerId.isNull())
        return;
    const std::optional<Partner> partner = find(step.partnerId);
    Rules::requireExists(partner.has_value(), QStringLiteral("partner_id"), tr("partner"));
    if (partner->isRetired() && step.partnerId != before)
        throw ValidationError(tr("The partner \"%1\" is retired; choose another.").arg(partner->name),
                              QStringLiteral("partner_id"));
    if (step.responsible != u"institution")
        throw ValidationError(tr("A step with a partner is the institution's: set the responsible party to "
                                 "institution, or choose no partner."),
                              QStringLiteral("responsible"));
}

} // namespace teren
