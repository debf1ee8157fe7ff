#pragma once

#include "EditDialog.h"
#include "domain/Entities.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QSpinBox;

namespace teren {

class ClientsField;
class Store;

// Records a group activity (a catch-up class, a PC course, a community meeting...) or
// edits one: its kind, date, length, place and locality, how many took part and which
// clients were among them, and a note. One undoable edit.
class GroupActivityDialog : public EditDialog
{
    Q_OBJECT

public:
    GroupActivityDialog(CaseSession &session, const GroupActivity &activity, QWidget *parent = nullptr);
    GroupActivity activity() const;
    ClientsField *clientsField() const { return m_clients; }

private:
    GroupActivity m_activity;
    QComboBox *m_kind;
    QDateEdit *m_date;
    QSpinBox *m_minutes;
    QComboBox *m_place;
    QComboBox *m_locality;
    QSpinBox *m_participants;
    ClientsField *m_clients;
    QPlainTextEdit *m_note;
};

// Records a contact with people who stay anonymous, or edits one: no client is named,
// only how many persons, with the date, length, place, locality and interventions.
class AnonymousContactDialog : public EditDialog
{
    Q_OBJECT

public:
    AnonymousContactDialog(CaseSession &session, const AnonymousContact &contact, QWidget *parent = nullptr);
    AnonymousContact contact() const;

private:
    AnonymousContact m_contact;
    QDateEdit *m_date;
    QSpinBox *m_minutes;
    QComboBox *m_place;
    QComboBox *m_locality;
    QSpinBox *m_persons;
    QList<QCheckBox *> m_interventions;
    QPlainTextEdit *m_note;
};

} // namespace teren
