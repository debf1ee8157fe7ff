#include "ChartPanel.h"

#include "ChartFit.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetricsF>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace teren {

namespace {

// Lays its chart's axes out again at every size, so no label is cut.
class FittedChartView : public QChartView
{
public:
    using QChartView::QChartView;

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QChartView::resizeEvent(event);
        ChartFit::fit(chart());
    }
};

// Enough height for every category at the left to have a line of its own, plus the
// value axis, its title and the legend; 0 for other charts.
int minimumChartHeight(const QChart *chart)
{
    for (const QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (const auto *categories = qobject_cast<const QBarCategoryAxis *>(axis)) {
            const double line = QFontMetricsF(categories->labelsFont()).lineSpacing();
            return static_cast<int>(std::ceil(static_cast<double>(categories->count()) * line * 1.5 + line * 7));
        }
    }
    return 0;
}

} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_toggle(new QPushButton(this))
    , m_savePng(new QPushButton(this))
    , m_stack(new QStackedWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_view(new FittedChartView(m_scroll))
    , m_table(new QTableWidget(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_toggle->setObjectName(QStringLiteral("toggleTable"));
    m_savePng->setObjectName(QStringLiteral("savePng"));
    // A chart with many categories keeps room for each label and scrolls.
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_table);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_toggle);
    top->addWidget(m_savePng);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_toggle, &QPushButton::clicked, this, [this] { showTable(!showsTable()); });
    connect(m_savePng, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart as"), m_key + QStringLiteral(".png"),
                                                          tr("PNG images (*.png)"));
        if (path.isEmpty())
            return;
        const QString error = savePng(path);
        if (!error.isEmpty())
            m_title->setToolTip(error);
    });
    retranslate();
}

void ChartPanel::setSection(const ReportSection &section)
{
    m_key = section.key;
    setObjectName(section.key);
    m_title->setText(section.title);
    QChart *old = m_view->chart();
    QChart *chart = section.makeChart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setChart(chart);
    delete old;
    m_view->setMinimumHeight(minimumChartHeight(chart));
    // Fitting a chart with many labels takes tens of milliseconds, and the dashboard
    // fills all its tabs after each report: a chart in a tab not shown is fitted when
    // it is shown.
    m_fitPending = true;
    if (isVisible())
        fitChart();

    m_table->clear();
    m_table->setColumnCount(static_cast<int>(section.headers.size()));
    m_table->setHorizontalHeaderLabels(section.headers);
    m_table->setRowCount(static_cast<int>(section.rows.size()));
    for (int row = 0; row < section.rows.size(); ++row) {
        const QStringList &cells = section.rows.at(row);
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
}

bool ChartPanel::showsTable() const
{
    return m_stack->currentWidget() == m_table;
}

void ChartPanel::showTable(bool table)
{
    m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_scroll);
    retranslate();
}

void ChartPanel::fitChart() const
{
    m_fitPending = false;
    QChart *chart = m_view->chart();
    ChartFit::fitLike(chart, m_settled);
    m_settled = ChartFit::settled(chart);
}

void ChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitPending)
        fitChart();
}

QString ChartPanel::savePng(const QString &path) const
{
    if (m_fitPending)
        fitChart();
    QSaveFile file(path);
    const QPixmap image = m_view->grab();
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return tr("Could not save %1: %2").arg(path, file.errorString());
    return {};
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChartPanel::retranslate()
{
    m_toggle->setText(showsTable() ? tr("Show the &chart") : tr("Show the &table"));
    m_savePng->setText(tr("Save as &PNG…"));
}

} // namespace teren
