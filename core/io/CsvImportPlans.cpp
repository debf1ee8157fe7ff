#include "CsvImportRun.h"

#include "changes/EntityTable.h"
#include "domain/Codes.h"
#include "store/Repositories.h"
#include "store/Rules.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace teren::csvimport {

// ------------------------------------------------------------------- needs

void ImportRun::importNeeds()
{
    const QString fileName = QStringLiteral("needs.csv");
    const QStringList columns = {QStringLiteral("need_ref"),      QStringLiteral("client_ref"),
                                 QStringLiteral("area"),          QStringLiteral("intensity"),
                                 QStringLiteral("priority"),      QStringLiteral("identified_on"),
                                 QStringLiteral("status"),        QStringLiteral("closed_on"),
                                 QStringLiteral("outcome")};
    QList<CsvRecord> records;
    if (!load(fileName, columns, records))
        return failedToLoad(fileName, kindNeed);
    // First pass: read and check every row; nothing is written yet.
    QList<NeedRow> rows;
    QHash<QString, int> seen;
    QHash<QString, int> openPriorities; // client_ref + priority -> line
    for (const CsvRecord &record : std::as_const(records)) {
        const Cells cells(record, columns);
        if (!checkColumns(record, columns) || !checkText(record, columns)) {
            markFailed(kindNeed, cells.at(0));
            continue;
        }
        if (const int first = cells.at(0).isEmpty() ? 0 : seenBefore(seen, cells.at(0), record.line)) {
            rowError(record.line,
                     CsvImporter::tr("The need_ref \"%1\" is already on line %2.").arg(cells.at(0), QString::number(first)));
            continue;
        }
        try {
            NeedRow row;
            row.line = record.line;
            row.ref = cells.required(0);
            row.clientRef = cells.required(1);
            row.need.clientId = resolve(kindClient, cells, 1, row.clientRef, QStringLiteral("clients.csv"));
            row.need.area = cells.required(2);
            row.need.intensity = cells.requiredInteger(3);
            const std::optional<int> priority = cells.integer(4);
            if (priority && *priority < 1)
                throw ValidationError(CsvImporter::tr("Priority must be a positive number."),
                                      QStringLiteral("priority"));
            row.need.identifiedOn = cells.requiredDate(5);
            row.need.status = cells.required(6);
            row.need.closedOn = cells.date(7);
            row.need.outcome = cells.at(8);
            if (priority && Codes::isOpenNeedStatus(row.need.status)) {
                row.explicitPriority = true;
                row.need.priority = *priority;
                const QString key = joinKey({row.clientRef, QString::number(*priority)});
                if (const int first = seenBefore(openPriorities, key, record.line)) {
                    rowError(record.line, CsvImporter::tr("Client \"%1\" already has an open need with priority "
                                                          "%2 on line %3.")
                                              .arg(row.clientRef, QString::number(*priority), QString::number(first)));
                    markFailed(kindNeed, row.ref);
                    continue;
                }
            }
            rows.append(row);
        } catch (const SkipRow &) {
            markFailed(kindNeed, cells.at(0));
        } catch (const ConstraintError &error) {
            rowError(record.line, error.message());
            markFailed(kindNeed, cells.at(0));
        } catch (const StorageError &) {
            throw;
        } catch (const Error &error) {
            rowError(record.line, error.message());
            markFailed(kindNeed, cells.at(0));
        }
    }
    writeNeeds(rows);
    for (const NeedRow &row : std::as_const(rows)) {
        if (row.result)
            count(*row.result);
    }
    flush(fileName);
}

// Writes the needs one client at a time. A client's new open needs are created in
// the order of their priorities (NeedRepository::create renumbers), then the open
// needs that carry an explicit priority are checked to stand in that order, which
// is what the priority column means once the repository has closed up any gaps.
void ImportRun::writeNeeds(QList<NeedRow> &rows)
{
    NeedRepository needs(m_store);
    QList<QUuid> clients;
    for (const NeedRow &row : std::as_const(rows)) {
        if (!clients.contains(row.need.clientId))
            clients.append(row.need.clientId);
    }
    const auto write = [&](NeedRow &row, const std::function<RowResult()> &fn) {
        try {
            Transaction savepoint(m_db);
            row.result = fn();
            savepoint.commit();
        } catch (const ConstraintError &error) {
            rowError(row.line, error.message());
            markFailed(kindNeed, row.ref);
            row.failed = true;
        } catch (const StorageError &) {
            throw;
        } catch (const Error &error) {
            rowError(row.line, error.message());
            markFailed(kindNeed, row.ref);
            row.failed = true;
        }
    };
    for (const QUuid &clientId : std::as_const(clients)) {
        QList<NeedRow *> existing;
        QList<NeedRow *> created;
        for (NeedRow &row : rows) {
            if (row.need.clientId != clientId)
                continue;
            if (needs.find(lookupRef(kindNeed, row.ref)))
                existing.append(&row);
            else
                created.append(&row);
        }
        for (NeedRow *row : std::as_const(existing)) {
            write(*row, [&] {
                const Need before = *needs.find(lookupRef(kindNeed, row->ref));
                Need after = before;
                after.clientId = row->need.clientId;
                after.area = row->need.area;
                after.intensity = row->need.intensity;
                after.identifiedOn = row->need.identifiedOn;
                after.status = row->need.status;
                after.closedOn = row->need.closedOn;
                after.outcome = row->need.outcome;
                // The place in the order is settled below, not by the raw number.
                after.priority = before.priority;
                return needs.update(after) ? RowResult::Updated : RowResult::Unchanged;
            });
        }
        const auto rank = [](const NeedRow *row) {
            if (!row->need.isOpen())
                return 2;
            return row->explicitPriority ? 0 : 1;
        };
        std::stable_sort(created.begin(), created.end(), [&](const NeedRow *a, const NeedRow *b) {
            if (rank(a) != rank(b))
                return rank(a) < rank(b);
            return rank(a) == 0 && a->need.priority < b->need.priority;
        });
        for (NeedRow *row : std::as_const(created)) {
            write(*row, [&] {
                Need need = row->need;
                if (!row->explicitPriority)
                    need.priority = 0;
                need = needs.create(need);
                rememberRef(kindNeed, row->ref, need.id);
                return RowResult::Inserted;
            });
        }

        // Explicit priorities: the open needs that have one must stand in that order.
        QList<NeedRow *> ordered;
        for (NeedRow &row : rows) {
            if (row.need.clientId == clientId && !row.failed && row.explicitPriority)
                ordered.append(&row);
        }
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const NeedRow *a, const NeedRow *b) { return a->need.priority < b->need.priority; });
        QList<int> positions;
        for (const NeedRow *row : std::as_const(ordered))
            positions.append(needs.find(lookupRef(kindNeed, row->ref))->priority);
        if (std::is_sorted(positions.begin(), positions.end()))
            continue;
        std::sort(positions.begin(), positions.end());
        for (qsizetype i = 0; i < ordered.size(); ++i) {
            NeedRow *row = ordered.at(i);
            write(*row, [&] {
                const QUuid id = lookupRef(kindNeed, row->ref);
                const RowResult before = row->result.value_or(RowResult::Unchanged);
                if (needs.find(id)->priority == positions.at(i))
                    return before;
                needs.moveToPriority(id, positions.at(i));
                return before == RowResult::Inserted ? before : RowResult::Updated;
            });
        }
    }
}
// ------------------------------------------------------------------- goals

void ImportRun::importGoals()
{
    importFile({QStringLiteral("goals.csv"),
                {QStringLiteral("goal_ref"), QStringLiteral("need_ref"), QStringLiteral("text"),
                 QStringLiteral("horizon"), QStringLiteral("target_date"), QStringLiteral("status"),
                 QStringLiteral("achieved_on")},
                kindGoal,
                [](const Cells &cells) { return cells.at(0); },
                [](const Cells &cells, int first) {
                    return CsvImporter::tr("The goal_ref \"%1\" is already on line %2.")
                        .arg(cells.at(0), QString::number(first));
                }},
               [this](const Cells &cells, const QString &) { return goalRow(cells); });
}

RowResult ImportRun::goalRow(const Cells &cells)
{
    const QString ref = cells.required(0);
    Goal goal;
    goal.needId = resolve(kindNeed, cells, 1, cells.required(1), QStringLiteral("needs.csv"));
    goal.text = cells.required(2);
    goal.horizon = cells.required(3);
    goal.targetOn = cells.date(4);
    goal.status = cells.required(5);
    goal.achievedOn = cells.date(6);
    PlanRepository plan(m_store);
    return upsert(
        kindGoal, ref, goal, [&plan](const QUuid &id) { return plan.findGoal(id); },
        [&plan](const Goal &after) { return plan.updateGoal(after); },
        [&plan](const Goal &fresh) { return plan.createGoal(fresh); },
        [](const Goal &before, Goal &after) { after.id = before.id; });
}
// ------------------------------------------------------------------- steps

void ImportRun::importSteps()
{
    // Natural key: the goal and the step's text.
    importFile({QStringLiteral("steps.csv"),
                {QStringLiteral("goal_ref"), QStringLiteral("text"), QStringLiteral("responsible"),
                 QStringLiteral("due_date"), QStringLiteral("done_on")},
                QString(),
                [](const Cells &cells) {
                    return cells.at(0).isEmpty() || cells.at(1).isEmpty() ? QString()
                                                                          : joinKey({cells.at(0), cells.at(1)});
                },
                [](const Cells &cells, int first) {
                    return CsvImporter::tr("The same step of goal \"%1\" is already on line %2.")
                        .arg(cells.at(0), QString::number(first));
                }},
               [this](const Cells &cells, const QString &key) { return stepRow(cells, key); },
               {QStringLiteral("partner")});
}

RowResult ImportRun::stepRow(const Cells &cells, const QString &key)
{
    Step step;
    step.goalId = resolve(kindGoal, cells, 0, cells.required(0), QStringLiteral("goals.csv"));
    step.text = cells.required(1);
    step.responsible = cells.required(2);
    step.dueOn = cells.date(3);
    step.doneOn = cells.date(4);
    step.partnerId = partnerOf(cells, 5);
    const bool partnerColumn = cells.has(5);
    PlanRepository plan(m_store);
    return upsert(
        kindStep, key, step, [&plan](const QUuid &id) { return plan.findStep(id); },
        [&plan](const Step &after) { return plan.updateStep(after); },
        [&plan](const Step &fresh) { return plan.createStep(fresh); },
        [partnerColumn](const Step &before, Step &after) {
            after.id = before.id;
            if (!partnerColumn) // a file without the column says nothing about partners
                after.partnerId = before.partnerId;
        });
}
// ------------------------------------------------------------------- contacts

void ImportRun::importContacts()
{
    // Contacts have no reference: the whole row is the key, and the n-th copy of an
    // identical row is its own contact.
    QHash<QByteArray, int> occurrences;
    importFile({QStringLiteral("contacts.csv"),
                {QStringLiteral("client_ref"), QStringLiteral("date"), QStringLiteral("minutes"),
                 QStringLiteral("place"), QStringLiteral("interventions"), QStringLiteral("need_refs"),
                 QStringLiteral("note")},
                QString(),
                [&occurrences](const Cells &cells) -> QString {
                    QStringList parts;
                    for (int i = 0; i < 6; ++i)
                        parts.append(cells.list(i).join(u';'));
                    parts.append(cells.raw(6));
                    const QByteArray hash =
                        QCryptographicHash::hash(joinKey(parts).toUtf8(), QCryptographicHash::Sha256).toHex();
                    return QString::fromLatin1(hash) + u'#' + QString::number(++occurrences[hash]);
                },
                {}},
               [this](const Cells &cells, const QString &key) { return contactRow(cells, key); });
}

RowResult ImportRun::contactRow(const Cells &cells, const QString &key)
{
    Contact contact;
    // Several clients of one contact (a family visit), separated by ";": the first is
    // the contact's client, the others are linked to it.
    const QStringList clientRefs = cells.list(0);
    if (clientRefs.isEmpty())
        throw ValidationError(CsvImporter::tr("The column %1 needs a value.").arg(cells.name(0)), cells.name(0));
    for (const QString &ref : clientRefs) {
        if (clientRefs.count(ref) > 1)
            throw ValidationError(CsvImporter::tr("The client_ref \"%1\" is listed twice in one contact.").arg(ref),
                                  cells.name(0));
        const QUuid client = resolve(kindClient, cells, 0, ref, QStringLiteral("clients.csv"));
        if (contact.clientId.isNull())
            contact.clientId = client;
        else
            contact.otherClientIds.append(client);
    }
    contact.contactOn = cells.requiredDate(1);
    contact.minutes = cells.requiredInteger(2);
    contact.place = cells.required(3);
    contact.interventions = cells.list(4);
    for (const QString &needRef : cells.list(5))
        contact.needIds.append(resolve(kindNeed, cells, 5, needRef, QStringLiteral("needs.csv")));
    contact.note = cells.raw(6);
    ContactRepository contacts(m_store);
    const QUuid known = lookupRef(kindContact, key);
    if (EntityTable<Contact>::exists(m_db, known)) {
        // Contacts are append-only; the key is the whole row, so nothing can differ.
        contacts.validate(contact);
        return RowResult::Unchanged;
    }
    contact = contacts.create(contact);
    rememberRef(kindContact, key, contact.id);
    return RowResult::Inserted;
}

} // namespace teren::csvimport
