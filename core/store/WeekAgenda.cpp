#include "WeekAgenda.h"

#include "Store.h"
#include "domain/Values.h"
#include "storage/Database.h"

#include <algorithm>

namespace teren {

namespace {

enum List { OverdueSteps, DueSoon, OverdueGoals, NoRecentContact, NeedsWithoutGoal };

// The date of a person's latest contact on or before the day (null when there is
// none). The one place that says which contacts are a person's: their own, those of
// duplicates merged into them, and group contacts (a family visit) any of those
// records is linked to.
QString latestContactOn(const QString &person)
{
    return QStringLiteral("(SELECT max(k.contact_on) FROM contact k "
                          "WHERE (k.client_id IN (SELECT m.id FROM client m WHERE m.id = %1 OR m.merged_into = %1) "
                          "  OR k.id IN (SELECT l.contact_id FROM contact_participant l JOIN client m ON m.id = l.client_id "
                          "    WHERE l.deleted = 0 AND (m.id = %1 OR m.merged_into = %1))) "
                          "AND k.deleted = 0 AND k.contact_on <= :day)")
        .arg(person);
}

QString agendaSql(bool oneWorker)
{
    // One statement, so the five lists are read from one snapshot of the file.
    return QStringLiteral(
               "WITH person(id, name) AS ("
               "  SELECT c.id, trim(coalesce(c.given_name, '') || ' ' || coalesce(c.family_name, '')) FROM client c "
               "  WHERE c.deleted = 0 AND c.merged_into IS NULL AND c.anonymised_on IS NULL AND %1), "
               // A person's records are their own and those of duplicates merged into them.
               "member(person, name, client) AS ("
               "  SELECT p.id, p.name, m.id FROM person p JOIN client m ON (m.id = p.id OR m.merged_into = p.id) "
               "  AND m.deleted = 0), "
               "live_need(id, person, name, area, identified_on) AS ("
               "  SELECT n.id, mb.person, mb.name, n.area, n.identified_on FROM need n "
               "  JOIN member mb ON mb.client = n.client_id "
               "  WHERE n.deleted = 0 AND n.status IN ('open', 'in_progress')), "
               "open_goal(id, person, name, text, target_on) AS ("
               "  SELECT g.id, ln.person, ln.name, g.text, g.target_on FROM goal g JOIN live_need ln ON ln.id = g.need_id "
               "  WHERE g.deleted = 0 AND g.status = 'open'), "
               // Not done by the day: no date done, or one after it.
               "pending_step(id, person, name, text, due_on) AS ("
               "  SELECT s.id, og.person, og.name, s.text, s.due_on FROM step s JOIN open_goal og ON og.id = s.goal_id "
               "  WHERE s.deleted = 0 AND s.due_on IS NOT NULL AND (s.done_on IS NULL OR s.done_on > :day)) "
               "SELECT 0, 'step', person, name, id, text, due_on FROM pending_step WHERE due_on < :day "
               "UNION ALL SELECT 1, 'step', person, name, id, text, due_on FROM pending_step "
               "  WHERE due_on BETWEEN :day AND :soon "
               "UNION ALL SELECT 1, 'goal', person, name, id, text, target_on FROM open_goal "
               "  WHERE target_on BETWEEN :day AND :soon "
               "UNION ALL SELECT 2, 'goal', person, name, id, text, target_on FROM open_goal WHERE target_on < :day "
               "UNION ALL SELECT 3, 'client', id, name, id, '', latest FROM ("
               "  SELECT p.id, p.name, %2 AS latest FROM person p "
               "  WHERE EXISTS (SELECT 1 FROM cooperation co JOIN member mb ON mb.client = co.client_id "
               "                WHERE mb.person = p.id AND co.deleted = 0 AND co.start_on <= :day "
               "                  AND (co.end_on IS NULL OR co.end_on >= :day)) "
               "    AND EXISTS (SELECT 1 FROM live_need ln WHERE ln.person = p.id)) "
               "  WHERE latest IS NULL OR latest < :quiet "
               // A goal removed (deleted or erased) is no goal; one achieved, not achieved
               // or dropped is.
               "UNION ALL SELECT 4, 'need', person, name, id, area, identified_on FROM live_need ln "
               "  WHERE identified_on < :waited "
               "    AND NOT EXISTS (SELECT 1 FROM goal g WHERE g.need_id = ln.id AND g.deleted = 0)")
        .arg(oneWorker ? QStringLiteral("c.worker_id = :worker") : QStringLiteral("1"),
             latestContactOn(QStringLiteral("p.id")));
}

WeekItem::Kind kindOf(const QString &code)
{
    if (code == u"goal")
        return WeekItem::Kind::Goal;
    if (code == u"need")
        return WeekItem::Kind::Need;
    if (code == u"client")
        return WeekItem::Kind::Client;
    return WeekItem::Kind::Step;
}

// By date (none first: a client never contacted), then name, then id; plain code
// point order, so every front end and every language lists them alike.
bool earlier(const WeekItem &a, const WeekItem &b)
{
    if (a.date != b.date)
        return !a.date.isValid() || (b.date.isValid() && a.date < b.date);
    if (const int names = QString::compare(a.clientName, b.clientName, Qt::CaseSensitive); names != 0)
        return names < 0;
    return a.id.toString(QUuid::WithoutBraces) < b.id.toString(QUuid::WithoutBraces);
}

} // namespace

QString WeekItem::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Step:
        return QStringLiteral("step");
    case Kind::Goal:
        return QStringLiteral("goal");
    case Kind::Need:
        return QStringLiteral("need");
    case Kind::Client:
        break;
    }
    return QStringLiteral("client");
}

WeekAgenda WeekAgenda::of(Store &store, const WeekFilter &filter)
{
    const QDate day = filter.day;
    const bool oneWorker = !filter.workerId.isNull();
    Query query = store.database().prepare(agendaSql(oneWorker));
    query.bind(QStringLiteral(":day"), day.toString(Qt::ISODate));
    query.bind(QStringLiteral(":soon"), day.addDays(daysAhead).toString(Qt::ISODate));
    query.bind(QStringLiteral(":quiet"), day.addDays(-filter.daysWithoutContact).toString(Qt::ISODate));
    query.bind(QStringLiteral(":waited"), day.addDays(-daysForFirstGoal).toString(Qt::ISODate));
    if (oneWorker)
        query.bind(QStringLiteral(":worker"), db::id(filter.workerId));
    query.exec();

    WeekAgenda agenda;
    QList<WeekItem> *lists[] = {&agenda.overdueSteps, &agenda.dueSoon, &agenda.overdueGoals, &agenda.noRecentContact,
                                &agenda.needsWithoutGoal};
    while (query.next()) {
        WeekItem item;
        item.kind = kindOf(query.value(1).toString());
        item.clientId = db::toId(query.value(2));
        item.clientName = query.value(3).toString();
        item.id = db::toId(query.value(4));
        item.text = item.kind == WeekItem::Kind::Need ? store.codelists().areaLabel(query.value(5).toString())
                                                      : query.value(5).toString();
        item.date = db::toDate(query.value(6));
        lists[query.value(0).toInt()]->append(item);
    }
    for (QList<WeekItem> *list : lists)
        std::sort(list->begin(), list->end(), earlier);
    return agenda;
}

} // namespace teren
