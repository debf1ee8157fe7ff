#pragma once

#include "EditDialog.h"
#include "domain/Entities.h"

class QLineEdit;
class QListWidget;

namespace teren {

// Adds another person to the client's household (starting the household first when
// the client has none). The people offered are those of the client's locality, where
// households live, found by name as in the client list: diacritics optional.
class HouseholdMemberDialog : public EditDialog
{
    Q_OBJECT

public:
    HouseholdMemberDialog(CaseSession &session, const Client &client, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QListWidget *candidateList() const { return m_candidates; }

private:
    struct Candidate
    {
        Client client;
        QString searchKey;
    };

    void filter();
    CaseSession::EditResult submit();

    CaseSession &m_session;
    Client m_client;
    QList<Candidate> m_all;
    QLineEdit *m_search;
    QListWidget *m_candidates;
};

} // namespace teren
