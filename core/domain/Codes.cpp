#include "Codes.h"

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

} // namespace teren
