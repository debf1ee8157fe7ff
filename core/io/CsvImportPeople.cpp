#include "CsvImportRun.h"

#include "changes/EntityTable.h"
#include "domain/Codes.h"
#include "domain/ControlCharacters.h"
#include "storage/RegularFile.h"
#include "store/ConsentRepository.h"
#include "store/RegionRepositories.h"
#include "store/Repositories.h"
#include "store/Rules.h"

#include <QCryptographicHash>
#include <QFileInfo>

#include <algorithm>

namespace teren::csvimport {

// ------------------------------------------------------------------- plumbing

bool ImportRun::execute()
{
    if (!m_dir.exists()) {
        m_report.errors.append(CsvImporter::tr("%1: the folder does not exist.").arg(m_dir.path()));
        return false;
    }
    importLocalities();
    importPartners();
    importClients();
    importCooperations();
    importNeeds();
    importGoals();
    importSteps();
    importContacts();
    if (m_filesFound == 0)
        m_report.errors.append(CsvImporter::tr("%1: no CSV files to import (expected localities.csv, partners.csv, "
                                               "clients.csv, cooperations.csv, needs.csv, goals.csv, steps.csv or "
                                               "contacts.csv).")
                                   .arg(m_dir.path()));
    return m_report.errors.isEmpty();
}

bool ImportRun::load(const QString &fileName, const QStringList &columns, QList<CsvRecord> &rows,
                     const QStringList &optional, QStringList *present)
{
    m_file = fileName;
    m_errors = {};
    const QString path = m_dir.filePath(fileName);
    if (!QFileInfo::exists(path))
        return false;
    ++m_filesFound;
    QString why;
    const std::optional<QByteArray> content = RegularFile::read(path, RegularFile::maxSpreadsheetBytes, why);
    if (!content) {
        rowError(1, CsvImporter::tr("The file cannot be read: %1").arg(why));
        return false;
    }
    const CsvReader::Result parsed = CsvReader::parse(*content);
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
    const QStringList expected = columns + optional.mid(0, std::max<qsizetype>(0, names.size() - columns.size()));
    bool same = names.size() == expected.size();
    for (qsizetype i = 0; same && i < names.size(); ++i)
        same = names.at(i).compare(expected.at(i), Qt::CaseInsensitive) == 0;
    m_report.rowsByFile.insert(fileName, static_cast<int>(parsed.records.size() - 1));
    if (!same) {
        if (optional.isEmpty())
            rowError(header.line, CsvImporter::tr("The header must be \"%1\", not \"%2\".")
                                      .arg(columns.join(u','), names.join(u',')));
        else
            rowError(header.line, CsvImporter::tr("The header must be \"%1\", optionally followed by \"%2\", not "
                                                  "\"%3\".")
                                      .arg(columns.join(u','), optional.join(u','), names.join(u',')));
        return false;
    }
    if (present)
        *present = expected;
    rows = parsed.records.mid(1);
    return true;
}

void ImportRun::failedToLoad(const QString &fileName, const QString &kind)
{
    if (!kind.isEmpty() && QFileInfo::exists(m_dir.filePath(fileName)))
        m_brokenKinds.insert(kind);
    flush(fileName);
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

bool ImportRun::checkText(const CsvRecord &record, const QStringList &columns)
{
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const QString &field = record.fields.at(i);
        if (const qsizetype at = controlcharacters::firstForbidden(field); at >= 0) {
            rowError(record.line, CsvImporter::tr("The column %1 holds the control character %2, which no text may "
                                                  "hold; remove it in the spreadsheet.")
                                      .arg(columns.value(i), controlcharacters::codePoint(field.at(at))));
            return false;
        }
    }
    return true;
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

void ImportRun::importFile(const FileSpec &spec,
                           const std::function<RowResult(const Cells &, const QString &key)> &row,
                           const QStringList &optional)
{
    QList<CsvRecord> rows;
    QStringList columns = spec.columns;
    if (!load(spec.fileName, spec.columns, rows, optional, &columns))
        return failedToLoad(spec.fileName, spec.kind);
    QHash<QString, int> seen;
    for (const CsvRecord &record : std::as_const(rows)) {
        const Cells cells(record, columns);
        const QString ref = spec.kind.isEmpty() ? QString() : cells.at(0);
        if (!checkColumns(record, columns) || !checkText(record, columns)) {
            markFailed(spec.kind, ref);
            continue;
        }
        const QString key = spec.key(cells);
        if (spec.duplicate && !key.isEmpty()) {
            if (const int first = seenBefore(seen, key, record.line)) {
                rowError(record.line, spec.duplicate(cells, first));
                continue;
            }
        }
        guarded(record.line, spec.kind, ref, [&] { return row(cells, key); });
    }
    flush(spec.fileName);
}

// ------------------------------------------------------------------- localities

void ImportRun::importLocalities()
{
    // Outside any row's savepoint: a failed row must not take the region with it.
    if (QFileInfo::exists(m_dir.filePath(QStringLiteral("localities.csv"))))
        regionForLocalities();
    importFile({QStringLiteral("localities.csv"),
                {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("municipality"), QStringLiteral("district")},
                kindLocality,
                [](const Cells &cells) { return cells.at(0); },
                [](const Cells &cells, int first) {
                    return CsvImporter::tr("The code \"%1\" is already on line %2.").arg(cells.at(0), QString::number(first));
                }},
               [this](const Cells &cells, const QString &) { return localityRow(cells); },
               {QStringLiteral("residents")});
}

QUuid ImportRun::regionForLocalities()
{
    if (!m_region.isNull())
        return m_region;
    DirectoryRepository directory(m_store);
    const QList<Region> regions = directory.regions();
    if (!regions.isEmpty()) {
        m_region = regions.first().id;
    } else {
        QString name = QFileInfo(m_dir.absolutePath()).fileName();
        if (name.isEmpty())
            name = CsvImporter::tr("Region");
        Region region;
        region.name = name;
        m_region = directory.addRegion(region).id;
    }
    return m_region;
}

RowResult ImportRun::localityRow(const Cells &cells)
{
    DirectoryRepository directory(m_store);
    Locality locality;
    locality.regionId = regionForLocalities();
    locality.code = cells.required(0);
    locality.name = cells.at(1);
    locality.municipality = cells.at(2);
    locality.district = cells.at(3);
    // The optional fifth column: the estimated residents in social exclusion (empty:
    // not known). Without the column an update keeps the estimate recorded.
    const bool hasResidents = cells.has(4);
    if (hasResidents) {
        locality.residents = cells.integer(4);
        if (locality.residents && *locality.residents < 0)
            throw ValidationError(CsvImporter::tr("The column residents cannot be negative (%1).")
                                      .arg(*locality.residents),
                                  QStringLiteral("residents"));
    }
    const std::optional<Locality> before = directory.localityByCode(locality.code);
    if (!before) {
        directory.addLocality(locality);
        return RowResult::Inserted;
    }
    Locality after = *before;
    after.name = locality.name;
    after.municipality = locality.municipality;
    after.district = locality.district;
    if (hasResidents)
        after.residents = locality.residents;
    // DirectoryRepository has no update; the same rules as addLocality apply.
    Rules::requireText(after.name, QStringLiteral("name"), CsvImporter::tr("The locality's name"));
    Rules::requireText(after.municipality, QStringLiteral("municipality"), CsvImporter::tr("The municipality"));
    return EntityTable<Locality>::update(m_store.recorder(), *before, after) ? RowResult::Updated
                                                                             : RowResult::Unchanged;
}

// ------------------------------------------------------------------- clients

void ImportRun::importClients()
{
    importFile({QStringLiteral("clients.csv"),
                {QStringLiteral("client_ref"), QStringLiteral("given_name"), QStringLiteral("family_name"),
                 QStringLiteral("birth_year"), QStringLiteral("gender"), QStringLiteral("locality_code"),
                 QStringLiteral("household_ref")},
                kindClient,
                [](const Cells &cells) { return cells.at(0); },
                [](const Cells &cells, int first) {
                    return CsvImporter::tr("The client_ref \"%1\" is already on line %2.")
                        .arg(cells.at(0), QString::number(first));
                }},
               [this](const Cells &cells, const QString &) { return clientRow(cells); },
               {QStringLiteral("worker"), QStringLiteral("consent_on"), QStringLiteral("consent_scope")});
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

QUuid ImportRun::workerOf(const Cells &cells, int column)
{
    const QString text = cells.at(column);
    WorkerRepository workers(m_store);
    const QList<QUuid> found = workers.matching(text);
    if (found.isEmpty())
        throw ValidationError(CsvImporter::tr("There is no worker \"%1\"; the column %2 takes a worker's name or id.")
                                  .arg(text, cells.name(column)),
                              cells.name(column));
    if (found.size() > 1) {
        QStringList ids;
        for (const QUuid &id : found)
            ids.append(id.toString(QUuid::WithoutBraces));
        throw ValidationError(CsvImporter::tr("Several workers are called \"%1\" (%2); give the id of one.")
                                  .arg(text, ids.join(QStringLiteral(", "))),
                              cells.name(column));
    }
    const Worker worker = *workers.find(found.first());
    if (!worker.isActiveOn(m_store.clock().today()))
        throw ValidationError(CsvImporter::tr("%1 is not an active worker today; clients are assigned to active "
                                              "workers only.")
                                  .arg(worker.name),
                              cells.name(column));
    if (const QUuid enrolled = m_store.enrolledWorker(); !enrolled.isNull() && enrolled != worker.id) {
        const std::optional<Worker> own = workers.find(enrolled);
        throw ValidationError(CsvImporter::tr("This installation works as %1 and registers that worker's clients "
                                              "only, not those of %2.")
                                  .arg(own ? own->name : enrolled.toString(QUuid::WithoutBraces), worker.name),
                              cells.name(column));
    }
    return worker.id;
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
    // Without a worker, a client is the enrolled laptop's worker's (ClientRepository::create).
    const bool workerGiven = cells.has(7) && !cells.at(7).isEmpty();
    if (workerGiven)
        client.workerId = workerOf(cells, 7);
    const QDate consentOn = cells.has(8) ? cells.date(8) : QDate();
    const QString consentScope = cells.has(9) ? cells.at(9) : QString();
    if (!consentOn.isValid() && !consentScope.isEmpty())
        throw ValidationError(CsvImporter::tr("The column consent_scope needs the date of the consent in "
                                              "consent_on."),
                              QStringLiteral("consent_on"));

    ClientRepository clients(m_store);
    const RowResult result = upsert(
        kindClient, ref, client, [&clients](const QUuid &id) { return clients.find(id); },
        [&clients](const Client &after) { return clients.update(after); },
        [&clients](const Client &fresh) { return clients.create(fresh); },
        [workerGiven](const Client &before, Client &after) {
            // The file describes the person (and, when it says so, the worker: a
            // hand-over); consent, notes and the rest stay as kept.
            Client merged = before;
            if (workerGiven)
                merged.workerId = after.workerId;
            merged.givenName = after.givenName;
            merged.familyName = after.familyName;
            merged.birthYear = after.birthYear;
            merged.gender = after.gender;
            merged.localityId = after.localityId;
            merged.householdId = after.householdId;
            after = merged;
        });
    if (!consentOn.isValid())
        return result;
    return consentGiven(lookupRef(kindClient, ref), consentOn, consentScope) && result == RowResult::Unchanged
        ? RowResult::Updated
        : result;
}

bool ImportRun::consentGiven(const QUuid &clientId, const QDate &on, const QString &scope)
{
    // The basic consent, with what the spreadsheet says of it as its note; once only,
    // so importing the same folder again records nothing new.
    Consent consent;
    consent.clientId = clientId;
    consent.recordedOn = on;
    consent.note = scope;
    ConsentRepository consents(m_store);
    for (const Consent &known : consents.forClient(clientId)) {
        if (known.recordedOn == on && known.isGiven() && known.scope == consent.scope && known.note == scope)
            return false;
    }
    consents.record(consent);
    return true;
}
// ------------------------------------------------------------------- cooperations

void ImportRun::importCooperations()
{
    // Natural key: the client and the start date.
    importFile({QStringLiteral("cooperations.csv"),
                {QStringLiteral("client_ref"), QStringLiteral("start"), QStringLiteral("end"),
                 QStringLiteral("end_reason")},
                QString(),
                [](const Cells &cells) {
                    return cells.at(0).isEmpty() || cells.at(1).isEmpty() ? QString()
                                                                          : joinKey({cells.at(0), cells.at(1)});
                },
                [](const Cells &cells, int first) {
                    return CsvImporter::tr("The cooperation of \"%1\" starting %2 is already on line %3.")
                        .arg(cells.at(0), cells.at(1), QString::number(first));
                }},
               [this](const Cells &cells, const QString &key) { return cooperationRow(cells, key); });
}

RowResult ImportRun::cooperationRow(const Cells &cells, const QString &key)
{
    Cooperation cooperation;
    cooperation.clientId = resolve(kindClient, cells, 0, cells.required(0), QStringLiteral("clients.csv"));
    cooperation.startOn = cells.requiredDate(1);
    cooperation.endOn = cells.date(2);
    cooperation.endReason = cells.at(3);
    CooperationRepository cooperations(m_store);
    return upsert(
        kindCooperation, key, cooperation, [&cooperations](const QUuid &id) { return cooperations.find(id); },
        [&cooperations](const Cooperation &after) { return cooperations.update(after); },
        [&cooperations](const Cooperation &fresh) { return cooperations.create(fresh); },
        [](const Cooperation &before, Cooperation &after) {
            // The client and start are the key; only the end can change.
            Cooperation merged = before;
            merged.endOn = after.endOn;
            merged.endReason = after.endReason;
            after = merged;
        });
}

} // namespace teren::csvimport
