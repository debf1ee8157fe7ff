#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariantList>

#include <optional>

namespace teren {

// Plain value types of the card. Each knows its table, its columns (besides `id`
// and the sync columns) and how to turn itself into and from a row, so one generic
// writer stores and stamps them all.

struct Region
{
    QUuid id;
    QString name;

    static QString table() { return QStringLiteral("region"); }
    static QStringList columns();
    QVariantList values() const;
    static Region fromValues(const QUuid &id, const QVariantList &v);
};

struct Locality
{
    QUuid id;
    QUuid regionId;
    QString code;
    QString name;
    QString municipality;
    QString district;
    QString kind;                 // excluded_locality, town, village or empty
    std::optional<int> residents; // estimated residents in social exclusion

    static QString table() { return QStringLiteral("locality"); }
    static QStringList columns();
    QVariantList values() const;
    static Locality fromValues(const QUuid &id, const QVariantList &v);
};

struct Provider
{
    QUuid id;
    QUuid regionId;
    QString name;
    QString ico;         // 8 digits, or empty
    QStringList services; // registered social services (Codes::providerServices)

    static QString table() { return QStringLiteral("provider"); }
    static QStringList columns();
    QVariantList values() const;
    static Provider fromValues(const QUuid &id, const QVariantList &v);
};

struct Worker
{
    QUuid id;
    QUuid providerId;
    QString name;
    QUuid replicaId;
    QString role = QStringLiteral("field"); // field or coordinator
    QDate activeFrom;
    QDate activeTo; // set when the worker leaves: retired, never deleted

    bool isActiveOn(const QDate &day) const;

    static QString table() { return QStringLiteral("worker"); }
    static QStringList columns();
    QVariantList values() const;
    static Worker fromValues(const QUuid &id, const QVariantList &v);
};

// The installation (a laptop's replica) that works as a worker: recorded by the
// coordinator when the laptop's enrolment is proven. The id is the replica id.
struct Installation
{
    QUuid id;
    QUuid workerId;
    QString name;

    static QString table() { return QStringLiteral("installation"); }
    static QStringList columns();
    QVariantList values() const;
    static Installation fromValues(const QUuid &id, const QVariantList &v);
};

// A change the rules of who may change what refused, accepted by the coordinator
// after review: from then on it is applied on every replica.
struct AcceptedChange
{
    QUuid id;
    QByteArray changeReplica;
    qint64 changeHlc = 0;

    static QString table() { return QStringLiteral("accepted_change"); }
    static QStringList columns();
    QVariantList values() const;
    static AcceptedChange fromValues(const QUuid &id, const QVariantList &v);
};

// The coordinator's decision about an installation whose clock ran ahead: its changes
// stamped after `clampHlc`, up to `throughHlc`, count in every merge as made at
// `clampHlc` (see ClockClamps).
struct ClockClamp
{
    QUuid id;
    QByteArray clampedReplica;
    qint64 clampHlc = 0;
    qint64 throughHlc = 0;

    static QString table() { return QStringLiteral("clock_clamp"); }
    static QStringList columns();
    QVariantList values() const;
    static ClockClamp fromValues(const QUuid &id, const QVariantList &v);
};

struct Household
{
    QUuid id;
    QString label;

    static QString table() { return QStringLiteral("household"); }
    static QStringList columns();
    QVariantList values() const;
    static Household fromValues(const QUuid &id, const QVariantList &v);
};

struct Client
{
    QUuid id;
    QString givenName;
    QString familyName;
    QString alias;
    std::optional<int> birthYear;
    QString gender; // f, m, x or empty
    QUuid localityId;
    QUuid householdId;
    QUuid workerId;
    QString phone;
    QDate consentOn;
    QString consentScope;
    QString notes;

    QString displayName() const;

    static QString table() { return QStringLiteral("client"); }
    static QStringList columns();
    QVariantList values() const;
    static Client fromValues(const QUuid &id, const QVariantList &v);
};

struct Cooperation
{
    QUuid id;
    QUuid clientId;
    QDate startOn;
    QDate endOn;
    QString endReason;

    static QString table() { return QStringLiteral("cooperation"); }
    static QStringList columns();
    QVariantList values() const;
    static Cooperation fromValues(const QUuid &id, const QVariantList &v);
};

// One consent the client gave or withdrew: never edited afterwards, a later record
// says what holds from its date on (ConsentHistory).
struct Consent
{
    QUuid id;
    QUuid clientId;
    QDate recordedOn;
    QString action = QStringLiteral("given"); // given or withdrawn
    QString scope = QStringLiteral("processing"); // Codes::consentScopes
    QString note; // what exactly was agreed, as typed
    QUuid workerId; // who recorded it

    bool isGiven() const { return action == u"given"; }

    static QString table() { return QStringLiteral("consent"); }
    static QStringList columns();
    QVariantList values() const;
    static Consent fromValues(const QUuid &id, const QVariantList &v);
};

struct Need
{
    QUuid id;
    QUuid clientId;
    QString area;
    int intensity = 2;
    int priority = 0; // 0 = append after the client's other open needs
    QDate identifiedOn;
    QString status = QStringLiteral("open");
    QDate closedOn;
    QString outcome;

    bool isOpen() const;

    static QString table() { return QStringLiteral("need"); }
    static QStringList columns();
    QVariantList values() const;
    static Need fromValues(const QUuid &id, const QVariantList &v);
};

struct Goal
{
    QUuid id;
    QUuid needId;
    QString text;
    QString horizon = QStringLiteral("short");
    QDate targetOn;
    QString status = QStringLiteral("open");
    QDate achievedOn;

    static QString table() { return QStringLiteral("goal"); }
    static QStringList columns();
    QVariantList values() const;
    static Goal fromValues(const QUuid &id, const QVariantList &v);
};

struct Step
{
    QUuid id;
    QUuid goalId;
    QString text;
    QString responsible = QStringLiteral("client");
    QDate dueOn;
    QDate doneOn;
    QUuid partnerId{}; // the partner institution responsible (responsible is then "institution")

    static QString table() { return QStringLiteral("step"); }
    static QStringList columns();
    QVariantList values() const;
    static Step fromValues(const QUuid &id, const QVariantList &v);
};

struct Contact
{
    QUuid id;
    QUuid clientId;
    QUuid workerId;
    QDate contactOn;
    int minutes = 0;
    QString place = QStringLiteral("field");
    QString note;
    QStringList interventions; // intervention type codes
    QList<QUuid> needIds;      // needs touched
    QList<QUuid> partnerIds{}; // partner institutions involved (ContactPartner rows)
    QList<QUuid> otherClientIds{}; // further clients it concerned (ContactParticipant links)

    static QString table() { return QStringLiteral("contact"); }
    static QStringList columns();
    QVariantList values() const;
    static Contact fromValues(const QUuid &id, const QVariantList &v);
};

// A further client a contact concerned (a family visit): the contact's first client
// is Contact::clientId; each further one is a link of its own.
struct ContactParticipant
{
    QUuid id;
    QUuid contactId;
    QUuid clientId;

    static QString table() { return QStringLiteral("contact_participant"); }
    static QStringList columns();
    QVariantList values() const;
    static ContactParticipant fromValues(const QUuid &id, const QVariantList &v);
};

// Group or community work: a catch-up class, a PC course, a community meeting...
// `participants` counts everyone there; `clientIds` names those of them who are
// clients (each a GroupActivityClient link), never more than the count.
struct GroupActivity
{
    QUuid id;
    QString kind = QStringLiteral("other"); // Codes::groupActivityKinds
    QDate heldOn;
    int minutes = 0;
    QString place = QStringLiteral("field");
    QUuid localityId;
    int participants = 0;
    QString note;
    QUuid workerId; // who recorded it
    QList<QUuid> clientIds; // the links, not a column

    static QString table() { return QStringLiteral("group_activity"); }
    static QStringList columns();
    QVariantList values() const;
    static GroupActivity fromValues(const QUuid &id, const QVariantList &v);
};

struct GroupActivityClient
{
    QUuid id;
    QUuid activityId;
    QUuid clientId;

    static QString table() { return QStringLiteral("group_activity_client"); }
    static QStringList columns();
    QVariantList values() const;
    static GroupActivityClient fromValues(const QUuid &id, const QVariantList &v);
};

// Work with people who stay anonymous: no client is named, only how many persons.
struct AnonymousContact
{
    QUuid id;
    QDate contactOn;
    int minutes = 0;
    QString place = QStringLiteral("field");
    QUuid localityId;
    QStringList interventions; // intervention type codes
    int persons = 1;
    QString note;
    QUuid workerId; // who recorded it

    static QString table() { return QStringLiteral("anonymous_contact"); }
    static QStringList columns();
    QVariantList values() const;
    static AnonymousContact fromValues(const QUuid &id, const QVariantList &v);
};

// A client's card opened, or their data exported: who, when and on which laptop are
// the stamp of its insert.
struct ClientView
{
    QUuid id;
    QUuid clientId;
    QString kind = QStringLiteral("card"); // "card" or "export"

    static QString table() { return QStringLiteral("client_view"); }
    static QStringList columns();
    QVariantList values() const;
    static ClientView fromValues(const QUuid &id, const QVariantList &v);
};

// A partner institution of the region (labour office, OSPOD, school...). Retired
// entries stay on the records that name them; a duplicate merged into another
// points at the entry kept, and counts as it.
struct Partner
{
    QUuid id;
    QString kind = QStringLiteral("other_ngo"); // Codes::partnerKinds
    QString name;
    QUuid localityId;
    QDate retiredOn;
    QUuid mergedInto;

    bool isRetired() const { return retiredOn.isValid() || !mergedInto.isNull(); }

    static QString table() { return QStringLiteral("partner"); }
    static QStringList columns();
    QVariantList values() const;
    static Partner fromValues(const QUuid &id, const QVariantList &v);
};

// A partner involved in a contact.
struct ContactPartner
{
    QUuid id;
    QUuid contactId;
    QUuid partnerId;

    static QString table() { return QStringLiteral("contact_partner"); }
    static QStringList columns();
    QVariantList values() const;
    static ContactPartner fromValues(const QUuid &id, const QVariantList &v);
};

struct Target
{
    QUuid id;
    QString indicator;
    int year = 0;
    QUuid localityId;
    QUuid providerId;
    double value = 0;

    static QString table() { return QStringLiteral("target"); }
    static QStringList columns();
    QVariantList values() const;
    static Target fromValues(const QUuid &id, const QVariantList &v);
};

} // namespace teren
