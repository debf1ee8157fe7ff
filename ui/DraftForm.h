#pragma once

#include <QHash>
#include <QList>
#include <QUuid>

#include <optional>

namespace teren {

// The client a card form was last filled for, and what was typed into it for other
// clients and not yet applied: leaving a client with edits in the form keeps them
// as that client's draft, and coming back to the client gives them back. `Draft` is
// whatever the form needs to restore what was typed.
template<class Draft>
class DraftForm
{
public:
    // The client the form shows (null: none).
    const QUuid &shownId() const { return m_shownId; }
    bool isShowing(const QUuid &clientId) const { return m_shownId == clientId; }

    // Leaves the client shown, keeping `typed` as its draft; nullopt (nothing typed)
    // keeps nothing. Then no client is shown until enter().
    void leave(std::optional<Draft> typed)
    {
        if (!m_shownId.isNull()) {
            if (typed)
                m_drafts.insert(m_shownId, std::move(*typed));
            else
                m_drafts.remove(m_shownId);
        }
        m_shownId = QUuid();
    }

    // Shows `clientId` from now on and hands over the draft kept for it, if any.
    std::optional<Draft> enter(const QUuid &clientId)
    {
        m_shownId = clientId;
        const auto kept = m_drafts.constFind(clientId);
        if (clientId.isNull() || kept == m_drafts.cend())
            return std::nullopt;
        std::optional<Draft> draft = *kept;
        m_drafts.erase(kept);
        return draft;
    }

    // The clients, other than the one shown, with a draft kept.
    QList<QUuid> draftClients() const { return m_drafts.keys(); }
    std::optional<Draft> draft(const QUuid &clientId) const
    {
        const auto kept = m_drafts.constFind(clientId);
        return kept == m_drafts.cend() ? std::nullopt : std::optional<Draft>(*kept);
    }
    // Forgets the draft of a client not shown (stored, or its client gone).
    void drop(const QUuid &clientId) { m_drafts.remove(clientId); }
    void dropAll() { m_drafts.clear(); }

private:
    QUuid m_shownId;
    QHash<QUuid, Draft> m_drafts;
};

} // namespace teren
