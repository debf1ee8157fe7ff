#pragma once

#include <QPaintDevice>
#include <QPaintEngine>
#include <QSize>
#include <QStringList>
#include <QTextItem>

namespace teren::test {

// A paint device that draws nothing and keeps every text painted on it, page by
// page, in the order painted: what a page or a widget shows, as text, so a test can
// check that no label or cell was cut short. Text arrives one line (one run of a
// script) at a time.
class TextRecorder : public QPaintDevice
{
public:
    TextRecorder(const QSize &size, int dpi)
        : m_size(size)
        , m_dpi(dpi)
    {
    }
    ~TextRecorder() override = default;
    TextRecorder(const TextRecorder &) = delete;
    TextRecorder &operator=(const TextRecorder &) = delete;

    QPaintEngine *paintEngine() const override { return &m_engine; }
    void newPage() { m_engine.pages.append(QStringList()); }
    const QList<QStringList> &pages() const { return m_engine.pages; }
    QStringList texts() const
    {
        QStringList all;
        for (const QStringList &page : m_engine.pages)
            all += page;
        return all;
    }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return m_size.width() * 254 / (10 * m_dpi);
        case PdmHeightMM:
            return m_size.height() * 254 / (10 * m_dpi);
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return m_dpi;
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return 0x7fffffff;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return static_cast<int>(QPaintDevice::devicePixelRatioFScale());
        default:
            return 0;
        }
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        Engine()
            : QPaintEngine(QPaintEngine::AllFeatures)
        {
        }
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override {}
        void drawTextItem(const QPointF &, const QTextItem &item) override { pages.last().append(item.text()); }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
        void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override {}
        void drawPath(const QPainterPath &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
        void drawLines(const QLineF *, int) override {}
        void drawLines(const QLine *, int) override {}
        void drawRects(const QRectF *, int) override {}
        void drawRects(const QRect *, int) override {}
        void drawEllipse(const QRectF &) override {}
        void drawEllipse(const QRect &) override {}
        void drawPoints(const QPointF *, int) override {}
        void drawPoints(const QPoint *, int) override {}
        Type type() const override { return QPaintEngine::User; }

        QList<QStringList> pages{QStringList()};
    };

    QSize m_size;
    int m_dpi;
    mutable Engine m_engine;
};

} // namespace teren::test
