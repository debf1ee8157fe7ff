// Partner institutions: the steps and contacts of the filtered clients that involve
// a partner, counted by the partner's kind.
#include "ReportSteps.h"

#include "domain/Codes.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace teren::report {

namespace {

// Per kind (an index into Codes::partnerKinds()): the steps, the contacts (each once,
// however many partners of the kind it involved) and the persons.
struct KindCounts
{
    int steps = 0;
    QSet<qint64> contacts; // rowids
    QSet<qint64> persons;
};

// The index of the kind each partner counts as (the kept entry's, when the partner
// was merged into another: merges are flattened, so one hop reaches it); kinds
// outside the codelist are not counted.
QHash<QByteArray, qsizetype> partnerKinds(Sql &sql, const QStringList &kinds)
{
    QHash<QByteArray, qsizetype> kindOf;
    Query query = sql.run(QStringLiteral(
        "SELECT p.id, coalesce(kept.kind, p.kind) FROM partner p LEFT JOIN partner kept ON kept.id = p.merged_into"));
    while (query.next()) {
        if (const qsizetype kind = kinds.indexOf(query.value(1).toString()); kind >= 0)
            kindOf.insert(query.value(0).toByteArray(), kind);
    }
    return kindOf;
}

} // namespace

QString dropPartnerTablesSql()
{
    return QStringLiteral("DROP TABLE IF EXISTS temp.report_partner_client;");
}

QList<PartnerKindFigures> readPartnerKinds(Sql &sql, const ReportFilter &filter)
{
    // The filtered clients, as the activity pass has them: this connection may not
    // have report_client.
    sql.database().execScript(dropPartnerTablesSql());
    makeClientTable(sql, QStringLiteral("report_partner_client"), filter);

    // Steps: live steps naming a partner, under a live goal of a need of a person
    // supported in the period, identified within the period (the needs the report
    // counts). Contacts: live contacts of the filtered clients dated within the
    // period, each counted once per kind of the partners it involved.
    //
    // Both look their rows up in the order of the keys they look up (ORDER BY in the
    // subqueries): a quarter of all steps and a fifth of all contacts name a partner,
    // and looked up in the order of the links, each went to a page of its own, which
    // an encrypted file reads and decrypts again for every row once the page cache
    // has let it go (443,000 pages for 100,000 clients, more than the file has).
    // Steps are read in the order they are stored rather than through their partner
    // index for the same reason. The partners' kinds and the distinct contacts and
    // persons are counted here rather than by joins and DISTINCT in SQL, which were a
    // third of the time of the contacts' query.
    const QStringList kinds = Codes::partnerKinds();
    const QHash<QByteArray, qsizetype> kindOf = partnerKinds(sql, kinds);
    std::vector<KindCounts> counts(static_cast<std::size_t>(kinds.size()));
    Query steps = sql.run(QStringLiteral(
        "SELECT s.partner_id, rc.person "
        "FROM (SELECT goal_id, partner_id FROM step NOT INDEXED "
        "      WHERE partner_id IS NOT NULL AND deleted = 0 ORDER BY goal_id) s "
        "CROSS JOIN goal g ON g.id = s.goal_id AND g.deleted = 0 "
        "CROSS JOIN need n ON n.id = g.need_id CROSS JOIN report_partner_client rc ON rc.id = n.client_id "
        "WHERE rc.supported AND n.deleted = 0 AND n.identified_on BETWEEN :period_from AND :period_to"));
    while (steps.next()) {
        const qsizetype kind = kindOf.value(steps.value(0).toByteArray(), -1);
        if (kind < 0)
            continue;
        KindCounts &count = counts[static_cast<std::size_t>(kind)];
        ++count.steps;
        count.persons.insert(steps.value(1).toLongLong());
    }
    Query contacts = sql.run(QStringLiteral(
        "SELECT l.partner_id, c.rowid, rc.person "
        "FROM (SELECT contact_id, partner_id FROM contact_partner WHERE deleted = 0 ORDER BY contact_id) l "
        "CROSS JOIN contact c ON c.id = l.contact_id "
        "CROSS JOIN report_partner_client rc ON rc.id = c.client_id "
        "WHERE c.deleted = 0 AND c.contact_on BETWEEN :period_from AND :period_to"));
    while (contacts.next()) {
        const qsizetype kind = kindOf.value(contacts.value(0).toByteArray(), -1);
        if (kind < 0)
            continue;
        KindCounts &count = counts[static_cast<std::size_t>(kind)];
        count.contacts.insert(contacts.value(1).toLongLong());
        count.persons.insert(contacts.value(2).toLongLong());
    }
    sql.database().execScript(dropPartnerTablesSql());
    // Every kind, in the codelist's order, none left out for having no steps.
    QList<PartnerKindFigures> figures;
    for (qsizetype kind = 0; kind < kinds.size(); ++kind) {
        const KindCounts &count = counts[static_cast<std::size_t>(kind)];
        figures.append({kinds.at(kind), count.steps, static_cast<int>(count.contacts.size()),
                        static_cast<int>(count.persons.size())});
    }
    return figures;
}

} // namespace teren::report
