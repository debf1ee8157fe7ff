#include "TimelineLegend.h"

#include "TimelineRenderer.h"
#include "TimelineView.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QSizePolicy>

#include <algorithm>
#include <cmath>

namespace teren {

using timeline::paintAchievedMarker;
using timeline::paintBar;
using timeline::paintStepMarker;
using timeline::paintTodayLine;
using timeline::textColour;

TimelineLegend::TimelineLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineLegend"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void TimelineLegend::setAreas(const QList<QPair<QString, QString>> &areas)
{
    m_areas = areas;
    updateGeometry();
    update();
}

int TimelineLegend::heightForWidth(int width) const
{
    return static_cast<int>(std::ceil(paintLegend(nullptr, font(), QRectF(0, 0, width, 0), m_areas)));
}

QSize TimelineLegend::sizeHint() const
{
    const int width = std::max(400, this->width());
    return QSize(width, heightForWidth(width));
}

QSize TimelineLegend::minimumSizeHint() const
{
    return QSize(100, heightForWidth(std::max(100, width())));
}

void TimelineLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintLegend(&p, font(), QRectF(rect()), m_areas);
}

double TimelineLegend::paintLegend(QPainter *painter, const QFont &font, const QRectF &rect,
                                   const QList<QPair<QString, QString>> &areas)
{
    enum class Kind { Area, Achieved, Open, Overdue, NotAchieved, Dropped, StepDone, StepOpen, StepOverdue, Today };
    struct Item
    {
        Kind kind;
        QString label;
        QColor colour;
    };
    const QColor sample = timelineAreaColour(QStringLiteral("housing"));
    const QList<Item> statuses = {
        {Kind::Achieved, TimelineView::tr("Achieved"), sample},
        {Kind::Open, TimelineView::tr("Open"), sample},
        {Kind::Overdue, TimelineView::tr("Overdue"), sample},
        {Kind::NotAchieved, TimelineView::tr("Not achieved"), sample},
        {Kind::Dropped, TimelineView::tr("Dropped"), sample},
        {Kind::StepDone, TimelineView::tr("Step done"), sample},
        {Kind::StepOpen, TimelineView::tr("Step to do"), sample},
        {Kind::StepOverdue, TimelineView::tr("Step overdue"), sample},
        {Kind::Today, TimelineView::tr("Today"), sample},
    };
    QList<Item> items;
    for (const auto &[code, label] : areas)
        items.append({Kind::Area, label, timelineAreaColour(code)});

    const QFontMetricsF fm(font);
    const double line = std::ceil(fm.height() + 6);
    const double symbolWidth = std::ceil(fm.height() * 1.8);
    const double gap = 6;
    const double spacing = 16;
    double x = rect.left() + 4;
    double y = rect.top() + 3;
    bool lineStarted = false;
    if (painter) {
        painter->save();
        painter->setFont(font);
    }
    const auto place = [&](const Item &item) {
        const double width = symbolWidth + gap + fm.horizontalAdvance(item.label);
        if (lineStarted && x + width > rect.right() - 4) {
            x = rect.left() + 4;
            y += line;
        }
        lineStarted = true;
        if (painter) {
            const QRectF symbol(x, y + (line - fm.height() * 0.7) / 2, symbolWidth, fm.height() * 0.7);
            const QPointF centre = symbol.center();
            switch (item.kind) {
            case Kind::Area:
                painter->fillRect(symbol, item.colour);
                break;
            case Kind::Achieved:
                paintBar(*painter, symbol, QColor(0x75, 0x75, 0x75), QStringLiteral("achieved"), false);
                paintAchievedMarker(*painter, QPointF(symbol.right() - symbol.height() * 0.6, centre.y()),
                                    symbol.height() * 0.6, QColor(0x75, 0x75, 0x75));
                break;
            case Kind::Open:
                paintBar(*painter, symbol, QColor(0x75, 0x75, 0x75), QStringLiteral("open"), false);
                break;
            case Kind::Overdue:
                paintBar(*painter, symbol, QColor(0x75, 0x75, 0x75), QStringLiteral("open"), true);
                break;
            case Kind::NotAchieved:
                paintBar(*painter, symbol, QColor(0x75, 0x75, 0x75), QStringLiteral("not_achieved"), false);
                break;
            case Kind::Dropped:
                paintBar(*painter, symbol, QColor(0x75, 0x75, 0x75), QStringLiteral("dropped"), false);
                break;
            case Kind::StepDone:
                paintStepMarker(*painter, centre, symbol.height() * 0.65, true, false);
                break;
            case Kind::StepOpen:
                paintStepMarker(*painter, centre, symbol.height() * 0.65, false, false);
                break;
            case Kind::StepOverdue:
                paintStepMarker(*painter, centre, symbol.height() * 0.65, false, true);
                break;
            case Kind::Today:
                paintTodayLine(*painter, centre.x(), y + 2, y + line - 2);
                break;
            }
            painter->setPen(textColour);
            painter->drawText(QRectF(x + symbolWidth + gap, y, width - symbolWidth - gap + 1, line),
                              Qt::AlignLeft | Qt::AlignVCenter, item.label);
        }
        x += width + spacing;
    };
    for (const Item &item : statuses)
        place(item);
    // The areas start on a line of their own.
    if (!items.isEmpty()) {
        x = rect.left() + 4;
        y += line;
        lineStarted = false;
        for (const Item &item : items)
            place(item);
    }
    if (painter)
        painter->restore();
    return y + line + 3 - rect.top();
}

} // namespace teren
