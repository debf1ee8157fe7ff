#include "ChartFit.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QTextDocument>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace teren {

namespace {

// Dynamic properties on an axis: what it was made with, so every fit starts there.
constexpr const char *fullCategories = "terenFullCategories";
constexpr const char *madeFont = "terenMadeFont";
constexpr const char *wholeUnits = "terenWholeUnits";

// Fonts shrink to no less than this share of their size.
constexpr double smallestScale = 0.6;
// Of the chart's width, what wrapped labels at the left may take (Qt Charts allows
// 40 % for all the axes on both sides, the value axis's numbers included).
constexpr double leftLabelShare = 0.34;

QString plainText(const QString &html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return html;
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

bool isCut(const QString &text)
{
    return text.endsWith(QStringLiteral("...")) || text.endsWith(QChar(0x2026));
}

QString withoutEllipsis(const QString &text)
{
    QString prefix = text;
    while (prefix.endsWith(u'.') || prefix.endsWith(QChar(0x2026)))
        prefix.chop(1);
    return prefix;
}

QList<QGraphicsTextItem *> textItems(const QChart *chart)
{
    QList<QGraphicsTextItem *> items;
    if (!chart->scene())
        return items;
    for (QGraphicsItem *item : chart->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible() && chart->isAncestorOf(item))
            items.append(text);
    }
    return items;
}

void relayout(QChart *chart)
{
    if (QGraphicsLayout *layout = chart->layout()) {
        layout->invalidate();
        layout->activate();
    }
}

// Breaks `text` at spaces into lines no wider than `width` (a word longer than that
// stays whole), as the HTML a category label is shown as.
QString wrapped(const QString &text, const QFont &font, double width)
{
    const QFontMetricsF metrics(font);
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines.append(line);
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    if (lines.size() <= 1)
        return text;
    for (QString &each : lines)
        each = each.toHtmlEscaped();
    return lines.join(QStringLiteral("<br/>"));
}

QFont scaled(QFont font, double scale)
{
    if (font.pixelSize() > 0)
        font.setPixelSize(std::max(6, static_cast<int>(std::lround(font.pixelSize() * scale))));
    else
        font.setPointSizeF(std::max(5.0, font.pointSizeF() * scale));
    return font;
}

// How one category axis is laid out in the current round.
struct AxisFit
{
    QBarCategoryAxis *axis = nullptr;
    QStringList full;
    QFont font;
    bool horizontal = true; // along the bottom or the top
    int step = 0;
    double angle = 0;
    double wrapWidth = 0; // 0: one line
    double scale = 1;

    void apply() const
    {
        const QFont shown = scaled(font, scale);
        QStringList categories;
        for (const QString &label : full)
            categories.append(wrapWidth > 0 ? wrapped(label, shown, wrapWidth) : label);
        axis->setLabelsFont(shown);
        axis->setLabelsAngle(static_cast<int>(angle));
        if (axis->categories() != categories)
            axis->setCategories(categories);
    }

    bool owns(const QString &cut) const
    {
        const QString prefix = withoutEllipsis(cut).trimmed();
        for (const QString &category : axis->categories()) {
            if (plainText(category).startsWith(prefix))
                return true;
        }
        return false;
    }

    // The next layout to try; false when there is none left.
    bool advance(const QChart *chart)
    {
        const QFontMetricsF metrics(scaled(font, scale));
        double longest = 0;
        bool spaces = false;
        for (const QString &label : full) {
            longest = std::max(longest, metrics.horizontalAdvance(label));
            spaces = spaces || label.contains(u' ');
        }
        ++step;
        if (horizontal && step == 1) {
            angle = -90; // upright: each label needs only a line's height of width
            return true;
        }
        if (horizontal && step == 2 && spaces) {
            wrapWidth = longest * 0.55; // upright on two lines: half as tall
            return true;
        }
        if (!horizontal && step == 1 && spaces) {
            wrapWidth = chart->size().width() * leftLabelShare;
            return true;
        }
        if (scale * 0.9 < smallestScale)
            return false;
        scale *= 0.9;
        return true;
    }
};

void spaceWholeUnits(QChart *chart)
{
    bool changed = false;
    for (QAbstractAxis *abstract : chart->axes(Qt::Horizontal)) {
        auto *axis = qobject_cast<QValueAxis *>(abstract);
        if (!axis || !axis->property(wholeUnits).toBool())
            continue;
        const double range = axis->max() - axis->min();
        const double perUnit = range > 0 ? chart->plotArea().width() / range : 0;
        const double label = QFontMetricsF(axis->labelsFont())
                                 .horizontalAdvance(QString::number(static_cast<int>(std::floor(axis->max()))))
            + 14;
        double interval = 1;
        for (const double step : {1.0, 2.0, 3.0, 6.0, 12.0, 24.0, 36.0, 60.0, 120.0, 240.0, 600.0}) {
            interval = step;
            if (step * perUnit >= label)
                break;
        }
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        if (axis->tickInterval() != interval) {
            axis->setTickInterval(interval);
            changed = true;
        }
    }
    if (changed)
        relayout(chart);
}

QList<QBarCategoryAxis *> categoryAxes(const QChart *chart)
{
    QList<QBarCategoryAxis *> axes;
    for (QAbstractAxis *abstract : chart->axes()) {
        if (auto *axis = qobject_cast<QBarCategoryAxis *>(abstract))
            axes.append(axis);
    }
    return axes;
}

} // namespace

void ChartFit::setFonts(QChart *chart, const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(font);
        axis->setTitleFont(bold);
        axis->setProperty(madeFont, font);
    }
    chart->legend()->setFont(font);
    chart->setTitleFont(bold);
    for (QAbstractSeries *series : chart->series()) {
        if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices())
                slice->setLabelFont(font);
        }
    }
}

void ChartFit::markWholeUnits(QValueAxis *axis)
{
    axis->setProperty(wholeUnits, true);
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

void ChartFit::fit(QChart *chart)
{
    if (!chart || !chart->scene() || chart->size().isEmpty())
        return;
    QList<AxisFit> fits;
    for (QAbstractAxis *abstract : chart->axes()) {
        auto *axis = qobject_cast<QBarCategoryAxis *>(abstract);
        if (!axis)
            continue;
        if (!axis->property(fullCategories).isValid())
            axis->setProperty(fullCategories, axis->categories());
        if (!axis->property(madeFont).isValid())
            axis->setProperty(madeFont, axis->labelsFont());
        AxisFit fit;
        fit.axis = axis;
        fit.full = axis->property(fullCategories).toStringList();
        fit.font = axis->property(madeFont).value<QFont>();
        fit.horizontal = axis->orientation() == Qt::Horizontal;
        fit.apply();
        fits.append(fit);
    }
    relayout(chart);
    spaceWholeUnits(chart);
    for (int round = 0; round < 16 && !fits.isEmpty(); ++round) {
        const QStringList cut = cutLabels(chart);
        if (cut.isEmpty())
            return;
        bool changed = false;
        for (AxisFit &fit : fits) {
            const bool owns = std::any_of(cut.cbegin(), cut.cend(), [&](const QString &text) { return fit.owns(text); });
            if (owns && fit.advance(chart)) {
                fit.apply();
                changed = true;
            }
        }
        if (!changed)
            return;
        relayout(chart);
        spaceWholeUnits(chart);
    }
}

ChartFit::Settled ChartFit::settled(const QChart *chart)
{
    Settled settled;
    settled.size = chart->size();
    for (QBarCategoryAxis *axis : categoryAxes(chart)) {
        Settled::Axis fitted;
        fitted.full = axis->property(fullCategories).toStringList();
        fitted.made = axis->property(madeFont).value<QFont>();
        fitted.shown = axis->categories();
        fitted.font = axis->labelsFont();
        fitted.angle = axis->labelsAngle();
        settled.axes.append(fitted);
    }
    return settled;
}

void ChartFit::fitLike(QChart *chart, const Settled &earlier)
{
    if (!chart || !chart->scene() || chart->size().isEmpty())
        return;
    const QList<QBarCategoryAxis *> axes = categoryAxes(chart);
    bool same = !axes.isEmpty() && chart->size() == earlier.size && axes.size() == earlier.axes.size();
    for (qsizetype i = 0; same && i < axes.size(); ++i) {
        QBarCategoryAxis *axis = axes.at(i);
        same = !axis->property(fullCategories).isValid() && axis->categories() == earlier.axes.at(i).full
            && axis->labelsFont() == earlier.axes.at(i).made;
    }
    if (!same) {
        fit(chart);
        return;
    }
    for (qsizetype i = 0; i < axes.size(); ++i) {
        QBarCategoryAxis *axis = axes.at(i);
        const Settled::Axis &fitted = earlier.axes.at(i);
        axis->setProperty(fullCategories, fitted.full);
        axis->setProperty(madeFont, fitted.made);
        axis->setLabelsFont(fitted.font);
        axis->setLabelsAngle(fitted.angle);
        if (axis->categories() != fitted.shown)
            axis->setCategories(fitted.shown);
    }
    relayout(chart);
    spaceWholeUnits(chart);
    if (!cutLabels(chart).isEmpty())
        fit(chart);
}

double ChartFit::heightFor(QChart *chart, double width, double minimum, double maximum)
{
    QBarCategoryAxis *left = nullptr;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical))
        left = left ? left : qobject_cast<QBarCategoryAxis *>(axis);
    if (!left) {
        chart->resize(width, minimum);
        fit(chart);
        return minimum;
    }
    chart->resize(width, maximum);
    fit(chart);
    qsizetype lines = 1;
    for (const QString &category : left->categories())
        lines = std::max(lines, category.count(QStringLiteral("<br/>")) + 1);
    int bars = 0;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *barSeries = qobject_cast<QAbstractBarSeries *>(series))
            bars += static_cast<int>(barSeries->count());
    }
    // Qt Charts gives each label the plot's height over one more than the number of
    // categories, less a padding above and below.
    const double lineHeight = QFontMetricsF(left->labelsFont()).lineSpacing();
    const double count = left->count();
    const double plot = std::max((count + 1) * (lineHeight * static_cast<double>(lines) + 12),
                                 count * lineHeight * 0.7 * bars);
    const double around = chart->size().height() - chart->plotArea().height();
    double needed = std::clamp(std::ceil(plot + around), minimum, maximum);
    // Taller until the labels keep the font they were made with (or there is no more room).
    const QFont made = left->property(madeFont).value<QFont>();
    for (int attempt = 0; attempt < 8; ++attempt) {
        chart->resize(width, needed);
        fit(chart);
        if (left->labelsFont() == made || needed >= maximum)
            break;
        needed = std::min(maximum, std::ceil(needed * 1.15));
    }
    return needed;
}

QStringList ChartFit::axisLabels(const QChart *chart)
{
    QStringList titles{chart->title()};
    for (const QAbstractAxis *axis : chart->axes())
        titles.append(axis->titleText());
    QStringList labels;
    for (const QGraphicsTextItem *item : textItems(chart)) {
        if (chart->legend() && chart->legend()->isAncestorOf(item))
            continue;
        const QString text = item->toPlainText().simplified();
        if (!text.isEmpty() && !titles.contains(text))
            labels.append(text);
    }
    return labels;
}

QStringList ChartFit::cutLabels(const QChart *chart)
{
    QStringList cut;
    for (const QGraphicsTextItem *item : textItems(chart)) {
        const QString text = item->toPlainText();
        if (isCut(text))
            cut.append(text);
    }
    return cut;
}

} // namespace teren
