#pragma once

#include "domain/Entities.h"

#include <QGroupBox>
#include <QList>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace teren {

class CaseSession;

// The client's consents: what holds now for each scope, the whole dated history, and
// the edits that record a consent given or withdrawn (each one undoable edit).
class ConsentPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ConsentPanel(QWidget *parent = nullptr);

    // Shows the consents of `client` as stored (nullopt: no client). For a client not
    // shown before, the date starts at today and what was typed is forgotten.
    void showClient(CaseSession *session, const std::optional<Client> &client, bool newClient);
    void retranslate();

    // Each returns the result of the edit, so tests and callers can check it.
    bool giveConsent();
    bool withdrawConsent();

private:
    bool recordConsent(const QString &action);
    void fillScopes();
    void reloadConsents();
    QWidget *fieldWidget(const QString &field) const;

    QLabel *m_state;
    QTreeWidget *m_history;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QLabel *m_scopeLabel;
    QComboBox *m_scope;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    QPushButton *m_give;
    QPushButton *m_withdraw;
    QLabel *m_error;

    CaseSession *m_session = nullptr;
    QUuid m_clientId;
    QList<Consent> m_consents;
};

} // namespace teren
