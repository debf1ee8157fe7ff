#include "TimelinePrinter.h"

#include "TimelineLegend.h"
#include "TimelineRenderer.h"
#include "TimelineView.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPrinter>

#include <algorithm>

namespace teren {

using timeline::buildRows;
using timeline::greyColour;
using timeline::Metrics;
using timeline::metricsFor;
using timeline::mutedText;
using timeline::Renderer;
using timeline::Row;
using timeline::textColour;

namespace {

// The rows one page shows.
struct Page
{
    int firstRow = 0;
    int rowCount = 0;
};

// Pages of whole rows, each at most `bodyHeight` high (a row higher than that gets
// a page of its own); a need's header never ends a page. At least one page.
QList<Page> paginate(const QList<Row> &rows, double bodyHeight)
{
    QList<Page> pages;
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
    return pages;
}

double usedHeight(const QList<Row> &rows, const Page &page)
{
    if (page.rowCount == 0)
        return 0.0;
    const Row &lastRow = rows.at(page.firstRow + page.rowCount - 1);
    return lastRow.top + lastRow.height - rows.at(page.firstRow).top;
}

} // namespace

TimelinePrinter::TimelinePrinter(TimelineData data, const QFont &font)
    : m_data(std::move(data))
    , m_font(font)
{
}

void TimelinePrinter::print(QPrinter *printer, const QString &title, const QString &subtitle, const QDate &from,
                            const QDate &to) const
{
    QPainter p;
    if (!printer || !p.begin(printer))
        return;
    paintPages(p, QSizeF(printer->width(), printer->height()), [printer] { return printer->newPage(); }, title,
               subtitle, from, to);
    p.end();
}

void TimelinePrinter::paintPages(QPainter &p, const QSizeF &size, const std::function<bool()> &newPage,
                                 const QString &title, const QString &subtitle, const QDate &from,
                                 const QDate &to) const
{
    constexpr double pageWidth = 1000;
    const double scale = size.width() / pageWidth;
    const double pageHeight = size.height() / scale;
    p.save();
    p.scale(scale, scale);

    QFont base = m_font;
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

    const QList<QPair<QString, QString>> areas = m_data.areas();
    const double legendHeight = TimelineLegend::paintLegend(nullptr, m.small, QRectF(0, 0, pageWidth, 0), areas);

    const QList<Page> pages = paginate(rows, bodyHeight);
    const bool legendOwnPage = usedHeight(rows, pages.constLast()) + 12 + legendHeight > bodyHeight;
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
                   Qt::AlignRight | Qt::AlignVCenter, TimelineView::tr("Page %1 of %2").arg(index + 1).arg(pageCount));
    };

    for (int index = 0; index < pages.size(); ++index) {
        if (index > 0 && !newPage()) {
            p.restore();
            return;
        }
        paintFrame(index);
        const Page &page = pages.at(index);
        const QList<Row> pageRows = rows.mid(page.firstRow, page.rowCount);
        const double used = usedHeight(rows, page);
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
