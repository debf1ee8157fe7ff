#pragma once

#include <QDialog>
#include <QPointer>
#include <QVariant>

class QHBoxLayout;
class QVBoxLayout;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace teren {

class CaseSession;
class RegionForm;

// A list of the region's records with Add and Edit, the frame of the Workers,
// Providers, Localities and Codelists dialogs. The list follows every edit, undo and
// redo. On an installation that may not change the region's records the buttons are
// off and a line says why.
class RegionListDialog : public QDialog
{
    Q_OBJECT

public:
    QTreeWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    // The line saying why the list is read-only (hidden when it is not).
    QLabel *readOnlyNotice() const { return m_readOnly; }
    bool isReadOnly() const { return m_readOnlyReason.size() > 0; }
    // Selects the row whose key (Qt::UserRole of column 0) is `key`.
    bool select(const QVariant &key);
    // The dialog opened by Add or Edit (null when none is open).
    RegionForm *form() const;

    RegionForm *add();
    RegionForm *edit();

protected:
    RegionListDialog(CaseSession &session, QWidget *parent);
    // Called at the end of the derived constructor: texts, rows and buttons.
    void initialise();

    void changeEvent(QEvent *event) override;
    virtual void retranslate() = 0;
    // Fills the list; the base keeps the selection.
    virtual void fill() = 0;
    virtual RegionForm *newForm(bool adding) = 0;
    virtual void updateButtons();

    void reload();
    void setIntro(const QString &text);
    QPushButton *addButtonAfterEdit(const QString &objectName);
    // Puts `widget` right above or below the list.
    void addBesideList(QWidget *widget, bool above);
    QVariant currentKey() const;
    QTreeWidgetItem *newRow(const QVariant &key);
    // A retired row: greyed, and said so in its tooltip.
    static void markRetired(QTreeWidgetItem *item, const QString &tooltip);
    RegionForm *openForm(RegionForm *form);

    CaseSession &m_session;

private:
    QLabel *m_intro;
    QLabel *m_readOnly;
    QTreeWidget *m_list;
    QVBoxLayout *m_layout;
    QHBoxLayout *m_buttons;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_close;
    QString m_readOnlyReason;
    int m_extraButtons = 0;
    // Cleared by Qt when the form goes, also while this dialog is being destroyed.
    QPointer<RegionForm> m_form;
};

} // namespace teren
