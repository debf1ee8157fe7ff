#pragma once

#include "CardTab.h"

namespace teren {

class ConsentPanel;
class CooperationPanel;
class HouseholdMemberDialog;
class HouseholdPanel;
class ProfilePanel;

// The client's profile (names, birth year, gender, locality, phone, notes), the
// household's other members, the cooperation history and the consents, each in its
// own panel: profile and consents on the left, household and cooperation on the right.
class ProfileTab : public CardTab
{
    Q_OBJECT

public:
    explicit ProfileTab(QWidget *parent = nullptr);

    ProfilePanel *profilePanel() const { return m_profile; }
    HouseholdPanel *householdPanel() const { return m_household; }
    CooperationPanel *cooperationPanel() const { return m_cooperation; }
    ConsentPanel *consentPanel() const { return m_consent; }

    bool isModified() const;
    // Each returns the result of the edit, so tests and callers can check it.
    bool applyProfile();
    void revertProfile();
    bool createHousehold();
    HouseholdMemberDialog *addHouseholdMember();
    bool leaveHousehold();
    bool startCooperation();
    bool endCooperation();

    QList<QUuid> clientsWithUnappliedEdits() const override;
    QUuid applyUnappliedEdits() override;
    bool applyShownEdits() override;
    void discardUnappliedEdits() override;

protected:
    void reload() override;
    void retranslate() override;

private:
    ProfilePanel *m_profile;
    HouseholdPanel *m_household;
    CooperationPanel *m_cooperation;
    ConsentPanel *m_consent;
};

} // namespace teren
