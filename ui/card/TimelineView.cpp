#include "TimelineView.h"

#include "TimelineRenderer.h"
#include "domain/Codes.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace teren {

using timeline::buildRows;
using timeline::Metrics;
using timeline::metricsFor;
using timeline::Renderer;
using timeline::Row;
using timeline::rowsHeight;
using timeline::stepDate;

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    setMinimumHeight(160);
}

TimelineView::~TimelineView() = default;

void TimelineView::setData(const TimelineData &timeline, bool newClient)
{
    const QDate centre = m_origin.isValid() ? visibleFrom().addDays(m_visibleDays / 2) : QDate();
    m_data = timeline;
    updateRange();
    if (newClient || !centre.isValid()) {
        m_pendingReveal = true;
        if (isVisible())
            revealPlan();
    } else {
        // Keep the dates in view where they were (an edit, not a new client).
        const double centreX = (static_cast<double>(m_origin.daysTo(centre)) + 0.5) * m_pixelsPerDay;
        horizontalScrollBar()->setValue(static_cast<int>(std::lround(centreX - contentWidth() / 2)));
    }
    viewport()->update();
}

void TimelineView::setVisibleDays(int days)
{
    days = std::max(7, days);
    if (days == m_visibleDays)
        return;
    // Zoom around today when it is in view, else around the middle of the view.
    double anchor = contentWidth() / 2; // from the left edge of the lanes
    const double today = todayX() - metrics().labelWidth;
    if (m_data.today.isValid() && today >= 0 && today <= contentWidth())
        anchor = today;
    const double anchorDays = (horizontalScrollBar()->value() + anchor) / m_pixelsPerDay;
    m_visibleDays = days;
    updateRange();
    if (m_pendingReveal && isVisible())
        revealPlan();
    else
        horizontalScrollBar()->setValue(static_cast<int>(std::lround(anchorDays * m_pixelsPerDay - anchor)));
    viewport()->update();
}

void TimelineView::scrollToToday()
{
    updateRange();
    const double todayOffset = (static_cast<double>(m_origin.daysTo(m_data.today)) + 0.5) * m_pixelsPerDay;
    horizontalScrollBar()->setValue(static_cast<int>(std::lround(todayOffset - contentWidth() * 0.3)));
    m_pendingReveal = false;
    viewport()->update();
}

namespace {
constexpr int marginDaysBefore = 14;
constexpr int marginDaysAfter = 31;

QDate planStart(const TimelineData &timeline)
{
    const QDate first = timeline.firstDate();
    return first.isValid() && first < timeline.today ? first : timeline.today;
}

QDate planEnd(const TimelineData &timeline)
{
    const QDate last = timeline.lastDate();
    return last.isValid() && last > timeline.today ? last : timeline.today;
}
} // namespace

int TimelineView::daysToShowWhole(const TimelineData &timeline)
{
    if (!timeline.today.isValid())
        return 0;
    return static_cast<int>(planStart(timeline).daysTo(planEnd(timeline))) + marginDaysBefore + marginDaysAfter;
}

void TimelineView::revealPlan()
{
    updateRange();
    if (!m_data.today.isValid() || daysToShowWhole(m_data) > m_visibleDays) {
        scrollToToday();
        return;
    }
    const QDate from = planStart(m_data).addDays(-marginDaysBefore);
    horizontalScrollBar()->setValue(static_cast<int>(std::lround(m_origin.daysTo(from) * m_pixelsPerDay)));
    m_pendingReveal = false;
    viewport()->update();
}

QDate TimelineView::visibleFrom() const
{
    return m_origin.addDays(static_cast<qint64>(std::floor(horizontalScrollBar()->value() / m_pixelsPerDay)));
}

QDate TimelineView::visibleTo() const
{
    return m_origin.addDays(
        static_cast<qint64>(std::floor((horizontalScrollBar()->value() + contentWidth() - 1) / m_pixelsPerDay)));
}

double TimelineView::contentWidth() const
{
    const Metrics m = metrics();
    return std::max(50.0, viewport()->width() - m.labelWidth);
}

double TimelineView::contentHeight() const
{
    const Metrics m = metrics();
    return std::max(1.0, viewport()->height() - m.axisHeight());
}

double TimelineView::originX() const
{
    return metrics().labelWidth - horizontalScrollBar()->value();
}

namespace {
// How close to the label column's edge the pointer grabs it.
constexpr int edgeGrab = 4;
// The lanes keep at least this much of the view when the column is widened.
constexpr double minimumLanes = 120;
} // namespace

Metrics TimelineView::metrics() const
{
    Metrics m = metricsFor(font(), false, viewport()->width());
    if (m_labelWidth > 0) {
        const double least = std::ceil(QFontMetricsF(font()).averageCharWidth() * 8);
        const double most = std::max(least, viewport()->width() - minimumLanes);
        m.labelWidth = std::clamp(std::round(m_labelWidth), least, most);
    }
    return m;
}

double TimelineView::labelWidth() const
{
    return metrics().labelWidth;
}

void TimelineView::setLabelWidth(double width)
{
    const QDate from = m_origin.isValid() ? visibleFrom() : QDate();
    m_labelWidth = std::max(0.0, width);
    updateRange();
    // The first visible day stays where it was; the lanes narrow or widen to its right.
    if (from.isValid())
        horizontalScrollBar()->setValue(static_cast<int>(std::lround(m_origin.daysTo(from) * m_pixelsPerDay)));
    viewport()->update();
}

double TimelineView::labelWidthForAll() const
{
    const Metrics m = metricsFor(font(), false, viewport()->width());
    const QFontMetricsF bold(m.bold);
    const QFontMetricsF normal(m.font);
    const QFontMetricsF small(m.small);
    double widest = 0;
    // The same insets as Renderer::paintLabels: 10 + 6 around a need (and its status),
    // 18 + 6 around a goal (bold when overdue).
    for (const TimelineNeed &need : m_data.needs) {
        const double status = Codes::isOpenNeedStatus(need.status)
            ? 0
            : small.horizontalAdvance(Codes::needStatusLabel(need.status)) + 6;
        widest = std::max(widest, bold.horizontalAdvance(need.areaLabel) + status + 16);
        for (const TimelineGoal &goal : need.goals)
            widest = std::max(widest, bold.horizontalAdvance(goal.text.simplified()) + 24);
    }
    return std::ceil(widest + 2);
}

bool TimelineView::onLabelEdge(const QPoint &pos) const
{
    return std::abs(pos.x() - labelWidth()) <= edgeGrab;
}

void TimelineView::updateRange()
{
    m_pixelsPerDay = contentWidth() / m_visibleDays;
    const QDate today = m_data.today.isValid() ? m_data.today : QDate::currentDate();
    const QDate first = (m_data.firstDate().isValid() ? m_data.firstDate() : today).addDays(-marginDaysBefore);
    const QDate last = (m_data.lastDate().isValid() ? m_data.lastDate() : today).addDays(marginDaysAfter);
    m_origin = QDate(first.year(), first.month(), 1);
    const int needed = static_cast<int>(std::ceil(contentWidth() / m_pixelsPerDay));
    m_rangeDays = std::max(static_cast<int>(m_origin.daysTo(last)) + 1, needed);
    updateScrollBars();
}

void TimelineView::updateScrollBars()
{
    const Metrics m = metrics();
    const double width = contentWidth();
    QScrollBar *h = horizontalScrollBar();
    h->setRange(0, std::max(0, static_cast<int>(std::ceil(m_rangeDays * m_pixelsPerDay - width))));
    h->setPageStep(static_cast<int>(width));
    h->setSingleStep(std::max(1, static_cast<int>(m_pixelsPerDay * (m_pixelsPerDay >= 12 ? 1 : 7))));
    const double height = contentHeight();
    QScrollBar *v = verticalScrollBar();
    v->setRange(0, std::max(0, static_cast<int>(std::ceil(rowsHeight(buildRows(m_data, m)) - height))));
    v->setPageStep(static_cast<int>(height));
    v->setSingleStep(static_cast<int>(m.laneHeight));
}

QRectF TimelineView::barRect(const QUuid &goalId) const
{
    const Metrics m = metrics();
    const Renderer r(m_data, m, m_origin, m_pixelsPerDay, originX());
    const double dy = m.axisHeight() - verticalScrollBar()->value();
    for (const Row &row : buildRows(m_data, m)) {
        if (row.goal >= 0 && m_data.needs.at(row.need).goals.at(row.goal).id == goalId)
            return r.barRect(m_data.needs.at(row.need).goals.at(row.goal), row.top + dy);
    }
    return {};
}

QRectF TimelineView::stepMarkerRect(const QUuid &stepId) const
{
    const Metrics m = metrics();
    const Renderer r(m_data, m, m_origin, m_pixelsPerDay, originX());
    const double dy = m.axisHeight() - verticalScrollBar()->value();
    for (const Row &row : buildRows(m_data, m)) {
        if (row.goal < 0)
            continue;
        for (const TimelineStep &step : m_data.needs.at(row.need).goals.at(row.goal).steps) {
            if (step.id == stepId && stepDate(step).isValid())
                return r.stepRect(step, row.top + dy);
        }
    }
    return {};
}

double TimelineView::xForDate(const QDate &date) const
{
    const Metrics m = metrics();
    return Renderer(m_data, m, m_origin, m_pixelsPerDay, originX()).x(date);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const Metrics m = metrics();
    const QRectF all(viewport()->rect());
    const Renderer r(m_data, m, m_origin, m_pixelsPerDay, originX());
    const QList<Row> rows = buildRows(m_data, m);
    const double dy = m.axisHeight() - verticalScrollBar()->value();
    const QRectF content(m.labelWidth, m.axisHeight(), all.width() - m.labelWidth, all.height() - m.axisHeight());
    const QRectF column(0, m.axisHeight(), m.labelWidth, all.height() - m.axisHeight());
    r.paintLanes(p, rows, dy, content);
    r.paintLabels(p, rows, dy, column);
    r.paintAxis(p, QRectF(m.labelWidth, 0, all.width() - m.labelWidth, m.axisHeight()));
    r.paintCorner(p, QRectF(0, 0, m.labelWidth, m.axisHeight()));
    // A grip on the label column's edge, which can be dragged.
    p.setPen(QPen(timeline::greyColour, 1));
    const double middle = m.axisHeight() / 2;
    for (const double x : {m.labelWidth - 4.5, m.labelWidth - 2.5})
        p.drawLine(QPointF(x, middle - 5), QPointF(x, middle + 5));
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    const double oldHalf = horizontalScrollBar()->pageStep() / 2.0;
    const double centreDays = (horizontalScrollBar()->value() + oldHalf) / m_pixelsPerDay;
    QAbstractScrollArea::resizeEvent(event);
    updateRange();
    if (m_pendingReveal && isVisible())
        revealPlan();
    else
        horizontalScrollBar()->setValue(static_cast<int>(std::lround(centreDays * m_pixelsPerDay - contentWidth() / 2)));
}

void TimelineView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    if (m_pendingReveal)
        revealPlan();
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            Q_EMIT zoomStepRequested(delta > 0 ? 1 : -1);
        event->accept();
        return;
    }
    if ((event->modifiers() & Qt::ShiftModifier) && event->angleDelta().x() == 0) {
        QScrollBar *h = horizontalScrollBar();
        h->setValue(h->value() - event->angleDelta().y() * h->singleStep() / 120);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && onLabelEdge(mouse->position().toPoint())) {
            m_draggingLabelEdge = true;
            return true;
        }
        break;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (m_draggingLabelEdge) {
            setLabelWidth(mouse->position().x());
            return true;
        }
        if (onLabelEdge(mouse->position().toPoint()))
            viewport()->setCursor(Qt::SplitHCursor);
        else
            viewport()->unsetCursor();
        break;
    }
    case QEvent::MouseButtonRelease:
        if (m_draggingLabelEdge) {
            m_draggingLabelEdge = false;
            return true;
        }
        break;
    case QEvent::MouseButtonDblClick:
        if (onLabelEdge(static_cast<QMouseEvent *>(event)->position().toPoint())) {
            setLabelWidth(labelWidthForAll());
            return true;
        }
        break;
    case QEvent::Leave:
        if (!m_draggingLabelEdge)
            viewport()->unsetCursor();
        break;
    default:
        break;
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString TimelineView::toolTipAt(const QPoint &pos) const
{
    const Metrics m = metrics();
    if (pos.y() < m.axisHeight())
        return {};
    const Renderer r(m_data, m, m_origin, m_pixelsPerDay, originX());
    const double dy = m.axisHeight() - verticalScrollBar()->value();
    for (const Row &row : buildRows(m_data, m)) {
        const double top = row.top + dy;
        if (pos.y() >= top && pos.y() < top + row.height)
            return r.toolTipFor(row, top, QPointF(pos), pos.x() < m.labelWidth);
    }
    return {};
}

} // namespace teren
