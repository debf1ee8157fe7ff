#pragma once

#include "EditDialog.h"
#include "domain/Entities.h"
#include "store/CodelistEditor.h"

#include <QList>
#include <QUuid>
#include <QVariant>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace teren {

// A form for one of the region's records. Its edit is one undoable step; savedKey()
// is the record it added or changed, for the list to select.
class RegionForm : public EditDialog
{
    Q_OBJECT

public:
    QVariant savedKey() const { return m_saved; }

protected:
    RegionForm(CaseSession &session, QWidget *parent);
    CaseSession &m_session;
    QVariant m_saved;
};

// A label in a list: the first letter upper-case ("field worker" → "Field worker").
QString capitalised(QString text);

// A provider: name, IČO and the registered social services.
class ProviderForm : public RegionForm
{
    Q_OBJECT

public:
    ProviderForm(CaseSession &session, const Provider &provider, QWidget *parent = nullptr);
    Provider provider() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *icoEdit() const { return m_ico; }
    QCheckBox *serviceBox(const QString &code) const;

private:
    Provider m_provider;
    QLineEdit *m_name;
    QLineEdit *m_ico;
    QList<QCheckBox *> m_services;
};

// A worker: name, provider, role and the first working day. Leaving is Retire.
class WorkerForm : public RegionForm
{
    Q_OBJECT

public:
    WorkerForm(CaseSession &session, const Worker &worker, QWidget *parent = nullptr);
    Worker worker() const;
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *providerBox() const { return m_provider; }
    QComboBox *roleBox() const { return m_role; }
    QDateEdit *activeFromEdit() const { return m_activeFrom; }

private:
    Worker m_worker;
    QLineEdit *m_name;
    QComboBox *m_provider;
    QComboBox *m_role;
    QDateEdit *m_activeFrom;
};

// A locality: code, name, municipality, district, kind and the estimated residents
// in social exclusion.
class LocalityForm : public RegionForm
{
    Q_OBJECT

public:
    LocalityForm(CaseSession &session, const Locality &locality, QWidget *parent = nullptr);
    Locality locality() const;
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *municipalityEdit() const { return m_municipality; }
    QLineEdit *districtEdit() const { return m_district; }
    QComboBox *kindBox() const { return m_kind; }
    QSpinBox *residentsBox() const { return m_residents; }

private:
    Locality m_locality;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_municipality;
    QLineEdit *m_district;
    QComboBox *m_kind;
    QSpinBox *m_residents;
};

// A code of a codelist the region extends: a new code with its Czech and English
// label, or new labels for one (a code itself never changes).
class CodeForm : public RegionForm
{
    Q_OBJECT

public:
    // An empty `code` adds one; `area` only for outcomes.
    CodeForm(CaseSession &session, CodelistEditor::List list, const QString &area, const QString &code,
             QWidget *parent = nullptr);
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *czechEdit() const { return m_czech; }
    QLineEdit *englishEdit() const { return m_english; }

private:
    QLineEdit *m_code;
    QLineEdit *m_czech;
    QLineEdit *m_english;
};

// Hands clients over to an active worker the user chooses, in one undoable edit.
class HandOverDialog : public RegionForm
{
    Q_OBJECT

public:
    // `from`: the worker whose clients they are, when all of one worker's (not offered).
    HandOverDialog(CaseSession &session, const QList<QUuid> &clients, const QUuid &from = {},
                   QWidget *parent = nullptr);
    QComboBox *workerBox() const { return m_worker; }
    // Selects the worker by name; false when no active worker is called so.
    bool chooseWorker(const QString &name);

private:
    QList<QUuid> m_clients;
    QComboBox *m_worker;
};

// Retires a worker from a last working day. While clients are still assigned to the
// worker the repository refuses; the dialog offers to hand them over first, to an
// active worker chosen here, as an edit of its own.
class RetireWorkerDialog : public RegionForm
{
    Q_OBJECT

public:
    RetireWorkerDialog(CaseSession &session, const Worker &worker, QWidget *parent = nullptr);
    QDateEdit *lastDayEdit() const { return m_lastDay; }
    QComboBox *successorBox() const { return m_successor; }
    QPushButton *handOverButton() const { return m_handOver; }
    QLabel *clientsLabel() const { return m_clients; }
    // Hands the worker's clients over to the successor chosen; returns whether done.
    bool handOverClients();

private:
    void updateClients();

    Worker m_worker;
    QDateEdit *m_lastDay;
    QLabel *m_clients;
    QComboBox *m_successor;
    QPushButton *m_handOver;
};

} // namespace teren
