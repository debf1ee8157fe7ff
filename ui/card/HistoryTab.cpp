#include "HistoryTab.h"

#include "CaseSession.h"
#include "Formats.h"
#include "sync/Peers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace teren {

namespace {

enum Column { WhenColumn, WhoColumn, InstallationColumn, RecordColumn, FieldColumn, OldColumn, NewColumn, NoteColumn };

// What the filter narrows to: everything, the views, or one need, goal or contact.
enum class Scope { All, Views, Need, Goal, Contact };
const int scopeRole = Qt::UserRole;
const int idRole = Qt::UserRole + 1;

} // namespace

HistoryTab::HistoryTab(QWidget *parent)
    : CardTab(parent)
    , m_filterLabel(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_list(new QTreeWidget(this))
{
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterLabel->setBuddy(m_filter);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setColumnCount(NoteColumn + 1);
    m_list->header()->setStretchLastSection(true);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { fillList(); });
    retranslate();
}

void HistoryTab::reload()
{
    m_stale = true;
    m_entries.clear();
    if (isVisible())
        load();
    else
        m_list->clear();
}

void HistoryTab::showEvent(QShowEvent *event)
{
    CardTab::showEvent(event);
    if (m_stale)
        load();
}

void HistoryTab::load()
{
    m_stale = false;
    m_entries.clear();
    if (session() && !clientId().isNull()) {
        Store &store = session()->store();
        ClientHistory history(store);
        history.setInstallationNames([&store](const QUuid &replica) { return Peers(store).nameOf(replica); });
        m_entries = history.ofClient(clientId());
    }
    fillFilter();
    fillList();
}

void HistoryTab::fillFilter()
{
    const QVariant scope = m_filter->currentData(scopeRole);
    const QVariant id = m_filter->currentData(idRole);
    const QSignalBlocker quiet(m_filter);
    m_filter->clear();
    const auto add = [this](const QString &label, Scope kind, const QUuid &subject = {}) {
        m_filter->addItem(label);
        m_filter->setItemData(m_filter->count() - 1, static_cast<int>(kind), scopeRole);
        m_filter->setItemData(m_filter->count() - 1, subject, idRole);
    };
    add(tr("Everything"), Scope::All);
    add(tr("Card openings, exports and printed plans"), Scope::Views);
    for (const HistorySubject &subject : ClientHistory::subjects(m_entries)) {
        const Scope kind = subject.kind == HistorySubject::Kind::Need ? Scope::Need
            : subject.kind == HistorySubject::Kind::Goal             ? Scope::Goal
                                                                      : Scope::Contact;
        add(subject.label, kind, subject.id);
    }
    // The same choice stays chosen across reloads while it exists.
    int index = 0;
    for (int i = 0; i < m_filter->count(); ++i) {
        if (m_filter->itemData(i, scopeRole) == scope && m_filter->itemData(i, idRole) == id)
            index = i;
    }
    m_filter->setCurrentIndex(index);
}

bool HistoryTab::passesFilter(const HistoryEntry &entry) const
{
    const auto scope = static_cast<Scope>(m_filter->currentData(scopeRole).toInt());
    const QUuid id = m_filter->currentData(idRole).toUuid();
    switch (scope) {
    case Scope::All:
        return true;
    case Scope::Views:
        return entry.kind == HistoryEntry::Kind::View;
    case Scope::Need:
        return entry.needId == id;
    case Scope::Goal:
        return entry.goalId == id;
    case Scope::Contact:
        return entry.contactId == id;
    }
    return true;
}

void HistoryTab::fillList()
{
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    const QString none = QStringLiteral("—");
    for (const HistoryEntry &entry : std::as_const(m_entries)) {
        if (!passesFilter(entry))
            continue;
        auto *item = new QTreeWidgetItem;
        item->setText(WhenColumn, Formats::shortDateTime(entry.when.toLocalTime()));
        item->setText(WhoColumn, entry.authorName.isEmpty() ? none : entry.authorName);
        item->setText(InstallationColumn, entry.installation);
        item->setText(RecordColumn, entry.kind == HistoryEntry::Kind::View ? entry.fieldLabel : entry.record);
        if (entry.kind == HistoryEntry::Kind::Change) {
            item->setText(FieldColumn, entry.fieldLabel);
            item->setText(OldColumn, entry.oldText.isEmpty() ? none : entry.oldText);
            item->setText(NewColumn, entry.newText.isEmpty() ? none : entry.newText);
        }
        item->setText(NoteColumn, entry.note());
        item->setToolTip(RecordColumn, item->text(RecordColumn));
        item->setToolTip(NoteColumn, entry.note());
        item->setToolTip(OldColumn, entry.oldText);
        item->setToolTip(NewColumn, entry.newText);
        if (!entry.note().isEmpty()) {
            // Kept in the history, not in the record: shown apart from what is current.
            for (int column = 0; column <= NoteColumn; ++column)
                item->setForeground(column, m_list->palette().brush(QPalette::Disabled, QPalette::Text));
        }
        for (const auto &[column, erased] : {std::pair{OldColumn, entry.oldErased}, {NewColumn, entry.newErased}}) {
            if (erased) {
                QFont font = item->font(column);
                font.setItalic(true);
                item->setFont(column, font);
            }
        }
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    // A long goal or note would push the values out of sight: wide columns are cut
    // short (the whole text is in the tooltip).
    const int widest = m_list->fontMetrics().averageCharWidth() * 30;
    for (int column = WhenColumn; column < NoteColumn; ++column) {
        m_list->resizeColumnToContents(column);
        m_list->setColumnWidth(column, std::min(m_list->columnWidth(column), widest));
    }
}

void HistoryTab::retranslate()
{
    m_filterLabel->setText(tr("&Show:"));
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("Laptop"), tr("Record"), tr("Field"), tr("Old value"),
                             tr("New value"), tr("Note")});
    // The filter's labels and the values are in the language too: CardTab reloads next.
}

} // namespace teren
