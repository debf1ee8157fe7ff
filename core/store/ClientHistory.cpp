#include "ClientHistory.h"

#include "Repositories.h"
#include "Store.h"

#include "changes/Authorization.h"
#include "changes/ChangeCodec.h"
#include "changes/ChangeLog.h"
#include "changes/HybridLogicalClock.h"
#include "domain/Codes.h"
#include "domain/SchemaRegistry.h"
#include "domain/Values.h"
#include "i18n/Dates.h"
#include "storage/ClientPath.h"
#include "storage/Database.h"

#include <QCborArray>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace teren {

namespace {

const QString viewTable = QStringLiteral("client_view");
const QString deletedField = QStringLiteral("deleted");
const QString needIdsField = QStringLiteral("need_ids");

// Columns that only say where a row sits or how it syncs: never a line of history.
bool isBookkeeping(const QString &entity, const QString &field)
{
    static const QSet<QString> technical = {QStringLiteral("id"), QStringLiteral("hlc"), QStringLiteral("replica"),
                                            QStringLiteral("author")};
    if (technical.contains(field) || ChangeRecord::isMarker(field))
        return true;
    const TableSpec *spec = SchemaRegistry::find(entity);
    return spec && field == spec->parentColumn;
}

QByteArray stampKey(const Stamp &stamp)
{
    return stamp.replica + QByteArray::number(stamp.hlc);
}

QByteArray basedKey(const QString &field, const Stamp &stamp)
{
    return field.toUtf8() + '|' + stampKey(stamp);
}

QUuid uuidOf(const QVariant &value)
{
    return QUuid::fromRfc4122(value.toByteArray());
}

// The label of a column in words, in the current language.
QString fieldLabel(const QString &entity, const QString &field)
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
    };
    if (field == u"text")
        return entity == u"step" ? ClientHistory::tr("Step") : ClientHistory::tr("Goal");
    const char *label = labels.value(field);
    return label ? ClientHistory::tr(label) : field;
}

QString viewLabel(const QString &kind)
{
    return kind == u"export" ? ClientHistory::tr("Data exported") : ClientHistory::tr("Card opened");
}

// A value of the change log as the row would hold it: a list as "a;b", bytes as bytes.
QVariant storedValue(const QCborValue &value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QCborValue &item : value.toArray())
            items.append(item.isByteArray() ? uuidOf(item.toByteArray()).toString(QUuid::WithoutBraces)
                                            : item.toVariant().toString());
        return items.join(u';');
    }
    return ChangeCodec::toVariant(value);
}

// The ids of the need and the goal a row of the path hangs under (NULL where none).
QString needAndGoal(const ClientPath &path)
{
    return QStringLiteral("%1, %2").arg(
        path.chain.contains(QStringLiteral("need")) ? QStringLiteral("need.id") : QStringLiteral("NULL"),
        path.chain.contains(QStringLiteral("goal")) ? QStringLiteral("goal.id") : QStringLiteral("NULL"));
}

QString shortened(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > 60 ? line.left(59) + QChar(0x2026) : line;
}

} // namespace

QString HistoryEntry::note() const
{
    if (!refusal.isEmpty())
        return ClientHistory::tr("refused: %1").arg(refusal);
    if (lostInMerge)
        return ClientHistory::tr("lost in merge to %1").arg(lostTo);
    return {};
}

ClientHistory::ClientHistory(Store &store)
    : m_store(store)
{
}

QList<ClientHistory::Row> ClientHistory::rowsOf(const QUuid &clientId)
{
    QList<Row> rows;
    Database &db = m_store.database();
    for (const QString &table : ClientPath::tables()) {
        const ClientPath path = ClientPath::of(table);
        Query query = db.prepare(QStringLiteral("SELECT %1.id, %2 FROM %3 WHERE %4 = ?")
                                     .arg(table, needAndGoal(path), path.from, path.client));
        query.bind(0, db::id(clientId)).exec();
        while (query.next())
            rows.append({table, query.value(0), clientId, db::toId(query.value(1)), db::toId(query.value(2))});
    }
    return rows;
}

std::optional<ClientHistory::Row> ClientHistory::rowOf(const QString &entity, const QVariant &key)
{
    if (!ClientPath::tables().contains(entity))
        return std::nullopt;
    const ClientPath path = ClientPath::of(entity);
    Query &query = m_store.database().cached(
        QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4.id = ?").arg(path.client, needAndGoal(path), path.from, entity));
    query.bind(0, key).exec();
    std::optional<Row> row;
    if (query.next())
        row = Row{entity, key, db::toId(query.value(0)), db::toId(query.value(1)), db::toId(query.value(2))};
    query.finish();
    return row;
}

bool ClientHistory::knowsClient(const QUuid &clientId)
{
    return !currentValues(QStringLiteral("client"), db::id(clientId)).isEmpty();
}

QList<HistoryEntry> ClientHistory::ofClient(const QUuid &clientId)
{
    QList<HistoryEntry> entries;
    for (const Row &row : rowsOf(clientId))
        addRow(row, entries);
    std::stable_sort(entries.begin(), entries.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return b.stamp < a.stamp; });
    return entries;
}

QList<HistoryEntry> ClientHistory::between(const QDate &from, const QDate &to)
{
    const qint64 first = HybridLogicalClock::fromMs(from.startOfDay().toMSecsSinceEpoch());
    const qint64 last = HybridLogicalClock::fromMs(to.addDays(1).startOfDay().toMSecsSinceEpoch()) - 1;
    QList<HistoryEntry> entries;
    for (const auto &[entity, key] : changelog::rowsStampedBetween(m_store.database(), first, last)) {
        if (const std::optional<Row> row = rowOf(entity, key))
            addRow(*row, entries);
    }
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [first, last](const HistoryEntry &entry) {
                                     return entry.stamp.hlc < first || entry.stamp.hlc > last;
                                 }),
                  entries.end());
    std::stable_sort(entries.begin(), entries.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.stamp < b.stamp; });
    return entries;
}

QList<HistorySubject> ClientHistory::subjects(const QList<HistoryEntry> &entries)
{
    QList<HistorySubject> result;
    QSet<QUuid> seen;
    // Oldest first, so the filter lists needs, goals and contacts as they were made.
    for (auto entry = entries.crbegin(); entry != entries.crend(); ++entry) {
        std::optional<HistorySubject::Kind> kind;
        if (entry->entity == u"need")
            kind = HistorySubject::Kind::Need;
        else if (entry->entity == u"goal")
            kind = HistorySubject::Kind::Goal;
        else if (entry->entity == u"contact")
            kind = HistorySubject::Kind::Contact;
        if (kind && !seen.contains(entry->rowId)) {
            seen.insert(entry->rowId);
            result.append({*kind, entry->rowId, entry->record});
        }
    }
    return result;
}

QHash<QString, QVariant> ClientHistory::currentValues(const QString &entity, const QVariant &key)
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

// One row's log, read once: its changes, their fold, and what each later change saw.
struct ClientHistory::RowLog
{
    const Row &row;
    QList<ChangeRecord> changes;
    RowFold fold;
    QHash<QString, QVariant> current; // the row as it is now
    QString record;
    QStringList wiped; // the columns its erasure wiped (none when it is not erased)
    QHash<QByteArray, const ChangeRecord *> byStamp;
    QSet<QByteArray> overwritten; // field|stamp: a value a later change saw and wrote over

    const ChangeRecord *at(const Stamp &stamp) const { return stamp.isNull() ? nullptr : byStamp.value(stampKey(stamp)); }
};

void ClientHistory::addRow(const Row &row, QList<HistoryEntry> &entries)
{
    Database &db = m_store.database();
    if (!m_clamps)
        m_clamps = ClockClamps::load(db);
    RowLog log{row, changelog::changesOf(db, row.entity, row.key), {}, {}, {}, {}, {}, {}};
    log.fold.clamps = *m_clamps; // as changelog::fold, from the changes already read
    for (const ChangeRecord &change : std::as_const(log.changes)) {
        if (change.refusal.isEmpty())
            log.fold.add(change);
        log.byStamp.insert(stampKey(change.stamp), &change);
        for (auto base = change.bases.cbegin(); base != change.bases.cend(); ++base)
            log.overwritten.insert(basedKey(base.key().toString(), ChangeCodec::stampFromCbor(base.value())));
    }
    if (row.entity == viewTable && log.fold.erased)
        return; // the views of an erased client went with the client
    if (log.fold.erased)
        log.wiped = SchemaRegistry::wipedOnErasure(row.entity);
    log.current = currentValues(row.entity, row.key);
    log.record = describeRecord(row.entity, log.current);

    const TableSpec *spec = SchemaRegistry::find(row.entity);
    for (const ChangeRecord &change : std::as_const(log.changes)) {
        const HistoryEntry common = entryOf(log, change);
        if (row.entity == viewTable) {
            if (change.op != ChangeRecord::Insert)
                continue;
            HistoryEntry view = common;
            view.kind = HistoryEntry::Kind::View;
            view.field = change.fields.value(QStringLiteral("kind")).toString();
            view.fieldLabel = viewLabel(view.field);
            entries.append(view);
            continue;
        }
        const bool erasing = change.fields.value(deletedField).toInteger() == 2;
        QStringList fields;
        for (const ColumnSpec &column : spec->columns) {
            if (change.fields.contains(column.name))
                fields.append(column.name);
        }
        if (change.fields.contains(needIdsField))
            fields.append(needIdsField);
        for (const QString &field : std::as_const(fields)) {
            if (isBookkeeping(row.entity, field))
                continue;
            const bool wipedField = log.wiped.contains(field);
            if (erasing && wipedField)
                continue; // the erasure itself: one line, the record erased
            const QCborValue written = change.fields.value(field);
            if (change.op == ChangeRecord::Insert && !wipedField
                && (written.isNull() || written.isUndefined() || (written.isArray() && written.toArray().isEmpty())))
                continue; // a new record's empty fields
            HistoryEntry entry = common;
            entry.field = field;
            entry.fieldLabel = fieldLabel(row.entity, field);
            entry.newErased = wipedField;
            if (wipedField) {
                entry.newText = tr("(erased)");
            } else {
                entry.newValue = storedValue(written);
                entry.newText = readable(row.entity, field, entry.newValue, log.current);
            }
            if (change.op != ChangeRecord::Insert)
                setOldValue(entry, log, change);
            setLostInMerge(entry, log, change);
            entries.append(entry);
        }
    }
}

HistoryEntry ClientHistory::entryOf(const RowLog &log, const ChangeRecord &change)
{
    HistoryEntry entry;
    entry.clientId = log.row.clientId;
    entry.entity = log.row.entity;
    entry.rowId = uuidOf(log.row.key);
    entry.needId = entry.entity == u"need" ? entry.rowId : log.row.needId;
    entry.goalId = entry.entity == u"goal" ? entry.rowId : log.row.goalId;
    entry.contactId = entry.entity == u"contact" ? entry.rowId : QUuid();
    entry.record = log.record;
    entry.stamp = change.stamp;
    entry.when = QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::toMs(change.stamp.hlc), QTimeZone::utc());
    entry.author = uuidOf(change.author);
    entry.authorName = workerName(change.author);
    entry.replica = uuidOf(change.stamp.replica);
    entry.installation = installationName(change.stamp.replica);
    entry.refusal = change.refusal.isEmpty() ? QString() : Authorization::describe(change.refusal);
    return entry;
}

void ClientHistory::setOldValue(HistoryEntry &entry, const RowLog &log, const ChangeRecord &change)
{
    // The value the change overwrote is the one its base names.
    const Stamp base = ChangeCodec::stampFromCbor(change.bases.value(entry.field));
    if (entry.field == deletedField && base.isNull()) { // an insert does not log the tombstone
        entry.oldValue = 0;
        entry.oldText = readable(log.row.entity, entry.field, 0, log.current);
    } else if (const ChangeRecord *before = log.at(base)) {
        entry.oldErased = entry.newErased;
        if (entry.oldErased) {
            entry.oldText = tr("(erased)");
        } else {
            entry.oldValue = storedValue(before->fields.value(entry.field));
            entry.oldText = readable(log.row.entity, entry.field, entry.oldValue, log.current);
        }
    }
}

void ClientHistory::setLostInMerge(HistoryEntry &entry, const RowLog &log, const ChangeRecord &change)
{
    // Lost in a merge: not the current value, and no change saw it and wrote over it.
    const QString &field = entry.field;
    const auto now = log.fold.fields.constFind(field);
    if (!change.refusal.isEmpty() || field == needIdsField || now == log.fold.fields.cend()
        || now->stamp == change.stamp || log.overwritten.contains(basedKey(field, change.stamp)))
        return;
    entry.lostInMerge = true;
    // To the concurrent edit made from the same value, or else to what is current.
    const Stamp base = ChangeCodec::stampFromCbor(change.bases.value(field));
    const ChangeRecord *winner = log.at(now->stamp);
    for (const ChangeRecord &other : log.changes) {
        if (other.refusal.isEmpty() && other.stamp != change.stamp && other.fields.contains(field)
            && ChangeCodec::stampFromCbor(other.bases.value(field)) == base && log.fold.isAfter(other.stamp, change.stamp)) {
            winner = &other;
            break;
        }
    }
    if (!winner)
        return;
    const QString value = entry.newErased
        ? tr("(erased)")
        : readable(log.row.entity, field, storedValue(winner->fields.value(field)), log.current);
    entry.lostTo = tr("%1 (%2, %3)", "lost in merge to: the value (who, on which laptop)")
                       .arg(value.isEmpty() ? tr("(empty)") : tr("“%1”", "a quoted value").arg(value),
                            workerName(winner->author), installationName(winner->stamp.replica));
}

QString ClientHistory::describeRecord(const QString &entity, const QHash<QString, QVariant> &row)
{
    if (entity == u"client")
        return tr("Profile");
    if (entity == u"cooperation")
        return tr("Cooperation from %1").arg(Dates::shortDate(db::toDate(row.value(QStringLiteral("start_on")))));
    if (entity == u"need")
        return tr("Need: %1").arg(m_store.codelists().areaLabel(row.value(QStringLiteral("area")).toString()));
    if (entity == u"goal" || entity == u"step") {
        const QString text = shortened(row.value(QStringLiteral("text")).toString());
        if (text.isEmpty())
            return entity == u"goal" ? tr("Goal") : tr("Step");
        return entity == u"goal" ? tr("Goal: %1").arg(text) : tr("Step: %1").arg(text);
    }
    if (entity == u"contact")
        return tr("Contact on %1").arg(Dates::shortDate(db::toDate(row.value(QStringLiteral("contact_on")))));
    if (entity == viewTable)
        return tr("Views");
    return entity;
}

QString ClientHistory::readable(const QString &entity, const QString &field, const QVariant &value,
                                const QHash<QString, QVariant> &row)
{
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
        return {};
    const QString text = value.toString();
    const Codelists &codelists = m_store.codelists();
    if (field == deletedField) {
        const int deleted = value.toInt();
        return deleted == 2 ? tr("erased") : deleted == 1 ? tr("deleted") : tr("active");
    }
    if (field.endsWith(QStringLiteral("_on")))
        return Dates::shortDate(QDate::fromString(text, Qt::ISODate));
    if (field == u"gender")
        return Codes::genderLabel(text);
    if (field == u"status")
        return entity == u"goal" ? Codes::goalStatusLabel(text) : Codes::needStatusLabel(text);
    if (field == u"horizon")
        return Codes::horizonLabel(text);
    if (field == u"responsible")
        return Codes::responsibleLabel(text);
    if (field == u"place")
        return Codes::placeLabel(text);
    if (field == u"area")
        return codelists.areaLabel(text);
    if (field == u"outcome")
        return codelists.outcomeLabel(row.value(QStringLiteral("area")).toString(), text);
    if (field == u"end_reason")
        return codelists.endReasonLabel(text);
    if (field == u"interventions") {
        QStringList labels;
        for (const QString &code : text.split(u';', Qt::SkipEmptyParts))
            labels.append(codelists.interventionLabel(code));
        return labels.join(QStringLiteral(", "));
    }
    if (field == needIdsField) {
        QStringList labels;
        for (const QString &id : text.split(u';', Qt::SkipEmptyParts))
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
        const QHash<QString, QVariant> household = currentValues(QStringLiteral("household"), value);
        const QString label = household.value(QStringLiteral("label")).toString();
        return label.isEmpty() ? tr("a household") : label;
    }
    if (field == u"merged_into") {
        const QHash<QString, QVariant> other = currentValues(QStringLiteral("client"), value);
        const QString name = QString(other.value(QStringLiteral("family_name")).toString() + u' '
                                     + other.value(QStringLiteral("given_name")).toString())
                                 .trimmed();
        return name.isEmpty() ? uuidOf(value).toString(QUuid::WithoutBraces) : name;
    }
    if (value.typeId() == QMetaType::QByteArray)
        return uuidOf(value).toString(QUuid::WithoutBraces);
    return text;
}

QString ClientHistory::workerName(const QByteArray &author)
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

QString ClientHistory::installationName(const QByteArray &replica)
{
    const auto cached = m_installations.constFind(replica);
    if (cached != m_installations.cend())
        return *cached;
    const QUuid id = uuidOf(replica);
    QString name;
    if (id == m_store.replicaId())
        name = m_store.replicaName();
    if (name.isEmpty())
        name = currentValues(QStringLiteral("installation"), replica).value(QStringLiteral("name")).toString();
    if (name.isEmpty() && m_installationNames)
        name = m_installationNames(id);
    if (name.isEmpty())
        name = id.isNull() ? tr("the seed") : tr("installation %1").arg(id.toString(QUuid::WithoutBraces).left(8));
    m_installations.insert(replica, name);
    return name;
}

QString ClientHistory::needLabel(const QUuid &needId)
{
    const auto cached = m_needs.constFind(needId);
    if (cached != m_needs.cend())
        return *cached;
    const QString area = currentValues(QStringLiteral("need"), db::id(needId)).value(QStringLiteral("area")).toString();
    const QString label = area.isEmpty() ? needId.toString(QUuid::WithoutBraces) : m_store.codelists().areaLabel(area);
    m_needs.insert(needId, label);
    return label;
}

} // namespace teren
