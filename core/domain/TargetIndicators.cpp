#include "TargetIndicators.h"

namespace teren {

const QList<TargetIndicator> &TargetIndicators::all()
{
    static const QList<TargetIndicator> list = {
        {QStringLiteral("persons_supported"), false, {}, {}},
        {QStringLiteral("needs_identified"), false, {}, {}},
        {QStringLiteral("needs_resolved"), false, {}, {}},
        {QStringLiteral("resolved_rate"), true, {}, {}},
        // Retraining is an employment outcome but not a job: it is not counted here.
        {QStringLiteral("clients_employed"), false, QStringLiteral("employment"),
         {QStringLiteral("job_temporary"), QStringLiteral("job_public_works"), QStringLiteral("job_permanent")}},
        {QStringLiteral("clients_housed"), false, QStringLiteral("housing"),
         {QStringLiteral("housing_new"), QStringLiteral("housing_kept")}},
        // IQ Roma Service's report counts the two apart: 28 agreed a debt plan, 6 cleared their debts.
        {QStringLiteral("clients_debt_plan"), false, QStringLiteral("debts"), {QStringLiteral("repayment_schedule")}},
        {QStringLiteral("clients_debt_free"), false, QStringLiteral("debts"), {QStringLiteral("debt_cleared")}},
        {QStringLiteral("clients_in_school"), false, QStringLiteral("education"), {QStringLiteral("school_enrolled")}},
    };
    return list;
}

const TargetIndicator *TargetIndicators::find(const QString &code)
{
    for (const TargetIndicator &indicator : all()) {
        if (indicator.code == code)
            return &indicator;
    }
    return nullptr;
}

QStringList TargetIndicators::codes()
{
    QStringList result;
    for (const TargetIndicator &indicator : all())
        result.append(indicator.code);
    return result;
}

QString TargetIndicators::label(const QString &code)
{
    if (code == u"persons_supported")
        return tr("Persons supported");
    if (code == u"needs_identified")
        return tr("Needs identified");
    if (code == u"needs_resolved")
        return tr("Needs resolved");
    if (code == u"resolved_rate")
        return tr("Share of needs resolved");
    if (code == u"clients_employed")
        return tr("Clients who found a job");
    if (code == u"clients_housed")
        return tr("Clients who found or kept housing");
    if (code == u"clients_debt_plan")
        return tr("Clients with an agreed repayment schedule");
    if (code == u"clients_debt_free")
        return tr("Clients who cleared their debts");
    if (code == u"clients_in_school")
        return tr("Clients enrolled in school");
    return code;
}

} // namespace teren
