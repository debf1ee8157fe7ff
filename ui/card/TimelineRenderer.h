#pragma once

// Internal to the goal timeline: the drawing shared by TimelineView (on screen),
// TimelinePrinter (on paper) and TimelineLegend. Not part of ui's API.

#include "TimelineModel.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <cmath>
#include <functional>

class QPainter;

namespace teren::timeline {

inline const QColor overdueColour(0xc6, 0x28, 0x28);
inline const QColor overdueLane(0xfd, 0xec, 0xea);
inline const QColor todayColour(0x26, 0x32, 0x38);
inline const QColor stepColour(0x37, 0x47, 0x4f);
inline const QColor greyColour(0x9e, 0x9e, 0x9e);
inline const QColor gridColour(0xe0, 0xe0, 0xe0);
inline const QColor weekColour(0xf0, 0xf0, 0xf0);
inline const QColor axisBackground(0xf5, 0xf5, 0xf5);
inline const QColor labelBackground(0xfa, 0xfa, 0xfa);
inline const QColor textColour(0x21, 0x21, 0x21);
inline const QColor mutedText(0x61, 0x61, 0x61);

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

Metrics metricsFor(const QFont &base, bool forPrint, double viewWidth = 0);

// The form of month name an axis row uses for all its months: the longest (long,
// short, else narrow) in which every one of them fits, so the row never mixes forms.
QLocale::FormatType monthNameForm(const QList<QDate> &months,
                                  const std::function<bool(const QDate &, QLocale::FormatType)> &fits);

struct Row
{
    int need = 0;
    int goal = -1; // -1: the need's header row
    double top = 0;
    double height = 0;
};

QList<Row> buildRows(const TimelineData &data, const Metrics &m);
double rowsHeight(const QList<Row> &rows);

QDate stepDate(const TimelineStep &step);

// The shape of a bar in the style of its status (shared by lanes and the legend).
void paintBar(QPainter &p, const QRectF &rect, const QColor &area, const QString &status, bool overdue);
void paintStepMarker(QPainter &p, const QPointF &centre, double half, bool done, bool overdue);
void paintAchievedMarker(QPainter &p, const QPointF &centre, double radius, const QColor &area);
void paintTodayLine(QPainter &p, double x, double top, double bottom);

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

    QRectF barRect(const TimelineGoal &goal, double rowTop) const;
    double stepHalf() const { return m.barHeight * 0.65 + 1; }
    QRectF stepRect(const TimelineStep &step, double rowTop) const;
    double achievedRadius() const { return m.barHeight * 0.75; }

    void paintAxis(QPainter &p, const QRectF &band) const;
    void paintGrid(QPainter &p, const QRectF &area) const;

    // Row backgrounds, bars, markers and the today line, clipped to `content`;
    // rows are shifted down by `dy`.
    void paintLanes(QPainter &p, const QList<Row> &rows, double dy, const QRectF &content) const;
    void paintGoal(QPainter &p, const TimelineNeed &need, const TimelineGoal &goal, double top) const;

    // The fixed label column: need areas and goal texts.
    void paintLabels(QPainter &p, const QList<Row> &rows, double dy, const QRectF &column) const;
    void paintCorner(QPainter &p, const QRectF &corner) const;

    QString toolTipFor(const Row &row, double top, const QPointF &pos, bool inLabels) const;
    QString needToolTip(const TimelineNeed &need) const;
    QString goalToolTip(const TimelineGoal &goal, const TimelineNeed &need) const;
    QString stepToolTip(const TimelineStep &step, const TimelineGoal &goal) const;

private:
    const TimelineData &d;
    const Metrics &m;
    QDate m_origin;
    double m_ppd;
    double m_x0;
};

} // namespace teren::timeline
