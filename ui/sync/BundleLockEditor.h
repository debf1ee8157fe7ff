#pragma once

#include "sync/Bundle.h"
#include "sync/Keyring.h"

#include <QUuid>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QRadioButton;

namespace teren {

// How a bundle is locked, as both the export and the enrolment dialogs ask it:
// sealed to the key in an identity file (only that installation can open it) or
// under a passphrase typed twice.
class BundleLockEditor : public QWidget
{
    Q_OBJECT

public:
    // Whose identity file a sealed bundle is for; only the wording differs.
    enum class Recipient { Coordinator, NewInstallation };

    explicit BundleLockEditor(Recipient recipient, QWidget *parent = nullptr);

    // An installation whose key is known already (an enrolled laptop's coordinator):
    // offered first, and chosen, so no identity file is needed.
    void setKnownRecipient(const ReplicaIdentity &identity);
    void setRecipientIdentity(const QString &path);
    void setPassphrase(const QString &passphrase, const QString &repeated);
    // What keeps the lock from being used, translated; empty when it is complete.
    QString problem() const;
    // Fills the lock (reading the identity file); throws a translated Error.
    BundleLock lock(QUuid *recipient) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Recipient m_recipient;
    ReplicaIdentity m_known;
    QRadioButton *m_toKnown;
    QRadioButton *m_sealed;
    QLineEdit *m_identity;
    QPushButton *m_browseIdentity;
    QRadioButton *m_withPassphrase;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
};

} // namespace teren
