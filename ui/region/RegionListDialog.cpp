#include "RegionListDialog.h"

#include "CaseSession.h"
#include "RegionAccess.h"
#include "RegionForms.h"

#include <QBrush>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace teren {

RegionListDialog::RegionListDialog(CaseSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_readOnly(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_layout(new QVBoxLayout(this))
    , m_buttons(new QHBoxLayout)
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    m_intro->setWordWrap(true);
    m_readOnly->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_list->setObjectName(QStringLiteral("regionList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(false);
    m_list->header()->setStretchLastSection(true);
    m_add->setObjectName(QStringLiteral("add"));
    m_edit->setObjectName(QStringLiteral("edit"));
    m_close->setObjectName(QStringLiteral("close"));

    m_buttons->addWidget(m_add);
    m_buttons->addWidget(m_edit);
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_close);
    m_layout->addWidget(m_intro);
    m_layout->addWidget(m_readOnly);
    m_layout->addWidget(m_list, 1);
    m_layout->addLayout(m_buttons);

    connect(m_add, &QPushButton::clicked, this, &RegionListDialog::add);
    connect(m_edit, &QPushButton::clicked, this, &RegionListDialog::edit);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RegionListDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (m_edit->isEnabled())
            edit();
    });
    // Every edit, undo and redo (of these records or any other) shows here at once.
    connect(&m_session, &CaseSession::clientChanged, this, &RegionListDialog::reload);
}

void RegionListDialog::initialise()
{
    m_readOnlyReason = RegionAccess::readOnlyReason(m_session.store());
    m_readOnly->setVisible(isReadOnly());
    retranslate();
    reload();
}

QPushButton *RegionListDialog::addButtonAfterEdit(const QString &objectName)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    m_buttons->insertWidget(m_buttons->indexOf(m_edit) + 1 + m_extraButtons++, button);
    return button;
}

void RegionListDialog::addBesideList(QWidget *widget, bool above)
{
    m_layout->insertWidget(m_layout->indexOf(m_list) + (above ? 0 : 1), widget);
}

void RegionListDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_readOnly->setText(m_readOnlyReason);
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_close->setText(tr("Close"));
}

void RegionListDialog::reload()
{
    const QVariant current = currentKey();
    m_list->clear();
    fill();
    if (!select(current) && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    // Each column as wide as its widest text and a gap; the last takes the rest.
    for (int column = 0; column + 1 < m_list->columnCount(); ++column) {
        m_list->resizeColumnToContents(column);
        m_list->setColumnWidth(column, m_list->columnWidth(column) + 16);
    }
    updateButtons();
}

bool RegionListDialog::select(const QVariant &key)
{
    if (!key.isValid())
        return false;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, Qt::UserRole) == key) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
            return true;
        }
    }
    return false;
}

QVariant RegionListDialog::currentKey() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole) : QVariant();
}

QTreeWidgetItem *RegionListDialog::newRow(const QVariant &key)
{
    auto *item = new QTreeWidgetItem(m_list);
    item->setData(0, Qt::UserRole, key);
    return item;
}

void RegionListDialog::markRetired(QTreeWidgetItem *item, const QString &tooltip)
{
    const QBrush grey = item->treeWidget()->palette().brush(QPalette::Disabled, QPalette::Text);
    for (int column = 0; column < item->columnCount(); ++column) {
        item->setForeground(column, grey);
        item->setToolTip(column, tooltip);
    }
}

void RegionListDialog::updateButtons()
{
    m_add->setEnabled(!isReadOnly());
    m_edit->setEnabled(!isReadOnly() && m_list->currentItem() != nullptr);
}

RegionForm *RegionListDialog::add()
{
    if (isReadOnly())
        return nullptr;
    return openForm(newForm(true));
}

RegionForm *RegionListDialog::edit()
{
    if (isReadOnly() || !m_list->currentItem())
        return nullptr;
    return openForm(newForm(false));
}

RegionForm *RegionListDialog::form() const
{
    return m_form.data();
}

RegionForm *RegionListDialog::openForm(RegionForm *form)
{
    if (!form)
        return nullptr;
    m_form = form;
    connect(form, &QDialog::accepted, this, [this, form] {
        reload();
        select(form->savedKey());
    });
    form->open();
    return form;
}

void RegionListDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // labels of codes in the rows follow the language too
    }
    QDialog::changeEvent(event);
}

} // namespace teren
