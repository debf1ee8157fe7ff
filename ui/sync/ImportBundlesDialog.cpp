#include "ImportBundlesDialog.h"

#include "BackgroundJob.h"
#include "store/Store.h"
#include "sync/Keyring.h"
#include "WindowGeometry.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace teren {

ImportBundlesDialog::ImportBundlesDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_path(databasePath)
    , m_files(new QListWidget(this))
    , m_addFiles(new QPushButton(this))
    , m_passphraseLabel(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_acceptNew(new QCheckBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_results(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_import(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
    , m_askClockSkew([this](const QString &question) {
        QMessageBox box(QMessageBox::Warning, windowTitle(), question, QMessageBox::NoButton, this);
        QPushButton *anyway = box.addButton(tr("Import anyway"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(tr("Refuse"), QMessageBox::RejectRole));
        box.exec();
        return box.clickedButton() == anyway;
    })
{
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_files->setMaximumHeight(m_files->fontMetrics().lineSpacing() * 5);
    m_results->setColumnCount(3);
    m_results->setRootIsDecorated(false);
    m_results->setWordWrap(true);
    m_results->header()->setStretchLastSection(true);
    m_progress->hide();
    m_status->setWordWrap(true);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_files, 1);
    fileRow->addWidget(m_addFiles, 0, Qt::AlignTop);
    auto *form = new QFormLayout;
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(QString(), m_acceptNew);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_buttons);
    WindowGeometry::manage(this, QSize(720, 480));

    connect(m_addFiles, &QPushButton::clicked, this, &ImportBundlesDialog::chooseFiles);
    connect(m_import, &QPushButton::clicked, this, &ImportBundlesDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportBundlesDialog::reject);
    retranslate();
    updateButtons();
}

ImportBundlesDialog::~ImportBundlesDialog()
{
    if (m_job) {
        m_job->cancel();
        m_job->wait();
    }
}

void ImportBundlesDialog::setFiles(const QStringList &files)
{
    m_files->clear();
    m_files->addItems(files);
    updateButtons();
}

void ImportBundlesDialog::setPassphrase(const QString &passphrase)
{
    m_passphrase->setText(passphrase);
}

void ImportBundlesDialog::setAcceptNewSenders(bool accept)
{
    m_acceptNew->setChecked(accept);
}

void ImportBundlesDialog::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Bundles to import"), QString(),
                                                            tr("Terén bundles (*.teren);;All files (*)"));
    if (!files.isEmpty())
        setFiles(files);
}

void ImportBundlesDialog::start()
{
    if (isRunning() || m_files->count() == 0)
        return;
    QStringList files;
    for (int i = 0; i < m_files->count(); ++i)
        files.append(m_files->item(i)->text());
    m_results->clear();
    m_skewed.clear();
    m_retried.clear();
    m_refused = 0;
    run(files, false);
}

void ImportBundlesDialog::run(const QStringList &files, bool acceptClockSkew)
{
    ImportOptions options;
    options.key.passphrase = m_passphrase->text().toUtf8();
    options.acceptNewSenders = m_acceptNew->isChecked();
    options.acceptClockSkew = acceptClockSkew;
    m_acceptingClockSkew = acceptClockSkew;
    m_expected = static_cast<int>(files.size());
    m_done = 0;
    m_progress->setRange(0, m_expected);
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Importing…"));
    // Run again from the last job's finished(): deleted once that signal is done.
    if (m_job)
        m_job->deleteLater();
    m_job = new BackgroundJob(
        m_path,
        [this, files, options](Store &store, JobControl &control) mutable {
            Importer importer(store);
            options.key.secretKey = Keyring(store).keys().secretKey;
            for (const QString &file : files) {
                if (control.isCancelled())
                    return;
                const ImportReport report = importer.importFrom(file, options);
                QMetaObject::invokeMethod(this, [this, report] { addReport(report); }, Qt::QueuedConnection);
            }
        },
        this);
    connect(m_job, &BackgroundJob::finished, this, &ImportBundlesDialog::finish);
    m_job->start();
    updateButtons();
}

bool ImportBundlesDialog::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ImportBundlesDialog::waitForFinished()
{
    // Bundles imported anyway after the question run as a job of their own.
    do {
        if (m_job)
            m_job->wait();
        QCoreApplication::sendPostedEvents(this);
        QCoreApplication::processEvents();
    } while (isRunning());
}

void ImportBundlesDialog::addReport(const ImportReport &report)
{
    QTreeWidgetItem *item = nullptr;
    if (m_acceptingClockSkew && !m_retried.isEmpty()) {
        item = m_retried.takeFirst(); // refused the first time: the row says what happened now
        item->setForeground(2, m_results->palette().text());
        --m_refused;
    } else {
        item = new QTreeWidgetItem(m_results);
    }
    item->setText(0, QFileInfo(report.file).fileName());
    item->setText(1, report.senderName.isEmpty() ? QString()
                                                 : tr("%1, bundle %2").arg(report.senderDescription()).arg(report.sequence));
    QString result;
    if (report.refused) {
        ++m_refused;
        result = tr("Refused: %1").arg(report.reason);
        item->setForeground(2, QColor(0xb0, 0x1c, 0x1c));
        if (!report.clockSkew.isEmpty() && !m_acceptingClockSkew)
            m_skewed.append({report.file, report.reason, item});
    } else if (report.alreadyImported) {
        result = tr("Imported before; nothing changed.");
    } else {
        m_changed = true;
        result = tr("%1 new, %2 updated, %3 unchanged, %4 conflicts")
                     .arg(report.counts.inserted)
                     .arg(report.counts.updated)
                     .arg(report.counts.unchanged)
                     .arg(report.counts.conflicts);
    }
    if (const QString replaced = report.snapshotReplaced(); !replaced.isEmpty() && !report.alreadyImported)
        result += u'\n' + replaced;
    if (const QString refusals = report.refusals(); !refusals.isEmpty())
        result += u'\n' + refusals;
    if (!report.refused) {
        for (const ClockSkew &skew : report.clockSkew)
            result += u'\n' + skew.outcome();
    }
    if (report.clientsRemoved > 0)
        result += u'\n'
                  + tr("%n client(s) now assigned to other workers removed from this laptop.", nullptr,
                       report.clientsRemoved);
    for (const QString &missing : report.missingBundles())
        result += u'\n' + missing;
    item->setText(2, result);
    item->setToolTip(2, result);
    m_progress->setValue(++m_done);
}

void ImportBundlesDialog::finish(const QString &error)
{
    QCoreApplication::sendPostedEvents(this); // the last reports first
    const bool cancelled = error.isEmpty() && m_done < m_expected;
    if (error.isEmpty() && !cancelled && importSkewedAnyway())
        return;
    m_skewed.clear();
    m_retried.clear();
    m_progress->hide();
    if (!error.isEmpty())
        m_status->setText(error);
    else if (cancelled)
        m_status->setText(tr("Cancelled after %n bundle(s).", nullptr, m_done));
    else
        m_status->setText(m_refused == 0 ? tr("All bundles imported.")
                                         : tr("%n bundle(s) refused; the others were imported.", nullptr, m_refused));
    for (int column = 0; column < 2; ++column)
        m_results->resizeColumnToContents(column);
    updateButtons();
    if (m_changed)
        Q_EMIT databaseChanged();
    m_changed = false;
}

bool ImportBundlesDialog::importSkewedAnyway()
{
    QStringList again;
    for (const Skewed &skewed : std::as_const(m_skewed)) {
        const QString question =
            tr("%1: %2\n\nImport this bundle anyway? If you refuse, nothing of it is imported; have the laptop's "
               "clock set right and ask for a new bundle.")
                .arg(QFileInfo(skewed.file).fileName(), skewed.reason);
        if (m_askClockSkew(question)) {
            again.append(skewed.file);
            m_retried.append(skewed.row);
        }
    }
    m_skewed.clear();
    if (again.isEmpty())
        return false;
    run(again, true);
    updateButtons();
    return true;
}

void ImportBundlesDialog::reject()
{
    if (isRunning()) {
        m_job->cancel();
        m_status->setText(tr("Stopping after the bundle being merged…"));
        return;
    }
    QDialog::reject();
}

void ImportBundlesDialog::updateButtons()
{
    const bool running = isRunning();
    m_import->setEnabled(!running && m_files->count() > 0);
    m_addFiles->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Cancel") : tr("Close"));
}

void ImportBundlesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportBundlesDialog::retranslate()
{
    setWindowTitle(tr("Import bundles"));
    m_addFiles->setText(tr("Choose &files…"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_passphrase->setPlaceholderText(tr("only for bundles locked with a passphrase"));
    m_acceptNew->setText(tr("Accept installations not seen before (remember their keys)"));
    m_import->setText(tr("&Import"));
    m_results->setHeaderLabels({tr("File"), tr("From"), tr("Result")});
    updateButtons();
}

} // namespace teren
