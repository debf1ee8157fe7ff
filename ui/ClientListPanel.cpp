#include "ClientListPanel.h"

#include "ClientListLoader.h"
#include "ClientListModel.h"
#include "store/Repositories.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace teren {

ClientListPanel::ClientListPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ClientListModel(this))
    , m_loader(new ClientListLoader(this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_search->setClearButtonEnabled(true);
    m_locality = new QComboBox(this);
    m_locality->setObjectName(QStringLiteral("localityFilter"));
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("workerFilter"));
    m_cooperation = new QComboBox(this);
    m_cooperation->setObjectName(QStringLiteral("cooperationFilter"));
    m_overdue = new QCheckBox(this);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("clientList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several clients can be chosen, to hand them over at once.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(ClientListModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ClientListModel::BirthYear, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ClientListModel::Locality, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ClientListModel::OpenNeeds, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ClientListModel::ConsentInForce, QHeaderView::ResizeToContents);
    // Columns fit the rows in view, not a thousand more at every keystroke.
    m_view->horizontalHeader()->setResizeContentsPrecision(0);
    // A click on a column's header sorts by it (again: the other way round).
    m_view->horizontalHeader()->setSortIndicator(ClientListModel::Name, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_count = new QLabel(this);
    m_loadingState = new QLabel(this);
    m_loadingState->setObjectName(QStringLiteral("clientListLoading"));
    m_loadingState->setWordWrap(true);
    m_loadingState->hide();

    auto *filters = new QGridLayout;
    filters->addWidget(m_search, 0, 0, 1, 2);
    filters->addWidget(m_locality, 1, 0);
    filters->addWidget(m_worker, 1, 1);
    filters->addWidget(m_cooperation, 2, 0);
    filters->addWidget(m_overdue, 2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_loadingState);
    layout->addWidget(m_count);

    connect(m_loader, &ClientListLoader::firstPageRead, this, [this] { showRows(false); });
    connect(m_loader, &ClientListLoader::allRead, this, [this] { showRows(true); });
    connect(m_loader, &ClientListLoader::failed, this, &ClientListPanel::showLoadFailure);

    connect(m_search, &QLineEdit::textChanged, this, &ClientListPanel::updateFilter);
    // Enter in the search opens the first match and moves on to the list, so a
    // client is found and opened without the mouse.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() == 0)
            return;
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
        m_view->setFocus(Qt::OtherFocusReason);
    });
    for (QComboBox *combo : {m_locality, m_worker, m_cooperation})
        connect(combo, &QComboBox::currentIndexChanged, this, &ClientListPanel::updateFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &ClientListPanel::updateFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selectingQuietly)
                    activate(current);
            });
    // A click or Enter on the highlighted row opens it too: the row may be current
    // while the card shows another client (or none).
    connect(m_view, &QAbstractItemView::clicked, this, &ClientListPanel::activate);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        if (m_keptInView.isValid())
            m_view->scrollTo(m_keptInView);
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_keptInView = QPersistentModelIndex(); });
    connect(m_view, &QAbstractItemView::activated, this, &ClientListPanel::activate);
    retranslate();
}

void ClientListPanel::setStore(Store *store)
{
    m_store = store;
    fillFilterChoices();
    loadRows(false);
}

bool ClientListPanel::isLoading() const
{
    return m_loader->isLoading();
}

void ClientListPanel::loadRows(bool keepRows)
{
    m_loader->cancel();
    m_refreshedWhileLoading.clear();
    m_loadFailure.clear();
    if (m_store && ClientListLoader::readsInBackground(*m_store)) {
        if (!keepRows)
            m_model->setRows({});
        m_loader->load(*m_store);
    } else {
        m_model->reload(m_store);
    }
    updateLoadingState();
    updateCount();
}

void ClientListPanel::showRows(bool allOfThem)
{
    // The first page is for an empty list; a list read again keeps its rows until
    // all the new ones are there.
    if (!allOfThem && m_model->totalCount() > 0)
        return;
    const QUuid current = currentClient();
    {
        const QScopedValueRollback quiet(m_selectingQuietly, true);
        m_model->setRows(m_loader->takeRows(), true);
        if (allOfThem && m_store) {
            for (const QUuid &edited : std::as_const(m_refreshedWhileLoading))
                m_model->refreshClient(*m_store, edited);
        }
    }
    if (allOfThem)
        m_refreshedWhileLoading.clear();
    selectClient(current.isNull() ? m_shown : current);
    updateLoadingState();
    updateCount();
    Q_EMIT firstRowsShown();
}

void ClientListPanel::showLoadFailure(const QString &message)
{
    m_loadFailure = message;
    m_refreshedWhileLoading.clear();
    updateLoadingState();
    updateCount();
    Q_EMIT firstRowsShown();
}

void ClientListPanel::updateLoadingState()
{
    if (!m_loadFailure.isEmpty())
        m_loadingState->setText(tr("Not every client could be read; the list shows %n of them. %1", nullptr,
                                   m_model->totalCount())
                                    .arg(m_loadFailure));
    else
        m_loadingState->setText(tr("Loading the clients…"));
    m_loadingState->setVisible(isLoading() || !m_loadFailure.isEmpty());
}

void ClientListPanel::refreshClient(QUuid clientId)
{
    if (!m_store)
        return;
    const QUuid current = currentClient();
    {
        // The row leaves its place: the view must not take the next row for a choice.
        const QScopedValueRollback quiet(m_selectingQuietly, true);
        m_model->refreshClient(*m_store, clientId);
    }
    if (isLoading())
        m_refreshedWhileLoading.insert(clientId);
    selectClient(current.isNull() ? clientId : current);
    updateCount();
    // A row highlighted here while the card shows nobody, or a client no longer in the
    // list (merged into the highlighted one, say): the card follows the highlight.
    const QUuid highlighted = currentClient();
    if (!highlighted.isNull() && highlighted != m_shown && (m_shown.isNull() || !m_model->contains(m_shown)))
        Q_EMIT clientActivated(highlighted);
}

void ClientListPanel::setShownClient(QUuid clientId)
{
    m_shown = clientId;
}

void ClientListPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QUuid clientId = index.data(ClientListModel::IdRole).toUuid();
    if (clientId != m_shown)
        Q_EMIT clientActivated(clientId);
}

void ClientListPanel::selectClient(const QUuid &clientId)
{
    const QModelIndex index = m_model->indexOf(clientId);
    // Not a QSignalBlocker on the selection model: the view listens to it too and
    // would neither paint the highlight nor scroll to the row.
    const QScopedValueRollback quiet(m_selectingQuietly, true);
    if (!index.isValid()) {
        m_view->setCurrentIndex({});
        return;
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_keptInView = index;
}

void ClientListPanel::revealClient(const QUuid &clientId)
{
    if (!m_model->indexOf(clientId).isValid() && m_model->contains(clientId)) {
        {
            const QSignalBlocker search(m_search);
            const QSignalBlocker locality(m_locality);
            const QSignalBlocker worker(m_worker);
            const QSignalBlocker cooperation(m_cooperation);
            const QSignalBlocker overdue(m_overdue);
            m_search->clear();
            for (QComboBox *combo : {m_locality, m_worker, m_cooperation})
                combo->setCurrentIndex(0);
            m_overdue->setChecked(false);
        }
        updateFilter();
    }
    selectClient(clientId);
}

void ClientListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QUuid ClientListPanel::currentClient() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(ClientListModel::IdRole).toUuid() : QUuid();
}

QList<QUuid> ClientListPanel::selectedClients() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<QUuid> ids;
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(row.data(ClientListModel::IdRole).toUuid());
    if (ids.isEmpty() && !currentClient().isNull())
        ids.append(currentClient());
    return ids;
}

void ClientListPanel::reloadAll()
{
    if (!m_store)
        return;
    const QUuid current = currentClient();
    const QUuid locality = m_locality->currentData().toUuid();
    const QUuid worker = m_worker->currentData().toUuid();
    fillFilterChoices();
    {
        const QSignalBlocker localityBlocker(m_locality);
        const QSignalBlocker workerBlocker(m_worker);
        m_locality->setCurrentIndex(std::max(0, m_locality->findData(locality)));
        m_worker->setCurrentIndex(std::max(0, m_worker->findData(worker)));
    }
    {
        const QScopedValueRollback quiet(m_selectingQuietly, true);
        loadRows(true);
    }
    updateFilter();
    selectClient(current);
    updateCount();
}

void ClientListPanel::fillFilterChoices()
{
    const QSignalBlocker localityBlocker(m_locality);
    const QSignalBlocker workerBlocker(m_worker);
    m_locality->clear();
    m_worker->clear();
    m_locality->addItem(tr("All localities"));
    m_worker->addItem(tr("All workers"));
    if (!m_store)
        return;
    DirectoryRepository directory(*m_store);
    for (const Locality &locality : directory.localities())
        m_locality->addItem(locality.name, locality.id);
    for (const Worker &worker : directory.workers())
        m_worker->addItem(worker.name, worker.id);
}

void ClientListPanel::updateFilter()
{
    ClientFilter filter;
    filter.text = m_search->text();
    filter.localityId = m_locality->currentData().toUuid();
    filter.workerId = m_worker->currentData().toUuid();
    filter.cooperation = static_cast<ClientFilter::CooperationState>(std::max(0, m_cooperation->currentIndex()));
    filter.overdueOnly = m_overdue->isChecked();
    const QUuid current = currentClient();
    m_model->setFilter(filter);
    selectClient(current);
    updateCount();
}

void ClientListPanel::updateCount()
{
    m_count->setText(tr("%n client(s) shown", nullptr, m_model->rowCount()) + QStringLiteral(" / ")
                     + QString::number(m_model->totalCount()));
}

void ClientListPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search by name (diacritics optional)"));
    const int cooperation = std::max(0, m_cooperation->currentIndex());
    {
        const QSignalBlocker blocker(m_cooperation);
        m_cooperation->clear();
        m_cooperation->addItems({tr("Any cooperation"), tr("Cooperation active"), tr("Cooperation ended"),
                                 tr("No cooperation")});
        m_cooperation->setCurrentIndex(cooperation);
    }
    m_overdue->setText(tr("Overdue steps only"));
    if (m_locality->count() > 0)
        m_locality->setItemText(0, tr("All localities"));
    if (m_worker->count() > 0)
        m_worker->setItemText(0, tr("All workers"));
    m_model->retranslate();
    updateLoadingState();
    updateCount();
}

void ClientListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QUuid ClientListPanel::localityFilter() const
{
    return m_locality->currentData().toUuid();
}

} // namespace teren
