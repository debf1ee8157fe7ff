#pragma once

#include <QDialog>

#include <memory>

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
    bool m_offersRecoveryKey;
    bool m_usingRecoveryKey = false;
    std::unique_ptr<Store> m_store;
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
