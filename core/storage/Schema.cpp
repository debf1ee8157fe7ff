#include "Schema.h"

#include "Database.h"
#include "StorageFailures.h"

#include "domain/Error.h"
#include "domain/Version.h"

#include <QList>

#include <algorithm>

namespace teren {

namespace {

// Columns every synced row carries: the hybrid-logical-clock stamp of its last
// change, the replica and the worker who made it, and a tombstone (1 deleted,
// 2 erased under GDPR) instead of a hard delete.
#define SYNC_COLUMNS \
    "hlc INTEGER NOT NULL, replica BLOB NOT NULL, author BLOB, " \
    "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1, 2))"

const char *const migration1 = R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;

CREATE TABLE area (
    code TEXT PRIMARY KEY, label_cs TEXT NOT NULL, label_en TEXT NOT NULL,
    sort INTEGER NOT NULL, )SQL" SYNC_COLUMNS R"SQL() WITHOUT ROWID;
CREATE TABLE outcome (
    area TEXT NOT NULL REFERENCES area(code), code TEXT NOT NULL,
    label_cs TEXT NOT NULL, label_en TEXT NOT NULL, sort INTEGER NOT NULL,
    )SQL" SYNC_COLUMNS R"SQL(, PRIMARY KEY (area, code)) WITHOUT ROWID;
CREATE TABLE intervention_type (
    code TEXT PRIMARY KEY, label_cs TEXT NOT NULL, label_en TEXT NOT NULL,
    sort INTEGER NOT NULL, )SQL" SYNC_COLUMNS R"SQL() WITHOUT ROWID;
CREATE TABLE end_reason (
    code TEXT PRIMARY KEY, label_cs TEXT NOT NULL, label_en TEXT NOT NULL,
    sort INTEGER NOT NULL, )SQL" SYNC_COLUMNS R"SQL() WITHOUT ROWID;

CREATE TABLE region (
    id BLOB PRIMARY KEY, name TEXT NOT NULL, )SQL" SYNC_COLUMNS R"SQL();
CREATE TABLE locality (
    id BLOB PRIMARY KEY, region_id BLOB NOT NULL REFERENCES region(id),
    code TEXT NOT NULL, name TEXT NOT NULL, municipality TEXT NOT NULL,
    district TEXT NOT NULL, )SQL" SYNC_COLUMNS R"SQL();
CREATE INDEX locality_code ON locality(code);
CREATE TABLE provider (
    id BLOB PRIMARY KEY, region_id BLOB NOT NULL REFERENCES region(id),
    name TEXT NOT NULL, )SQL" SYNC_COLUMNS R"SQL();
CREATE TABLE worker (
    id BLOB PRIMARY KEY, provider_id BLOB REFERENCES provider(id),
    name TEXT NOT NULL, replica_id BLOB, )SQL" SYNC_COLUMNS R"SQL();
CREATE TABLE household (
    id BLOB PRIMARY KEY, label TEXT NOT NULL, )SQL" SYNC_COLUMNS R"SQL();
CREATE TABLE client (
    id BLOB PRIMARY KEY, given_name TEXT, family_name TEXT,
    alias TEXT, birth_year INTEGER, gender TEXT CHECK (gender IN ('f', 'm', 'x')),
    locality_id BLOB REFERENCES locality(id), household_id BLOB REFERENCES household(id),
    worker_id BLOB REFERENCES worker(id), phone TEXT, consent_on TEXT, consent_scope TEXT,
    notes TEXT, )SQL" SYNC_COLUMNS R"SQL();
CREATE INDEX client_locality ON client(locality_id);
CREATE INDEX client_household ON client(household_id);
CREATE INDEX client_worker ON client(worker_id);
CREATE TABLE cooperation (
    id BLOB PRIMARY KEY, client_id BLOB NOT NULL REFERENCES client(id),
    start_on TEXT NOT NULL, end_on TEXT, end_reason TEXT REFERENCES end_reason(code),
    )SQL" SYNC_COLUMNS R"SQL();
CREATE INDEX cooperation_client ON cooperation(client_id);
CREATE TABLE need (
    id BLOB PRIMARY KEY, client_id BLOB NOT NULL REFERENCES client(id),
    area TEXT NOT NULL REFERENCES area(code),
    intensity INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 3),
    priority INTEGER NOT NULL CHECK (priority >= 1), identified_on TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'resolved', 'not_resolved', 'dropped')),
    closed_on TEXT, outcome TEXT, )SQL" SYNC_COLUMNS R"SQL();
CREATE INDEX need_client ON need(client_id);
CREATE TABLE goal (
    id BLOB PRIMARY KEY, need_id BLOB NOT NULL REFERENCES need(id), text TEXT NOT NULL,
    horizon TEXT NOT NULL CHECK (horizon IN ('short', 'medium', 'long')),
    target_on TEXT, status TEXT NOT NULL CHECK (status IN ('open', 'achieved', 'not_achieved', 'dropped')),
    achieved_on TEXT, )SQL" SYNC_COLUMNS R"SQL();
CREATE INDEX goal_need ON goal(need_id);
CREATE TABLE step (
    id BLOB PRIMARY KEY, goal_id BLOB NOT NULL REFERENCES goal(id), text TEXT NOT NULL,
    responsible TEXT NOT NULL CHECK (responsible IN ('client', 'worker', 'institution')),
    due_on TEXT, done_on TEXT, )SQL" SYNC_COLUMNS R"SQL();
CREATE INDEX step_goal ON step(goal_id);
CREATE TABLE contact (
    id BLOB PRIMARY KEY, client_id BLOB NOT NULL REFERENCES client(id),
    worker_id BLOB REFERENCES worker(id), contact_on TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes >= 0),
    place TEXT NOT NULL CHECK (place IN ('field', 'office', 'phone')), note TEXT,
    )SQL" SYNC_COLUMNS R"SQL();
CREATE INDEX contact_client ON contact(client_id, contact_on);
-- A contact's interventions and touched needs are part of the contact record
-- (contacts are append-only); these tables index them for reports.
CREATE TABLE contact_intervention (
    contact_id BLOB NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    code TEXT NOT NULL REFERENCES intervention_type(code),
    PRIMARY KEY (contact_id, code)) WITHOUT ROWID;
CREATE TABLE contact_need (
    contact_id BLOB NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    need_id BLOB NOT NULL REFERENCES need(id),
    PRIMARY KEY (contact_id, need_id)) WITHOUT ROWID;
CREATE INDEX contact_need_need ON contact_need(need_id);
CREATE TABLE target (
    id BLOB PRIMARY KEY, indicator TEXT NOT NULL, year INTEGER NOT NULL,
    locality_id BLOB REFERENCES locality(id), provider_id BLOB REFERENCES provider(id),
    value REAL NOT NULL, )SQL" SYNC_COLUMNS R"SQL();

-- Every committed change to a synced row, in commit order: the export source of the
-- bundles and the history that per-field merge draws on. `fields` is a CBOR map of
-- the columns the change wrote.
CREATE TABLE change (
    seq INTEGER PRIMARY KEY, entity TEXT NOT NULL, row_key BLOB NOT NULL,
    hlc INTEGER NOT NULL, replica BLOB NOT NULL, author BLOB,
    op INTEGER NOT NULL, fields BLOB NOT NULL);
CREATE INDEX change_row ON change(row_key);

-- Spreadsheet onboarding remembers which row each CSV reference became, so that
-- importing the same folder again changes nothing. Local to this file, not synced.
CREATE TABLE import_ref (
    kind TEXT NOT NULL, ref TEXT NOT NULL, row_id BLOB NOT NULL,
    PRIMARY KEY (kind, ref)) WITHOUT ROWID;
)SQL";

// Sync by bundles.
const char *const migration2 = R"SQL(
-- Per-field merge: each update remembers the stamps of the values it overwrote.
ALTER TABLE change ADD COLUMN bases BLOB;
DROP INDEX change_row;
CREATE INDEX change_row ON change(row_key, entity);

-- The seeded codelists become the same changes on every replica (stamps 1..n of
-- the null replica, in seed order: the first changes of every file).
UPDATE change SET hlc = seq, replica = zeroblob(16), author = NULL
    WHERE op = 1 AND entity IN ('area', 'outcome', 'intervention_type', 'end_reason')
      AND seq <= (SELECT count(*) FROM area) + (SELECT count(*) FROM outcome)
               + (SELECT count(*) FROM intervention_type) + (SELECT count(*) FROM end_reason);
UPDATE area SET hlc = (SELECT hlc FROM change WHERE entity = 'area' AND row_key = area.code AND op = 1),
    replica = zeroblob(16), author = NULL;
UPDATE outcome SET hlc = (SELECT hlc FROM change WHERE entity = 'outcome' AND row_key = outcome.area || '/' || outcome.code AND op = 1),
    replica = zeroblob(16), author = NULL;
UPDATE intervention_type SET hlc = (SELECT hlc FROM change WHERE entity = 'intervention_type' AND row_key = intervention_type.code AND op = 1),
    replica = zeroblob(16), author = NULL;
UPDATE end_reason SET hlc = (SELECT hlc FROM change WHERE entity = 'end_reason' AND row_key = end_reason.code AND op = 1),
    replica = zeroblob(16), author = NULL;
-- A change is identified by its stamp everywhere: importing it twice is a no-op.
CREATE UNIQUE INDEX change_stamp ON change(replica, hlc);

-- Local to this file, not synced: the replicas whose bundles this one accepts, the
-- bundles it has imported, and rows waiting for a parent that has not arrived.
CREATE TABLE peer (
    replica BLOB PRIMARY KEY, public_key BLOB NOT NULL, name TEXT NOT NULL DEFAULT '',
    trusted_on TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE bundle_in (
    sender BLOB NOT NULL, sequence INTEGER NOT NULL, digest BLOB NOT NULL, imported_on TEXT NOT NULL,
    inserted INTEGER NOT NULL, updated INTEGER NOT NULL, unchanged INTEGER NOT NULL,
    conflicts INTEGER NOT NULL, PRIMARY KEY (sender, sequence)) WITHOUT ROWID;
CREATE TABLE sync_pending (entity TEXT NOT NULL, row_key NOT NULL, PRIMARY KEY (entity, row_key)) WITHOUT ROWID;

-- Two changes of one field made without seeing each other (field '*' : an edit of a
-- row another replica had deleted). Derived from the change log, so every replica
-- that holds both changes lists the same conflict, whatever the import order.
CREATE TABLE conflict (
    entity TEXT NOT NULL, row_key NOT NULL, field TEXT NOT NULL,
    first_hlc INTEGER NOT NULL, first_replica BLOB NOT NULL,
    second_hlc INTEGER NOT NULL, second_replica BLOB NOT NULL,
    PRIMARY KEY (entity, row_key, field, first_hlc, first_replica, second_hlc, second_replica)) WITHOUT ROWID;
)SQL";

// Enrolment, the coordinator's exports back to the field, statistical bundles,
// merged duplicates; and the regional report's indexes.
const char *const migration3 = R"SQL(
-- Statistical bundles are numbered apart from change bundles: `kind` joins the key.
CREATE TABLE bundle_in_v3 (
    sender BLOB NOT NULL, kind INTEGER NOT NULL DEFAULT 1, sequence INTEGER NOT NULL, digest BLOB NOT NULL,
    imported_on TEXT NOT NULL, inserted INTEGER NOT NULL, updated INTEGER NOT NULL, unchanged INTEGER NOT NULL,
    conflicts INTEGER NOT NULL, PRIMARY KEY (sender, kind, sequence)) WITHOUT ROWID;
INSERT INTO bundle_in_v3 (sender, kind, sequence, digest, imported_on, inserted, updated, unchanged, conflicts)
    SELECT sender, 1, sequence, digest, imported_on, inserted, updated, unchanged, conflicts FROM bundle_in;
DROP TABLE bundle_in;
ALTER TABLE bundle_in_v3 RENAME TO bundle_in;

-- Local to the coordinator's file: the enrolments it issued. The secret travels only
-- inside the encrypted enrolment bundle; the worker's installation proves it holds
-- it, and `replica` binds the enrolment to the first installation that does.
CREATE TABLE enrolment (
    worker_id BLOB PRIMARY KEY, secret BLOB NOT NULL, issued_on TEXT NOT NULL, replica BLOB) WITHOUT ROWID;
-- What the coordinator has sent back to each enrolled worker: the bundle number and
-- change-log position, and the clients whose whole history that worker has.
CREATE TABLE field_export (
    worker_id BLOB PRIMARY KEY, sequence INTEGER NOT NULL, exported_through INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE field_client (
    worker_id BLOB NOT NULL, client_id BLOB NOT NULL, PRIMARY KEY (worker_id, client_id)) WITHOUT ROWID;

-- One person registered twice (by two workers, say): the duplicate points at the
-- record kept, and everything recorded about either shows under the kept one. A
-- synced field, so merging and un-merging reach every replica.
ALTER TABLE client ADD COLUMN merged_into BLOB REFERENCES client(id);
CREATE INDEX client_merged_into ON client(merged_into) WHERE merged_into IS NOT NULL;

-- The regional report (core/report): covering indexes for its passes, so each
-- filtered client's needs, cooperations and contacts are one index range holding
-- every column the report reads, and the large tables are never read row by row.
-- `deleted` is a column rather than a partial-index condition: SQLite 3.40 cannot
-- treat a partial index as covering when the query names `deleted`.
CREATE INDEX need_report ON need(client_id, deleted, identified_on, area, status, closed_on, outcome);
CREATE INDEX cooperation_report ON cooperation(client_id, deleted, start_on, end_on);
CREATE INDEX contact_report ON contact(client_id, deleted, contact_on, place, minutes, id);
)SQL";

// A contact's intervention codes also in its own row (db::codeList), so the
// report counts contacts by intervention in one scan of contact_report instead of
// a link-table lookup per contact. The link table stays for the contact screen.
// And three indexes made redundant by the report's; dismissed duplicate pairs;
// revoked installations; clients reassigned away from a worker.
const char *const migration4 = R"SQL(
ALTER TABLE contact ADD COLUMN interventions TEXT;
UPDATE contact SET interventions = (
    SELECT ',' || group_concat(code, ',') || ','
    FROM (SELECT replace(replace(code, '%', '%25'), ',', '%2C') AS code FROM contact_intervention
          WHERE contact_id = contact.id ORDER BY 1));
DROP INDEX contact_report;
CREATE INDEX contact_report ON contact(client_id, deleted, contact_on, place, minutes, interventions);
-- The report's covering indexes begin with client_id, so they serve every lookup
-- of a client's rows; these only cost every insert (a merge writes millions).
DROP INDEX need_client;
DROP INDEX cooperation_client;
DROP INDEX contact_client;
-- Possible duplicates the coordinator marked as two different people, so the list
-- stops proposing them. Local to this file, like import_ref: it is this
-- coordinator's worklist, not a fact about the person. first_id < second_id.
CREATE TABLE duplicate_dismissed (
    first_id BLOB NOT NULL, second_id BLOB NOT NULL, dismissed_on TEXT NOT NULL,
    PRIMARY KEY (first_id, second_id)) WITHOUT ROWID;
-- Clients reassigned away from a worker whose installation has been told so: nothing
-- more of them is sent there (until they come back, with their whole history).
CREATE TABLE field_gone (
    worker_id BLOB NOT NULL, client_id BLOB NOT NULL, PRIMARY KEY (worker_id, client_id)) WITHOUT ROWID;
-- A lost or stolen laptop's key, revoked: its bundles are refused from then on.
ALTER TABLE peer ADD COLUMN revoked_on TEXT;
)SQL";

// A real region: providers with IČO and services, workers with a role and active
// dates (retired, never deleted), localities with their kind and residents, codes the
// region retires; the installations each worker uses and the refused changes the
// coordinator accepted, both synced; whether a change was refused by the rules of who
// may change what; and which changes came in which bundle (the range of `change.seq`
// an import appended), so an export leaves out what its recipient sent.
const char *const migration5 = R"SQL(
ALTER TABLE provider ADD COLUMN ico TEXT;
ALTER TABLE provider ADD COLUMN services TEXT;
ALTER TABLE worker ADD COLUMN role TEXT NOT NULL DEFAULT 'field' CHECK (role IN ('field', 'coordinator'));
ALTER TABLE worker ADD COLUMN active_from TEXT;
ALTER TABLE worker ADD COLUMN active_to TEXT;
ALTER TABLE locality ADD COLUMN kind TEXT CHECK (kind IN ('excluded_locality', 'town', 'village'));
ALTER TABLE locality ADD COLUMN residents INTEGER CHECK (residents >= 0);
ALTER TABLE outcome ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;
ALTER TABLE intervention_type ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;
ALTER TABLE end_reason ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;

-- Which installation (replica) works as which worker: written by the coordinator
-- when a laptop's enrolment is proven, read by the rules of who may change what.
CREATE TABLE installation (
    id BLOB PRIMARY KEY, worker_id BLOB NOT NULL REFERENCES worker(id), name TEXT NOT NULL,
    )SQL" SYNC_COLUMNS R"SQL();
-- A change the rules refused that the coordinator accepted after review.
CREATE TABLE accepted_change (
    id BLOB PRIMARY KEY, change_replica BLOB NOT NULL, change_hlc INTEGER NOT NULL,
    )SQL" SYNC_COLUMNS R"SQL();
CREATE INDEX accepted_change_stamp ON accepted_change(change_replica, change_hlc);

-- Why a change is not applied (NULL: it is); derived from the change log alone.
ALTER TABLE change ADD COLUMN refusal TEXT;

ALTER TABLE bundle_in ADD COLUMN first_seq INTEGER;
ALTER TABLE bundle_in ADD COLUMN last_seq INTEGER;
)SQL";

// Bundles are numbered per stream, sender to recipient (BundleHeader::stream), so a
// bundle a laptop sent elsewhere leaves no gap here. Bundles imported before were
// numbered per sender alone: they keep the null stream, which bundles under a
// passphrase and a coordinator's bundles back to a laptop still use.
const char *const migration6 = R"SQL(
CREATE TABLE bundle_in_v6 (
    sender BLOB NOT NULL, stream BLOB NOT NULL,
    kind INTEGER NOT NULL DEFAULT 1, sequence INTEGER NOT NULL, digest BLOB NOT NULL, imported_on TEXT NOT NULL,
    inserted INTEGER NOT NULL, updated INTEGER NOT NULL, unchanged INTEGER NOT NULL, conflicts INTEGER NOT NULL,
    first_seq INTEGER, last_seq INTEGER, PRIMARY KEY (sender, stream, kind, sequence)) WITHOUT ROWID;
INSERT INTO bundle_in_v6 (sender, stream, kind, sequence, digest, imported_on, inserted, updated, unchanged,
                          conflicts, first_seq, last_seq)
    SELECT sender, zeroblob(16), kind, sequence, digest, imported_on, inserted, updated, unchanged, conflicts,
           first_seq, last_seq
    FROM bundle_in;
DROP TABLE bundle_in;
ALTER TABLE bundle_in_v6 RENAME TO bundle_in;
)SQL";

// The coordinator's decisions about installations whose clocks ran ahead, synced:
// the changes of `clamped_replica` stamped after `clamp_hlc`, up to `through_hlc`,
// count in the merge as made at `clamp_hlc`.
const char *const migration7 = R"SQL(
CREATE TABLE clock_clamp (
    id BLOB PRIMARY KEY, clamped_replica BLOB NOT NULL, clamp_hlc INTEGER NOT NULL, through_hlc INTEGER NOT NULL,
    )SQL" SYNC_COLUMNS R"SQL();
)SQL";

// A statistical database: the newest snapshot imported of each region, and which
// rows it wrote, so the region's next snapshot replaces exactly those.
const char *const migration8 = R"SQL(
CREATE TABLE statistical_snapshot (
    region BLOB PRIMARY KEY, name TEXT NOT NULL, sender BLOB NOT NULL, sequence INTEGER NOT NULL,
    taken_ms INTEGER NOT NULL, imported_on TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE statistical_row (
    entity TEXT NOT NULL, row_id BLOB NOT NULL, region BLOB NOT NULL, PRIMARY KEY (entity, row_id)) WITHOUT ROWID;
CREATE INDEX statistical_row_region ON statistical_row(region, entity);
)SQL";

// Retention: the region's choice of how many years after a client's last cooperation
// ended the client's identity is kept (null: the default, 10), synced with the region;
// and the day a client was anonymised (names and free texts wiped, codes and dates kept
// for the report), which keeps the client off the caseload and off the retention list.
const char *const migration9 = R"SQL(
ALTER TABLE region ADD COLUMN retention_years INTEGER CHECK (retention_years BETWEEN 1 AND 100);
ALTER TABLE client ADD COLUMN anonymised_on TEXT;
)SQL";

// Who opened a client's card or exported their data, when and on which laptop (the
// stamp's author, time and replica): synced with the client's records, so the
// coordinator's audit sees the views made on every laptop.
const char *const migration10 = R"SQL(
CREATE TABLE client_view (
    id BLOB PRIMARY KEY, client_id BLOB NOT NULL REFERENCES client(id),
    kind TEXT NOT NULL CHECK (kind IN ('card', 'export')),
    )SQL" SYNC_COLUMNS R"SQL();
CREATE INDEX client_view_client ON client_view(client_id);
)SQL";

// Consent as a history: every consent a client gave or withdrew, dated, with its scope
// (a code), what exactly was agreed (free text) and the worker who recorded it. The
// client's old consent_on and consent_scope columns stay (older installations still
// write them); each client's consent there becomes its first record when the file is
// opened (ConsentRepository::deriveFromClientColumns), alike on every replica.
const char *const migration11 = R"SQL(
CREATE TABLE consent (
    id BLOB PRIMARY KEY, client_id BLOB NOT NULL REFERENCES client(id), recorded_on TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('given', 'withdrawn')), scope TEXT NOT NULL, note TEXT,
    worker_id BLOB REFERENCES worker(id), )SQL" SYNC_COLUMNS R"SQL();
CREATE INDEX consent_client ON consent(client_id);
)SQL";

// A printed individual plan is a view of the client too (kind 'plan'): the day the
// plan was printed for the client to sign is on the client's history. SQLite cannot
// change a CHECK constraint in place, so the table is rebuilt with its rows.
const char *const migration12 = R"SQL(
CREATE TABLE client_view_v12 (
    id BLOB PRIMARY KEY, client_id BLOB NOT NULL REFERENCES client(id),
    kind TEXT NOT NULL CHECK (kind IN ('card', 'export', 'plan')),
    )SQL" SYNC_COLUMNS R"SQL();
INSERT INTO client_view_v12 (id, client_id, kind, hlc, replica, author, deleted)
    SELECT id, client_id, kind, hlc, replica, author, deleted FROM client_view;
DROP TABLE client_view;
ALTER TABLE client_view_v12 RENAME TO client_view;
CREATE INDEX client_view_client ON client_view(client_id);
)SQL";

// The report's figures by intensity, goal horizon and end reason: a need's intensity
// and id, and a cooperation's end reason, join their covering indexes, and goals get
// one of their own, so those passes still read no table row. Written to run again
// unchanged on a file that has them.
const char *const migration13 = R"SQL(
DROP INDEX IF EXISTS need_report;
CREATE INDEX need_report ON need(client_id, deleted, identified_on, area, status, closed_on, outcome, intensity, id);
DROP INDEX IF EXISTS cooperation_report;
CREATE INDEX cooperation_report ON cooperation(client_id, deleted, start_on, end_on, end_reason);
CREATE INDEX IF NOT EXISTS goal_report ON goal(need_id, deleted, horizon, status);
)SQL";

// Partners: the institutions field work coordinates with (labour office, OSPOD,
// school...), shared by the region and synced. Any enrolled worker may add one (also
// offline); the coordinator edits, retires (a date: old records keep naming it) and
// merges duplicates (`merged_into` names the entry kept, so a reference made offline
// to the duplicate still counts for the kept one). A step's responsible party may be
// a partner; the partners involved in a contact are synced link rows of their own,
// which merging duplicates repoints without rewriting the contact.
const char *const migration14 = R"SQL(
CREATE TABLE partner (
    id BLOB PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('labour_office', 'municipal_office', 'ospod', 'school', 'police',
                                       'court_bailiff', 'health', 'debt_counselling', 'employer', 'other_ngo')),
    name TEXT NOT NULL, locality_id BLOB REFERENCES locality(id), retired_on TEXT,
    merged_into BLOB REFERENCES partner(id), )SQL" SYNC_COLUMNS R"SQL();
ALTER TABLE step ADD COLUMN partner_id BLOB REFERENCES partner(id);
CREATE INDEX step_partner ON step(partner_id) WHERE partner_id IS NOT NULL;
CREATE TABLE contact_partner (
    id BLOB PRIMARY KEY, contact_id BLOB NOT NULL REFERENCES contact(id),
    partner_id BLOB NOT NULL REFERENCES partner(id), )SQL" SYNC_COLUMNS R"SQL();
CREATE INDEX contact_partner_contact ON contact_partner(contact_id);
CREATE INDEX contact_partner_partner ON contact_partner(partner_id);
)SQL";

// Group and community work. A contact may concern several clients: the first is
// contact.client_id, each further one a link of its own (contact_participant), so each
// link is authorised for, exported to and erased with the client it names. A group
// activity (a catch-up class, a community meeting...) and an anonymous contact are
// records of their own, kept by the worker who recorded them; an activity may name
// some of its participants (group_activity_client, again one link per client).
const char *const migration15 = R"SQL(
CREATE TABLE contact_participant (
    id BLOB PRIMARY KEY, contact_id BLOB NOT NULL REFERENCES contact(id), client_id BLOB NOT NULL REFERENCES client(id),
    )SQL" SYNC_COLUMNS R"SQL();
CREATE INDEX contact_participant_client ON contact_participant(client_id, contact_id);
CREATE INDEX contact_participant_contact ON contact_participant(contact_id);
CREATE TABLE group_activity (
    id BLOB PRIMARY KEY, kind TEXT NOT NULL, held_on TEXT NOT NULL, minutes INTEGER NOT NULL CHECK (minutes >= 0),
    place TEXT NOT NULL CHECK (place IN ('field', 'office', 'phone')), locality_id BLOB REFERENCES locality(id),
    participants INTEGER NOT NULL CHECK (participants >= 0), note TEXT, worker_id BLOB REFERENCES worker(id),
    )SQL" SYNC_COLUMNS R"SQL();
CREATE INDEX group_activity_held ON group_activity(held_on);
CREATE TABLE group_activity_client (
    id BLOB PRIMARY KEY, activity_id BLOB NOT NULL REFERENCES group_activity(id),
    client_id BLOB NOT NULL REFERENCES client(id), )SQL" SYNC_COLUMNS R"SQL();
CREATE INDEX group_activity_client_client ON group_activity_client(client_id);
CREATE INDEX group_activity_client_activity ON group_activity_client(activity_id);
CREATE TABLE anonymous_contact (
    id BLOB PRIMARY KEY, contact_on TEXT NOT NULL, minutes INTEGER NOT NULL CHECK (minutes >= 0),
    place TEXT NOT NULL CHECK (place IN ('field', 'office', 'phone')), locality_id BLOB REFERENCES locality(id),
    interventions TEXT, persons INTEGER NOT NULL CHECK (persons >= 1), note TEXT, worker_id BLOB REFERENCES worker(id),
    )SQL" SYNC_COLUMNS R"SQL();
CREATE INDEX anonymous_contact_on ON anonymous_contact(contact_on);
)SQL";

// The Terén each installation last sent a bundle with (its header's "appVersion"),
// so the coordinator sees who still runs an older one: null until a bundle arrives,
// empty for a bundle of a Terén that did not record its version.
const char *const migration16 = R"SQL(
ALTER TABLE peer ADD COLUMN app_version TEXT;
)SQL";

#undef SYNC_COLUMNS

// Index i holds the script that brings user_version from i to i + 1.
const QList<const char *> &migrations()
{
    static const QList<const char *> list = {migration1, migration2, migration3, migration4, migration5,
                                                   migration6, migration7, migration8, migration9,
                                                   migration10, migration11, migration12, migration13, migration14, migration15,
                                                   migration16};
    return list;
}

} // namespace

int Schema::latestVersion()
{
    return static_cast<int>(migrations().size());
}

int Schema::versionOf(Database &db)
{
    return db.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

void Schema::checkCompatible(Database &db)
{
    const int version = versionOf(db);
    if (version > latestVersion()) {
        const QString writtenBy = recordedAppVersion(db);
        if (!writtenBy.isEmpty())
            throw UnopenableFile(UnopenableFile::Reason::NewerVersion,
                                 tr("The file %1 was written by Terén %2 in a newer data format (%3); this is Terén "
                                    "%4, which reads data formats up to %5. It was not changed; install Terén %2 "
                                    "or newer to open it.")
                                     .arg(db.path(), writtenBy)
                                     .arg(version)
                                     .arg(appVersion())
                                     .arg(latestVersion()));
        throw UnopenableFile(UnopenableFile::Reason::NewerVersion, tr("The file %1 was written by a newer version of Terén (data format %2; "
                              "this version reads up to %3). It was not changed; update Terén to open it.")
                               .arg(db.path())
                               .arg(version)
                               .arg(latestVersion()));
    }
    const int appId = db.scalar(QStringLiteral("PRAGMA application_id")).toInt();
    const int tables = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt();
    // user_version is a signed field: a negative one was never written by Terén.
    if (version < 0 || (version > 0 && appId != applicationId) || (version == 0 && tables > 0))
        throw UnopenableFile(UnopenableFile::Reason::NotADatabase,
                             tr("The file %1 is not a Terén database.").arg(db.path()));
}

QString Schema::recordedAppVersion(Database &db)
{
    // Read only when it can be: a file of a newer Terén may have moved anything.
    const bool hasMeta = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema "
                                                  "WHERE type = 'table' AND name = 'meta'"))
                             .toInt()
        > 0;
    if (!hasMeta)
        return {};
    const QVariant value = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {appVersionKey()});
    const QString text = value.typeId() == QMetaType::QString ? value.toString() : QString();
    return text.size() <= 64 ? text : QString();
}

bool Schema::migrate(Database &db)
{
    return migrateTo(db, latestVersion());
}

bool Schema::migrateTo(Database &db, int target)
{
    checkCompatible(db);
    const int from = versionOf(db);
    for (int version = from; version < std::min(target, latestVersion()); ++version) {
        Transaction transaction(db);
        db.execScript(QString::fromUtf8(migrations().at(version)));
        db.execScript(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2")
                          .arg(applicationId)
                          .arg(version + 1));
        // The Terén that brought the file to this format: an older one refusing the
        // file names it as the version to install.
        db.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
            .bindAll({appVersionKey(), appVersion()})
            .exec();
        transaction.commit();
    }
    return from == 0;
}

} // namespace teren
