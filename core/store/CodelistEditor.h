#pragma once

#include <QCoreApplication>
#include <QString>

namespace teren {

class Store;

// The region extends its codelists: intervention types, outcomes (per need area) and
// cooperation end reasons, each code with a Czech and an English label. A code is
// never deleted or re-keyed once it exists; it can be retired, after which it stays
// valid on the records that use it and in reports, but is no longer offered. Need
// areas are fixed: the indicators depend on them. Every edit is a synced change.
class CodelistEditor
{
    Q_DECLARE_TR_FUNCTIONS(CodelistEditor)

public:
    enum class List { InterventionType, Outcome, EndReason };

    explicit CodelistEditor(Store &store) : m_store(store) {}

    // `area` only for outcomes. Throws a translated ValidationError: a code that is
    // not lower-case letters, digits and underscores, one that exists already (also
    // retired), an unknown area, a label missing in either language.
    void add(List list, const QString &code, const QString &labelCs, const QString &labelEn,
             const QString &area = {});
    void relabel(List list, const QString &code, const QString &labelCs, const QString &labelEn,
                 const QString &area = {});
    void setRetired(List list, const QString &code, bool retired, const QString &area = {});

    static QString tableOf(List list);

private:
    void requireLabels(const QString &labelCs, const QString &labelEn);
    bool exists(List list, const QString &code, const QString &area);

    Store &m_store;
};

} // namespace teren
