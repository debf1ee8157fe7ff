#pragma once

#include "TimelineModel.h"

#include <QFont>
#include <QSizeF>

#include <functional>

class QPainter;
class QPrinter;

namespace teren {

// The goal timeline on paper: a title, the dates from..to fitted to the page width,
// as many pages as the lanes need (a need's header never ends a page), the legend
// last. Laid out on a page 1000 units wide, whatever the device's resolution.
class TimelinePrinter
{
public:
    // `font` gives the family; the sizes are the printout's own.
    TimelinePrinter(TimelineData data, const QFont &font);

    // Renders on `printer` (no dialog). Invalid dates stand for the plan's first and
    // last date.
    void print(QPrinter *printer, const QString &title, const QString &subtitle, const QDate &from,
               const QDate &to) const;
    // The same on any device `size` device pixels large (an image, for a preview);
    // `newPage` starts the next page and returns false to stop.
    void paintPages(QPainter &painter, const QSizeF &size, const std::function<bool()> &newPage,
                    const QString &title, const QString &subtitle, const QDate &from, const QDate &to) const;

private:
    TimelineData m_data;
    QFont m_font;
};

} // namespace teren
