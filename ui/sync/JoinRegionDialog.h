#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace teren {

class BundleFileEdit;
class CaseSession;

// A new laptop joins the region with the enrolment bundle its coordinator issued:
// the region's codelists, localities and workers and this worker's clients come in,
// and from then on the laptop works as that worker and its bundles are trusted.
class JoinRegionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit JoinRegionDialog(CaseSession &session, QWidget *parent = nullptr);

    void setBundle(const QString &path);
    void setPassphrase(const QString &passphrase);
    // Returns whether the laptop joined; the status line says why not.
    bool join();
    QLabel *status() const { return m_status; }

Q_SIGNALS:
    void joined();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    CaseSession &m_session;
    QLabel *m_intro;
    QLabel *m_bundleLabel;
    BundleFileEdit *m_bundle;
    QLabel *m_passphraseLabel;
    QLineEdit *m_passphrase;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_join;
};

} // namespace teren
