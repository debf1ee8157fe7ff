#pragma once

#include <QString>
#include <QUndoCommand>
#include <QUuid>

namespace teren {

class CaseSession;

// An undoable edit of the session's store. Every undo command goes through this
// class: an undo or redo that fails once the edit is on the stack (a full disk, a
// file made read-only, a row removed meanwhile, any other exception) is reported via
// CaseSession::failed() and never escapes QUndoStack. Either way clientChanged() is
// emitted for the command's client afterwards, so the card shows what is stored.
// The edit itself is done before the command is pushed: the first redo does nothing.
class SessionCommand : public QUndoCommand
{
public:
    SessionCommand(CaseSession &session, const QString &text, const QUuid &clientId);

    void undo() final;
    void redo() final;

protected:
    CaseSession &session() const { return m_session; }
    // The writes of an undo and of a redo; they may throw.
    virtual void revert() = 0;
    virtual void reapply() = 0;

private:
    void run(void (SessionCommand::*step)());

    CaseSession &m_session;
    QUuid m_clientId;
    bool m_firstRedo = true;
};

} // namespace teren
