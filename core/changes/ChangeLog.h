#pragma once

#include "ChangeCodec.h"
#include "ChangeRecord.h"
#include "RowFold.h"

#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <optional>

namespace teren {

class Database;

// The `change` table: every committed change to a synced row, in commit order (`seq`),
// the source of bundles, merges, undo and history. Nothing else reads or writes it.
namespace changelog {

void append(Database &db, const ChangeRecord &change);
// Appends unless a change with the same stamp is already there; returns whether it
// was new. `encoded` must be EncodedMaps::of(change).
bool appendIfNew(Database &db, const ChangeRecord &change, const EncodedMaps &encoded);

// Whether a change with this stamp is in the log.
bool contains(Database &db, const Stamp &stamp);
// The seq of the newest change (0 for an empty log).
qint64 lastSeq(Database &db);
// The highest HLC among the changes one installation made (0 for none).
qint64 lastHlcOf(Database &db, const QByteArray &replica);
// Each installation's newest change, by its stamp: one index probe per installation.
QList<Stamp> newestOfEachReplica(Database &db);

// The row's applied changes (not those refused, see Authorization), folded in the
// order the file's clamps of clocks that ran ahead give (ClockClamps; read from the
// file, or as given by a caller that folds many rows).
RowFold fold(Database &db, const QString &entity, const QVariant &rowKey);
RowFold fold(Database &db, const QString &entity, const QVariant &rowKey, const ClockClamps &clamps);
// All of a row's changes, applied or refused, in stamp order.
QList<ChangeRecord> changesOf(Database &db, const QString &entity, const QVariant &rowKey);
// The insert of a row, if it has arrived.
std::optional<ChangeRecord> insertOf(Database &db, const QString &entity, const QVariant &rowKey);
// Changes one installation made, and the refused ones, in log order.
QList<ChangeRecord> changesByReplica(Database &db, const QByteArray &replica);
QList<ChangeRecord> refused(Database &db);
void setRefusal(Database &db, const Stamp &stamp, const QString &refusal);
// The stamps of the values the given fields hold now (null stamps for fields
// never written).
QCborMap basesFor(Database &db, const QString &entity, const QVariant &rowKey, const QStringList &fields);
QCborMap basesFor(const RowFold &current, const QStringList &fields);
std::optional<ChangeRecord> find(Database &db, const QString &entity, const QVariant &rowKey, const Stamp &stamp);

// The changes with afterSeq < seq <= throughSeq, in log order.
void forEach(Database &db, qint64 afterSeq, qint64 throughSeq, const std::function<void(const ChangeRecord &)> &visit);
// The changes matching an SQL condition on the `change` table, in log order.
void forEachWhere(Database &db, const QString &condition, const QVariantList &bindings,
                  const std::function<void(const ChangeRecord &)> &visit);
qint64 countWhere(Database &db, const QString &condition, const QVariantList &bindings);
// The changes of one row logged before `beforeSeq`, newest stamp first, until
// `visit` returns false.
void forEachOfRowNewestFirst(Database &db, const QString &entity, const QVariant &rowKey, qint64 beforeSeq,
                             const std::function<bool(const ChangeRecord &)> &visit);
// Every change in stamp order (the order every replica agrees on).
void forEachInStampOrder(Database &db, const std::function<void(const ChangeRecord &)> &visit);

// The rows of `entity` that `replica` wrote (inserted or changed).
QVariantList rowsWrittenBy(Database &db, const QString &entity, const QByteArray &replica);
// The rows `replica` changed after `afterSeq`.
QVariantList rowsChangedSince(Database &db, const QByteArray &replica, qint64 afterSeq);
// The rows (entity, row key) `replica` changed with a stamp after `afterHlc`.
QList<QPair<QString, QVariant>> rowsStampedAfter(Database &db, const QByteArray &replica, qint64 afterHlc);
// The rows (entity, row key) with a change stamped from `fromHlc` to `throughHlc`.
QList<QPair<QString, QVariant>> rowsStampedBetween(Database &db, qint64 fromHlc, qint64 throughHlc);

// Sets the given fields of every logged change of a row to null (an erasure: no copy
// of what was typed survives in the history or in later bundles).
void scrub(Database &db, const QString &entity, const QVariant &rowKey, const QStringList &fields);
// Sets each field of `wiped` to its value there in every logged change of a row that
// holds the field (an anonymisation: "" for a column that may not be null).
void scrub(Database &db, const QString &entity, const QVariant &rowKey, const QCborMap &wiped);
// Drops a row's history from this file (a client this laptop no longer holds).
void removeRow(Database &db, const QString &entity, const QVariant &rowKey);
// Drops one change (one the file cannot hold, refused by the merge that appended it).
void remove(Database &db, const Stamp &stamp);

} // namespace changelog

} // namespace teren
