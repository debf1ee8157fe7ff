#pragma once

#include "ReportPdf.h"
#include "ReportSections.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;

namespace teren {

class CaseSession;
class ChartPanel;

// The coordinator's regional report: period and filter pickers, the headline
// figures, one tab per chart (each with its table a click away and a PNG export),
// and the whole report to PDF, Excel, CSV or JSON; the status line says where a file was
// saved, or why not. Figures come from core's ReportBuilder.
class ReportWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ReportWindow(CaseSession &session, QWidget *parent = nullptr);

    void setPeriod(const QDate &from, const QDate &to);
    void setLocality(const QUuid &localityId);
    // Computes the report for the chosen period and filters; false (and the reason
    // in the status line) when the filter is invalid or the database fails.
    bool refresh();
    const Report &report() const { return m_report; }
    QList<ChartPanel *> panels() const { return m_panels; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *status() const { return m_status; }

    // What the PDF holds for the report as now computed, in the current language.
    ReportPdf::Content pdfContent() const;
    // Return the error, empty on success.
    QString exportPdf(const QString &path);
    // JSON, or CSV in the dialect of the UI's language (Czech: the Czech Excel's).
    QString exportData(const QString &path, bool json);
    QString exportXlsx(const QString &path);

    // Asks where to save (caption, suggested file name, filter); a file dialog unless
    // a test answers instead. An empty path cancels.
    using FileChooser = std::function<QString(const QString &, const QString &, const QString &)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillFilters();
    void showReport();
    QStringList describeFilters() const;
    QList<QPair<QString, QString>> headline() const;
    void retranslate();
    void showStatus(const QString &text, bool error);

    CaseSession &m_session;
    Report m_report;
    bool m_hasReport = false;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QComboBox *m_locality;
    QComboBox *m_provider;
    QComboBox *m_worker;
    QPushButton *m_refresh;
    QLabel *m_headline;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QList<ChartPanel *> m_panels;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    QPushButton *m_json;
    QPushButton *m_xlsx;
    FileChooser m_chooseFile;
};

} // namespace teren
