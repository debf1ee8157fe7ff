#pragma once

#include <QString>
#include <QStringList>

namespace teren {

// How a row of a client's records leads to its client, as SQL generated from the
// parent columns in SchemaRegistry: a step through its goal and need, a goal
// through its need, a need, cooperation or contact directly. Tables are their own
// aliases in the generated text ("need.client_id"), so callers can add columns of
// any table on the way.
struct ClientPath
{
    QString from;      // "step JOIN goal ON goal.id = step.goal_id JOIN need ON ..."
    QString client;    // the expression giving the client's id: "need.client_id"
    QStringList chain; // the tables joined, the row's own first

    // Every table of a client's records that leads to the client by parent columns
    // (all but the household, which clients point to), children before parents.
    static const QStringList &tables();
    // For a table of tables().
    static ClientPath of(const QString &table);
};

} // namespace teren
