#include "ReportPdf.h"

#include "domain/Version.h"

#include "ChartFit.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <memory>

namespace teren {

namespace {

// The page is laid out in points (1/72 in) on an A4 portrait page with 15 mm margins.
constexpr int dpi = 72;
// Charts are laid out at twice the page's resolution (their fonts in whole pixels
// are then half points) and drawn at half that size.
constexpr double chartScale = 2;
// Around a table cell's text, in points.
constexpr double cellPadding = 3;
constexpr double rowPadding = 2;
// Fonts of tables shrink to this size before anything would be cut.
constexpr double smallestTableFont = 6;

struct Block
{
    double height = 0;
    bool keepWithNext = false; // starts on the same page as the block after it
    int header = -1;           // of a table row: its table's header, repeated atop a new page
    std::function<void(QPainter &, double top)> draw;
};

struct Fonts
{
    QFont body;
    QFont heading;
    QFont title;
    QFont chart; // in pixels of the chart's layout
};

double longestWord(const QFontMetricsF &metrics, const QString &text)
{
    double longest = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        longest = std::max(longest, metrics.horizontalAdvance(word));
    return longest;
}

bool hasLetters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

// A table's font and column widths: every column as wide as its widest cell and its
// header when that fits the page; else headers and names wrap at spaces (no column
// narrower than its longest word); else the font gets smaller.
struct TableFit
{
    QFont font;
    QFont bold;
    QList<double> widths;
    QList<Qt::Alignment> align;
};

TableFit fitTable(const QStringList &headers, const QList<QStringList> &rows, const QFont &base, double width,
                  QPaintDevice *device)
{
    const auto columns = headers.size();
    TableFit fit;
    // Names and words at the left, numbers at the right.
    for (qsizetype c = 0; c < columns; ++c) {
        qsizetype words = 0, cells = 0;
        for (const QStringList &row : rows) {
            if (c < row.size() && !row.at(c).isEmpty()) {
                ++cells;
                words += hasLetters(row.at(c)) ? 1 : 0;
            }
        }
        fit.align.append(c == 0 || words * 2 > cells ? Qt::AlignLeft : Qt::AlignRight);
    }
    for (double size = base.pointSizeF();; size -= 0.5) {
        fit.font = base;
        fit.font.setPointSizeF(size);
        fit.bold = fit.font;
        fit.bold.setBold(true);
        const QFontMetricsF plain(fit.font, device);
        const QFontMetricsF strong(fit.bold, device);
        QList<double> natural(columns, 0), least(columns, 0);
        for (qsizetype c = 0; c < columns; ++c) {
            natural[c] = strong.horizontalAdvance(headers.at(c));
            least[c] = longestWord(strong, headers.at(c));
            for (const QStringList &row : rows) {
                if (c >= row.size())
                    continue;
                natural[c] = std::max(natural.at(c), plain.horizontalAdvance(row.at(c)));
                least[c] = std::max(least.at(c), longestWord(plain, row.at(c)));
            }
            natural[c] = std::ceil(natural.at(c) + 2 * cellPadding + 1);
            least[c] = std::ceil(least.at(c) + 2 * cellPadding + 1);
        }
        double sumNatural = 0, sumLeast = 0;
        for (qsizetype c = 0; c < columns; ++c) {
            sumNatural += natural.at(c);
            sumLeast += least.at(c);
        }
        if (sumNatural <= width) {
            // The columns of words share the rest, in proportion to their width.
            fit.widths = natural;
            double words = 0;
            for (qsizetype c = 0; c < columns; ++c)
                words += fit.align.at(c) == Qt::AlignLeft ? natural.at(c) : 0;
            for (qsizetype c = 0; c < columns; ++c) {
                if (fit.align.at(c) == Qt::AlignLeft)
                    fit.widths[c] += (width - sumNatural) * natural.at(c) / words;
            }
            return fit;
        }
        if (sumLeast <= width || size - 0.5 < smallestTableFont) {
            // What is left beyond the longest words goes to the columns in proportion
            // to what they would still need for one line.
            const double spare = std::max(0.0, width - sumLeast);
            const double wanted = sumNatural - sumLeast;
            fit.widths = least;
            for (qsizetype c = 0; c < columns; ++c)
                fit.widths[c] += wanted > 0 ? spare * (natural.at(c) - least.at(c)) / wanted : 0;
            return fit;
        }
    }
}

class Layout
{
public:
    Layout(double width, double pageHeight, QPaintDevice *device)
        : m_width(width)
        , m_pageHeight(pageHeight)
        , m_device(device)
    {
    }

    double width() const { return m_width; }

    void text(const QString &text, const QFont &font, double gapAfter, bool keepWithNext = false)
    {
        const double height = std::ceil(
            QFontMetricsF(font, m_device)
                .boundingRect(QRectF(0, 0, m_width, 1e6), Qt::AlignLeft | Qt::TextWordWrap, text)
                .height());
        const double width = m_width;
        m_blocks.append({height + gapAfter, keepWithNext, -1, [=](QPainter &painter, double top) {
                             painter.setFont(font);
                             painter.drawText(QRectF(0, top, width, height), Qt::AlignLeft | Qt::TextWordWrap, text);
                         }});
    }

    void space(double height) { m_blocks.append({height, false, -1, [](QPainter &, double) {}}); }

    void table(const QStringList &headers, const QList<QStringList> &rows, const QFont &font)
    {
        const TableFit fit = fitTable(headers, rows, font, m_width, m_device);
        const double width = m_width;
        const auto rowHeight = [&](const QStringList &cells, const QFont &cellFont) {
            const QFontMetricsF metrics(cellFont, m_device);
            double height = metrics.height();
            for (qsizetype c = 0; c < cells.size() && c < fit.widths.size(); ++c) {
                const QRectF room(0, 0, fit.widths.at(c) - 2 * cellPadding, 1e6);
                height = std::max(height,
                                  metrics.boundingRect(room, fit.align.at(c) | Qt::TextWordWrap, cells.at(c)).height());
            }
            return std::ceil(height + 2 * rowPadding);
        };
        const auto drawRow = [fit, width](const QStringList &cells, bool header, double height) {
            return [fit, width, cells, header, height](QPainter &painter, double top) {
                painter.setFont(header ? fit.bold : fit.font);
                painter.setPen(Qt::black);
                double x = 0;
                for (qsizetype c = 0; c < cells.size() && c < fit.widths.size(); ++c) {
                    const double cell = fit.widths.at(c);
                    const Qt::Alignment vertical = header ? Qt::AlignBottom : Qt::AlignTop;
                    painter.drawText(QRectF(x + cellPadding, top + rowPadding, cell - 2 * cellPadding,
                                            height - 2 * rowPadding),
                                     fit.align.at(c) | vertical | Qt::TextWordWrap, cells.at(c));
                    x += cell;
                }
                painter.setPen(header ? QPen(QColor(0x75, 0x75, 0x75), 0.8) : QPen(QColor(0xcc, 0xcc, 0xcc), 0.5));
                painter.drawLine(QPointF(0, top + height - 0.5), QPointF(width, top + height - 0.5));
                painter.setPen(Qt::black);
            };
        };
        // The header starts a page with the first two rows at least, and the last
        // three rows end one together: no row alone at a page's top or bottom.
        const int header = static_cast<int>(m_blocks.size());
        const double headerHeight = rowHeight(headers, fit.bold);
        m_blocks.append({headerHeight, !rows.isEmpty(), header, drawRow(headers, true, headerHeight)});
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const double height = rowHeight(rows.at(r), fit.font);
            const bool keep = r == 0 || r >= rows.size() - 3;
            m_blocks.append({height, keep && r + 1 < rows.size(), header, drawRow(rows.at(r), false, height)});
        }
        space(12);
    }

    // A chart laid out for the page's width: as tall as its categories need (a chart
    // with a category axis at the left) or `minimum`, and never taller than a page
    // leaves beside its heading and the start of its table.
    void chart(const std::function<QChart *()> &make, const QFont &font, double minimum)
    {
        auto scene = std::make_shared<QGraphicsScene>();
        QChart *chart = make();
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setBackgroundRoundness(0);
        chart->setDropShadowEnabled(false);
        chart->setMargins(QMargins(0, 0, 0, 0));
        ChartFit::setFonts(chart, font);
        scene->addItem(chart);
        const double maximum = m_pageHeight - 90;
        const double height = ChartFit::heightFor(chart, m_width * chartScale, std::min(minimum, maximum) * chartScale,
                                                  maximum * chartScale)
            / chartScale;
        const double width = m_width;
        m_blocks.append({height + 8, true, -1, [scene, chart, width, height](QPainter &painter, double top) {
                             scene->render(&painter, QRectF(0, top, width, height), chart->geometry(),
                                           Qt::IgnoreAspectRatio);
                         }});
    }

    // Splits the blocks into pages; returns, per page, the indexes of its blocks.
    QList<QList<int>> paginate() const
    {
        QList<QList<int>> pages(1);
        double used = 0;
        for (int i = 0; i < m_blocks.size(); ++i) {
            // The block and the ones it keeps with start on one page (a chain taller
            // than a page starts at the top of one).
            double chain = m_blocks.at(i).height;
            for (int j = i; j + 1 < m_blocks.size() && m_blocks.at(j).keepWithNext; ++j)
                chain += m_blocks.at(j + 1).height;
            if (used > 0 && used + std::min(chain, m_pageHeight) > m_pageHeight) {
                pages.append(QList<int>());
                used = 0;
                const int header = m_blocks.at(i).header;
                if (header >= 0 && header != i) {
                    pages.last().append(header);
                    used += m_blocks.at(header).height;
                }
            }
            pages.last().append(i);
            used += m_blocks.at(i).height;
        }
        return pages;
    }

    const Block &block(int index) const { return m_blocks.at(index); }

private:
    double m_width;
    double m_pageHeight;
    QPaintDevice *m_device;
    QList<Block> m_blocks;
};

} // namespace

int ReportPdf::paint(QPainter &painter, const QSizeF &page, const Content &content,
                     const std::function<void()> &newPage)
{
    Fonts fonts;
    fonts.body = QFont(QStringLiteral("DejaVu Sans"));
    fonts.body.setPointSizeF(8.5);
    fonts.heading = fonts.body;
    fonts.heading.setBold(true);
    fonts.heading.setPointSizeF(12);
    fonts.title = fonts.heading;
    fonts.title.setPointSizeF(18);
    fonts.chart = fonts.body;
    fonts.chart.setPixelSize(static_cast<int>(std::lround(7.5 * chartScale)));

    QPaintDevice *device = painter.device();
    const double footer = QFontMetricsF(fonts.body, device).height() + 8;
    Layout layout(page.width(), page.height() - footer, device);
    layout.text(content.title, fonts.title, 8);
    for (const QString &line : content.subtitleLines)
        layout.text(line, fonts.body, 2);
    layout.space(8);
    QList<QStringList> headline;
    for (const auto &[label, value] : content.headline)
        headline.append({label, value});
    layout.table({tr("Figure"), tr("Value")}, headline, fonts.body);
    for (const ReportSection &section : content.sections) {
        layout.text(section.title, fonts.heading, 6, true);
        layout.chart(section.makeChart, fonts.chart, 250);
        layout.table(section.headers, section.rows, fonts.body);
    }

    const QList<QList<int>> pages = layout.paginate();
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0)
            newPage();
        double top = 0;
        for (const int index : pages.at(p)) {
            layout.block(index).draw(painter, top);
            top += layout.block(index).height;
        }
        painter.setFont(fonts.body);
        painter.setPen(Qt::black);
        const QRectF footerArea(0, page.height() - footer + 8, page.width(), footer - 8);
        // Which Terén counted the figures: a funder comparing two reports can tell.
        painter.drawText(footerArea, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("Terén %1").arg(appVersion()));
        painter.drawText(footerArea, Qt::AlignCenter, tr("Page %1 of %2").arg(p + 1).arg(pages.size()));
    }
    return static_cast<int>(pages.size());
}

QString ReportPdf::write(const QString &path, const Content &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2").arg(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(dpi);
        pdf.setTitle(content.title);
        pdf.setCreator(QStringLiteral("Terén"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
        const QRect page = pdf.pageLayout().paintRectPixels(dpi);
        QPainter painter(&pdf);
        if (!painter.isActive())
            return tr("Could not write %1: %2").arg(path, file.errorString());
        paint(painter, QSizeF(page.size()), content, [&pdf] { pdf.newPage(); });
        painter.end();
    }
    if (!file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace teren
