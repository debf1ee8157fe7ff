#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace teren {

// A new passphrase typed twice. While it is typed, the rule it breaks
// (PassphrasePolicy) is shown under it, and under the second field whether the two
// differ; validate() says both at once and puts the cursor where to fix.
class NewPassphraseFields : public QWidget
{
    Q_OBJECT

public:
    explicit NewPassphraseFields(QWidget *parent = nullptr);

    QString passphrase() const;
    // Whether the passphrase passes the rule and both fields agree; the messages are
    // shown beside the fields either way.
    bool validate();
    bool isAcceptable() const;
    // A message about the passphrase from elsewhere (core's own check), under it.
    void showProblem(const QString &message);
    void clear();

    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    // The messages shown (empty when hidden).
    QString problemText() const;
    QString mismatchText() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateMessages(bool complete);

    QLabel *m_passphraseLabel;
    QLineEdit *m_passphrase;
    QLabel *m_problem;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeat;
    QLabel *m_mismatch;
    bool m_validated = false; // validate() said everything; typing goes back to live
};

} // namespace teren
