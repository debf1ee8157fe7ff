#pragma once

#include "storage/SecretKey.h"
#include "storage/StorageFailures.h"
#include "store/Store.h"

#include <QDialog>

#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace teren {

class Store;

// Asks for the passphrase of an encrypted file being opened, and opens it. A wrong
// passphrase is said under the field, which is emptied for another try; Cancel
// opens nothing. When the file's key file also opens with the organisation's
// recovery key, the recovery key can be typed instead.
class PassphrasePrompt : public QDialog
{
    Q_OBJECT

public:
    explicit PassphrasePrompt(const QString &path, QWidget *parent = nullptr);
    ~PassphrasePrompt() override;
    // How the file opens besides the passphrase (read-only, exclusive...).
    void setOptions(const StoreOptions &options) { m_options = options; }
    // Only unlocks the file's key, without opening the file (a damaged one, to
    // salvage it): what OK gives is takeKey().
    void setUnlockOnly(bool unlockOnly) { m_unlockOnly = unlockOnly; }
    std::shared_ptr<const SecretKey> takeKey() { return std::move(m_key); }
    // The passphrase was right but the file cannot be opened for work (damaged, in
    // use...): the prompt closes, and this says why, for the ways out.
    const std::optional<UnopenableFile> &problem() const { return m_problem; }

    // Tries what is typed; true when the file opened. Also what OK does.
    bool tryOpen();
    // The file opened (null before, or when cancelled).
    std::unique_ptr<Store> takeStore();
    bool openedWithRecoveryKey() const { return m_usingRecoveryKey && m_store; }

    bool offersRecoveryKey() const { return m_offersRecoveryKey; }
    // Switches between the passphrase and the recovery key.
    void useRecoveryKey(bool use);
    bool isUsingRecoveryKey() const { return m_usingRecoveryKey; }

    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *recoveryKeyEdit() const { return m_recoveryKey; }
    QPushButton *switchButton() const { return m_switch; }
    QPushButton *okButton() const { return m_ok; }
    // The message under the field (empty when none).
    QString errorText() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_path;
    StoreOptions m_options;
    bool m_offersRecoveryKey;
    bool m_usingRecoveryKey = false;
    std::unique_ptr<Store> m_store;
    bool m_unlockOnly = false;
    std::optional<UnopenableFile> m_problem;
    std::shared_ptr<const SecretKey> m_key;
    QLabel *m_intro;
    QLabel *m_fieldLabel;
    QLineEdit *m_passphrase;
    QLineEdit *m_recoveryKey;
    QLabel *m_error;
    QPushButton *m_switch;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
};

} // namespace teren
