#pragma once

// Internal to the CSV importer: one import run over a folder, shared by the files
// that implement it. Not part of core's API; use CsvImporter.

#include "CsvImporter.h"
#include "CsvReader.h"
#include "domain/Entities.h"
#include "domain/Error.h"
#include "storage/Database.h"
#include "store/Store.h"

#include <QDate>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>
#include <optional>

namespace teren::csvimport {

// Thrown for a row that refers to a row which itself failed: its error is already
// reported, so this row is skipped quietly.
struct SkipRow
{
};

enum class RowResult { Inserted, Updated, Unchanged };

inline const QString kindLocality = QStringLiteral("locality");
inline const QString kindHousehold = QStringLiteral("household");
inline const QString kindClient = QStringLiteral("client");
inline const QString kindCooperation = QStringLiteral("cooperation");
inline const QString kindNeed = QStringLiteral("need");
inline const QString kindGoal = QStringLiteral("goal");
inline const QString kindStep = QStringLiteral("step");
inline const QString kindContact = QStringLiteral("contact");
inline const QString kindPartner = QStringLiteral("partner");

inline QString joinKey(const QStringList &parts)
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
    // The file has this column (an optional one may be missing).
    bool has(int column) const { return column < m_columns.size(); }
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
    // Reads a file whose header is `columns`, optionally followed by the first ones of
    // `optional`; `present` receives the columns the header has. False when the file
    // is not there (see failedToLoad) or could not be used (its errors are noted).
    bool load(const QString &fileName, const QStringList &columns, QList<CsvRecord> &rows,
              const QStringList &optional = {}, QStringList *present = nullptr);
    // After load() returned false: the file is there but broken, so the rows that
    // refer to its rows are skipped quietly (its own errors say what is wrong). A
    // file that is not there breaks nothing: a row referring to one of its rows is
    // reported like any other unknown reference.
    void failedToLoad(const QString &fileName, const QString &kind);
    void flush(const QString &fileName);
    void rowError(int line, const QString &message) { m_errors.add(line, message); }
    void count(RowResult result);
    bool checkColumns(const CsvRecord &record, const QStringList &columns);
    // No cell holds a control character other than a tab or a line break.
    bool checkText(const CsvRecord &record, const QStringList &columns);

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

    // How the rows of one file are keyed: by the reference in their first column
    // (`kind` set: other files refer to them) or by a natural key of their cells.
    struct FileSpec
    {
        QString fileName;
        QStringList columns;
        QString kind;
        std::function<QString(const Cells &)> key;                       // empty: not checked
        std::function<QString(const Cells &, int firstLine)> duplicate; // null: repeats allowed
    };
    // The loop every file shares: load and check the header, check each row's
    // columns and key, run `row` in its own savepoint, report errors at the end.
    // `optional` columns may follow the spec's columns.
    void importFile(const FileSpec &spec, const std::function<RowResult(const Cells &, const QString &key)> &row,
                    const QStringList &optional = {});

    // ---- files in dependency order (CsvImportPeople.cpp, CsvImportPlans.cpp)
    void importLocalities();
    void importClients();
    void importCooperations();
    // Records the consent given on `on` unless the same one is recorded; returns
    // whether it recorded it.
    bool consentGiven(const QUuid &clientId, const QDate &on, const QString &scope);
    void importNeeds();
    void importGoals();
    void importSteps();
    void importContacts();
    // CsvImportPartners.cpp
    void importPartners();
    RowResult partnerRow(const Cells &cells);
    // The partner an optional column names by its code (null when the column is
    // missing or empty).
    QUuid partnerOf(const Cells &cells, int column);

    QUuid regionForLocalities();
    RowResult localityRow(const Cells &cells);
    RowResult clientRow(const Cells &cells);
    RowResult cooperationRow(const Cells &cells, const QString &key);
    void writeNeeds(QList<NeedRow> &rows);
    RowResult goalRow(const Cells &cells);
    RowResult stepRow(const Cells &cells, const QString &key);
    RowResult contactRow(const Cells &cells, const QString &key);
    QUuid household(const QString &ref);
    // The worker a cell names (id or name): one active worker, and on an enrolled
    // laptop the laptop's own.
    QUuid workerOf(const Cells &cells, int column);

    // Writes `row` over the row that `key` of `kind` was imported as (after `keep`
    // carries over from it what the file does not describe), or creates the row and
    // remembers the key. A row deleted since its import is created again.
    template<class Entity, class Find, class Update, class Create, class Keep>
    RowResult upsert(const QString &kind, const QString &key, Entity row, Find &&find, Update &&update,
                     Create &&create, Keep &&keep);

    Store &m_store;
    Database &m_db;
    QDir m_dir;
    CsvImportReport &m_report;
    QString m_file;
    FileErrors m_errors;
    QHash<QString, QSet<QString>> m_failed;
    QSet<QString> m_brokenKinds;
    int m_filesFound = 0;
    QUuid m_region;
};

template<class Fn>
inline void ImportRun::guarded(int line, const QString &kind, const QString &ref, Fn &&fn)
{
    try {
        Transaction savepoint(m_db);
        const RowResult result = fn();
        savepoint.commit();
        count(result);
    } catch (const SkipRow &) {
        markFailed(kind, ref);
    } catch (const ConstraintError &error) {
        rowError(line, error.message());
        markFailed(kind, ref);
    } catch (const StorageError &) {
        throw; // the file failed, not the row (see CsvImporter)
    } catch (const Error &error) {
        rowError(line, error.message());
        markFailed(kind, ref);
    }
}

template<class Entity, class Find, class Update, class Create, class Keep>
inline RowResult ImportRun::upsert(const QString &kind, const QString &key, Entity row, Find &&find,
                                   Update &&update, Create &&create, Keep &&keep)
{
    if (const std::optional<Entity> before = find(lookupRef(kind, key))) {
        keep(*before, row);
        return update(row) ? RowResult::Updated : RowResult::Unchanged;
    }
    row = create(row);
    rememberRef(kind, key, row.id);
    return RowResult::Inserted;
}

} // namespace teren::csvimport
