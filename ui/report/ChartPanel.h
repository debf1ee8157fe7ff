#pragma once

#include "ChartFit.h"
#include "ReportSections.h"

#include <QWidget>

class QChartView;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTableWidget;

namespace teren {

// One section of the dashboard: its chart, and the table of the same numbers a
// click away; the chart saves as PNG.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *parent = nullptr);

    void setSection(const ReportSection &section);
    bool showsTable() const;
    void showTable(bool table);
    // Returns the error, empty on success.
    QString savePng(const QString &path) const;
    QChartView *chartView() const { return m_view; }
    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fitChart() const;

    QString m_key;
    mutable bool m_fitPending = false; // the chart is not fitted to its size yet
    mutable ChartFit::Settled m_settled; // how the last chart was fitted
    QLabel *m_title;
    QPushButton *m_toggle;
    QPushButton *m_savePng;
    QStackedWidget *m_stack;
    QScrollArea *m_scroll;
    QChartView *m_view;
    QTableWidget *m_table;
};

} // namespace teren
