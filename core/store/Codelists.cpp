#include "Codelists.h"

#include "storage/Database.h"

#include <QLocale>

namespace teren {

namespace {
// Need areas are fixed and have no `retired` column; the lists the region extends do.
QList<Codelists::Item> readList(Database &db, const QString &table, bool retirable = true)
{
    QList<Codelists::Item> items;
    Query query = db.prepare(QStringLiteral("SELECT code, label_cs, label_en, %2 FROM %1 WHERE deleted = 0 "
                                            "ORDER BY sort, code")
                                 .arg(table, retirable ? QStringLiteral("retired") : QStringLiteral("0")));
    query.exec();
    while (query.next())
        items.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toInt() != 0});
    return items;
}
} // namespace

void Codelists::load(Database &db)
{
    m_areas = readList(db, QStringLiteral("area"), false);
    m_interventions = readList(db, QStringLiteral("intervention_type"));
    m_endReasons = readList(db, QStringLiteral("end_reason"));
    m_outcomes.clear();
    Query query = db.prepare(QStringLiteral(
        "SELECT area, code, label_cs, label_en, retired FROM outcome WHERE deleted = 0 ORDER BY area, sort, code"));
    query.exec();
    while (query.next())
        m_outcomes[query.value(0).toString()].append({query.value(1).toString(), query.value(2).toString(),
                                                      query.value(3).toString(), query.value(4).toInt() != 0});
}

QString Codelists::currentLanguage()
{
    return QLocale().language() == QLocale::Czech ? QStringLiteral("cs") : QStringLiteral("en");
}

bool Codelists::contains(const QList<Item> &list, const QString &code)
{
    return std::any_of(list.begin(), list.end(), [&](const Item &item) { return item.code == code; });
}

QString Codelists::labelOf(const QList<Item> &list, const QString &code)
{
    for (const Item &item : list) {
        if (item.code == code)
            return item.label(currentLanguage());
    }
    return code;
}

} // namespace teren
