#include "PartnerChecklist.h"

#include "domain/Codes.h"
#include "region/RegionForms.h"
#include "store/PartnerRepository.h"

#include <QAction>
#include <QMenu>

namespace teren {

PartnerChecklist::PartnerChecklist(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("contactPartners"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(m_menu);
    retranslate();
}

void PartnerChecklist::reload(Store &store)
{
    const QList<QUuid> ticked = checked();
    m_menu->clear();
    QString kind;
    for (const Partner &partner : PartnerRepository(store).choosable()) {
        if (partner.kind != kind) {
            kind = partner.kind;
            m_menu->addSection(capitalised(Codes::partnerKindLabel(kind)));
        }
        QAction *action = m_menu->addAction(partner.name);
        action->setCheckable(true);
        action->setChecked(ticked.contains(partner.id));
        action->setData(partner.id);
        connect(action, &QAction::toggled, this, &PartnerChecklist::updateText);
    }
    setEnabled(!m_menu->actions().isEmpty());
    updateText();
}

QList<QUuid> PartnerChecklist::checked() const
{
    QList<QUuid> ids;
    for (const QAction *action : m_menu->actions()) {
        if (action->isCheckable() && action->isChecked())
            ids.append(action->data().toUuid());
    }
    return ids;
}

void PartnerChecklist::setChecked(const QList<QUuid> &partnerIds)
{
    for (QAction *action : m_menu->actions()) {
        if (action->isCheckable())
            action->setChecked(partnerIds.contains(action->data().toUuid()));
    }
    updateText();
}

void PartnerChecklist::toggle(const QUuid &partnerId)
{
    for (QAction *action : m_menu->actions()) {
        if (action->isCheckable() && action->data().toUuid() == partnerId)
            action->toggle();
    }
}

void PartnerChecklist::retranslate()
{
    setToolTip(tr("The partner institutions involved in the contact (Region → Partners)"));
    updateText();
}

void PartnerChecklist::updateText()
{
    QStringList names;
    for (const QAction *action : m_menu->actions()) {
        if (action->isCheckable() && action->isChecked())
            names.append(action->text());
    }
    setText(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
}

} // namespace teren
