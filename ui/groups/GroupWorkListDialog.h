#pragma once

#include <QDialog>
#include <QUuid>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace teren {

class CaseSession;

// The group activities and anonymous contacts of a locality (or of all), newest
// first: recorded, edited and removed from here, each an undoable edit.
class GroupWorkListDialog : public QDialog
{
    Q_OBJECT

public:
    GroupWorkListDialog(CaseSession &session, const QUuid &localityId, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    void reload();
    void editSelected();
    bool removeSelected();

private:
    void openActivity(const QUuid &id);
    void openAnonymous(const QUuid &id);
    void updateButtons();

    CaseSession &m_session;
    QComboBox *m_locality;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QLabel *m_error;
    QPushButton *m_newActivity;
    QPushButton *m_newAnonymous;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace teren
