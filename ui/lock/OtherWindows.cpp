#include "OtherWindows.h"

#include <QApplication>
#include <QDialog>
#include <QList>
#include <QPointer>
#include <QThread>
#include <QToolTip>
#include <QWidget>

namespace teren::OtherWindows {

namespace {

bool belongsTo(const QWidget *window, const QWidget *main)
{
    for (const QWidget *parent = window->parentWidget(); parent; parent = parent->parentWidget()) {
        if (parent == main)
            return true;
    }
    return false;
}

} // namespace

bool waitingForAnswer()
{
    // The application's own loop is level 1; every exec() adds one. A dialog opened
    // with open() is modal without a loop of its own: it is cancelled the same way.
    return QApplication::activeModalWidget() || QApplication::activePopupWidget()
        || QThread::currentThread()->loopLevel() > 1;
}

void cancelQuestions()
{
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
        dialog->reject();
}

void closeAllOf(QWidget *main)
{
    QToolTip::hideText();
    QList<QPointer<QWidget>> shown;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window != main && window->isVisible() && belongsTo(window, main))
            shown.append(window);
    }
    for (const QPointer<QWidget> &window : std::as_const(shown)) {
        if (!window)
            continue; // went with a window closed before it
        const bool deletes = window->testAttribute(Qt::WA_DeleteOnClose);
        window->close();
        if (deletes && window)
            delete window.data();
    }
}

} // namespace teren::OtherWindows
