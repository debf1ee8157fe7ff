#pragma once

#include <QList>
#include <QObject>
#include <QUuid>

#include <functional>

class QAction;
class QMenu;
class QMenuBar;
class QWidget;

namespace teren {

class AnonymousContactDialog;
class CaseSession;
class GroupActivityDialog;
class GroupWorkListDialog;

// The Group work menu: a group activity recorded for the clients chosen in the list,
// and an anonymous contact or the list of group work of the locality the list shows.
class GroupWorkMenu : public QObject
{
    Q_OBJECT

public:
    // Where the menu's records start from: the locality the client list is filtered
    // to (null: none) and the clients selected in it.
    struct Context
    {
        QUuid localityId;
        QList<QUuid> clientIds;
    };

    GroupWorkMenu(QMenuBar *bar, QWidget *parent, std::function<CaseSession *()> session,
                  std::function<Context()> context);

    GroupActivityDialog *recordActivity();
    AnonymousContactDialog *recordAnonymousContact();
    GroupWorkListDialog *showList();
    void retranslate();
    QMenu *menu() const { return m_menu; }
    QAction *recordActivityAction() const { return m_activity; }

private:
    QWidget *m_parent;
    std::function<CaseSession *()> m_session;
    std::function<Context()> m_context;
    QMenu *m_menu;
    QAction *m_activity;
    QAction *m_anonymous;
    QAction *m_list;
};

} // namespace teren
