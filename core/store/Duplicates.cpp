#include "Duplicates.h"

#include "changes/EntityTable.h"
#include "domain/Error.h"
#include "domain/TextSearch.h"
#include "domain/Values.h"
#include "store/Rules.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace teren {

QString Duplicates::nameKey(const QString &givenName, const QString &familyName)
{
    QStringList words = TextSearch::fold(givenName + QLatin1Char(' ') + familyName)
                            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::sort(words.begin(), words.end());
    return words.join(QLatin1Char(' '));
}

std::optional<PersonRecord> Duplicates::record(const QUuid &id)
{
    Query query = m_store.database().prepare(QStringLiteral(
        "SELECT c.id, trim(coalesce(c.family_name, '') || ' ' || coalesce(c.given_name, '')), c.birth_year, l.name, "
        "  w.name, (SELECT count(*) FROM need n WHERE n.client_id = c.id AND n.deleted = 0), "
        "  (SELECT count(*) FROM contact t WHERE t.client_id = c.id AND t.deleted = 0) "
        "FROM client c LEFT JOIN locality l ON l.id = c.locality_id LEFT JOIN worker w ON w.id = c.worker_id "
        "WHERE c.id = ?"));
    query.bind(0, db::id(id)).exec();
    if (!query.next())
        return std::nullopt;
    PersonRecord person;
    person.id = id;
    person.name = query.value(1).toString();
    person.birthYear = db::toInteger(query.value(2));
    person.locality = query.value(3).toString();
    person.worker = query.value(4).toString();
    person.needs = query.value(5).toInt();
    person.contacts = query.value(6).toInt();
    return person;
}

QList<DuplicatePair> Duplicates::candidates()
{
    const DuplicateCheck check(m_store);
    QSet<std::pair<QByteArray, QByteArray>> different;
    Query dismissals = m_store.database().prepare(QStringLiteral("SELECT first_id, second_id FROM duplicate_dismissed"));
    dismissals.exec();
    while (dismissals.next())
        different.insert({dismissals.value(0).toByteArray(), dismissals.value(1).toByteArray()});
    QList<DuplicatePair> pairs;
    for (auto group = check.m_byName.cbegin(); group != check.m_byName.cend(); ++group) {
        const QList<DuplicateCheck::Row> &rows = group.value();
        for (qsizetype i = 0; i < rows.size(); ++i)
            for (qsizetype j = i + 1; j < rows.size(); ++j)
                if (DuplicateCheck::compatible(rows.at(i), rows.at(j))
                    && !different.contains(orderedPair(rows.at(i).id, rows.at(j).id)))
                    pairs.append({*record(rows.at(i).id), *record(rows.at(j).id)});
    }
    std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair &a, const DuplicatePair &b) {
        return std::tie(a.first.name, a.first.id) < std::tie(b.first.name, b.first.id);
    });
    return pairs;
}

QList<MergedPerson> Duplicates::merged()
{
    QList<MergedPerson> result;
    Query query = m_store.database().prepare(QStringLiteral(
        "SELECT d.id, d.merged_into FROM client d JOIN client k ON k.id = d.merged_into "
        "WHERE d.deleted = 0 AND k.deleted = 0 ORDER BY k.family_name, k.given_name, d.id"));
    query.exec();
    while (query.next())
        result.append({*record(db::toId(query.value(0))), *record(db::toId(query.value(1)))});
    return result;
}

void Duplicates::merge(const QUuid &duplicate, const QUuid &kept)
{
    Database &db = m_store.database();
    if (duplicate == kept)
        throw ValidationError(tr("A record cannot be merged into itself."), QStringLiteral("merged_into"));
    const auto state = [&](const QUuid &id) {
        Query query = db.prepare(QStringLiteral("SELECT deleted, merged_into FROM client WHERE id = ?"));
        query.bind(0, db::id(id)).exec();
        return query.next() && query.value(0).toInt() == 0 ? std::optional<QVariant>(query.value(1)) : std::nullopt;
    };
    const std::optional<QVariant> from = state(duplicate);
    const std::optional<QVariant> into = state(kept);
    if (!from || !into)
        throw ValidationError(tr("The client does not exist (it may have been deleted)."), QStringLiteral("id"));
    if (!into->isNull() && !into->toByteArray().isEmpty())
        throw ValidationError(tr("The record to keep is itself merged into another; merge into that one."),
                              QStringLiteral("merged_into"));
    Transaction transaction(db);
    const QStringList column = {QStringLiteral("merged_into")};
    // Records merged into the duplicate earlier follow it to the one kept.
    Query earlier = db.prepare(QStringLiteral("SELECT id FROM client WHERE merged_into = ? AND deleted = 0"));
    earlier.bind(0, db::id(duplicate)).exec();
    QList<QUuid> followers;
    while (earlier.next())
        followers.append(db::toId(earlier.value(0)));
    for (const QUuid &follower : std::as_const(followers))
        m_store.recorder().update(QStringLiteral("client"), RowKey::ofId(follower), column, {db::id(kept)});
    m_store.recorder().update(QStringLiteral("client"), RowKey::ofId(duplicate), column, {db::id(kept)});
    transaction.commit();
}

void Duplicates::unmerge(const QUuid &duplicate)
{
    Database &db = m_store.database();
    const QVariant into =
        db.scalar(QStringLiteral("SELECT merged_into FROM client WHERE id = ? AND deleted = 0"), {db::id(duplicate)});
    if (into.isNull() || into.toByteArray().isEmpty())
        throw ValidationError(tr("This record is not merged into another."), QStringLiteral("merged_into"));
    Transaction transaction(db);
    m_store.recorder().update(QStringLiteral("client"), RowKey::ofId(duplicate), {QStringLiteral("merged_into")},
                              {QVariant(QMetaType::fromType<QByteArray>())});
    transaction.commit();
}

std::pair<QByteArray, QByteArray> Duplicates::orderedPair(const QUuid &first, const QUuid &second)
{
    QByteArray a = first.toRfc4122();
    QByteArray b = second.toRfc4122();
    if (b < a)
        std::swap(a, b);
    return {a, b};
}

void Duplicates::dismiss(const QUuid &first, const QUuid &second)
{
    if (first == second)
        throw ValidationError(tr("A record cannot be marked as a different person from itself."), QStringLiteral("id"));
    if (!record(first) || !record(second))
        throw ValidationError(tr("The client does not exist (it may have been deleted)."), QStringLiteral("id"));
    const auto [a, b] = orderedPair(first, second);
    m_store.database()
        .prepare(QStringLiteral("INSERT OR IGNORE INTO duplicate_dismissed (first_id, second_id, dismissed_on) "
                                "VALUES (?, ?, ?)"))
        .bindAll({a, b, m_store.clock().today().toString(Qt::ISODate)})
        .exec();
}

void Duplicates::restore(const QUuid &first, const QUuid &second)
{
    const auto [a, b] = orderedPair(first, second);
    m_store.database()
        .prepare(QStringLiteral("DELETE FROM duplicate_dismissed WHERE first_id = ? AND second_id = ?"))
        .bindAll({a, b})
        .exec();
}

QList<DuplicatePair> Duplicates::dismissed()
{
    QList<DuplicatePair> result;
    Query query = m_store.database().prepare(QStringLiteral(
        "SELECT d.first_id, d.second_id FROM duplicate_dismissed d "
        "JOIN client a ON a.id = d.first_id AND a.deleted = 0 AND a.merged_into IS NULL "
        "JOIN client b ON b.id = d.second_id AND b.deleted = 0 AND b.merged_into IS NULL "
        "ORDER BY a.family_name, a.given_name, d.first_id"));
    query.exec();
    while (query.next())
        result.append({*record(db::toId(query.value(0))), *record(db::toId(query.value(1)))});
    return result;
}

// ---------------------------------------------------------------- a record being typed

DuplicateCheck::DuplicateCheck(Store &store)
    : m_store(store)
{
    Query query = m_store.database().prepare(
        QStringLiteral("SELECT id, given_name, family_name, birth_year, locality_id FROM client "
                       "WHERE deleted = 0 AND merged_into IS NULL ORDER BY id"));
    query.exec();
    while (query.next()) {
        const QString key = Duplicates::nameKey(query.value(1).toString(), query.value(2).toString());
        if (!key.isEmpty())
            m_byName[key].append({db::toId(query.value(0)), query.value(3), query.value(4).toByteArray()});
    }
}

bool DuplicateCheck::compatible(const Row &a, const Row &b)
{
    const bool sameYear = a.birthYear.isNull() || b.birthYear.isNull() || a.birthYear.toInt() == b.birthYear.toInt();
    const bool samePlace = a.locality.isEmpty() || b.locality.isEmpty() || a.locality == b.locality;
    return sameYear && samePlace;
}

QList<PersonRecord> DuplicateCheck::matching(const QString &givenName, const QString &familyName,
                                             std::optional<int> birthYear, const QUuid &localityId) const
{
    QList<PersonRecord> found;
    const auto group = m_byName.constFind(Duplicates::nameKey(givenName, familyName));
    if (group == m_byName.cend())
        return found;
    const Row typed{QUuid(), birthYear ? QVariant(*birthYear) : QVariant(),
                    localityId.isNull() ? QByteArray() : localityId.toRfc4122()};
    Duplicates duplicates(m_store);
    for (const Row &row : group.value()) {
        if (compatible(typed, row)) {
            if (const std::optional<PersonRecord> person = duplicates.record(row.id))
                found.append(*person);
        }
    }
    return found;
}

} // namespace teren
