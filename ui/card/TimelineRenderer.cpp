#include "TimelineRenderer.h"

#include "Formats.h"
#include "TimelineView.h"
#include "domain/Codes.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <functional>

namespace teren::timeline {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

bool isOverdue(const TimelineGoal &goal, const QDate &today)
{
    return goal.status == u"open" && goal.targetOn.isValid() && goal.targetOn < today;
}

bool isOverdue(const TimelineStep &step, const QDate &today)
{
    return !step.doneOn.isValid() && step.dueOn.isValid() && step.dueOn < today;
}

QDate barEnd(const TimelineGoal &goal, const QDate &today)
{
    QDate end = goal.targetOn.isValid() ? goal.targetOn : (goal.achievedOn.isValid() ? goal.achievedOn : today);
    return std::max(end, goal.startOn);
}

QPolygonF diamond(const QPointF &centre, double half)
{
    return QPolygonF({centre + QPointF(0, -half), centre + QPointF(half, 0), centre + QPointF(0, half),
                      centre + QPointF(-half, 0)});
}

} // namespace

QLocale::FormatType monthNameForm(const QList<QDate> &months,
                                  const std::function<bool(const QDate &, QLocale::FormatType)> &fits)
{
    for (const QLocale::FormatType type : {QLocale::LongFormat, QLocale::ShortFormat}) {
        if (std::all_of(months.cbegin(), months.cend(), [&](const QDate &month) { return fits(month, type); }))
            return type;
    }
    return QLocale::NarrowFormat;
}

Metrics metricsFor(const QFont &base, bool forPrint, double viewWidth)
{
    Metrics m;
    m.font = base;
    m.bold = base;
    m.bold.setBold(true);
    m.small = base;
    if (base.pixelSize() > 0)
        m.small.setPixelSize(std::max(6, base.pixelSize() * 85 / 100));
    else
        m.small.setPointSizeF(base.pointSizeF() * 0.85);
    const QFontMetricsF fm(base);
    const double line = fm.height();
    m.axisRow = std::ceil(line + 4);
    m.laneHeight = std::ceil(line * (forPrint ? 1.45 : 1.75));
    m.headerHeight = std::ceil(line + (forPrint ? 5 : 8));
    m.barHeight = std::ceil(line * 0.6);
    // The label column: about a quarter of the view, enough for ~30 characters.
    const double minimum = std::ceil(fm.averageCharWidth() * 28);
    m.labelWidth = forPrint ? 250 : std::clamp(std::floor(viewWidth * 0.25), minimum, std::max(minimum, 340.0));
    return m;
}

QList<Row> buildRows(const TimelineData &data, const Metrics &m)
{
    QList<Row> rows;
    double y = 0;
    for (int n = 0; n < data.needs.size(); ++n) {
        rows.append(Row{n, -1, y, m.headerHeight});
        y += m.headerHeight;
        for (int g = 0; g < data.needs.at(n).goals.size(); ++g) {
            rows.append(Row{n, g, y, m.laneHeight});
            y += m.laneHeight;
        }
    }
    return rows;
}

double rowsHeight(const QList<Row> &rows)
{
    return rows.isEmpty() ? 0 : rows.constLast().top + rows.constLast().height;
}

QDate stepDate(const TimelineStep &step)
{
    return step.dueOn.isValid() ? step.dueOn : step.doneOn;
}

// The shape of a bar in the style of its status (shared by lanes and the legend).
void paintBar(QPainter &p, const QRectF &rect, const QColor &area, const QString &status, bool overdue)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const double radius = std::min(3.0, rect.height() / 3);
    QRectF r = rect;
    if (r.width() < 3)
        r.setWidth(3);
    if (status == u"achieved") {
        p.setPen(QPen(area.darker(140), 1));
        p.setBrush(area);
        p.drawRoundedRect(r, radius, radius);
    } else if (status == u"not_achieved" || status == u"dropped") {
        const bool dropped = status == u"dropped";
        p.setPen(Qt::NoPen);
        p.setBrush(dropped ? QColor(0xf5, 0xf5, 0xf5) : QColor(0xe8, 0xe8, 0xe8));
        p.drawRoundedRect(r, radius, radius);
        p.setBrush(QBrush(dropped ? QColor(0xbd, 0xbd, 0xbd) : greyColour,
                          dropped ? Qt::FDiagPattern : Qt::BDiagPattern));
        p.drawRoundedRect(r, radius, radius);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(greyColour, 1, dropped ? Qt::DashLine : Qt::SolidLine));
        p.drawRoundedRect(r, radius, radius);
    } else {
        p.setBrush(mix(area, Qt::white, 0.55));
        p.setPen(overdue ? QPen(overdueColour, 2) : QPen(area, 1.2));
        p.drawRoundedRect(r, radius, radius);
    }
    p.restore();
}

void paintStepMarker(QPainter &p, const QPointF &centre, double half, bool done, bool overdue)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    if (done) {
        p.setPen(QPen(Qt::white, 1));
        p.setBrush(stepColour);
    } else {
        p.setBrush(Qt::white);
        p.setPen(overdue ? QPen(overdueColour, 2) : QPen(stepColour, 1.4));
    }
    p.drawPolygon(diamond(centre, half));
    p.restore();
}

void paintAchievedMarker(QPainter &p, const QPointF &centre, double radius, const QColor &area)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(Qt::white, 1));
    p.setBrush(area.darker(160));
    p.drawEllipse(centre, radius, radius);
    QPen tick(Qt::white, std::max(1.2, radius / 3));
    tick.setCapStyle(Qt::RoundCap);
    tick.setJoinStyle(Qt::RoundJoin);
    p.setPen(tick);
    p.setBrush(Qt::NoBrush);
    QPainterPath path;
    path.moveTo(centre + QPointF(-radius * 0.45, 0));
    path.lineTo(centre + QPointF(-radius * 0.1, radius * 0.38));
    path.lineTo(centre + QPointF(radius * 0.5, -radius * 0.4));
    p.drawPath(path);
    p.restore();
}

void paintTodayLine(QPainter &p, double x, double top, double bottom)
{
    p.save();
    p.setPen(QPen(todayColour, 2));
    p.drawLine(QPointF(x, top), QPointF(x, bottom));
    p.restore();
}

// ---------------------------------------------------------------- renderer

QRectF Renderer::barRect(const TimelineGoal &goal, double rowTop) const
{
    const double left = x(goal.startOn);
    const double right = x(barEnd(goal, d.today));
    const double cy = rowTop + m.laneHeight / 2;
    return QRectF(left, cy - m.barHeight / 2, right - left, m.barHeight);
}

QRectF Renderer::stepRect(const TimelineStep &step, double rowTop) const
{
    const double half = stepHalf();
    const QPointF c(x(stepDate(step)), rowTop + m.laneHeight / 2);
    return QRectF(c.x() - half, c.y() - half, 2 * half, 2 * half);
}

void Renderer::paintAxis(QPainter &p, const QRectF &band) const
{
    p.save();
    p.setClipRect(band);
    p.fillRect(band, axisBackground);
    const QDate from = dateAt(band.left()).addDays(-1);
    const QDate to = dateAt(band.right()).addDays(1);
    const double upperBase = band.top() + m.axisRow;
    const double lowerTop = upperBase;
    const QLocale locale;
    p.setFont(m.small);
    const QFontMetricsF small(m.small);
    const QFontMetricsF bold(m.bold);
    // The "Today" badge sits over the lower row; labels it would cover are left out.
    const QString todayText = TimelineView::tr("Today");
    const double todayPos = x(d.today);
    const bool todayShown = todayPos >= band.left() && todayPos <= band.right();
    QRectF badge;
    if (todayShown) {
        const double w = bold.horizontalAdvance(todayText) + 10;
        badge = QRectF(todayPos - w / 2, lowerTop + 1, w, m.axisRow - 2);
        if (badge.left() < band.left())
            badge.moveLeft(band.left());
        if (badge.right() > band.right())
            badge.moveRight(band.right());
    }
    const auto drawLower = [&](const QRectF &cell, const QString &label) {
        const QRectF text(cell.left(), cell.top(), small.horizontalAdvance(label) + 1, cell.height());
        if (!todayShown || !text.intersects(badge))
            p.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter, label);
    };
    QList<std::pair<QDate, QDate>> upper; // periods labelled in the upper row
    const bool fine = m_ppd >= 5;
    if (fine) {
        for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1))
            upper.append({month, month.addMonths(1)});
    } else {
        for (int year = from.year(); year <= to.year(); ++year)
            upper.append({QDate(year, 1, 1), QDate(year + 1, 1, 1)});
    }
    // Lower row: ticks.
    p.setPen(mutedText);
    if (fine) {
        const bool daily = m_ppd >= 18;
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            const bool monday = day.dayOfWeek() == 1;
            if (!daily && !monday)
                continue;
            const double left = x(day) - m_ppd / 2;
            p.setPen(QPen(monday ? greyColour : gridColour, 1));
            p.drawLine(QPointF(left, band.bottom() - (monday ? 7 : 4)), QPointF(left, band.bottom()));
            const double width = daily ? m_ppd : 7 * m_ppd;
            const QString label = QString::number(day.day()) + (locale.language() == QLocale::Czech
                                                                    ? QStringLiteral(".")
                                                                    : QString());
            p.setPen(day.dayOfWeek() >= 6 && daily ? greyColour : mutedText);
            if (small.horizontalAdvance(label) + 4 <= width && left >= band.left())
                drawLower(QRectF(left + 2, lowerTop, width - 2, m.axisRow), label);
        }
    } else {
        // One form of month name along the row: the longest in which every month fits.
        QList<QDate> months;
        for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1))
            months.append(month);
        const QLocale::FormatType form = monthNameForm(months, [&](const QDate &month, QLocale::FormatType type) {
            return small.horizontalAdvance(locale.standaloneMonthName(month.month(), type)) + 6
                <= month.daysInMonth() * m_ppd;
        });
        for (const QDate &month : std::as_const(months)) {
            const double left = x(month) - m_ppd / 2;
            const double width = month.daysInMonth() * m_ppd;
            p.setPen(QPen(greyColour, 1));
            p.drawLine(QPointF(left, band.bottom() - 7), QPointF(left, band.bottom()));
            const QString label = locale.standaloneMonthName(month.month(), form);
            p.setPen(mutedText);
            if (small.horizontalAdvance(label) + 2 <= width && left >= band.left() - 1)
                drawLower(QRectF(left + 2, lowerTop, width - 2, m.axisRow), label);
        }
    }
    // Upper row: months (with the year) or years; the label sticks to the left edge.
    // The months are named in one form along the row, as in the lower row.
    p.setFont(m.bold);
    const auto monthAndYear = [&](const QDate &month, QLocale::FormatType type) -> QString {
        return locale.standaloneMonthName(month.month(), type) + u' ' + QString::number(month.year());
    };
    QList<QDate> upperMonths;
    for (const auto &[start, end] : upper)
        upperMonths.append(start);
    const QLocale::FormatType upperForm =
        monthNameForm(upperMonths, [&](const QDate &month, QLocale::FormatType type) {
            return bold.horizontalAdvance(monthAndYear(month, type)) + 8 <= month.daysInMonth() * m_ppd;
        });
    for (const auto &[start, end] : upper) {
        const double left = x(start) - m_ppd / 2;
        const double right = x(end) - m_ppd / 2;
        p.setPen(QPen(greyColour, 1));
        p.drawLine(QPointF(left, band.top() + 3), QPointF(left, band.bottom()));
        const QString label = fine ? monthAndYear(start, upperForm) : QString::number(start.year());
        const double textWidth = bold.horizontalAdvance(label);
        double tx = std::max(left + 4, band.left() + 4);
        tx = std::min(tx, right - textWidth - 4);
        if (textWidth + 8 > right - left)
            continue;
        p.setPen(textColour);
        p.drawText(QRectF(tx, band.top(), textWidth + 2, m.axisRow), Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    p.setPen(QPen(greyColour, 1));
    p.drawLine(band.bottomLeft(), band.bottomRight());
    // The "Today" badge over the lower row.
    if (todayShown) {
        p.setFont(m.bold);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(Qt::NoPen);
        p.setBrush(todayColour);
        p.drawRoundedRect(badge, 3, 3);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, todayText);
        p.setPen(QPen(todayColour, 2));
        p.drawLine(QPointF(todayPos, badge.bottom()), QPointF(todayPos, band.bottom()));
    }
    p.restore();
}

void Renderer::paintGrid(QPainter &p, const QRectF &area) const
{
    p.save();
    const QDate from = dateAt(area.left()).addDays(-1);
    const QDate to = dateAt(area.right()).addDays(1);
    if (m_ppd >= 12) {
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            if (day.dayOfWeek() >= 6)
                p.fillRect(QRectF(x(day) - m_ppd / 2, area.top(), m_ppd, area.height()), QColor(0xf7, 0xf7, 0xf7));
        }
    }
    if (m_ppd >= 5) {
        p.setPen(QPen(weekColour, 1));
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            if (day.dayOfWeek() == 1)
                p.drawLine(QPointF(x(day) - m_ppd / 2, area.top()), QPointF(x(day) - m_ppd / 2, area.bottom()));
        }
    }
    p.setPen(QPen(gridColour, 1));
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
        const double left = x(month) - m_ppd / 2;
        p.drawLine(QPointF(left, area.top()), QPointF(left, area.bottom()));
    }
    p.restore();
}

// Row backgrounds, bars, markers and the today line, clipped to `content`;
// rows are shifted down by `dy`.
void Renderer::paintLanes(QPainter &p, const QList<Row> &rows, double dy, const QRectF &content) const
{
    p.save();
    p.setClipRect(content);
    p.fillRect(content, Qt::white);
    for (const Row &row : rows) {
        const QRectF band(content.left(), row.top + dy, content.width(), row.height);
        if (band.bottom() < content.top() || band.top() > content.bottom())
            continue;
        const TimelineNeed &need = d.needs.at(row.need);
        if (row.goal < 0) {
            p.fillRect(band, mix(timelineAreaColour(need.area), Qt::white, 0.9));
        } else if (isOverdue(need.goals.at(row.goal), d.today)) {
            p.fillRect(band, overdueLane);
        }
    }
    paintGrid(p, content);
    for (const Row &row : rows) {
        const double top = row.top + dy;
        if (top + row.height < content.top() || top > content.bottom())
            continue;
        p.setPen(QPen(gridColour, 1));
        p.drawLine(QPointF(content.left(), top + row.height), QPointF(content.right(), top + row.height));
        if (row.goal >= 0)
            paintGoal(p, d.needs.at(row.need), d.needs.at(row.need).goals.at(row.goal), top);
    }
    paintTodayLine(p, x(d.today), content.top(), content.bottom());
    p.restore();
}

void Renderer::paintGoal(QPainter &p, const TimelineNeed &need, const TimelineGoal &goal, double top) const
{
    const QColor area = timelineAreaColour(need.area);
    const bool overdue = isOverdue(goal, d.today);
    const QRectF bar = barRect(goal, top);
    if (overdue) {
        // How far past its target date the goal is.
        p.save();
        p.setPen(QPen(overdueColour, 2, Qt::DashLine));
        p.drawLine(QPointF(bar.right(), bar.center().y()), QPointF(x(d.today), bar.center().y()));
        p.restore();
    }
    paintBar(p, bar, area, goal.status, overdue);
    if (!goal.targetOn.isValid() && goal.status == u"open") {
        // No target date: the bar runs to today and fades out.
        p.save();
        QLinearGradient fade(bar.right() - 12, 0, bar.right() + 1, 0);
        fade.setColorAt(0, QColor(255, 255, 255, 0));
        fade.setColorAt(1, QColor(255, 255, 255, 230));
        p.fillRect(QRectF(bar.right() - 12, bar.top() - 1, 14, bar.height() + 2), fade);
        p.restore();
    }
    if (goal.status == u"achieved" && goal.achievedOn.isValid())
        paintAchievedMarker(p, QPointF(x(goal.achievedOn), bar.center().y()), achievedRadius(), area);
    for (const TimelineStep &step : goal.steps) {
        if (!stepDate(step).isValid())
            continue;
        paintStepMarker(p, QPointF(x(stepDate(step)), bar.center().y()), stepHalf(), step.doneOn.isValid(),
                        isOverdue(step, d.today));
    }
}

// The fixed label column: need areas and goal texts.
void Renderer::paintLabels(QPainter &p, const QList<Row> &rows, double dy, const QRectF &column) const
{
    p.save();
    p.setClipRect(column);
    p.fillRect(column, labelBackground);
    const QFontMetricsF bold(m.bold);
    const QFontMetricsF normal(m.font);
    const QFontMetricsF small(m.small);
    for (const Row &row : rows) {
        const double top = row.top + dy;
        if (top + row.height < column.top() || top > column.bottom())
            continue;
        const TimelineNeed &need = d.needs.at(row.need);
        const QRectF band(column.left(), top, column.width(), row.height);
        if (row.goal < 0) {
            const QColor area = timelineAreaColour(need.area);
            p.fillRect(band, mix(area, Qt::white, 0.82));
            p.fillRect(QRectF(band.left(), band.top(), 5, band.height()), area);
            const QString status = Codes::isOpenNeedStatus(need.status) ? QString()
                                                                          : Codes::needStatusLabel(need.status);
            const double statusWidth = status.isEmpty() ? 0 : small.horizontalAdvance(status) + 6;
            const QRectF textRect = band.adjusted(10, 0, -6 - statusWidth, 0);
            p.setFont(m.bold);
            p.setPen(textColour);
            p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                       bold.elidedText(need.areaLabel, Qt::ElideRight, textRect.width()));
            if (!status.isEmpty()) {
                p.setFont(m.small);
                p.setPen(mutedText);
                p.drawText(band.adjusted(0, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter, status);
            }
        } else {
            const TimelineGoal &goal = need.goals.at(row.goal);
            const bool overdue = isOverdue(goal, d.today);
            if (overdue)
                p.fillRect(band, overdueLane);
            const QRectF textRect = band.adjusted(18, 0, -6, 0);
            const bool closed = goal.status == u"not_achieved" || goal.status == u"dropped";
            p.setFont(overdue ? m.bold : m.font);
            p.setPen(overdue ? overdueColour : (closed ? mutedText : textColour));
            const QFontMetricsF &fm = overdue ? bold : normal;
            p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(goal.text.simplified(), Qt::ElideRight, textRect.width()));
        }
        p.setPen(QPen(gridColour, 1));
        p.drawLine(QPointF(band.left(), band.bottom()), QPointF(band.right(), band.bottom()));
    }
    p.setPen(QPen(greyColour, 1));
    p.drawLine(QPointF(column.right(), column.top()), QPointF(column.right(), column.bottom()));
    p.restore();
}

void Renderer::paintCorner(QPainter &p, const QRectF &corner) const
{
    p.save();
    p.fillRect(corner, axisBackground);
    p.setPen(QPen(greyColour, 1));
    p.drawLine(corner.bottomLeft(), corner.bottomRight());
    p.drawLine(corner.topRight(), corner.bottomRight());
    p.setFont(m.bold);
    p.setPen(mutedText);
    p.drawText(corner.adjusted(8, 0, -4, -4), Qt::AlignLeft | Qt::AlignBottom,
               QFontMetricsF(m.bold).elidedText(TimelineView::tr("Needs and goals"), Qt::ElideRight,
                                                corner.width() - 12));
    p.restore();
}

QString Renderer::toolTipFor(const Row &row, double top, const QPointF &pos, bool inLabels) const
{
    const TimelineNeed &need = d.needs.at(row.need);
    if (row.goal < 0)
        return needToolTip(need);
    const TimelineGoal &goal = need.goals.at(row.goal);
    if (!inLabels) {
        // The topmost thing first: steps, then the achieved marker, then the bar.
        for (auto it = goal.steps.crbegin(); it != goal.steps.crend(); ++it) {
            if (stepDate(*it).isValid() && stepRect(*it, top).adjusted(-2, -2, 2, 2).contains(pos))
                return stepToolTip(*it, goal);
        }
        const QRectF bar = barRect(goal, top);
        const double r = achievedRadius();
        const bool onMarker = goal.achievedOn.isValid()
            && QRectF(x(goal.achievedOn) - r, bar.center().y() - r, 2 * r, 2 * r).contains(pos);
        if (!onMarker && !bar.adjusted(-3, -4, 3, 4).contains(pos))
            return {};
    }
    return goalToolTip(goal, need);
}

QString Renderer::needToolTip(const TimelineNeed &need) const
{
    QStringList lines{QStringLiteral("<b>%1</b>").arg(need.areaLabel.toHtmlEscaped())};
    lines.append(TimelineView::tr("Status: %1").arg(Codes::needStatusLabel(need.status)));
    if (need.identifiedOn.isValid())
        lines.append(TimelineView::tr("Identified on: %1").arg(Formats::shortDate(need.identifiedOn)));
    if (need.closedOn.isValid())
        lines.append(TimelineView::tr("Closed on: %1").arg(Formats::shortDate(need.closedOn)));
    return lines.join(QStringLiteral("<br/>"));
}

QString Renderer::goalToolTip(const TimelineGoal &goal, const TimelineNeed &need) const
{
    QStringList lines{QStringLiteral("<b>%1</b>").arg(goal.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")))};
    lines.append(QStringLiteral("%1 · %2").arg(need.areaLabel.toHtmlEscaped(), Codes::horizonLabel(goal.horizon)));
    lines.append(TimelineView::tr("Status: %1").arg(Codes::goalStatusLabel(goal.status)));
    if (goal.startOn.isValid())
        lines.append(TimelineView::tr("Identified on: %1").arg(Formats::shortDate(goal.startOn)));
    lines.append(goal.targetOn.isValid() ? TimelineView::tr("Target date: %1").arg(Formats::shortDate(goal.targetOn))
                                         : TimelineView::tr("No target date"));
    if (goal.achievedOn.isValid())
        lines.append(TimelineView::tr("Achieved on: %1").arg(Formats::shortDate(goal.achievedOn)));
    if (isOverdue(goal, d.today)) {
        lines.append(QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                         .arg(overdueColour.name(),
                              TimelineView::tr("Overdue by %n day(s)", nullptr,
                                               static_cast<int>(goal.targetOn.daysTo(d.today)))));
    }
    if (!goal.steps.isEmpty()) {
        int done = 0;
        for (const TimelineStep &step : goal.steps)
            done += step.doneOn.isValid() ? 1 : 0;
        lines.append(TimelineView::tr("Steps done: %1 of %2").arg(done).arg(goal.steps.size()));
    }
    return lines.join(QStringLiteral("<br/>"));
}

QString Renderer::stepToolTip(const TimelineStep &step, const TimelineGoal &goal) const
{
    QStringList lines{QStringLiteral("<b>%1</b>").arg(step.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")))};
    lines.append(TimelineView::tr("Step of the goal: %1").arg(goal.text.simplified().toHtmlEscaped()));
    lines.append(TimelineView::tr("Responsible: %1").arg(Codes::responsibleLabel(step.responsible)));
    lines.append(step.dueOn.isValid() ? TimelineView::tr("Due on: %1").arg(Formats::shortDate(step.dueOn))
                                      : TimelineView::tr("No due date"));
    if (step.doneOn.isValid()) {
        lines.append(TimelineView::tr("Done on: %1").arg(Formats::shortDate(step.doneOn)));
    } else if (isOverdue(step, d.today)) {
        lines.append(QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                         .arg(overdueColour.name(),
                              TimelineView::tr("Overdue by %n day(s)", nullptr,
                                               static_cast<int>(step.dueOn.daysTo(d.today)))));
    }
    return lines.join(QStringLiteral("<br/>"));
}

} // namespace teren::timeline
