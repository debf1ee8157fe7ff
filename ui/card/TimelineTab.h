#pragma once

#include "CardTab.h"

#include <QDate>
#include <QRectF>
#include <QUuid>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QStackedWidget;

namespace teren {

class TimelineLegend;
struct TimelineData;
class TimelineView;

// The goal timeline: the client's goals and steps drawn against time, grouped by
// need, coloured by area and styled by status, with today marked; zoomable from
// four weeks to two years and printable.
class TimelineTab : public CardTab
{
    Q_OBJECT

public:
    enum class Zoom { FourWeeks, ThreeMonths, SixMonths, OneYear, TwoYears };
    Q_ENUM(Zoom)
    // What printTo() covers: the dates now visible or the whole plan.
    enum class PrintRange { WholePlan, Visible };

    explicit TimelineTab(QWidget *parent = nullptr);

    void setZoom(Zoom zoom);
    Zoom zoom() const { return m_zoom; }
    void zoomIn();
    void zoomOut();
    static int daysOf(Zoom zoom);
    static Zoom zoomToShowWhole(const TimelineData &timeline);

    // Renders the timeline on `printer` without a dialog (a PDF file, say).
    void printTo(QPrinter *printer, PrintRange range = PrintRange::WholePlan);

    // Test hooks.
    TimelineView *view() const { return m_view; }
    int laneCount() const;
    double pixelsPerDay() const;
    QRectF barRect(const QUuid &goalId) const; // in the view's viewport
    double todayX() const;
    bool showsEmptyHint() const;
    QString emptyHint() const;

protected:
    void reload() override;
    void retranslate() override;

private:
    void print();
    void updateEmptyState();

    QComboBox *m_zoomBox;
    QLabel *m_zoomLabel;
    QPushButton *m_today;
    QPushButton *m_print;
    QStackedWidget *m_stack;
    QLabel *m_hint;
    TimelineView *m_view;
    TimelineLegend *m_legend;
    Zoom m_zoom = Zoom::OneYear;
    QUuid m_shownClient;
    bool m_hasClient = false;
    QString m_clientName;
};

} // namespace teren
