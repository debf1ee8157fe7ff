#pragma once

#include <QColor>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QUuid>

namespace teren {

// What the goal timeline shows: the client's needs that have goals, each goal with
// its steps. Built by TimelineTab from the repositories; labels are already translated.
struct TimelineStep
{
    QUuid id;
    QString text;
    QString responsible; // code
    QDate dueOn;
    QDate doneOn;
};

struct TimelineGoal
{
    QUuid id;
    QString text;
    QString horizon; // code
    QString status;  // code
    QDate startOn;   // the need's identified date: where the bar starts
    QDate targetOn;
    QDate achievedOn;
    QList<TimelineStep> steps;
};

struct TimelineNeed
{
    QUuid id;
    QString area; // code: decides the colour
    QString areaLabel;
    QString status; // code
    QDate identifiedOn;
    QDate closedOn;
    QList<TimelineGoal> goals;
};

struct TimelineData
{
    QList<TimelineNeed> needs; // only needs with at least one goal
    QDate today;

    int goalCount() const;
    // The first and last date anything of the plan (or today) falls on.
    QDate firstDate() const;
    QDate lastDate() const;
    // The areas of the needs, each once, in the order shown: (code, label).
    QList<QPair<QString, QString>> areas() const;
};

// The stable colour of an area code (a fixed palette; unknown codes hash into it).
QColor timelineAreaColour(const QString &area);

} // namespace teren
