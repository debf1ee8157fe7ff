#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace teren {

class CaseSession;
class ContactsTab;
class NeedsTab;
class PlanTab;
class ProfileTab;
class TimelineTab;

// The client card: a header with who the client is, and the tabs of the card.
class ClientCard : public QWidget
{
    Q_OBJECT

public:
    explicit ClientCard(QWidget *parent = nullptr);

    void setSession(CaseSession *session);
    void showClient(QUuid clientId);
    const QUuid &clientId() const { return m_clientId; }

    QTabWidget *tabs() const { return m_tabs; }
    ProfileTab *profileTab() const { return m_profile; }
    NeedsTab *needsTab() const { return m_needs; }
    PlanTab *planTab() const { return m_plan; }
    TimelineTab *timelineTab() const { return m_timeline; }
    ContactsTab *contactsTab() const { return m_contacts; }

Q_SIGNALS:
    // The card now shows this client (null: none).
    void clientShown(QUuid clientId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHeader();

    CaseSession *m_session = nullptr;
    QUuid m_clientId;
    QLabel *m_header;
    QTabWidget *m_tabs;
    ProfileTab *m_profile;
    NeedsTab *m_needs;
    PlanTab *m_plan;
    TimelineTab *m_timeline;
    ContactsTab *m_contacts;
};

} // namespace teren
