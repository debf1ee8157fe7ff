#include "Codes.h"

#include <algorithm>

namespace teren {

const QStringList &Codes::genders()
{
    static const QStringList codes = {QStringLiteral("f"), QStringLiteral("m"), QStringLiteral("x")};
    return codes;
}

const QStringList &Codes::needStatuses()
{
    static const QStringList codes = openNeedStatuses() + closedNeedStatuses();
    return codes;
}

const QStringList &Codes::openNeedStatuses()
{
    static const QStringList codes = {QStringLiteral("open"), QStringLiteral("in_progress")};
    return codes;
}

const QStringList &Codes::closedNeedStatuses()
{
    static const QStringList codes = {QStringLiteral("resolved"), QStringLiteral("not_resolved"),
                                      QStringLiteral("dropped")};
    return codes;
}

const QStringList &Codes::horizons()
{
    static const QStringList codes = {QStringLiteral("short"), QStringLiteral("medium"), QStringLiteral("long")};
    return codes;
}

const QStringList &Codes::goalStatuses()
{
    static const QStringList codes = {QStringLiteral("open"), QStringLiteral("achieved"),
                                      QStringLiteral("not_achieved"), QStringLiteral("dropped")};
    return codes;
}

const QStringList &Codes::responsibles()
{
    static const QStringList codes = {QStringLiteral("client"), QStringLiteral("worker"),
                                      QStringLiteral("institution")};
    return codes;
}

const QStringList &Codes::places()
{
    static const QStringList codes = {QStringLiteral("field"), QStringLiteral("office"), QStringLiteral("phone")};
    return codes;
}

const QStringList &Codes::groupActivityKinds()
{
    static const QStringList codes = {QStringLiteral("catch_up_classes"), QStringLiteral("pc_course"),
                                      QStringLiteral("children_leisure"), QStringLiteral("community_meeting"),
                                      QStringLiteral("joint_patrol_police"), QStringLiteral("other")};
    return codes;
}

const QStringList &Codes::consentScopes()
{
    static const QStringList codes = {QStringLiteral("processing"), QStringLiteral("sharing"),
                                      QStringLiteral("relatives"), QStringLiteral("photos"),
                                      QStringLiteral("other")};
    return codes;
}

const QStringList &Codes::consentActions()
{
    static const QStringList codes = {QStringLiteral("given"), QStringLiteral("withdrawn")};
    return codes;
}

const QStringList &Codes::providerServices()
{
    static const QStringList codes = {QStringLiteral("field_programmes"), QStringLiteral("social_counselling"),
                                      QStringLiteral("nzdm"), QStringLiteral("sas"), QStringLiteral("other")};
    return codes;
}

const QStringList &Codes::workerRoles()
{
    static const QStringList codes = {QStringLiteral("field"), QStringLiteral("coordinator")};
    return codes;
}

const QStringList &Codes::localityKinds()
{
    static const QStringList codes = {QStringLiteral("excluded_locality"), QStringLiteral("town"),
                                      QStringLiteral("village")};
    return codes;
}

const QStringList &Codes::partnerKinds()
{
    static const QStringList codes = {QStringLiteral("labour_office"),   QStringLiteral("municipal_office"),
                                      QStringLiteral("ospod"),           QStringLiteral("school"),
                                      QStringLiteral("police"),          QStringLiteral("court_bailiff"),
                                      QStringLiteral("health"),          QStringLiteral("debt_counselling"),
                                      QStringLiteral("employer"),        QStringLiteral("other_ngo")};
    return codes;
}

bool Codes::isValidIco(const QString &ico)
{
    if (ico.size() != 8 || !std::all_of(ico.begin(), ico.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return false;
    int sum = 0;
    for (int i = 0; i < 7; ++i)
        sum += ico.at(i).digitValue() * (8 - i);
    const int remainder = sum % 11;
    const int check = remainder == 0 ? 1 : remainder == 1 ? 0 : 11 - remainder;
    return ico.at(7).digitValue() == check;
}

QString Codes::genderLabel(const QString &code)
{
    if (code == u"f")
        return tr("female");
    if (code == u"m")
        return tr("male");
    if (code == u"x")
        return tr("other");
    return code;
}

QString Codes::needStatusLabel(const QString &code)
{
    if (code == u"open")
        return tr("open");
    if (code == u"in_progress")
        return tr("in progress");
    if (code == u"resolved")
        return tr("resolved");
    if (code == u"not_resolved")
        return tr("not resolved");
    if (code == u"dropped")
        return tr("dropped");
    return code;
}

QString Codes::horizonLabel(const QString &code)
{
    if (code == u"short")
        return tr("short-term");
    if (code == u"medium")
        return tr("medium-term");
    if (code == u"long")
        return tr("long-term");
    return code;
}

QString Codes::goalStatusLabel(const QString &code)
{
    if (code == u"open")
        return tr("open", "goal status");
    if (code == u"achieved")
        return tr("achieved");
    if (code == u"not_achieved")
        return tr("not achieved");
    if (code == u"dropped")
        return tr("dropped", "goal status");
    return code;
}

QString Codes::responsibleLabel(const QString &code)
{
    if (code == u"client")
        return tr("client");
    if (code == u"worker")
        return tr("worker");
    if (code == u"institution")
        return tr("institution");
    return code;
}

QString Codes::placeLabel(const QString &code)
{
    if (code == u"field")
        return tr("field");
    if (code == u"office")
        return tr("office");
    if (code == u"phone")
        return tr("phone");
    return code;
}

QString Codes::groupActivityKindLabel(const QString &code)
{
    if (code == u"catch_up_classes")
        return tr("catch-up classes");
    if (code == u"pc_course")
        return tr("PC course");
    if (code == u"children_leisure")
        return tr("leisure activity for children");
    if (code == u"community_meeting")
        return tr("community meeting");
    if (code == u"joint_patrol_police")
        return tr("joint patrol with police");
    if (code == u"other")
        return tr("other activity");
    return code;
}

QString Codes::consentScopeLabel(const QString &code)
{
    if (code == u"processing")
        return tr("processing of personal data for field social work");
    if (code == u"sharing")
        return tr("sharing with other services and institutions");
    if (code == u"relatives")
        return tr("contacting family and close persons");
    if (code == u"photos")
        return tr("photos and recordings");
    if (code == u"other")
        return tr("other");
    return code;
}

QString Codes::consentActionLabel(const QString &code)
{
    if (code == u"given")
        return tr("given");
    if (code == u"withdrawn")
        return tr("withdrawn");
    return code;
}

QString Codes::providerServiceLabel(const QString &code)
{
    if (code == u"field_programmes")
        return tr("field programmes");
    if (code == u"social_counselling")
        return tr("social counselling");
    if (code == u"nzdm")
        return tr("low-threshold facility for children and youth");
    if (code == u"sas")
        return tr("social activation services for families with children");
    if (code == u"other")
        return tr("other", "social service");
    return code;
}

QString Codes::workerRoleLabel(const QString &code)
{
    if (code == u"field")
        return tr("field worker");
    if (code == u"coordinator")
        return tr("coordinator");
    return code;
}

QString Codes::localityKindLabel(const QString &code)
{
    if (code == u"excluded_locality")
        return tr("excluded locality");
    if (code == u"town")
        return tr("town");
    if (code == u"village")
        return tr("village");
    return code;
}

QString Codes::partnerKindLabel(const QString &code)
{
    if (code == u"labour_office")
        return tr("labour office");
    if (code == u"municipal_office")
        return tr("municipal office");
    if (code == u"ospod")
        return tr("child protection authority (OSPOD)");
    if (code == u"school")
        return tr("school");
    if (code == u"police")
        return tr("police");
    if (code == u"court_bailiff")
        return tr("court or bailiff");
    if (code == u"health")
        return tr("health facility");
    if (code == u"debt_counselling")
        return tr("debt counselling");
    if (code == u"employer")
        return tr("employer");
    if (code == u"other_ngo")
        return tr("other NGO");
    return code;
}

} // namespace teren
