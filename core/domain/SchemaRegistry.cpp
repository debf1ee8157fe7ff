#include "SchemaRegistry.h"

#include <QHash>

#include <functional>

#include <algorithm>

namespace teren {

namespace {

using C = ColumnClass;
constexpr bool required = true;

// What a client's erasure, a statistical bundle and the anonymisation of a client past
// retention do with each class of column of a client's records. Erasure differs on
// one line only: quasi-identifiers go with the person when they are erased, but
// statistics and anonymisation keep them, as the indicators count persons by age,
// gender and household (and an anonymised client still counts in every report).
const ColumnPolicy policies[] = {
    // class                wiped on erasure   withheld from statistics   wiped on anonymisation
    {C::Identifying,        true,              true,                      true},
    {C::FreeText,           true,              true,                      true},
    {C::QuasiIdentifier,    true,              false,                     false},
    {C::Statistical,        false,             false,                     false},
    {C::Technical,          false,             false,                     false},
};

ColumnSpec column(const char16_t *name, ColumnClass kind, bool notNull = false, const char16_t *references = u"")
{
    return {QString::fromUtf16(name), kind, notNull, QString::fromUtf16(references), {}};
}

ColumnSpec withDefault(ColumnSpec spec, const QVariant &value)
{
    spec.defaultValue = value;
    return spec;
}

// The columns every synced row ends with: the stamp of its last change, the replica
// and the worker who made it, and the tombstone.
QList<ColumnSpec> syncColumns()
{
    return {column(u"hlc", C::Technical, required), column(u"replica", C::Technical, required),
            column(u"author", C::Technical), withDefault(column(u"deleted", C::Technical, required), 0)};
}

TableSpec table(const char16_t *name, TableScope scope, RowKeyKind key, QList<ColumnSpec> columns,
                const char16_t *parentColumn = u"")
{
    return {QString::fromUtf16(name), scope, key, std::move(columns), QString::fromUtf16(parentColumn)};
}

// A codelist the region extends: its codes can be retired (they stay valid on the
// records that use them). Need areas are fixed, as the indicators depend on them.
enum class Extensible { No, Yes };

TableSpec codelist(const char16_t *name, Extensible extensible)
{
    QList<ColumnSpec> columns = {column(u"code", C::Statistical, required),
                                 column(u"label_cs", C::Statistical, required),
                                 column(u"label_en", C::Statistical, required), column(u"sort", C::Technical, required)};
    columns += syncColumns();
    if (extensible == Extensible::Yes)
        columns.append(withDefault(column(u"retired", C::Technical, required), 0));
    return table(name, TableScope::Codelist, RowKeyKind::Code, columns);
}

QList<TableSpec> buildTables()
{
    const auto id = [] { return column(u"id", C::Technical); };
    return {
        table(u"meta", TableScope::Local, RowKeyKind::None,
              {column(u"key", C::Technical, required), column(u"value", C::Technical)}),

        // The codelists.
        codelist(u"area", Extensible::No),
        table(u"outcome", TableScope::Codelist, RowKeyKind::AreaAndCode,
              QList<ColumnSpec>{column(u"area", C::Statistical, required, u"area"),
                                column(u"code", C::Statistical, required),
                                column(u"label_cs", C::Statistical, required),
                                column(u"label_en", C::Statistical, required), column(u"sort", C::Technical, required)}
                  + syncColumns() + QList<ColumnSpec>{withDefault(column(u"retired", C::Technical, required), 0)}),
        codelist(u"intervention_type", Extensible::Yes),
        codelist(u"end_reason", Extensible::Yes),

        // The region's records. Workers' names are the organisation's staff, not a
        // client's data: neither a client's erasure nor statistics touch them.
        table(u"region", TableScope::Region, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"name", C::Statistical, required)} + syncColumns()
                  + QList<ColumnSpec>{column(u"retention_years", C::Technical)}),
        table(u"locality", TableScope::Region, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"region_id", C::Technical, required, u"region"),
                                column(u"code", C::Statistical, required), column(u"name", C::Statistical, required),
                                column(u"municipality", C::Statistical, required),
                                column(u"district", C::Statistical, required)}
                  + syncColumns()
                  + QList<ColumnSpec>{column(u"kind", C::Statistical), column(u"residents", C::Statistical)}),
        table(u"provider", TableScope::Region, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"region_id", C::Technical, required, u"region"),
                                column(u"name", C::Statistical, required)}
                  + syncColumns()
                  + QList<ColumnSpec>{column(u"ico", C::Statistical), column(u"services", C::Statistical)}),
        table(u"worker", TableScope::Region, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"provider_id", C::Statistical, false, u"provider"),
                                column(u"name", C::Identifying, required), column(u"replica_id", C::Technical)}
                  + syncColumns()
                  + QList<ColumnSpec>{withDefault(column(u"role", C::Technical, required), QStringLiteral("field")),
                                      column(u"active_from", C::Statistical),
                                      column(u"active_to", C::Statistical)}),
        // Which installation works as which worker, and the refused changes the
        // coordinator accepted: the map the rules of who may change what read.
        table(u"installation", TableScope::Region, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"worker_id", C::Technical, required, u"worker"),
                                column(u"name", C::Technical, required)}
                  + syncColumns()),
        table(u"accepted_change", TableScope::Region, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"change_replica", C::Technical, required),
                                column(u"change_hlc", C::Technical, required)}
                  + syncColumns()),
        // The coordinator's decisions about installations whose clocks ran ahead.
        table(u"clock_clamp", TableScope::Region, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"clamped_replica", C::Technical, required),
                                column(u"clamp_hlc", C::Technical, required),
                                column(u"through_hlc", C::Technical, required)}
                  + syncColumns()),

        // The institutions field work coordinates with, shared by the region: a
        // worker may add one, the coordinator edits, retires and merges them.
        table(u"partner", TableScope::Region, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"kind", C::Statistical, required),
                                column(u"name", C::Statistical, required),
                                column(u"locality_id", C::Statistical, false, u"locality"),
                                column(u"retired_on", C::Statistical),
                                column(u"merged_into", C::Technical, false, u"partner")}
                  + syncColumns()),

        // A client's records.
        table(u"household", TableScope::ClientRecord, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"label", C::FreeText, required)} + syncColumns()),
        table(u"client", TableScope::ClientRecord, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"given_name", C::Identifying), column(u"family_name", C::Identifying),
                                column(u"alias", C::Identifying), column(u"birth_year", C::QuasiIdentifier),
                                column(u"gender", C::QuasiIdentifier),
                                column(u"locality_id", C::Statistical, false, u"locality"),
                                column(u"household_id", C::QuasiIdentifier, false, u"household"),
                                column(u"worker_id", C::Statistical, false, u"worker"),
                                column(u"phone", C::Identifying), column(u"consent_on", C::Statistical),
                                column(u"consent_scope", C::FreeText), column(u"notes", C::FreeText)}
                  + syncColumns()
                  + QList<ColumnSpec>{column(u"merged_into", C::Technical, false, u"client"),
                                      column(u"anonymised_on", C::Technical)}),
        table(u"cooperation", TableScope::ClientRecord, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"client_id", C::Technical, required, u"client"),
                                column(u"start_on", C::Statistical, required), column(u"end_on", C::Statistical),
                                column(u"end_reason", C::Statistical, false, u"end_reason")}
                  + syncColumns(),
              u"client_id"),
        // Each consent given or withdrawn: the scope is a code, the note what exactly
        // was agreed, in the client's or the worker's words.
        table(u"consent", TableScope::ClientRecord, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"client_id", C::Technical, required, u"client"),
                                column(u"recorded_on", C::Statistical, required),
                                column(u"action", C::Statistical, required), column(u"scope", C::Statistical, required),
                                column(u"note", C::FreeText), column(u"worker_id", C::Statistical, false, u"worker")}
                  + syncColumns(),
              u"client_id"),
        table(u"need", TableScope::ClientRecord, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"client_id", C::Technical, required, u"client"),
                                column(u"area", C::Statistical, required, u"area"),
                                column(u"intensity", C::Statistical, required),
                                column(u"priority", C::Statistical, required),
                                column(u"identified_on", C::Statistical, required),
                                column(u"status", C::Statistical, required), column(u"closed_on", C::Statistical),
                                column(u"outcome", C::Statistical)}
                  + syncColumns(),
              u"client_id"),
        table(u"goal", TableScope::ClientRecord, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"need_id", C::Technical, required, u"need"),
                                column(u"text", C::FreeText, required), column(u"horizon", C::Statistical, required),
                                column(u"target_on", C::Statistical), column(u"status", C::Statistical, required),
                                column(u"achieved_on", C::Statistical)}
                  + syncColumns(),
              u"need_id"),
        table(u"step", TableScope::ClientRecord, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"goal_id", C::Technical, required, u"goal"),
                                column(u"text", C::FreeText, required),
                                column(u"responsible", C::Statistical, required), column(u"due_on", C::Statistical),
                                column(u"done_on", C::Statistical)}
                  + syncColumns() + QList<ColumnSpec>{column(u"partner_id", C::Statistical, false, u"partner")},
              u"goal_id"),
        table(u"contact", TableScope::ClientRecord, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"client_id", C::Technical, required, u"client"),
                                column(u"worker_id", C::Statistical, false, u"worker"),
                                column(u"contact_on", C::Statistical, required),
                                column(u"minutes", C::Statistical, required), column(u"place", C::Statistical, required),
                                column(u"note", C::FreeText)}
                  + syncColumns() + QList<ColumnSpec>{column(u"interventions", C::Statistical)},
              u"client_id"),
        // A partner involved in a contact: a row of its own rather than a list in the
        // contact's record, so merging duplicate partners repoints it.
        table(u"contact_partner", TableScope::ClientRecord, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"contact_id", C::Technical, required, u"contact"),
                                column(u"partner_id", C::Statistical, required, u"partner")}
                  + syncColumns(),
              u"contact_id"),
        // A further client of a contact (the first is contact.client_id): a row of
        // its own, so it belongs to the records of the client it names.
        table(u"contact_participant", TableScope::ClientRecord, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"contact_id", C::Technical, required, u"contact"),
                                column(u"client_id", C::Technical, required, u"client")}
                  + syncColumns(),
              u"client_id"),
        // Group work and anonymous contacts: records of no single client, kept by the
        // worker who recorded them. Their notes may name people, so they are wiped and
        // withheld as any client's notes are.
        table(u"group_activity", TableScope::ClientRecord, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"kind", C::Statistical, required),
                                column(u"held_on", C::Statistical, required),
                                column(u"minutes", C::Statistical, required), column(u"place", C::Statistical, required),
                                column(u"locality_id", C::Statistical, false, u"locality"),
                                column(u"participants", C::Statistical, required), column(u"note", C::FreeText),
                                column(u"worker_id", C::Statistical, false, u"worker")}
                  + syncColumns()),
        table(u"group_activity_client", TableScope::ClientRecord, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"activity_id", C::Technical, required, u"group_activity"),
                                column(u"client_id", C::Technical, required, u"client")}
                  + syncColumns(),
              u"client_id"),
        table(u"anonymous_contact", TableScope::ClientRecord, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"contact_on", C::Statistical, required),
                                column(u"minutes", C::Statistical, required), column(u"place", C::Statistical, required),
                                column(u"locality_id", C::Statistical, false, u"locality"),
                                column(u"interventions", C::Statistical), column(u"persons", C::Statistical, required),
                                column(u"note", C::FreeText), column(u"worker_id", C::Statistical, false, u"worker")}
                  + syncColumns()),
        // A client's card opened or their data exported: the author, time and replica
        // of its stamp say who, when and where. Nothing in it is personal beyond the
        // link, and an erasure tombstones it with the client's other records.
        table(u"client_view", TableScope::ClientRecord, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"client_id", C::Technical, required, u"client"),
                                column(u"kind", C::Technical, required)}
                  + syncColumns(),
              u"client_id"),
        table(u"contact_intervention", TableScope::ClientLink, RowKeyKind::None,
              {column(u"contact_id", C::Technical, required, u"contact"),
               column(u"code", C::Statistical, required, u"intervention_type")}),
        table(u"contact_need", TableScope::ClientLink, RowKeyKind::None,
              {column(u"contact_id", C::Technical, required, u"contact"),
               column(u"need_id", C::Technical, required, u"need")}),

        table(u"target", TableScope::Region, RowKeyKind::Id,
              QList<ColumnSpec>{id(), column(u"indicator", C::Statistical, required),
                                column(u"year", C::Statistical, required),
                                column(u"locality_id", C::Statistical, false, u"locality"),
                                column(u"provider_id", C::Statistical, false, u"provider"),
                                column(u"value", C::Statistical, required)}
                  + syncColumns()),

        // The change log: local to the file, though what it holds is what syncs.
        // `fields` holds whatever a change wrote, personal or not; an erasure wipes
        // the erased columns from it too.
        table(u"change", TableScope::Local, RowKeyKind::None,
              {column(u"seq", C::Technical), column(u"entity", C::Technical, required),
               column(u"row_key", C::Technical, required), column(u"hlc", C::Technical, required),
               column(u"replica", C::Technical, required), column(u"author", C::Technical),
               column(u"op", C::Technical, required), column(u"fields", C::Technical, required),
               column(u"bases", C::Technical), column(u"refusal", C::Technical)}),
        table(u"import_ref", TableScope::Local, RowKeyKind::None,
              {column(u"kind", C::Technical, required), column(u"ref", C::Technical, required),
               column(u"row_id", C::Technical, required)}),
        table(u"peer", TableScope::Local, RowKeyKind::None,
              {column(u"replica", C::Technical, required), column(u"public_key", C::Technical, required),
               withDefault(column(u"name", C::Technical, required), QString()),
               column(u"trusted_on", C::Technical, required),
               column(u"revoked_on", C::Technical), column(u"app_version", C::Technical)}),
        table(u"sync_pending", TableScope::Local, RowKeyKind::None,
              {column(u"entity", C::Technical, required), column(u"row_key", C::Technical, required)}),
        table(u"conflict", TableScope::Local, RowKeyKind::None,
              {column(u"entity", C::Technical, required), column(u"row_key", C::Technical, required),
               column(u"field", C::Technical, required), column(u"first_hlc", C::Technical, required),
               column(u"first_replica", C::Technical, required), column(u"second_hlc", C::Technical, required),
               column(u"second_replica", C::Technical, required)}),
        table(u"bundle_in", TableScope::Local, RowKeyKind::None,
              {column(u"sender", C::Technical, required),
               column(u"stream", C::Technical, required),
               withDefault(column(u"kind", C::Technical, required), 1),
               column(u"sequence", C::Technical, required), column(u"digest", C::Technical, required),
               column(u"imported_on", C::Technical, required), column(u"inserted", C::Technical, required),
               column(u"updated", C::Technical, required), column(u"unchanged", C::Technical, required),
               column(u"conflicts", C::Technical, required), column(u"first_seq", C::Technical),
               column(u"last_seq", C::Technical)}),
        table(u"enrolment", TableScope::Local, RowKeyKind::None,
              {column(u"worker_id", C::Technical, required), column(u"secret", C::Technical, required),
               column(u"issued_on", C::Technical, required), column(u"replica", C::Technical)}),
        table(u"field_export", TableScope::Local, RowKeyKind::None,
              {column(u"worker_id", C::Technical, required), column(u"sequence", C::Technical, required),
               column(u"exported_through", C::Technical, required)}),
        table(u"field_client", TableScope::Local, RowKeyKind::None,
              {column(u"worker_id", C::Technical, required), column(u"client_id", C::Technical, required)}),
        table(u"duplicate_dismissed", TableScope::Local, RowKeyKind::None,
              {column(u"first_id", C::Technical, required), column(u"second_id", C::Technical, required),
               column(u"dismissed_on", C::Technical, required)}),
        table(u"field_gone", TableScope::Local, RowKeyKind::None,
              {column(u"worker_id", C::Technical, required), column(u"client_id", C::Technical, required)}),
        // A statistical database's snapshots, one per region, and the rows each wrote.
        table(u"statistical_snapshot", TableScope::Local, RowKeyKind::None,
              {column(u"region", C::Technical, required), column(u"name", C::Statistical, required),
               column(u"sender", C::Technical, required), column(u"sequence", C::Technical, required),
               column(u"taken_ms", C::Technical, required), column(u"imported_on", C::Technical, required)}),
        table(u"statistical_row", TableScope::Local, RowKeyKind::None,
              {column(u"entity", C::Technical, required), column(u"row_id", C::Technical, required),
               column(u"region", C::Technical, required)}),
    };
}

const QHash<QString, const TableSpec *> &byName()
{
    static const QHash<QString, const TableSpec *> index = [] {
        QHash<QString, const TableSpec *> result;
        for (const TableSpec &spec : SchemaRegistry::tables())
            result.insert(spec.name, &spec);
        return result;
    }();
    return index;
}

QStringList tablesWhere(const std::function<bool(const TableSpec &)> &wanted)
{
    QStringList names;
    for (const TableSpec &spec : SchemaRegistry::tables()) {
        if (wanted(spec))
            names.append(spec.name);
    }
    return names;
}

// Per table of a client's records, the columns a policy flag selects.
QHash<QString, QStringList> columnsByPolicy(bool ColumnPolicy::*flag)
{
    QHash<QString, QStringList> result;
    for (const TableSpec &spec : SchemaRegistry::tables()) {
        if (spec.scope != TableScope::ClientRecord)
            continue;
        for (const ColumnSpec &column : spec.columns) {
            if (SchemaRegistry::policy(column.kind).*flag)
                result[spec.name].append(column.name);
        }
    }
    return result;
}

const QStringList &lookup(const QHash<QString, QStringList> &columns, const QString &table)
{
    static const QStringList none;
    const auto it = columns.constFind(table);
    return it == columns.cend() ? none : *it;
}

} // namespace

bool TableSpec::isSynced() const
{
    return scope == TableScope::Codelist || scope == TableScope::Region || scope == TableScope::ClientRecord;
}

const ColumnSpec *TableSpec::column(const QString &columnName) const
{
    const auto it = std::find_if(columns.cbegin(), columns.cend(),
                                 [&columnName](const ColumnSpec &spec) { return spec.name == columnName; });
    return it == columns.cend() ? nullptr : &*it;
}

QStringList TableSpec::columnNames() const
{
    QStringList names;
    for (const ColumnSpec &spec : columns)
        names.append(spec.name);
    return names;
}

QStringList TableSpec::keyColumns() const
{
    switch (key) {
    case RowKeyKind::Id:
        return {QStringLiteral("id")};
    case RowKeyKind::Code:
        return {QStringLiteral("code")};
    case RowKeyKind::AreaAndCode:
        return {QStringLiteral("area"), QStringLiteral("code")};
    case RowKeyKind::None:
        break;
    }
    return {};
}

const QList<TableSpec> &SchemaRegistry::tables()
{
    static const QList<TableSpec> all = buildTables();
    return all;
}

const TableSpec *SchemaRegistry::find(const QString &table)
{
    return byName().value(table);
}

bool SchemaRegistry::isSynced(const QString &table)
{
    const TableSpec *spec = find(table);
    return spec && spec->isSynced();
}

const QStringList &SchemaRegistry::syncedTables()
{
    static const QStringList names = tablesWhere([](const TableSpec &spec) { return spec.isSynced(); });
    return names;
}

const QStringList &SchemaRegistry::clientRecordTables()
{
    static const QStringList names =
        tablesWhere([](const TableSpec &spec) { return spec.scope == TableScope::ClientRecord; });
    return names;
}

const QStringList &SchemaRegistry::sharedTables()
{
    static const QStringList names = tablesWhere(
        [](const TableSpec &spec) { return spec.scope == TableScope::Codelist || spec.scope == TableScope::Region; });
    return names;
}

const ColumnPolicy &SchemaRegistry::policy(ColumnClass kind)
{
    return *std::find_if(std::cbegin(policies), std::cend(policies),
                         [kind](const ColumnPolicy &policy) { return policy.kind == kind; });
}

const QStringList &SchemaRegistry::wipedOnErasure(const QString &table)
{
    static const QHash<QString, QStringList> columns = columnsByPolicy(&ColumnPolicy::wipedOnErasure);
    return lookup(columns, table);
}

const QStringList &SchemaRegistry::wipedOnAnonymisation(const QString &table)
{
    static const QHash<QString, QStringList> columns = columnsByPolicy(&ColumnPolicy::wipedOnAnonymisation);
    return lookup(columns, table);
}

const QStringList &SchemaRegistry::withheldFromStatistics(const QString &table)
{
    static const QHash<QString, QStringList> columns = columnsByPolicy(&ColumnPolicy::withheldFromStatistics);
    return lookup(columns, table);
}

} // namespace teren
