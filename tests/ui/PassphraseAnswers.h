#pragma once

#include "MainWindow.h"
#include "lock/NewPassphraseDialog.h"
#include "lock/NewPassphraseFields.h"
#include "lock/PassphrasePrompt.h"

#include <QLineEdit>
#include <QPushButton>
#include <QString>
#include <QTest>

namespace teren::test {

// A passphrase the rule accepts, for the files tests create through the window.
inline QString windowPassphrase()
{
    return QStringLiteral("žlutý kůň pije z potoka");
}

// Types `text` key by key, Czech letters too (QTest::keyClicks takes ASCII only).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar character : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(character), Qt::NoModifier);
}

// Types `passphrase` into both fields and presses OK; whether the dialog took it.
inline bool typeNewPassphrase(NewPassphraseDialog &dialog, const QString &passphrase)
{
    dialog.show();
    typeText(dialog.fields()->passphraseEdit(), passphrase);
    typeText(dialog.fields()->repeatEdit(), passphrase);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    return dialog.result() == QDialog::Accepted;
}

// Types `passphrase` into the prompt and presses OK; whether the file opened.
inline bool typePassphrase(PassphrasePrompt &prompt, const QString &passphrase)
{
    prompt.show();
    typeText(prompt.passphraseEdit(), passphrase);
    QTest::mouseClick(prompt.okButton(), Qt::LeftButton);
    return prompt.result() == QDialog::Accepted;
}

// Every new file the window creates gets `passphrase`, as if the user typed it.
inline void answerNewPassphrases(MainWindow &window, const QString &passphrase = windowPassphrase())
{
    window.setNewPassphraseHandler(
        [passphrase](NewPassphraseDialog &dialog) { return typeNewPassphrase(dialog, passphrase); });
}

} // namespace teren::test
