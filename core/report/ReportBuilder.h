#pragma once

#include "Report.h"
#include "domain/Error.h"

#include <QCoreApplication>

#include <functional>

namespace teren {

class Database;

// A report stopped before its end, by its progress callback or its cancellation
// question (ReportBuilder::setCancelled); nothing of it is kept.
class ReportCancelled : public Error
{
public:
    using Error::Error;
};

// Computes a Report inside SQLite: the filtered clients, their needs and their
// ended cooperations go into temp tables (one pass over each source table), and
// every figure is an aggregate query over those and the contacts. Nothing is
// aggregated in C++. Runs in one read transaction, so all figures come from the
// same snapshot even while another connection writes. The contacts (the largest
// pass) are counted meanwhile on a second connection to the same file, from a
// snapshot checked to hold the same data.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    // Called between steps (about one per section of the report) with (steps done,
    // steps in all); returning false cancels the report (build() then throws
    // ReportCancelled).
    using Progress = std::function<bool(int, int)>;

    explicit ReportBuilder(Database &db, Progress progress = {}) : m_db(db), m_progress(std::move(progress)) {}

    // Throws ValidationError for a bad filter (see resolve), StorageError, and
    // ReportCancelled.
    Report build(const ReportFilter &filter);

    // Asked between the steps and, inside each query, every few thousand of SQLite's
    // steps, on every connection the report uses, from the threads the report runs
    // on (so it must be safe to call from any thread: an atomic flag, say). Once it
    // says true the report stops within milliseconds and build() throws
    // ReportCancelled, leaving no scratch table or transaction behind.
    void setCancelled(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

    // Off: everything on the caller's connection, one step after another. (It is
    // also so when the caller has a transaction open: a second connection would not
    // see its uncommitted writes.)
    void setParallel(bool parallel) { m_parallel = parallel; }
    // Figures computed over fewer persons than this are marked small (Report::isSmall);
    // 0, the default, marks none.
    void setSmallCellLimit(int persons) { m_smallCellLimit = persons; }

    // The filter checked and completed: both dates valid and in order, a locality
    // code resolved to its live locality, the ids those of live rows. Also fills
    // the names in `report` when one is given.
    ReportFilter resolve(const ReportFilter &filter, Report *report = nullptr);

private:
    Report buildInSnapshot(const ReportFilter &filter);
    void step(int done);
    bool isCancelled() const { return m_cancelled && m_cancelled(); }

    Database &m_db;
    Progress m_progress;
    std::function<bool()> m_cancelled;
    bool m_parallel = true;
    int m_smallCellLimit = 0;
};

// ReportBuilder(db).build(filter).
Report computeReport(Database &db, const ReportFilter &filter);

} // namespace teren
