#include "ClockClamps.h"

#include "EntityTable.h"

#include "domain/Entities.h"
#include "storage/Database.h"

#include <algorithm>
#include <limits>

namespace teren {

ClockClamps ClockClamps::load(Database &db)
{
    ClockClamps clamps;
    Query &query =
        db.cached(QStringLiteral("SELECT clamped_replica, clamp_hlc, through_hlc FROM clock_clamp WHERE deleted = 0"));
    query.exec();
    while (query.next()) {
        const Clamp clamp{query.value(1).toLongLong(), query.value(2).toLongLong()};
        clamps.m_clamps[query.value(0).toByteArray()].append(clamp);
    }
    for (QList<Clamp> &list : clamps.m_clamps) {
        std::sort(list.begin(), list.end(),
                  [](const Clamp &a, const Clamp &b) { return a.to != b.to ? a.to < b.to : a.through < b.through; });
    }
    return clamps;
}

void ClockClamps::record(ChangeRecorder &recorder, const QByteArray &replica, qint64 to, qint64 through)
{
    ClockClamp clamp{QUuid(), replica, to, through};
    EntityTable<ClockClamp>::insert(recorder, clamp);
}

qint64 ClockClamps::countedHlc(const Stamp &stamp) const
{
    const auto clamps = m_clamps.constFind(stamp.replica);
    if (clamps == m_clamps.cend())
        return stamp.hlc;
    qint64 counted = stamp.hlc;
    for (const Clamp &clamp : *clamps) {
        if (stamp.hlc <= clamp.through)
            counted = std::min(counted, clamp.to);
    }
    return counted;
}

bool ClockClamps::isAfter(const Stamp &a, const Stamp &b) const
{
    if (m_clamps.isEmpty())
        return b < a;
    const qint64 countedA = countedHlc(a);
    const qint64 countedB = countedHlc(b);
    if (countedA != countedB)
        return countedA > countedB;
    if (const int bytes = a.replica.compare(b.replica); bytes != 0)
        return bytes > 0;
    return a.hlc > b.hlc;
}

QHash<QByteArray, qint64> ClockClamps::differencesFrom(const ClockClamps &other) const
{
    QHash<QByteArray, qint64> differences;
    const auto note = [&differences](const QByteArray &replica, const QList<Clamp> &mine, const QList<Clamp> &theirs) {
        if (mine == theirs)
            return;
        qint64 from = std::numeric_limits<qint64>::max();
        for (const Clamp &clamp : mine + theirs)
            from = std::min(from, clamp.to);
        differences.insert(replica, from);
    };
    for (auto it = m_clamps.cbegin(); it != m_clamps.cend(); ++it)
        note(it.key(), it.value(), other.m_clamps.value(it.key()));
    for (auto it = other.m_clamps.cbegin(); it != other.m_clamps.cend(); ++it) {
        if (!m_clamps.contains(it.key()))
            note(it.key(), {}, it.value());
    }
    return differences;
}

} // namespace teren
