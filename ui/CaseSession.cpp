#include "CaseSession.h"

#include "domain/Error.h"
#include "SessionCommand.h"
#include "store/Store.h"

namespace teren {

namespace {

// Undo and redo of one recorded edit; see History for how the change log makes
// that generic.
class ChangeSetCommand : public SessionCommand
{
public:
    ChangeSetCommand(CaseSession &session, const QString &text, const QUuid &clientId, ChangeSet changes)
        : SessionCommand(session, text, clientId)
        , m_changes(std::move(changes))
    {
    }

protected:
    void revert() override
    {
        History::revert(session().store().recorder(), m_changes);
        session().store().reloadCodelists();
    }
    void reapply() override
    {
        History::reapply(session().store().recorder(), m_changes);
        session().store().reloadCodelists();
    }

private:
    ChangeSet m_changes;
};

} // namespace

CaseSession::CaseSession(std::unique_ptr<Store> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
}

CaseSession::~CaseSession()
{
    m_undo.clear(); // commands refer to the store
}

CaseSession::EditResult CaseSession::edit(const QString &text, QUuid clientId, const std::function<void()> &action)
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

bool CaseSession::editOrReport(const QString &text, QUuid clientId, const std::function<void()> &action)
{
    const EditResult result = edit(text, clientId, action);
    if (!result)
        Q_EMIT failed(result.message);
    return result.ok;
}

} // namespace teren
