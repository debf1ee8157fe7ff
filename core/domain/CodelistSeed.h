#pragma once

#include <QList>
#include <QString>

namespace teren {

// The region's codelists as a new database starts with them (docs/domain.md). They are
// data, not translations: each code carries its own Czech and English label so a
// coordinator can extend them and send them to workers in bundles.
struct CodelistEntry
{
    QString parent; // the area, for outcomes; empty otherwise
    QString code;
    QString labelCs;
    QString labelEn;
};

struct CodelistSeed
{
    static const QList<CodelistEntry> &areas();
    static const QList<CodelistEntry> &outcomes();
    static const QList<CodelistEntry> &interventionTypes();
    static const QList<CodelistEntry> &endReasons();
};

} // namespace teren
