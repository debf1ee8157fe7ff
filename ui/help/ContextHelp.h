#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace teren {

class GuideWindow;

// F1: the user guide at the page that fits what the user is doing. The page is found
// from the widget with the focus up through its parents: the first that names a page
// (a "helpTopic" property, or its kind: the week, a tab of the card, the report, a
// sync, backup or region dialog) decides; the contents when none does.
class ContextHelp
{
public:
    // The page (a file name without ".md") that fits `widget`.
    static QString topicOf(const QWidget *widget);
    // Every page a kind of window or widget leads to.
    static QStringList knownTopics();
    // Names the page that fits `widget` and what it holds.
    static void setTopic(QWidget *widget, const QString &page);
    // Opens the guide, or brings it forward, at the page that fits `context`. Over a
    // dialog that blocks the other windows the guide belongs to that dialog, so it
    // can be read and scrolled.
    static GuideWindow *open(QWidget *context);
    // The guide's window when it is open.
    static GuideWindow *guideWindow();
    // F1 in every window of the application, dialogs waiting for an answer too (the
    // main window has its own Help → User guide with F1). Once is enough.
    static void installF1Key();
};

} // namespace teren
