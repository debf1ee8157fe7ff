#pragma once

#include "ChangeRecord.h"

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>
#include <QVariant>

#include <optional>

namespace teren {

// How a change is written down: as a CBOR map with short keys in bundles (a bundle of
// a large region holds millions of records), and its field and base maps as CBOR
// blobs in the change log.
class ChangeCodec
{
public:
    static QCborMap toCbor(const ChangeRecord &change);
    // Throws nothing: a malformed map gives nullopt.
    static std::optional<ChangeRecord> fromCbor(const QCborMap &map);

    static QCborValue stampToCbor(const Stamp &stamp);
    static Stamp stampFromCbor(const QCborValue &value);

    // A field's value as the row's column holds it.
    static QVariant toVariant(const QCborValue &value);
};

// A change's field and base maps as the log stores them. An import encodes them on
// its decoding thread (DecodedRecords), so the thread that writes the log does not.
struct EncodedMaps
{
    QByteArray fields;
    QByteArray bases; // empty when the change has none: stored as NULL

    static EncodedMaps of(const ChangeRecord &change);
};

} // namespace teren
