#pragma once

#include <QUuid>
#include <QWidget>

class QComboBox;
class QPushButton;

namespace teren {

class CaseSession;
class PartnerForm;

// Chooses a partner institution for a step: its kind, then the entry (retired ones
// hidden, except the one already chosen), or a new one added on the spot, which any
// worker may do, also offline.
class PartnerPicker : public QWidget
{
    Q_OBJECT

public:
    PartnerPicker(CaseSession &session, const QUuid &current, QWidget *parent = nullptr);

    QUuid partnerId() const;
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *partnerBox() const { return m_partner; }
    QPushButton *newButton() const { return m_new; }
    // Opens the form for a new partner of the kind shown; the partner added is chosen.
    PartnerForm *addPartner();

Q_SIGNALS:
    void partnerChosen(QUuid partnerId);

private:
    void reload(const QUuid &select);

    CaseSession &m_session;
    QUuid m_current; // the step's partner when the editor opened: shown even if retired
    QComboBox *m_kind;
    QComboBox *m_partner;
    QPushButton *m_new;
};

} // namespace teren
