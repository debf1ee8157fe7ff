#pragma once

#include "sync/Importer.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace teren {

class BackgroundJob;

// Imports bundles from workers (or the coordinator) into the open file, off the GUI
// thread: each bundle in its own transaction, each refused one listed with its
// reason. Cancel stops before the next bundle; the one being merged completes or
// rolls back as a whole.
class ImportBundlesDialog : public QDialog
{
    Q_OBJECT

public:
    ImportBundlesDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~ImportBundlesDialog() override;

    void setFiles(const QStringList &files);
    void setPassphrase(const QString &passphrase);
    void setAcceptNewSenders(bool accept);
    void start();
    bool isRunning() const;
    void waitForFinished();
    QTreeWidget *results() const { return m_results; }
    QLabel *status() const { return m_status; }

Q_SIGNALS:
    // Bundles were merged: the caller reloads what it shows.
    void databaseChanged();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void chooseFiles();
    void addReport(const ImportReport &report);
    void finish(const QString &error);
    void retranslate();
    void updateButtons();

    QString m_path;
    QListWidget *m_files;
    QPushButton *m_addFiles;
    QLabel *m_passphraseLabel;
    QLineEdit *m_passphrase;
    QCheckBox *m_acceptNew;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTreeWidget *m_results;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    BackgroundJob *m_job = nullptr;
    int m_done = 0;
    int m_refused = 0;
    bool m_changed = false;
};

} // namespace teren
