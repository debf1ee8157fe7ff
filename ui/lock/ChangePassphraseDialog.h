#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace teren {

class NewPassphraseFields;

// File → Change passphrase: the current passphrase, and the new one twice. The
// database key is wrapped anew (FileEncryption::changePassphrase); the data is not
// touched, so the open file goes on working. A wrong current passphrase is said
// under it, a new one the rule refuses under that.
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePassphraseDialog(const QString &path, QWidget *parent = nullptr);

    // What OK does; true when the passphrase was changed.
    bool change();

    QLineEdit *currentEdit() const { return m_current; }
    NewPassphraseFields *fields() const { return m_fields; }
    QPushButton *okButton() const { return m_ok; }
    // The message under the current passphrase (empty when none).
    QString currentErrorText() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_path;
    QLabel *m_intro;
    QLabel *m_currentLabel;
    QLineEdit *m_current;
    QLabel *m_currentError;
    NewPassphraseFields *m_fields;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
};

} // namespace teren
