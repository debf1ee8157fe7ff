#pragma once

#include <QList>
#include <QUuid>
#include <QWidget>

namespace teren {

class CaseSession;

// One tab of the client card. It shows the current client of a session, reloads
// when that client's data changes (an edit, undo or redo anywhere) and retranslates
// itself on QEvent::LanguageChange.
class CardTab : public QWidget
{
    Q_OBJECT

public:
    explicit CardTab(QWidget *parent = nullptr);

    void setSession(CaseSession *session);
    void showClient(QUuid clientId);
    CaseSession *session() const { return m_session; }
    const QUuid &clientId() const { return m_clientId; }

    // Edits typed into the tab's forms and not applied yet, for any client (a tab
    // keeps them per client while others are shown). Tabs without such forms have none.
    // The clients that have them, the one shown first.
    virtual QList<QUuid> clientsWithUnappliedEdits() const { return {}; }
    // Stores them, each as one edit; those a rule refuses stay. Returns the first
    // client refused (null: all stored).
    virtual QUuid applyUnappliedEdits() { return {}; }
    // Applies the shown client's edits through the form, so that a refusal shows its
    // message beside the field; returns whether they were stored.
    virtual bool applyShownEdits() { return true; }
    // Forgets them all.
    virtual void discardUnappliedEdits() {}

protected:
    // Fill the widgets from the store for clientId() (null: no client, clear them).
    virtual void reload() = 0;
    // Set every visible text; called once at start and on every language change.
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;

private:
    CaseSession *m_session = nullptr;
    QUuid m_clientId;
};

} // namespace teren
