#pragma once

#include "Report.h"

#include <QCoreApplication>

#include <functional>

namespace teren {

class Database;

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
    // Called between steps with (steps done, steps in all); returning false cancels
    // the report (build() then throws teren::Error).
    using Progress = std::function<bool(int, int)>;

    explicit ReportBuilder(Database &db, Progress progress = {}) : m_db(db), m_progress(std::move(progress)) {}

    // Throws ValidationError for a bad filter (see resolve) and StorageError.
    Report build(const ReportFilter &filter);

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
    void step(int done);

    Database &m_db;
    Progress m_progress;
    bool m_parallel = true;
    int m_smallCellLimit = 0;
};

// ReportBuilder(db).build(filter).
Report computeReport(Database &db, const ReportFilter &filter);

} // namespace teren
