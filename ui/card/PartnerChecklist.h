#pragma once

#include <QList>
#include <QToolButton>
#include <QUuid>

class QMenu;

namespace teren {

class Store;

// The partners involved in a contact, chosen from a menu of the region's live
// partners grouped by kind (several may be ticked); the button names those ticked.
class PartnerChecklist : public QToolButton
{
    Q_OBJECT

public:
    explicit PartnerChecklist(QWidget *parent = nullptr);

    // Rebuilds the menu from the partners of `store`, keeping what is ticked.
    void reload(Store &store);
    QList<QUuid> checked() const;
    void setChecked(const QList<QUuid> &partnerIds);
    // Ticks or unticks one partner, as a click in the menu does.
    void toggle(const QUuid &partnerId);
    void retranslate();

private:
    void updateText();

    QMenu *m_menu;
};

} // namespace teren
