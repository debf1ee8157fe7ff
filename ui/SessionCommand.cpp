#include "SessionCommand.h"

#include "CaseSession.h"
#include "ErrorMessage.h"

namespace teren {

SessionCommand::SessionCommand(CaseSession &session, const QString &text, const QUuid &clientId)
    : QUndoCommand(text)
    , m_session(session)
    , m_clientId(clientId)
{
}

void SessionCommand::undo()
{
    run(&SessionCommand::revert);
}

void SessionCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    run(&SessionCommand::reapply);
}

void SessionCommand::run(void (SessionCommand::*step)())
{
    try {
        (this->*step)();
    } catch (const std::exception &error) {
        Q_EMIT m_session.failed(ErrorMessage::of(error));
    } catch (...) {
        Q_EMIT m_session.failed(ErrorMessage::ofUnknown());
    }
    Q_EMIT m_session.clientChanged(m_clientId);
}

} // namespace teren
