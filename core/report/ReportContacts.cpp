// Contacts of the filtered clients dated within the period.
#include "ReportSteps.h"

#include "domain/Codes.h"
#include "domain/Values.h"

namespace teren::report {

namespace {

struct Code
{
    QString code;
    bool live = true;
};

// Every intervention type a contact can carry, tombstoned ones too: a contact
// recorded before its code was withdrawn still counts.
QList<Code> interventionTypes(Sql &sql)
{
    QList<Code> codes;
    Query query = sql.run(QStringLiteral("SELECT code, deleted = 0 FROM intervention_type ORDER BY sort, code"));
    while (query.next())
        codes.append({query.value(0).toString(), query.value(1).toBool()});
    return codes;
}

// One FILTER aggregate per code rather than GROUP BY: a million contacts sort far
// slower than they are counted a few times over.
QString perCode(const QString &aggregate, const QString &column, const QStringList &codes)
{
    QStringList parts;
    for (const QString &code : codes)
        parts.append(QStringLiteral("%1 FILTER (WHERE %2 = %3)").arg(aggregate, column, literal(code)));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString dropContactTablesSql()
{
    return QStringLiteral("DROP TABLE IF EXISTS temp.report_contact_client;");
}

ContactFigures readContacts(Sql &sql, const ReportFilter &filter)
{
    // The filtered clients, in a narrow table of their own (this connection may
    // not have report_client), drive the join: each one's contacts in the period
    // are one range of the covering index contact_report, which also holds each
    // contact's intervention codes, so one scan counts places and interventions.
    sql.database().execScript(dropContactTablesSql());
    sql.exec(QStringLiteral("CREATE TEMP TABLE report_contact_client (id BLOB PRIMARY KEY) WITHOUT ROWID"));
    sql.exec(QStringLiteral("INSERT INTO report_contact_client SELECT c.id FROM client c WHERE ")
             + filteredClients(filter, QStringLiteral("c")));
    const QStringList places = Codes::places();
    const QList<Code> types = interventionTypes(sql);
    QStringList interventionCounts;
    for (const Code &type : types)
        interventionCounts.append(QStringLiteral("count(*) FILTER (WHERE instr(c.interventions, %1))")
                                      .arg(literal(db::codeNeedle(type.code))));
    Query query = sql.run(QStringLiteral("SELECT count(*), coalesce(sum(c.minutes), 0), %1, %2%3 "
                                         "FROM report_contact_client cl CROSS JOIN contact c ON c.client_id = cl.id "
                                         "WHERE c.deleted = 0 AND c.contact_on BETWEEN :period_from AND :period_to")
                              .arg(perCode(QStringLiteral("count(*)"), QStringLiteral("c.place"), places),
                                   perCode(QStringLiteral("sum(c.minutes)"), QStringLiteral("c.place"), places),
                                   interventionCounts.isEmpty() ? QString()
                                                                : QStringLiteral(", ") + interventionCounts.join(QStringLiteral(", "))));
    query.next();
    ContactFigures figures;
    figures.count = query.value(0).toLongLong();
    figures.minutes = query.value(1).toLongLong();
    const int placeCount = static_cast<int>(places.size());
    for (int i = 0; i < placeCount; ++i)
        figures.byPlace.append(
            {places.at(i), query.value(2 + i).toLongLong(), query.value(2 + placeCount + i).toLongLong()});
    for (int i = 0; i < types.size(); ++i) {
        const qint64 count = query.value(2 + 2 * placeCount + i).toLongLong();
        if (types.at(i).live || count > 0)
            figures.byIntervention.append({types.at(i).code, count, 0});
    }
    query.finish();
    sql.database().execScript(dropContactTablesSql());
    return figures;
}

} // namespace teren::report
