#pragma once

#include "sync/Importer.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace teren {

class BackgroundJob;

// Imports bundles from workers (or the coordinator) into the open file, off the GUI
// thread: each bundle in its own transaction, each refused one listed with its
// reason. Cancel stops before the next bundle; the one being merged completes or
// rolls back as a whole. A bundle from a laptop whose clock runs more than a day
// ahead is refused at first; once the others are done, the dialog asks about each
// such bundle whether to import it anyway, and imports those it is told to.
class ImportBundlesDialog : public QDialog
{
    Q_OBJECT

public:
    ImportBundlesDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~ImportBundlesDialog() override;

    void setFiles(const QStringList &files);
    void setPassphrase(const QString &passphrase);
    void setAcceptNewSenders(bool accept);
    // Asks whether to import a bundle from a laptop whose clock runs ahead anyway
    // (the question says why; true: import it); a message box unless a test answers.
    void setClockSkewQuestion(std::function<bool(const QString &)> ask) { m_askClockSkew = std::move(ask); }
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
    void run(const QStringList &files, bool acceptClockSkew);
    void addReport(const ImportReport &report);
    void finish(const QString &error);
    // Asks about each bundle refused for a clock running ahead and imports those the
    // user wants anyway; false when there is none.
    bool importSkewedAnyway();
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
    std::function<bool(const QString &)> m_askClockSkew;
    struct Skewed
    {
        QString file;
        QString reason;
        QTreeWidgetItem *row;
    };
    QList<Skewed> m_skewed;            // refused for a clock running ahead, not asked about yet
    QList<QTreeWidgetItem *> m_retried; // the rows of the bundles imported anyway, in order
    bool m_acceptingClockSkew = false;  // the job running imports them
    int m_expected = 0;                 // bundles the job running was given
    int m_done = 0;
    int m_refused = 0;
    bool m_changed = false;
};

} // namespace teren
