#pragma once

#include "domain/Entities.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace teren {

class CaseSession;
class HouseholdMemberDialog;

// The client's household: the other people living with them, and the edits that
// start a household, add someone to it or take the client out of it.
class HouseholdPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit HouseholdPanel(QWidget *parent = nullptr);

    // Shows the household of `client` as stored (nullopt: no client).
    void showClient(CaseSession *session, const std::optional<Client> &client);
    void retranslate();

    // Each returns the result of the edit, so tests and callers can check it.
    bool createHousehold();
    HouseholdMemberDialog *addMember();
    bool leaveHousehold();

private:
    std::optional<Client> storedClient() const;

    QLabel *m_info;
    QListWidget *m_members;
    QPushButton *m_create;
    QPushButton *m_addMember;
    QPushButton *m_leave;
    QLabel *m_error;

    CaseSession *m_session = nullptr;
    QUuid m_clientId;
};

} // namespace teren
