#include "Entities.h"

#include "Codes.h"
#include "Values.h"

namespace teren {

namespace {
QStringList names(std::initializer_list<const char16_t *> list)
{
    QStringList result;
    result.reserve(static_cast<qsizetype>(list.size()));
    for (const char16_t *name : list)
        result.append(QString::fromUtf16(name));
    return result;
}
} // namespace

QStringList Region::columns() { return names({u"name"}); }
QVariantList Region::values() const { return {name}; }
Region Region::fromValues(const QUuid &id, const QVariantList &v) { return {id, v[0].toString()}; }

QStringList Locality::columns()
{
    return names({u"region_id", u"code", u"name", u"municipality", u"district", u"kind", u"residents"});
}
QVariantList Locality::values() const
{
    return {db::id(regionId), code, name, municipality, district, db::text(kind), db::integer(residents)};
}
Locality Locality::fromValues(const QUuid &id, const QVariantList &v)
{
    return {id,           db::toId(v[0]),       v[1].toString(), v[2].toString(), v[3].toString(),
            v[4].toString(), v[5].toString(), db::toInteger(v[6])};
}

QStringList Provider::columns() { return names({u"region_id", u"name", u"ico", u"services"}); }
QVariantList Provider::values() const { return {db::id(regionId), name, db::text(ico), db::codeList(services)}; }
Provider Provider::fromValues(const QUuid &id, const QVariantList &v)
{
    return {id, db::toId(v[0]), v[1].toString(), v[2].toString(), db::toCodeList(v[3])};
}

QStringList Worker::columns()
{
    return names({u"provider_id", u"name", u"replica_id", u"role", u"active_from", u"active_to"});
}
QVariantList Worker::values() const
{
    return {db::id(providerId), name, db::id(replicaId), role, db::date(activeFrom), db::date(activeTo)};
}
Worker Worker::fromValues(const QUuid &id, const QVariantList &v)
{
    return {id, db::toId(v[0]), v[1].toString(), db::toId(v[2]), v[3].toString(), db::toDate(v[4]), db::toDate(v[5])};
}
bool Worker::isActiveOn(const QDate &day) const
{
    return (!activeFrom.isValid() || activeFrom <= day) && (!activeTo.isValid() || day <= activeTo);
}

QStringList Installation::columns() { return names({u"worker_id", u"name"}); }
QVariantList Installation::values() const { return {db::id(workerId), name}; }
Installation Installation::fromValues(const QUuid &id, const QVariantList &v)
{
    return {id, db::toId(v[0]), v[1].toString()};
}

QStringList AcceptedChange::columns() { return names({u"change_replica", u"change_hlc"}); }
QVariantList AcceptedChange::values() const { return {changeReplica, changeHlc}; }
AcceptedChange AcceptedChange::fromValues(const QUuid &id, const QVariantList &v)
{
    return {id, v[0].toByteArray(), v[1].toLongLong()};
}

QStringList ClockClamp::columns() { return names({u"clamped_replica", u"clamp_hlc", u"through_hlc"}); }
QVariantList ClockClamp::values() const { return {clampedReplica, clampHlc, throughHlc}; }
ClockClamp ClockClamp::fromValues(const QUuid &id, const QVariantList &v)
{
    return {id, v[0].toByteArray(), v[1].toLongLong(), v[2].toLongLong()};
}

QStringList Household::columns() { return names({u"label"}); }
QVariantList Household::values() const { return {label}; }
Household Household::fromValues(const QUuid &id, const QVariantList &v) { return {id, v[0].toString()}; }

QString Client::displayName() const
{
    if (givenName.isEmpty() && familyName.isEmpty())
        return alias;
    return familyName + QLatin1Char(' ') + givenName;
}

// consent_on and consent_scope hold the one consent older versions kept. They stay
// columns of the client, synced, because installations not yet updated still write
// them and a bundle of theirs must merge as before; this version no longer writes
// them (a client's consents are Consent records), and what they hold becomes the
// client's first record (ConsentRepository::deriveFromClientColumns).
QStringList Client::columns()
{
    return names({u"given_name", u"family_name", u"alias", u"birth_year", u"gender", u"locality_id", u"household_id",
                  u"worker_id", u"phone", u"consent_on", u"consent_scope", u"notes"});
}
QVariantList Client::values() const
{
    return {givenName, familyName, db::text(alias), db::integer(birthYear), db::text(gender),
            db::id(localityId), db::id(householdId), db::id(workerId), db::text(phone),
            db::date(consentOn), db::text(consentScope), db::text(notes)};
}
Client Client::fromValues(const QUuid &id, const QVariantList &v)
{
    Client c;
    c.id = id;
    c.givenName = v[0].toString();
    c.familyName = v[1].toString();
    c.alias = v[2].toString();
    c.birthYear = db::toInteger(v[3]);
    c.gender = v[4].toString();
    c.localityId = db::toId(v[5]);
    c.householdId = db::toId(v[6]);
    c.workerId = db::toId(v[7]);
    c.phone = v[8].toString();
    c.consentOn = db::toDate(v[9]);
    c.consentScope = v[10].toString();
    c.notes = v[11].toString();
    return c;
}

QStringList Cooperation::columns() { return names({u"client_id", u"start_on", u"end_on", u"end_reason"}); }
QVariantList Cooperation::values() const
{
    return {db::id(clientId), db::date(startOn), db::date(endOn), db::text(endReason)};
}
Cooperation Cooperation::fromValues(const QUuid &id, const QVariantList &v)
{
    return {id, db::toId(v[0]), db::toDate(v[1]), db::toDate(v[2]), v[3].toString()};
}

QStringList Consent::columns()
{
    return names({u"client_id", u"recorded_on", u"action", u"scope", u"note", u"worker_id"});
}
QVariantList Consent::values() const
{
    return {db::id(clientId), db::date(recordedOn), action, scope, db::text(note), db::id(workerId)};
}
Consent Consent::fromValues(const QUuid &id, const QVariantList &v)
{
    return {id, db::toId(v[0]), db::toDate(v[1]), v[2].toString(), v[3].toString(), v[4].toString(), db::toId(v[5])};
}

bool Need::isOpen() const { return Codes::isOpenNeedStatus(status); }
QStringList Need::columns()
{
    return names({u"client_id", u"area", u"intensity", u"priority", u"identified_on", u"status", u"closed_on",
                  u"outcome"});
}
QVariantList Need::values() const
{
    return {db::id(clientId), area, intensity, priority, db::date(identifiedOn), status, db::date(closedOn),
            db::text(outcome)};
}
Need Need::fromValues(const QUuid &id, const QVariantList &v)
{
    Need n;
    n.id = id;
    n.clientId = db::toId(v[0]);
    n.area = v[1].toString();
    n.intensity = v[2].toInt();
    n.priority = v[3].toInt();
    n.identifiedOn = db::toDate(v[4]);
    n.status = v[5].toString();
    n.closedOn = db::toDate(v[6]);
    n.outcome = v[7].toString();
    return n;
}

QStringList Goal::columns()
{
    return names({u"need_id", u"text", u"horizon", u"target_on", u"status", u"achieved_on"});
}
QVariantList Goal::values() const
{
    return {db::id(needId), text, horizon, db::date(targetOn), status, db::date(achievedOn)};
}
Goal Goal::fromValues(const QUuid &id, const QVariantList &v)
{
    return {id, db::toId(v[0]), v[1].toString(), v[2].toString(), db::toDate(v[3]), v[4].toString(),
            db::toDate(v[5])};
}

QStringList Step::columns()
{
    return names({u"goal_id", u"text", u"responsible", u"due_on", u"done_on", u"partner_id"});
}
QVariantList Step::values() const
{
    return {db::id(goalId), text, responsible, db::date(dueOn), db::date(doneOn), db::id(partnerId)};
}
Step Step::fromValues(const QUuid &id, const QVariantList &v)
{
    return {id, db::toId(v[0]), v[1].toString(), v[2].toString(), db::toDate(v[3]), db::toDate(v[4]),
            db::toId(v[5])};
}

QStringList ClientView::columns() { return names({u"client_id", u"kind"}); }
QVariantList ClientView::values() const { return {db::id(clientId), kind}; }
ClientView ClientView::fromValues(const QUuid &id, const QVariantList &v)
{
    return {id, db::toId(v[0]), v[1].toString()};
}

QStringList Contact::columns()
{
    return names({u"client_id", u"worker_id", u"contact_on", u"minutes", u"place", u"note"});
}
QVariantList Contact::values() const
{
    return {db::id(clientId), db::id(workerId), db::date(contactOn), minutes, place, db::text(note)};
}
Contact Contact::fromValues(const QUuid &id, const QVariantList &v)
{
    Contact c;
    c.id = id;
    c.clientId = db::toId(v[0]);
    c.workerId = db::toId(v[1]);
    c.contactOn = db::toDate(v[2]);
    c.minutes = v[3].toInt();
    c.place = v[4].toString();
    c.note = v[5].toString();
    return c;
}

QStringList Partner::columns()
{
    return names({u"kind", u"name", u"locality_id", u"retired_on", u"merged_into"});
}
QVariantList Partner::values() const
{
    return {kind, name, db::id(localityId), db::date(retiredOn), db::id(mergedInto)};
}
Partner Partner::fromValues(const QUuid &id, const QVariantList &v)
{
    return {id, v[0].toString(), v[1].toString(), db::toId(v[2]), db::toDate(v[3]), db::toId(v[4])};
}

QStringList ContactPartner::columns() { return names({u"contact_id", u"partner_id"}); }
QVariantList ContactPartner::values() const { return {db::id(contactId), db::id(partnerId)}; }
ContactPartner ContactPartner::fromValues(const QUuid &id, const QVariantList &v)
{
    return {id, db::toId(v[0]), db::toId(v[1])};
}

QStringList ContactParticipant::columns() { return names({u"contact_id", u"client_id"}); }
QVariantList ContactParticipant::values() const { return {db::id(contactId), db::id(clientId)}; }
ContactParticipant ContactParticipant::fromValues(const QUuid &id, const QVariantList &v)
{
    return {id, db::toId(v[0]), db::toId(v[1])};
}

QStringList GroupActivity::columns()
{
    return names({u"kind", u"held_on", u"minutes", u"place", u"locality_id", u"participants", u"note", u"worker_id"});
}
QVariantList GroupActivity::values() const
{
    return {kind, db::date(heldOn), minutes, place, db::id(localityId), participants, db::text(note), db::id(workerId)};
}
GroupActivity GroupActivity::fromValues(const QUuid &id, const QVariantList &v)
{
    GroupActivity a;
    a.id = id;
    a.kind = v[0].toString();
    a.heldOn = db::toDate(v[1]);
    a.minutes = v[2].toInt();
    a.place = v[3].toString();
    a.localityId = db::toId(v[4]);
    a.participants = v[5].toInt();
    a.note = v[6].toString();
    a.workerId = db::toId(v[7]);
    return a;
}

QStringList GroupActivityClient::columns() { return names({u"activity_id", u"client_id"}); }
QVariantList GroupActivityClient::values() const { return {db::id(activityId), db::id(clientId)}; }
GroupActivityClient GroupActivityClient::fromValues(const QUuid &id, const QVariantList &v)
{
    return {id, db::toId(v[0]), db::toId(v[1])};
}

QStringList AnonymousContact::columns()
{
    return names({u"contact_on", u"minutes", u"place", u"locality_id", u"interventions", u"persons", u"note",
                  u"worker_id"});
}
QVariantList AnonymousContact::values() const
{
    return {db::date(contactOn), minutes, place, db::id(localityId), db::codeList(interventions), persons,
            db::text(note), db::id(workerId)};
}
AnonymousContact AnonymousContact::fromValues(const QUuid &id, const QVariantList &v)
{
    AnonymousContact c;
    c.id = id;
    c.contactOn = db::toDate(v[0]);
    c.minutes = v[1].toInt();
    c.place = v[2].toString();
    c.localityId = db::toId(v[3]);
    c.interventions = db::toCodeList(v[4]);
    c.persons = v[5].toInt();
    c.note = v[6].toString();
    c.workerId = db::toId(v[7]);
    return c;
}

QStringList Target::columns() { return names({u"indicator", u"year", u"locality_id", u"provider_id", u"value"}); }
QVariantList Target::values() const
{
    return {indicator, year, db::id(localityId), db::id(providerId), value};
}
Target Target::fromValues(const QUuid &id, const QVariantList &v)
{
    return {id, v[0].toString(), v[1].toInt(), db::toId(v[2]), db::toId(v[3]), v[4].toDouble()};
}

} // namespace teren
