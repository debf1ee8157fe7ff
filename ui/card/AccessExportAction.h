#pragma once

#include "access/AccessExport.h"

#include <QObject>
#include <QUuid>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace teren {

class CaseSession;

// Client → Export everything about this person…: the right of access served from
// the window. Asks for a folder, writes the PDF and the JSON there (AccessExport),
// and says where they are. Tests answer the folder question themselves.
class AccessExportAction : public QObject
{
    Q_OBJECT

public:
    AccessExportAction(QMenu *menu, QWidget *dialogParent, std::function<CaseSession *()> session,
                       std::function<QUuid()> currentClient);

    QAction *action() const { return m_action; }
    void setFolderHandler(std::function<QString(const QString &title)> handler) { m_chooseFolder = std::move(handler); }
    void setInformHandler(std::function<void(const QString &)> handler) { m_inform = std::move(handler); }
    void setErrorHandler(std::function<void(const QString &)> handler) { m_showError = std::move(handler); }
    void retranslate();

    // Exports the client shown on the card; nothing when none is, or the folder
    // question is cancelled.
    std::optional<AccessFiles> exportCurrent();

private:
    QWidget *m_parent;
    std::function<CaseSession *()> m_session;
    std::function<QUuid()> m_currentClient;
    std::function<QString(const QString &)> m_chooseFolder;
    std::function<void(const QString &)> m_inform;
    std::function<void(const QString &)> m_showError;
    QAction *m_action;
};

} // namespace teren
