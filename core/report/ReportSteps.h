#pragma once

// Internal to core/report: the steps ReportBuilder runs, one SQL pass each, over
// the temp tables it fills (see ReportBuilder.cpp for their layout).

#include "Report.h"
#include "storage/Database.h"

#include <QVariantMap>

#include <functional>
#include <mutex>
#include <optional>
#include <thread>

struct sqlite3;

namespace teren::report {

// Runs the report's statements with its named parameters (:period_from,
// :period_to, :locality, :provider, :worker, :first_year, :last_year), binding
// those a statement names.
class Sql
{
public:
    Sql(Database &db, QVariantMap parameters) : m_db(db), m_parameters(std::move(parameters)) {}

    Query run(const QString &sql);
    void exec(const QString &sql) { run(sql); }
    Database &database() { return m_db; }

private:
    Database &m_db;
    QVariantMap m_parameters;
};

// A code as an SQL string literal, for the fixed code lists that become columns.
QString literal(const QString &code);
// A query giving per `group` column (or once, as group 'all', when `group` is empty)
// the median of `days` over the table `counts` of (group, days, n) rows: n
// values equal to days each.
QString medianSql(const QString &counts, const QString &group);
// A nullable REAL column as an optional.
std::optional<double> optionalDouble(const QVariant &value);

// While it lives, SQLite asks `cancelled` every few thousand steps of any statement
// on `handle` and stops the statement (SQLITE_INTERRUPT) once it says true: a
// cancelled report ends within milliseconds instead of at the end of its longest
// query. An empty function installs nothing.
class CancelWatch
{
public:
    CancelWatch(sqlite3 *handle, const std::function<bool()> &cancelled);
    ~CancelWatch();
    CancelWatch(const CancelWatch &) = delete;
    CancelWatch &operator=(const CancelWatch &) = delete;

private:
    sqlite3 *m_handle;
    const std::function<bool()> &m_cancelled;
};

// ReportPeople.cpp: who is counted and their needs.
// The WHERE condition of the filtered clients, `alias` naming the client table.
QString filteredClients(const ReportFilter &filter, const QString &alias);
// Whether any client record was merged into another (Duplicates). Without such
// records a person is one client row, and the two below take the short form.
bool anyMergedClients(Sql &sql);
// An SQL condition: the person of the client row `alias` has a live cooperation
// overlapping the days `from` to `to` (SQL expressions).
QString personSupported(const QString &alias, const QString &from, const QString &to, bool anyMerged);
// An SQL expression: the rowid of the record of the person of client row `alias`
// (the record kept when `alias` was merged into another), the same for all the
// person's records.
QString personKey(const QString &alias, bool anyMerged);
void selectClients(Sql &sql, const ReportFilter &filter);
void selectNeeds(Sql &sql);
void readHeadline(Sql &sql, Report &report);
void readAreas(Sql &sql, Report &report);
void readOutcomes(Sql &sql, Report &report);
void readLocalities(Sql &sql, Report &report);

// ReportPopulation.cpp: who the persons supported are and what was done for them.
// Every figure there is over supportedClientsSql() or supportedPersonsSql(), so it
// follows the definition of a person supported wherever that is made.
// The filtered clients (rows of report_client) whose person is supported: id,
// person, locality, provider, born, gender, household, entered.
QString supportedClientsSql();
// The persons supported, one row each: person (see personKey), born, gender,
// household (anyMerged as anyMergedClients says).
QString supportedPersonsSql(bool anyMerged);
void readPersons(Sql &sql, Report &report);
void readIntensities(Sql &sql, Report &report);
// After the activity pass: minutes per provider come from the contacts.
void readProviders(Sql &sql, Report &report);
void readEndReasons(Sql &sql, Report &report);
// The ratios of figures already read (persons per household and so on).
void readRatios(Report &report);

// ReportActivity.cpp: what was done with the filtered clients, contacts and
// cooperations. Reads the client table itself rather than report_client, so it can
// run on a second connection in parallel with the other steps.
// The goals by horizon are read there too, off the connection that makes
// report_client and report_need, which has the most work.
struct ClientActivity
{
    ContactFigures contacts;
    CooperationFigures cooperation;
    QList<HorizonFigures> goalsByHorizon;
};
ClientActivity readClientActivity(Sql &sql, const ReportFilter &filter);
// A temp table of the filtered clients in id order, for a pass on a connection that
// has no report_client: (id, provider, supported, person) as report_client has them.
void makeClientTable(Sql &sql, const QString &table, const ReportFilter &filter);
// ReportContacts.cpp, ReportCooperation.cpp and ReportPopulation.cpp: its parts,
// over the table report_activity_client of the filtered clients (makeClientTable).
ContactFigures readContacts(Sql &sql);
CooperationFigures readCooperation(Sql &sql);
// The goals of the needs identified in the period of the persons supported.
QList<HorizonFigures> readGoals(Sql &sql);
// An SQL expression: the whole calendar months the cooperation `alias` lasted.
QString wholeMonthsSql(const QString &alias);

// ReportSmallCells.cpp: the persons each figure is computed over, for a report that
// marks small cells. Runs on the main connection's scratch tables (report_client,
// report_need) once the figures are in.
void readPersonCounts(Sql &sql, Report &report);
QString dropCooperationTableSql();
// The scratch tables of the activity and targets passes, dropped (each pass drops
// its own; the builder also drops them when a pass failed halfway on its connection;
// dropPartnerTablesSql, below, the partner pass's).
QString dropActivityTablesSql();
QString dropTargetTablesSql();

// ReportGroups.cpp: group activities by kind and anonymous contacts in the period,
// by their own locality and worker.
struct GroupFigures
{
    QList<GroupActivityFigures> activities;
    qint64 anonymousContacts = 0;
    qint64 anonymousPersons = 0;
};
GroupFigures readGroups(Sql &sql, const ReportFilter &filter);

// ReportParallel.cpp
// One pass of the report on a second connection to the same file, in a thread of
// its own, while the caller computes the rest. The second snapshot must end at the
// same last change as the caller's; when it does not (a write committed in
// between) or anything fails there, take() returns false and the caller runs the
// pass itself. Destroying it before take() interrupts the other query; so does
// `cancelled` saying true (see CancelWatch).
class ParallelPass
{
public:
    ParallelPass(const QString &path, const QVariantMap &parameters, qint64 expectedChange,
                 std::function<void(Sql &)> pass, std::function<bool()> cancelled = {});
    ~ParallelPass();
    ParallelPass(const ParallelPass &) = delete;
    ParallelPass &operator=(const ParallelPass &) = delete;

    // Waits for the pass; true when it ran on the same snapshot without error.
    bool take();

private:
    struct HandleGuard
    {
        HandleGuard(ParallelPass &pass, sqlite3 *handle);
        ~HandleGuard();
        HandleGuard(const HandleGuard &) = delete;
        HandleGuard &operator=(const HandleGuard &) = delete;
        ParallelPass &m_pass;
    };

    std::mutex m_mutex; // guards the two below
    sqlite3 *m_handle = nullptr; // while the other connection is open
    bool m_done = false;
    std::thread m_thread; // joined by the destructor or take()
};

// ReportTargets.cpp. Makes and drops its own scratch tables, so it too can run on
// a second connection.
QList<TargetFigures> readTargets(Sql &sql, const ReportFilter &filter);

// ReportPartners.cpp: steps and contacts by partner kind. Makes and drops its own
// scratch table, so it too can run on a connection of its own.
QList<PartnerKindFigures> readPartnerKinds(Sql &sql, const ReportFilter &filter);
QString dropPartnerTablesSql();

} // namespace teren::report
