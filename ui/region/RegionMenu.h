#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QMenuBar;
class QWidget;

namespace teren {

class CaseSession;
class CodelistsDialog;
class LocalitiesDialog;
class PartnersDialog;
class ProvidersDialog;
class RetentionDialog;
class WorkersDialog;

// The Region menu: the region's workers, providers, localities, codelists and partners, and the
// clients past the retention period. On an installation that may not change them the
// dialogs open read-only and say why.
class RegionMenu : public QObject
{
    Q_OBJECT

public:
    RegionMenu(QMenuBar *bar, QWidget *dialogParent, std::function<CaseSession *()> session);

    QMenu *menu() const { return m_menu; }
    WorkersDialog *workers();
    ProvidersDialog *providers();
    LocalitiesDialog *localities();
    CodelistsDialog *codelists();
    PartnersDialog *partners();
    RetentionDialog *retention();
    void retranslate();

private:
    template<typename Dialog>
    Dialog *openDialog();

    QWidget *m_parent;
    std::function<CaseSession *()> m_session;
    QMenu *m_menu;
    QAction *m_workers;
    QAction *m_providers;
    QAction *m_localities;
    QAction *m_codelists;
    QAction *m_partners;
    QAction *m_retention;
};

} // namespace teren
