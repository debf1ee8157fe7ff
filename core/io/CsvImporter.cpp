#include "CsvImporter.h"

#include "CsvReader.h"
#include "Error.h"
#include "domain/Codes.h"
#include "storage/EntityTable.h"
#include "store/Repositories.h"
#include "store/Rules.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

namespace teren {

namespace {

// Thrown for a row that refers to a row which itself failed: its error is already
// reported, so this row is skipped quietly.
struct SkipRow
{
};

enum class RowResult { Inserted, Updated, Unchanged };

const QString kindLocality = QStringLiteral("locality");
const QString kindHousehold = QStringLiteral("household");
const QString kindClient = QStringLiteral("client");
const QString kindCooperation = QStringLiteral("cooperation");
const QString kindNeed = QStringLiteral("need");
const QString kindGoal = QStringLiteral("goal");
const QString kindStep = QStringLiteral("step");
const QString kindContact = QStringLiteral("contact");

QString joinKey(const QStringList &parts)
{
    return parts.join(QChar(0x1f));
}

// One data row with its cells trimmed (except where a column keeps its spaces).
class Cells
{
public:
    Cells(const CsvRecord &record, const QStringList &columns)
        : m_record(record)
        , m_columns(columns)
    {
    }
    int line() const { return m_record.line; }
    QString raw(int column) const { return m_record.fields.value(column); }
    QString at(int column) const { return m_record.fields.value(column).trimmed(); }
    const QString &name(int column) const { return m_columns.at(column); }

    QString required(int column) const
    {
        const QString value = at(column);
        if (value.isEmpty())
            throw ValidationError(CsvImporter::tr("The column %1 needs a value.").arg(name(column)), name(column));
        return value;
    }

    QDate date(int column) const
    {
        const QString value = at(column);
        if (value.isEmpty())
            return {};
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate date = shape.match(value).hasMatch() ? QDate::fromString(value, Qt::ISODate) : QDate();
        if (!date.isValid())
            throw ValidationError(CsvImporter::tr("\"%1\" in the column %2 is not a valid date (YYYY-MM-DD).")
                                      .arg(value, name(column)),
                                  name(column));
        return date;
    }

    QDate requiredDate(int column) const
    {
        required(column);
        return date(column);
    }

    std::optional<int> integer(int column) const
    {
        const QString value = at(column);
        if (value.isEmpty())
            return std::nullopt;
        static const QRegularExpression shape(QStringLiteral("^[+-]?\\d{1,9}$"));
        bool ok = false;
        const int number = shape.match(value).hasMatch() ? value.toInt(&ok) : 0;
        if (!ok)
            throw ValidationError(CsvImporter::tr("\"%1\" in the column %2 is not a whole number.")
                                      .arg(value, name(column)),
                                  name(column));
        return number;
    }

    int requiredInteger(int column) const
    {
        required(column);
        return *integer(column);
    }

    QStringList list(int column) const
    {
        QStringList items;
        const QStringList parts = at(column).split(u';');
        for (const QString &part : parts) {
            const QString item = part.trimmed();
            if (!item.isEmpty())
                items.append(item);
        }
        return items;
    }

private:
    const CsvRecord &m_record;
    const QStringList &m_columns;
};

struct FileErrors
{
    QList<QPair<int, QString>> items;
    void add(int line, const QString &message) { items.append({line, message}); }
};

// A need row read in the first pass; needs are written per client in priority order.
struct NeedRow
{
    int line = 0;
    QString ref;
    QString clientRef;
    Need need;
    bool explicitPriority = false;
    std::optional<RowResult> result;
    bool failed = false;
};

class ImportRun
{
public:
    ImportRun(Store &store, const QString &directory, CsvImportReport &report)
        : m_store(store)
        , m_db(store.database())
        , m_dir(directory)
        , m_report(report)
    {
    }

    bool execute();

private:

    // ---- files
    bool load(const QString &fileName, const QStringList &columns, QList<CsvRecord> &rows);
    void flush(const QString &fileName);
    void rowError(int line, const QString &message) { m_errors.add(line, message); }
    void count(RowResult result);
    bool checkColumns(const CsvRecord &record, const QStringList &columns);

    // Runs one row inside its own savepoint; an error becomes a row error and marks
    // `ref` of `kind` as failed so rows that refer to it are skipped quietly.
    template<class Fn>
    void guarded(int line, const QString &kind, const QString &ref, Fn &&fn);

    // ---- references
    QUuid lookupRef(const QString &kind, const QString &ref);
    void rememberRef(const QString &kind, const QString &ref, const QUuid &rowId);
    bool refFailed(const QString &kind, const QString &ref) const
    {
        return m_brokenKinds.contains(kind) || m_failed.value(kind).contains(ref);
    }
    void markFailed(const QString &kind, const QString &ref)
    {
        if (!kind.isEmpty() && !ref.isEmpty())
            m_failed[kind].insert(ref);
    }
    // The row a reference column points to; throws when it is unknown (or SkipRow
    // when the row it names failed).
    QUuid resolve(const QString &kind, const Cells &cells, int column, const QString &ref,
                  const QString &definingFile);
    // The line where `key` was first seen in this file, or 0 the first time.
    static int seenBefore(QHash<QString, int> &seen, const QString &key, int line);

    // ---- files in dependency order
    void importLocalities();
    void importClients();
    void importCooperations();
    void importNeeds();
    void importGoals();
    void importSteps();
    void importContacts();

    RowResult localityRow(const Cells &cells, const QUuid &regionId);
    RowResult clientRow(const Cells &cells);
    RowResult cooperationRow(const Cells &cells, const QString &key);
    void writeNeeds(QList<NeedRow> &rows);
    RowResult goalRow(const Cells &cells);
    RowResult stepRow(const Cells &cells, const QString &key);
    RowResult contactRow(const Cells &cells, const QString &key);
    QUuid household(const QString &ref);

    Store &m_store;
    Database &m_db;
    QDir m_dir;
    CsvImportReport &m_report;
    QString m_file;
    FileErrors m_errors;
    QHash<QString, QSet<QString>> m_failed;
    QSet<QString> m_brokenKinds;
    int m_filesFound = 0;
};

// ------------------------------------------------------------------- plumbing

bool ImportRun::execute()
{
    if (!m_dir.exists()) {
        m_report.errors.append(CsvImporter::tr("%1: the folder does not exist.").arg(m_dir.path()));
        return false;
    }
    importLocalities();
    importClients();
    importCooperations();
    importNeeds();
    importGoals();
    importSteps();
    importContacts();
    if (m_filesFound == 0)
        m_report.errors.append(CsvImporter::tr("%1: no CSV files to import (expected localities.csv, clients.csv, "
                                               "cooperations.csv, needs.csv, goals.csv, steps.csv or contacts.csv).")
                                   .arg(m_dir.path()));
    return m_report.errors.isEmpty();
}

bool ImportRun::load(const QString &fileName, const QStringList &columns, QList<CsvRecord> &rows)
{
    m_file = fileName;
    m_errors = {};
    const QString path = m_dir.filePath(fileName);
    if (!QFileInfo::exists(path))
        return false;
    ++m_filesFound;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        rowError(1, CsvImporter::tr("The file cannot be read: %1").arg(file.errorString()));
        return false;
    }
    const CsvReader::Result parsed = CsvReader::parse(file.readAll());
    if (!parsed.ok()) {
        rowError(parsed.errorLine, parsed.error);
        // Rows before the broken spot are not imported either: the file is
        // reported as a whole and everything that depends on it is skipped.
        m_report.rowsByFile.insert(fileName, std::max<qsizetype>(0, parsed.records.size() - 1));
        return false;
    }
    if (parsed.records.isEmpty()) {
        rowError(1, CsvImporter::tr("The file is empty; its first row must be the header \"%1\".")
                        .arg(columns.join(u',')));
        return false;
    }
    const CsvRecord &header = parsed.records.first();
    QStringList names;
    for (const QString &name : header.fields)
        names.append(name.trimmed());
    bool same = names.size() == columns.size();
    for (qsizetype i = 0; same && i < names.size(); ++i)
        same = names.at(i).compare(columns.at(i), Qt::CaseInsensitive) == 0;
    m_report.rowsByFile.insert(fileName, static_cast<int>(parsed.records.size() - 1));
    if (!same) {
        rowError(header.line,
                 CsvImporter::tr("The header must be \"%1\", not \"%2\".").arg(columns.join(u','), names.join(u',')));
        return false;
    }
    rows = parsed.records.mid(1);
    return true;
}

void ImportRun::flush(const QString &fileName)
{
    std::stable_sort(m_errors.items.begin(), m_errors.items.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &item : std::as_const(m_errors.items))
        m_report.errors.append(QStringLiteral("%1:%2: %3").arg(fileName).arg(item.first).arg(item.second));
    m_errors = {};
}

void ImportRun::count(RowResult result)
{
    switch (result) {
    case RowResult::Inserted:
        ++m_report.inserted;
        break;
    case RowResult::Updated:
        ++m_report.updated;
        break;
    case RowResult::Unchanged:
        ++m_report.unchanged;
        break;
    }
}

bool ImportRun::checkColumns(const CsvRecord &record, const QStringList &columns)
{
    if (record.fields.size() == columns.size())
        return true;
    rowError(record.line, CsvImporter::tr("Expected %1 columns, found %2.").arg(columns.size()).arg(record.fields.size()));
    return false;
}

template<class Fn>
void ImportRun::guarded(int line, const QString &kind, const QString &ref, Fn &&fn)
{
    try {
        Transaction savepoint(m_db);
        const RowResult result = fn();
        savepoint.commit();
        count(result);
    } catch (const SkipRow &) {
        markFailed(kind, ref);
    } catch (const Error &error) {
        rowError(line, error.message());
        markFailed(kind, ref);
    }
}

QUuid ImportRun::lookupRef(const QString &kind, const QString &ref)
{
    Query &query = m_db.cached(QStringLiteral("SELECT row_id FROM import_ref WHERE kind = ? AND ref = ?"));
    query.bindAll({kind, ref}).exec();
    const QUuid id = query.next() ? db::toId(query.value(0)) : QUuid();
    query.finish();
    return id;
}

void ImportRun::rememberRef(const QString &kind, const QString &ref, const QUuid &rowId)
{
    m_db.cached(QStringLiteral("INSERT OR REPLACE INTO import_ref (kind, ref, row_id) VALUES (?, ?, ?)"))
        .bindAll({kind, ref, db::id(rowId)})
        .exec();
}

QUuid ImportRun::resolve(const QString &kind, const Cells &cells, int column, const QString &ref,
                         const QString &definingFile)
{
    QUuid id;
    if (kind == kindLocality) {
        if (const std::optional<Locality> locality = DirectoryRepository(m_store).localityByCode(ref))
            id = locality->id;
    } else {
        id = lookupRef(kind, ref);
    }
    if (!id.isNull())
        return id;
    if (refFailed(kind, ref))
        throw SkipRow();
    throw ValidationError(CsvImporter::tr("%1 \"%2\" is not in %3 nor in an earlier import.")
                              .arg(cells.name(column), ref, definingFile),
                          cells.name(column));
}

int ImportRun::seenBefore(QHash<QString, int> &seen, const QString &key, int line)
{
    const auto it = seen.constFind(key);
    if (it != seen.constEnd())
        return *it;
    seen.insert(key, line);
    return 0;
}

// ------------------------------------------------------------------- localities

void ImportRun::importLocalities()
{
    const QString fileName = QStringLiteral("localities.csv");
    const QStringList columns = {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("municipality"),
                                 QStringLiteral("district")};
    QList<CsvRecord> rows;
    if (!load(fileName, columns, rows)) {
        m_brokenKinds.insert(kindLocality);
        return flush(fileName);
    }
    QUuid regionId;
    if (!rows.isEmpty()) {
        DirectoryRepository directory(m_store);
        const QList<Region> regions = directory.regions();
        if (!regions.isEmpty()) {
            regionId = regions.first().id;
        } else {
            QString name = QFileInfo(m_dir.absolutePath()).fileName();
            if (name.isEmpty())
                name = CsvImporter::tr("Region");
            Region region;
            region.name = name;
            regionId = directory.addRegion(region).id;
        }
    }
    QHash<QString, int> seen;
    for (const CsvRecord &record : std::as_const(rows)) {
        const Cells cells(record, columns);
        if (!checkColumns(record, columns)) {
            markFailed(kindLocality, cells.at(0));
            continue;
        }
        if (const int first = seenBefore(seen, cells.at(0), record.line)) {
            rowError(record.line, CsvImporter::tr("The code \"%1\" is already on line %2.").arg(cells.at(0), QString::number(first)));
            continue;
        }
        guarded(record.line, kindLocality, cells.at(0), [&] { return localityRow(cells, regionId); });
    }
    flush(fileName);
}

RowResult ImportRun::localityRow(const Cells &cells, const QUuid &regionId)
{
    DirectoryRepository directory(m_store);
    Locality locality;
    locality.regionId = regionId;
    locality.code = cells.required(0);
    locality.name = cells.at(1);
    locality.municipality = cells.at(2);
    locality.district = cells.at(3);
    const std::optional<Locality> before = directory.localityByCode(locality.code);
    if (!before) {
        directory.addLocality(locality);
        return RowResult::Inserted;
    }
    Locality after = *before;
    after.name = locality.name;
    after.municipality = locality.municipality;
    after.district = locality.district;
    // DirectoryRepository has no update; the same rules as addLocality apply.
    Rules::requireText(after.name, QStringLiteral("name"), CsvImporter::tr("The locality's name"));
    Rules::requireText(after.municipality, QStringLiteral("municipality"), CsvImporter::tr("The municipality"));
    return EntityTable<Locality>::update(m_store.recorder(), *before, after) ? RowResult::Updated
                                                                             : RowResult::Unchanged;
}

// ------------------------------------------------------------------- clients

void ImportRun::importClients()
{
    const QString fileName = QStringLiteral("clients.csv");
    const QStringList columns = {QStringLiteral("client_ref"),    QStringLiteral("given_name"),
                                 QStringLiteral("family_name"),   QStringLiteral("birth_year"),
                                 QStringLiteral("gender"),        QStringLiteral("locality_code"),
                                 QStringLiteral("household_ref")};
    QList<CsvRecord> rows;
    if (!load(fileName, columns, rows)) {
        m_brokenKinds.insert(kindClient);
        return flush(fileName);
    }
    QHash<QString, int> seen;
    for (const CsvRecord &record : std::as_const(rows)) {
        const Cells cells(record, columns);
        if (!checkColumns(record, columns)) {
            markFailed(kindClient, cells.at(0));
            continue;
        }
        if (const int first = cells.at(0).isEmpty() ? 0 : seenBefore(seen, cells.at(0), record.line)) {
            rowError(record.line,
                     CsvImporter::tr("The client_ref \"%1\" is already on line %2.").arg(cells.at(0), QString::number(first)));
            continue;
        }
        guarded(record.line, kindClient, cells.at(0), [&] { return clientRow(cells); });
    }
    flush(fileName);
}

QUuid ImportRun::household(const QString &ref)
{
    const QUuid known = lookupRef(kindHousehold, ref);
    if (!known.isNull() && EntityTable<Household>::exists(m_db, known))
        return known;
    Household household;
    household.label = ref;
    household = DirectoryRepository(m_store).addHousehold(household);
    rememberRef(kindHousehold, ref, household.id);
    return household.id;
}

RowResult ImportRun::clientRow(const Cells &cells)
{
    const QString ref = cells.required(0);
    Client client;
    client.givenName = cells.at(1);
    client.familyName = cells.at(2);
    client.birthYear = cells.integer(3);
    client.gender = cells.at(4);
    if (!cells.at(5).isEmpty())
        client.localityId = resolve(kindLocality, cells, 5, cells.at(5), QStringLiteral("localities.csv"));
    if (!cells.at(6).isEmpty())
        client.householdId = household(cells.at(6));

    ClientRepository clients(m_store);
    const QUuid known = lookupRef(kindClient, ref);
    if (const std::optional<Client> before = clients.find(known)) {
        Client after = *before;
        after.givenName = client.givenName;
        after.familyName = client.familyName;
        after.birthYear = client.birthYear;
        after.gender = client.gender;
        after.localityId = client.localityId;
        after.householdId = client.householdId;
        return clients.update(after) ? RowResult::Updated : RowResult::Unchanged;
    }
    // New, or imported before and deleted since: created (again).
    client = clients.create(client);
    rememberRef(kindClient, ref, client.id);
    return RowResult::Inserted;
}

// ------------------------------------------------------------------- cooperations

void ImportRun::importCooperations()
{
    const QString fileName = QStringLiteral("cooperations.csv");
    const QStringList columns = {QStringLiteral("client_ref"), QStringLiteral("start"), QStringLiteral("end"),
                                 QStringLiteral("end_reason")};
    QList<CsvRecord> rows;
    if (!load(fileName, columns, rows))
        return flush(fileName);
    QHash<QString, int> seen;
    for (const CsvRecord &record : std::as_const(rows)) {
        const Cells cells(record, columns);
        if (!checkColumns(record, columns))
            continue;
        // Natural key: the client and the start date.
        const QString key = joinKey({cells.at(0), cells.at(1)});
        if (const int first = cells.at(0).isEmpty() || cells.at(1).isEmpty()
                ? 0
                : seenBefore(seen, key, record.line)) {
            rowError(record.line, CsvImporter::tr("The cooperation of \"%1\" starting %2 is already on line %3.")
                                      .arg(cells.at(0), cells.at(1), QString::number(first)));
            continue;
        }
        guarded(record.line, QString(), QString(), [&] { return cooperationRow(cells, key); });
    }
    flush(fileName);
}

RowResult ImportRun::cooperationRow(const Cells &cells, const QString &key)
{
    Cooperation cooperation;
    cooperation.clientId = resolve(kindClient, cells, 0, cells.required(0), QStringLiteral("clients.csv"));
    cooperation.startOn = cells.requiredDate(1);
    cooperation.endOn = cells.date(2);
    cooperation.endReason = cells.at(3);
    CooperationRepository cooperations(m_store);
    if (const std::optional<Cooperation> before = cooperations.find(lookupRef(kindCooperation, key))) {
        Cooperation after = *before;
        after.endOn = cooperation.endOn;
        after.endReason = cooperation.endReason;
        return cooperations.update(after) ? RowResult::Updated : RowResult::Unchanged;
    }
    cooperation = cooperations.create(cooperation);
    rememberRef(kindCooperation, key, cooperation.id);
    return RowResult::Inserted;
}

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
    if (!load(fileName, columns, records)) {
        m_brokenKinds.insert(kindNeed);
        return flush(fileName);
    }
    // First pass: read and check every row; nothing is written yet.
    QList<NeedRow> rows;
    QHash<QString, int> seen;
    QHash<QString, int> openPriorities; // client_ref + priority -> line
    for (const CsvRecord &record : std::as_const(records)) {
        const Cells cells(record, columns);
        if (!checkColumns(record, columns)) {
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
    const QString fileName = QStringLiteral("goals.csv");
    const QStringList columns = {QStringLiteral("goal_ref"),    QStringLiteral("need_ref"),
                                 QStringLiteral("text"),        QStringLiteral("horizon"),
                                 QStringLiteral("target_date"), QStringLiteral("status"),
                                 QStringLiteral("achieved_on")};
    QList<CsvRecord> rows;
    if (!load(fileName, columns, rows)) {
        m_brokenKinds.insert(kindGoal);
        return flush(fileName);
    }
    QHash<QString, int> seen;
    for (const CsvRecord &record : std::as_const(rows)) {
        const Cells cells(record, columns);
        if (!checkColumns(record, columns)) {
            markFailed(kindGoal, cells.at(0));
            continue;
        }
        if (const int first = cells.at(0).isEmpty() ? 0 : seenBefore(seen, cells.at(0), record.line)) {
            rowError(record.line,
                     CsvImporter::tr("The goal_ref \"%1\" is already on line %2.").arg(cells.at(0), QString::number(first)));
            continue;
        }
        guarded(record.line, kindGoal, cells.at(0), [&] { return goalRow(cells); });
    }
    flush(fileName);
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
    if (const std::optional<Goal> before = plan.findGoal(lookupRef(kindGoal, ref))) {
        goal.id = before->id;
        return plan.updateGoal(goal) ? RowResult::Updated : RowResult::Unchanged;
    }
    goal = plan.createGoal(goal);
    rememberRef(kindGoal, ref, goal.id);
    return RowResult::Inserted;
}

// ------------------------------------------------------------------- steps

void ImportRun::importSteps()
{
    const QString fileName = QStringLiteral("steps.csv");
    const QStringList columns = {QStringLiteral("goal_ref"), QStringLiteral("text"), QStringLiteral("responsible"),
                                 QStringLiteral("due_date"), QStringLiteral("done_on")};
    QList<CsvRecord> rows;
    if (!load(fileName, columns, rows))
        return flush(fileName);
    QHash<QString, int> seen;
    for (const CsvRecord &record : std::as_const(rows)) {
        const Cells cells(record, columns);
        if (!checkColumns(record, columns))
            continue;
        // Natural key: the goal and the step's text.
        const QString key = joinKey({cells.at(0), cells.at(1)});
        if (const int first = cells.at(0).isEmpty() || cells.at(1).isEmpty()
                ? 0
                : seenBefore(seen, key, record.line)) {
            rowError(record.line, CsvImporter::tr("The same step of goal \"%1\" is already on line %2.")
                                      .arg(cells.at(0), QString::number(first)));
            continue;
        }
        guarded(record.line, QString(), QString(), [&] { return stepRow(cells, key); });
    }
    flush(fileName);
}

RowResult ImportRun::stepRow(const Cells &cells, const QString &key)
{
    Step step;
    step.goalId = resolve(kindGoal, cells, 0, cells.required(0), QStringLiteral("goals.csv"));
    step.text = cells.required(1);
    step.responsible = cells.required(2);
    step.dueOn = cells.date(3);
    step.doneOn = cells.date(4);
    PlanRepository plan(m_store);
    if (const std::optional<Step> before = plan.findStep(lookupRef(kindStep, key))) {
        step.id = before->id;
        return plan.updateStep(step) ? RowResult::Updated : RowResult::Unchanged;
    }
    step = plan.createStep(step);
    rememberRef(kindStep, key, step.id);
    return RowResult::Inserted;
}

// ------------------------------------------------------------------- contacts

void ImportRun::importContacts()
{
    const QString fileName = QStringLiteral("contacts.csv");
    const QStringList columns = {QStringLiteral("client_ref"),    QStringLiteral("date"),
                                 QStringLiteral("minutes"),       QStringLiteral("place"),
                                 QStringLiteral("interventions"), QStringLiteral("need_refs"),
                                 QStringLiteral("note")};
    QList<CsvRecord> rows;
    if (!load(fileName, columns, rows))
        return flush(fileName);
    QHash<QByteArray, int> occurrences;
    for (const CsvRecord &record : std::as_const(rows)) {
        const Cells cells(record, columns);
        if (!checkColumns(record, columns))
            continue;
        // Contacts have no reference: the whole row is the key, and the n-th copy
        // of an identical row is its own contact.
        QStringList parts;
        for (int i = 0; i < 6; ++i)
            parts.append(cells.list(i).join(u';'));
        parts.append(cells.raw(6));
        const QByteArray hash =
            QCryptographicHash::hash(joinKey(parts).toUtf8(), QCryptographicHash::Sha256).toHex();
        const int occurrence = ++occurrences[hash];
        const QString key = QString::fromLatin1(hash) + u'#' + QString::number(occurrence);
        guarded(record.line, QString(), QString(), [&] { return contactRow(cells, key); });
    }
    flush(fileName);
}

RowResult ImportRun::contactRow(const Cells &cells, const QString &key)
{
    Contact contact;
    contact.clientId = resolve(kindClient, cells, 0, cells.required(0), QStringLiteral("clients.csv"));
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

} // namespace

CsvImportReport CsvImporter::importFolder(const QString &directory)
{
    CsvImportReport report;
    try {
        Transaction transaction(m_store.database());
        ImportRun run(m_store, directory, report);
        if (run.execute())
            transaction.commit();
    } catch (const Error &error) {
        report.errors.append(QStringLiteral("%1: %2").arg(directory, error.message()));
    }
    if (!report.errors.isEmpty()) {
        // Nothing was written.
        report.inserted = 0;
        report.updated = 0;
        report.unchanged = 0;
    }
    return report;
}

} // namespace teren
