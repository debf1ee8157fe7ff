#include "GroupWorkListDialog.h"

#include "CaseSession.h"
#include "Formats.h"
#include "GroupWorkDialogs.h"
#include "InlineError.h"
#include "WindowGeometry.h"
#include "domain/Codes.h"
#include "store/GroupWork.h"
#include "store/Repositories.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace teren {

namespace {

enum Column { DateColumn, WhatColumn, PersonsColumn, MinutesColumn, LocalityColumn, NoteColumn, ColumnCount };
constexpr int kindRole = Qt::UserRole + 1; // "activity" or "anonymous"

struct Row
{
    QDate date;
    QUuid id;
    bool anonymous = false;
    QString what;
    int persons = 0;
    int minutes = 0;
    QUuid localityId;
    QString note;
};

} // namespace

GroupWorkListDialog::GroupWorkListDialog(CaseSession &session, const QUuid &localityId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_locality(new QComboBox(this))
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_error(newErrorLabel(QStringLiteral("groupWorkError"), this))
    , m_newActivity(new QPushButton(tr("New &group activity…"), this))
    , m_newAnonymous(new QPushButton(tr("New &anonymous contact…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Group work in the locality"));
    m_locality->setObjectName(QStringLiteral("groupWorkLocality"));
    m_list->setObjectName(QStringLiteral("groupWorkList"));
    m_edit->setObjectName(QStringLiteral("editGroupWork"));
    m_remove->setObjectName(QStringLiteral("removeGroupWork"));
    m_locality->addItem(tr("All localities"), QUuid());
    for (const Locality &locality : DirectoryRepository(session.store()).localities())
        m_locality->addItem(locality.name, locality.id);
    m_locality->setCurrentIndex(std::max(0, m_locality->findData(localityId)));

    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->header()->setStretchLastSection(true);
    m_list->setHeaderLabels({tr("Date"), tr("What"), tr("Persons"), tr("Minutes"), tr("Locality"), tr("Note")});

    auto *top = new QHBoxLayout;
    auto *localityLabel = new QLabel(tr("&Locality:"), this);
    localityLabel->setBuddy(m_locality);
    top->addWidget(localityLabel);
    top->addWidget(m_locality, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_newActivity);
    actions->addWidget(m_newAnonymous);
    actions->addStretch(1);
    actions->addWidget(m_edit);
    actions->addWidget(m_remove);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_locality, &QComboBox::currentIndexChanged, this, &GroupWorkListDialog::reload);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &GroupWorkListDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &GroupWorkListDialog::editSelected);
    connect(m_edit, &QPushButton::clicked, this, &GroupWorkListDialog::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &GroupWorkListDialog::removeSelected);
    connect(m_newActivity, &QPushButton::clicked, this, [this] { openActivity({}); });
    connect(m_newAnonymous, &QPushButton::clicked, this, [this] { openAnonymous({}); });
    // An undo or redo elsewhere changes what is listed.
    connect(&m_session, &CaseSession::clientChanged, this, &GroupWorkListDialog::reload);
    reload();
    WindowGeometry::manage(this, QSize(860, 480));
}

void GroupWorkListDialog::reload()
{
    const QUuid locality = m_locality->currentData().toUuid();
    Store &store = m_session.store();
    QHash<QUuid, QString> localityNames;
    for (const Locality &place : DirectoryRepository(store).localities())
        localityNames.insert(place.id, place.name);
    QList<Row> rows;
    for (const GroupActivity &activity : GroupActivityRepository(store).forLocality(locality))
        rows.append({activity.heldOn, activity.id, false, Codes::groupActivityKindLabel(activity.kind),
                     activity.participants, activity.minutes, activity.localityId, activity.note});
    for (const AnonymousContact &contact : AnonymousContactRepository(store).forLocality(locality))
        rows.append({contact.contactOn, contact.id, true, tr("anonymous contact"), contact.persons, contact.minutes,
                     contact.localityId, contact.note});
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.date > b.date; });

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int persons = 0;
    for (const Row &row : std::as_const(rows)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(DateColumn, Qt::UserRole, row.id);
        item->setData(DateColumn, kindRole, row.anonymous);
        item->setText(DateColumn, Formats::shortDate(row.date));
        item->setText(WhatColumn, row.what);
        item->setText(PersonsColumn, QLocale().toString(row.persons));
        item->setText(MinutesColumn, QLocale().toString(row.minutes));
        item->setText(LocalityColumn, localityNames.value(row.localityId));
        QString note = row.note;
        item->setText(NoteColumn, note.replace(QLatin1Char('\n'), QLatin1Char(' ')));
        item->setToolTip(NoteColumn, row.note);
        persons += row.persons;
    }
    for (int column = DateColumn; column < NoteColumn; ++column)
        m_list->resizeColumnToContents(column);
    m_summary->setText(rows.isEmpty() ? tr("No group work recorded here yet.")
                                      : tr("%1, %2 in all")
                                            .arg(tr("%n record(s)", nullptr, static_cast<int>(rows.size())),
                                                 tr("%n person(s)", nullptr, persons)));
    updateButtons();
}

void GroupWorkListDialog::updateButtons()
{
    const bool chosen = !m_list->selectedItems().isEmpty();
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

void GroupWorkListDialog::openActivity(const QUuid &id)
{
    GroupActivity activity;
    activity.localityId = m_locality->currentData().toUuid();
    if (!id.isNull()) {
        const std::optional<GroupActivity> found = GroupActivityRepository(m_session.store()).find(id);
        if (!found)
            return;
        activity = *found;
    }
    auto *dialog = new GroupActivityDialog(m_session, activity, this);
    connect(dialog, &QDialog::finished, this, &GroupWorkListDialog::reload);
    dialog->open();
}

void GroupWorkListDialog::openAnonymous(const QUuid &id)
{
    AnonymousContact contact;
    contact.localityId = m_locality->currentData().toUuid();
    if (!id.isNull()) {
        const std::optional<AnonymousContact> found = AnonymousContactRepository(m_session.store()).find(id);
        if (!found)
            return;
        contact = *found;
    }
    auto *dialog = new AnonymousContactDialog(m_session, contact, this);
    connect(dialog, &QDialog::finished, this, &GroupWorkListDialog::reload);
    dialog->open();
}

void GroupWorkListDialog::editSelected()
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    if (items.isEmpty())
        return;
    const QUuid id = items.first()->data(DateColumn, Qt::UserRole).toUuid();
    if (items.first()->data(DateColumn, kindRole).toBool())
        openAnonymous(id);
    else
        openActivity(id);
}

bool GroupWorkListDialog::removeSelected()
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    if (items.isEmpty())
        return false;
    const QUuid id = items.first()->data(DateColumn, Qt::UserRole).toUuid();
    const bool anonymous = items.first()->data(DateColumn, kindRole).toBool();
    const CaseSession::EditResult result =
        m_session.edit(anonymous ? tr("Remove anonymous contact") : tr("Remove group activity"), QUuid(), [&] {
            if (anonymous)
                AnonymousContactRepository(m_session.store()).remove(id);
            else
                GroupActivityRepository(m_session.store()).remove(id);
        });
    if (!result) {
        m_error->setText(result.message);
        m_error->show();
        return false;
    }
    m_error->hide();
    reload();
    return true;
}

} // namespace teren
