#pragma once

#include <QStackedWidget>

class QAction;
class QMenu;
class QMenuBar;

namespace teren {

class CaseSession;
class ClientListPanel;
class WeekView;

// The left of the main window: the week (Ctrl+1) or the client list (Ctrl+2), chosen
// in the View menu. A field worker starts on the week; a coordinator, or a file where
// nobody has said who they are, on the list.
class CaseloadPages : public QStackedWidget
{
    Q_OBJECT

public:
    CaseloadPages(ClientListPanel *list, QWidget *parent = nullptr);

    // The View menu, added to `bar`.
    QMenu *addMenuTo(QMenuBar *bar);
    void setSession(CaseSession *session);
    // The page this session starts on.
    void showStart();
    void showWeek();
    void showClients();

    WeekView *week() const { return m_week; }
    QAction *weekAction() const { return m_weekAction; }
    QAction *clientsAction() const { return m_clientsAction; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    CaseSession *m_session = nullptr;
    ClientListPanel *m_list;
    WeekView *m_week;
    QMenu *m_menu = nullptr;
    QAction *m_weekAction = nullptr;
    QAction *m_clientsAction = nullptr;
};

} // namespace teren
