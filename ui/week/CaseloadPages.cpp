#include "CaseloadPages.h"

#include "CaseSession.h"
#include "ClientListPanel.h"
#include "WeekView.h"
#include "region/RegionAccess.h"
#include "store/Repositories.h"
#include "store/Store.h"

#include <QActionGroup>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTreeWidget>

namespace teren {

CaseloadPages::CaseloadPages(ClientListPanel *list, QWidget *parent)
    : QStackedWidget(parent)
    , m_list(list)
    , m_week(new WeekView(this))
{
    addWidget(m_week);
    addWidget(m_list);
    setCurrentWidget(m_list);
    // The week reads the whole caseload's agenda: only when it is the page shown.
    m_week->setActive(false);
    connect(this, &QStackedWidget::currentChanged, this, [this] { m_week->setActive(currentWidget() == m_week); });
}

QMenu *CaseloadPages::addMenuTo(QMenuBar *bar)
{
    m_menu = bar->addMenu(QString());
    auto *pages = new QActionGroup(this);
    m_weekAction = m_menu->addAction(QString(), this, &CaseloadPages::showWeek);
    m_weekAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_clientsAction = m_menu->addAction(QString(), this, &CaseloadPages::showClients);
    m_clientsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    for (QAction *action : {m_weekAction, m_clientsAction}) {
        action->setCheckable(true);
        pages->addAction(action);
    }
    m_clientsAction->setChecked(true);
    retranslate();
    return m_menu;
}

void CaseloadPages::setSession(CaseSession *session)
{
    m_session = session;
    m_week->setSession(session);
}

void CaseloadPages::showStart()
{
    bool fieldWorker = false;
    if (m_session && !RegionAccess::isCoordinator(m_session->store())) {
        const std::optional<Worker> current =
            DirectoryRepository(m_session->store()).worker(m_session->store().currentWorker());
        fieldWorker = current && current->role == u"field";
    }
    // No focus moves here: a list view taking focus makes its first row current, and the
    // card would open a client nobody chose.
    setCurrentWidget(fieldWorker ? static_cast<QWidget *>(m_week) : m_list);
    if (m_weekAction)
        (fieldWorker ? m_weekAction : m_clientsAction)->setChecked(true);
}

void CaseloadPages::showWeek()
{
    setCurrentWidget(m_week);
    if (m_weekAction)
        m_weekAction->setChecked(true);
    m_week->tree()->setFocus(Qt::ShortcutFocusReason);
}

void CaseloadPages::showClients()
{
    setCurrentWidget(m_list);
    if (m_clientsAction)
        m_clientsAction->setChecked(true);
    m_list->view()->setFocus(Qt::ShortcutFocusReason);
}

void CaseloadPages::retranslate()
{
    if (!m_menu)
        return;
    m_menu->setTitle(tr("&View"));
    m_weekAction->setText(tr("This &week"));
    m_clientsAction->setText(tr("&Clients"));
}

void CaseloadPages::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QStackedWidget::changeEvent(event);
}

} // namespace teren
