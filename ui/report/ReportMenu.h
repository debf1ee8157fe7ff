#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QMenuBar;
class QWidget;

namespace teren {

class CaseSession;
class ReportWindow;
class TargetsDialog;

// The Report menu: the regional report window and the targets editor.
class ReportMenu : public QObject
{
    Q_OBJECT

public:
    ReportMenu(QMenuBar *bar, QWidget *parent, std::function<CaseSession *()> session);

    ReportWindow *openReport();
    TargetsDialog *editTargets();
    void retranslate();

private:
    QWidget *m_parent;
    std::function<CaseSession *()> m_session;
    QMenu *m_menu;
    QAction *m_report;
    QAction *m_targets;
    QPointer<ReportWindow> m_window;
};

} // namespace teren
