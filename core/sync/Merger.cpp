#include "Merger.h"

#include "changes/Authorization.h"
#include "changes/ConflictLog.h"
#include "changes/Erasure.h"
#include "domain/ControlCharacters.h"
#include "domain/Error.h"
#include "domain/SchemaRegistry.h"
#include "storage/ClientPath.h"
#include "storage/NativeStatement.h"
#include "store/ContactLinks.h"
#include "store/Store.h"

#include <QCborArray>
#include <QCborValue>

#include <algorithm>
#include <limits>

namespace teren {

namespace {

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    return a.toString() == b.toString();
}

bool holdsControlCharacter(const QCborValue &value)
{
    if (value.isString())
        return controlcharacters::firstForbidden(value.toString()) >= 0;
    if (value.isArray()) { // a list of codes
        for (const QCborValue item : value.toArray()) {
            if (holdsControlCharacter(item))
                return true;
        }
    }
    return false;
}

} // namespace

const QString Merger::invalidValue = QStringLiteral("invalid_value");
const QString Merger::controlCharacter = QStringLiteral("control_character");

QString Merger::describeRefusal(const QString &refusal)
{
    if (refusal == invalidValue)
        return tr("a value the field does not allow (an unknown code or a wrong kind of value)");
    if (refusal == controlCharacter)
        return tr("text holding a control character (a NUL byte, say), which no text may hold");
    return Authorization::describe(refusal);
}

QString Merger::unstorable(const ChangeRecord &change)
{
    if (change.rowKey.typeId() == QMetaType::QString
        && controlcharacters::firstForbidden(change.rowKey.toString()) >= 0)
        return controlCharacter;
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        if (holdsControlCharacter(it.value()))
            return controlCharacter;
    }
    // The tombstone is read as a number wherever the row is folded: anything else
    // would pass for a live row.
    const QCborValue deleted = change.fields.value(QStringLiteral("deleted"));
    if (!deleted.isUndefined() && (!deleted.isInteger() || deleted.toInteger() < 0 || deleted.toInteger() > 2))
        return invalidValue;
    return {};
}

MergeCounts &MergeCounts::operator+=(const MergeCounts &other)
{
    inserted += other.inserted;
    updated += other.updated;
    unchanged += other.unchanged;
    pending += other.pending;
    conflicts += other.conflicts;
    refused += other.refused;
    for (auto it = other.refusedBy.cbegin(); it != other.refusedBy.cend(); ++it)
        refusedBy[it.key()] += it.value();
    return *this;
}

Merger::Merger(Store &store)
    : m_store(store)
    , m_db(store.database())
    , m_mayHavePending(m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_pending)")).toBool())
    , m_authorization(store.authorization())
    , m_clamps(ClockClamps::load(m_db))
    , m_aheadBound(store.recorder().clock().bound())
{
}

const Merger::Table &Merger::table(const QString &name)
{
    auto it = m_tables.find(name);
    if (it != m_tables.end())
        return *it;
    static const QStringList syncColumns = {QStringLiteral("hlc"), QStringLiteral("replica"),
                                            QStringLiteral("author"), QStringLiteral("deleted")};
    const TableSpec &spec = *SchemaRegistry::find(name);
    Table info;
    info.keyColumns = spec.keyColumns();
    for (const ColumnSpec &column : spec.columns) {
        if (!info.keyColumns.contains(column.name) && !syncColumns.contains(column.name))
            info.valueColumns.append(column.name);
    }
    const QStringList &wiped = SchemaRegistry::wipedOnErasure(name);
    const QStringList &anonymised = SchemaRegistry::wipedOnAnonymisation(name);
    for (const QString &column : info.valueColumns) {
        info.defaults.append(spec.column(column)->defaultValue);
        const QVariant empty = spec.column(column)->required ? QVariant(QStringLiteral("")) : QVariant();
        info.erasedValues.append(wiped.contains(column) ? std::optional<QVariant>(empty) : std::nullopt);
        info.anonymisedValues.append(anonymised.contains(column) ? std::optional<QVariant>(empty) : std::nullopt);
    }
    info.comparedColumns = info.valueColumns + QStringList{QStringLiteral("deleted")};
    for (qsizetype i = 0; i < info.valueColumns.size(); ++i)
        info.valueIndex.insert(info.valueColumns.at(i), i);
    QStringList conditions;
    for (const QString &column : info.keyColumns)
        conditions.append(column + QStringLiteral(" = ?"));
    info.selectSql = QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                         .arg(info.comparedColumns.join(QStringLiteral(", ")), name,
                              conditions.join(QStringLiteral(" AND ")));
    const QStringList stamps = {QStringLiteral("hlc"), QStringLiteral("replica"), QStringLiteral("author")};
    const QStringList columns = info.keyColumns + info.comparedColumns + stamps;
    const QStringList placeholders(columns.size(), QStringLiteral("?"));
    QStringList assignments;
    for (const QString &column : info.comparedColumns + stamps)
        assignments.append(QStringLiteral("%1 = excluded.%1").arg(column));
    info.insertSql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(name, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
    info.upsertSql = info.insertSql
        + QStringLiteral(" ON CONFLICT (%1) DO UPDATE SET %2")
              .arg(info.keyColumns.join(QStringLiteral(", ")), assignments.join(QStringLiteral(", ")));
    info.insert = &m_db.native(info.insertSql);
    info.upsert = &m_db.native(info.upsertSql);
    return *m_tables.insert(name, info);
}

void Merger::apply(const ChangeRecord &change)
{
    apply(change, EncodedMaps::of(change), unstorable(change));
}

void Merger::apply(const ChangeRecord &change, const EncodedMaps &encoded, const QString &unstorable)
{
    // The verdict is this file's own: a record carrying another file's (read from its
    // log rather than decoded from a bundle) is judged afresh, and logged as judged here.
    if (!change.refusal.isEmpty()) {
        ChangeRecord unjudged = change;
        unjudged.refusal.clear();
        apply(unjudged, encoded, unstorable);
        return;
    }
    if (!SchemaRegistry::isSynced(change.entity))
        throw ValidationError(tr("The bundle holds a change to \"%1\", which is not part of a Terén database.")
                                  .arg(change.entity));
    if (change.stamp.hlc <= m_aheadBound) {
        m_maxHlc = std::max(m_maxHlc, change.stamp.hlc);
    } else {
        qint64 &newest = m_beyond[change.stamp.replica];
        newest = std::max(newest, change.stamp.hlc);
    }
    if (!unstorable.isEmpty()) {
        countRefusal(unstorable);
        return;
    }
    const QString refusal = m_authorization.isEnabled() ? m_authorization.judge(change) : QString();
    if (!refusal.isEmpty()) {
        ChangeRecord refused = change;
        refused.refusal = refusal;
        if (!changelog::appendIfNew(m_db, refused, encoded)) {
            ++m_counts.unchanged;
            return;
        }
        noteStamp(change);
        countRefusal(refusal);
        // Kept for review, but not with what was wiped from the row on purpose.
        if (const RowFold fold = changelog::fold(m_db, change.entity, change.rowKey, m_clamps); fold.erased)
            eraseHistory(m_db, change.entity, change.rowKey);
        else if (fold.anonymised)
            anonymiseHistory(m_db, change.entity, change.rowKey);
        if (refusal == Authorization::unresolved)
            m_mapChanged = true; // judged again at finish(), when its parent may be here
        return;
    }
    if (!changelog::appendIfNew(m_db, change, encoded)) {
        ++m_counts.unchanged;
        return;
    }
    noteStamp(change);
    if (m_authorization.isEnabled() && Authorization::changesTheMap(change))
        noteMapChange(change);
    // The bulk of a first import: an insert of a row nothing else has touched here.
    // With nothing waiting for a parent, a row that is not in its table has no other
    // changes, so the insert alone is its state; a plain INSERT proves the row was
    // not there, and anything unusual (it was, or its parent is missing) takes the
    // general path below.
    if (change.op == ChangeRecord::Insert && !m_mayHavePending && insertFresh(change)) {
        ++m_counts.inserted;
        return;
    }
    RowFold fold = changelog::fold(m_db, change.entity, change.rowKey, m_clamps);
    std::optional<Transaction> wiping; // undone when the change is refused after all
    if (fold.erased) {
        // Erased here or by this change: what anybody typed about the person goes,
        // and there is nothing left to review.
        wiping.emplace(m_db);
        eraseHistory(m_db, change.entity, change.rowKey);
        fold = changelog::fold(m_db, change.entity, change.rowKey, m_clamps);
    } else if (fold.anonymised) {
        // Anonymised here or by this change: names and texts go from every change of
        // the row, this one too, while its codes and dates count as before.
        wiping.emplace(m_db);
        anonymiseHistory(m_db, change.entity, change.rowKey);
        fold = changelog::fold(m_db, change.entity, change.rowKey, m_clamps);
    }
    const Written written = materialise(change.entity, change.rowKey, fold);
    if (written == Written::Invalid) {
        // The row was fine before this change (or not there): the change is to blame.
        wiping.reset();
        refuseAppended(change.stamp);
        return;
    }
    if (!fold.erased) {
        detectConflicts(change, fold);
        if (fold.anonymised) // what was wiped is not there to review
            conflictlog::removeFields(m_db, change.entity, change.rowKey,
                                      SchemaRegistry::wipedOnAnonymisation(change.entity));
    }
    if (wiping)
        wiping->commit();
    switch (written) {
    case Written::Inserted:
        ++m_counts.inserted;
        break;
    case Written::Updated:
        ++m_counts.updated;
        break;
    case Written::Unchanged:
        ++m_counts.unchanged;
        break;
    case Written::Pending:
    case Written::Invalid:
        break;
    }
}

void Merger::refuseAppended(const Stamp &stamp)
{
    changelog::remove(m_db, stamp);
    countRefusal(invalidValue);
}

Merger::Written Merger::materialiseRefusingInvalid(const QString &entity, const QVariant &rowKey)
{
    for (;;) {
        const RowFold fold = changelog::fold(m_db, entity, rowKey, m_clamps);
        if (fold.changes.isEmpty()) {
            setPending(entity, rowKey, false); // nothing of it is left to wait
            return Written::Unchanged;
        }
        const Written written = materialise(entity, rowKey, fold);
        if (written != Written::Invalid)
            return written;
        // The file's refusal does not say which change brought the value in: the
        // newest goes first, and the older ones stay as long as they can be written.
        const auto byStamp = [](const ChangeRecord &a, const ChangeRecord &b) { return a.stamp < b.stamp; };
        const auto newest = std::max_element(fold.changes.cbegin(), fold.changes.cend(), byStamp);
        refuseAppended(newest->stamp);
    }
}

void Merger::refuseRelayed(const ChangeRecord &change)
{
    if (changelog::find(m_db, change.entity, change.rowKey, change.stamp))
        ++m_counts.unchanged;
    else
        countRefusal(Authorization::relayed);
}

void Merger::countRefusal(const QString &refusal)
{
    ++m_counts.refused;
    ++m_counts.refusedBy[refusal];
}

void Merger::noteMapChange(const ChangeRecord &change)
{
    m_mapChanged = true;
    if (change.entity == u"client") {
        m_authorization.forgetClient(change.rowKey);
        if (change.op != ChangeRecord::Insert)
            m_handedOverClients.insert(change.rowKey.toByteArray());
    } else if (change.entity == u"installation") {
        m_authorization.forget();
        m_remappedReplicas.insert(change.rowKey.toByteArray());
    } else if (change.entity == u"worker") {
        m_authorization.forget();
        for (const QByteArray &replica : m_authorization.installationsOf(change.rowKey))
            m_remappedReplicas.insert(replica);
    } else {
        m_authorization.forget();
    }
}

void Merger::rejudge()
{
    // A verdict can change a map (a client's registering insert): go on until none does.
    for (int round = 0; m_mapChanged && round < 16; ++round) {
        m_mapChanged = false;
        m_authorization.forget();
        QList<ChangeRecord> candidates = changelog::refused(m_db);
        for (const QByteArray &client : std::as_const(m_handedOverClients)) {
            for (const QString &table : ClientPath::tables()) {
                const ClientPath path = ClientPath::of(table);
                Query rows = m_db.prepare(
                    QStringLiteral("SELECT %1.id FROM %2 WHERE %3 = ?").arg(table, path.from, path.client));
                rows.bind(0, client).exec();
                while (rows.next())
                    candidates += changelog::changesOf(m_db, table, rows.value(0));
            }
        }
        for (const QByteArray &replica : std::as_const(m_remappedReplicas))
            candidates += changelog::changesByReplica(m_db, replica);
        m_handedOverClients.clear();
        m_remappedReplicas.clear();

        QList<QPair<QString, QVariant>> rows;
        QSet<QByteArray> seen;
        for (const ChangeRecord &change : std::as_const(candidates)) {
            const QByteArray id = change.stamp.replica + QByteArray::number(change.stamp.hlc);
            if (seen.contains(id))
                continue;
            seen.insert(id);
            const QString verdict = m_authorization.judge(change);
            if (verdict == change.refusal)
                continue;
            changelog::setRefusal(m_db, change.stamp, verdict);
            m_authorization.forgetClient(change.entity == u"client" ? change.rowKey : QVariant());
            if (!verdict.isEmpty())
                countRefusal(verdict);
            if (Authorization::changesTheMap(change)) {
                ChangeRecord judged = change;
                judged.refusal = verdict;
                noteMapChange(judged);
            }
            rows.append({change.entity, change.rowKey});
        }
        // Parents before children when rows come back, children first when they go.
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            const QStringList &order = SchemaRegistry::syncedTables();
            return order.indexOf(a.first) < order.indexOf(b.first);
        });
        for (const auto &[entity, rowKey] : std::as_const(rows))
            refold(entity, rowKey);
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            if (!changelog::fold(m_db, it->first, it->second, m_clamps).inserted)
                refold(it->first, it->second);
        }
    }
}

void Merger::refold(const QString &entity, const QVariant &rowKey)
{
    RowFold fold = changelog::fold(m_db, entity, rowKey, m_clamps);
    if (fold.erased) {
        eraseHistory(m_db, entity, rowKey);
        fold = changelog::fold(m_db, entity, rowKey, m_clamps);
    } else if (fold.anonymised) {
        anonymiseHistory(m_db, entity, rowKey);
        fold = changelog::fold(m_db, entity, rowKey, m_clamps);
    }
    if (fold.inserted) {
        materialiseRefusingInvalid(entity, rowKey);
        return;
    }
    // Its insert is no longer applied: the row goes, as on a replica that never
    // applied it (unless a record still hangs under it; then it waits).
    const Table &info = table(entity);
    const RowKey key = RowKey::fromLog(entity, rowKey);
    QStringList conditions;
    for (const QString &column : info.keyColumns)
        conditions.append(column + QStringLiteral(" = ?"));
    try {
        Transaction savepoint(m_db);
        if (entity == u"contact")
            contactlinks::remove(m_db, rowKey);
        m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(entity, conditions.join(QStringLiteral(" AND "))))
            .bindAll(key.values)
            .exec();
        savepoint.commit();
    } catch (const ConstraintError &) {
        setPending(entity, rowKey, true); // a record still hangs under it
    }
}

void Merger::finish()
{
    rejudge();
    reclamp();
    // Rows that arrived before their parent: retry until nothing more can be written.
    for (bool progress = true; progress;) {
        progress = false;
        QList<QPair<QString, QVariant>> waiting;
        Query query = m_db.prepare(QStringLiteral("SELECT entity, row_key FROM sync_pending"));
        query.exec();
        while (query.next())
            waiting.append({query.value(0).toString(), query.value(1)});
        for (const auto &[entity, rowKey] : std::as_const(waiting)) {
            const Written written = materialiseRefusingInvalid(entity, rowKey);
            if (written == Written::Pending)
                continue;
            progress = true;
            if (written == Written::Inserted)
                ++m_counts.inserted;
            else if (written == Written::Updated)
                ++m_counts.updated;
        }
    }
    findClockSkew();
    if (m_clampSkewedClocks && !m_clockSkew.isEmpty() && mayClampClocks(m_store))
        clampSkewedClocks();
    m_counts.pending = m_db.scalar(QStringLiteral("SELECT count(*) FROM sync_pending")).toLongLong();
    // Later local edits are stamped after everything seen here, up to a day past this
    // computer's clock: a laptop whose clock runs further ahead does not drag this one
    // along (an edit still comes after the value it overwrites, see ChangeRecorder),
    // unless a clamp brings its stamps back within the day.
    qint64 observed = m_maxHlc;
    for (auto it = m_beyond.cbegin(); it != m_beyond.cend(); ++it) {
        const qint64 counted = m_clamps.countedHlc({it.value(), it.key()});
        if (counted <= m_aheadBound)
            observed = std::max(observed, counted);
    }
    m_store.recorder().clock().observe(observed);
    if (observed > m_store.meta(QStringLiteral("hlc_observed")).toLongLong())
        m_store.setMeta(QStringLiteral("hlc_observed"), observed);
}

void Merger::noteStamp(const ChangeRecord &change)
{
    if (change.stamp.hlc <= m_aheadBound)
        return;
    qint64 &newest = m_ahead[change.stamp.replica];
    newest = std::max(newest, change.stamp.hlc);
}

void Merger::reclamp()
{
    ClockClamps now = ClockClamps::load(m_db);
    if (now == m_clamps)
        return;
    const QHash<QByteArray, qint64> changed = now.differencesFrom(m_clamps);
    m_clamps = std::move(now);
    QList<QPair<QString, QVariant>> rows;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        rows += changelog::rowsStampedAfter(m_db, it.key(), it.value());
    // Parents before children, as a row may only be written under its parent.
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        const QStringList &order = SchemaRegistry::syncedTables();
        return order.indexOf(a.first) < order.indexOf(b.first);
    });
    for (const auto &[entity, rowKey] : std::as_const(rows)) {
        const RowFold fold = changelog::fold(m_db, entity, rowKey, m_clamps);
        if (fold.inserted)
            materialise(entity, rowKey, fold);
    }
}

void Merger::findClockSkew()
{
    const qint64 nowMs = m_store.clock().nowMs();
    for (auto it = m_ahead.cbegin(); it != m_ahead.cend(); ++it) {
        // A clamp that arrived with the changes (relayed by the coordinator) counts.
        const qint64 counted = m_clamps.countedHlc({it.value(), it.key()});
        if (counted > m_aheadBound)
            m_clockSkew.append({it.key(), HybridLogicalClock::toMs(counted) - nowMs, false, {}});
    }
    std::sort(m_clockSkew.begin(), m_clockSkew.end(),
              [](const ClockSkew &a, const ClockSkew &b) { return a.replica < b.replica; });
}

void Merger::clampSkewedClocks()
{
    const qint64 now = HybridLogicalClock::fromMs(m_store.clock().nowMs());
    for (ClockSkew &skew : m_clockSkew) {
        ClockClamps::record(m_store.recorder(), skew.replica, now, changelog::lastHlcOf(m_db, skew.replica));
        skew.clamped = true;
    }
    reclamp();
}

bool Merger::mayClampClocks(Store &store)
{
    Authorization &rules = store.authorization();
    return !rules.isEnabled()
        || rules.isPrivileged(store.replicaId().toRfc4122(), std::numeric_limits<qint64>::max());
}

Merger::Written Merger::materialise(const QString &entity, const QVariant &rowKey, const RowFold &fold)
{
    if (!fold.inserted) {
        setPending(entity, rowKey, true);
        return Written::Pending;
    }
    const Table &info = table(entity);
    const RowKey key = RowKey::fromLog(entity, rowKey);
    const int deleted = fold.deleted();

    // The statement's values: key, value columns, tombstone, stamps.
    QVariantList row;
    row.reserve(key.values.size() + info.comparedColumns.size() + 3);
    row.append(key.values);
    const qsizetype firstValue = row.size();
    for (qsizetype i = 0; i < info.valueColumns.size(); ++i) {
        if (deleted == 2 && info.erasedValues.at(i)) {
            row.append(*info.erasedValues.at(i));
            continue;
        }
        if (fold.anonymised && info.anonymisedValues.at(i)) {
            row.append(*info.anonymisedValues.at(i));
            continue;
        }
        const auto field = fold.fields.constFind(info.valueColumns.at(i));
        row.append(field == fold.fields.cend() ? info.defaults.at(i) : ChangeCodec::toVariant(field->value));
    }
    row.append(deleted);

    const QStringList &compared = info.comparedColumns;
    // A row is only ever written from its changes: with one change (its insert) it
    // cannot be here yet, which spares the lookup.
    bool existed = false;
    bool same = false;
    if (fold.changes.size() > 1) {
        Query &existing = m_db.cached(info.selectSql);
        existing.bindAll(key.values).exec();
        existed = existing.next();
        same = existed;
        for (qsizetype i = 0; same && i < compared.size(); ++i)
            same = sameValue(existing.value(static_cast<int>(i)), row.at(firstValue + i));
        existing.finish();
    }

    row.append(fold.latest.hlc);
    row.append(fold.latest.replica);
    row.append(fold.latestAuthor.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(fold.latestAuthor));
    try {
        // A failing statement undoes only itself, so one upsert needs no savepoint;
        // a contact and its links do.
        if (entity == u"contact") {
            Transaction savepoint(m_db);
            info.upsert->run(row);
            contactlinks::write(m_db, rowKey, fold.fields.value(QStringLiteral("interventions")).value,
                              fold.fields.value(QStringLiteral("need_ids")).value, true);
            savepoint.commit();
        } else {
            info.upsert->run(row);
        }
    } catch (const ConstraintError &error) {
        if (error.kind() != ConstraintError::Kind::ForeignKey)
            return Written::Invalid;
        // A parent (the client of a need, the need of a goal...) has not arrived yet.
        setPending(entity, rowKey, true);
        return Written::Pending;
    }
    setPending(entity, rowKey, false);
    return !existed ? Written::Inserted : same ? Written::Unchanged : Written::Updated;
}

bool Merger::insertFresh(const ChangeRecord &change)
{
    const QCborValue deleted = change.fields.value(QStringLiteral("deleted"));
    if (deleted.toInteger() == 2)
        return false; // an erasure scrubs the log: the general path
    const Table &info = table(change.entity);
    const RowKey key = RowKey::fromLog(change.entity, change.rowKey);

    // The statement's values: key, value columns, tombstone, stamps. One pass over
    // the change's fields, as the bulk of an import writes millions of them.
    QVariantList row;
    row.reserve(key.values.size() + info.comparedColumns.size() + 3);
    row.append(key.values);
    const qsizetype firstValue = row.size();
    row.append(info.defaults);
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        const auto index = info.valueIndex.constFind(it.key().toString());
        if (index != info.valueIndex.cend())
            row[firstValue + *index] = ChangeCodec::toVariant(it.value());
    }
    row.append(static_cast<int>(deleted.toInteger()));
    row.append(change.stamp.hlc);
    row.append(change.stamp.replica);
    row.append(change.author.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(change.author));
    // A plain INSERT proves the row was not there; a contact new here needs no
    // savepoint, since removing what was written undoes it, and the bulk of an import
    // spares a savepoint (and the pages it copies) per contact.
    try {
        info.insert->run(row);
    } catch (const ConstraintError &) {
        return false;
    }
    if (change.entity == u"contact") {
        try {
            contactlinks::write(m_db, change.rowKey, change.fields.value(QStringLiteral("interventions")),
                              change.fields.value(QStringLiteral("need_ids")), false);
        } catch (const ConstraintError &) {
            removeFreshContact(change.rowKey);
            return false;
        }
    }
    setPending(change.entity, change.rowKey, false);
    return true;
}

void Merger::removeFreshContact(const QVariant &contactId)
{
    contactlinks::remove(m_db, contactId);
    m_db.cached(QStringLiteral("DELETE FROM contact WHERE id = ?")).bind(0, contactId).exec();
}

void Merger::detectConflicts(const ChangeRecord &change, const RowFold &fold)
{
    m_counts.conflicts += conflictlog::detect(m_db, change, fold);
}

void Merger::dropPending(Database &db, const QString &entity, const QVariant &rowKey)
{
    db.cached(QStringLiteral("DELETE FROM sync_pending WHERE entity = ? AND row_key = ?")).bindAll({entity, rowKey}).exec();
}

void Merger::waitForParent(Database &db, const QString &entity, const QVariant &rowKey)
{
    const RowKey key = RowKey::fromLog(entity, rowKey);
    QStringList conditions;
    for (const QString &column : key.columns)
        conditions.append(column + QStringLiteral(" = ?"));
    db.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(entity, conditions.join(QStringLiteral(" AND "))))
        .bindAll(key.values)
        .exec();
    db.cached(QStringLiteral("INSERT OR IGNORE INTO sync_pending (entity, row_key) VALUES (?, ?)"))
        .bindAll({entity, rowKey})
        .exec();
}

void Merger::setPending(const QString &entity, const QVariant &rowKey, bool pending)
{
    if (pending)
        m_mayHavePending = true;
    else if (!m_mayHavePending)
        return;
    Query &query = m_db.cached(pending ? QStringLiteral("INSERT OR IGNORE INTO sync_pending (entity, row_key) VALUES (?, ?)")
                                       : QStringLiteral("DELETE FROM sync_pending WHERE entity = ? AND row_key = ?"));
    query.bindAll({entity, rowKey}).exec();
}

} // namespace teren
