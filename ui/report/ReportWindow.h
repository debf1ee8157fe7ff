#pragma once

#include "ReportPdf.h"
#include "ReportSections.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace teren {

class CaseSession;
class ChartPanel;
class ReportComputation;

// The coordinator's regional report: period and filter pickers, the headline
// figures, one tab per chart (each with its table a click away and a PNG export),
// and the whole report to PDF, Excel, CSV or JSON; the status line says where a file was
// saved, or why not. Figures come from core's ReportBuilder, computed off the GUI
// thread (ReportComputation) while a progress bar and Cancel (or Esc) show; the charts
// are then filled one per turn of the event loop, so the window never freezes.
class ReportWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ReportWindow(CaseSession &session, QWidget *parent = nullptr);

    void setPeriod(const QDate &from, const QDate &to);
    void setLocality(const QUuid &localityId);
    // Starts computing the report for the chosen period and filters and returns at
    // once; a computation under way is cancelled (the last request wins). The report
    // is shown when it is done, or the reason it is not in the status line (an
    // invalid filter, a failing file), the report shown before staying.
    void refresh();
    // A report is being computed or put on screen; saving waits meanwhile, so a file
    // never holds a half-made report or one of filters no longer chosen.
    bool isComputing() const;
    // Stops the computation under way; the report shown before stays.
    void cancelReport();
    // Runs the event loop until the report asked for last is on screen; false when it
    // failed or was cancelled.
    bool waitForReport();
    const Report &report() const { return m_report; }
    QList<ChartPanel *> panels() const { return m_panels; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *status() const { return m_status; }
    QProgressBar *progress() const { return m_progress; }

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
    void closeEvent(QCloseEvent *event) override;

private:
    enum class Outcome { None, Shown, Failed, Cancelled };
    enum class Tone { Plain, Done, Failure };

    void fillFilters();
    void computed(const Report &report);
    void stopped(Outcome outcome, const QString &text);
    // Stops computing and filling without a word: the window or its file goes away.
    void abandonReport();
    void showReport();
    void fillPanel(int generation, int index);
    void showComputing(bool computing);
    void updateSaving();
    // Why the report cannot be saved now, empty when it can.
    QString saveRefusal() const;
    QStringList describeFilters() const;
    QList<QPair<QString, QString>> headline() const;
    void retranslate();
    void showStatus(const QString &text, Tone tone);

    CaseSession &m_session;
    ReportComputation *m_computation;
    Report m_report;
    ReportFilter m_requested; // of the last refresh()
    bool m_hasReport = false;
    bool m_sessionGone = false; // its file was closed: the window only waits to go

    Outcome m_outcome = Outcome::None;
    // Filling the charts, one per turn of the event loop; a newer filling (a new
    // report, another language) makes an older one stop.
    QList<ReportSection> m_filling;
    int m_fillGeneration = 0;
    int m_fillTab = 0;
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
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTabWidget *m_tabs;
    QList<ChartPanel *> m_panels;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    QPushButton *m_json;
    QPushButton *m_xlsx;
    FileChooser m_chooseFile;
};

} // namespace teren
