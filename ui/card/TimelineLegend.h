#pragma once

#include <QList>
#include <QPair>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QWidget>

class QFont;
class QPainter;

namespace teren {

// The legend under the timeline: the colours of the areas shown and the styles of
// goal and step states. Wraps to as many lines as its width needs.
class TimelineLegend : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineLegend(QWidget *parent = nullptr);
    void setAreas(const QList<QPair<QString, QString>> &areas); // code, label
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Paints the legend into `rect` (its width used, its top as the start) and
    // returns the height it took; with `painter` null it only measures.
    static double paintLegend(QPainter *painter, const QFont &font, const QRectF &rect,
                              const QList<QPair<QString, QString>> &areas);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QPair<QString, QString>> m_areas;
};

} // namespace teren
