#include "NeedsTab.h"

#include "CaseSession.h"
#include "Formats.h"
#include "NeedDialogs.h"
#include "domain/Codes.h"
#include "store/Repositories.h"

#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace teren {

namespace {
enum Column { Priority, Area, Intensity, Status, Identified, Closed, Outcome, ColumnCount };
} // namespace

NeedsTab::NeedsTab(QWidget *parent)
    : CardTab(parent)
    , m_hint(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_reopen(new QPushButton(this))
    , m_delete(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("needsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Outcome, QHeaderView::Stretch);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->viewport()->installEventFilter(this);
    m_hint->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addNeed"));
    m_close->setObjectName(QStringLiteral("closeNeed"));
    m_up->setObjectName(QStringLiteral("moveNeedUp"));
    m_down->setObjectName(QStringLiteral("moveNeedDown"));
    m_reopen->setObjectName(QStringLiteral("reopenNeed"));
    m_delete->setObjectName(QStringLiteral("deleteNeed"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_up, m_down, m_close, m_reopen, m_delete})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &NeedsTab::addNeed);
    connect(m_edit, &QPushButton::clicked, this, &NeedsTab::editNeed);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_close, &QPushButton::clicked, this, &NeedsTab::closeNeed);
    connect(m_reopen, &QPushButton::clicked, this, &NeedsTab::reopenSelected);
    connect(m_delete, &QPushButton::clicked, this, &NeedsTab::deleteSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &NeedsTab::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &NeedsTab::editNeed);
    // The keys belong to the tab, not to its buttons: a button's text with a mnemonic
    // ("&Add need…") replaces the button's shortcut each time it is set. They work
    // wherever the focus is in the tab, the table included, and take the key before
    // the table would move its cursor with it.
    const auto addShortcut = [this](const QKeySequence &keys, const std::function<void()> &action) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    };
    addShortcut(QKeySequence(Qt::Key_Insert), [this] {
        if (m_add->isEnabled())
            addNeed();
    });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveSelected(-1); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveSelected(+1); });
    retranslate();
    updateButtons();
}

void NeedsTab::retranslate()
{
    m_hint->setText(tr("Open needs in the order the client wants them met. Drag a row, or press Ctrl+Up and "
                       "Ctrl+Down, to change the priority; the others renumber."));
    m_table->setHorizontalHeaderLabels({tr("Priority"), tr("Area"), tr("Intensity"), tr("Status"), tr("Identified"),
                                        tr("Closed"), tr("Outcome")});
    m_add->setText(tr("&Add need…"));
    m_add->setToolTip(tr("Add a need (Insert)"));
    m_edit->setText(tr("&Edit…"));
    m_up->setText(tr("Move &up"));
    m_down->setText(tr("Move do&wn"));
    m_close->setText(tr("&Resolve or close…"));
    m_reopen->setText(tr("Re&open"));
    m_delete->setText(tr("&Delete"));
    m_up->setToolTip(tr("Raise the priority (Ctrl+Up)"));
    m_down->setToolTip(tr("Lower the priority (Ctrl+Down)"));
}

void NeedsTab::reload()
{
    const QUuid selected = selectedNeed();
    m_needs = session() && !clientId().isNull() ? NeedRepository(session()->store()).forClient(clientId())
                                                 : QList<Need>();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(static_cast<int>(m_needs.size()));
    const Codelists *codes = session() ? &session()->store().codelists() : nullptr;
    const QStringList intensities = {QString(), tr("low"), tr("medium"), tr("high")};
    for (int row = 0; row < m_needs.size(); ++row) {
        const Need &need = m_needs.at(row);
        const QStringList cells = {
            need.isOpen() ? QString::number(need.priority) : QStringLiteral("–"),
            codes->areaLabel(need.area),
            QStringLiteral("%1 – %2").arg(need.intensity).arg(intensities.value(need.intensity)),
            Codes::needStatusLabel(need.status),
            Formats::shortDate(need.identifiedOn),
            Formats::shortDate(need.closedOn),
            need.outcome.isEmpty() ? QString() : codes->outcomeLabel(need.area, need.outcome),
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, need.id);
            if (!need.isOpen())
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            if (column == Intensity && need.intensity == 3)
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            m_table->setItem(row, column, item);
        }
    }
    selectNeed(selected);
    updateButtons();
}

QUuid NeedsTab::selectedNeed() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QUuid() : items.first()->data(Qt::UserRole).toUuid();
}

void NeedsTab::selectNeed(const QUuid &needId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toUuid() == needId) {
            m_table->selectRow(row);
            return;
        }
    }
}

std::optional<Need> NeedsTab::need(const QUuid &id) const
{
    for (const Need &need : m_needs) {
        if (need.id == id)
            return need;
    }
    return std::nullopt;
}

void NeedsTab::updateButtons()
{
    const std::optional<Need> selected = need(selectedNeed());
    const bool open = selected && selected->isOpen();
    m_add->setEnabled(session() && !clientId().isNull());
    m_edit->setEnabled(selected.has_value());
    m_up->setEnabled(open && selected->priority > 1);
    m_down->setEnabled(open && std::any_of(m_needs.begin(), m_needs.end(), [&](const Need &other) {
                           return other.isOpen() && other.priority > selected->priority;
                       }));
    m_close->setEnabled(open);
    m_reopen->setEnabled(selected && !open);
    m_delete->setEnabled(selected.has_value());
}

NeedDialog *NeedsTab::addNeed()
{
    if (!session() || clientId().isNull())
        return nullptr;
    Need fresh;
    fresh.clientId = clientId();
    fresh.area = QStringLiteral("housing");
    auto *dialog = new NeedDialog(*session(), fresh, this);
    dialog->open();
    return dialog;
}

NeedDialog *NeedsTab::editNeed()
{
    const std::optional<Need> selected = need(selectedNeed());
    if (!selected)
        return nullptr;
    auto *dialog = new NeedDialog(*session(), *selected, this);
    dialog->open();
    return dialog;
}

CloseNeedDialog *NeedsTab::closeNeed()
{
    const std::optional<Need> selected = need(selectedNeed());
    if (!selected || !selected->isOpen())
        return nullptr;
    auto *dialog = new CloseNeedDialog(*session(), *selected, this);
    dialog->open();
    return dialog;
}

void NeedsTab::moveSelected(int delta)
{
    const std::optional<Need> selected = need(selectedNeed());
    if (selected && selected->isOpen())
        moveNeed(selected->id, selected->priority + delta);
}

void NeedsTab::moveNeed(const QUuid &needId, int priority)
{
    const std::optional<Need> moved = need(needId);
    if (!moved || !moved->isOpen() || priority < 1 || priority == moved->priority)
        return;
    session()->editOrReport(tr("Change priority"), clientId(),
                    [&] { NeedRepository(session()->store()).moveToPriority(needId, priority); });
    selectNeed(needId);
}

void NeedsTab::reopenSelected()
{
    std::optional<Need> selected = need(selectedNeed());
    if (!selected || selected->isOpen())
        return;
    // It returns to the place in the order it had when it was closed.
    selected->status = QStringLiteral("in_progress");
    selected->closedOn = QDate();
    selected->outcome.clear();
    const Need reopened = *selected;
    session()->editOrReport(tr("Reopen need"), clientId(), [&] { NeedRepository(session()->store()).update(reopened); });
}

void NeedsTab::deleteSelected()
{
    const QUuid selected = selectedNeed();
    if (selected.isNull())
        return;
    session()->editOrReport(tr("Delete need"), clientId(), [&] { NeedRepository(session()->store()).remove(selected); });
}

bool NeedsTab::eventFilter(QObject *watched, QEvent *event)
{
    // A dropped row becomes a priority change through the store instead of
    // QTableWidget's own row shuffling.
    if (watched == m_table->viewport() && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QUuid dragged = selectedNeed();
        const int targetRow = m_table->rowAt(drop->position().toPoint().y());
        const std::optional<Need> target = targetRow >= 0 ? need(m_table->item(targetRow, 0)->data(Qt::UserRole).toUuid())
                                                          : std::nullopt;
        drop->setDropAction(Qt::IgnoreAction);
        drop->accept();
        if (target && target->isOpen())
            moveNeed(dragged, target->priority);
        return true;
    }
    return CardTab::eventFilter(watched, event);
}

} // namespace teren
