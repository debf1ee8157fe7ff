#include "ReportPdf.h"

#include <QChart>
#include <QChartView>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>

namespace teren {

namespace {

// The page is laid out in points (1/72 in) on an A4 portrait page with 15 mm margins.
constexpr int dpi = 72;

struct Block
{
    int height = 0;
    std::function<void(QPainter &, int top)> draw;
};

class Layout
{
public:
    explicit Layout(int width) : m_width(width) {}
    int width() const { return m_width; }

    void text(const QString &line, const QFont &font, int gapAfter = 4)
    {
        const int height = QFontMetrics(font).height();
        m_blocks.append({height + gapAfter, [=, this](QPainter &painter, int top) {
                             painter.setFont(font);
                             painter.drawText(QRect(0, top, m_width, height), Qt::AlignLeft | Qt::AlignVCenter, line);
                         }});
    }

    void table(const QStringList &headers, const QList<QStringList> &rows, const QFont &font)
    {
        const int rowHeight = QFontMetrics(font).height() + 4;
        const int columns = static_cast<int>(headers.size());
        // Number columns as wide as their widest cell or header; the first column
        // (names) takes what they leave.
        QFont bold = font;
        bold.setBold(true);
        QList<int> widths(columns, 0);
        for (int c = 1; c < columns; ++c) {
            widths[c] = QFontMetrics(bold).horizontalAdvance(headers.at(c)) + 12;
            for (const QStringList &row : rows)
                if (c < row.size())
                    widths[c] = std::max(widths.at(c), QFontMetrics(font).horizontalAdvance(row.at(c)) + 12);
        }
        int numbers = 0;
        for (int c = 1; c < columns; ++c)
            numbers += widths.at(c);
        // Long headers may ask for more than the page has: numbers then share two
        // thirds of it and their headers are shortened.
        if (numbers > m_width * 2 / 3) {
            for (int c = 1; c < columns; ++c)
                widths[c] = widths.at(c) * (m_width * 2 / 3) / numbers;
            numbers = m_width * 2 / 3;
        }
        widths[0] = m_width - numbers;
        const auto drawRow = [=, this](const QStringList &cells, bool header) {
            return [=, this](QPainter &painter, int top) {
                QFont cellFont = font;
                cellFont.setBold(header);
                painter.setFont(cellFont);
                int x = 0;
                for (int c = 0; c < cells.size() && c < columns; ++c) {
                    const int width = widths.at(c);
                    const Qt::Alignment align = (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
                    const QString shown = QFontMetrics(cellFont).elidedText(cells.at(c), Qt::ElideRight, width - 6);
                    painter.drawText(QRect(x + 3, top, width - 6, rowHeight), align, shown);
                    x += width;
                }
                painter.setPen(QColor(0xcc, 0xcc, 0xcc));
                painter.drawLine(0, top + rowHeight - 1, m_width, top + rowHeight - 1);
                painter.setPen(Qt::black);
            };
        };
        m_blocks.append({rowHeight, drawRow(headers, true)});
        for (const QStringList &row : rows)
            m_blocks.append({rowHeight, drawRow(row, false)});
        m_blocks.append({10, [](QPainter &, int) {}});
    }

    void chart(const std::function<QChart *()> &make, int height)
    {
        m_blocks.append({height + 8, [=, this](QPainter &painter, int top) {
                             // Rendered at screen size and scaled, so fonts keep their proportions.
                             QChartView view;
                             view.setRenderHint(QPainter::Antialiasing);
                             QChart *chart = make();
                             chart->setAnimationOptions(QChart::NoAnimation);
                             view.setChart(chart);
                             view.resize(m_width * 4 / 3, height * 4 / 3);
                             view.render(&painter, QRectF(0, top, m_width, height));
                         }});
    }

    // Splits the blocks into pages of `pageHeight`; returns, per page, its blocks.
    QList<QList<const Block *>> paginate(int pageHeight) const
    {
        QList<QList<const Block *>> pages(1);
        int used = 0;
        for (const Block &block : m_blocks) {
            if (block.height < 0 || used + block.height > pageHeight) {
                if (!pages.last().isEmpty())
                    pages.append(QList<const Block *>());
                used = 0;
                if (block.height < 0)
                    continue;
            }
            pages.last().append(&block);
            used += block.height;
        }
        return pages;
    }

private:
    int m_width;
    QList<Block> m_blocks;
};

} // namespace

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

        QFont body(QStringLiteral("DejaVu Sans"));
        body.setPointSizeF(8.5);
        QFont heading = body;
        heading.setBold(true);
        heading.setPointSizeF(12);
        QFont title = heading;
        title.setPointSizeF(18);

        Layout layout(page.width());
        layout.text(content.title, title, 8);
        for (const QString &line : content.subtitleLines)
            layout.text(line, body, 2);
        layout.text(QString(), body, 6);
        QList<QStringList> headline;
        for (const auto &[label, value] : content.headline)
            headline.append({label, value});
        layout.table({tr("Figure"), tr("Value")}, headline, body);
        for (const ReportSection &section : content.sections) {
            layout.text(section.title, heading, 6);
            layout.chart(section.makeChart, 300);
            layout.table(section.headers, section.rows, body);
        }

        const int footer = QFontMetrics(body).height() + 6;
        const QList<QList<const Block *>> pages = layout.paginate(page.height() - footer);
        for (qsizetype p = 0; p < pages.size(); ++p) {
            if (p > 0)
                pdf.newPage();
            int top = 0;
            for (const Block *block : pages.at(p)) {
                block->draw(painter, top);
                top += block->height;
            }
            painter.setFont(body);
            painter.drawText(QRect(0, page.height() - footer + 6, page.width(), footer - 6), Qt::AlignCenter,
                             tr("Page %1 of %2").arg(p + 1).arg(pages.size()));
        }
        painter.end();
    }
    if (!file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace teren
