// Partner institutions: the steps and contacts of the filtered clients that involve
// a partner, counted by the partner's kind.
#include "ReportSteps.h"

#include "domain/Codes.h"

#include <QHash>

namespace teren::report {

namespace {

// The kind a partner reference counts as: the kept entry's, when the partner was
// merged into another (merges are flattened, so one hop reaches it).
const char *const partnerKindSql = "coalesce(kept.kind, p.kind)";

} // namespace

QList<PartnerKindFigures> readPartnerKinds(Sql &sql)
{
    // Steps: live steps naming a partner, under a live goal of a need of a person
    // supported in the period, identified within the period (the needs the report
    // counts). Contacts: live contacts of the filtered clients dated within the
    // period, each counted once per kind of the partners it involved.
    //
    // Both look their rows up in the order of the keys they look up (ORDER BY in the
    // subqueries): a fifth of all steps and contacts name a partner, and looked up in
    // the order of the links, each went to a page of its own, which an encrypted file
    // reads and decrypts again for every row once the page cache has let it go (443,000
    // pages for 100,000 clients, more than the file has). Steps are read in the order
    // they are stored rather than through their partner index for the same reason.
    Query query = sql.run(QStringLiteral(
        "WITH step_kind AS ("
        "    SELECT %1 AS kind, rc.person AS person "
        "    FROM (SELECT goal_id, partner_id FROM step NOT INDEXED "
        "          WHERE partner_id IS NOT NULL AND deleted = 0 ORDER BY goal_id) s "
        "    CROSS JOIN goal g ON g.id = s.goal_id AND g.deleted = 0 "
        "    CROSS JOIN need n ON n.id = g.need_id CROSS JOIN report_activity_client rc ON rc.id = n.client_id "
        "    JOIN partner p ON p.id = s.partner_id LEFT JOIN partner kept ON kept.id = p.merged_into "
        "    WHERE rc.supported AND n.deleted = 0 AND n.identified_on BETWEEN :period_from AND :period_to), "
        "contact_kind AS ("
        "    SELECT DISTINCT %1 AS kind, c.id AS contact, rc.person AS person "
        "    FROM (SELECT contact_id, partner_id FROM contact_partner WHERE deleted = 0 ORDER BY contact_id) l "
        "    CROSS JOIN contact c ON c.id = l.contact_id "
        "    CROSS JOIN report_activity_client rc ON rc.id = c.client_id "
        "    JOIN partner p ON p.id = l.partner_id LEFT JOIN partner kept ON kept.id = p.merged_into "
        "    WHERE c.deleted = 0 AND c.contact_on BETWEEN :period_from AND :period_to) "
        "SELECT kind, sum(steps), sum(contacts), count(DISTINCT person) FROM ("
        "    SELECT kind, 1 AS steps, 0 AS contacts, person FROM step_kind "
        "    UNION ALL SELECT kind, 0, 1, person FROM contact_kind) "
        "GROUP BY kind")
                              .arg(QLatin1String(partnerKindSql)));
    QHash<QString, PartnerKindFigures> counted;
    while (query.next())
        counted.insert(query.value(0).toString(), {query.value(0).toString(), query.value(1).toInt(),
                                                  query.value(2).toInt(), query.value(3).toInt()});
    // Every kind, in the codelist's order, none left out for having no steps.
    QList<PartnerKindFigures> kinds;
    for (const QString &kind : Codes::partnerKinds())
        kinds.append(counted.value(kind, {kind, 0, 0, 0}));
    return kinds;
}

} // namespace teren::report
