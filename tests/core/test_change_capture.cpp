#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "changes/HybridLogicalClock.h"
#include "changes/IdSource.h"
#include "domain/Values.h"
#include "store/Repositories.h"

#include <QCborMap>
#include <QCborValue>

using namespace teren;

TEST_CASE("UUIDv7 ids carry the time and the version and variant bits", "[sync]")
{
    SeededIdSource ids(7);
    const QUuid a = ids.next(test::pinnedMs);
    const QUuid b = ids.next(test::pinnedMs + 1);
    const QByteArray bytes = a.toRfc4122();
    CHECK((static_cast<unsigned char>(bytes[6]) >> 4) == 7);       // version 7
    CHECK((static_cast<unsigned char>(bytes[8]) & 0xc0) == 0x80); // RFC 9562 variant
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | static_cast<unsigned char>(bytes[i]);
    CHECK(ms == test::pinnedMs);
    CHECK(a.toRfc4122() < b.toRfc4122());
    SeededIdSource again(7);
    CHECK(again.next(test::pinnedMs) == a);
}

TEST_CASE("The hybrid logical clock never goes back and moves past observed stamps", "[sync]")
{
    FixedClock wall(test::pinnedMs);
    HybridLogicalClock hlc(wall);
    const qint64 first = hlc.tick();
    CHECK(HybridLogicalClock::toMs(first) == test::pinnedMs);
    const qint64 second = hlc.tick();
    CHECK(second == first + 1);
    wall.advance(-60'000); // the laptop's clock is set back
    CHECK(hlc.tick() > second);
    const qint64 remote = HybridLogicalClock::fromMs(test::pinnedMs + 3'600'000);
    hlc.observe(remote);
    CHECK(hlc.tick() > remote);
}

TEST_CASE("Observing a stamp more than a day ahead moves the hybrid logical clock only a day past its wall clock",
          "[sync][clock]")
{
    FixedClock wall(test::pinnedMs);
    HybridLogicalClock hlc(wall);
    const qint64 day = HybridLogicalClock::maxAheadMs;
    CHECK(day == 24 * 3'600'000);
    CHECK(hlc.bound() == HybridLogicalClock::fromMs(test::pinnedMs + day));

    // A laptop whose clock runs a year ahead.
    CHECK(hlc.observe(HybridLogicalClock::fromMs(test::pinnedMs + 365 * day)));
    CHECK(hlc.last() == HybridLogicalClock::fromMs(test::pinnedMs + day));
    CHECK(hlc.tick() == HybridLogicalClock::fromMs(test::pinnedMs + day) + 1);

    // Within the day a stamp is taken as it is, and the clock never goes back.
    const qint64 reached = hlc.last();
    CHECK_FALSE(hlc.observe(HybridLogicalClock::fromMs(test::pinnedMs + 3'600'000)));
    CHECK(hlc.last() == reached);
    wall.advance(2 * day);
    CHECK_FALSE(hlc.observe(HybridLogicalClock::fromMs(test::pinnedMs + 3 * day - 1)));
    CHECK(hlc.last() == HybridLogicalClock::fromMs(test::pinnedMs + 3 * day - 1));
    CHECK(hlc.observe(HybridLogicalClock::fromMs(test::pinnedMs + 3 * day + 1)));
    CHECK(hlc.last() == HybridLogicalClock::fromMs(test::pinnedMs + 3 * day));
}

TEST_CASE("A stamp for an edit comes after the value it overwrites, however far ahead that was stamped",
          "[sync][clock]")
{
    FixedClock wall(test::pinnedMs);
    HybridLogicalClock hlc(wall);
    const qint64 ahead = HybridLogicalClock::fromMs(test::pinnedMs + 365 * HybridLogicalClock::maxAheadMs);
    CHECK(hlc.tickAfter(ahead) == ahead + 1);
    CHECK(hlc.tick() == ahead + 2); // and the clock stays past it
    // A value stamped in the past changes nothing.
    FixedClock later(test::pinnedMs + 1000);
    HybridLogicalClock other(later);
    CHECK(other.tickAfter(HybridLogicalClock::fromMs(test::pinnedMs))
          == HybridLogicalClock::fromMs(test::pinnedMs + 1000));
}

TEST_CASE("Every write stamps the row and logs only the fields it changed", "[sync]")
{
    test::Fixture fixture;
    Store &store = fixture.store();
    const QUuid worker = DirectoryRepository(store).addWorker({QUuid(), QUuid(), QStringLiteral("Eva Malá"), {}, QStringLiteral("field"), {}, {}}).id;
    store.setCurrentWorker(worker);
    Client client;
    client.givenName = QStringLiteral("Jiří");
    client.familyName = QStringLiteral("Kotlár");
    client = ClientRepository(store).create(client);
    fixture.clock().advance(1000);
    client.phone = QStringLiteral("777 123 456");
    CHECK(ClientRepository(store).update(client));
    CHECK_FALSE(ClientRepository(store).update(client)); // nothing changed, nothing logged

    Database &db = store.database();
    Query log = db.prepare(QStringLiteral("SELECT op, fields, author, replica, hlc FROM change "
                                          "WHERE row_key = ? ORDER BY seq"));
    log.bind(0, db::id(client.id)).exec();
    REQUIRE(log.next());
    CHECK(log.value(0).toInt() == 1);
    const QCborMap inserted = QCborValue::fromCbor(log.value(1).toByteArray()).toMap();
    CHECK(inserted.value(QStringLiteral("given_name")).toString() == u"Jiří");
    CHECK(db::toId(log.value(2)) == worker);
    CHECK(db::toId(log.value(3)) == store.replicaId());
    const qint64 insertStamp = log.value(4).toLongLong();
    REQUIRE(log.next());
    CHECK(log.value(0).toInt() == 2);
    const QCborMap updated = QCborValue::fromCbor(log.value(1).toByteArray()).toMap();
    CHECK(updated.size() == 1);
    CHECK(updated.value(QStringLiteral("phone")).toString() == u"777 123 456");
    CHECK(log.value(4).toLongLong() > insertStamp);
    CHECK_FALSE(log.next());

    Query row = db.prepare(QStringLiteral("SELECT hlc, author, deleted FROM client WHERE id = ?"));
    row.bind(0, db::id(client.id)).exec();
    REQUIRE(row.next());
    CHECK(HybridLogicalClock::toMs(row.value(0).toLongLong()) == test::pinnedMs + 1000);
    CHECK(db::toId(row.value(1)) == worker);
    CHECK(row.value(2).toInt() == 0);
}

TEST_CASE("Deleting is a tombstone, never a hard delete", "[sync]")
{
    test::Fixture fixture;
    Store &store = fixture.store();
    Client client;
    client.alias = QStringLiteral("Paní z Kraslic");
    client = ClientRepository(store).create(client);
    ClientRepository(store).remove(client.id);
    CHECK_FALSE(ClientRepository(store).find(client.id).has_value());
    CHECK(store.database()
              .scalar(QStringLiteral("SELECT deleted FROM client WHERE id = ?"), {db::id(client.id)})
              .toInt()
          == 1);
}

TEST_CASE("Stamps keep increasing across a reopen even if the wall clock went back", "[sync]")
{
    test::Fixture fixture;
    Client client;
    client.alias = QStringLiteral("A");
    ClientRepository(fixture.store()).create(client);
    const qint64 before = fixture.store().database().scalar(QStringLiteral("SELECT max(hlc) FROM change")).toLongLong();
    fixture.clock().advance(-86'400'000);
    fixture.reopen();
    client.alias = QStringLiteral("B");
    client.id = QUuid();
    ClientRepository(fixture.store()).create(client);
    const qint64 after = fixture.store().database().scalar(QStringLiteral("SELECT max(hlc) FROM change")).toLongLong();
    CHECK(after > before);
}
