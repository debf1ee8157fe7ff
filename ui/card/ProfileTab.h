#pragma once

#include "CardTab.h"
#include "DraftForm.h"
#include "domain/Entities.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace teren {

class HouseholdMemberDialog;

// The client's profile (names, birth year, gender, locality, phone, consent, notes),
// the household's other members and the cooperation history. The profile form is
// applied as one edit; what was typed survives a failed rule, an edit elsewhere on
// the card and a visit to another client.
class ProfileTab : public CardTab
{
    Q_OBJECT

public:
    explicit ProfileTab(QWidget *parent = nullptr);

    bool isModified() const;
    // Each returns the result of the edit, so tests and callers can check it.
    bool applyProfile();
    void revertProfile();
    bool createHousehold();
    HouseholdMemberDialog *addHouseholdMember();
    bool leaveHousehold();
    bool startCooperation();
    bool endCooperation();

protected:
    void reload() override;
    void retranslate() override;

private:
    struct Draft
    {
        Client base; // the stored profile the edits were made against
        Client form; // the profile as typed
    };

    Client formClient() const;
    void fillForm(const Client &client);
    void fillLocalities(const QUuid &selected);
    void reloadHousehold(const std::optional<Client> &client);
    void reloadCooperations();
    void updateButtons();
    void showError(QLabel *label, const QString &message, QWidget *focus);
    QWidget *fieldWidget(const QString &field) const;

    QGroupBox *m_profileBox;
    QLabel *m_givenLabel;
    QLineEdit *m_given;
    QLabel *m_familyLabel;
    QLineEdit *m_family;
    QLabel *m_aliasLabel;
    QLineEdit *m_alias;
    QLabel *m_birthYearLabel;
    QSpinBox *m_birthYear;
    QLabel *m_genderLabel;
    QComboBox *m_gender;
    QLabel *m_localityLabel;
    QComboBox *m_locality;
    QLabel *m_phoneLabel;
    QLineEdit *m_phone;
    QCheckBox *m_consentGiven;
    QDateEdit *m_consentOn;
    QLabel *m_consentScopeLabel;
    QLineEdit *m_consentScope;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    QLabel *m_profileError;
    QPushButton *m_apply;
    QPushButton *m_revert;

    QGroupBox *m_householdBox;
    QLabel *m_householdInfo;
    QListWidget *m_members;
    QPushButton *m_createHousehold;
    QPushButton *m_addMember;
    QPushButton *m_leaveHousehold;
    QLabel *m_householdError;

    QGroupBox *m_cooperationBox;
    QTreeWidget *m_cooperations;
    QWidget *m_startRow;
    QLabel *m_startLabel;
    QDateEdit *m_startOn;
    QPushButton *m_start;
    QWidget *m_endRow;
    QLabel *m_endLabel;
    QDateEdit *m_endOn;
    QLabel *m_endReasonLabel;
    QComboBox *m_endReason;
    QPushButton *m_end;
    QLabel *m_cooperationError;

    DraftForm<Draft> m_drafts; // the client shown, and unapplied edits of others
    Client m_loaded;           // that client as stored when last read
    bool m_filling = false;    // the form is being filled, not typed into
    QList<Cooperation> m_cooperationList;
};

} // namespace teren
