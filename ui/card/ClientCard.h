#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace teren {

class CardTab;
class CaseSession;
class ContactsTab;
class HistoryTab;
class NeedsTab;
class PlanTab;
class ProfileTab;
class TimelineTab;

// The client card: a header with who the client is, and the tabs of the card.
class ClientCard : public QWidget
{
    Q_OBJECT

public:
    // What happens to edits typed and not applied when the card gets another session.
    enum class Drafts {
        // Forgotten when the session is another file's (the window asked about them
        // first); kept when it is the same one, reloaded after a merge.
        ForgetOnAnotherFile,
        // Kept: the same file closes and opens again (locked and unlocked, encrypted
        // in place), and they are the user's typing, not stored anywhere else.
        Keep,
    };

    explicit ClientCard(QWidget *parent = nullptr);

    void setSession(CaseSession *session, Drafts drafts = Drafts::ForgetOnAnotherFile);
    // Shows the client (null: nobody). Showing a client other than the one shown, or
    // the first one after the file opened (or was unlocked), records a view of the
    // client (ClientViews): who opened whose card, when and on which laptop.
    void showClient(QUuid clientId);
    const QUuid &clientId() const { return m_clientId; }
    // Shows the client at one of their records: a need, goal or step on the plan, or
    // (the client's own id) their contacts.
    void showItem(QUuid clientId, QUuid itemId);

    // Edits typed into the card's forms and not applied yet, for any client: one line
    // each, "tab: client". Empty when there are none.
    QStringList unappliedEdits() const;
    // Whether there are any, also while no file is open (the names come from the file).
    bool hasUnappliedEdits() const;
    // Stores them all, each as one edit. When a rule refuses one, the card shows that
    // client and tab with the message beside the field, and this returns false.
    bool applyUnappliedEdits();
    // Forgets them all.
    void discardUnappliedEdits();

    QTabWidget *tabs() const { return m_tabs; }
    QLabel *consentMarker() const { return m_consentMarker; }
    ProfileTab *profileTab() const { return m_profile; }
    NeedsTab *needsTab() const { return m_needs; }
    PlanTab *planTab() const { return m_plan; }
    TimelineTab *timelineTab() const { return m_timeline; }
    ContactsTab *contactsTab() const { return m_contacts; }
    HistoryTab *historyTab() const { return m_history; }

Q_SIGNALS:
    // The card now shows this client (null: none).
    void clientShown(QUuid clientId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHeader();
    QList<CardTab *> cardTabs() const;
    // Records that the shown client's card was opened, once per opening (see showClient).
    void recordView();
    void writeView(const QUuid &client);

    CaseSession *m_session = nullptr;
    QUuid m_clientId;
    QLabel *m_header;
    QLabel *m_consentMarker; // shown while the client has no consent in force
    QTabWidget *m_tabs;
    ProfileTab *m_profile;
    NeedsTab *m_needs;
    PlanTab *m_plan;
    TimelineTab *m_timeline;
    ContactsTab *m_contacts;
    HistoryTab *m_history;
    // The client whose opening was recorded last: showing them again without the
    // card having shown anybody else (a merge reloading the card) is no new view.
    QUuid m_viewed;
};

} // namespace teren
