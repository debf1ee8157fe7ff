#include "CodelistEditor.h"

#include "Store.h"
#include "domain/Error.h"

#include <QRegularExpression>

namespace teren {

namespace {

RowKey keyOf(CodelistEditor::List list, const QString &code, const QString &area)
{
    return list == CodelistEditor::List::Outcome ? RowKey::ofOutcome(area, code) : RowKey::ofCode(code);
}

} // namespace

QString CodelistEditor::tableOf(List list)
{
    switch (list) {
    case List::InterventionType:
        return QStringLiteral("intervention_type");
    case List::Outcome:
        return QStringLiteral("outcome");
    case List::EndReason:
        return QStringLiteral("end_reason");
    }
    return {};
}

void CodelistEditor::requireLabels(const QString &labelCs, const QString &labelEn)
{
    if (labelCs.trimmed().isEmpty())
        throw ValidationError(tr("The Czech label is missing: every code has a label in both languages."),
                              QStringLiteral("label_cs"));
    if (labelEn.trimmed().isEmpty())
        throw ValidationError(tr("The English label is missing: every code has a label in both languages."),
                              QStringLiteral("label_en"));
}

bool CodelistEditor::exists(List list, const QString &code, const QString &area)
{
    // Deleted or retired, a code once used keeps its meaning: it is never made again.
    return list == List::Outcome
        ? m_store.database()
              .scalar(QStringLiteral("SELECT 1 FROM outcome WHERE area = ? AND code = ?"), {area, code})
              .isValid()
        : m_store.database()
              .scalar(QStringLiteral("SELECT 1 FROM %1 WHERE code = ?").arg(tableOf(list)), {code})
              .isValid();
}

void CodelistEditor::add(List list, const QString &code, const QString &labelCs, const QString &labelEn,
                         const QString &area)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (!pattern.match(code).hasMatch())
        throw ValidationError(tr("\"%1\" cannot be a code: use lower-case letters without diacritics, digits and "
                                 "underscores, starting with a letter (e.g. debt_advice).")
                                  .arg(code),
                              QStringLiteral("code"));
    if (list == List::Outcome && !m_store.codelists().isArea(area))
        throw ValidationError(tr("Unknown need area \"%1\".").arg(area), QStringLiteral("area"));
    requireLabels(labelCs, labelEn);
    if (exists(list, code, area))
        throw ValidationError(tr("The code \"%1\" exists already (codes are never re-used, also when retired).")
                                  .arg(code),
                              QStringLiteral("code"));
    Database &db = m_store.database();
    const QString table = tableOf(list);
    Transaction transaction(db);
    const int sort = (list == List::Outcome
                          ? db.scalar(QStringLiteral("SELECT coalesce(max(sort), 0) FROM outcome WHERE area = ?"),
                                      {area})
                          : db.scalar(QStringLiteral("SELECT coalesce(max(sort), 0) FROM %1").arg(table)))
                         .toInt()
        + 1;
    m_store.recorder().insert(table, keyOf(list, code, area),
                              {QStringLiteral("label_cs"), QStringLiteral("label_en"), QStringLiteral("sort"),
                               QStringLiteral("retired")},
                              {labelCs.trimmed(), labelEn.trimmed(), sort, 0});
    transaction.commit();
    m_store.reloadCodelists();
}

void CodelistEditor::relabel(List list, const QString &code, const QString &labelCs, const QString &labelEn,
                             const QString &area)
{
    requireLabels(labelCs, labelEn);
    if (!exists(list, code, area))
        throw ValidationError(tr("Unknown code \"%1\".").arg(code), QStringLiteral("code"));
    Transaction transaction(m_store.database());
    m_store.recorder().update(tableOf(list), keyOf(list, code, area),
                              {QStringLiteral("label_cs"), QStringLiteral("label_en")},
                              {labelCs.trimmed(), labelEn.trimmed()});
    transaction.commit();
    m_store.reloadCodelists();
}

void CodelistEditor::setRetired(List list, const QString &code, bool retired, const QString &area)
{
    if (!exists(list, code, area))
        throw ValidationError(tr("Unknown code \"%1\".").arg(code), QStringLiteral("code"));
    Transaction transaction(m_store.database());
    m_store.recorder().update(tableOf(list), keyOf(list, code, area), {QStringLiteral("retired")},
                              {retired ? 1 : 0});
    transaction.commit();
    m_store.reloadCodelists();
}

} // namespace teren
