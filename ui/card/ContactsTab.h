#pragma once

#include "CardTab.h"
#include "DraftForm.h"
#include "domain/Entities.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace teren {

class PartnerChecklist;
class ClientsField;

// The contact log: a quick-add form on top (Enter, or Ctrl+Enter in the note, adds
// the contact) and the client's contacts below, newest first. Contacts are
// append-only: a wrong one is withdrawn as a whole (and the withdrawal can be undone).
class ContactsTab : public CardTab
{
    Q_OBJECT

public:
    explicit ContactsTab(QWidget *parent = nullptr);

    bool addContact();
    PartnerChecklist *partnerChecklist() const { return m_partners; }
    bool withdrawSelected();
    QUuid selectedContact() const;

    // A contact being typed counts as an unapplied edit; applying adds it.
    QList<QUuid> clientsWithUnappliedEdits() const override;
    QUuid applyUnappliedEdits() override;
    bool applyShownEdits() override;
    void discardUnappliedEdits() override;

protected:
    void reload() override;
    void retranslate() override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // What was typed into the form for a client not shown now.
    struct Draft
    {
        int minutes = 30;
        QString note;
        QStringList interventions;
        QList<QUuid> needIds;
        QDate date;    // as chosen when the client was left
        QString place; // as chosen when the client was left
        QList<QUuid> partnerIds;
        QList<QUuid> otherClientIds; // further clients of the contact (a family visit)
    };

    Draft formDraft() const;                 // the form as it is
    std::optional<Draft> typedDraft() const; // nullopt: the form is as it starts
    Contact contactFrom(const Draft &draft, const QUuid &clientId) const;
    void fillForm(const Draft &draft);
    void rebuildInterventions();
    void rebuildNeeds(const QList<Need> &needs);
    void fillLog(const QList<Contact> &contacts, const QList<Need> &needs);
    QStringList checkedInterventions() const;
    QList<QUuid> checkedNeeds() const;
    void clearChecks();
    void updateButtons();
    QWidget *fieldWidget(const QString &field) const;

    QGroupBox *m_formBox;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QLabel *m_minutesLabel;
    QSpinBox *m_minutes;
    QLabel *m_placeLabel;
    QComboBox *m_place;
    QLabel *m_interventionsLabel;
    QWidget *m_interventionsBox;
    QGridLayout *m_interventionsGrid;
    QList<QCheckBox *> m_interventionChecks; // data: the code in property "code"
    QLabel *m_needsLabel;
    QWidget *m_needsBox;
    QGridLayout *m_needsGrid;
    QLabel *m_noNeeds;
    QList<QCheckBox *> m_needChecks; // the need id in property "needId"
    QLabel *m_partnersLabel;
    PartnerChecklist *m_partners;
    QLabel *m_othersLabel;
    ClientsField *m_others;
    QLabel *m_noteLabel;
    QPlainTextEdit *m_note;
    QLabel *m_error;
    QPushButton *m_add;

    QLabel *m_logTitle;
    QTreeWidget *m_log;
    QLabel *m_summary;
    QPushButton *m_withdraw;
    QLabel *m_logError;

    DraftForm<Draft> m_drafts; // the client shown, and what was typed for others
    bool m_dateSet = false;    // the date starts at today once, then stays as chosen
};

} // namespace teren
