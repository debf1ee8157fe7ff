#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace teren {

// The fixed code sets of the card (docs/domain.md). Codes are stable (CSV, bundles and reports use
// them); labels are translated at the moment they are shown.
class Codes
{
    Q_DECLARE_TR_FUNCTIONS(Codes)

public:
    static const QStringList &genders();
    static const QStringList &needStatuses();
    static const QStringList &openNeedStatuses();
    static const QStringList &closedNeedStatuses();
    static const QStringList &horizons();
    static const QStringList &goalStatuses();
    static const QStringList &responsibles();
    static const QStringList &places();
    // What a consent is to (its first, processing for field social work, is the one
    // without which the service cannot work with the client) and whether it was given.
    static const QStringList &consentScopes();
    static const QStringList &consentActions();
    // What a group activity was (the report counts activities and participants by it).
    static const QStringList &groupActivityKinds();

    // The region's set-up.
    static const QStringList &providerServices();
    static const QStringList &workerRoles();
    static const QStringList &localityKinds();
    // The kinds of partner institutions a step or a contact may involve.
    static const QStringList &partnerKinds();

    static bool isOpenNeedStatus(const QString &status) { return openNeedStatuses().contains(status); }
    // A Czech company number (IČO): eight digits, the last a weighted checksum of the others.
    static bool isValidIco(const QString &ico);

    static QString genderLabel(const QString &code);
    static QString needStatusLabel(const QString &code);
    static QString horizonLabel(const QString &code);
    static QString goalStatusLabel(const QString &code);
    static QString responsibleLabel(const QString &code);
    static QString placeLabel(const QString &code);
    static QString consentScopeLabel(const QString &code);
    static QString consentActionLabel(const QString &code);
    static QString providerServiceLabel(const QString &code);
    static QString workerRoleLabel(const QString &code);
    static QString localityKindLabel(const QString &code);
    static QString partnerKindLabel(const QString &code);
    static QString groupActivityKindLabel(const QString &code);
};

} // namespace teren
