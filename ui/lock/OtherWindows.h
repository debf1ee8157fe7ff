#pragma once

class QWidget;

namespace teren {

// What has to go before the main window closes its file for a while (to lock it, or
// to encrypt it in place): the windows showing what is in it, and the questions
// whose callers go on with the file once answered.
namespace OtherWindows {

// Whether a question is open: a dialog that blocks the window, a menu, or an event
// loop other than the application's own. A dialog run with exec() returns to code
// that goes on with the open file once it is answered, so the file may close only
// after that code has returned.
bool waitingForAnswer();
// Answers those as Cancel (menus closed, the dialog rejected), so their callers
// return; the file can close once the application's own loop runs again.
void cancelQuestions();
// Closes every window of `main` besides itself that is shown (a dialog as Cancel).
// Those that delete themselves when closed are deleted at once, before the file
// they show goes.
void closeAllOf(QWidget *main);

} // namespace OtherWindows

} // namespace teren
