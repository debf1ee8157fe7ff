// What was done with the filtered clients: their contacts and cooperations, on a
// table of the filtered clients of its own.
#include "ReportSteps.h"

namespace teren::report {

QString dropActivityTablesSql()
{
    return QStringLiteral("DROP TABLE IF EXISTS temp.report_activity_client;") + dropCooperationTableSql();
}

void makeClientTable(Sql &sql, const QString &table, const ReportFilter &filter)
{
    // provider: the rowid of the live provider of the client's live worker, 0 for none;
    // supported and person: as in report_client.
    sql.exec(QStringLiteral("CREATE TEMP TABLE %1 (id BLOB PRIMARY KEY, provider INTEGER NOT NULL, "
                            "    supported INTEGER NOT NULL, person INTEGER NOT NULL) WITHOUT ROWID")
                 .arg(table));
    const QString c = QStringLiteral("c");
    const bool anyMerged = anyMergedClients(sql);
    sql.exec(QStringLiteral("INSERT INTO %1 (id, provider, supported, person) "
                            "SELECT c.id, coalesce(p.rowid, 0), %2, %3 FROM client c "
                            "LEFT JOIN worker w ON w.id = c.worker_id AND w.deleted = 0 "
                            "LEFT JOIN provider p ON p.id = w.provider_id AND p.deleted = 0 WHERE %4")
                 .arg(table,
                      personSupported(c, QStringLiteral(":period_from"), QStringLiteral(":period_to"), anyMerged),
                      personKey(c, anyMerged), filteredClients(filter, c)));
}

ClientActivity readClientActivity(Sql &sql, const ReportFilter &filter)
{
    // A narrow table of the filtered clients in id order: this connection may not
    // have report_client, and each client's contacts and cooperations are one
    // range of an index keyed by the client.
    sql.database().execScript(dropActivityTablesSql());
    makeClientTable(sql, QStringLiteral("report_activity_client"), filter);
    ClientActivity activity;
    activity.contacts = readContacts(sql);
    activity.cooperation = readCooperation(sql);
    activity.goalsByHorizon = readGoals(sql);
    sql.database().execScript(dropActivityTablesSql());
    return activity;
}

} // namespace teren::report
