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
// same snapshot even while another connection writes.
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

    // The filter checked and completed: both dates valid and in order, a locality
    // code resolved to its live locality, the ids those of live rows. Also fills
    // the names in `report` when one is given.
    ReportFilter resolve(const ReportFilter &filter, Report *report = nullptr);

private:
    void step(int done);

    Database &m_db;
    Progress m_progress;
};

// ReportBuilder(db).build(filter).
Report computeReport(Database &db, const ReportFilter &filter);

} // namespace teren
