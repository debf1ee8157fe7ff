#include "RegionForms.h"

#include "CaseSession.h"
#include "Formats.h"
#include "domain/Codes.h"
#include "store/RegionRepositories.h"
#include "store/Repositories.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace teren {

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

RegionForm::RegionForm(CaseSession &session, QWidget *parent)
    : EditDialog(parent)
    , m_session(session)
{
}

namespace {

QUuid regionOf(Store &store)
{
    const QList<Region> regions = DirectoryRepository(store).regions();
    return regions.isEmpty() ? QUuid() : regions.first().id;
}

} // namespace

// ---------------------------------------------------------------- providers

ProviderForm::ProviderForm(CaseSession &session, const Provider &provider, QWidget *parent)
    : RegionForm(session, parent)
    , m_provider(provider)
    , m_name(new QLineEdit(provider.name, this))
    , m_ico(new QLineEdit(provider.ico, this))
{
    const bool adding = provider.id.isNull();
    setWindowTitle(adding ? tr("Add provider") : tr("Edit provider: %1").arg(provider.name));
    m_ico->setPlaceholderText(tr("eight digits, e.g. 25755277"));
    m_ico->setMaxLength(8);
    auto *services = new QWidget(this);
    auto *grid = new QVBoxLayout(services);
    grid->setContentsMargins(0, 0, 0, 0);
    for (const QString &code : Codes::providerServices()) {
        auto *box = new QCheckBox(capitalised(Codes::providerServiceLabel(code)), services);
        box->setObjectName(code);
        box->setChecked(provider.services.contains(code));
        grid->addWidget(box);
        m_services.append(box);
    }
    addField(QStringLiteral("name"), tr("&Name:"), m_name);
    addField(QStringLiteral("ico"), tr("&IČO:"), m_ico);
    addField(QStringLiteral("services"), tr("Registered &services:"), services);

    setSubmit([this, adding] {
        Provider edited = this->provider();
        return m_session.edit(adding ? tr("Add provider") : tr("Edit provider"), QUuid(), [&] {
            ProviderRepository providers(m_session.store());
            if (adding)
                edited = providers.add(edited);
            else
                providers.update(edited);
            m_saved = edited.id;
        });
    });
}

QCheckBox *ProviderForm::serviceBox(const QString &code) const
{
    for (QCheckBox *box : m_services) {
        if (box->objectName() == code)
            return box;
    }
    return nullptr;
}

Provider ProviderForm::provider() const
{
    Provider provider = m_provider;
    if (provider.regionId.isNull())
        provider.regionId = regionOf(m_session.store());
    provider.name = m_name->text().trimmed();
    provider.ico = m_ico->text().trimmed();
    provider.services.clear();
    for (const QCheckBox *box : m_services) {
        if (box->isChecked())
            provider.services.append(box->objectName());
    }
    return provider;
}

// ---------------------------------------------------------------- workers

WorkerForm::WorkerForm(CaseSession &session, const Worker &worker, QWidget *parent)
    : RegionForm(session, parent)
    , m_worker(worker)
    , m_name(new QLineEdit(worker.name, this))
    , m_provider(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_activeFrom(Formats::newDateEdit(
          this, worker.activeFrom.isValid() ? worker.activeFrom : session.store().clock().today()))
{
    const bool adding = worker.id.isNull();
    setWindowTitle(adding ? tr("Add worker") : tr("Edit worker: %1").arg(worker.name));
    m_provider->addItem(tr("— none —"), QUuid());
    for (const Provider &provider : ProviderRepository(session.store()).all())
        m_provider->addItem(provider.name, provider.id);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(worker.providerId)));
    for (const QString &role : Codes::workerRoles())
        m_role->addItem(capitalised(Codes::workerRoleLabel(role)), role);
    m_role->setCurrentIndex(std::max(0, m_role->findData(worker.role)));
    addField(QStringLiteral("name"), tr("&Name:"), m_name);
    addField(QStringLiteral("provider_id"), tr("&Provider:"), m_provider);
    addField(QStringLiteral("role"), tr("&Role:"), m_role);
    addField(QStringLiteral("active_from"), tr("Active &from:"), m_activeFrom);

    setSubmit([this, adding] {
        Worker edited = this->worker();
        return m_session.edit(adding ? tr("Add worker") : tr("Edit worker"), QUuid(), [&] {
            WorkerRepository workers(m_session.store());
            if (adding)
                edited = workers.add(edited);
            else
                workers.update(edited);
            m_saved = edited.id;
        });
    });
}

Worker WorkerForm::worker() const
{
    Worker worker = m_worker;
    worker.name = m_name->text().trimmed();
    worker.providerId = m_provider->currentData().toUuid();
    worker.role = m_role->currentData().toString();
    worker.activeFrom = m_activeFrom->date();
    return worker;
}

// ---------------------------------------------------------------- localities

LocalityForm::LocalityForm(CaseSession &session, const Locality &locality, QWidget *parent)
    : RegionForm(session, parent)
    , m_locality(locality)
    , m_code(new QLineEdit(locality.code, this))
    , m_name(new QLineEdit(locality.name, this))
    , m_municipality(new QLineEdit(locality.municipality, this))
    , m_district(new QLineEdit(locality.district, this))
    , m_kind(new QComboBox(this))
    , m_residents(new QSpinBox(this))
{
    const bool adding = locality.id.isNull();
    setWindowTitle(adding ? tr("Add locality") : tr("Edit locality: %1").arg(locality.name));
    m_code->setPlaceholderText(tr("e.g. KV-01; used in spreadsheets and reports"));
    m_kind->addItem(tr("— not given —"), QString());
    for (const QString &kind : Codes::localityKinds())
        m_kind->addItem(capitalised(Codes::localityKindLabel(kind)), kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(locality.kind)));
    // The lowest value stands for "not known": the estimate is optional.
    m_residents->setRange(-1, 1'000'000);
    m_residents->setSpecialValueText(tr("not known"));
    m_residents->setValue(locality.residents.value_or(-1));
    addField(QStringLiteral("code"), tr("&Code:"), m_code);
    addField(QStringLiteral("name"), tr("&Name:"), m_name);
    addField(QStringLiteral("municipality"), tr("&Municipality:"), m_municipality);
    addField(QStringLiteral("district"), tr("&District:"), m_district);
    addField(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    addField(QStringLiteral("residents"), tr("&Residents in social exclusion (estimate):"), m_residents);

    setSubmit([this, adding] {
        Locality edited = this->locality();
        return m_session.edit(adding ? tr("Add locality") : tr("Edit locality"), QUuid(), [&] {
            LocalityRepository localities(m_session.store());
            if (adding)
                edited = localities.add(edited);
            else
                localities.update(edited);
            m_saved = edited.id;
        });
    });
}

Locality LocalityForm::locality() const
{
    Locality locality = m_locality;
    if (locality.regionId.isNull())
        locality.regionId = regionOf(m_session.store());
    locality.code = m_code->text().trimmed();
    locality.name = m_name->text().trimmed();
    locality.municipality = m_municipality->text().trimmed();
    locality.district = m_district->text().trimmed();
    locality.kind = m_kind->currentData().toString();
    locality.residents = m_residents->value() < 0 ? std::nullopt : std::optional<int>(m_residents->value());
    return locality;
}

// ---------------------------------------------------------------- codes

CodeForm::CodeForm(CaseSession &session, CodelistEditor::List list, const QString &area, const QString &code,
                   QWidget *parent)
    : RegionForm(session, parent)
    , m_code(new QLineEdit(code, this))
    , m_czech(new QLineEdit(this))
    , m_english(new QLineEdit(this))
{
    const bool adding = code.isEmpty();
    const Codelists &codes = session.store().codelists();
    const QList<Codelists::Item> items = list == CodelistEditor::List::Outcome ? codes.outcomes(area)
        : list == CodelistEditor::List::InterventionType                     ? codes.interventionTypes()
                                                                             : codes.endReasons();
    for (const Codelists::Item &item : items) {
        if (item.code == code) {
            m_czech->setText(item.labelCs);
            m_english->setText(item.labelEn);
        }
    }
    setWindowTitle(adding ? tr("Add code") : tr("Relabel code: %1").arg(code));
    if (list == CodelistEditor::List::Outcome) {
        auto *areaLabel = new QLabel(codes.areaLabel(area), this);
        addField(QStringLiteral("area"), tr("Need area:"), areaLabel);
    }
    m_code->setReadOnly(!adding);
    m_code->setPlaceholderText(tr("lower-case letters, digits and _, e.g. debt_advice"));
    addField(QStringLiteral("code"), tr("&Code:"), m_code);
    addField(QStringLiteral("label_cs"), tr("C&zech label:"), m_czech);
    addField(QStringLiteral("label_en"), tr("&English label:"), m_english);
    if (!adding)
        m_czech->setFocus(Qt::OtherFocusReason);

    setSubmit([this, list, area, adding] {
        const QString typed = m_code->text().trimmed();
        return m_session.edit(adding ? tr("Add code") : tr("Relabel code"), QUuid(), [&] {
            CodelistEditor editor(m_session.store());
            if (adding)
                editor.add(list, typed, m_czech->text(), m_english->text(), area);
            else
                editor.relabel(list, typed, m_czech->text(), m_english->text(), area);
            m_saved = typed;
        });
    });
}

// ---------------------------------------------------------------- hand-over

HandOverDialog::HandOverDialog(CaseSession &session, const QList<QUuid> &clients, const QUuid &from,
                               QWidget *parent)
    : RegionForm(session, parent)
    , m_clients(clients)
    , m_worker(new QComboBox(this))
{
    Store &store = session.store();
    setWindowTitle(tr("Hand over %n client(s)", nullptr, static_cast<int>(clients.size())));
    QStringList names;
    ClientRepository repository(store);
    for (const QUuid &id : clients) {
        if (const std::optional<Client> client = repository.find(id))
            names.append(client->displayName());
    }
    const int shown = 8;
    QString list = QStringList(names.mid(0, shown)).join(QStringLiteral(", "));
    if (names.size() > shown)
        list = tr("%1 and %n more", nullptr, static_cast<int>(names.size() - shown)).arg(list);
    auto *who = new QLabel(list, this);
    who->setWordWrap(true);
    who->setTextFormat(Qt::PlainText);
    addField(QStringLiteral("clients"), tr("Clients:"), who);
    m_worker->addItem(tr("— choose a worker —"), QUuid());
    for (const Worker &worker : WorkerRepository(store).active(store.clock().today())) {
        if (worker.id != from)
            m_worker->addItem(worker.name, worker.id);
    }
    addField(QStringLiteral("worker_id"), tr("Hand over &to:"), m_worker);
    m_worker->setFocus(Qt::OtherFocusReason);
    setOkText(tr("&Hand over"));

    setSubmit([this] {
        const QUuid to = m_worker->currentData().toUuid();
        if (to.isNull())
            return CaseSession::EditResult{false, tr("Choose the worker who takes the clients over."),
                                           QStringLiteral("worker_id")};
        const QList<QUuid> chosen = m_clients;
        return m_session.edit(tr("Hand over %n client(s)", nullptr, static_cast<int>(chosen.size())), QUuid(),
                              [&] {
                                  ClientRepository(m_session.store()).handOver(chosen, to);
                                  m_saved = to;
                              });
    });
}

bool HandOverDialog::chooseWorker(const QString &name)
{
    const int index = m_worker->findText(name);
    if (index > 0)
        m_worker->setCurrentIndex(index);
    return index > 0;
}

// ---------------------------------------------------------------- retiring

RetireWorkerDialog::RetireWorkerDialog(CaseSession &session, const Worker &worker, QWidget *parent)
    : RegionForm(session, parent)
    , m_worker(worker)
    , m_lastDay(Formats::newDateEdit(this, session.store().clock().today()))
    , m_clients(new QLabel(this))
    , m_successor(new QComboBox(this))
    , m_handOver(new QPushButton(this))
{
    setWindowTitle(tr("Retire worker: %1").arg(worker.name));
    // Room for the sentences about the clients on a line or two each.
    setMinimumWidth(620);
    m_clients->setObjectName(QStringLiteral("clientsLabel"));
    m_clients->setWordWrap(true);
    m_successor->addItem(tr("— choose a worker —"), QUuid());
    Store &store = session.store();
    for (const Worker &other : WorkerRepository(store).active(store.clock().today())) {
        if (other.id != worker.id)
            m_successor->addItem(other.name, other.id);
    }
    m_handOver->setObjectName(QStringLiteral("handOver"));
    auto *handOverRow = new QWidget(this);
    auto *row = new QHBoxLayout(handOverRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_successor, 1);
    row->addWidget(m_handOver);
    addField(QStringLiteral("active_to"), tr("&Last working day:"), m_lastDay);
    form()->addRow(m_clients);
    addField(QStringLiteral("worker_id"), tr("Hand them over &to:"), handOverRow);
    m_lastDay->setFocus(Qt::OtherFocusReason);
    setOkText(tr("&Retire"));
    connect(m_handOver, &QPushButton::clicked, this, &RetireWorkerDialog::handOverClients);
    updateClients();

    setSubmit([this] {
        const QUuid id = m_worker.id;
        const QDate lastDay = m_lastDay->date();
        return m_session.edit(tr("Retire worker"), QUuid(), [&] {
            WorkerRepository(m_session.store()).retire(id, lastDay);
            m_saved = id;
        });
    });
}

void RetireWorkerDialog::updateClients()
{
    const int count = WorkerRepository(m_session.store()).clientCount(m_worker.id);
    m_clients->setText(count > 0 ? tr("%1 still has %n client(s). Hand them over to another worker first:", nullptr,
                                      count)
                                       .arg(m_worker.name)
                                 : tr("%1 has no clients left.").arg(m_worker.name));
    m_handOver->setText(tr("&Hand over %n client(s)", nullptr, count));
    m_handOver->setEnabled(count > 0);
    m_successor->setEnabled(count > 0);
}

bool RetireWorkerDialog::handOverClients()
{
    const QUuid to = m_successor->currentData().toUuid();
    if (to.isNull()) {
        showError(tr("Choose the worker who takes the clients over."), QStringLiteral("worker_id"));
        return false;
    }
    const QList<QUuid> clients = ClientRepository(m_session.store()).assignedTo(m_worker.id);
    const CaseSession::EditResult result =
        m_session.edit(tr("Hand over %n client(s)", nullptr, static_cast<int>(clients.size())), QUuid(),
                       [&] { ClientRepository(m_session.store()).handOver(clients, to); });
    if (!result) {
        showError(result.message, result.field.isEmpty() ? QStringLiteral("worker_id") : result.field);
        return false;
    }
    clearError();
    updateClients();
    return true;
}

} // namespace teren
