#pragma once

#include "domain/Entities.h"
#include "store/ClientHistory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace teren {

class Store;

// Everything this file holds about one person, gathered for the right of access
// (GDPR Art. 15): the profile, the cooperations, the needs with their plan, the
// contacts and the workers. Codes keep their code and carry the label in the
// language of the moment; what was erased is not there (erased and deleted rows
// are invisible to reads), and other people in the household are not named.
struct PersonalRecord
{
    Q_DECLARE_TR_FUNCTIONS(PersonalRecord)

public:
    struct PlannedGoal
    {
        Goal goal;
        QList<Step> steps;
    };
    struct CardNeed
    {
        Need need;
        QString areaLabel;
        QString outcomeLabel;
        QList<PlannedGoal> goals;
    };
    struct Visit
    {
        Contact contact;
        QString workerName;
        QStringList interventionLabels;
        QStringList needAreaLabels;
    };
    struct Period
    {
        Cooperation cooperation;
        QString endReasonLabel;
    };

    Client client;
    QString localityName;
    QString householdLabel;
    QString workerName;      // the worker the client is assigned to
    QStringList workerNames; // everyone who worked with them: assigned, and at contacts
    QList<Consent> consents; // oldest first
    QHash<QUuid, QString> consentRecorders;
    bool consentInForce = false;
    QList<Period> cooperations;
    QList<CardNeed> needs;
    QList<Visit> contacts;
    QList<HistoryEntry> history; // every change and view of their records, newest first
    QDateTime madeAt;
    QString madeBy; // the worker using this file, when known
    // The partner institutions the steps and contacts name (a merged entry under the
    // name of the one kept).
    QHash<QUuid, QString> partnerNames;

    // Throws a translated Error when the file holds no such person (or their data
    // was erased).
    static PersonalRecord of(Store &store, const QUuid &clientId);

    QJsonObject toJson() const;
    // How the files of the export are named: the person and the day.
    QString fileStem() const;
};

} // namespace teren
