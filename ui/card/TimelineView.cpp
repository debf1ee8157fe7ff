#include "TimelineView.h"

#include "domain/Codes.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPrinter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace teren {

namespace {

const QColor overdueColour(0xc6, 0x28, 0x28);
const QColor overdueLane(0xfd, 0xec, 0xea);
const QColor todayColour(0x26, 0x32, 0x38);
const QColor stepColour(0x37, 0x47, 0x4f);
const QColor greyColour(0x9e, 0x9e, 0x9e);
const QColor gridColour(0xe0, 0xe0, 0xe0);
const QColor weekColour(0xf0, 0xf0, 0xf0);
const QColor axisBackground(0xf5, 0xf5, 0xf5);
const QColor labelBackground(0xfa, 0xfa, 0xfa);
const QColor textColour(0x21, 0x21, 0x21);
const QColor mutedText(0x61, 0x61, 0x61);

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

// Sizes of one rendering, in the painter's logical units.
struct Metrics
{
    QFont font;
    QFont bold;
    QFont small;
    double labelWidth = 240;
    double axisRow = 18;
    double laneHeight = 26;
    double headerHeight = 22;
    double barHeight = 10;
    double axisHeight() const { return 2 * axisRow + 4; }
};

Metrics metricsFor(const QFont &base, bool forPrint, double viewWidth = 0)
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

struct Row
{
    int need = 0;
    int goal = -1; // -1: the need's header row
    double top = 0;
    double height = 0;
};

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

QPolygonF diamond(const QPointF &centre, double half)
{
    return QPolygonF({centre + QPointF(0, -half), centre + QPointF(half, 0), centre + QPointF(0, half),
                      centre + QPointF(-half, 0)});
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

// Everything drawn, for one mapping of dates to x.
class Renderer
{
public:
    Renderer(const TimelineData &data, const Metrics &metrics, const QDate &origin, double pixelsPerDay,
             double originX)
        : d(data)
        , m(metrics)
        , m_origin(origin)
        , m_ppd(pixelsPerDay)
        , m_x0(originX)
    {
    }

    // The middle of the day.
    double x(const QDate &date) const { return m_x0 + (static_cast<double>(m_origin.daysTo(date)) + 0.5) * m_ppd; }
    QDate dateAt(double xx) const
    {
        return m_origin.addDays(static_cast<qint64>(std::floor((xx - m_x0) / m_ppd)));
    }

    QRectF barRect(const TimelineGoal &goal, double rowTop) const
    {
        const double left = x(goal.startOn);
        const double right = x(barEnd(goal, d.today));
        const double cy = rowTop + m.laneHeight / 2;
        return QRectF(left, cy - m.barHeight / 2, right - left, m.barHeight);
    }

    double stepHalf() const { return m.barHeight * 0.65 + 1; }
    QRectF stepRect(const TimelineStep &step, double rowTop) const
    {
        const double half = stepHalf();
        const QPointF c(x(stepDate(step)), rowTop + m.laneHeight / 2);
        return QRectF(c.x() - half, c.y() - half, 2 * half, 2 * half);
    }
    double achievedRadius() const { return m.barHeight * 0.75; }

    void paintAxis(QPainter &p, const QRectF &band) const
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
            for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
                const double left = x(month) - m_ppd / 2;
                const double width = month.daysInMonth() * m_ppd;
                p.setPen(QPen(greyColour, 1));
                p.drawLine(QPointF(left, band.bottom() - 7), QPointF(left, band.bottom()));
                QString label = locale.standaloneMonthName(month.month(), QLocale::LongFormat);
                if (small.horizontalAdvance(label) + 6 > width)
                    label = locale.standaloneMonthName(month.month(), QLocale::ShortFormat);
                if (small.horizontalAdvance(label) + 4 > width)
                    label = locale.standaloneMonthName(month.month(), QLocale::NarrowFormat);
                p.setPen(mutedText);
                if (small.horizontalAdvance(label) + 2 <= width && left >= band.left() - 1)
                    drawLower(QRectF(left + 2, lowerTop, width - 2, m.axisRow), label);
            }
        }
        // Upper row: months (with the year) or years; the label sticks to the left edge.
        p.setFont(m.bold);
        for (const auto &[start, end] : upper) {
            const double left = x(start) - m_ppd / 2;
            const double right = x(end) - m_ppd / 2;
            p.setPen(QPen(greyColour, 1));
            p.drawLine(QPointF(left, band.top() + 3), QPointF(left, band.bottom()));
            QString label;
            if (fine) {
                label = locale.standaloneMonthName(start.month(), QLocale::LongFormat) + u' '
                    + QString::number(start.year());
                if (bold.horizontalAdvance(label) + 8 > right - left)
                    label = locale.standaloneMonthName(start.month(), QLocale::ShortFormat);
            } else {
                label = QString::number(start.year());
            }
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

    void paintGrid(QPainter &p, const QRectF &area) const
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
    void paintLanes(QPainter &p, const QList<Row> &rows, double dy, const QRectF &content) const
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

    void paintGoal(QPainter &p, const TimelineNeed &need, const TimelineGoal &goal, double top) const
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
    void paintLabels(QPainter &p, const QList<Row> &rows, double dy, const QRectF &column) const
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

    void paintCorner(QPainter &p, const QRectF &corner) const
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

    QString toolTipFor(const Row &row, double top, const QPointF &pos, bool inLabels) const
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

    QString needToolTip(const TimelineNeed &need) const
    {
        QStringList lines{QStringLiteral("<b>%1</b>").arg(need.areaLabel.toHtmlEscaped())};
        lines.append(TimelineView::tr("Status: %1").arg(Codes::needStatusLabel(need.status)));
        if (need.identifiedOn.isValid())
            lines.append(TimelineView::tr("Identified on: %1").arg(dateText(need.identifiedOn)));
        if (need.closedOn.isValid())
            lines.append(TimelineView::tr("Closed on: %1").arg(dateText(need.closedOn)));
        return lines.join(QStringLiteral("<br/>"));
    }

    QString goalToolTip(const TimelineGoal &goal, const TimelineNeed &need) const
    {
        QStringList lines{QStringLiteral("<b>%1</b>").arg(goal.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")))};
        lines.append(QStringLiteral("%1 · %2").arg(need.areaLabel.toHtmlEscaped(), Codes::horizonLabel(goal.horizon)));
        lines.append(TimelineView::tr("Status: %1").arg(Codes::goalStatusLabel(goal.status)));
        if (goal.startOn.isValid())
            lines.append(TimelineView::tr("Identified on: %1").arg(dateText(goal.startOn)));
        lines.append(goal.targetOn.isValid() ? TimelineView::tr("Target date: %1").arg(dateText(goal.targetOn))
                                             : TimelineView::tr("No target date"));
        if (goal.achievedOn.isValid())
            lines.append(TimelineView::tr("Achieved on: %1").arg(dateText(goal.achievedOn)));
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

    QString stepToolTip(const TimelineStep &step, const TimelineGoal &goal) const
    {
        QStringList lines{QStringLiteral("<b>%1</b>").arg(step.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")))};
        lines.append(TimelineView::tr("Step of the goal: %1").arg(goal.text.simplified().toHtmlEscaped()));
        lines.append(TimelineView::tr("Responsible: %1").arg(Codes::responsibleLabel(step.responsible)));
        lines.append(step.dueOn.isValid() ? TimelineView::tr("Due on: %1").arg(dateText(step.dueOn))
                                          : TimelineView::tr("No due date"));
        if (step.doneOn.isValid()) {
            lines.append(TimelineView::tr("Done on: %1").arg(dateText(step.doneOn)));
        } else if (isOverdue(step, d.today)) {
            lines.append(QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                             .arg(overdueColour.name(),
                                  TimelineView::tr("Overdue by %n day(s)", nullptr,
                                                   static_cast<int>(step.dueOn.daysTo(d.today)))));
        }
        return lines.join(QStringLiteral("<br/>"));
    }

private:
    const TimelineData &d;
    const Metrics &m;
    QDate m_origin;
    double m_ppd;
    double m_x0;
};

} // namespace

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

// ---------------------------------------------------------------- legend

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
