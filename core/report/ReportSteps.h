#pragma once

// Internal to core/report: the steps ReportBuilder runs, one SQL pass each, over
// the temp tables it fills (see ReportBuilder.cpp for their layout).

#include "Report.h"
#include "storage/Database.h"

#include <QVariantMap>

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
// A nullable REAL column as an optional.
std::optional<double> optionalDouble(const QVariant &value);

// ReportPeople.cpp: who is counted and their needs.
void selectClients(Sql &sql, const ReportFilter &filter);
void selectNeeds(Sql &sql);
void readHeadline(Sql &sql, Report &report);
void readAreas(Sql &sql, Report &report);
void readOutcomes(Sql &sql, Report &report);
void readLocalities(Sql &sql, Report &report);

// ReportCooperation.cpp
void selectCooperations(Sql &sql);
void readCooperation(Sql &sql, Report &report);

// ReportContacts.cpp
void readContacts(Sql &sql, Report &report);

// ReportTargets.cpp
void readTargets(Sql &sql, const ReportFilter &filter, Report &report);

} // namespace teren::report
