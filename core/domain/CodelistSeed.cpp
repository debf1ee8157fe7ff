#include "CodelistSeed.h"

namespace teren {

const QList<CodelistEntry> &CodelistSeed::areas()
{
    static const QList<CodelistEntry> list = {
        {QStringLiteral(""), QStringLiteral("housing"), QStringLiteral("Bydlení"), QStringLiteral("Housing")},
        {QStringLiteral(""), QStringLiteral("material"), QStringLiteral("Hmotné zabezpečení a dávky"), QStringLiteral("Material security and benefits")},
        {QStringLiteral(""), QStringLiteral("employment"), QStringLiteral("Zaměstnání"), QStringLiteral("Employment")},
        {QStringLiteral(""), QStringLiteral("debts"), QStringLiteral("Dluhy"), QStringLiteral("Debts")},
        {QStringLiteral(""), QStringLiteral("usury"), QStringLiteral("Lichva"), QStringLiteral("Usury")},
        {QStringLiteral(""), QStringLiteral("education"), QStringLiteral("Vzdělání a kvalifikace"), QStringLiteral("Education and qualification")},
        {QStringLiteral(""), QStringLiteral("health"), QStringLiteral("Zdraví"), QStringLiteral("Health")},
        {QStringLiteral(""), QStringLiteral("disease_prevention"), QStringLiteral("Prevence onemocnění"), QStringLiteral("Disease prevention")},
        {QStringLiteral(""), QStringLiteral("addiction"), QStringLiteral("Závislosti"), QStringLiteral("Addiction")},
        {QStringLiteral(""), QStringLiteral("crime"), QStringLiteral("Trestná činnost a oběti"), QStringLiteral("Crime and victims")},
        {QStringLiteral(""), QStringLiteral("family"), QStringLiteral("Rodina a děti"), QStringLiteral("Family and children")},
        {QStringLiteral(""), QStringLiteral("documents"), QStringLiteral("Doklady a úřady"), QStringLiteral("Documents and authorities")},
        {QStringLiteral(""), QStringLiteral("prevention"), QStringLiteral("Prevence sociálně patologických jevů"), QStringLiteral("Prevention of social pathologies")},
        {QStringLiteral(""), QStringLiteral("discrimination"), QStringLiteral("Diskriminace"), QStringLiteral("Discrimination")},
        {QStringLiteral(""), QStringLiteral("other"), QStringLiteral("Jiné"), QStringLiteral("Other")},
    };
    return list;
}

const QList<CodelistEntry> &CodelistSeed::outcomes()
{
    static const QList<CodelistEntry> list = {
        {QStringLiteral("housing"), QStringLiteral("housing_new"), QStringLiteral("Nové nebo vhodnější bydlení"), QStringLiteral("New or better housing found")},
        {QStringLiteral("housing"), QStringLiteral("housing_kept"), QStringLiteral("Bydlení udrženo"), QStringLiteral("Housing kept")},
        {QStringLiteral("housing"), QStringLiteral("other"), QStringLiteral("Jiný výsledek"), QStringLiteral("Other outcome")},
        {QStringLiteral("material"), QStringLiteral("benefit_granted"), QStringLiteral("Dávka přiznána"), QStringLiteral("Benefit granted")},
        {QStringLiteral("material"), QStringLiteral("other"), QStringLiteral("Jiný výsledek"), QStringLiteral("Other outcome")},
        {QStringLiteral("employment"), QStringLiteral("job_temporary"), QStringLiteral("Brigáda nebo dočasná práce"), QStringLiteral("Temporary job")},
        {QStringLiteral("employment"), QStringLiteral("job_public_works"), QStringLiteral("Veřejně prospěšné práce"), QStringLiteral("Public works")},
        {QStringLiteral("employment"), QStringLiteral("job_permanent"), QStringLiteral("Stálé zaměstnání"), QStringLiteral("Permanent job")},
        {QStringLiteral("employment"), QStringLiteral("retraining"), QStringLiteral("Rekvalifikace"), QStringLiteral("Retraining")},
        {QStringLiteral("employment"), QStringLiteral("other"), QStringLiteral("Jiný výsledek"), QStringLiteral("Other outcome")},
        {QStringLiteral("debts"), QStringLiteral("repayment_schedule"), QStringLiteral("Dohodnutý splátkový kalendář"), QStringLiteral("Repayment schedule agreed")},
        {QStringLiteral("debts"), QStringLiteral("debt_cleared"), QStringLiteral("Dluh splacen"), QStringLiteral("Debt cleared")},
        {QStringLiteral("debts"), QStringLiteral("insolvency"), QStringLiteral("Oddlužení (insolvence)"), QStringLiteral("Insolvency (debt relief)")},
        {QStringLiteral("debts"), QStringLiteral("other"), QStringLiteral("Jiný výsledek"), QStringLiteral("Other outcome")},
        {QStringLiteral("usury"), QStringLiteral("usury_stopped"), QStringLiteral("Lichva zastavena"), QStringLiteral("Usury stopped")},
        {QStringLiteral("usury"), QStringLiteral("other"), QStringLiteral("Jiný výsledek"), QStringLiteral("Other outcome")},
        {QStringLiteral("education"), QStringLiteral("school_enrolled"), QStringLiteral("Zápis do školy"), QStringLiteral("Enrolled in school")},
        {QStringLiteral("education"), QStringLiteral("course_completed"), QStringLiteral("Kurz dokončen"), QStringLiteral("Course completed")},
        {QStringLiteral("education"), QStringLiteral("other"), QStringLiteral("Jiný výsledek"), QStringLiteral("Other outcome")},
        {QStringLiteral("health"), QStringLiteral("care_arranged"), QStringLiteral("Zdravotní péče zajištěna"), QStringLiteral("Care arranged")},
        {QStringLiteral("health"), QStringLiteral("other"), QStringLiteral("Jiný výsledek"), QStringLiteral("Other outcome")},
        {QStringLiteral("disease_prevention"), QStringLiteral("prevention_done"), QStringLiteral("Prevence provedena"), QStringLiteral("Prevention done")},
        {QStringLiteral("disease_prevention"), QStringLiteral("other"), QStringLiteral("Jiný výsledek"), QStringLiteral("Other outcome")},
        {QStringLiteral("addiction"), QStringLiteral("treatment_started"), QStringLiteral("Léčba zahájena"), QStringLiteral("Treatment started")},
        {QStringLiteral("addiction"), QStringLiteral("other"), QStringLiteral("Jiný výsledek"), QStringLiteral("Other outcome")},
        {QStringLiteral("crime"), QStringLiteral("victim_supported"), QStringLiteral("Oběť podpořena"), QStringLiteral("Victim supported")},
        {QStringLiteral("crime"), QStringLiteral("other"), QStringLiteral("Jiný výsledek"), QStringLiteral("Other outcome")},
        {QStringLiteral("family"), QStringLiteral("family_stabilised"), QStringLiteral("Rodina stabilizována"), QStringLiteral("Family stabilised")},
        {QStringLiteral("family"), QStringLiteral("child_returned"), QStringLiteral("Dítě vráceno do rodiny"), QStringLiteral("Child returned to the family")},
        {QStringLiteral("family"), QStringLiteral("other"), QStringLiteral("Jiný výsledek"), QStringLiteral("Other outcome")},
        {QStringLiteral("documents"), QStringLiteral("document_issued"), QStringLiteral("Doklad vydán"), QStringLiteral("Document issued")},
        {QStringLiteral("documents"), QStringLiteral("other"), QStringLiteral("Jiný výsledek"), QStringLiteral("Other outcome")},
        {QStringLiteral("prevention"), QStringLiteral("risk_reduced"), QStringLiteral("Riziko sníženo"), QStringLiteral("Risk reduced")},
        {QStringLiteral("prevention"), QStringLiteral("other"), QStringLiteral("Jiný výsledek"), QStringLiteral("Other outcome")},
        {QStringLiteral("discrimination"), QStringLiteral("complaint_filed"), QStringLiteral("Stížnost podána"), QStringLiteral("Complaint filed")},
        {QStringLiteral("discrimination"), QStringLiteral("other"), QStringLiteral("Jiný výsledek"), QStringLiteral("Other outcome")},
        {QStringLiteral("other"), QStringLiteral("other"), QStringLiteral("Jiný výsledek"), QStringLiteral("Other outcome")},
    };
    return list;
}

const QList<CodelistEntry> &CodelistSeed::interventionTypes()
{
    static const QList<CodelistEntry> list = {
        {QStringLiteral(""), QStringLiteral("counselling"), QStringLiteral("Poradenství"), QStringLiteral("Counselling")},
        {QStringLiteral(""), QStringLiteral("accompaniment"), QStringLiteral("Doprovod"), QStringLiteral("Accompaniment")},
        {QStringLiteral(""), QStringLiteral("advocacy"), QStringLiteral("Zastupování zájmů"), QStringLiteral("Advocacy")},
        {QStringLiteral(""), QStringLiteral("crisis"), QStringLiteral("Krizová intervence"), QStringLiteral("Crisis intervention")},
        {QStringLiteral(""), QStringLiteral("referral"), QStringLiteral("Zprostředkování služby"), QStringLiteral("Referral")},
        {QStringLiteral(""), QStringLiteral("paperwork"), QStringLiteral("Pomoc s písemnostmi"), QStringLiteral("Paperwork")},
        {QStringLiteral(""), QStringLiteral("education"), QStringLiteral("Vzdělávání a nácvik"), QStringLiteral("Education")},
        {QStringLiteral(""), QStringLiteral("other"), QStringLiteral("Jiné"), QStringLiteral("Other")},
    };
    return list;
}

const QList<CodelistEntry> &CodelistSeed::endReasons()
{
    static const QList<CodelistEntry> list = {
        {QStringLiteral(""), QStringLiteral("goals_met"), QStringLiteral("Cíle splněny"), QStringLiteral("Goals met")},
        {QStringLiteral(""), QStringLiteral("client_left"), QStringLiteral("Klient odstoupil"), QStringLiteral("Client left")},
        {QStringLiteral(""), QStringLiteral("moved"), QStringLiteral("Přestěhování"), QStringLiteral("Moved away")},
        {QStringLiteral(""), QStringLiteral("lost_contact"), QStringLiteral("Ztráta kontaktu"), QStringLiteral("Lost contact")},
        {QStringLiteral(""), QStringLiteral("other"), QStringLiteral("Jiný důvod"), QStringLiteral("Other")},
    };
    return list;
}

} // namespace teren
