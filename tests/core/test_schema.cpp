#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "domain/Error.h"
#include "domain/Values.h"
#include "domain/Version.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "store/ClientViews.h"
#include "store/Repositories.h"
#include "store/Store.h"
#include "sync/ImportedBundles.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace teren;

TEST_CASE("A new file gets the latest schema, WAL, foreign keys and seeded codelists", "[schema]")
{
    test::Fixture fixture;
    Database &db = fixture.store().database();
    CHECK(Schema::versionOf(db) == Schema::latestVersion());
    CHECK(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == u"wal");
    CHECK(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(db.scalar(QStringLiteral("PRAGMA application_id")).toInt() == Schema::applicationId);
    const Codelists &codes = fixture.store().codelists();
    CHECK(codes.areas().size() == 15);
    CHECK(codes.isOutcome(QStringLiteral("employment"), QStringLiteral("job_public_works")));
    CHECK(codes.isOutcome(QStringLiteral("housing"), QStringLiteral("other")));
    CHECK_FALSE(codes.isOutcome(QStringLiteral("housing"), QStringLiteral("job_permanent")));
    CHECK(codes.interventionTypes().size() == 8);
    CHECK(codes.endReasons().size() == 5);
    CHECK(codes.areas().first().labelCs == u"Bydlení");
}

TEST_CASE("Reopening keeps the replica identity and data", "[schema]")
{
    test::Fixture fixture;
    const QUuid replica = fixture.store().replicaId();
    CHECK_FALSE(replica.isNull());
    fixture.reopen();
    CHECK(fixture.store().replicaId() == replica);
    CHECK(fixture.store().replicaName() == u"test");
}

namespace {

// A file brought to a data format newer than this Terén reads, recorded as written by
// `writtenBy` (none: as a file that does not say), checkpointed so that the file is
// all there is.
QString newerFile(const QTemporaryDir &dir, const QString &writtenBy)
{
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    FixedClock clock(test::pinnedMs);
    StoreOptions options;
    options.clock = &clock;
    auto store = Store::create(path, options);
    if (writtenBy.isEmpty())
        store->database().execScript(QStringLiteral("DELETE FROM meta WHERE key = 'app_version'"));
    else
        store->database()
            .prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'app_version'"))
            .bindAll({writtenBy})
            .exec();
    store->database().execScript(
        QStringLiteral("PRAGMA user_version = %1; PRAGMA wal_checkpoint(TRUNCATE)").arg(Schema::latestVersion() + 1));
    return path;
}

QString refusalOf(const QString &path)
{
    try {
        Store::open(path);
    } catch (const StorageError &error) {
        return error.message();
    }
    FAIL("a newer file was opened");
    return {};
}

} // namespace

TEST_CASE("A file from a newer version is refused, naming that version, and left byte for byte as it was",
          "[schema]")
{
    QTemporaryDir dir;
    const QString path = newerFile(dir, QStringLiteral("1.4.2"));
    const QByteArray before = test::fileBytes(path);
    CHECK(refusalOf(path)
          == QStringLiteral("The file %1 was written by Terén 1.4.2 in a newer data format (%2); this is Terén %3, "
                            "which reads data formats up to %4. It was not changed; install Terén 1.4.2 or newer to "
                            "open it.")
                 .arg(path)
                 .arg(Schema::latestVersion() + 1)
                 .arg(appVersion())
                 .arg(Schema::latestVersion()));
    CHECK(test::fileBytes(path) == before);
}

TEST_CASE("A file from a newer version that does not say which is refused and left as it was", "[schema]")
{
    QTemporaryDir dir;
    const QString path = newerFile(dir, QString());
    const QByteArray before = test::fileBytes(path);
    const QString message = refusalOf(path);
    CHECK(message.contains(QStringLiteral("newer version of Terén")));
    CHECK(message.contains(QStringLiteral("was not changed")));
    CHECK(test::fileBytes(path) == before);
}

TEST_CASE("A file records the Terén that brought it to its data format", "[schema]")
{
    test::Fixture fixture;
    CHECK(Schema::recordedAppVersion(fixture.store().database()) == appVersion());
}

// The oldest data format there is: a file as the first Terén left it, with a region,
// a client whose consent was a column then, and the file's identity.
TEST_CASE("A file of data format 1 opens in this Terén, migrated with its data", "[schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("format1.sqlite"));
    const QUuid replica = QUuid::fromString(u"{0193a1b2-0000-7000-8000-0000000000f1}");
    const QUuid region = QUuid::fromString(u"{0193a1b2-0000-7000-8000-0000000000f2}");
    const QUuid client = QUuid::fromString(u"{0193a1b2-0000-7000-8000-0000000000f3}");
    {
        Database db(path);
        Schema::migrateTo(db, 1);
        REQUIRE(Schema::versionOf(db) == 1);
        db.execScript(QStringLiteral("DELETE FROM meta WHERE key = 'app_version'")); // the first Terén did not say
        db.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('replica_id', ?), ('replica_name', 'Cheb'), "
                                  "('created_ms', ?)"))
            .bindAll({replica.toRfc4122(), test::pinnedMs})
            .exec();
        db.prepare(QStringLiteral("INSERT INTO region (id, name, hlc, replica) VALUES (?, 'Karlovarský kraj', ?, ?)"))
            .bindAll({region.toRfc4122(), test::pinnedMs << 16, replica.toRfc4122()})
            .exec();
        db.prepare(QStringLiteral("INSERT INTO client (id, given_name, family_name, birth_year, consent_on, "
                                  "consent_scope, hlc, replica) VALUES (?, 'Žaneta', 'Horváthová', 1990, "
                                  "'2024-03-01', 'full', ?, ?)"))
            .bindAll({client.toRfc4122(), (test::pinnedMs << 16) + 1, replica.toRfc4122()})
            .exec();
    }
    FixedClock clock(test::pinnedMs);
    StoreOptions options;
    options.clock = &clock;
    const auto store = Store::open(path, options);
    Database &db = store->database();
    CHECK(Schema::versionOf(db) == Schema::latestVersion());
    CHECK(Schema::recordedAppVersion(db) == appVersion());
    CHECK(store->replicaId() == replica);
    CHECK(db.scalar(QStringLiteral("SELECT name FROM region")).toString() == u"Karlovarský kraj");
    CHECK(db.scalar(QStringLiteral("SELECT given_name || ' ' || family_name FROM client WHERE id = ?"),
                    {client.toRfc4122()})
              .toString()
          == u"Žaneta Horváthová");
    CHECK(db.scalar(QStringLiteral("PRAGMA foreign_key_check")).isNull());
    CHECK(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == u"ok");
}

TEST_CASE("A SQLite file of another program is refused", "[schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        Database db(path);
        db.execScript(QStringLiteral("CREATE TABLE things (x)"));
    }
    REQUIRE_THROWS_AS(Store::open(path), StorageError);
    try {
        Store::open(path);
    } catch (const StorageError &error) {
        CHECK(error.message().contains(QStringLiteral("not a Terén database")));
    }
}

// Found by fuzz_database_open (tests/fuzz): user_version is a signed field, and a
// negative one passed the version checks and sent the migrations off the start of
// their list. The file is one empty 512-byte page with the crash input's header: the
// application id "TERN" and user_version 0xd6d7d7d7.
TEST_CASE("A file whose data format number is negative is refused and not migrated", "[schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("negative.sqlite"));
    QByteArray file = QByteArray::fromHex("53514c69746520666f726d61742033000200010100402020000000020000"
                                          "000100000000000000000000000000000000000000000000000000000000"
                                          "d6d7d7d7000000005445524e000000000000000000000000000000000000"
                                          "000000000002002e63010d00000000020000");
    file += QByteArray(512 - file.size(), '\0');
    test::writeFile(path, file);
    try {
        Store::open(path);
        FAIL("a file with a negative data format was opened");
    } catch (const StorageError &error) {
        CHECK(error.message().contains(QStringLiteral("not a Terén database")));
    }
    CHECK(test::fileBytes(path) == file);
}

TEST_CASE("A file that is not SQLite at all is refused with a clear message", "[schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
    test::writeFile(path, QByteArray(4096, 'x'));
    try {
        Store::open(path);
        FAIL("garbage was opened");
    } catch (const StorageError &error) {
        CHECK(error.message().contains(QStringLiteral("not a Terén database")));
    }
    CHECK(test::fileBytes(path) == QByteArray(4096, 'x'));
}

TEST_CASE("Creating over an existing file and opening a missing one are refused", "[schema]")
{
    test::Fixture fixture;
    CHECK_THROWS_AS(Store::create(fixture.path(QStringLiteral("card.sqlite"))), StorageError);
    CHECK_THROWS_AS(Store::open(fixture.path(QStringLiteral("missing.sqlite"))), StorageError);
}

TEST_CASE("A failed statement inside a transaction leaves nothing half-written", "[schema]")
{
    test::Fixture fixture;
    Database &db = fixture.store().database();
    const QString before = test::canonicalDump(db, true);
    try {
        Transaction transaction(db);
        db.execScript(QStringLiteral("INSERT INTO meta (key, value) VALUES ('x', 1)"));
        db.execScript(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
        transaction.commit();
    } catch (const StorageError &) {
    }
    CHECK(test::canonicalDump(db, true) == before);
    CHECK_FALSE(db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'x'")).isValid());
}

TEST_CASE("A full disk gives a clear message and nothing of the change is stored", "[schema]")
{
    test::Fixture fixture;
    Store &store = fixture.store();
    Database &db = store.database();
    const QString before = test::canonicalDump(db, true);
    // Cap the file at its current size: the next write that needs a page fails the
    // way a full disk does (SQLITE_FULL).
    db.execScript(QStringLiteral("PRAGMA max_page_count = %1").arg(db.scalar(QStringLiteral("PRAGMA page_count")).toInt()));
    Client client;
    client.givenName = QStringLiteral("Lukáš");
    client.familyName = QStringLiteral("Šarközi");
    client.notes = QString(200000, QLatin1Char('x'));
    try {
        ClientRepository(store).create(client);
        FAIL("the write succeeded on a full disk");
    } catch (const StorageError &error) {
        CHECK(error.message().contains(QStringLiteral("disk is full")));
    }
    CHECK(test::canonicalDump(db, true) == before);
}

TEST_CASE("A contact's intervention codes are kept in its row, by new writes and by the migration to format 4",
          "[schema]")
{
    CHECK(db::codeList({}).isNull());
    CHECK(db::codeList({QStringLiteral("paperwork"), QStringLiteral("counselling"), QStringLiteral("paperwork")})
              .toString()
          == u",counselling,paperwork,");
    // A comma or a percent sign inside a code cannot make one code look like another.
    CHECK(db::codeList({QStringLiteral("a,b"), QStringLiteral("50%")}).toString() == u",50%25,a%2Cb,");
    CHECK(db::codeNeedle(QStringLiteral("a,b")) == u",a%2Cb,");

    test::Fixture fixture;
    fixture.store().database().execScript(
        QStringLiteral("INSERT INTO intervention_type (code, label_cs, label_en, sort, hlc, replica) "
                       "VALUES ('debt,advice', 'Dluhy, rada', 'Debts, advice', 99, 1, x'00')"));
    fixture.reopen();
    Store &store = fixture.store();
    Client client;
    client.givenName = QStringLiteral("Marie");
    const QUuid clientId = ClientRepository(store).create(client).id;
    const auto addContact = [&](const QStringList &interventions) {
        Contact contact;
        contact.clientId = clientId;
        contact.contactOn = QDate(2026, 3, 2);
        contact.minutes = 30;
        contact.interventions = interventions;
        return ContactRepository(store).create(contact).id;
    };
    addContact({QStringLiteral("paperwork"), QStringLiteral("counselling")});
    addContact({});
    addContact({QStringLiteral("debt,advice"), QStringLiteral("crisis")});
    const QString codesInRows = QStringLiteral("SELECT group_concat(coalesce(interventions, '-'), ' ') "
                                               "FROM (SELECT interventions FROM contact ORDER BY 1)");
    const QString written = store.database().scalar(codesInRows).toString();
    CHECK(written == u"- ,counselling,paperwork, ,crisis,debt%2Cadvice,");

    // The same file as format 3 had it: the migration fills the column in SQL.
    store.database().execScript(QStringLiteral(
        "DROP INDEX contact_report; ALTER TABLE contact DROP COLUMN interventions; "
        "CREATE INDEX contact_report ON contact(client_id, deleted, contact_on, place, minutes, id); "
        "CREATE INDEX need_client ON need(client_id); CREATE INDEX cooperation_client ON cooperation(client_id); "
        "CREATE INDEX contact_client ON contact(client_id, contact_on); DROP TABLE duplicate_dismissed; DROP TABLE field_gone; "
        "ALTER TABLE peer DROP COLUMN revoked_on; "
        // What format 5 added.
        "ALTER TABLE bundle_in DROP COLUMN first_seq; ALTER TABLE bundle_in DROP COLUMN last_seq; "
        "ALTER TABLE provider DROP COLUMN ico; ALTER TABLE provider DROP COLUMN services; "
        "ALTER TABLE worker DROP COLUMN role; ALTER TABLE worker DROP COLUMN active_from; "
        "ALTER TABLE worker DROP COLUMN active_to; ALTER TABLE locality DROP COLUMN kind; "
        "ALTER TABLE locality DROP COLUMN residents; ALTER TABLE outcome DROP COLUMN retired; "
        "ALTER TABLE intervention_type DROP COLUMN retired; ALTER TABLE end_reason DROP COLUMN retired; "
        "DROP TABLE installation; DROP TABLE accepted_change; ALTER TABLE change DROP COLUMN refusal; "
        // What the clamps of clocks that ran ahead added.
        "DROP TABLE clock_clamp; "
        // What partners added.
        "DROP TABLE contact_partner; DROP INDEX step_partner; ALTER TABLE step DROP COLUMN partner_id; DROP TABLE partner; "
        // What group work added.
        "DROP TABLE anonymous_contact; DROP TABLE group_activity_client; DROP TABLE group_activity; "
        "DROP TABLE contact_participant; "
        // What the consent history added.
        "DROP TABLE consent; "
        // What the views of a client's card added.
        "DROP TABLE client_view; "
        // What a statistical database's snapshots added.
        "DROP TABLE statistical_snapshot; DROP TABLE statistical_row; "
        // What retention added.
        "ALTER TABLE region DROP COLUMN retention_years; ALTER TABLE client DROP COLUMN anonymised_on; "
        "ALTER TABLE peer DROP COLUMN app_version; PRAGMA user_version = 3"));
    fixture.reopen();
    CHECK(Schema::versionOf(fixture.store().database()) == Schema::latestVersion());
    CHECK(fixture.store().database().scalar(codesInRows).toString() == written);
    CHECK(fixture.store().database().scalar(QStringLiteral(
              "SELECT count(*) FROM sqlite_schema WHERE name IN ('need_client', 'cooperation_client', 'contact_client')"))
              .toInt()
          == 0);
}

TEST_CASE("Bundles imported before streams were told apart stay known after the migration to format 6", "[schema]")
{
    test::Fixture fixture;
    Database &db = fixture.store().database();
    const QUuid laptop = QUuid::fromString(u"{0193a1b2-0000-7000-8000-00000000000c}");
    // The file as format 5 had it: bundles numbered per sender and kind.
    db.execScript(QStringLiteral(
        "DROP TABLE bundle_in;"
        "CREATE TABLE bundle_in (sender BLOB NOT NULL, kind INTEGER NOT NULL DEFAULT 1, sequence INTEGER NOT NULL, "
        "  digest BLOB NOT NULL, imported_on TEXT NOT NULL, inserted INTEGER NOT NULL, updated INTEGER NOT NULL, "
        "  unchanged INTEGER NOT NULL, conflicts INTEGER NOT NULL, first_seq INTEGER, last_seq INTEGER, "
        "  PRIMARY KEY (sender, kind, sequence)) WITHOUT ROWID;"
        "DROP TABLE contact_partner; DROP INDEX step_partner; ALTER TABLE step DROP COLUMN partner_id; DROP TABLE partner;" // format 14
        "DROP TABLE clock_clamp;" // format 7
        "DROP TABLE anonymous_contact; DROP TABLE group_activity_client; DROP TABLE group_activity;"
        "DROP TABLE contact_participant;" // format 15
        "DROP TABLE consent;"     // format 11
        "DROP TABLE client_view;" // format 10
        "DROP TABLE statistical_snapshot; DROP TABLE statistical_row;" // format 8
        "ALTER TABLE region DROP COLUMN retention_years; ALTER TABLE client DROP COLUMN anonymised_on;" // format 9
        "ALTER TABLE peer DROP COLUMN app_version; PRAGMA user_version = 5"));
    for (const int sequence : {1, 2, 4})
        db.prepare(QStringLiteral("INSERT INTO bundle_in VALUES (?, 1, ?, ?, '2026-10-01T10:00:00.000', 3, 0, 0, 0, "
                                  "NULL, NULL)"))
            .bindAll({laptop.toRfc4122(), sequence, QByteArray(32, char('a' + sequence))})
            .exec();
    fixture.reopen();
    CHECK(Schema::versionOf(fixture.store().database()) == Schema::latestVersion());

    BundleHeader before; // as a bundle of a version that numbered per sender says
    before.sender = laptop;
    before.sequence = 2;
    ImportedBundles imported(fixture.store());
    CHECK(imported.digestOf(before) == QByteArray(32, 'c'));
    CHECK(imported.missing(before) == QList<BundleRange>{{3, 3}});
    BundleHeader sealed = before; // the laptop's first bundle sealed to an installation, after
    sealed.stream = QUuid::fromString(u"{0193a1b2-0000-7000-8000-00000000000d}");
    sealed.sequence = 1;
    CHECK_FALSE(imported.digestOf(sealed).has_value());
    CHECK(imported.missing(sealed).isEmpty());
}

TEST_CASE("A file that may be written in a folder that may not says the folder is read-only", "[schema]")
{
    test::Fixture fixture;
    Database &db = fixture.store().database();
    // What SQLite answers when it cannot create the journal beside a writable file.
    // (Folder permissions cannot make it answer so here: tests may run as root.)
    try {
        db.fail(QStringLiteral("BEGIN"), SQLITE_READONLY_DIRECTORY,
                QStringLiteral("attempt to write a readonly database"));
    } catch (const StorageError &error) {
        CHECK(error.message()
              == QStringLiteral("The folder %1 is read-only: Terén keeps its journal in files beside the database, so "
                                "it cannot write %2 there. Move the file to a folder you can write to, or allow "
                                "writing in this one.")
                     .arg(QFileInfo(db.path()).absolutePath(), db.path()));
    }
    try {
        db.fail(QStringLiteral("BEGIN"), SQLITE_READONLY, QStringLiteral("attempt to write a readonly database"));
    } catch (const StorageError &error) {
        CHECK(error.message() == QStringLiteral("The file %1 cannot be written (it is read-only).").arg(db.path()));
    }
}

TEST_CASE("Views recorded before printed plans were views keep their rows, and a printed plan is one after the "
          "migration to format 12",
          "[schema][views]")
{
    test::Fixture fixture;
    Client client;
    client.givenName = QStringLiteral("Růžena");
    client.familyName = QStringLiteral("Horváthová");
    const QUuid clientId = ClientRepository(fixture.store()).create(client).id;
    REQUIRE(ClientViews(fixture.store()).record(clientId, ClientViews::Kind::Card));
    REQUIRE(ClientViews(fixture.store()).recordExport(clientId));
    const QString viewsQuery = QStringLiteral("SELECT group_concat(kind || ':' || hex(id), ',') "
                                              "FROM (SELECT kind, id FROM client_view ORDER BY id)");
    const QString before = fixture.store().database().scalar(viewsQuery).toString();
    // The table as format 11 had it: no printed plans.
    fixture.store().database().execScript(QStringLiteral(
        "CREATE TABLE client_view_v11 (id BLOB PRIMARY KEY, client_id BLOB NOT NULL REFERENCES client(id), "
        "  kind TEXT NOT NULL CHECK (kind IN ('card', 'export')), hlc INTEGER NOT NULL, replica BLOB NOT NULL, "
        "  author BLOB, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1, 2)));"
        "INSERT INTO client_view_v11 SELECT id, client_id, kind, hlc, replica, author, deleted FROM client_view;"
        "DROP TABLE client_view; ALTER TABLE client_view_v11 RENAME TO client_view;"
        "CREATE INDEX client_view_client ON client_view(client_id);"
        // What partners added later.
        "DROP TABLE contact_partner; DROP INDEX step_partner; ALTER TABLE step DROP COLUMN partner_id; DROP TABLE partner;"
        // What group work added later.
        "DROP TABLE anonymous_contact; DROP TABLE group_activity_client; DROP TABLE group_activity; "
        "DROP TABLE contact_participant;"
        "ALTER TABLE peer DROP COLUMN app_version; PRAGMA user_version = 11"));
    fixture.reopen();
    Store &store = fixture.store();
    CHECK(Schema::versionOf(store.database()) == Schema::latestVersion());
    CHECK(store.database().scalar(viewsQuery).toString() == before);
    CHECK(store.database().scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'client_view_client'"))
              .toInt()
          == 1);
    CHECK(ClientViews(store).recordPlanPrinted(clientId));
    CHECK(store.database().scalar(QStringLiteral("SELECT count(*) FROM client_view WHERE kind = 'plan'")).toInt() == 1);
}
