#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace teren {

class Database;

// The region's codelists (areas, outcomes per area, intervention types, end
// reasons) as loaded from the file, with labels in both languages.
class Codelists
{
public:
    struct Item
    {
        QString code;
        QString labelCs;
        QString labelEn;
        bool retired = false; // still valid on the records that use it, no longer offered
        QString label(const QString &language) const { return language == u"cs" ? labelCs : labelEn; }
    };

    void load(Database &db);

    const QList<Item> &areas() const { return m_areas; }
    QList<Item> outcomes(const QString &area) const { return m_outcomes.value(area); }
    const QList<Item> &interventionTypes() const { return m_interventions; }
    const QList<Item> &endReasons() const { return m_endReasons; }

    bool isArea(const QString &code) const { return contains(m_areas, code); }
    bool isOutcome(const QString &area, const QString &code) const { return contains(m_outcomes.value(area), code); }
    bool isInterventionType(const QString &code) const { return contains(m_interventions, code); }
    bool isEndReason(const QString &code) const { return contains(m_endReasons, code); }

    // The label in the UI's current language (Czech when the locale is Czech).
    QString areaLabel(const QString &code) const { return labelOf(m_areas, code); }
    QString outcomeLabel(const QString &area, const QString &code) const
    {
        return labelOf(m_outcomes.value(area), code);
    }
    QString interventionLabel(const QString &code) const { return labelOf(m_interventions, code); }
    QString endReasonLabel(const QString &code) const { return labelOf(m_endReasons, code); }

    static QString currentLanguage();

private:
    static bool contains(const QList<Item> &list, const QString &code);
    static QString labelOf(const QList<Item> &list, const QString &code);

    QList<Item> m_areas;
    QHash<QString, QList<Item>> m_outcomes;
    QList<Item> m_interventions;
    QList<Item> m_endReasons;
};

} // namespace teren
