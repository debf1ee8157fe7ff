#pragma once

#include "DraftForm.h"
#include "domain/Entities.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace teren {

class CaseSession;

// The client's profile: names, year of birth, gender, locality, phone and notes
// (consents have their own history, ConsentPanel), applied as one edit. What was typed survives a failed rule, an edit
// elsewhere on the card and a visit to another client.
class ProfilePanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ProfilePanel(QWidget *parent = nullptr);

    // Fills the form for `clientId`, as stored in `stored` (nullopt: there is no such
    // client), keeping what was typed and not applied.
    void showClient(CaseSession *session, const QUuid &clientId, const std::optional<Client> &stored);
    bool isShowing(const QUuid &clientId) const { return m_drafts.isShowing(clientId); }
    void retranslate();

    bool isModified() const;
    // Returns whether the edit was stored.
    bool apply();
    void revert();

    // The clients with edits typed and not applied: the one shown first, then those
    // whose drafts wait for them.
    QList<QUuid> clientsWithDrafts() const;
    // Applies every client's unapplied edits, each as one edit; those a rule refuses
    // stay as they are. Returns the first client refused (null: all stored).
    QUuid applyDrafts();
    // Forgets every unapplied edit, the shown client's included.
    void discardDrafts();

private:
    struct Draft
    {
        Client base; // the stored profile the edits were made against
        Client form; // the profile as typed
    };

    Client formClient() const;
    void fillForm(const Client &client);
    void fillLocalities(const QUuid &selected);
    void updateButtons();
    QWidget *fieldWidget(const QString &field) const;

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
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
    QPushButton *m_apply;
    QPushButton *m_revert;

    CaseSession *m_session = nullptr;
    DraftForm<Draft> m_drafts; // the client shown, and unapplied edits of others
    Client m_loaded;           // the client shown as stored when last read
    bool m_filling = false;    // the form is being filled, not typed into
};

} // namespace teren
