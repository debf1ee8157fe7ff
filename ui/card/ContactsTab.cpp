#include "ContactsTab.h"

#include "CaseSession.h"
#include "ClientChooser.h"
#include "Formats.h"
#include "InlineError.h"
#include "PartnerChecklist.h"
#include "domain/Codes.h"
#include "store/Repositories.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace teren {

namespace {

enum Column { DateColumn, MinutesColumn, PlaceColumn, InterventionsColumn, NeedsColumn, NoteColumn, ColumnCount };

constexpr int defaultMinutes = 30;
constexpr int interventionColumns = 4;
constexpr int needSpan = 2; // a need's label is longer: two intervention columns each
const char *const codeProperty = "code";
const char *const needProperty = "needId";

void discard(QList<QCheckBox *> &checks)
{
    for (QCheckBox *check : checks) {
        check->hide();
        check->setParent(nullptr);
        check->deleteLater();
    }
    checks.clear();
}

} // namespace

ContactsTab::ContactsTab(QWidget *parent)
    : CardTab(parent)
    , m_formBox(new QGroupBox(this))
    , m_dateLabel(new QLabel(this))
    , m_date(Formats::newDateEdit(this))
    , m_minutesLabel(new QLabel(this))
    , m_minutes(new QSpinBox(this))
    , m_placeLabel(new QLabel(this))
    , m_place(new QComboBox(this))
    , m_interventionsLabel(new QLabel(this))
    , m_interventionsBox(new QWidget(this))
    , m_interventionsGrid(new QGridLayout(m_interventionsBox))
    , m_needsLabel(new QLabel(this))
    , m_needsBox(new QWidget(this))
    , m_needsGrid(new QGridLayout(m_needsBox))
    , m_noNeeds(new QLabel(this))
    , m_partnersLabel(new QLabel(this))
    , m_partners(new PartnerChecklist(this))
    , m_othersLabel(new QLabel(this))
    , m_others(new ClientsField(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_error(newErrorLabel(QStringLiteral("contactError"), this))
    , m_add(new QPushButton(this))
    , m_logTitle(new QLabel(this))
    , m_log(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_withdraw(new QPushButton(this))
    , m_logError(newErrorLabel(QStringLiteral("contactLogError"), this))
{
    m_date->setObjectName(QStringLiteral("contactDate"));
    m_minutes->setObjectName(QStringLiteral("contactMinutes"));
    m_place->setObjectName(QStringLiteral("contactPlace"));
    m_note->setObjectName(QStringLiteral("contactNote"));
    m_add->setObjectName(QStringLiteral("addContact"));
    m_log->setObjectName(QStringLiteral("contactLog"));
    m_summary->setObjectName(QStringLiteral("contactSummary"));
    m_withdraw->setObjectName(QStringLiteral("withdrawContact"));
    m_noNeeds->setObjectName(QStringLiteral("noOpenNeeds"));
    m_others->setObjectName(QStringLiteral("contactOthers"));

    // ---- the quick-add form
    // Up to a day is allowed; more is accepted here so the rule can say why it is refused.
    m_minutes->setRange(0, 9999);
    m_minutes->setSingleStep(5);
    m_minutes->setValue(defaultMinutes);
    m_minutes->setAccelerated(true);
    for (const QString &code : Codes::places())
        m_place->addItem(QString(), code);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 2 * m_note->frameWidth() + 8);
    m_note->installEventFilter(this);
    m_dateLabel->setBuddy(m_date);
    m_minutesLabel->setBuddy(m_minutes);
    m_placeLabel->setBuddy(m_place);
    m_noteLabel->setBuddy(m_note);
    m_othersLabel->setBuddy(m_others->button());
    m_interventionsGrid->setContentsMargins(0, 0, 0, 0);
    m_interventionsGrid->setVerticalSpacing(2);
    m_needsGrid->setContentsMargins(0, 0, 0, 0);
    m_needsGrid->setVerticalSpacing(2);
    // Equal columns in both grids keep interventions and needs aligned.
    for (int column = 0; column < interventionColumns; ++column) {
        m_interventionsGrid->setColumnStretch(column, 1);
        m_needsGrid->setColumnStretch(column, 1);
    }
    m_noNeeds->setEnabled(false); // greyed: a hint, not a value

    auto *firstRow = new QHBoxLayout;
    firstRow->addWidget(m_date);
    firstRow->addSpacing(12);
    firstRow->addWidget(m_minutesLabel);
    firstRow->addWidget(m_minutes);
    firstRow->addSpacing(12);
    firstRow->addWidget(m_placeLabel);
    firstRow->addWidget(m_place);
    firstRow->addSpacing(12);
    firstRow->addWidget(m_partnersLabel);
    firstRow->addWidget(m_partners, 1);
    firstRow->addStretch(1);
    auto *needsRow = new QVBoxLayout;
    needsRow->setContentsMargins(0, 0, 0, 0);
    needsRow->addWidget(m_needsBox);
    needsRow->addWidget(m_noNeeds);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(m_dateLabel, firstRow);
    form->addRow(m_interventionsLabel, m_interventionsBox);
    form->addRow(m_needsLabel, needsRow);
    form->addRow(m_othersLabel, m_others);
    form->addRow(m_noteLabel, m_note);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_error, 1);
    addRow->addWidget(m_add, 0, Qt::AlignRight | Qt::AlignTop);
    auto *formLayout = new QVBoxLayout(m_formBox);
    formLayout->addLayout(form);
    formLayout->addLayout(addRow);

    // ---- the log
    m_log->setColumnCount(ColumnCount);
    m_log->setRootIsDecorated(false);
    m_log->setUniformRowHeights(true);
    m_log->setAlternatingRowColors(true);
    m_log->setSelectionMode(QAbstractItemView::SingleSelection);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->header()->setStretchLastSection(true);
    m_log->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_log->setTextElideMode(Qt::ElideRight);
    auto *withdrawKey = new QShortcut(QKeySequence::Delete, m_log);
    withdrawKey->setContext(Qt::WidgetShortcut);
    connect(withdrawKey, &QShortcut::activated, this, &ContactsTab::withdrawSelected);
    auto *logFooter = new QHBoxLayout;
    logFooter->addWidget(m_summary, 1);
    logFooter->addWidget(m_withdraw);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_formBox);
    layout->addWidget(m_logTitle);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_logError);
    layout->addLayout(logFooter);

    connect(m_add, &QPushButton::clicked, this, &ContactsTab::addContact);
    connect(m_withdraw, &QPushButton::clicked, this, &ContactsTab::withdrawSelected);
    connect(m_log, &QTreeWidget::itemSelectionChanged, this, &ContactsTab::updateButtons);

    retranslate();
    updateButtons();
}

void ContactsTab::retranslate()
{
    m_formBox->setTitle(tr("New contact"));
    m_dateLabel->setText(tr("&Date:"));
    m_minutesLabel->setText(tr("&Minutes:"));
    m_minutes->setSuffix(tr(" min"));
    m_placeLabel->setText(tr("Pl&ace:"));
    m_partnersLabel->setText(tr("Pa&rtners:"));
    m_partnersLabel->setBuddy(m_partners);
    m_partners->retranslate();
    for (int i = 0; i < m_place->count(); ++i)
        m_place->setItemText(i, Codes::placeLabel(m_place->itemData(i).toString()));
    m_interventionsLabel->setText(tr("Interventions:"));
    m_needsLabel->setText(tr("Needs touched:"));
    m_noNeeds->setText(tr("The client has no open needs."));
    m_othersLabel->setText(tr("Also &with:"));
    m_others->button()->setToolTip(tr("Other clients the contact concerned too (a family visit): it counts once, "
                                      "and shows in each of their contact lists"));
    m_others->retranslate();
    m_noteLabel->setText(tr("N&ote:"));
    m_note->setPlaceholderText(tr("A short note (Ctrl+Enter adds the contact)"));
    m_add->setText(tr("Add contact"));
    m_add->setToolTip(tr("Record the contact (Enter)"));
    m_logTitle->setText(tr("Contacts, newest first"));
    m_log->setHeaderLabels({tr("Date"), tr("Minutes"), tr("Place"), tr("Interventions"), tr("Needs touched"),
                            tr("Note")});
    m_withdraw->setText(tr("&Withdraw contact"));
    m_withdraw->setToolTip(tr("Remove the selected contact recorded by mistake (Delete); it can be undone"));
}

void ContactsTab::reload()
{
    const bool haveClient = session() && !clientId().isNull()
        && ClientRepository(session()->store()).find(clientId()).has_value();
    const QUuid shown = haveClient ? clientId() : QUuid();
    const bool switched = !m_drafts.isShowing(shown);
    std::optional<Draft> kept;
    if (switched) {
        m_drafts.leave(typedDraft());
        kept = m_drafts.enter(shown);
    }
    setEnabled(haveClient);
    m_others->setStore(session() ? &session()->store() : nullptr);
    m_others->setExcluded(shown);
    if (session() && !m_dateSet) {
        m_date->setDate(session()->store().clock().today());
        m_dateSet = true;
    }
    rebuildInterventions();
    if (session())
        m_partners->reload(session()->store());
    const QList<Need> needs = haveClient ? NeedRepository(session()->store()).forClient(clientId()) : QList<Need>();
    rebuildNeeds(needs);
    if (switched) {
        // Without a draft the date and place stay as chosen (often several contacts a
        // day in one place); a draft brings back its own.
        fillForm(kept.value_or(Draft()));
        m_error->hide();
        m_logError->hide();
    }
    fillLog(haveClient ? ContactRepository(session()->store()).forClient(clientId()) : QList<Contact>(), needs);
    updateButtons();
}

ContactsTab::Draft ContactsTab::formDraft() const
{
    return {m_minutes->value(), m_note->toPlainText(), checkedInterventions(), checkedNeeds(), m_date->date(),
            m_place->currentData().toString(), m_partners->checked(), m_others->clients()};
}

std::optional<ContactsTab::Draft> ContactsTab::typedDraft() const
{
    const Draft draft = formDraft();
    if (draft.minutes == defaultMinutes && draft.note.isEmpty() && draft.interventions.isEmpty()
        && draft.needIds.isEmpty() && draft.partnerIds.isEmpty()
        && draft.otherClientIds.isEmpty())
        return std::nullopt;
    return draft;
}

void ContactsTab::fillForm(const Draft &draft)
{
    m_minutes->setValue(draft.minutes);
    m_note->setPlainText(draft.note);
    m_others->setClients(draft.otherClientIds);
    for (QCheckBox *check : std::as_const(m_interventionChecks))
        check->setChecked(draft.interventions.contains(check->property(codeProperty).toString()));
    for (QCheckBox *check : std::as_const(m_needChecks))
        check->setChecked(draft.needIds.contains(check->property(needProperty).toUuid()));
    if (draft.date.isValid())
        m_date->setDate(draft.date);
    if (const int place = m_place->findData(draft.place); place >= 0)
        m_place->setCurrentIndex(place);
    m_partners->setChecked(draft.partnerIds);
}

Contact ContactsTab::contactFrom(const Draft &draft, const QUuid &clientId) const
{
    Contact contact;
    contact.clientId = clientId;
    contact.workerId = session()->store().currentWorker();
    contact.contactOn = draft.date;
    contact.minutes = draft.minutes;
    contact.place = draft.place;
    contact.note = draft.note.trimmed();
    contact.interventions = draft.interventions;
    contact.needIds = draft.needIds;
    contact.partnerIds = draft.partnerIds;
    contact.otherClientIds = draft.otherClientIds;
    return contact;
}

void ContactsTab::rebuildInterventions()
{
    if (!session())
        return;
    // Retired types stay on the contacts that have them, but a new contact is not offered them.
    QList<Codelists::Item> items;
    for (const Codelists::Item &item : session()->store().codelists().interventionTypes()) {
        if (!item.retired)
            items.append(item);
    }
    QStringList codes;
    for (const Codelists::Item &item : items)
        codes.append(item.code);
    QStringList shown;
    for (const QCheckBox *check : std::as_const(m_interventionChecks))
        shown.append(check->property(codeProperty).toString());
    if (codes != shown) {
        const QStringList checked = checkedInterventions();
        discard(m_interventionChecks);
        for (const QString &code : codes) {
            auto *check = new QCheckBox(m_interventionsBox);
            check->setObjectName(QStringLiteral("intervention_") + code);
            check->setProperty(codeProperty, code);
            check->setChecked(checked.contains(code));
            const int index = static_cast<int>(m_interventionChecks.size());
            m_interventionsGrid->addWidget(check, index / interventionColumns, index % interventionColumns);
            m_interventionChecks.append(check);
        }
    }
    const QString language = Codelists::currentLanguage();
    for (qsizetype i = 0; i < items.size(); ++i)
        m_interventionChecks.at(i)->setText(items.at(i).label(language));
}

void ContactsTab::rebuildNeeds(const QList<Need> &needs)
{
    QList<const Need *> open;
    for (const Need &need : needs) {
        if (need.isOpen())
            open.append(&need);
    }
    QList<QUuid> ids;
    for (const Need *need : open)
        ids.append(need->id);
    QList<QUuid> shown;
    for (const QCheckBox *check : std::as_const(m_needChecks))
        shown.append(check->property(needProperty).toUuid());
    if (ids != shown) {
        const QList<QUuid> checked = checkedNeeds();
        discard(m_needChecks);
        for (const Need *need : open) {
            auto *check = new QCheckBox(m_needsBox);
            check->setObjectName(QStringLiteral("need_") + need->area);
            check->setProperty(needProperty, need->id);
            check->setChecked(checked.contains(need->id));
            const int index = static_cast<int>(m_needChecks.size());
            const int perRow = interventionColumns / needSpan;
            m_needsGrid->addWidget(check, index / perRow, (index % perRow) * needSpan, 1, needSpan);
            m_needChecks.append(check);
        }
    }
    const Codelists *codes = session() ? &session()->store().codelists() : nullptr;
    for (qsizetype i = 0; i < open.size(); ++i)
        m_needChecks.at(i)->setText(
            tr("%1 (priority %2)").arg(codes->areaLabel(open.at(i)->area)).arg(open.at(i)->priority));
    m_needsBox->setVisible(!m_needChecks.isEmpty());
    m_noNeeds->setVisible(m_needChecks.isEmpty());

    // New check boxes go where they are shown in the tab order, not at its end.
    QList<QWidget *> chain = {m_date, m_minutes, m_place};
    for (QCheckBox *check : std::as_const(m_interventionChecks))
        chain.append(check);
    for (QCheckBox *check : std::as_const(m_needChecks))
        chain.append(check);
    chain << m_others->button() << m_note << m_add << m_log << m_withdraw;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void ContactsTab::fillLog(const QList<Contact> &contacts, const QList<Need> &needs)
{
    const QUuid selected = selectedContact();
    const QSignalBlocker blocker(m_log);
    m_log->clear();
    const Codelists *codes = session() ? &session()->store().codelists() : nullptr;
    QHash<QUuid, QString> needLabels;
    for (const Need &need : needs)
        needLabels.insert(need.id, codes->areaLabel(need.area));
    int minutes = 0;
    for (const Contact &contact : contacts) {
        QStringList interventions;
        for (const QString &code : contact.interventions)
            interventions.append(codes->interventionLabel(code));
        QStringList touched;
        for (const QUuid &needId : contact.needIds)
            touched.append(needLabels.value(needId, tr("(removed need)")));
        QString note = contact.note;
        note.replace(QLatin1Char('\n'), QLatin1Char(' '));
        // A contact with others shows who else it concerned (the client shown aside).
        QStringList others;
        for (const QUuid &other : QList<QUuid>{contact.clientId} + contact.otherClientIds) {
            if (other == clientId())
                continue;
            if (const std::optional<Client> client = ClientRepository(session()->store()).find(other))
                others.append(client->displayName().trimmed());
        }
        QString fullNote = contact.note;
        if (!others.isEmpty()) {
            note = tr("[with %1] %2").arg(others.join(QStringLiteral(", ")), note).trimmed();
            fullNote = tr("[with %1] %2").arg(others.join(QStringLiteral(", ")), contact.note).trimmed();
        }
        auto *item = new QTreeWidgetItem(m_log);
        item->setData(DateColumn, Qt::UserRole, contact.id);
        item->setText(DateColumn, Formats::shortDate(contact.contactOn));
        item->setText(MinutesColumn, QLocale().toString(contact.minutes));
        item->setTextAlignment(MinutesColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(PlaceColumn, Codes::placeLabel(contact.place));
        item->setText(InterventionsColumn, interventions.join(QStringLiteral(", ")));
        item->setToolTip(InterventionsColumn, interventions.join(QLatin1Char('\n')));
        item->setText(NeedsColumn, touched.join(QStringLiteral(", ")));
        item->setToolTip(NeedsColumn, touched.join(QLatin1Char('\n')));
        item->setText(NoteColumn, note);
        item->setToolTip(NoteColumn, fullNote);
        minutes += contact.minutes;
        if (contact.id == selected)
            item->setSelected(true);
    }
    // Short columns fit their contents; the lists get room for about two labels, the note the rest.
    const int widest = m_log->fontMetrics().averageCharWidth() * 36;
    for (int column = DateColumn; column < NoteColumn; ++column) {
        m_log->resizeColumnToContents(column);
        if (m_log->columnWidth(column) > widest)
            m_log->setColumnWidth(column, widest);
    }

    const int count = static_cast<int>(contacts.size());
    m_summary->setText(count == 0 ? tr("No contacts recorded yet.")
                                  : tr("%1, %2 in total")
                                        .arg(tr("%n contact(s)", nullptr, count), tr("%n minute(s)", nullptr, minutes)));
}

QStringList ContactsTab::checkedInterventions() const
{
    QStringList codes;
    for (const QCheckBox *check : m_interventionChecks) {
        if (check->isChecked())
            codes.append(check->property(codeProperty).toString());
    }
    return codes;
}

QList<QUuid> ContactsTab::checkedNeeds() const
{
    QList<QUuid> ids;
    for (const QCheckBox *check : m_needChecks) {
        if (check->isChecked())
            ids.append(check->property(needProperty).toUuid());
    }
    return ids;
}

void ContactsTab::clearChecks()
{
    for (QCheckBox *check : std::as_const(m_interventionChecks))
        check->setChecked(false);
    for (QCheckBox *check : std::as_const(m_needChecks))
        check->setChecked(false);
    m_partners->setChecked({});
}

QUuid ContactsTab::selectedContact() const
{
    const QList<QTreeWidgetItem *> items = m_log->selectedItems();
    return items.isEmpty() ? QUuid() : items.first()->data(DateColumn, Qt::UserRole).toUuid();
}

void ContactsTab::updateButtons()
{
    m_add->setEnabled(!m_drafts.shownId().isNull());
    m_withdraw->setEnabled(!selectedContact().isNull());
}

QWidget *ContactsTab::fieldWidget(const QString &field) const
{
    if (field == u"contact_on")
        return m_date;
    if (field == u"minutes")
        return m_minutes;
    if (field == u"place")
        return m_place;
    if (field == u"interventions")
        return m_interventionChecks.isEmpty() ? nullptr : m_interventionChecks.first();
    if (field == u"need_ids")
        return m_needChecks.isEmpty() ? nullptr : m_needChecks.first();
    if (field == u"note")
        return m_note;
    if (field == u"partner_ids")
        return m_partners;
    if (field == u"client_ids")
        return m_others->button();
    return nullptr;
}

bool ContactsTab::addContact()
{
    if (!session() || m_drafts.shownId().isNull())
        return false;
    const Contact contact = contactFrom(formDraft(), clientId());
    QUuid added;
    const CaseSession::EditResult result = session()->edit(tr("Add contact"), clientId(), [&] {
        added = ContactRepository(session()->store()).create(contact).id;
    });
    if (!result) {
        m_error->setText(result.message);
        m_error->show();
        if (QWidget *widget = fieldWidget(result.field))
            widget->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_error->hide();
    // Ready for the next one: date and place stay (often several contacts a day in one place).
    m_note->clear();
    m_others->setClients({});
    clearChecks();
    for (int row = 0; row < m_log->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_log->topLevelItem(row);
        if (item->data(DateColumn, Qt::UserRole).toUuid() == added) {
            m_log->setCurrentItem(item);
            m_log->scrollToItem(item);
            break;
        }
    }
    m_date->setFocus(Qt::OtherFocusReason);
    return true;
}

bool ContactsTab::withdrawSelected()
{
    const QUuid id = selectedContact();
    if (!session() || m_drafts.shownId().isNull() || id.isNull())
        return false;
    // From the card of a client only linked to the contact, the link goes; the contact
    // stays for its other clients.
    bool linkedOnly = false;
    for (const Contact &contact : ContactRepository(session()->store()).forClient(clientId())) {
        if (contact.id == id)
            linkedOnly = contact.otherClientIds.contains(clientId());
    }
    const CaseSession::EditResult result =
        session()->edit(linkedOnly ? tr("Remove from contact") : tr("Withdraw contact"), clientId(), [&] {
            if (linkedOnly)
                ContactRepository(session()->store()).unlinkClient(id, clientId());
            else
                ContactRepository(session()->store()).remove(id);
        });
    if (!result) {
        m_logError->setText(result.message);
        m_logError->show();
        return false;
    }
    m_logError->hide();
    return true;
}

void ContactsTab::keyPressEvent(QKeyEvent *event)
{
    // Enter anywhere in the quick-add form (but a plain Enter in the note) adds the contact.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    QWidget *focus = focusWidget();
    if (enter && focus && m_formBox->isAncestorOf(focus) && focus != m_note) {
        addContact();
        event->accept();
        return;
    }
    CardTab::keyPressEvent(event);
}

bool ContactsTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier)) {
            addContact();
            return true;
        }
    }
    return CardTab::eventFilter(watched, event);
}

QList<QUuid> ContactsTab::clientsWithUnappliedEdits() const
{
    QList<QUuid> clients;
    if (!m_drafts.shownId().isNull() && typedDraft())
        clients.append(m_drafts.shownId());
    clients.append(m_drafts.draftClients());
    return clients;
}

QUuid ContactsTab::applyUnappliedEdits()
{
    if (!session())
        return {};
    QUuid refused;
    if (!m_drafts.shownId().isNull() && typedDraft() && !addContact())
        refused = m_drafts.shownId();
    for (const QUuid &client : m_drafts.draftClients()) {
        if (!ClientRepository(session()->store()).find(client)) {
            // Erased or merged away meanwhile: there is no log left to add it to.
            m_drafts.drop(client);
            continue;
        }
        const Contact contact = contactFrom(*m_drafts.draft(client), client);
        const CaseSession::EditResult result = session()->edit(tr("Add contact"), client, [&] {
            ContactRepository(session()->store()).create(contact);
        });
        if (result)
            m_drafts.drop(client);
        else if (refused.isNull())
            refused = client;
    }
    return refused;
}

bool ContactsTab::applyShownEdits()
{
    return !typedDraft() || addContact();
}

void ContactsTab::discardUnappliedEdits()
{
    m_drafts.dropAll();
    fillForm(Draft()); // date and place stay
    m_error->hide();
}

} // namespace teren
