#include "ExportBundleDialog.h"

#include "BundleFileEdit.h"
#include "BundleLockEditor.h"
#include "domain/Error.h"
#include "StatusJob.h"
#include "store/Store.h"
#include "sync/Exporter.h"
#include "WindowGeometry.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace teren {

ExportBundleDialog::ExportBundleDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_path(databasePath)
    , m_outputLabel(new QLabel(this))
    , m_output(new BundleFileEdit(BundleFileEdit::Mode::Save, this))
    , m_lock(new BundleLockEditor(BundleLockEditor::Recipient::Coordinator, this))
    , m_everything(new QCheckBox(this))
    , m_statistical(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_export(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , m_job(new StatusJob(m_status, m_export, this))
{
    m_status->setWordWrap(true);
    m_outputLabel->setBuddy(m_output);

    auto *form = new QFormLayout;
    form->addRow(m_outputLabel, m_output);
    form->addRow(m_lock);
    form->addRow(QString(), m_everything);
    form->addRow(QString(), m_statistical);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    WindowGeometry::manage(this, QSize(620, 340));

    connect(m_export, &QPushButton::clicked, this, &ExportBundleDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportBundleDialog::reject);
    retranslate();
}

void ExportBundleDialog::setOutput(const QString &path)
{
    m_output->setPath(path);
}

void ExportBundleDialog::setCoordinator(const ReplicaIdentity &coordinator)
{
    m_lock->setKnownRecipient(coordinator);
}

void ExportBundleDialog::setRecipientIdentity(const QString &path)
{
    m_lock->setRecipientIdentity(path);
}

void ExportBundleDialog::setPassphrase(const QString &passphrase, const QString &repeated)
{
    m_lock->setPassphrase(passphrase, repeated);
}

void ExportBundleDialog::setEverything(bool everything)
{
    m_everything->setChecked(everything);
}

void ExportBundleDialog::setStatistical(bool statistical)
{
    m_statistical->setChecked(statistical);
}

QString ExportBundleDialog::problem() const
{
    if (m_output->path().isEmpty())
        return tr("Choose where to save the bundle.");
    return m_lock->problem();
}

void ExportBundleDialog::start()
{
    if (m_job->isRunning())
        return;
    QString error = problem();
    ExportOptions options;
    options.everything = m_everything->isChecked();
    options.statistical = m_statistical->isChecked();
    if (error.isEmpty()) {
        try {
            options.lock = m_lock->lock(&options.recipient);
        } catch (const Error &failure) {
            error = failure.message();
        }
    }
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    const QString output = m_output->path();
    m_job->start(m_path, tr("Writing the bundle…"), [options, output](Store &store) {
        const ExportSummary summary = Exporter(store).exportTo(output, options);
        const int records = static_cast<int>(summary.records);
        return (options.statistical
                    ? tr("Statistical bundle %1 saved to %2: a snapshot of the region with %n row(s), without names, "
                         "free text or keys that lead back to a person.",
                         nullptr, records - 1)
                    : tr("Bundle %1 saved to %2 with %n change(s). Take it to the coordinator.", nullptr, records))
            .arg(summary.sequence)
            .arg(output);
    });
}

void ExportBundleDialog::waitForFinished()
{
    m_job->wait();
}

void ExportBundleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportBundleDialog::retranslate()
{
    setWindowTitle(tr("Export a bundle"));
    m_outputLabel->setText(tr("&Save as:"));
    m_output->setDialogTitle(tr("Save the bundle as"));
    m_everything->setText(tr("&Everything, not only the changes since the last export"));
    m_statistical->setText(tr("&Statistical: a snapshot of the region without names, free text or keys, for "
                              "regional reporting only"));
    m_export->setText(tr("&Export"));
}

} // namespace teren
