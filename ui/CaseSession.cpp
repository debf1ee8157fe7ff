#include "CaseSession.h"

#include "domain/Error.h"
#include "store/Store.h"

#include <QUndoCommand>

namespace teren {

// Undo and redo of one recorded edit; see History for how the change log makes
// that generic.
class ChangeSetCommand : public QUndoCommand
{
public:
    ChangeSetCommand(CaseSession &session, const QString &text, const QUuid &clientId, ChangeSet changes)
        : QUndoCommand(text)
        , m_session(session)
        , m_clientId(clientId)
        , m_changes(changes)
    {
    }

    void undo() override { run([this] { History::revert(m_session.store().recorder(), m_changes);
            m_session.store().reloadCodelists(); }); }

    void redo() override
    {
        if (m_firstRedo) { // the edit itself already ran before the command was pushed
            m_firstRedo = false;
            return;
        }
        run([this] { History::reapply(m_session.store().recorder(), m_changes);
            m_session.store().reloadCodelists(); });
    }

private:
    void run(const std::function<void()> &step)
    {
        try {
            step();
        } catch (const Error &error) {
            Q_EMIT m_session.failed(error.message());
        }
        Q_EMIT m_session.clientChanged(m_clientId);
    }

    CaseSession &m_session;
    QUuid m_clientId;
    ChangeSet m_changes;
    bool m_firstRedo = true;
};

CaseSession::CaseSession(std::unique_ptr<Store> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
}

CaseSession::~CaseSession()
{
    m_undo.clear(); // commands refer to the store
}

CaseSession::EditResult CaseSession::edit(const QString &text, const QUuid &clientId,
                                          const std::function<void()> &action)
{
    ChangeSet changes;
    try {
        changes = History::record(m_store->database(), action);
    } catch (const Error &error) {
        return {false, error.message(), error.field()};
    }
    if (!changes.isEmpty())
        m_undo.push(new ChangeSetCommand(*this, text, clientId, changes));
    Q_EMIT clientChanged(clientId);
    return {};
}

bool CaseSession::editOrReport(const QString &text, const QUuid &clientId, const std::function<void()> &action)
{
    const EditResult result = edit(text, clientId, action);
    if (!result)
        Q_EMIT failed(result.message);
    return result.ok;
}

} // namespace teren
