#include "ReportWindow.h"

#include "CaseSession.h"
#include "ChartPanel.h"
#include "ReportComputation.h"
#include "domain/Error.h"
#include "Formats.h"
#include "WindowGeometry.h"
#include "i18n/Translations.h"
#include "report/ReportFormat.h"
#include "report/ReportXlsx.h"
#include "store/Repositories.h"
#include "sync/StatisticalScope.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace teren {

ReportWindow::ReportWindow(CaseSession &session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_computation(new ReportComputation(session.store().database().path(), this))
    , m_fromLabel(new QLabel(this))
    , m_from(Formats::newDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(Formats::newDateEdit(this))
    , m_locality(new QComboBox(this))
    , m_provider(new QComboBox(this))
    , m_worker(new QComboBox(this))
    , m_refresh(new QPushButton(this))
    , m_headline(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_pdf(new QPushButton(this))
    , m_csv(new QPushButton(this))
    , m_json(new QPushButton(this))
    , m_xlsx(new QPushButton(this))
    , m_chooseFile([this](const QString &caption, const QString &name, const QString &filter) {
        return QFileDialog::getSaveFileName(this, caption, name, filter);
    })
{
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    m_cancel->setObjectName(QStringLiteral("cancelReport"));
    m_locality->setObjectName(QStringLiteral("localityFilter"));
    m_provider->setObjectName(QStringLiteral("providerFilter"));
    m_worker->setObjectName(QStringLiteral("workerFilter"));
    m_pdf->setObjectName(QStringLiteral("exportPdf"));
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_json->setObjectName(QStringLiteral("exportJson"));
    m_xlsx->setObjectName(QStringLiteral("exportXlsx"));

    const int year = session.store().clock().today().year();
    m_from->setDate(QDate(year, 1, 1));
    m_to->setDate(QDate(year, 12, 31));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(m_locality, 1);
    filters->addWidget(m_provider, 1);
    filters->addWidget(m_worker, 1);
    filters->addWidget(m_refresh);
    auto *exports = new QHBoxLayout;
    exports->addWidget(m_status, 1);
    exports->addWidget(m_progress);
    exports->addWidget(m_cancel);
    exports->addWidget(m_pdf);
    exports->addWidget(m_xlsx);
    exports->addWidget(m_csv);
    exports->addWidget(m_json);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_headline);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(exports);
    WindowGeometry::manage(this, QSize(1200, 820), QStringLiteral("report"));

    fillFilters();
    showComputing(false);
    connect(m_computation, &ReportComputation::progressed, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_computation, &ReportComputation::computed, this, &ReportWindow::computed);
    connect(m_computation, &ReportComputation::failed, this,
            [this](const QString &message) { stopped(Outcome::Failed, message); });
    connect(m_computation, &ReportComputation::cancelled, this,
            [this] { stopped(Outcome::Cancelled, tr("Report cancelled.")); });
    connect(m_cancel, &QPushButton::clicked, this, &ReportWindow::cancelReport);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &ReportWindow::cancelReport);
    // Closing the file: nothing of it may be read any more, nor shown.
    connect(&session, &QObject::destroyed, this, [this] {
        m_sessionGone = true;
        abandonReport();
    });
    connect(m_refresh, &QPushButton::clicked, this, &ReportWindow::refresh);
    for (QComboBox *combo : {m_locality, m_provider, m_worker})
        connect(combo, &QComboBox::activated, this, &ReportWindow::refresh);
    // A date edit also finishes editing when it merely loses the focus: only a changed
    // period is worth a new report (and cancelling the one under way).
    const auto periodEdited = [this] {
        if (m_from->date() != m_requested.from || m_to->date() != m_requested.to)
            refresh();
    };
    connect(m_from, &QDateEdit::editingFinished, this, periodEdited);
    connect(m_to, &QDateEdit::editingFinished, this, periodEdited);
    const auto saveAs = [this](const QString &caption, const QString &suffix, const QString &filter,
                               const std::function<QString(const QString &)> &write) {
        const QString name = tr("regional-report") + QStringLiteral("-%1-%2.%3")
                                                         .arg(m_from->date().toString(Qt::ISODate),
                                                              m_to->date().toString(Qt::ISODate), suffix);
        const QString path = m_chooseFile(caption, name, filter);
        if (path.isEmpty())
            return;
        const QString error = write(path);
        if (error.isEmpty())
            showStatus(tr("Saved: %1").arg(QFileInfo(path).fileName()), Tone::Done);
        else
            showStatus(error, Tone::Failure);
    };
    connect(m_pdf, &QPushButton::clicked, this, [=, this] {
        saveAs(tr("Save the report as PDF"), QStringLiteral("pdf"), tr("PDF documents (*.pdf)"),
               [this](const QString &path) { return exportPdf(path); });
    });
    connect(m_csv, &QPushButton::clicked, this, [=, this] {
        saveAs(tr("Save the figures as CSV"), QStringLiteral("csv"), tr("CSV files (*.csv)"),
               [this](const QString &path) { return exportData(path, false); });
    });
    connect(m_xlsx, &QPushButton::clicked, this, [=, this] {
        saveAs(tr("Save the figures as an Excel workbook"), QStringLiteral("xlsx"), tr("Excel workbooks (*.xlsx)"),
               [this](const QString &path) { return exportXlsx(path); });
    });
    connect(m_json, &QPushButton::clicked, this, [=, this] {
        saveAs(tr("Save the figures as JSON"), QStringLiteral("json"), tr("JSON files (*.json)"),
               [this](const QString &path) { return exportData(path, true); });
    });
    retranslate();
    refresh();
}

void ReportWindow::fillFilters()
{
    DirectoryRepository directory(m_session.store());
    const auto refill = [](QComboBox *combo, const QString &all, const QList<QPair<QUuid, QString>> &items) {
        const QVariant chosen = combo->currentData();
        combo->clear();
        combo->addItem(all, QUuid());
        for (const auto &[id, name] : items)
            combo->addItem(name, id);
        const int index = combo->findData(chosen);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    QList<QPair<QUuid, QString>> localities, providers, workers;
    for (const Locality &locality : directory.localities())
        localities.append({locality.id, locality.name});
    for (const Provider &provider : directory.providers())
        providers.append({provider.id, provider.name});
    for (const Worker &worker : directory.workers())
        workers.append({worker.id, worker.name});
    refill(m_locality, tr("All localities"), localities);
    refill(m_provider, tr("All providers"), providers);
    refill(m_worker, tr("All workers"), workers);
}

void ReportWindow::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportWindow::setLocality(const QUuid &localityId)
{
    m_locality->setCurrentIndex(std::max(0, m_locality->findData(localityId)));
}

void ReportWindow::refresh()
{
    if (m_sessionGone)
        return;
    ReportFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.localityId = m_locality->currentData().toUuid();
    filter.providerId = m_provider->currentData().toUuid();
    filter.workerId = m_worker->currentData().toUuid();
    const bool statistical = StatisticalScope::isStatisticalDatabase(m_session.store());
    m_requested = filter;
    m_outcome = Outcome::None;
    m_computation->start(filter, statistical ? statisticalSmallCellLimit : 0);
    showComputing(true);
}

bool ReportWindow::isComputing() const
{
    return m_computation->isRunning() || !m_filling.isEmpty();
}

void ReportWindow::cancelReport()
{
    m_computation->cancel();
}

bool ReportWindow::waitForReport()
{
    while (isComputing())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    return m_outcome == Outcome::Shown;
}

void ReportWindow::computed(const Report &report)
{
    m_report = report;
    m_hasReport = true;
    m_outcome = Outcome::Shown;
    showComputing(false);
    showStatus(QString(), Tone::Plain);
    showReport();
}

void ReportWindow::stopped(Outcome outcome, const QString &text)
{
    m_outcome = outcome;
    showComputing(false);
    showStatus(text, outcome == Outcome::Failed ? Tone::Failure : Tone::Plain);
}

void ReportWindow::showComputing(bool computing)
{
    m_progress->setRange(0, 0); // busy until the first step is reported
    m_progress->setVisible(computing);
    m_cancel->setVisible(computing);
    if (computing)
        showStatus(tr("Computing the report…"), Tone::Plain);
    updateSaving();
}

void ReportWindow::updateSaving()
{
    const bool canSave = m_hasReport && !isComputing();
    for (QPushButton *save : {m_pdf, m_csv, m_json, m_xlsx})
        save->setEnabled(canSave);
}

QList<QPair<QString, QString>> ReportWindow::headline() const
{
    const Report &r = m_report;
    const auto shown = [&r](qint64 persons, const QString &text) { return ReportSections::cell(r, persons, text); };
    return QList<QPair<QString, QString>>{
        {tr("Persons supported"), shown(r.personsSupported, ReportSections::number(r.personsSupported))},
        {tr("Localities"), shown(r.personsSupported, ReportSections::number(r.localities))},
        {tr("Needs identified"), shown(r.personsSupported, ReportSections::number(r.needsIdentified))},
        {tr("Needs resolved"), shown(r.resolvedPersons, ReportSections::number(r.needsResolved))},
        {tr("Resolved rate"), shown(r.resolvedPersons, ReportSections::percent(r.resolvedRate))},
        {tr("Cooperations ended"), shown(r.cooperation.persons, ReportSections::number(r.cooperation.ended))},
        {tr("Median cooperation (days)"),
         shown(r.cooperation.persons, ReportSections::days(r.cooperation.medianDays))},
        {tr("Contacts"), shown(r.contacts.persons, ReportSections::number(static_cast<double>(r.contacts.count)))},
        {tr("Hours of contact"),
         shown(r.contacts.persons, ReportSections::number(static_cast<double>(r.contacts.minutes) / 60.0))},
    } + ReportSections::perPerson(r);
}

void ReportWindow::showReport()
{
    if (!m_hasReport)
        return;
    // Two rows: what was done, then households and the figures per person, so the
    // headline stays readable on a 1366-pixel-wide screen.
    const QList<QPair<QString, QString>> figures = headline();
    const qsizetype firstRow = figures.size() - ReportSections::perPerson(m_report).size();
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\"><tr>");
    for (qsizetype i = 0; i < figures.size(); ++i) {
        if (i == firstRow)
            html += QStringLiteral("</tr><tr>");
        html += QStringLiteral("<td align=\"center\"><span style=\"font-size:large; font-weight:bold\">%1</span>"
                               "<br/>%2</td>")
                    .arg(figures.at(i).second.toHtmlEscaped(), figures.at(i).first.toHtmlEscaped());
    }
    html += QStringLiteral("</tr></table>");
    m_headline->setText(html);

    // Each chart takes a turn of the event loop of its own: the largest take tens of
    // milliseconds, all of them together far more.
    m_filling = ReportSections::build(m_report, m_session.store().codelists());
    m_fillTab = std::max(0, m_tabs->currentIndex());
    updateSaving();
    fillPanel(++m_fillGeneration, 0);
}

void ReportWindow::fillPanel(int generation, int index)
{
    if (generation != m_fillGeneration)
        return;
    if (index >= m_filling.size()) {
        m_tabs->setCurrentIndex(m_fillTab);
        m_filling.clear();
        updateSaving();
        return;
    }
    if (m_panels.size() <= index) {
        auto *panel = new ChartPanel(m_tabs);
        m_panels.append(panel);
        m_tabs->addTab(panel, QString());
    }
    const ReportSection &section = m_filling.at(index);
    m_panels.at(index)->setSection(section);
    m_tabs->setTabText(index, section.tab);
    m_tabs->setTabToolTip(index, section.title);
    QTimer::singleShot(0, this, [this, generation, index] { fillPanel(generation, index + 1); });
}

QStringList ReportWindow::describeFilters() const
{
    QStringList lines = {tr("Period: %1 – %2")
                             .arg(Formats::shortDate(m_report.filter.from), Formats::shortDate(m_report.filter.to))};
    QStringList filters;
    if (!m_report.localityName.isEmpty())
        filters.append(tr("locality %1").arg(m_report.localityName));
    if (!m_report.providerName.isEmpty())
        filters.append(tr("provider %1").arg(m_report.providerName));
    if (!m_report.workerName.isEmpty())
        filters.append(tr("worker %1").arg(m_report.workerName));
    // The region by name; where the database lies on this laptop is nobody's business
    // in a report that goes out.
    QStringList regions;
    for (const Region &region : DirectoryRepository(m_session.store()).regions())
        regions.append(region.name);
    if (!regions.isEmpty())
        lines.append(tr("Region: %1").arg(regions.join(u", ")));
    lines.append(filters.isEmpty() ? tr("All clients of the region") : tr("Filters: %1").arg(filters.join(u", ")));
    lines.append(tr("Made on %1").arg(Formats::shortDateTime(m_session.store().clock().now().toLocalTime())));
    return lines;
}

ReportPdf::Content ReportWindow::pdfContent() const
{
    ReportPdf::Content content;
    content.title = tr("Regional report");
    content.subtitleLines = describeFilters();
    content.headline = headline();
    content.sections = ReportSections::build(m_report, m_session.store().codelists());
    return content;
}

QString ReportWindow::exportPdf(const QString &path)
{
    if (const QString refusal = saveRefusal(); !refusal.isEmpty())
        return refusal;
    return ReportPdf::write(path, pdfContent());
}

QString ReportWindow::exportData(const QString &path, bool json)
{
    if (const QString refusal = saveRefusal(); !refusal.isEmpty())
        return refusal;
    QSaveFile file(path);
    // A Czech Excel opens comma-separated files garbled: in Czech, the CSV is written
    // the way it reads them.
    const CsvDialect dialect = Translations::current() == u"cs" ? CsvDialect::ExcelCs : CsvDialect::Standard;
    const QByteArray bytes = json ? toJson(m_report) : toCsv(m_report, dialect);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}

QString ReportWindow::exportXlsx(const QString &path)
{
    if (const QString refusal = saveRefusal(); !refusal.isEmpty())
        return refusal;
    try {
        ReportXlsx::write(m_report, path);
    } catch (const Error &failure) {
        return failure.message();
    }
    return {};
}

QString ReportWindow::saveRefusal() const
{
    if (isComputing())
        return tr("The report is still being computed; save it when it is shown.");
    if (!m_hasReport)
        return tr("There is no report to save.");
    return {};
}

void ReportWindow::showStatus(const QString &text, Tone tone)
{
    m_status->setText(text);
    switch (tone) {
    case Tone::Plain:
        m_status->setStyleSheet(QString());
        break;
    case Tone::Done:
        m_status->setStyleSheet(QStringLiteral("color: #1b5e20"));
        break;
    case Tone::Failure:
        m_status->setStyleSheet(QStringLiteral("color: #b00020"));
        break;
    }
}

void ReportWindow::closeEvent(QCloseEvent *event)
{
    // Nobody is waiting for the figures any more; the job's connection goes at once.
    abandonReport();
    QWidget::closeEvent(event);
}

void ReportWindow::abandonReport()
{
    m_computation->abandon();
    ++m_fillGeneration;
    m_filling.clear();
    m_progress->hide();
    m_cancel->hide();
}

void ReportWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportWindow::retranslate()
{
    setWindowTitle(tr("Regional report"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_refresh->setText(tr("&Refresh"));
    m_pdf->setText(tr("Save as P&DF…"));
    m_csv->setText(tr("Save as &CSV…"));
    m_json->setText(tr("Save as &JSON…"));
    m_xlsx->setText(tr("Save as &Excel…"));
    m_cancel->setText(tr("Cancel"));
    if (m_computation->isRunning())
        showStatus(tr("Computing the report…"), Tone::Plain);
    if (m_sessionGone)
        return;
    fillFilters();
    showReport();
}

} // namespace teren
