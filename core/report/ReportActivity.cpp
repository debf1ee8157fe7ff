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
    sql.exec(QStringLiteral("CREATE TEMP TABLE report_activity_client (id BLOB PRIMARY KEY) WITHOUT ROWID"));
    sql.exec(QStringLiteral("INSERT INTO report_activity_client SELECT c.id FROM client c WHERE ")
             + filteredClients(filter, QStringLiteral("c")));
    ClientActivity activity;
    activity.contacts = readContacts(sql);
    activity.cooperation = readCooperation(sql);
    sql.database().execScript(dropActivityTablesSql());
    return activity;
}

} // namespace teren::report
