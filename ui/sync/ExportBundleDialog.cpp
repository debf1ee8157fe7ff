#include "ExportBundleDialog.h"

#include "BackgroundJob.h"
#include "Error.h"
#include "store/Store.h"
#include "sync/Sync.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace teren {

ExportBundleDialog::ExportBundleDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_path(databasePath)
    , m_outputLabel(new QLabel(this))
    , m_output(new QLineEdit(this))
    , m_browseOutput(new QPushButton(this))
    , m_forCoordinator(new QRadioButton(this))
    , m_identity(new QLineEdit(this))
    , m_browseIdentity(new QPushButton(this))
    , m_withPassphrase(new QRadioButton(this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_everything(new QCheckBox(this))
    , m_statistical(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_export(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    m_forCoordinator->setChecked(true);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_status->setWordWrap(true);
    m_outputLabel->setBuddy(m_output);

    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(m_browseOutput);
    auto *identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identity, 1);
    identityRow->addWidget(m_browseIdentity);
    auto *form = new QFormLayout;
    form->addRow(m_outputLabel, outputRow);
    form->addRow(m_forCoordinator);
    form->addRow(QString(), identityRow);
    form->addRow(m_withPassphrase);
    form->addRow(QString(), m_passphrase);
    form->addRow(QString(), m_repeat);
    form->addRow(QString(), m_everything);
    form->addRow(QString(), m_statistical);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(620, 340);

    connect(m_browseOutput, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save the bundle as"), m_output->text(),
                                                          tr("Terén bundles (*.teren)"));
        if (!file.isEmpty())
            setOutput(file.endsWith(QStringLiteral(".teren")) ? file : file + QStringLiteral(".teren"));
    });
    connect(m_browseIdentity, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("The coordinator's identity file"));
        if (!file.isEmpty())
            setRecipientIdentity(file);
    });
    for (QRadioButton *mode : {m_forCoordinator, m_withPassphrase})
        connect(mode, &QRadioButton::toggled, this, [this] {
            m_identity->setEnabled(m_forCoordinator->isChecked());
            m_browseIdentity->setEnabled(m_forCoordinator->isChecked());
            m_passphrase->setEnabled(m_withPassphrase->isChecked());
            m_repeat->setEnabled(m_withPassphrase->isChecked());
        });
    m_passphrase->setEnabled(false);
    m_repeat->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &ExportBundleDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportBundleDialog::reject);
    retranslate();
}

ExportBundleDialog::~ExportBundleDialog()
{
    if (m_job)
        m_job->wait();
}

void ExportBundleDialog::setOutput(const QString &path)
{
    m_output->setText(path);
}

void ExportBundleDialog::setRecipientIdentity(const QString &path)
{
    m_forCoordinator->setChecked(true);
    m_identity->setText(path);
}

void ExportBundleDialog::setPassphrase(const QString &passphrase, const QString &repeated)
{
    m_withPassphrase->setChecked(true);
    m_passphrase->setText(passphrase);
    m_repeat->setText(repeated);
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
    if (m_output->text().trimmed().isEmpty())
        return tr("Choose where to save the bundle.");
    if (m_withPassphrase->isChecked()) {
        if (m_passphrase->text().size() < 8)
            return tr("The passphrase must have at least 8 characters.");
        if (m_passphrase->text() != m_repeat->text())
            return tr("The two passphrases differ.");
    }
    return {};
}

void ExportBundleDialog::start()
{
    if (m_job && m_job->isRunning())
        return;
    QString error = problem();
    ExportOptions options;
    options.everything = m_everything->isChecked();
    options.statistical = m_statistical->isChecked();
    if (error.isEmpty() && m_forCoordinator->isChecked()) {
        try {
            const ReplicaIdentity recipient = ReplicaIdentity::read(m_identity->text());
            options.recipient = recipient.replica;
            options.lock.recipientPublicKey = recipient.publicKey;
        } catch (const Error &failure) {
            error = failure.message();
        }
    }
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    if (m_withPassphrase->isChecked())
        options.lock.passphrase = m_passphrase->text().toUtf8();
    const QString output = m_output->text().trimmed();
    m_status->setText(tr("Writing the bundle…"));
    m_export->setEnabled(false);
    delete m_job;
    m_job = new BackgroundJob(
        m_path,
        [this, options, output](Store &store, const std::atomic<bool> &) {
            const ExportSummary summary = Sync(store).exportTo(output, options);
            m_summary = (options.statistical
                             ? tr("Statistical bundle %1 saved to %2 with %n change(s), without names or free text.",
                                  nullptr, static_cast<int>(summary.records))
                             : tr("Bundle %1 saved to %2 with %n change(s). Take it to the coordinator.", nullptr,
                                  static_cast<int>(summary.records)))
                            .arg(summary.sequence)
                            .arg(output);
        },
        this);
    connect(m_job, &BackgroundJob::finished, this, &ExportBundleDialog::finish);
    m_job->start();
}

void ExportBundleDialog::waitForFinished()
{
    if (m_job)
        m_job->wait();
    QCoreApplication::processEvents();
}

void ExportBundleDialog::finish(const QString &error)
{
    m_export->setEnabled(true);
    m_status->setText(error.isEmpty() ? m_summary : error);
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
    m_browseOutput->setText(tr("Choose…"));
    m_forCoordinator->setText(tr("For the &coordinator (only their installation can open it)"));
    m_identity->setPlaceholderText(tr("the coordinator's identity file"));
    m_browseIdentity->setText(tr("Choose…"));
    m_withPassphrase->setText(tr("Locked with a &passphrase"));
    m_passphrase->setPlaceholderText(tr("passphrase, at least 8 characters"));
    m_repeat->setPlaceholderText(tr("the same passphrase again"));
    m_everything->setText(tr("&Everything, not only the changes since the last export"));
    m_statistical->setText(tr("&Statistical: without names or free text, for regional reporting only"));
    m_export->setText(tr("&Export"));
}

} // namespace teren
