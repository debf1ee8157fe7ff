#include "WeekView.h"

#include "CaseSession.h"
#include "Formats.h"
#include "Settings.h"
#include "store/Repositories.h"
#include "store/Store.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace teren {

namespace {

enum Column { DateColumn, ClientColumn, WhatColumn };
constexpr int sectionCount = 5;

const QList<WeekItem> &listOf(const WeekAgenda &agenda, int section)
{
    switch (section) {
    case 0:
        return agenda.overdueSteps;
    case 1:
        return agenda.dueSoon;
    case 2:
        return agenda.overdueGoals;
    case 3:
        return agenda.noRecentContact;
    default:
        return agenda.needsWithoutGoal;
    }
}

} // namespace

WeekView::WeekView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_workerLabel(new QLabel(this))
    , m_worker(new QComboBox(this))
    , m_daysLabel(new QLabel(this))
    , m_days(new QSpinBox(this))
    , m_tree(new QTreeWidget(this))
    , m_done(new QPushButton(this))
    , m_counts(new QLabel(this))
{
    setObjectName(QStringLiteral("weekView"));
    m_worker->setObjectName(QStringLiteral("weekWorker"));
    m_days->setObjectName(QStringLiteral("weekDaysWithoutContact"));
    m_tree->setObjectName(QStringLiteral("weekTree"));
    m_done->setObjectName(QStringLiteral("weekMarkDone"));
    m_counts->setObjectName(QStringLiteral("weekCounts"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_workerLabel->setBuddy(m_worker);
    m_daysLabel->setBuddy(m_days);
    m_days->setRange(0, 3650);
    m_days->setValue(Settings::daysWithoutContact());
    m_worker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_worker->setMinimumContentsLength(14);
    m_tree->setColumnCount(3);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);

    // One choice per row, so the pane stays narrow enough for the card beside it on a
    // 1280-pixel laptop screen in either language.
    auto *choices = new QFormLayout;
    choices->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    choices->addRow(m_workerLabel, m_worker);
    choices->addRow(m_daysLabel, m_days);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_done);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(choices);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_worker, &QComboBox::currentIndexChanged, this, &WeekView::reload);
    connect(m_days, &QSpinBox::valueChanged, this, [this](int days) {
        Settings::setDaysWithoutContact(days);
        reload();
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QUuid client = item->data(DateColumn, ClientRole).toUuid();
        if (!client.isNull())
            Q_EMIT itemActivated(client, item->data(DateColumn, ItemRole).toUuid());
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &WeekView::updateButtons);
    connect(m_done, &QPushButton::clicked, this, &WeekView::markSelectedDone);
    auto *doneKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this);
    doneKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(doneKey, &QShortcut::activated, this, &WeekView::markSelectedDone);
    retranslate();
    reload();
}

void WeekView::setSession(CaseSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        // Any edit, undo or redo may add a line or take one away.
        connect(m_session, &CaseSession::clientChanged, this, &WeekView::reload);
    }
    fillWorkers();
    // A field worker sees their own clients; a coordinator, or a file where nobody
    // has said who they are, every client.
    QUuid own;
    if (m_session) {
        const std::optional<Worker> current =
            DirectoryRepository(m_session->store()).worker(m_session->store().currentWorker());
        if (current && current->role == u"field")
            own = current->id;
    }
    setWorker(own);
    reload();
}

void WeekView::setWorker(const QUuid &workerId)
{
    const int index = m_worker->findData(workerId);
    m_worker->setCurrentIndex(index >= 0 ? index : 0);
}

QUuid WeekView::worker() const
{
    return m_worker->currentData().toUuid();
}

void WeekView::fillWorkers()
{
    const QSignalBlocker blocker(m_worker);
    const QUuid chosen = worker();
    m_worker->clear();
    m_worker->addItem(tr("All clients"), QUuid());
    if (m_session) {
        for (const Worker &each : DirectoryRepository(m_session->store()).workers())
            m_worker->addItem(each.name, each.id);
    }
    const int index = m_worker->findData(chosen);
    m_worker->setCurrentIndex(index >= 0 ? index : 0);
}

QString WeekView::sectionTitle(int section) const
{
    switch (section) {
    case 0:
        return tr("Overdue steps");
    case 1:
        return tr("Due within 7 days");
    case 2:
        return tr("Overdue goals");
    case 3:
        return tr("No contact for more than %n day(s)", nullptr, m_days->value());
    default:
        return tr("Needs without a goal after 60 days");
    }
}

void WeekView::setActive(bool active)
{
    m_active = active;
    if (m_active && m_stale)
        reload();
    m_counts->setVisible(m_active && m_session != nullptr);
}

void WeekView::reload()
{
    if (!m_active) {
        m_stale = true;
        return;
    }
    m_stale = false;
    // The line chosen stays chosen when it is still there.
    const QTreeWidgetItem *current = m_tree->currentItem();
    const QUuid chosen = current ? current->data(DateColumn, ItemRole).toUuid() : QUuid();
    const int chosenSection = current && current->parent() ? m_tree->indexOfTopLevelItem(current->parent()) : -1;
    m_tree->clear();
    m_agenda = {};
    if (m_session) {
        m_day = m_session->store().clock().today();
        WeekFilter filter;
        filter.day = m_day;
        filter.workerId = worker();
        filter.daysWithoutContact = m_days->value();
        m_agenda = WeekAgenda::of(m_session->store(), filter);
    }
    for (int section = 0; section < sectionCount; ++section) {
        const QList<WeekItem> &items = listOf(m_agenda, section);
        auto *header = new QTreeWidgetItem(m_tree);
        header->setText(DateColumn, tr("%1 (%2)").arg(sectionTitle(section)).arg(items.size()));
        header->setFirstColumnSpanned(true);
        header->setFlags(Qt::ItemIsEnabled);
        QFont font = header->font(DateColumn);
        font.setBold(true);
        header->setFont(DateColumn, font);
        addLines(header, items, section);
        header->setExpanded(true);
    }
    m_title->setText(m_session ? tr("This week, from %1").arg(Formats::longDate(m_day)) : tr("This week"));
    m_counts->setText(m_session ? tr("Overdue: steps %1, goals %3 · due soon: %2 · no contact: %4 · no goal: %5")
                                      .arg(m_agenda.overdueSteps.size())
                                      .arg(m_agenda.dueSoon.size())
                                      .arg(m_agenda.overdueGoals.size())
                                      .arg(m_agenda.noRecentContact.size())
                                      .arg(m_agenda.needsWithoutGoal.size())
                                : QString());
    m_counts->setVisible(m_active && m_session != nullptr);
    m_tree->resizeColumnToContents(DateColumn);
    m_tree->resizeColumnToContents(ClientColumn);
    if (!chosen.isNull() && chosenSection >= 0) {
        const QTreeWidgetItem *section = m_tree->topLevelItem(chosenSection);
        for (int i = 0; i < section->childCount(); ++i) {
            if (section->child(i)->data(DateColumn, ItemRole).toUuid() == chosen)
                m_tree->setCurrentItem(section->child(i));
        }
    }
    updateButtons();
}

void WeekView::addLines(QTreeWidgetItem *header, const QList<WeekItem> &items, int section)
{
    const bool overdue = section == 0 || section == 2;
    const bool mixed = section == 1; // steps and goals due soon
    for (const WeekItem &entry : items) {
        auto *line = new QTreeWidgetItem(header);
        line->setData(DateColumn, ClientRole, entry.clientId);
        line->setData(DateColumn, ItemRole, entry.id);
        line->setData(DateColumn, KindRole, static_cast<int>(entry.kind));
        line->setText(DateColumn, entry.date.isValid() ? Formats::shortDate(entry.date) : tr("never"));
        line->setText(ClientColumn, entry.clientName);
        QString what = entry.text;
        if (entry.kind == WeekItem::Kind::Client) {
            what = entry.date.isValid()
                ? tr("%n day(s) since the last contact", nullptr, static_cast<int>(entry.date.daysTo(m_day)))
                : tr("no contact recorded");
        } else if (mixed) {
            what = entry.kind == WeekItem::Kind::Goal ? tr("Goal: %1").arg(entry.text) : tr("Step: %1").arg(entry.text);
        }
        line->setText(WhatColumn, what);
        line->setToolTip(WhatColumn, what);
        if (overdue)
            line->setForeground(DateColumn, QBrush(QColor(0xb0, 0x1c, 0x1c)));
    }
}

void WeekView::updateButtons()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    m_done->setEnabled(m_session && item && item->parent()
                       && item->data(DateColumn, KindRole).toInt() == static_cast<int>(WeekItem::Kind::Step));
}

void WeekView::markSelectedDone()
{
    if (!m_done->isEnabled())
        return;
    const QTreeWidgetItem *item = m_tree->currentItem();
    const QUuid client = item->data(DateColumn, ClientRole).toUuid();
    const QUuid id = item->data(DateColumn, ItemRole).toUuid();
    Store &store = m_session->store();
    std::optional<Step> step = PlanRepository(store).findStep(id);
    if (!step)
        return;
    step->doneOn = store.clock().today();
    m_session->editOrReport(tr("Mark step done"), client, [&] { PlanRepository(store).updateStep(*step); });
}

void WeekView::retranslate()
{
    m_workerLabel->setText(tr("&Worker:"));
    m_daysLabel->setText(tr("Days &without contact:"));
    m_done->setText(tr("Mark step &done"));
    m_done->setToolTip(tr("Mark the step on the chosen line done today (Ctrl+D); Ctrl+Z takes it back"));
    m_tree->setHeaderLabels({tr("Date"), tr("Client"), tr("What")});
    if (m_worker->count() > 0)
        m_worker->setItemText(0, tr("All clients"));
}

void WeekView::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void WeekView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // section titles, dates and the area of a need follow the language
    }
    QWidget::changeEvent(event);
}

} // namespace teren
