#include "AccessExportAction.h"

#include "CaseSession.h"

#include "domain/Error.h"
#include "store/Repositories.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

namespace teren {

AccessExportAction::AccessExportAction(QMenu *menu, QWidget *dialogParent, std::function<CaseSession *()> session,
                                       std::function<QUuid()> currentClient)
    : QObject(menu)
    , m_parent(dialogParent)
    , m_session(std::move(session))
    , m_currentClient(std::move(currentClient))
    , m_chooseFolder([this](const QString &title) {
        return QFileDialog::getExistingDirectory(m_parent, title, QDir::homePath());
    })
    , m_inform([this](const QString &message) { QMessageBox::information(m_parent, tr("Export written"), message); })
    , m_showError([this](const QString &message) { QMessageBox::warning(m_parent, tr("Export failed"), message); })
    , m_action(menu->addAction(QString(), this, [this] { exportCurrent(); }))
{
}

void AccessExportAction::retranslate()
{
    m_action->setText(tr("E&xport everything about this person…"));
    m_action->setEnabled(m_session() != nullptr);
}

std::optional<AccessFiles> AccessExportAction::exportCurrent()
{
    CaseSession *session = m_session();
    const QUuid clientId = m_currentClient();
    if (!session || clientId.isNull())
        return std::nullopt;
    const std::optional<Client> client = ClientRepository(session->store()).find(clientId);
    if (!client)
        return std::nullopt;
    const QString folder =
        m_chooseFolder(tr("Folder for everything about %1 (a PDF and a JSON file)").arg(client->displayName()));
    if (folder.isEmpty())
        return std::nullopt;
    try {
        const AccessFiles files = AccessExport::write(session->store(), clientId, folder);
        m_inform(tr("Everything this file holds about %1 is in:\n\n%2\n%3\n\nHand it over in person or "
                    "encrypted: it holds their personal data.")
                     .arg(client->displayName(), QDir::toNativeSeparators(files.pdf),
                          QDir::toNativeSeparators(files.json)));
        return files;
    } catch (const Error &error) {
        m_showError(error.message());
        return std::nullopt;
    }
}

} // namespace teren
