#include "TimelineView.h"

#include "TimelineLegend.h"
#include "TimelineRenderer.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <QPrinter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace teren {

using timeline::buildRows;
using timeline::greyColour;
using timeline::Metrics;
using timeline::metricsFor;
using timeline::mutedText;
using timeline::Renderer;
using timeline::Row;
using timeline::rowsHeight;
using timeline::stepDate;
using timeline::textColour;

// ---------------------------------------------------------------- data

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

// ---------------------------------------------------------------- view

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
    const double today = todayX() - metricsFor(font(), false, viewport()->width()).labelWidth;
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
    const Metrics m = metricsFor(font(), false, viewport()->width());
    return std::max(50.0, viewport()->width() - m.labelWidth);
}

double TimelineView::contentHeight() const
{
    const Metrics m = metricsFor(font(), false, viewport()->width());
    return std::max(1.0, viewport()->height() - m.axisHeight());
}

double TimelineView::originX() const
{
    return metricsFor(font(), false, viewport()->width()).labelWidth - horizontalScrollBar()->value();
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
    const Metrics m = metricsFor(font(), false, viewport()->width());
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
    const Metrics m = metricsFor(font(), false, viewport()->width());
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
    const Metrics m = metricsFor(font(), false, viewport()->width());
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
    const Metrics m = metricsFor(font(), false, viewport()->width());
    return Renderer(m_data, m, m_origin, m_pixelsPerDay, originX()).x(date);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const Metrics m = metricsFor(font(), false, viewport()->width());
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
    const Metrics m = metricsFor(font(), false, viewport()->width());
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

void TimelineView::print(QPrinter *printer, const QString &title, const QString &subtitle, const QDate &from,
                         const QDate &to) const
{
    QPainter p;
    if (!printer || !p.begin(printer))
        return;
    paintPages(p, QSizeF(printer->width(), printer->height()), [printer] { return printer->newPage(); }, title,
               subtitle, from, to);
    p.end();
}

void TimelineView::paintPages(QPainter &p, const QSizeF &size, const std::function<bool()> &newPage,
                              const QString &title, const QString &subtitle, const QDate &from,
                              const QDate &to) const
{
    // Lay out on a page 1000 units wide, whatever the device's resolution.
    constexpr double pageWidth = 1000;
    const double scale = size.width() / pageWidth;
    const double pageHeight = size.height() / scale;
    p.save();
    p.scale(scale, scale);

    QFont base = font();
    base.setPixelSize(11);
    const Metrics m = metricsFor(base, true);
    QFont titleFont = base;
    titleFont.setPixelSize(17);
    titleFont.setBold(true);

    const QDate first = from.isValid() ? from : m_data.firstDate();
    const QDate last = std::max(to.isValid() ? to : m_data.lastDate(), first);
    const double ppd = (pageWidth - m.labelWidth) / static_cast<double>(first.daysTo(last) + 1);
    const Renderer r(m_data, m, first, ppd, m.labelWidth);
    const QList<Row> rows = buildRows(m_data, m);

    const double titleHeight = QFontMetricsF(titleFont).height() + QFontMetricsF(m.font).height() + 14;
    const double footerHeight = QFontMetricsF(m.small).height() + 8;
    const double bodyTop = titleHeight + m.axisHeight();
    const double bodyHeight = std::max(m.laneHeight * 3, pageHeight - bodyTop - footerHeight);

    QList<QPair<QString, QString>> areas;
    for (const TimelineNeed &need : m_data.needs) {
        const QPair<QString, QString> area(need.area, need.areaLabel);
        if (!areas.contains(area))
            areas.append(area);
    }
    const double legendHeight = TimelineLegend::paintLegend(nullptr, m.small, QRectF(0, 0, pageWidth, 0), areas);

    // Pages of whole rows; a need's header never ends a page.
    QList<QPair<int, int>> pages; // first row, row count
    int start = 0;
    while (start < rows.size()) {
        const double top = rows.at(start).top;
        int end = start;
        while (end < rows.size() && rows.at(end).top + rows.at(end).height - top <= bodyHeight)
            ++end;
        if (end == start)
            end = start + 1;
        if (end < rows.size() && end - start > 1 && rows.at(end - 1).goal < 0)
            --end;
        pages.append({start, end - start});
        start = end;
    }
    if (pages.isEmpty())
        pages.append({0, 0});
    const auto usedHeight = [&](const QPair<int, int> &page) {
        if (page.second == 0)
            return 0.0;
        const Row &lastRow = rows.at(page.first + page.second - 1);
        return lastRow.top + lastRow.height - rows.at(page.first).top;
    };
    const bool legendOwnPage = usedHeight(pages.constLast()) + 12 + legendHeight > bodyHeight;
    const int pageCount = static_cast<int>(pages.size()) + (legendOwnPage ? 1 : 0);

    const auto paintFrame = [&](int index) {
        p.setFont(titleFont);
        p.setPen(textColour);
        const double titleLine = QFontMetricsF(titleFont).height();
        p.drawText(QRectF(0, 0, pageWidth, titleLine), Qt::AlignLeft | Qt::AlignVCenter, title);
        p.setFont(m.font);
        p.setPen(mutedText);
        p.drawText(QRectF(0, titleLine + 2, pageWidth, QFontMetricsF(m.font).height()), Qt::AlignLeft | Qt::AlignVCenter,
                   subtitle);
        p.setFont(m.small);
        p.drawText(QRectF(0, pageHeight - footerHeight + 4, pageWidth, footerHeight - 4),
                   Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(index + 1).arg(pageCount));
    };

    for (int index = 0; index < pages.size(); ++index) {
        if (index > 0 && !newPage()) {
            p.restore();
            return;
        }
        paintFrame(index);
        const QPair<int, int> &page = pages.at(index);
        const QList<Row> pageRows = rows.mid(page.first, page.second);
        const double used = usedHeight(page);
        const double dy = bodyTop - (pageRows.isEmpty() ? 0 : pageRows.constFirst().top);
        r.paintLanes(p, pageRows, dy, QRectF(m.labelWidth, bodyTop, pageWidth - m.labelWidth, used));
        r.paintLabels(p, pageRows, dy, QRectF(0, bodyTop, m.labelWidth, used));
        r.paintAxis(p, QRectF(m.labelWidth, titleHeight, pageWidth - m.labelWidth, m.axisHeight()));
        r.paintCorner(p, QRectF(0, titleHeight, m.labelWidth, m.axisHeight()));
        p.setPen(QPen(greyColour, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(0, titleHeight, pageWidth, m.axisHeight() + used));
        if (index == pages.size() - 1 && !legendOwnPage)
            TimelineLegend::paintLegend(&p, m.small, QRectF(0, bodyTop + used + 12, pageWidth, legendHeight), areas);
    }
    if (legendOwnPage && newPage()) {
        paintFrame(pageCount - 1);
        TimelineLegend::paintLegend(&p, m.small, QRectF(0, titleHeight, pageWidth, legendHeight), areas);
    }
    p.restore();
}

} // namespace teren
