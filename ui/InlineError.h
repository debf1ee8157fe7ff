#pragma once

class QLabel;
class QString;
class QWidget;

namespace teren {

// The red, selectable, word-wrapped label that shows a rule's message next to the
// field it is about; hidden until there is something to say.
QLabel *newErrorLabel(const QString &objectName, QWidget *parent);

// Shows `message` on `label` and puts the focus on `field`, the input the message is
// about (null: none), when it can take it: enabled and shown within `container`.
void showInlineError(QLabel *label, const QString &message, QWidget *field, const QWidget *container);

} // namespace teren
