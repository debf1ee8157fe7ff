#pragma once

#include "TimelineModel.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QRectF>
#include <QString>
#include <QUuid>

namespace teren {

namespace timeline {
struct Metrics;
}

// Draws the timeline: a fixed label column at the left, a fixed time axis at the top
// and one lane per goal (under a header row per need), scrolling in both directions.
// Zoom is given as the number of days the visible width spans. The label column is
// as wide as the user drags its right edge (double-click: wide enough for the
// longest label); a label's tooltip holds its whole text.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // New content. For a new client the view reveals the plan (see revealPlan);
    // otherwise (an edit) the visible dates stay where they were.
    void setData(const TimelineData &timeline, bool newClient);
    const TimelineData &data() const { return m_data; }

    // Zoom: the visible width spans this many days (anchored at the view's centre).
    void setVisibleDays(int days);
    int visibleDays() const { return m_visibleDays; }
    double pixelsPerDay() const { return m_pixelsPerDay; }

    void scrollToToday();
    // The whole plan from its first date when it fits the view, else today near the
    // left third.
    void revealPlan();
    // How many days the whole plan spans, with the margins the view keeps around it.
    static int daysToShowWhole(const TimelineData &timeline);
    QDate visibleFrom() const;
    QDate visibleTo() const;

    // The label column's width in pixels; setLabelWidth(0) gives the automatic width
    // (about a quarter of the view). Kept between a few characters and all but a
    // strip of the lanes.
    double labelWidth() const;
    void setLabelWidth(double width);
    // The width at which every need and goal label shows in full (at most what
    // setLabelWidth allows).
    double labelWidthForAll() const;

    // Test hooks, in viewport coordinates.
    int laneCount() const { return m_data.goalCount(); }
    QRectF barRect(const QUuid &goalId) const;
    double xForDate(const QDate &date) const;
    double todayX() const { return xForDate(m_data.today); }
    QRectF stepMarkerRect(const QUuid &stepId) const;
    QString toolTipAt(const QPoint &pos) const;

Q_SIGNALS:
    // Ctrl+wheel: positive = zoom in.
    void zoomStepRequested(int steps);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    double contentWidth() const;  // of the visible part right of the label column
    double contentHeight() const; // of the visible part below the axis
    void updateRange();
    void updateScrollBars();
    double originX() const; // viewport x of m_origin's left edge
    timeline::Metrics metrics() const;
    bool onLabelEdge(const QPoint &pos) const;

    TimelineData m_data;
    QDate m_origin; // the first day of the scrollable range
    int m_rangeDays = 0;
    int m_visibleDays = 365;
    double m_pixelsPerDay = 3;
    bool m_pendingReveal = false;
    double m_labelWidth = 0; // 0: automatic
    bool m_draggingLabelEdge = false;
};

} // namespace teren
