#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace teren {

class NewPassphraseFields;

// Asks for a new passphrase, twice: for a new file, for a plain file being
// encrypted, or for a file opened with the recovery key. OK is refused, with the
// reason beside the field, until the passphrase passes the rule and both agree.
class NewPassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { NewFile, Encrypt, AfterRecovery };

    NewPassphraseDialog(Purpose purpose, const QString &file, QWidget *parent = nullptr);

    Purpose purpose() const { return m_purpose; }
    QString passphrase() const;
    NewPassphraseFields *fields() const { return m_fields; }
    QPushButton *okButton() const { return m_ok; }
    QString introText() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Purpose m_purpose;
    QString m_file;
    QLabel *m_intro;
    NewPassphraseFields *m_fields;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
};

} // namespace teren
