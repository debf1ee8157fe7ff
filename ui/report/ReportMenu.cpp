#include "ReportMenu.h"

#include "CaseSession.h"
#include "ReportWindow.h"
#include "TargetsDialog.h"

#include <QMenu>
#include <QMenuBar>

namespace teren {

ReportMenu::ReportMenu(QMenuBar *bar, QWidget *parent, std::function<CaseSession *()> session)
    : QObject(parent)
    , m_parent(parent)
    , m_session(std::move(session))
    , m_menu(bar->addMenu(QString()))
    , m_report(m_menu->addAction(QString(), this, &ReportMenu::openReport))
    , m_targets(m_menu->addAction(QString(), this, &ReportMenu::editTargets))
{
    m_report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_menu, &QMenu::aboutToShow, this, &ReportMenu::retranslate);
    retranslate();
}

ReportWindow *ReportMenu::openReport()
{
    CaseSession *session = m_session();
    if (!session)
        return nullptr;
    // One report window per open file; it goes with the file.
    if (!m_window) {
        m_window = new ReportWindow(*session, m_parent);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
        connect(session, &QObject::destroyed, m_window.data(), &QWidget::close);
    } else {
        m_window->refresh();
    }
    m_window->show();
    m_window->raise();
    return m_window;
}

TargetsDialog *ReportMenu::editTargets()
{
    CaseSession *session = m_session();
    if (!session)
        return nullptr;
    auto *dialog = new TargetsDialog(*session, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_window)
            m_window->refresh();
    });
    dialog->open();
    return dialog;
}

void ReportMenu::retranslate()
{
    m_menu->setTitle(tr("&Report"));
    m_report->setText(tr("&Regional report…"));
    m_targets->setText(tr("&Targets…"));
    const bool open = m_session() != nullptr;
    m_report->setEnabled(open);
    m_targets->setEnabled(open);
}

} // namespace teren
