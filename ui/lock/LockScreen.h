#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace teren {

// What the main window shows while its file is locked, in place of the list and the
// card: which file it is, a passphrase field and Unlock. Nothing of the file's
// contents is on it.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget *parent = nullptr);

    // Shows the screen for `path`, empty and ready for the passphrase.
    void showFor(const QString &path);
    // A failed attempt: the message under the field, which is emptied.
    void showError(const QString &message);
    QString errorText() const;

    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QPushButton *unlockButton() const { return m_unlock; }

Q_SIGNALS:
    void unlockRequested(const QString &passphrase);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_path;
    QLabel *m_title;
    QLabel *m_file;
    QLabel *m_text;
    QLabel *m_passphraseLabel;
    QLineEdit *m_passphrase;
    QLabel *m_error;
    QPushButton *m_unlock;
};

} // namespace teren
