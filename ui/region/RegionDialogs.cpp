#include "RegionDialogs.h"

#include "CaseSession.h"
#include "Formats.h"
#include "InlineError.h"
#include "RegionForms.h"
#include "WindowGeometry.h"
#include "domain/Codes.h"
#include "store/RegionRepositories.h"
#include "store/Repositories.h"
#include "store/Store.h"

#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

#include <algorithm>

namespace teren {

namespace {

// In the order a Czech reader looks for names (Č after C, not after Z).
template<typename Record>
QList<Record> byName(QList<Record> records)
{
    QCollator collator(QLocale(QLocale::Czech, QLocale::Czechia));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(records.begin(), records.end(),
                     [&](const Record &a, const Record &b) { return collator.compare(a.name, b.name) < 0; });
    return records;
}

} // namespace

// ---------------------------------------------------------------- workers

WorkersDialog::WorkersDialog(CaseSession &session, QWidget *parent)
    : RegionListDialog(session, parent)
    , m_retire(addButtonAfterEdit(QStringLiteral("retire")))
    , m_handOver(addButtonAfterEdit(QStringLiteral("handOverAll")))
{
    setObjectName(QStringLiteral("workersDialog"));
    list()->setColumnCount(6);
    connect(m_retire, &QPushButton::clicked, this, &WorkersDialog::retire);
    connect(m_handOver, &QPushButton::clicked, this, &WorkersDialog::handOverAll);
    WindowGeometry::manage(this, QSize(900, 460));
    initialise();
}

void WorkersDialog::retranslate()
{
    setWindowTitle(tr("Workers"));
    setIntro(tr("The people doing the work, with their provider and role. A worker who leaves is retired from "
                "a last working day, never deleted: old records keep their name. Their clients are handed over "
                "to another worker first."));
    list()->setHeaderLabels({tr("Name"), tr("Provider"), tr("Role"), tr("Active from"), tr("Left on"),
                             tr("Clients")});
    m_retire->setText(tr("&Retire…"));
    m_handOver->setText(tr("&Hand over all clients…"));
}

void WorkersDialog::fill()
{
    Store &store = m_session.store();
    WorkerRepository workers(store);
    DirectoryRepository directory(store);
    const QDate today = store.clock().today();
    for (const Worker &worker : byName(workers.all())) {
        QTreeWidgetItem *item = newRow(worker.id);
        const std::optional<Provider> provider =
            worker.providerId.isNull() ? std::nullopt : directory.provider(worker.providerId);
        item->setText(0, worker.name);
        item->setText(1, provider ? provider->name : QString());
        item->setText(2, capitalised(Codes::workerRoleLabel(worker.role)));
        item->setText(3, Formats::shortDate(worker.activeFrom));
        item->setText(4, Formats::shortDate(worker.activeTo));
        item->setText(5, QString::number(workers.clientCount(worker.id)));
        if (!worker.isActiveOn(today) && worker.activeTo.isValid() && worker.activeTo < today)
            markRetired(item, tr("Left on %1").arg(Formats::shortDate(worker.activeTo)));
    }
}

std::optional<Worker> WorkersDialog::current()
{
    const QVariant key = currentKey();
    return key.isValid() ? WorkerRepository(m_session.store()).find(key.toUuid()) : std::nullopt;
}

void WorkersDialog::updateButtons()
{
    RegionListDialog::updateButtons();
    const std::optional<Worker> worker = current();
    m_retire->setEnabled(!isReadOnly() && worker && !worker->activeTo.isValid());
    m_handOver->setEnabled(!isReadOnly() && worker
                           && WorkerRepository(m_session.store()).clientCount(worker->id) > 0);
}

RegionForm *WorkersDialog::newForm(bool adding)
{
    if (adding) {
        Worker worker;
        // A new worker most likely joins the provider of the one chosen.
        if (const std::optional<Worker> chosen = current())
            worker.providerId = chosen->providerId;
        return new WorkerForm(m_session, worker, this);
    }
    const std::optional<Worker> worker = current();
    return worker ? new WorkerForm(m_session, *worker, this) : nullptr;
}

RetireWorkerDialog *WorkersDialog::retire()
{
    const std::optional<Worker> worker = current();
    if (isReadOnly() || !worker)
        return nullptr;
    auto *dialog = new RetireWorkerDialog(m_session, *worker, this);
    openForm(dialog);
    return dialog;
}

HandOverDialog *WorkersDialog::handOverAll()
{
    const std::optional<Worker> worker = current();
    if (isReadOnly() || !worker)
        return nullptr;
    const QList<QUuid> clients = ClientRepository(m_session.store()).assignedTo(worker->id);
    if (clients.isEmpty())
        return nullptr;
    auto *dialog = new HandOverDialog(m_session, clients, worker->id, this);
    dialog->setWindowTitle(tr("Hand over all clients of %1").arg(worker->name));
    openForm(dialog);
    return dialog;
}

// ---------------------------------------------------------------- providers

ProvidersDialog::ProvidersDialog(CaseSession &session, QWidget *parent)
    : RegionListDialog(session, parent)
{
    setObjectName(QStringLiteral("providersDialog"));
    list()->setColumnCount(3);
    WindowGeometry::manage(this, QSize(900, 420));
    initialise();
}

void ProvidersDialog::retranslate()
{
    setWindowTitle(tr("Providers"));
    setIntro(tr("The organisations delivering the services, with their company number (IČO) and the social "
                "services they are registered for. Workers belong to one of them."));
    list()->setHeaderLabels({tr("Name"), tr("IČO"), tr("Registered services")});
}

void ProvidersDialog::fill()
{
    for (const Provider &provider : byName(ProviderRepository(m_session.store()).all())) {
        QTreeWidgetItem *item = newRow(provider.id);
        item->setText(0, provider.name);
        item->setText(1, provider.ico);
        QStringList services;
        for (const QString &service : provider.services)
            services.append(Codes::providerServiceLabel(service));
        item->setText(2, capitalised(services.join(QStringLiteral(", "))));
        item->setToolTip(2, item->text(2));
    }
}

RegionForm *ProvidersDialog::newForm(bool adding)
{
    if (adding)
        return new ProviderForm(m_session, Provider{}, this);
    const std::optional<Provider> provider = ProviderRepository(m_session.store()).find(currentKey().toUuid());
    return provider ? new ProviderForm(m_session, *provider, this) : nullptr;
}

// ---------------------------------------------------------------- localities

LocalitiesDialog::LocalitiesDialog(CaseSession &session, QWidget *parent)
    : RegionListDialog(session, parent)
{
    setObjectName(QStringLiteral("localitiesDialog"));
    list()->setColumnCount(6);
    WindowGeometry::manage(this, QSize(960, 460));
    initialise();
}

void LocalitiesDialog::retranslate()
{
    setWindowTitle(tr("Localities"));
    setIntro(tr("Where the work happens. The code is the locality's key in spreadsheets and reports: it stays "
                "as it is once the locality has clients."));
    list()->setHeaderLabels({tr("Code"), tr("Name"), tr("Municipality"), tr("District"), tr("Kind"),
                             tr("Residents in exclusion")});
}

void LocalitiesDialog::fill()
{
    for (const Locality &locality : byName(LocalityRepository(m_session.store()).all())) {
        QTreeWidgetItem *item = newRow(locality.id);
        item->setText(0, locality.code);
        item->setText(1, locality.name);
        item->setText(2, locality.municipality);
        item->setText(3, locality.district);
        item->setText(4, locality.kind.isEmpty() ? QString() : capitalised(Codes::localityKindLabel(locality.kind)));
        item->setText(5, locality.residents ? QLocale().toString(*locality.residents) : QString());
    }
}

RegionForm *LocalitiesDialog::newForm(bool adding)
{
    if (adding)
        return new LocalityForm(m_session, Locality{}, this);
    const std::optional<Locality> locality = LocalityRepository(m_session.store()).find(currentKey().toUuid());
    return locality ? new LocalityForm(m_session, *locality, this) : nullptr;
}

// ---------------------------------------------------------------- codelists

CodelistsDialog::CodelistsDialog(CaseSession &session, QWidget *parent)
    : RegionListDialog(session, parent)
    , m_listLabel(new QLabel(this))
    , m_listBox(new QComboBox(this))
    , m_areaLabel(new QLabel(this))
    , m_area(new QComboBox(this))
    , m_fixedNote(new QLabel(this))
    , m_error(newErrorLabel(QStringLiteral("codelistError"), this))
    , m_retire(addButtonAfterEdit(QStringLiteral("retireCode")))
{
    setObjectName(QStringLiteral("codelistsDialog"));
    m_listBox->setObjectName(QStringLiteral("codelist"));
    m_area->setObjectName(QStringLiteral("area"));
    m_listLabel->setBuddy(m_listBox);
    m_areaLabel->setBuddy(m_area);
    m_fixedNote->setWordWrap(true);
    auto *chooser = new QWidget(this);
    auto *row = new QHBoxLayout(chooser);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_listLabel);
    row->addWidget(m_listBox);
    row->addSpacing(12);
    row->addWidget(m_areaLabel);
    row->addWidget(m_area, 1);
    addBesideList(chooser, true);
    addBesideList(m_error, false);
    addBesideList(m_fixedNote, false);
    list()->setColumnCount(4);
    connect(m_listBox, &QComboBox::currentIndexChanged, this, [this] {
        m_error->hide();
        reload();
    });
    connect(m_area, &QComboBox::currentIndexChanged, this, [this] {
        m_error->hide();
        reload();
    });
    connect(m_retire, &QPushButton::clicked, this, &CodelistsDialog::toggleRetired);
    WindowGeometry::manage(this, QSize(900, 520));
    initialise();
}

void CodelistsDialog::retranslate()
{
    setWindowTitle(tr("Codelists"));
    setIntro(tr("The region extends these lists: a new code with its Czech and English label. A code is never "
                "deleted or changed; it can be retired, after which it stays on the records that use it and in "
                "reports, but is no longer offered. Retired codes are grey."));
    m_listLabel->setText(tr("&List:"));
    m_areaLabel->setText(tr("Need &area:"));
    {
        const QSignalBlocker blocker(m_listBox);
        const int index = std::max(0, m_listBox->currentIndex());
        m_listBox->clear();
        m_listBox->addItem(tr("Intervention types"), InterventionTypes);
        m_listBox->addItem(tr("Outcomes"), Outcomes);
        m_listBox->addItem(tr("Cooperation end reasons"), EndReasons);
        m_listBox->addItem(tr("Need areas (fixed)"), NeedAreas);
        m_listBox->setCurrentIndex(index);
    }
    {
        const QSignalBlocker blocker(m_area);
        const QString area = m_area->currentData().toString();
        m_area->clear();
        for (const Codelists::Item &item : m_session.store().codelists().areas())
            m_area->addItem(item.label(Codelists::currentLanguage()), item.code);
        m_area->setCurrentIndex(std::max(0, m_area->findData(area)));
    }
    m_fixedNote->setText(tr("Need areas are fixed: the regional report's indicators depend on them."));
    list()->setHeaderLabels({tr("Code"), tr("Czech"), tr("English"), tr("Status")});
}

CodelistsDialog::Shown CodelistsDialog::shown() const
{
    return static_cast<Shown>(std::max(0, m_listBox->currentData().toInt()));
}

CodelistEditor::List CodelistsDialog::editorList() const
{
    switch (shown()) {
    case Outcomes:
        return CodelistEditor::List::Outcome;
    case EndReasons:
        return CodelistEditor::List::EndReason;
    default:
        return CodelistEditor::List::InterventionType;
    }
}

void CodelistsDialog::showList(Shown list, const QString &area)
{
    m_listBox->setCurrentIndex(std::max(0, m_listBox->findData(list)));
    if (!area.isEmpty())
        m_area->setCurrentIndex(std::max(0, m_area->findData(area)));
}

QList<Codelists::Item> CodelistsDialog::items() const
{
    const Codelists &codes = m_session.store().codelists();
    switch (shown()) {
    case InterventionTypes:
        return codes.interventionTypes();
    case Outcomes:
        return codes.outcomes(m_area->currentData().toString());
    case EndReasons:
        return codes.endReasons();
    case NeedAreas:
        return codes.areas();
    }
    return {};
}

void CodelistsDialog::fill()
{
    const bool outcomes = shown() == Outcomes;
    m_areaLabel->setVisible(outcomes);
    m_area->setVisible(outcomes);
    m_fixedNote->setVisible(shown() == NeedAreas);
    for (const Codelists::Item &code : items()) {
        QTreeWidgetItem *item = newRow(code.code);
        item->setText(0, code.code);
        item->setText(1, code.labelCs);
        item->setText(2, code.labelEn);
        if (code.retired) {
            item->setText(3, tr("retired"));
            markRetired(item, tr("Retired: no longer offered, still valid on the records that use it."));
        } else if (shown() == NeedAreas) {
            item->setText(3, tr("fixed"));
        } else {
            item->setText(3, tr("in use"));
        }
    }
}

void CodelistsDialog::updateButtons()
{
    const bool editable = !isReadOnly() && shown() != NeedAreas;
    const bool chosen = list()->currentItem() != nullptr;
    addButton()->setEnabled(editable);
    editButton()->setEnabled(editable && chosen);
    m_retire->setEnabled(editable && chosen);
    const QString code = currentKey().toString();
    bool retired = false;
    for (const Codelists::Item &item : items()) {
        if (item.code == code)
            retired = item.retired;
    }
    m_retire->setText(retired ? tr("&Bring back") : tr("&Retire"));
}

RegionForm *CodelistsDialog::newForm(bool adding)
{
    if (shown() == NeedAreas)
        return nullptr;
    const QString area = shown() == Outcomes ? m_area->currentData().toString() : QString();
    return new CodeForm(m_session, editorList(), area, adding ? QString() : currentKey().toString(), this);
}

bool CodelistsDialog::toggleRetired()
{
    if (isReadOnly() || shown() == NeedAreas || !list()->currentItem())
        return false;
    const QString code = currentKey().toString();
    bool retired = false;
    for (const Codelists::Item &item : items()) {
        if (item.code == code)
            retired = item.retired;
    }
    const QString area = shown() == Outcomes ? m_area->currentData().toString() : QString();
    const CodelistEditor::List list = editorList();
    const CaseSession::EditResult result =
        m_session.edit(retired ? tr("Bring back code") : tr("Retire code"), QUuid(),
                       [&] { CodelistEditor(m_session.store()).setRetired(list, code, !retired, area); });
    if (!result) {
        showInlineError(m_error, result.message, nullptr, this);
        return false;
    }
    m_error->hide();
    select(code);
    return true;
}

} // namespace teren
