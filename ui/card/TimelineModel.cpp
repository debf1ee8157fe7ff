#include "TimelineModel.h"

#include <iterator>

namespace teren {

int TimelineData::goalCount() const
{
    int count = 0;
    for (const TimelineNeed &need : needs)
        count += static_cast<int>(need.goals.size());
    return count;
}

namespace {
template<typename Pick>
void forEachDate(const TimelineData &data, Pick pick)
{
    pick(data.today);
    for (const TimelineNeed &need : data.needs) {
        pick(need.identifiedOn);
        pick(need.closedOn);
        for (const TimelineGoal &goal : need.goals) {
            pick(goal.startOn);
            pick(goal.targetOn);
            pick(goal.achievedOn);
            for (const TimelineStep &step : goal.steps) {
                pick(step.dueOn);
                pick(step.doneOn);
            }
        }
    }
}
} // namespace

QDate TimelineData::firstDate() const
{
    QDate first;
    forEachDate(*this, [&](const QDate &date) {
        if (date.isValid() && (!first.isValid() || date < first))
            first = date;
    });
    return first;
}

QDate TimelineData::lastDate() const
{
    QDate last;
    forEachDate(*this, [&](const QDate &date) {
        if (date.isValid() && (!last.isValid() || date > last))
            last = date;
    });
    return last;
}

QList<QPair<QString, QString>> TimelineData::areas() const
{
    QList<QPair<QString, QString>> result;
    for (const TimelineNeed &need : needs) {
        const QPair<QString, QString> area(need.area, need.areaLabel);
        if (!result.contains(area))
            result.append(area);
    }
    return result;
}

QColor timelineAreaColour(const QString &area)
{
    struct Entry
    {
        const char16_t *code;
        QRgb rgb;
    };
    static const Entry palette[] = {
        {u"housing", 0x1f77b4},   {u"material", 0xff7f0e},           {u"employment", 0x2ca02c},
        {u"debts", 0x8c564b},     {u"usury", 0x9467bd},              {u"education", 0x17becf},
        {u"health", 0xe377c2},    {u"disease_prevention", 0xbcbd22}, {u"addiction", 0x637939},
        {u"crime", 0x393b79},     {u"family", 0xe6a800},             {u"documents", 0x00897b},
        {u"prevention", 0x7b4173}, {u"discrimination", 0xc2185b},    {u"other", 0x607d8b},
    };
    for (const Entry &entry : palette) {
        if (area == entry.code)
            return QColor::fromRgb(entry.rgb);
    }
    // FNV-1a over the code: the same colour for the same code on every run.
    quint32 hash = 2166136261U;
    for (const QChar c : area) {
        hash ^= c.unicode();
        hash *= 16777619U;
    }
    return QColor::fromRgb(palette[hash % std::size(palette)].rgb);
}

} // namespace teren
