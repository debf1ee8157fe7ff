#pragma once

class QLabel;
class QString;
class QWidget;

namespace teren {

// The red, selectable, word-wrapped label that shows a rule's message next to the
// field it is about; hidden until there is something to say.
QLabel *newErrorLabel(const QString &objectName, QWidget *parent);

} // namespace teren
