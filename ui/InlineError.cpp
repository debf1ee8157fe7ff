#include "InlineError.h"

#include <QLabel>

namespace teren {

QLabel *newErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    // Right under the field, also when the layout gives the label more height than its lines.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setStyleSheet(QStringLiteral("color: #b01c1c; font-weight: bold;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showInlineError(QLabel *label, const QString &message, QWidget *field, const QWidget *container)
{
    label->setText(message);
    label->show();
    if (field && field->isEnabled() && field->isVisibleTo(container))
        field->setFocus(Qt::OtherFocusReason);
}

} // namespace teren
