// What was done with the filtered clients: their contacts and cooperations, on a
// table of the filtered clients of its own.
#include "ReportSteps.h"

namespace teren::report {

QString dropActivityTablesSql()
{
    return QStringLiteral("DROP TABLE IF EXISTS temp.report_activity_client;") + dropCooperationTableSql();
}

ClientActivity readClientActivity(Sql &sql, const ReportFilter &filter)
{
    // A narrow table of the filtered clients in id order: this connection may not
    // have report_client, and each client's contacts and cooperations are one
    // range of an index keyed by the client.
    sql.database().execScript(dropActivityTablesSql());
    // provider: the rowid of the live provider of the client's live worker, 0 for none;
    // supported: as in report_client.
    sql.exec(QStringLiteral("CREATE TEMP TABLE report_activity_client (id BLOB PRIMARY KEY, provider INTEGER NOT NULL, "
                            "    supported INTEGER NOT NULL) WITHOUT ROWID"));
    const QString c = QStringLiteral("c");
    sql.exec(QStringLiteral("INSERT INTO report_activity_client SELECT c.id, coalesce(p.rowid, 0), %1 FROM client c "
                            "LEFT JOIN worker w ON w.id = c.worker_id AND w.deleted = 0 "
                            "LEFT JOIN provider p ON p.id = w.provider_id AND p.deleted = 0 WHERE %2")
                 .arg(personSupported(c, QStringLiteral(":period_from"), QStringLiteral(":period_to"),
                                      anyMergedClients(sql)),
                      filteredClients(filter, c)));
    ClientActivity activity;
    activity.contacts = readContacts(sql);
    activity.cooperation = readCooperation(sql);
    activity.goalsByHorizon = readGoals(sql);
    sql.database().execScript(dropActivityTablesSql());
    return activity;
}

} // namespace teren::report
