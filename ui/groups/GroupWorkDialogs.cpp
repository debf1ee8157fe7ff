#include "GroupWorkDialogs.h"

#include "ClientChooser.h"
#include "Formats.h"
#include "domain/Codes.h"
#include "store/Codelists.h"
#include "store/GroupWork.h"
#include "store/Repositories.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace teren {

namespace {

QComboBox *placeCombo(QWidget *parent, const QString &current)
{
    auto *combo = new QComboBox(parent);
    for (const QString &code : Codes::places())
        combo->addItem(Codes::placeLabel(code), code);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return combo;
}

QComboBox *localityCombo(Store &store, QWidget *parent, const QUuid &current)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(QCoreApplication::translate("GroupActivityDialog", "(no locality)"), QUuid());
    for (const Locality &locality : DirectoryRepository(store).localities())
        combo->addItem(locality.name, locality.id);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return combo;
}

QSpinBox *minutesBox(QWidget *parent, int minutes)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 9999); // more than a day is refused by the rule, which says why
    box->setSingleStep(15);
    box->setSuffix(QCoreApplication::translate("GroupActivityDialog", " min"));
    box->setValue(minutes);
    return box;
}

QPlainTextEdit *noteEdit(QWidget *parent, const QString &note)
{
    auto *edit = new QPlainTextEdit(note, parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 2 * edit->frameWidth() + 8);
    return edit;
}

} // namespace

// ---------------------------------------------------------------- group activity

GroupActivityDialog::GroupActivityDialog(CaseSession &session, const GroupActivity &activity, QWidget *parent)
    : EditDialog(parent)
    , m_activity(activity)
    , m_kind(new QComboBox(this))
    , m_date(Formats::newDateEdit(this, activity.heldOn.isValid() ? activity.heldOn : session.store().clock().today()))
    , m_minutes(minutesBox(this, activity.id.isNull() && activity.minutes == 0 ? 90 : activity.minutes))
    , m_place(placeCombo(this, activity.place))
    , m_locality(localityCombo(session.store(), this, activity.localityId))
    , m_participants(new QSpinBox(this))
    , m_clients(new ClientsField(this))
    , m_note(noteEdit(this, activity.note))
{
    const bool adding = activity.id.isNull();
    setWindowTitle(adding ? tr("Record a group activity") : tr("Edit the group activity"));
    for (const QString &code : Codes::groupActivityKinds())
        m_kind->addItem(Codes::groupActivityKindLabel(code), code);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(activity.kind)));
    m_participants->setRange(0, 100000);
    m_participants->setValue(activity.participants);
    m_clients->setStore(&session.store());
    m_clients->setClients(activity.clientIds);
    // Naming more clients than took part would be refused: the count follows.
    connect(m_clients, &ClientsField::changed, this, [this] {
        if (m_participants->value() < m_clients->clients().size())
            m_participants->setValue(static_cast<int>(m_clients->clients().size()));
    });

    addField(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    addField(QStringLiteral("date"), tr("&Date:"), m_date);
    addField(QStringLiteral("minutes"), tr("&Minutes:"), m_minutes);
    addField(QStringLiteral("place"), tr("Pl&ace:"), m_place);
    addField(QStringLiteral("locality_id"), tr("&Locality:"), m_locality);
    addField(QStringLiteral("participants"), tr("&Participants:"), m_participants);
    addField(QStringLiteral("client_ids"), tr("&Clients among them:"), m_clients);
    addField(QStringLiteral("note"), tr("N&ote:"), m_note);
    m_kind->setFocus(Qt::OtherFocusReason);

    setSubmit([this, sessionPtr = &session, adding] {
        const GroupActivity edited = this->activity();
        return sessionPtr->edit(adding ? tr("Record group activity") : tr("Edit group activity"), QUuid(), [&] {
            GroupActivityRepository activities(sessionPtr->store());
            if (adding)
                activities.create(edited);
            else
                activities.update(edited);
        });
    });
}

GroupActivity GroupActivityDialog::activity() const
{
    GroupActivity activity = m_activity;
    activity.kind = m_kind->currentData().toString();
    activity.heldOn = m_date->date();
    activity.minutes = m_minutes->value();
    activity.place = m_place->currentData().toString();
    activity.localityId = m_locality->currentData().toUuid();
    activity.participants = m_participants->value();
    activity.clientIds = m_clients->clients();
    activity.note = m_note->toPlainText();
    return activity;
}

// ---------------------------------------------------------------- anonymous contact

AnonymousContactDialog::AnonymousContactDialog(CaseSession &session, const AnonymousContact &contact,
                                               QWidget *parent)
    : EditDialog(parent)
    , m_contact(contact)
    , m_date(Formats::newDateEdit(this, contact.contactOn.isValid() ? contact.contactOn : session.store().clock().today()))
    , m_minutes(minutesBox(this, contact.id.isNull() && contact.minutes == 0 ? 15 : contact.minutes))
    , m_place(placeCombo(this, contact.place))
    , m_locality(localityCombo(session.store(), this, contact.localityId))
    , m_persons(new QSpinBox(this))
    , m_note(noteEdit(this, contact.note))
{
    const bool adding = contact.id.isNull();
    setWindowTitle(adding ? tr("Record an anonymous contact") : tr("Edit the anonymous contact"));
    m_persons->setRange(0, 100000);
    m_persons->setValue(contact.persons);
    auto *interventions = new QWidget(this);
    auto *grid = new QGridLayout(interventions);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    const QString language = Codelists::currentLanguage();
    for (const Codelists::Item &item : session.store().codelists().interventionTypes()) {
        if (item.retired && !contact.interventions.contains(item.code))
            continue;
        auto *check = new QCheckBox(item.label(language), interventions);
        check->setObjectName(QStringLiteral("intervention_") + item.code);
        check->setProperty("code", item.code);
        check->setChecked(contact.interventions.contains(item.code));
        const int index = static_cast<int>(m_interventions.size());
        grid->addWidget(check, index / 2, index % 2);
        m_interventions.append(check);
    }

    addField(QStringLiteral("date"), tr("&Date:"), m_date);
    addField(QStringLiteral("minutes"), tr("&Minutes:"), m_minutes);
    addField(QStringLiteral("place"), tr("Pl&ace:"), m_place);
    addField(QStringLiteral("locality_id"), tr("&Locality:"), m_locality);
    addField(QStringLiteral("persons"), tr("&Persons:"), m_persons);
    addField(QStringLiteral("interventions"), tr("Interventions:"), interventions);
    addField(QStringLiteral("note"), tr("N&ote:"), m_note);

    setSubmit([this, sessionPtr = &session, adding] {
        const AnonymousContact edited = this->contact();
        return sessionPtr->edit(adding ? tr("Record anonymous contact") : tr("Edit anonymous contact"), QUuid(), [&] {
            AnonymousContactRepository contacts(sessionPtr->store());
            if (adding)
                contacts.create(edited);
            else
                contacts.update(edited);
        });
    });
}

AnonymousContact AnonymousContactDialog::contact() const
{
    AnonymousContact contact = m_contact;
    contact.contactOn = m_date->date();
    contact.minutes = m_minutes->value();
    contact.place = m_place->currentData().toString();
    contact.localityId = m_locality->currentData().toUuid();
    contact.persons = m_persons->value();
    contact.interventions.clear();
    for (const QCheckBox *check : m_interventions) {
        if (check->isChecked())
            contact.interventions.append(check->property("code").toString());
    }
    contact.note = m_note->toPlainText();
    return contact;
}

} // namespace teren
