#pragma once

#include "domain/Entities.h"

#include <QHash>
#include <QList>
#include <QWizard>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace teren {

class NewPassphraseFields;
class RecoveryKeyPage;
class Store;

// The coordinator's first run: a new file for a new region. Where to save the file
// and the passphrase it is encrypted under, the region's name, the coordinator's own
// name, the providers of the services (name, IČO, registered services) and which of
// them the coordinator works for. "Set up the region" creates the file with
// RegionSetup (this installation is then the region's coordinator's), and the last
// page shows the organisation's recovery key once; the wizard finishes only when the
// coordinator confirms it is kept. Each page says beside the field what is missing
// or wrong.
class RegionSetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { FilePage, PassphrasePage, RegionPage, ProvidersPage, FinishPage, KeyPage };

    explicit RegionSetupWizard(QWidget *parent = nullptr);
    ~RegionSetupWizard() override;

    QLineEdit *fileEdit() const { return m_file; }
    NewPassphraseFields *passphraseFields() const { return m_passphrase; }
    RecoveryKeyPage *keyPage() const { return m_keyPage; }
    QLineEdit *regionEdit() const { return m_region; }
    QLineEdit *coordinatorEdit() const { return m_coordinator; }
    QLineEdit *providerNameEdit() const { return m_providerName; }
    QLineEdit *icoEdit() const { return m_ico; }
    QCheckBox *serviceBox(const QString &code) const;
    QPushButton *addProviderButton() const { return m_addProvider; }
    QTreeWidget *providerList() const { return m_providerList; }
    QComboBox *coordinatorProviderBox() const { return m_coordinatorProvider; }
    // The message shown beside the field (empty when none): "file", "region",
    // "coordinator", "name", "ico", "providers" or "setup".
    QString errorText(const QString &field) const;
    // The file created by "Set up the region" (empty before), and the store open on
    // it, which the window takes over.
    QString createdFile() const { return m_created; }
    std::unique_ptr<Store> takeStore();
    // Adds the provider typed into the form to the list; false (with the message
    // beside the field) when its name is missing or its IČO is not valid.
    bool addProvider();

    bool validateCurrentPage() override;
    // Refused on the recovery key's page: the file exists by then, and the key is
    // not shown again.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;
    void initializePage(int id) override;

private:
    void retranslate();
    void chooseFile();
    bool validateFile();
    bool validateRegion();
    bool validateProviders();
    bool create();
    void showError(const QString &field, const QString &message, QWidget *widget);
    void clearErrors();
    void fillProviders();
    void updateSummary();
    QString filePath() const;

    QList<Provider> m_providers;
    QString m_created;
    std::unique_ptr<Store> m_store;

    QLabel *m_fileIntro;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_browse;

    QLabel *m_passphraseIntro;
    NewPassphraseFields *m_passphrase;

    QLabel *m_regionIntro;
    QLabel *m_regionLabel;
    QLineEdit *m_region;
    QLabel *m_coordinatorLabel;
    QLineEdit *m_coordinator;

    QLabel *m_providersIntro;
    QTreeWidget *m_providerList;
    QLabel *m_providerNameLabel;
    QLineEdit *m_providerName;
    QLabel *m_icoLabel;
    QLineEdit *m_ico;
    QLabel *m_servicesLabel;
    QList<QCheckBox *> m_services;
    QPushButton *m_addProvider;
    QPushButton *m_removeProvider;

    QLabel *m_coordinatorProviderLabel;
    QComboBox *m_coordinatorProvider;
    QLabel *m_summary;
    RecoveryKeyPage *m_keyPage;

    QHash<QString, QLabel *> m_errors;
};

} // namespace teren
