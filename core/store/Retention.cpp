#include "Retention.h"

#include "GroupWork.h"
#include "Store.h"
#include "changes/Authorization.h"
#include "changes/ChangeRecorder.h"
#include "changes/Erasure.h"
#include "changes/RowKey.h"
#include "domain/Entities.h"
#include "domain/Error.h"
#include "domain/Values.h"
#include "storage/ClientPath.h"
#include "storage/Database.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace teren {

namespace {

QVariant firstRegion(Database &db)
{
    return db.scalar(QStringLiteral("SELECT id FROM region WHERE deleted = 0 ORDER BY name, id LIMIT 1"));
}

} // namespace

int Retention::years()
{
    const QVariant years = m_store.database().scalar(
        QStringLiteral("SELECT retention_years FROM region WHERE deleted = 0 ORDER BY name, id LIMIT 1"));
    return years.isNull() ? defaultYears : years.toInt();
}

bool Retention::hasRegion()
{
    return firstRegion(m_store.database()).isValid();
}

void Retention::setYears(int years)
{
    if (years < minimumYears || years > maximumYears)
        throw ValidationError(tr("The retention period must be between %1 and %2 years.")
                                  .arg(minimumYears)
                                  .arg(maximumYears),
                              QStringLiteral("retention_years"));
    Database &db = m_store.database();
    const QVariant region = firstRegion(db);
    if (!region.isValid())
        throw ValidationError(tr("This file belongs to no region, so it has no retention period to set; the "
                                 "default of %1 years applies.")
                                  .arg(defaultYears),
                              QStringLiteral("retention_years"));
    Transaction transaction(db);
    m_store.recorder().update(QStringLiteral("region"), RowKey::fromLog(QStringLiteral("region"), region),
                              {QStringLiteral("retention_years")}, {years});
    transaction.commit();
}

bool Retention::mayAnonymise()
{
    Authorization &rules = m_store.authorization();
    return !rules.isEnabled()
        || rules.isPrivileged(m_store.replicaId().toRfc4122(), std::numeric_limits<qint64>::max());
}

bool Retention::isPast(const QDate &lastEndedOn, int years, const QDate &today)
{
    return lastEndedOn.isValid() && lastEndedOn.addYears(years) < today;
}

QList<PastRetention> Retention::clientsPast(int years)
{
    const QDate today = m_store.clock().today();
    // A person is the client and the records merged into them; their cooperations
    // count together.
    Query query = m_store.database().prepare(QStringLiteral(
        "WITH k AS (SELECT coalesce(m.merged_into, m.id) AS person, co.end_on "
        "           FROM cooperation co JOIN client m ON m.id = co.client_id WHERE co.deleted = 0) "
        "SELECT c.id, c.given_name, c.family_name, c.alias, l.name, "
        "       (SELECT max(k.end_on) FROM k WHERE k.person = c.id) "
        "FROM client c LEFT JOIN locality l ON l.id = c.locality_id AND l.deleted = 0 "
        "WHERE c.deleted = 0 AND c.merged_into IS NULL AND c.anonymised_on IS NULL "
        "  AND NOT EXISTS (SELECT 1 FROM k WHERE k.person = c.id AND k.end_on IS NULL)"));
    query.exec();
    QList<PastRetention> past;
    while (query.next()) {
        const QDate lastEnded = db::toDate(query.value(5));
        if (!isPast(lastEnded, years, today))
            continue;
        Client client;
        client.givenName = query.value(1).toString();
        client.familyName = query.value(2).toString();
        client.alias = query.value(3).toString();
        past.append({db::toId(query.value(0)), client.displayName().trimmed(), query.value(4).toString(), lastEnded});
    }
    std::sort(past.begin(), past.end(), [](const PastRetention &a, const PastRetention &b) {
        if (a.lastEndedOn != b.lastEndedOn)
            return a.lastEndedOn < b.lastEndedOn;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return past;
}

int Retention::anonymise(const QList<QUuid> &clientIds, int years)
{
    if (!mayAnonymise())
        throw ValidationError(tr("Only the region's coordinator anonymises clients past retention; the "
                                 "anonymisation then reaches every laptop with the coordinator's bundles."));
    QSet<QUuid> past;
    for (const PastRetention &client : clientsPast(years))
        past.insert(client.clientId);
    Database &db = m_store.database();
    for (const QUuid &id : clientIds) {
        if (!past.contains(id))
            throw ValidationError(tr("The client %1 is not past the retention period of %2 years (or was "
                                     "anonymised already); nothing was anonymised.")
                                      .arg(id.toString(QUuid::WithoutBraces))
                                      .arg(years),
                                  QStringLiteral("id"));
    }
    const QDate today = m_store.clock().today();
    {
        Transaction transaction(db);
        QSet<QUuid> households;
        for (const QUuid &id : clientIds) {
            QList<QUuid> records = {id};
            Query merged = db.prepare(QStringLiteral("SELECT id FROM client WHERE merged_into = ?"));
            merged.bind(0, db::id(id)).exec();
            while (merged.next())
                records.append(db::toId(merged.value(0)));
            for (const QUuid &record : std::as_const(records)) {
                const QUuid household = db::toId(
                    db.scalar(QStringLiteral("SELECT household_id FROM client WHERE id = ?"), {db::id(record)}));
                if (!household.isNull())
                    households.insert(household);
            }
            anonymisePerson(records, today);
        }
        // A household's label (often the family's name) goes once nobody identified
        // lives in it any more.
        for (const QUuid &household : std::as_const(households)) {
            const bool identifiedMember =
                db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM client WHERE household_id = ? AND deleted = 0 "
                                         "AND anonymised_on IS NULL)"),
                          {db::id(household)})
                    .toBool();
            if (!identifiedMember)
                anonymiseRow(QStringLiteral("household"), db::id(household), today);
        }
        transaction.commit();
    }
    // SQLite overwrote what it freed in the file (secure_delete); the write-ahead log
    // still holds the pages as they were before, until it is moved into the file and
    // emptied.
    if (db.transactionDepth() == 0)
        db.scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return static_cast<int>(clientIds.size());
}

void Retention::anonymisePerson(const QList<QUuid> &records, const QDate &today)
{
    Database &db = m_store.database();
    QVariantList ids;
    QStringList placeholders;
    for (const QUuid &record : records) {
        ids.append(db::id(record));
        placeholders.append(QStringLiteral("?"));
    }
    // Deleted rows too: what was typed into them identifies the person as well.
    for (const QString &table : ClientPath::tables()) {
        const ClientPath path = ClientPath::of(table);
        QVariantList rows;
        Query query = db.prepare(QStringLiteral("SELECT %1.id FROM %2 WHERE %3 IN (%4) AND %1.deleted < 2")
                                     .arg(table, path.from, path.client, placeholders.join(QStringLiteral(", "))));
        query.bindAll(ids).exec();
        while (query.next())
            rows.append(query.value(0));
        for (const QVariant &row : std::as_const(rows))
            anonymiseRow(table, row, today);
    }
    // Group contacts and activities they took part in: their notes may name them.
    groupwork::wipeLinkedNotes(m_store, records);
}

void Retention::anonymiseRow(const QString &table, const QVariant &rowKey, const QDate &today)
{
    const QCborMap wiped = anonymisedValues(table);
    QStringList columns;
    QVariantList values;
    for (auto it = wiped.cbegin(); it != wiped.cend(); ++it) {
        columns.append(it.key().toString());
        values.append(it.value().isNull() ? QVariant() : QVariant(it.value().toString()));
    }
    if (table == u"client") {
        columns.append(QStringLiteral("anonymised_on"));
        values.append(db::date(today));
    }
    QCborMap marker;
    marker.insert(ChangeRecord::anonymisedMarker(), true);
    m_store.recorder().update(table, RowKey::fromLog(table, rowKey), columns, values, marker);
    anonymiseHistory(m_store.database(), table, rowKey);
}

} // namespace teren
