#include "HistoryValues.h"

#include "Repositories.h"
#include "Store.h"

#include "domain/Codes.h"
#include "domain/SchemaRegistry.h"
#include "domain/Values.h"
#include "i18n/Dates.h"
#include "storage/Database.h"

namespace teren {

namespace {

const QString deletedField = QStringLiteral("deleted");
const QString needIdsField = QStringLiteral("need_ids");
const QString viewTable = QStringLiteral("client_view");

QUuid uuidOf(const QVariant &value)
{
    return QUuid::fromRfc4122(value.toByteArray());
}

QString shortened(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > 60 ? line.left(59) + QChar(0x2026) : line;
}

} // namespace

HistoryValues::HistoryValues(Store &store)
    : m_store(store)
{
}

// The label of a column in words, in the current language.
QString HistoryValues::fieldLabel(const QString &entity, const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("given_name"), QT_TRANSLATE_NOOP("ClientHistory", "Given name")},
        {QStringLiteral("family_name"), QT_TRANSLATE_NOOP("ClientHistory", "Family name")},
        {QStringLiteral("alias"), QT_TRANSLATE_NOOP("ClientHistory", "Alias")},
        {QStringLiteral("birth_year"), QT_TRANSLATE_NOOP("ClientHistory", "Year of birth")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("ClientHistory", "Gender")},
        {QStringLiteral("locality_id"), QT_TRANSLATE_NOOP("ClientHistory", "Locality")},
        {QStringLiteral("household_id"), QT_TRANSLATE_NOOP("ClientHistory", "Household")},
        {QStringLiteral("worker_id"), QT_TRANSLATE_NOOP("ClientHistory", "Worker")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("ClientHistory", "Phone")},
        {QStringLiteral("consent_on"), QT_TRANSLATE_NOOP("ClientHistory", "Consent given on")},
        {QStringLiteral("consent_scope"), QT_TRANSLATE_NOOP("ClientHistory", "Consent scope")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("ClientHistory", "Notes")},
        {QStringLiteral("merged_into"), QT_TRANSLATE_NOOP("ClientHistory", "Merged into")},
        {QStringLiteral("deleted"), QT_TRANSLATE_NOOP("ClientHistory", "Record")},
        {QStringLiteral("start_on"), QT_TRANSLATE_NOOP("ClientHistory", "Start")},
        {QStringLiteral("end_on"), QT_TRANSLATE_NOOP("ClientHistory", "End")},
        {QStringLiteral("end_reason"), QT_TRANSLATE_NOOP("ClientHistory", "Reason for ending")},
        {QStringLiteral("area"), QT_TRANSLATE_NOOP("ClientHistory", "Area")},
        {QStringLiteral("intensity"), QT_TRANSLATE_NOOP("ClientHistory", "Intensity")},
        {QStringLiteral("priority"), QT_TRANSLATE_NOOP("ClientHistory", "Priority")},
        {QStringLiteral("identified_on"), QT_TRANSLATE_NOOP("ClientHistory", "Identified on")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("ClientHistory", "Status")},
        {QStringLiteral("closed_on"), QT_TRANSLATE_NOOP("ClientHistory", "Closed on")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("ClientHistory", "Outcome")},
        {QStringLiteral("horizon"), QT_TRANSLATE_NOOP("ClientHistory", "Horizon")},
        {QStringLiteral("target_on"), QT_TRANSLATE_NOOP("ClientHistory", "Target date")},
        {QStringLiteral("achieved_on"), QT_TRANSLATE_NOOP("ClientHistory", "Achieved on")},
        {QStringLiteral("responsible"), QT_TRANSLATE_NOOP("ClientHistory", "Responsible")},
        {QStringLiteral("due_on"), QT_TRANSLATE_NOOP("ClientHistory", "Due date")},
        {QStringLiteral("done_on"), QT_TRANSLATE_NOOP("ClientHistory", "Done on")},
        {QStringLiteral("contact_on"), QT_TRANSLATE_NOOP("ClientHistory", "Date")},
        {QStringLiteral("minutes"), QT_TRANSLATE_NOOP("ClientHistory", "Minutes")},
        {QStringLiteral("place"), QT_TRANSLATE_NOOP("ClientHistory", "Place")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("ClientHistory", "Note")},
        {QStringLiteral("interventions"), QT_TRANSLATE_NOOP("ClientHistory", "Interventions")},
        {QStringLiteral("need_ids"), QT_TRANSLATE_NOOP("ClientHistory", "Needs")},
        {QStringLiteral("partner_id"), QT_TRANSLATE_NOOP("ClientHistory", "Partner")},
    };
    if (field == u"text")
        return entity == u"step" ? tr("Step") : tr("Goal");
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

QString HistoryValues::viewLabel(const QString &kind)
{
    if (kind == u"export")
        return tr("Data exported");
    if (kind == u"plan")
        return tr("Individual plan printed");
    return tr("Card opened");
}

QHash<QString, QVariant> HistoryValues::rowValues(const QString &entity, const QVariant &key)
{
    QHash<QString, QVariant> values;
    const TableSpec *spec = SchemaRegistry::find(entity);
    if (!spec)
        return values;
    const QStringList columns = spec->columnNames();
    Query &query = m_store.database().cached(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QStringLiteral(", ")), entity));
    query.bind(0, key).exec();
    if (query.next()) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            values.insert(columns.at(i), query.value(static_cast<int>(i)));
    }
    query.finish();
    return values;
}

QString HistoryValues::record(const QString &entity, const QHash<QString, QVariant> &row)
{
    if (entity == u"client")
        return tr("Profile");
    if (entity == u"cooperation")
        return tr("Cooperation from %1").arg(Dates::shortDate(db::toDate(row.value(QStringLiteral("start_on")))));
    if (entity == u"need")
        return tr("Need: %1").arg(m_store.codelists().areaLabel(row.value(QStringLiteral("area")).toString()));
    if (entity == u"goal" || entity == u"step") {
        const QString typed = shortened(row.value(QStringLiteral("text")).toString());
        if (typed.isEmpty())
            return entity == u"goal" ? tr("Goal") : tr("Step");
        return entity == u"goal" ? tr("Goal: %1").arg(typed) : tr("Step: %1").arg(typed);
    }
    if (entity == u"contact")
        return tr("Contact on %1").arg(Dates::shortDate(db::toDate(row.value(QStringLiteral("contact_on")))));
    if (entity == viewTable)
        return tr("Views");
    if (entity == u"contact_partner")
        return tr("Partner involved in a contact");
    if (entity == u"contact_participant")
        return tr("Linked to a group contact");
    if (entity == u"group_activity_client")
        return tr("Named at a group activity");
    return entity;
}

QString HistoryValues::text(const QString &entity, const QString &field, const QVariant &value,
                            const QHash<QString, QVariant> &row)
{
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
        return {};
    const QString stored = value.toString();
    const Codelists &codelists = m_store.codelists();
    if (field == deletedField) {
        const int deleted = value.toInt();
        return deleted == 2 ? tr("erased") : deleted == 1 ? tr("deleted") : tr("active");
    }
    if (field.endsWith(QStringLiteral("_on")))
        return Dates::shortDate(QDate::fromString(stored, Qt::ISODate));
    if (field == u"gender")
        return Codes::genderLabel(stored);
    if (field == u"status")
        return entity == u"goal" ? Codes::goalStatusLabel(stored) : Codes::needStatusLabel(stored);
    if (field == u"horizon")
        return Codes::horizonLabel(stored);
    if (field == u"responsible")
        return Codes::responsibleLabel(stored);
    if (field == u"place")
        return Codes::placeLabel(stored);
    if (field == u"area")
        return codelists.areaLabel(stored);
    if (field == u"outcome")
        return codelists.outcomeLabel(row.value(QStringLiteral("area")).toString(), stored);
    if (field == u"end_reason")
        return codelists.endReasonLabel(stored);
    if (field == u"interventions") {
        QStringList labels;
        for (const QString &code : stored.split(u';', Qt::SkipEmptyParts))
            labels.append(codelists.interventionLabel(code));
        return labels.join(QStringLiteral(", "));
    }
    if (field == needIdsField) {
        QStringList labels;
        for (const QString &id : stored.split(u';', Qt::SkipEmptyParts))
            labels.append(needLabel(QUuid::fromString(id)));
        return labels.join(QStringLiteral(", "));
    }
    DirectoryRepository directory(m_store);
    if (field == u"worker_id")
        return workerName(value.toByteArray());
    if (field == u"locality_id") {
        const std::optional<Locality> locality = directory.locality(uuidOf(value));
        return locality ? locality->name : uuidOf(value).toString(QUuid::WithoutBraces);
    }
    if (field == u"household_id") {
        const QHash<QString, QVariant> household = rowValues(QStringLiteral("household"), value);
        const QString label = household.value(QStringLiteral("label")).toString();
        return label.isEmpty() ? tr("a household") : label;
    }
    if (field == u"partner_id") {
        const QString name = rowValues(QStringLiteral("partner"), value).value(QStringLiteral("name")).toString();
        return name.isEmpty() ? uuidOf(value).toString(QUuid::WithoutBraces) : name;
    }
    if (field == u"merged_into") {
        const QHash<QString, QVariant> other = rowValues(QStringLiteral("client"), value);
        const QString name = QString(other.value(QStringLiteral("family_name")).toString() + u' '
                                     + other.value(QStringLiteral("given_name")).toString())
                                 .trimmed();
        return name.isEmpty() ? uuidOf(value).toString(QUuid::WithoutBraces) : name;
    }
    if (value.typeId() == QMetaType::QByteArray)
        return uuidOf(value).toString(QUuid::WithoutBraces);
    return stored;
}

QString HistoryValues::workerName(const QByteArray &author)
{
    if (author.isEmpty())
        return {};
    const auto cached = m_workers.constFind(author);
    if (cached != m_workers.cend())
        return *cached;
    const QString name = DirectoryRepository(m_store).workerName(uuidOf(author));
    m_workers.insert(author, name);
    return name;
}

QString HistoryValues::installationName(const QByteArray &replica)
{
    const auto cached = m_installations.constFind(replica);
    if (cached != m_installations.cend())
        return *cached;
    const QUuid id = uuidOf(replica);
    QString name;
    if (id == m_store.replicaId())
        name = m_store.replicaName();
    if (name.isEmpty())
        name = rowValues(QStringLiteral("installation"), replica).value(QStringLiteral("name")).toString();
    if (name.isEmpty() && m_installationNames)
        name = m_installationNames(id);
    if (name.isEmpty())
        name = id.isNull() ? tr("the seed") : tr("installation %1").arg(id.toString(QUuid::WithoutBraces).left(8));
    m_installations.insert(replica, name);
    return name;
}

QString HistoryValues::needLabel(const QUuid &needId)
{
    const auto cached = m_needs.constFind(needId);
    if (cached != m_needs.cend())
        return *cached;
    const QString area = rowValues(QStringLiteral("need"), db::id(needId)).value(QStringLiteral("area")).toString();
    const QString label = area.isEmpty() ? needId.toString(QUuid::WithoutBraces) : m_store.codelists().areaLabel(area);
    m_needs.insert(needId, label);
    return label;
}

} // namespace teren
