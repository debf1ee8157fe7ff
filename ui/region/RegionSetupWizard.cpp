#include "RegionSetupWizard.h"

#include "InlineError.h"
#include "RecoveryKeyPage.h"
#include "RegionForms.h"
#include "WindowGeometry.h"
#include "domain/Codes.h"
#include "domain/Error.h"
#include "lock/NewPassphraseFields.h"
#include "storage/KeyFile.h"
#include "store/RegionSetup.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace teren {

namespace {

QLabel *introLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

RegionSetupWizard::RegionSetupWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("regionSetupWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    const auto error = [this](const QString &field, QWidget *page) {
        QLabel *label = newErrorLabel(field + QStringLiteral("Error"), page);
        m_errors.insert(field, label);
        return label;
    };

    // Where the file goes.
    auto *filePage = new QWizardPage(this);
    m_fileIntro = introLabel(filePage);
    m_fileLabel = new QLabel(filePage);
    m_file = new QLineEdit(filePage);
    m_file->setObjectName(QStringLiteral("file"));
    m_browse = new QPushButton(filePage);
    m_fileLabel->setBuddy(m_file);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *fileForm = new QFormLayout;
    fileForm->addRow(m_fileLabel, fileRow);
    fileForm->addRow(static_cast<QWidget *>(nullptr), error(QStringLiteral("file"), filePage));
    auto *fileLayout = new QVBoxLayout(filePage);
    fileLayout->addWidget(m_fileIntro);
    fileLayout->addSpacing(8);
    fileLayout->addLayout(fileForm);
    fileLayout->addStretch(1);
    setPage(FilePage, filePage);
    connect(m_browse, &QPushButton::clicked, this, &RegionSetupWizard::chooseFile);

    // The passphrase the file is encrypted under.
    auto *passphrasePage = new QWizardPage(this);
    m_passphraseIntro = introLabel(passphrasePage);
    m_passphrase = new NewPassphraseFields(passphrasePage);
    auto *passphraseLayout = new QVBoxLayout(passphrasePage);
    passphraseLayout->addWidget(m_passphraseIntro);
    passphraseLayout->addSpacing(8);
    passphraseLayout->addWidget(m_passphrase);
    passphraseLayout->addStretch(1);
    setPage(PassphrasePage, passphrasePage);

    // The region and its coordinator.
    auto *regionPage = new QWizardPage(this);
    m_regionIntro = introLabel(regionPage);
    m_regionLabel = new QLabel(regionPage);
    m_region = new QLineEdit(regionPage);
    m_region->setObjectName(QStringLiteral("region"));
    m_coordinatorLabel = new QLabel(regionPage);
    m_coordinator = new QLineEdit(regionPage);
    m_coordinator->setObjectName(QStringLiteral("coordinator"));
    m_regionLabel->setBuddy(m_region);
    m_coordinatorLabel->setBuddy(m_coordinator);
    auto *regionForm = new QFormLayout;
    regionForm->addRow(m_regionLabel, m_region);
    regionForm->addRow(static_cast<QWidget *>(nullptr), error(QStringLiteral("region"), regionPage));
    regionForm->addRow(m_coordinatorLabel, m_coordinator);
    regionForm->addRow(static_cast<QWidget *>(nullptr), error(QStringLiteral("coordinator"), regionPage));
    auto *regionLayout = new QVBoxLayout(regionPage);
    regionLayout->addWidget(m_regionIntro);
    regionLayout->addSpacing(8);
    regionLayout->addLayout(regionForm);
    regionLayout->addStretch(1);
    setPage(RegionPage, regionPage);

    // The providers.
    auto *providersPage = new QWizardPage(this);
    m_providersIntro = introLabel(providersPage);
    m_providerList = new QTreeWidget(providersPage);
    m_providerList->setObjectName(QStringLiteral("providers"));
    m_providerList->setColumnCount(3);
    m_providerList->setRootIsDecorated(false);
    m_providerList->setMinimumHeight(90);
    m_providerList->header()->setStretchLastSection(true);
    m_providerNameLabel = new QLabel(providersPage);
    m_providerName = new QLineEdit(providersPage);
    m_providerName->setObjectName(QStringLiteral("providerName"));
    m_icoLabel = new QLabel(providersPage);
    m_ico = new QLineEdit(providersPage);
    m_ico->setObjectName(QStringLiteral("ico"));
    m_ico->setMaxLength(8);
    m_providerNameLabel->setBuddy(m_providerName);
    m_icoLabel->setBuddy(m_ico);
    m_servicesLabel = new QLabel(providersPage);
    auto *services = new QGridLayout;
    services->setContentsMargins(0, 0, 0, 0);
    for (const QString &code : Codes::providerServices()) {
        auto *box = new QCheckBox(providersPage);
        box->setObjectName(code);
        const int index = static_cast<int>(m_services.size());
        services->addWidget(box, index / 2, index % 2);
        m_services.append(box);
    }
    m_addProvider = new QPushButton(providersPage);
    m_addProvider->setObjectName(QStringLiteral("addProvider"));
    m_removeProvider = new QPushButton(providersPage);
    m_removeProvider->setObjectName(QStringLiteral("removeProvider"));
    auto *providerButtons = new QHBoxLayout;
    providerButtons->addWidget(m_addProvider);
    providerButtons->addWidget(m_removeProvider);
    providerButtons->addStretch(1);
    auto *providerForm = new QFormLayout;
    providerForm->addRow(m_providerNameLabel, m_providerName);
    providerForm->addRow(static_cast<QWidget *>(nullptr), error(QStringLiteral("name"), providersPage));
    providerForm->addRow(m_icoLabel, m_ico);
    providerForm->addRow(static_cast<QWidget *>(nullptr), error(QStringLiteral("ico"), providersPage));
    providerForm->addRow(m_servicesLabel, services);
    providerForm->addRow(static_cast<QWidget *>(nullptr), providerButtons);
    auto *providersLayout = new QVBoxLayout(providersPage);
    providersLayout->addWidget(m_providersIntro);
    providersLayout->addLayout(providerForm);
    providersLayout->addWidget(m_providerList, 1);
    providersLayout->addWidget(error(QStringLiteral("providers"), providersPage));
    setPage(ProvidersPage, providersPage);
    connect(m_addProvider, &QPushButton::clicked, this, &RegionSetupWizard::addProvider);
    connect(m_removeProvider, &QPushButton::clicked, this, [this] {
        const int row = m_providerList->currentIndex().row();
        if (row >= 0 && row < m_providers.size()) {
            m_providers.removeAt(row);
            fillProviders();
        }
    });
    connect(m_providerList, &QTreeWidget::currentItemChanged, this,
            [this] { m_removeProvider->setEnabled(m_providerList->currentItem() != nullptr); });

    // Who the coordinator works for, and what is made.
    auto *finishPage = new QWizardPage(this);
    m_coordinatorProviderLabel = new QLabel(finishPage);
    m_coordinatorProvider = new QComboBox(finishPage);
    m_coordinatorProvider->setObjectName(QStringLiteral("coordinatorProvider"));
    m_coordinatorProviderLabel->setBuddy(m_coordinatorProvider);
    m_summary = introLabel(finishPage);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText);
    auto *finishForm = new QFormLayout;
    finishForm->addRow(m_coordinatorProviderLabel, m_coordinatorProvider);
    auto *finishLayout = new QVBoxLayout(finishPage);
    finishLayout->addLayout(finishForm);
    finishLayout->addSpacing(8);
    finishLayout->addWidget(m_summary);
    finishLayout->addWidget(error(QStringLiteral("setup"), finishPage));
    finishLayout->addStretch(1);
    // Once the region is set up there is no going back: the file exists.
    finishPage->setCommitPage(true);
    setPage(FinishPage, finishPage);
    connect(m_coordinatorProvider, &QComboBox::currentIndexChanged, this, &RegionSetupWizard::updateSummary);

    m_keyPage = new RecoveryKeyPage(this);
    setPage(KeyPage, m_keyPage);

    setStartId(FilePage);
    WindowGeometry::manage(this, QSize(720, 560));
    retranslate();
    fillProviders();
}

RegionSetupWizard::~RegionSetupWizard() = default;

std::unique_ptr<Store> RegionSetupWizard::takeStore()
{
    return std::move(m_store);
}

QCheckBox *RegionSetupWizard::serviceBox(const QString &code) const
{
    for (QCheckBox *box : m_services) {
        if (box->objectName() == code)
            return box;
    }
    return nullptr;
}

QString RegionSetupWizard::errorText(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void RegionSetupWizard::showError(const QString &field, const QString &message, QWidget *widget)
{
    showInlineError(m_errors.value(field), message, widget, this);
}

void RegionSetupWizard::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
}

QString RegionSetupWizard::filePath() const
{
    QString path = m_file->text().trimmed();
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".sqlite"), Qt::CaseInsensitive))
        path += QStringLiteral(".sqlite");
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

void RegionSetupWizard::chooseFile()
{
    QString start = m_file->text();
    if (start.isEmpty())
        start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .filePath(tr("region") + QStringLiteral(".sqlite"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Where to save the region's file"), start, tr("Terén databases (*.sqlite)"));
    if (!path.isEmpty())
        m_file->setText(QDir::toNativeSeparators(path));
}

bool RegionSetupWizard::validateFile()
{
    const QString path = filePath();
    if (path.isEmpty()) {
        showError(QStringLiteral("file"), tr("Choose where to save the region's file."), m_file);
        return false;
    }
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        showError(QStringLiteral("file"),
                  tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())), m_file);
        return false;
    }
    if (info.exists()) {
        showError(QStringLiteral("file"),
                  tr("%1 exists already: a new region starts in a new file. Choose another name.")
                      .arg(info.fileName()),
                  m_file);
        return false;
    }
    return true;
}

bool RegionSetupWizard::validateRegion()
{
    bool ok = true;
    if (m_coordinator->text().trimmed().isEmpty()) {
        showError(QStringLiteral("coordinator"), tr("Write your name: your changes are recorded under it."),
                  m_coordinator);
        ok = false;
    }
    if (m_region->text().trimmed().isEmpty()) {
        showError(QStringLiteral("region"), tr("Write the region's name, e.g. Karlovarský kraj."), m_region);
        ok = false;
    }
    return ok;
}

bool RegionSetupWizard::addProvider()
{
    m_errors.value(QStringLiteral("name"))->hide();
    m_errors.value(QStringLiteral("ico"))->hide();
    m_errors.value(QStringLiteral("providers"))->hide();
    Provider provider;
    provider.name = m_providerName->text().trimmed();
    provider.ico = m_ico->text().trimmed();
    for (const QCheckBox *box : std::as_const(m_services)) {
        if (box->isChecked())
            provider.services.append(box->objectName());
    }
    if (provider.name.isEmpty()) {
        showError(QStringLiteral("name"), tr("Write the provider's name."), m_providerName);
        return false;
    }
    if (!provider.ico.isEmpty() && !Codes::isValidIco(provider.ico)) {
        showError(QStringLiteral("ico"),
                  tr("\"%1\" is not a valid IČO: it has eight digits, the last one a checksum of the others. "
                     "Leave it empty if you do not know it.")
                      .arg(provider.ico),
                  m_ico);
        return false;
    }
    m_providers.append(provider);
    m_providerName->clear();
    m_ico->clear();
    for (QCheckBox *box : std::as_const(m_services))
        box->setChecked(false);
    fillProviders();
    m_providerName->setFocus(Qt::OtherFocusReason);
    return true;
}

bool RegionSetupWizard::validateProviders()
{
    // What is typed into the form counts as one more provider.
    const bool typed = !m_providerName->text().trimmed().isEmpty() || !m_ico->text().trimmed().isEmpty();
    if (typed && !addProvider())
        return false;
    if (m_providers.isEmpty()) {
        showError(QStringLiteral("name"), tr("Name at least one provider of the services."), m_providerName);
        return false;
    }
    return true;
}

void RegionSetupWizard::fillProviders()
{
    m_providerList->clear();
    for (const Provider &provider : std::as_const(m_providers)) {
        auto *item = new QTreeWidgetItem(m_providerList);
        item->setText(0, provider.name);
        item->setText(1, provider.ico);
        QStringList services;
        for (const QString &service : provider.services)
            services.append(Codes::providerServiceLabel(service));
        item->setText(2, capitalised(services.join(QStringLiteral(", "))));
    }
    m_providerList->resizeColumnToContents(0);
    m_providerList->resizeColumnToContents(1);
    m_removeProvider->setEnabled(m_providerList->currentItem() != nullptr);

    const QString chosen = m_coordinatorProvider->currentText();
    const QSignalBlocker blocker(m_coordinatorProvider);
    m_coordinatorProvider->clear();
    m_coordinatorProvider->addItem(tr("— none of them (the region's office) —"), -1);
    for (int index = 0; index < m_providers.size(); ++index)
        m_coordinatorProvider->addItem(m_providers.at(index).name, index);
    const int found = m_coordinatorProvider->findText(chosen);
    m_coordinatorProvider->setCurrentIndex(found > 0 ? found : (m_providers.size() == 1 ? 1 : 0));
    updateSummary();
}

void RegionSetupWizard::updateSummary()
{
    QStringList providers;
    for (const Provider &provider : std::as_const(m_providers))
        providers.append(provider.ico.isEmpty() ? provider.name
                                                : tr("%1 (IČO %2)").arg(provider.name, provider.ico));
    const int index = m_coordinatorProvider->currentData().toInt();
    const QString coordinator = index >= 0 && index < m_providers.size()
        ? tr("%1, coordinator, of %2").arg(m_coordinator->text().trimmed(), m_providers.at(index).name)
        : tr("%1, coordinator").arg(m_coordinator->text().trimmed());
    m_summary->setText(tr("Finishing creates %1 with:\n\n• the region %2\n• %3\n• %n provider(s): %4\n\nThis "
                          "computer then becomes the region's coordinator installation: it enrols the workers' "
                          "laptops, and the region's workers, providers, localities and codelists are changed "
                          "here.",
                          nullptr, static_cast<int>(m_providers.size()))
                           .arg(QDir::toNativeSeparators(filePath()), m_region->text().trimmed(), coordinator,
                                providers.join(QStringLiteral(", "))));
}

void RegionSetupWizard::initializePage(int id)
{
    if (id == FinishPage)
        updateSummary();
    QWizard::initializePage(id);
}

bool RegionSetupWizard::create()
{
    const QString path = filePath();
    RegionSetup::Plan plan;
    plan.regionName = m_region->text().trimmed();
    plan.coordinatorName = m_coordinator->text().trimmed();
    plan.providers = m_providers;
    plan.coordinatorProvider = m_coordinatorProvider->currentData().toInt();
    StoreOptions options;
    options.passphrase = m_passphrase->passphrase();
    QString recoveryKey;
    bool made = false;
    try {
        m_store = Store::create(path, options);
        made = true;
        RegionSetup::create(*m_store, plan);
        recoveryKey = m_store->createRecoveryKey();
    } catch (const Error &error) {
        // A file left half made would be refused next time as existing.
        m_store.reset();
        if (made) {
            for (const QString &file : QStringList{path, KeyFile::pathFor(path), path + QStringLiteral("-wal"),
                                                   path + QStringLiteral("-shm")})
                QFile::remove(file);
        }
        showError(QStringLiteral("setup"), error.message(), nullptr);
        return false;
    }
    m_created = path;
    m_keyPage->setKey(recoveryKey, plan.regionName, path);
    return true;
}

bool RegionSetupWizard::validateCurrentPage()
{
    clearErrors();
    switch (currentId()) {
    case FilePage:
        return validateFile();
    case PassphrasePage:
        return m_passphrase->validate();
    case RegionPage:
        return validateRegion();
    case ProvidersPage:
        return validateProviders();
    case FinishPage:
        // The file may have appeared since the first page.
        if (!validateFile()) {
            showError(QStringLiteral("setup"), errorText(QStringLiteral("file")), nullptr);
            return false;
        }
        return create();
    default:
        return true;
    }
}

void RegionSetupWizard::reject()
{
    if (currentId() == KeyPage)
        return;
    QWizard::reject();
}

void RegionSetupWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void RegionSetupWizard::retranslate()
{
    setWindowTitle(tr("Set up a new region"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::CommitButton, tr("&Set up the region"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));

    page(FilePage)->setTitle(tr("The region's file"));
    page(FilePage)->setSubTitle(tr("Everything the region keeps is in one file on this computer."));
    m_fileIntro->setText(tr("Choose where to save it: a folder that is backed up, on an encrypted disk. The "
                            "workers' laptops never see this file; they exchange encrypted bundles with it."));
    m_fileLabel->setText(tr("&File:"));
    m_file->setPlaceholderText(tr("e.g. ~/Documents/karlovarsky-kraj.sqlite"));
    m_browse->setText(tr("&Choose…"));

    page(PassphrasePage)->setTitle(tr("The file's passphrase"));
    page(PassphrasePage)->setSubTitle(tr("The region's file is encrypted: a lost or stolen computer reveals nobody."));
    m_passphraseIntro->setText(tr("Terén asks for this passphrase whenever the file is opened or Terén is unlocked. "
                                  "Choose one you will remember; a few words in a row are easiest. If it is ever "
                                  "lost, the recovery key shown at the end opens the file."));

    page(RegionPage)->setTitle(tr("The region and its coordinator"));
    page(RegionPage)->setSubTitle(tr("You coordinate the region: you enrol the workers' laptops and merge their work."));
    m_regionIntro->setText(tr("The region's name heads its reports. Your name is recorded with every change you "
                              "make."));
    m_regionLabel->setText(tr("&Region's name:"));
    m_region->setPlaceholderText(tr("e.g. Karlovarský kraj"));
    m_coordinatorLabel->setText(tr("&Your name:"));
    m_coordinator->setPlaceholderText(tr("given name and family name"));

    page(ProvidersPage)->setTitle(tr("The providers of the services"));
    page(ProvidersPage)->setSubTitle(tr("The organisations whose workers do the field work; at least one."));
    m_providersIntro->setText(tr("Type a provider and add it; add as many as the region has. The IČO is "
                                 "optional. More can be added later under Region → Providers."));
    m_providerNameLabel->setText(tr("&Name:"));
    m_icoLabel->setText(tr("&IČO:"));
    m_ico->setPlaceholderText(tr("eight digits, e.g. 25755277"));
    m_servicesLabel->setText(tr("Registered services:"));
    for (QCheckBox *box : std::as_const(m_services))
        box->setText(capitalised(Codes::providerServiceLabel(box->objectName())));
    m_addProvider->setText(tr("&Add the provider"));
    m_removeProvider->setText(tr("&Remove"));
    m_providerList->setHeaderLabels({tr("Provider"), tr("IČO"), tr("Registered services")});

    page(FinishPage)->setTitle(tr("Set up the region"));
    page(FinishPage)->setSubTitle(tr("Check what is made, then finish."));
    m_coordinatorProviderLabel->setText(tr("You &work for:"));
    m_keyPage->retranslate();
    fillProviders();
}

} // namespace teren
