#include "CsvImportRun.h"

#include "domain/Codes.h"
#include "store/PartnerRepository.h"

namespace teren::csvimport {

// ------------------------------------------------------------------- partners

void ImportRun::importPartners()
{
    importFile({QStringLiteral("partners.csv"),
                {QStringLiteral("code"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("locality_code")},
                kindPartner,
                [](const Cells &cells) { return cells.at(0); },
                [](const Cells &cells, int first) {
                    return CsvImporter::tr("The code \"%1\" is already on line %2.").arg(cells.at(0), QString::number(first));
                }},
               [this](const Cells &cells, const QString &) { return partnerRow(cells); });
}

RowResult ImportRun::partnerRow(const Cells &cells)
{
    Partner partner;
    const QString code = cells.required(0);
    partner.kind = cells.required(1);
    if (!Codes::partnerKinds().contains(partner.kind))
        throw ValidationError(CsvImporter::tr("\"%1\" is not a partner kind; use one of: %2.")
                                  .arg(partner.kind, Codes::partnerKinds().join(QStringLiteral(", "))),
                              cells.name(1));
    partner.name = cells.required(2);
    if (!cells.at(3).isEmpty())
        partner.localityId = resolve(kindLocality, cells, 3, cells.at(3), QStringLiteral("localities.csv"));
    PartnerRepository partners(m_store);
    // What the coordinator decided since (retired, merged) is not the spreadsheet's.
    return upsert(
        kindPartner, code, partner, [&partners](const QUuid &id) { return partners.find(id); },
        [&partners](const Partner &after) { return partners.update(after); },
        [&partners](const Partner &fresh) { return partners.add(fresh); },
        [](const Partner &before, Partner &after) {
            after.id = before.id;
            after.retiredOn = before.retiredOn;
            after.mergedInto = before.mergedInto;
        });
}

QUuid ImportRun::partnerOf(const Cells &cells, int column)
{
    if (!cells.has(column) || cells.at(column).isEmpty())
        return {};
    const QUuid id = resolve(kindPartner, cells, column, cells.at(column), QStringLiteral("partners.csv"));
    // A partner merged since counts as the entry kept.
    return PartnerRepository(m_store).resolved(id);
}

} // namespace teren::csvimport
