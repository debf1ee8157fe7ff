// A client's consents as a dated history: recording, what holds now, the records
// derived from the old consent columns, sync between replicas and erasure.
#include <catch2/catch.hpp>

#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "changes/ChangeLog.h"
#include "domain/Codes.h"
#include "domain/ConsentHistory.h"
#include "domain/Error.h"
#include "domain/SchemaRegistry.h"
#include "domain/Values.h"
#include "i18n/Dates.h"
#include "store/ConsentRepository.h"

using namespace teren;
using test::Fixture;
using test::Replicas;

namespace {

QUuid makeClient(Store &store, const QString &family, const QDate &legacyConsentOn = {},
                 const QString &legacyConsentScope = {})
{
    Client client;
    client.givenName = QStringLiteral("Marie");
    client.familyName = family;
    // How an older version kept the one consent it knew.
    client.consentOn = legacyConsentOn;
    client.consentScope = legacyConsentScope;
    return ClientRepository(store).create(client).id;
}

Consent recordConsent(Store &store, const QUuid &clientId, const QDate &on, const QString &action,
                      const QString &scope = QStringLiteral("processing"), const QString &note = {})
{
    Consent consent;
    consent.clientId = clientId;
    consent.recordedOn = on;
    consent.action = action;
    consent.scope = scope;
    consent.note = note;
    return ConsentRepository(store).record(consent);
}

const QString given = QStringLiteral("given");
const QString withdrawn = QStringLiteral("withdrawn");

// The file as format 7 had it, before the consent history: reopening migrates it.
void asBeforeConsentHistory(Store &store)
{
    store.database().execScript(
        QStringLiteral("DROP TABLE anonymous_contact; DROP TABLE group_activity_client; DROP TABLE group_activity; "
                       "DROP TABLE contact_participant; DROP TABLE contact_partner; DROP INDEX step_partner; "
                       "ALTER TABLE step DROP COLUMN partner_id; DROP TABLE partner; DROP TABLE consent; "
                       "ALTER TABLE peer DROP COLUMN app_version; PRAGMA user_version = 10"));
}

QString consentChanges(Store &store)
{
    QStringList lines;
    changelog::forEachInStampOrder(store.database(), [&lines](const ChangeRecord &change) {
        if (change.entity == u"consent")
            lines.append(QStringLiteral("%1 %2 %3 %4")
                             .arg(QString::fromLatin1(change.rowKey.toByteArray().toHex()))
                             .arg(change.stamp.hlc)
                             .arg(QString::fromLatin1(change.stamp.replica.toHex()),
                                  QString::fromLatin1(change.author.toHex())));
    });
    return lines.join(u'\n');
}

} // namespace

TEST_CASE("A consent is recorded with its date, scope, note and the worker who recorded it", "[consent]")
{
    Fixture fixture;
    Store &store = fixture.store();
    Worker worker;
    worker.name = QStringLiteral("Petr Novák");
    const QUuid workerId = DirectoryRepository(store).addWorker(worker).id;
    store.setCurrentWorker(workerId);
    const QUuid clientId = makeClient(store, QStringLiteral("Horváthová"));

    recordConsent(store, clientId, QDate(2026, 10, 1), given, QStringLiteral("sharing"),
                  QStringLiteral("  jen úřad práce  "));
    const QList<Consent> stored = ConsentRepository(store).forClient(clientId);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().recordedOn == QDate(2026, 10, 1));
    CHECK(stored.first().isGiven());
    CHECK(stored.first().scope == u"sharing");
    CHECK(stored.first().note == u"jen úřad práce");
    CHECK(stored.first().workerId == workerId);
}

TEST_CASE("A consent the rules refuse is not recorded, and the message names the field", "[consent]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const QUuid clientId = makeClient(store, QStringLiteral("Horváthová"));
    const auto refusal = [&](const QDate &on, const QString &action, const QString &scope, const QString &note) {
        try {
            recordConsent(store, clientId, on, action, scope, note);
        } catch (const ValidationError &error) {
            return QStringLiteral("%1: %2").arg(error.field(), error.message());
        }
        return QString();
    };
    CHECK(refusal(QDate(2026, 11, 3), given, QStringLiteral("processing"), {})
          == QStringLiteral("recorded_on: A consent cannot be dated in the future (%1); today is %2.")
                 .arg(Dates::shortDate(QDate(2026, 11, 3)), Dates::shortDate(QDate(2026, 11, 2))));
    CHECK(refusal({}, given, QStringLiteral("processing"), {}) == u"recorded_on: The date of the consent is required.");
    CHECK(refusal(QDate(2026, 10, 1), given, QStringLiteral("tattoos"), {})
          == u"scope: Unknown consent scope \"tattoos\".");
    CHECK(refusal(QDate(2026, 10, 1), QStringLiteral("maybe"), QStringLiteral("processing"), {})
          == u"action: Unknown consent action \"maybe\".");
    CHECK(refusal(QDate(2026, 10, 1), given, QStringLiteral("other"), QStringLiteral("  "))
          == u"note: Say what the other consent is about in the note.");
    CHECK(ConsentRepository(store).forClient(clientId).isEmpty());
}

TEST_CASE("The history runs oldest first, and the current state is the latest record of each scope", "[consent]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const QUuid clientId = makeClient(store, QStringLiteral("Horváthová"));
    recordConsent(store, clientId, QDate(2026, 9, 1), given, QStringLiteral("photos"));
    recordConsent(store, clientId, QDate(2026, 3, 1), given);
    recordConsent(store, clientId, QDate(2026, 9, 1), withdrawn, QStringLiteral("photos"));
    recordConsent(store, clientId, QDate(2026, 5, 1), given, QStringLiteral("sharing"));

    const QList<Consent> history = ConsentRepository(store).forClient(clientId);
    QStringList order;
    for (const Consent &consent : history)
        order.append(consent.recordedOn.toString(Qt::ISODate) + u' ' + consent.scope + u' ' + consent.action);
    // Two records of one day: in the order they were made.
    CHECK(order
          == QStringList{QStringLiteral("2026-03-01 processing given"), QStringLiteral("2026-05-01 sharing given"),
                         QStringLiteral("2026-09-01 photos given"), QStringLiteral("2026-09-01 photos withdrawn")});

    QStringList current;
    for (const Consent &consent : ConsentHistory::current(history))
        current.append(consent.scope + u' ' + consent.action);
    CHECK(current
          == QStringList{QStringLiteral("processing given"), QStringLiteral("sharing given"),
                         QStringLiteral("photos withdrawn")});
}

TEST_CASE("A consent is in force while the basic consent was given and not withdrawn since", "[consent]")
{
    Fixture fixture;
    Store &store = fixture.store();
    ConsentRepository consents(store);
    const QUuid clientId = makeClient(store, QStringLiteral("Horváthová"));
    const auto listed = [&] { return ClientRepository(store).summary(clientId, store.clock().today())->consentInForce; };
    CHECK_FALSE(consents.inForce(clientId));
    CHECK_FALSE(listed());

    // Another scope alone is not enough.
    recordConsent(store, clientId, QDate(2026, 3, 1), given, QStringLiteral("sharing"));
    CHECK_FALSE(consents.inForce(clientId));
    recordConsent(store, clientId, QDate(2026, 3, 2), given);
    CHECK(consents.inForce(clientId));
    CHECK(listed());
    // Withdrawing another scope leaves it in force; withdrawing the basic one ends it.
    recordConsent(store, clientId, QDate(2026, 4, 1), withdrawn, QStringLiteral("sharing"));
    CHECK(consents.inForce(clientId));
    recordConsent(store, clientId, QDate(2026, 5, 1), withdrawn);
    CHECK_FALSE(consents.inForce(clientId));
    CHECK_FALSE(listed());
    // A withdrawal recorded late, dated before a consent given again, does not end it.
    recordConsent(store, clientId, QDate(2026, 6, 1), given);
    recordConsent(store, clientId, QDate(2026, 5, 15), withdrawn);
    CHECK(consents.inForce(clientId));
    CHECK(listed());
}

TEST_CASE("Erasing a client wipes what was typed into its consents, from the rows and the history", "[consent]")
{
    Fixture fixture;
    Store &store = fixture.store();
    const QUuid clientId = makeClient(store, QStringLiteral("Horváthová"));
    recordConsent(store, clientId, QDate(2026, 3, 1), given, QStringLiteral("other"),
                  QStringLiteral("Souhlas s předáním zprávy lékaři MUDr. Králové"));
    CHECK(SchemaRegistry::wipedOnErasure(QStringLiteral("consent")) == QStringList{QStringLiteral("note")});
    CHECK(SchemaRegistry::withheldFromStatistics(QStringLiteral("consent")) == QStringList{QStringLiteral("note")});

    REQUIRE(ClientRepository(store).erase(clientId));
    Database &db = store.database();
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM consent WHERE deleted = 2 AND note IS NULL")).toInt() == 1);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM change WHERE instr(fields, ?) > 0"),
                    {QStringLiteral("MUDr. Králové").toUtf8()})
              .toInt()
          == 0);
    // The date and scope stay, for the statistics.
    CHECK(db.scalar(QStringLiteral("SELECT recorded_on || ' ' || scope FROM consent")).toString()
          == u"2026-03-01 other");
}

TEST_CASE("Consents recorded on one replica reach another, and a withdrawal comes back", "[consent][sync]")
{
    Replicas replicas(2);
    const QUuid clientId = makeClient(replicas[0], QStringLiteral("Horváthová"));
    recordConsent(replicas[0], clientId, QDate(2026, 10, 1), given, QStringLiteral("processing"),
                  QStringLiteral("ústně, před svědkem"));
    replicas.send(0, 1);
    const QList<Consent> arrived = ConsentRepository(replicas[1]).forClient(clientId);
    REQUIRE(arrived.size() == 1);
    CHECK(arrived.first().note == u"ústně, před svědkem");
    CHECK(ConsentRepository(replicas[1]).inForce(clientId));

    replicas.clock(1).advance(60'000);
    recordConsent(replicas[1], clientId, QDate(2026, 11, 2), withdrawn);
    replicas.send(1, 0);
    CHECK_FALSE(ConsentRepository(replicas[0]).inForce(clientId));
    CHECK(ConsentRepository(replicas[0]).forClient(clientId).size() == 2);
    CHECK(replicas.state(0) == replicas.state(1));
}

TEST_CASE("The old consent columns become the same record on every replica that migrates", "[consent][sync]")
{
    Replicas replicas(2);
    const QUuid withConsent =
        makeClient(replicas[0], QStringLiteral("Horváthová"), QDate(2025, 4, 1), QStringLiteral("vše včetně fotek"));
    const QUuid withoutConsent = makeClient(replicas[0], QStringLiteral("Kováčová"));
    replicas.send(0, 1);
    // Both files as an older version left them, each then opened by this version.
    for (int i = 0; i < 2; ++i) {
        asBeforeConsentHistory(replicas[i]);
        replicas.reopen(i);
    }

    for (int i = 0; i < 2; ++i) {
        const QList<Consent> derived = ConsentRepository(replicas[i]).forClient(withConsent);
        REQUIRE(derived.size() == 1);
        CHECK(derived.first().id == ConsentRepository::derivedId(withConsent));
        CHECK(derived.first().recordedOn == QDate(2025, 4, 1));
        CHECK(derived.first().isGiven());
        CHECK(derived.first().scope == u"processing");
        CHECK(derived.first().note == u"vše včetně fotek");
        CHECK(ConsentRepository(replicas[i]).inForce(withConsent));
        CHECK(ConsentRepository(replicas[i]).forClient(withoutConsent).isEmpty());
    }
    // One change, with one stamp: the consent change's installation, not the one that
    // happened to migrate.
    const QString changes = consentChanges(replicas[0]);
    CHECK(changes.count(u'\n') == 0);
    CHECK(changes.endsWith(QString::fromLatin1(replicas[0].replicaId().toRfc4122().toHex()) + u' '));
    CHECK(consentChanges(replicas[1]) == changes);
    CHECK(replicas.state(0) == replicas.state(1));

    // Merging the two files adds nothing, and opening them again derives nothing more.
    CHECK(replicas.send(1, 0).inserted == 0);
    CHECK(replicas.send(0, 1).inserted == 0);
    replicas.reopen(0);
    CHECK(ConsentRepository(replicas[0]).forClient(withConsent).size() == 1);
    CHECK(ConsentRepository(replicas[0]).deriveFromClientColumns() == 0);
    CHECK(replicas.state(0) == replicas.state(1));
}

TEST_CASE("A replica that never had the old columns gets the derived record from one that had", "[consent][sync]")
{
    Replicas replicas(2);
    const QUuid clientId =
        makeClient(replicas[0], QStringLiteral("Horváthová"), QDate(2025, 4, 1), QStringLiteral("základní"));
    asBeforeConsentHistory(replicas[0]);
    replicas.reopen(0);
    REQUIRE(ConsentRepository(replicas[0]).forClient(clientId).size() == 1);

    const MergeCounts counts = replicas.send(0, 1);
    CHECK(counts.refused == 0);
    REQUIRE(ConsentRepository(replicas[1]).forClient(clientId).size() == 1);
    CHECK(ConsentRepository(replicas[1]).inForce(clientId));
    replicas.reopen(1);
    CHECK(ConsentRepository(replicas[1]).forClient(clientId).size() == 1);
    CHECK(replicas.state(0) == replicas.state(1));
}

TEST_CASE("A consent's note is free text: withheld from statistics, which carry no consent records at all",
          "[consent][sync]")
{
    CHECK(SchemaRegistry::withheldFromStatistics(Consent::table()).contains(QStringLiteral("note")));
    CHECK_FALSE(SchemaRegistry::withheldFromStatistics(Consent::table()).contains(QStringLiteral("recorded_on")));
}
