#pragma once

#include "changes/ChangeLog.h"

#include <QString>
#include <QUuid>
#include <QVariantList>

#include <functional>
#include <optional>

namespace teren {

class Database;

// Which changes of the log a bundle carries: an SQL condition on the `change` table.
struct ChangeSelection
{
    QString condition;
    QVariantList bindings;

    qint64 count(Database &db) const;
    void forEach(Database &db, const std::function<void(const ChangeRecord &)> &visit) const;

    // Every change with afterSeq < seq <= throughSeq: what a worker sends.
    static ChangeSelection range(qint64 afterSeq, qint64 throughSeq);
    // The same without the given ranges of seq (what the recipient already has, see
    // ImportedBundles::receivedFrom) and without the codelist seed every file starts
    // with.
    ChangeSelection excluding(const QList<QPair<qint64, qint64>> &ranges) const;
};

// What a coordinator sends back to one worker's installation: the region's shared
// records (codelists, localities, providers, workers, targets) and the records of
// that worker's clients — never another worker's clients. A client that has just
// become this worker's (reassigned, or at enrolment) comes with its whole history;
// the rest with the changes after `afterSeq`. A client reassigned away comes with
// the change that says so, once, and then no more. Changes the recipient made itself
// are left out: it has them.
class FieldScope
{
public:
    FieldScope(Database &db, const QUuid &worker, const QUuid &recipientReplica);
    ~FieldScope();
    FieldScope(const FieldScope &) = delete;
    FieldScope &operator=(const FieldScope &) = delete;

    ChangeSelection selection(qint64 afterSeq, qint64 throughSeq) const;
    // After the bundle is written: the worker has it (its number and the change-log
    // position it reaches), now has the whole history of its clients, and knows of
    // those reassigned away (nothing more of them is sent).
    void remember(qint64 sequence, qint64 exportedThrough);

    // What was last sent to the worker, if anything.
    struct LastExport
    {
        qint64 sequence = 0;
        qint64 exportedThrough = 0;
    };
    static std::optional<LastExport> lastExport(Database &db, const QUuid &worker);
    // A new installation of the worker has nothing yet: its clients go again whole.
    static void startAfresh(Database &db, const QUuid &worker);

private:
    Database &m_db;
    QByteArray m_worker;
    QByteArray m_recipient;
};

} // namespace teren
