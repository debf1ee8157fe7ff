#include "PersonalRecord.h"

#include "changes/EntityTable.h"
#include "domain/Codes.h"
#include "domain/Error.h"
#include "store/ConsentRepository.h"
#include "store/HistoryFormat.h"
#include "store/PartnerRepository.h"
#include "store/Repositories.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace teren {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// A code as stored, with its label in the language of the export.
QJsonValue codeValue(const QString &code, const QString &label)
{
    if (code.isEmpty())
        return QJsonValue();
    return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("label"), label}};
}

void addName(QStringList &names, const QString &name)
{
    if (!name.isEmpty() && !names.contains(name))
        names.append(name);
}

QJsonObject personJson(const PersonalRecord &record)
{
    const Client &client = record.client;
    return {
        {QStringLiteral("id"), idText(client.id)},
        {QStringLiteral("given_name"), textValue(client.givenName)},
        {QStringLiteral("family_name"), textValue(client.familyName)},
        {QStringLiteral("alias"), textValue(client.alias)},
        {QStringLiteral("birth_year"), client.birthYear ? QJsonValue(*client.birthYear) : QJsonValue()},
        {QStringLiteral("gender"), codeValue(client.gender, Codes::genderLabel(client.gender))},
        {QStringLiteral("locality"), textValue(record.localityName)},
        {QStringLiteral("household"), textValue(record.householdLabel)},
        {QStringLiteral("phone"), textValue(client.phone)},
        {QStringLiteral("consent_in_force"), record.consentInForce},
        {QStringLiteral("notes"), textValue(client.notes)},
        {QStringLiteral("worker"), textValue(record.workerName)},
    };
}

QJsonArray consentsJson(const PersonalRecord &record)
{
    QJsonArray array;
    for (const Consent &consent : record.consents) {
        array.append(QJsonObject{
            {QStringLiteral("id"), idText(consent.id)},
            {QStringLiteral("recorded_on"), dateValue(consent.recordedOn)},
            {QStringLiteral("action"), codeValue(consent.action, Codes::consentActionLabel(consent.action))},
            {QStringLiteral("scope"), codeValue(consent.scope, Codes::consentScopeLabel(consent.scope))},
            {QStringLiteral("note"), textValue(consent.note)},
            {QStringLiteral("recorded_by"), textValue(record.consentRecorders.value(consent.workerId))},
        });
    }
    return array;
}

QJsonArray cooperationsJson(const PersonalRecord &record)
{
    QJsonArray array;
    for (const PersonalRecord::Period &period : record.cooperations) {
        const Cooperation &cooperation = period.cooperation;
        array.append(QJsonObject{
            {QStringLiteral("id"), idText(cooperation.id)},
            {QStringLiteral("start_on"), dateValue(cooperation.startOn)},
            {QStringLiteral("end_on"), dateValue(cooperation.endOn)},
            {QStringLiteral("end_reason"), codeValue(cooperation.endReason, period.endReasonLabel)},
        });
    }
    return array;
}

QJsonObject partnerJson(const PersonalRecord &record, const QUuid &partnerId)
{
    return {{QStringLiteral("id"), idText(partnerId)}, {QStringLiteral("name"), record.partnerNames.value(partnerId)}};
}

QJsonArray stepsJson(const PersonalRecord &record, const QList<Step> &steps)
{
    QJsonArray array;
    for (const Step &step : steps) {
        QJsonObject object{
            {QStringLiteral("id"), idText(step.id)},
            {QStringLiteral("text"), step.text},
            {QStringLiteral("responsible"), codeValue(step.responsible, Codes::responsibleLabel(step.responsible))},
            {QStringLiteral("due_on"), dateValue(step.dueOn)},
            {QStringLiteral("done_on"), dateValue(step.doneOn)},
        };
        if (!step.partnerId.isNull())
            object.insert(QStringLiteral("partner"), partnerJson(record, step.partnerId));
        array.append(object);
    }
    return array;
}

QJsonArray needsJson(const PersonalRecord &record)
{
    QJsonArray array;
    for (const PersonalRecord::CardNeed &cardNeed : record.needs) {
        const Need &need = cardNeed.need;
        QJsonArray goals;
        for (const PersonalRecord::PlannedGoal &planned : cardNeed.goals) {
            const Goal &goal = planned.goal;
            goals.append(QJsonObject{
                {QStringLiteral("id"), idText(goal.id)},
                {QStringLiteral("text"), goal.text},
                {QStringLiteral("horizon"), codeValue(goal.horizon, Codes::horizonLabel(goal.horizon))},
                {QStringLiteral("target_on"), dateValue(goal.targetOn)},
                {QStringLiteral("status"), codeValue(goal.status, Codes::goalStatusLabel(goal.status))},
                {QStringLiteral("achieved_on"), dateValue(goal.achievedOn)},
                {QStringLiteral("steps"), stepsJson(record, planned.steps)},
            });
        }
        array.append(QJsonObject{
            {QStringLiteral("id"), idText(need.id)},
            {QStringLiteral("area"), codeValue(need.area, cardNeed.areaLabel)},
            {QStringLiteral("intensity"), need.intensity},
            {QStringLiteral("priority"), need.isOpen() ? QJsonValue(need.priority) : QJsonValue()},
            {QStringLiteral("identified_on"), dateValue(need.identifiedOn)},
            {QStringLiteral("status"), codeValue(need.status, Codes::needStatusLabel(need.status))},
            {QStringLiteral("closed_on"), dateValue(need.closedOn)},
            {QStringLiteral("outcome"), codeValue(need.outcome, cardNeed.outcomeLabel)},
            {QStringLiteral("goals"), goals},
        });
    }
    return array;
}

QJsonArray contactsJson(const PersonalRecord &record)
{
    QJsonArray array;
    for (const PersonalRecord::Visit &visit : record.contacts) {
        const Contact &contact = visit.contact;
        QJsonArray interventions;
        for (qsizetype i = 0; i < contact.interventions.size(); ++i)
            interventions.append(codeValue(contact.interventions.at(i), visit.interventionLabels.value(i)));
        // The needs the contact touched, by their id in "needs".
        QJsonArray needs;
        for (qsizetype i = 0; i < contact.needIds.size(); ++i)
            needs.append(QJsonObject{{QStringLiteral("id"), idText(contact.needIds.at(i))},
                                     {QStringLiteral("area"), visit.needAreaLabels.value(i)}});
        QJsonObject object{
            {QStringLiteral("id"), idText(contact.id)},
            {QStringLiteral("contact_on"), dateValue(contact.contactOn)},
            {QStringLiteral("minutes"), contact.minutes},
            {QStringLiteral("place"), codeValue(contact.place, Codes::placeLabel(contact.place))},
            {QStringLiteral("worker"), textValue(visit.workerName)},
            {QStringLiteral("interventions"), interventions},
            {QStringLiteral("needs"), needs},
            {QStringLiteral("note"), textValue(contact.note)},
        };
        if (!contact.partnerIds.isEmpty()) {
            QJsonArray partners;
            for (const QUuid &partnerId : contact.partnerIds)
                partners.append(partnerJson(record, partnerId));
            object.insert(QStringLiteral("partners"), partners);
        }
        array.append(object);
    }
    return array;
}

} // namespace

PersonalRecord PersonalRecord::of(Store &store, const QUuid &clientId)
{
    const std::optional<Client> found = ClientRepository(store).find(clientId);
    if (!found)
        throw Error(tr("This file holds no person with the id %1 (or their data was erased).").arg(idText(clientId)));
    PersonalRecord record;
    record.client = *found;
    record.madeAt = store.clock().now();
    DirectoryRepository directory(store);
    const Codelists &codes = store.codelists();
    record.madeBy = directory.workerName(store.currentWorker());
    if (const std::optional<Locality> locality = directory.locality(record.client.localityId))
        record.localityName = locality->name;
    if (const std::optional<Household> household =
            EntityTable<Household>::find(store.database(), record.client.householdId))
        record.householdLabel = household->label;
    record.workerName = directory.workerName(record.client.workerId);
    addName(record.workerNames, record.workerName);

    ConsentRepository consents(store);
    record.consents = consents.forClient(clientId);
    record.consentInForce = consents.inForce(clientId);
    for (const Consent &consent : std::as_const(record.consents)) {
        const QString name = directory.workerName(consent.workerId);
        record.consentRecorders.insert(consent.workerId, name);
        addName(record.workerNames, name);
    }

    for (const Cooperation &cooperation : CooperationRepository(store).forClient(clientId))
        record.cooperations.append({cooperation, codes.endReasonLabel(cooperation.endReason)});

    PlanRepository plans(store);
    QHash<QUuid, QString> needAreas;
    for (const Need &need : NeedRepository(store).forClient(clientId)) {
        CardNeed cardNeed{need, codes.areaLabel(need.area), codes.outcomeLabel(need.area, need.outcome), {}};
        for (const Goal &goal : plans.goalsForNeed(need.id))
            cardNeed.goals.append({goal, plans.stepsForGoal(goal.id)});
        needAreas.insert(need.id, cardNeed.areaLabel);
        record.needs.append(cardNeed);
    }

    for (const Contact &contact : ContactRepository(store).forClient(clientId)) {
        Visit visit{contact, directory.workerName(contact.workerId), {}, {}};
        for (const QString &code : contact.interventions)
            visit.interventionLabels.append(codes.interventionLabel(code));
        for (const QUuid &needId : contact.needIds)
            visit.needAreaLabels.append(needAreas.value(needId));
        addName(record.workerNames, visit.workerName);
        record.contacts.append(visit);
    }

    PartnerRepository partners(store);
    const auto namePartner = [&](const QUuid &partnerId) {
        if (const std::optional<Partner> partner = partners.find(partners.resolved(partnerId)))
            record.partnerNames.insert(partnerId, partner->name);
    };
    for (const CardNeed &cardNeed : std::as_const(record.needs))
        for (const PlannedGoal &planned : cardNeed.goals)
            for (const Step &step : planned.steps)
                if (!step.partnerId.isNull())
                    namePartner(step.partnerId);
    for (const Visit &visit : std::as_const(record.contacts))
        for (const QUuid &partnerId : visit.contact.partnerIds)
            namePartner(partnerId);

    record.history = ClientHistory(store).ofClient(clientId);
    for (const HistoryEntry &entry : std::as_const(record.history))
        if (entry.kind == HistoryEntry::Kind::Change)
            addName(record.workerNames, entry.authorName);
    return record;
}

QJsonObject PersonalRecord::toJson() const
{
    return {
        {QStringLiteral("format"), QStringLiteral("teren-access-1")},
        {QStringLiteral("made_at"), madeAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("made_by"), textValue(madeBy)},
        {QStringLiteral("person"), personJson(*this)},
        {QStringLiteral("consents"), consentsJson(*this)},
        {QStringLiteral("cooperations"), cooperationsJson(*this)},
        {QStringLiteral("needs"), needsJson(*this)},
        {QStringLiteral("contacts"), contactsJson(*this)},
        {QStringLiteral("workers"), QJsonArray::fromStringList(workerNames)},
        {QStringLiteral("history"), QJsonDocument::fromJson(HistoryFormat::toJson(history)).array()},
    };
}

QString PersonalRecord::fileStem() const
{
    QString name = client.displayName().simplified();
    // Letters with diacritics stay; what a file name cannot hold goes.
    for (QChar &c : name)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    if (name.isEmpty())
        name = idText(client.id).left(8);
    return name + QLatin1Char('-') + madeAt.date().toString(Qt::ISODate);
}

} // namespace teren
