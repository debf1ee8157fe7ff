#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace teren {

class Store;

// One line of the week: a step, goal, need or client that asks for the worker's
// attention, with the client it belongs to.
struct WeekItem
{
    enum class Kind { Step, Goal, Need, Client };

    QUuid clientId;
    QString clientName; // "given family"
    Kind kind = Kind::Step;
    QUuid id;           // the step's, goal's, need's or (for a client) the client's
    QString text;       // a step's or goal's text, a need's area; empty for a client
    QDate date;         // due, target or identified; a client's latest contact (null: none)

    static QString kindCode(Kind kind);
};

// Which clients, and the day the week is seen from.
struct WeekFilter
{
    QDate day;
    QUuid workerId; // null: every client in the file
    int daysWithoutContact = 30;
};

// What is due across a caseload on one day (docs/week.md has the exact rules). Each
// list is ordered by date (a client never contacted first), then by the client's name,
// then by id.
struct WeekAgenda
{
    QList<WeekItem> overdueSteps;
    QList<WeekItem> dueSoon;
    QList<WeekItem> overdueGoals;
    QList<WeekItem> noRecentContact;
    QList<WeekItem> needsWithoutGoal;

    int total() const
    {
        return static_cast<int>(overdueSteps.size() + dueSoon.size() + overdueGoals.size() + noRecentContact.size()
                                + needsWithoutGoal.size());
    }

    // Reads the five lists in one read transaction. Deleted and erased rows and
    // anonymised clients never count; a duplicate merged into a client counts as
    // that client.
    static WeekAgenda of(Store &store, const WeekFilter &filter);
    // Days a need may wait for its first goal.
    static constexpr int daysForFirstGoal = 60;
    // Days ahead that count as due soon (the day itself and these after it).
    static constexpr int daysAhead = 7;
};

} // namespace teren
