#include "ReportBuilder.h"

#include "ReportSteps.h"
#include "changes/ChangeLog.h"
#include "domain/Error.h"
#include "domain/Values.h"
#include "storage/Database.h"

#include <QFileInfo>

#include <memory>

#include <sqlite3.h>

namespace teren {

namespace report {

Query Sql::run(const QString &sql)
{
    Query query = m_db.prepare(sql);
    for (auto it = m_parameters.cbegin(); it != m_parameters.cend(); ++it) {
        const QString placeholder = QLatin1Char(':') + it.key();
        if (sql.contains(placeholder))
            query.bind(placeholder, it.value());
    }
    query.exec();
    return query;
}

QString literal(const QString &code)
{
    QString quoted = code;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString medianSql(const QString &counts, const QString &group)
{
    // The middle rows of a group of `total` values are numbers (total + 1) / 2 and
    // (total + 2) / 2 (integer division: the same row when total is odd); a count
    // row holds the values numbered from `upto - n + 1` to `upto`.
    const QString partition = group.isEmpty() ? QString() : QStringLiteral("PARTITION BY %1 ").arg(group);
    const QString key = group.isEmpty() ? QStringLiteral("'all'") : group;
    return QStringLiteral(
               "SELECT %1 AS grp, avg(days) AS median FROM ("
               "    SELECT %1, days, n, sum(n) OVER (%2ORDER BY days) AS upto, sum(n) OVER (%2) AS total "
               "    FROM (SELECT %3days, sum(n) AS n FROM %4 GROUP BY %3days)) "
               "CROSS JOIN (SELECT 1 AS half UNION ALL SELECT 2) "
               "WHERE (total + half) / 2 BETWEEN upto - n + 1 AND upto GROUP BY %1")
        .arg(key, partition, group.isEmpty() ? QString() : group + QStringLiteral(", "), counts);
}

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

} // namespace report

namespace {

// Every scratch table of a report, also those the activity, targets and partner
// passes make and drop themselves (when they ran on this connection and failed
// halfway).
QString dropTablesSql()
{
    return QStringLiteral("DROP TABLE IF EXISTS temp.report_client; DROP TABLE IF EXISTS temp.report_need; "
                          "DROP TABLE IF EXISTS temp.report_resolved; DROP TABLE IF EXISTS temp.report_person; "
                          "DROP TABLE IF EXISTS temp.report_need_cell; ")
        + report::dropActivityTablesSql() + report::dropTargetTablesSql() + report::dropPartnerTablesSql();
}

// The main connection's scratch tables, in its temp schema (in memory: the
// connection sets temp_store = MEMORY), made afresh for every report so the
// INTEGER PRIMARY KEY of the ordered tables counts from 1.
const char *const createTablesSql = R"SQL(
-- The filtered clients. person: the rowid of the person's record (the record
-- kept when this one was merged into another, see Duplicates); locality: the rowid
-- of the client's live locality, 0 when it is unknown or deleted (small integer
-- keys sort and compare faster than the 16-byte ids); provider: the rowid of the
-- live provider of the client's live worker, 0 for none; supported: a cooperation
-- of the person overlaps the period; born, gender, household: the person's (those of
-- the person's record); entered: the first start of a cooperation of this client
-- within the period.
CREATE TEMP TABLE report_client (
    id BLOB PRIMARY KEY, person INTEGER NOT NULL, locality INTEGER NOT NULL, provider INTEGER NOT NULL,
    supported INTEGER NOT NULL, born INTEGER, gender TEXT, household BLOB, entered TEXT) WITHOUT ROWID;
-- Needs of the persons supported identified within the period (days to resolve
-- for the resolved ones).
CREATE TEMP TABLE report_need (
    person INTEGER NOT NULL, locality INTEGER NOT NULL, provider INTEGER NOT NULL,
    area TEXT NOT NULL, intensity INTEGER NOT NULL, resolved INTEGER NOT NULL, outcome TEXT, days REAL);
-- The persons supported per locality, and per locality, area, intensity and
-- provider the needs: keyed
-- sets and counters filled row by row, which is cheaper than grouping (sorting)
-- the large tables.
CREATE TEMP TABLE report_person (
    locality INTEGER NOT NULL, person INTEGER NOT NULL, PRIMARY KEY (locality, person)) WITHOUT ROWID;
CREATE TEMP TABLE report_need_cell (
    locality INTEGER NOT NULL, area TEXT NOT NULL, intensity INTEGER NOT NULL, provider INTEGER NOT NULL,
    identified INTEGER NOT NULL, resolved INTEGER NOT NULL,
    PRIMARY KEY (locality, area, intensity, provider)) WITHOUT ROWID;
-- Days are whole numbers (dates), so lengths are kept as counts per number of days
-- rather than one row each: counting into a few thousand keyed rows is much
-- cheaper than sorting every row, and medians come from the running counts
-- (medianSql). Days to resolve of the resolved needs, per area:
CREATE TEMP TABLE report_resolved (
    area TEXT NOT NULL, days INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (area, days)) WITHOUT ROWID;
)SQL";

// One read transaction around the report when the caller has none open, so every
// query sees the same snapshot; the scratch tables go with it either way.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db) : m_db(db), m_own(db.transactionDepth() == 0)
    {
        if (m_own)
            m_db.execScript(QStringLiteral("BEGIN DEFERRED"));
    }
    ~ReadSnapshot()
    {
        if (m_done)
            return;
        // Unwinding: never throw from here.
        sqlite3_exec(m_db.handle(), dropTablesSql().toUtf8().constData(), nullptr, nullptr, nullptr);
        if (m_own)
            sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    bool own() const { return m_own; }
    void createTables()
    {
        m_db.execScript(dropTablesSql() + QString::fromUtf8(createTablesSql));
    }
    void finish()
    {
        m_db.execScript(dropTablesSql());
        if (m_own)
            m_db.execScript(QStringLiteral("COMMIT"));
        m_done = true;
    }

private:
    Database &m_db;
    bool m_own;
    bool m_done = false;
};

QString nameOf(Database &db, const QString &table, const QUuid &id)
{
    if (id.isNull())
        return {};
    return db.scalar(QStringLiteral("SELECT name FROM %1 WHERE id = ? AND deleted = 0").arg(table), {db::id(id)})
        .toString();
}

bool isLive(Database &db, const QString &table, const QUuid &id)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted = 0").arg(table), {db::id(id)})
        .isValid();
}

constexpr int steps = 11;

} // namespace

ReportFilter ReportFilter::calendarYear(int year)
{
    ReportFilter filter;
    filter.from = QDate(year, 1, 1);
    filter.to = QDate(year, 12, 31);
    return filter;
}

QString TargetFigures::scopeText() const
{
    if (!localityId.isNull())
        return QStringLiteral("locality:") + localityCode;
    if (!providerId.isNull())
        return QStringLiteral("provider:") + providerName;
    return QStringLiteral("region");
}

ReportFilter ReportBuilder::resolve(const ReportFilter &requested, Report *report)
{
    ReportFilter filter = requested;
    if (!filter.from.isValid() || !filter.to.isValid())
        throw ValidationError(tr("Give the first and the last day of the report's period."),
                              filter.from.isValid() ? QStringLiteral("to") : QStringLiteral("from"));
    if (filter.from > filter.to)
        throw ValidationError(tr("The period cannot start (%1) after it ends (%2).")
                                  .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)),
                              QStringLiteral("from"));
    if (filter.localityId.isNull() && !filter.localityCode.isEmpty()) {
        filter.localityId = db::toId(m_db.scalar(
            QStringLiteral("SELECT id FROM locality WHERE code = ? AND deleted = 0 ORDER BY id LIMIT 1"),
            {filter.localityCode}));
        if (filter.localityId.isNull())
            throw ValidationError(tr("There is no locality with the code \"%1\".").arg(filter.localityCode),
                                  QStringLiteral("locality"));
    } else if (!filter.localityId.isNull()) {
        if (!isLive(m_db, QStringLiteral("locality"), filter.localityId))
            throw ValidationError(tr("The locality of the filter does not exist (it may have been deleted)."),
                                  QStringLiteral("locality"));
        filter.localityCode =
            m_db.scalar(QStringLiteral("SELECT code FROM locality WHERE id = ?"), {db::id(filter.localityId)})
                .toString();
    }
    if (!filter.providerId.isNull() && !isLive(m_db, QStringLiteral("provider"), filter.providerId))
        throw ValidationError(tr("The provider of the filter does not exist (it may have been deleted)."),
                              QStringLiteral("provider"));
    if (!filter.workerId.isNull() && !isLive(m_db, QStringLiteral("worker"), filter.workerId))
        throw ValidationError(tr("The worker of the filter does not exist (it may have been deleted)."),
                              QStringLiteral("worker"));
    if (report) {
        report->filter = filter;
        report->localityName = nameOf(m_db, QStringLiteral("locality"), filter.localityId);
        report->providerName = nameOf(m_db, QStringLiteral("provider"), filter.providerId);
        report->workerName = nameOf(m_db, QStringLiteral("worker"), filter.workerId);
    }
    return filter;
}

void ReportBuilder::step(int done)
{
    if (isCancelled() || (m_progress && !m_progress(done, steps)))
        throw ReportCancelled(tr("The report was cancelled."));
}

Report ReportBuilder::build(const ReportFilter &requested)
{
    try {
        return buildInSnapshot(requested);
    } catch (const ReportCancelled &) {
        throw;
    } catch (const Error &) {
        // A query the cancellation interrupted fails as any other would.
        if (isCancelled())
            throw ReportCancelled(tr("The report was cancelled."));
        throw;
    }
}

Report ReportBuilder::buildInSnapshot(const ReportFilter &requested)
{
    Report report;
    ReadSnapshot snapshot(m_db);
    snapshot.createTables();
    // Made after the snapshot, so it is gone before the snapshot's clean-up, which
    // must not be interrupted.
    const report::CancelWatch watch(m_db.handle(), m_cancelled);
    // The first read fixes the snapshot. Every write to the card appends to the change
    // log, so two read snapshots that end at the same change hold the same data.
    const qint64 lastChange = changelog::lastSeq(m_db);
    const ReportFilter filter = resolve(requested, &report);
    QVariantMap parameters;
    parameters.insert(QStringLiteral("period_from"), filter.from.toString(Qt::ISODate));
    parameters.insert(QStringLiteral("period_to"), filter.to.toString(Qt::ISODate));
    parameters.insert(QStringLiteral("locality"), db::id(filter.localityId));
    parameters.insert(QStringLiteral("provider"), db::id(filter.providerId));
    parameters.insert(QStringLiteral("worker"), db::id(filter.workerId));
    parameters.insert(QStringLiteral("first_year"), filter.from.year());
    parameters.insert(QStringLiteral("last_year"), filter.to.year());
    report::Sql sql(m_db, parameters);
    // The three largest passes that need none of the scratch tables below run on
    // connections of their own meanwhile; each is run here if that fails.
    report::ClientActivity activity;
    QList<TargetFigures> targets;
    QList<PartnerKindFigures> partnerKinds;
    std::unique_ptr<report::ParallelPass> activityPass;
    std::unique_ptr<report::ParallelPass> targetsPass;
    std::unique_ptr<report::ParallelPass> partnersPass;
    if (m_parallel && snapshot.own() && QFileInfo(m_db.path()).isFile()) {
        activityPass = std::make_unique<report::ParallelPass>(
            m_db.path(), parameters, lastChange,
            [&activity, filter](report::Sql &other) { activity = report::readClientActivity(other, filter); },
            m_cancelled);
        targetsPass = std::make_unique<report::ParallelPass>(
            m_db.path(), parameters, lastChange,
            [&targets, filter](report::Sql &other) { targets = report::readTargets(other, filter); }, m_cancelled);
        partnersPass = std::make_unique<report::ParallelPass>(
            m_db.path(), parameters, lastChange,
            [&partnerKinds, filter](report::Sql &other) { partnerKinds = report::readPartnerKinds(other, filter); },
            m_cancelled);
    }

    step(0);
    report::selectClients(sql, filter);
    step(1);
    report::selectNeeds(sql);
    step(2);
    report::readHeadline(sql, report);
    report::readAreas(sql, report);
    step(3);
    report::readOutcomes(sql, report);
    report::readLocalities(sql, report);
    step(4);
    report::readPersons(sql, report);
    step(5);
    report::readIntensities(sql, report);
    step(6);
    report.targets = targetsPass && targetsPass->take() ? std::move(targets) : report::readTargets(sql, filter);
    step(7);
    if (!activityPass || !activityPass->take())
        activity = report::readClientActivity(sql, filter);
    report.contacts = std::move(activity.contacts);
    report.cooperation = std::move(activity.cooperation);
    report.goalsByHorizon = std::move(activity.goalsByHorizon);
    report.byPartnerKind =
        partnersPass && partnersPass->take() ? std::move(partnerKinds) : report::readPartnerKinds(sql, filter);
    step(8);
    report::readProviders(sql, report);
    report::readEndReasons(sql, report);
    report::readRatios(report);
    step(9);
    const report::GroupFigures groups = report::readGroups(sql, filter);
    report.groupActivities = groups.activities;
    report.anonymousContacts = groups.anonymousContacts;
    report.anonymousPersons = groups.anonymousPersons;
    report.smallCellLimit = m_smallCellLimit;
    if (m_smallCellLimit > 0)
        report::readPersonCounts(sql, report);
    step(10);
    snapshot.finish();
    step(11);
    return report;
}

Report computeReport(Database &db, const ReportFilter &filter)
{
    return ReportBuilder(db).build(filter);
}

} // namespace teren
