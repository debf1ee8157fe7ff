#pragma once

#include "sync/Keyring.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace teren {

class BundleFileEdit;
class BundleLockEditor;
class StatusJob;

// Writes the changes since the last export (or all) to one bundle file, for the
// coordinator (sealed to the key in its identity file) or locked with a passphrase,
// off the GUI thread; optionally a statistical bundle without names or free text.
class ExportBundleDialog : public QDialog
{
    Q_OBJECT

public:
    ExportBundleDialog(const QString &databasePath, QWidget *parent = nullptr);

    void setOutput(const QString &path);
    // The coordinator of an enrolled laptop: chosen by default, no identity file needed.
    void setCoordinator(const ReplicaIdentity &coordinator);
    void setRecipientIdentity(const QString &path);
    void setPassphrase(const QString &passphrase, const QString &repeated);
    void setEverything(bool everything);
    void setStatistical(bool statistical);
    void start();
    void waitForFinished();
    QLabel *status() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QString problem() const;
    void retranslate();

    QString m_path;
    QLabel *m_outputLabel;
    BundleFileEdit *m_output;
    BundleLockEditor *m_lock;
    QCheckBox *m_everything;
    QCheckBox *m_statistical;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    StatusJob *m_job;
};

} // namespace teren
