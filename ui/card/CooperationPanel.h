#pragma once

#include "domain/Entities.h"

#include <QGroupBox>
#include <QList>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace teren {

class CaseSession;

// The client's cooperation history, and the edits that start a cooperation or end
// the one going on, with a reason from the region's codelist.
class CooperationPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit CooperationPanel(QWidget *parent = nullptr);

    // Shows the cooperations of `client` as stored (nullopt: no client). For a client
    // not shown before, the dates start at today and what was chosen is forgotten.
    void showClient(CaseSession *session, const std::optional<Client> &client, bool newClient);
    void retranslate();

    // Each returns the result of the edit, so tests and callers can check it.
    bool startCooperation();
    bool endCooperation();

private:
    void fillEndReasons();
    void reloadCooperations();
    QWidget *fieldWidget(const QString &field) const;

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
    QLabel *m_error;

    CaseSession *m_session = nullptr;
    QUuid m_clientId;
    QList<Cooperation> m_cooperationList;
};

} // namespace teren
