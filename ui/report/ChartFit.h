#pragma once

#include <QFont>
#include <QList>
#include <QSizeF>
#include <QStringList>

class QChart;
class QValueAxis;

namespace teren {

// Lays a report chart's axes out for the size the chart has, so that no label is
// cut short. Qt Charts shortens a label to "..." when it does not fit its slot and
// gives all the axes on one side at most 40 % of the chart; so category labels
// along the bottom turn upright when they do not fit side by side, category labels
// at the left wrap onto more lines, and only when that is not enough the labels'
// font gets smaller. Whole-number value axes (the histogram's months) space their
// ticks so that the numbers do not crowd. Used by the dashboard on every resize and
// by the PDF for its page.
class ChartFit
{
public:
    // Sets the fonts of everything the chart writes: axis labels and the legend in
    // `font`, axis titles in its bold. Before the first fit.
    static void setFonts(QChart *chart, const QFont &font);

    // Marks a value axis whose labels are whole numbers of a unit (months): fit()
    // then puts a tick every 1, 2, 3, 6, 12... units, as close as the labels allow.
    static void markWholeUnits(QValueAxis *axis);

    // Lays the chart out for its current size. The chart must be in a scene (a
    // QChartView's or one of its own). Starts from the labels as the chart was made,
    // so it can be called again after every resize.
    static void fit(QChart *chart);

    // What fit() settled on for a chart's category axes at the chart's size.
    struct Settled
    {
        struct Axis
        {
            QStringList full;  // the labels as the chart was made
            QFont made;        // the labels' font as the chart was made
            QStringList shown; // wrapped or not
            QFont font;        // smaller or not
            int angle = 0;
        };
        QSizeF size;
        QList<Axis> axes;
    };
    static Settled settled(const QChart *chart);
    // fit(), starting from how an earlier chart of the same size and labels was
    // settled (the dashboard after a refresh): one layout instead of a round of
    // layouts per attempt, unless a label is still cut.
    static void fitLike(QChart *chart, const Settled &earlier);

    // The height that gives each category of a chart's left category axis room for
    // its label at `width` (in the chart's units), between `minimum` and `maximum`;
    // `minimum` for a chart without one. Resizes and fits the chart.
    static double heightFor(QChart *chart, double width, double minimum, double maximum);

    // The text of every axis label the chart shows as now laid out, as plain text
    // (wrapped lines joined by a space).
    static QStringList axisLabels(const QChart *chart);
    // The labels Qt Charts has shortened ("Karlo..."), as shown.
    static QStringList cutLabels(const QChart *chart);
};

} // namespace teren
