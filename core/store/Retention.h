#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace teren {

class Store;

// A client whose every cooperation ended more than the retention period ago.
struct PastRetention
{
    QUuid clientId;
    QString name;
    QString locality; // the locality's name, empty when none
    QDate lastEndedOn;
};

// How long a client's identity is kept after the cooperation ended, and the
// anonymisation of those kept longer. The period is the region's decision (the
// region row's `retention_years`, synced like the rest of the region; 10 years when
// never set). A client is past retention when no cooperation of theirs (or of a
// record merged into them) is open, they had at least one, and the latest one ended
// more than the period ago: its end date plus the years is before today, so on the
// very anniversary the client is not listed yet. A client with no cooperation at all
// never started the period and is not listed.
//
// Anonymising wipes what SchemaRegistry::wipedOnAnonymisation names (names, alias,
// phone, notes, consent scope, goal, step and contact texts; a household's label once
// no identified member is left) from the rows and from every logged change of them,
// and keeps the codes, dates, birth year, gender and household the report counts:
// every figure of every period reads as before. It carries
// ChangeRecord::anonymisedMarker(), so the merge keeps those fields wiped on every
// replica, whatever edit arrives before or after it. It cannot be undone.
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(Retention)

public:
    static constexpr int defaultYears = 10;
    static constexpr int minimumYears = 1;
    static constexpr int maximumYears = 100;

    explicit Retention(Store &store) : m_store(store) {}

    // The region's setting, or the default when it was never set (or there is no region).
    int years();
    // Sets the region's retention period; a ValidationError when it is out of range,
    // when the file has no region, or when this installation may not change the region.
    void setYears(int years);
    // Whether the file has a region to hold the setting.
    bool hasRegion();
    // Whether this installation anonymises: the region's coordinator's, or any in a
    // file that belongs to no region.
    bool mayAnonymise();

    // Whether a client whose latest cooperation ended on `lastEndedOn` is past a
    // retention of `years` on `today`.
    static bool isPast(const QDate &lastEndedOn, int years, const QDate &today);
    // The clients past a retention of `years` today (this store's clock), by the date
    // their last cooperation ended, oldest first.
    QList<PastRetention> clientsPast(int years);
    // Anonymises these clients (each past a retention of `years`, else nothing is done
    // and a ValidationError names the client) in one transaction, then moves the
    // file's write-ahead log into the file and empties it, so no copy of the old
    // pages is left beside it. Call outside a transaction. Returns how many were
    // anonymised.
    int anonymise(const QList<QUuid> &clientIds, int years);

private:
    void anonymisePerson(const QList<QUuid> &records, const QDate &today);
    void anonymiseRow(const QString &table, const QVariant &rowKey, const QDate &today);

    Store &m_store;
};

} // namespace teren
