#include "ProfileTab.h"

#include "CaseSession.h"
#include "Formats.h"
#include "HouseholdDialogs.h"
#include "InlineError.h"
#include "domain/Codes.h"
#include "store/Repositories.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace teren {

namespace {

constexpr int noBirthYear = 1899; // the spin box's minimum, shown as "—"

QDateEdit *newDateEdit(const QString &name, QWidget *parent)
{
    QDateEdit *edit = Formats::newDateEdit(parent);
    edit->setObjectName(name);
    return edit;
}

bool sameProfile(const Client &a, const Client &b)
{
    return a.givenName == b.givenName && a.familyName == b.familyName && a.alias == b.alias
        && a.birthYear == b.birthYear && a.gender == b.gender && a.localityId == b.localityId && a.phone == b.phone
        && a.consentOn == b.consentOn && a.consentScope == b.consentScope && a.notes == b.notes;
}

// A field typed into (form differs from base) keeps what was typed; any other
// field takes the stored value, which an undo or an edit elsewhere may have changed.
template<class T>
void keepTyped(T Client::*field, Client &result, const Client &form, const Client &base)
{
    if (form.*field != base.*field)
        result.*field = form.*field;
}

Client merged(const Client &fresh, const Client &form, const Client &base)
{
    Client result = fresh;
    keepTyped(&Client::givenName, result, form, base);
    keepTyped(&Client::familyName, result, form, base);
    keepTyped(&Client::alias, result, form, base);
    keepTyped(&Client::birthYear, result, form, base);
    keepTyped(&Client::gender, result, form, base);
    keepTyped(&Client::localityId, result, form, base);
    keepTyped(&Client::phone, result, form, base);
    keepTyped(&Client::consentOn, result, form, base);
    keepTyped(&Client::consentScope, result, form, base);
    keepTyped(&Client::notes, result, form, base);
    return result;
}

} // namespace

ProfileTab::ProfileTab(QWidget *parent)
    : CardTab(parent)
    , m_profileBox(new QGroupBox(this))
    , m_givenLabel(new QLabel(this))
    , m_given(new QLineEdit(this))
    , m_familyLabel(new QLabel(this))
    , m_family(new QLineEdit(this))
    , m_aliasLabel(new QLabel(this))
    , m_alias(new QLineEdit(this))
    , m_birthYearLabel(new QLabel(this))
    , m_birthYear(new QSpinBox(this))
    , m_genderLabel(new QLabel(this))
    , m_gender(new QComboBox(this))
    , m_localityLabel(new QLabel(this))
    , m_locality(new QComboBox(this))
    , m_phoneLabel(new QLabel(this))
    , m_phone(new QLineEdit(this))
    , m_consentGiven(new QCheckBox(this))
    , m_consentOn(newDateEdit(QStringLiteral("consentOn"), this))
    , m_consentScopeLabel(new QLabel(this))
    , m_consentScope(new QLineEdit(this))
    , m_notesLabel(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_profileError(newErrorLabel(QStringLiteral("profileError"), this))
    , m_apply(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_householdBox(new QGroupBox(this))
    , m_householdInfo(new QLabel(this))
    , m_members(new QListWidget(this))
    , m_createHousehold(new QPushButton(this))
    , m_addMember(new QPushButton(this))
    , m_leaveHousehold(new QPushButton(this))
    , m_householdError(newErrorLabel(QStringLiteral("householdError"), this))
    , m_cooperationBox(new QGroupBox(this))
    , m_cooperations(new QTreeWidget(this))
    , m_startRow(new QWidget(this))
    , m_startLabel(new QLabel(this))
    , m_startOn(newDateEdit(QStringLiteral("cooperationStart"), this))
    , m_start(new QPushButton(this))
    , m_endRow(new QWidget(this))
    , m_endLabel(new QLabel(this))
    , m_endOn(newDateEdit(QStringLiteral("cooperationEnd"), this))
    , m_endReasonLabel(new QLabel(this))
    , m_endReason(new QComboBox(this))
    , m_end(new QPushButton(this))
    , m_cooperationError(newErrorLabel(QStringLiteral("cooperationError"), this))
{
    m_given->setObjectName(QStringLiteral("givenName"));
    m_family->setObjectName(QStringLiteral("familyName"));
    m_alias->setObjectName(QStringLiteral("alias"));
    m_birthYear->setObjectName(QStringLiteral("birthYear"));
    m_gender->setObjectName(QStringLiteral("gender"));
    m_locality->setObjectName(QStringLiteral("locality"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_consentGiven->setObjectName(QStringLiteral("consentGiven"));
    m_consentScope->setObjectName(QStringLiteral("consentScope"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_apply->setObjectName(QStringLiteral("applyProfile"));
    m_revert->setObjectName(QStringLiteral("revertProfile"));
    m_members->setObjectName(QStringLiteral("householdMembers"));
    m_createHousehold->setObjectName(QStringLiteral("createHousehold"));
    m_addMember->setObjectName(QStringLiteral("addHouseholdMember"));
    m_leaveHousehold->setObjectName(QStringLiteral("leaveHousehold"));
    m_cooperations->setObjectName(QStringLiteral("cooperations"));
    m_start->setObjectName(QStringLiteral("startCooperation"));
    m_end->setObjectName(QStringLiteral("endCooperation"));
    m_endReason->setObjectName(QStringLiteral("endReason"));

    // ---- profile form
    // Years after this one are accepted here and refused by the rule, with its message.
    m_birthYear->setRange(noBirthYear, 2100);
    m_birthYear->setSpecialValueText(QStringLiteral("—"));
    m_birthYear->setValue(noBirthYear);
    m_birthYear->setMaximumWidth(m_birthYear->sizeHint().width() * 2);
    m_gender->addItem(QString(), QString());
    for (const QString &code : Codes::genders())
        m_gender->addItem(QString(), code);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 4);
    m_consentOn->setEnabled(false);
    m_givenLabel->setBuddy(m_given);
    m_familyLabel->setBuddy(m_family);
    m_aliasLabel->setBuddy(m_alias);
    m_birthYearLabel->setBuddy(m_birthYear);
    m_genderLabel->setBuddy(m_gender);
    m_localityLabel->setBuddy(m_locality);
    m_phoneLabel->setBuddy(m_phone);
    m_consentScopeLabel->setBuddy(m_consentScope);
    m_notesLabel->setBuddy(m_notes);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_consentOn->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(m_givenLabel, m_given);
    form->addRow(m_familyLabel, m_family);
    form->addRow(m_aliasLabel, m_alias);
    form->addRow(m_birthYearLabel, m_birthYear);
    form->addRow(m_genderLabel, m_gender);
    form->addRow(m_localityLabel, m_locality);
    form->addRow(m_phoneLabel, m_phone);
    form->addRow(m_consentGiven, m_consentOn);
    form->addRow(m_consentScopeLabel, m_consentScope);
    form->addRow(m_notesLabel, m_notes);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    formButtons->addWidget(m_revert);
    formButtons->addWidget(m_apply);
    auto *profileLayout = new QVBoxLayout(m_profileBox);
    profileLayout->addLayout(form, 1);
    profileLayout->addWidget(m_profileError);
    profileLayout->addLayout(formButtons);

    // ---- household
    m_householdInfo->setWordWrap(true);
    m_members->setMaximumHeight(m_members->fontMetrics().lineSpacing() * 5);
    m_members->setSelectionMode(QAbstractItemView::NoSelection);
    m_members->setFocusPolicy(Qt::NoFocus);
    auto *householdButtons = new QHBoxLayout;
    householdButtons->addWidget(m_createHousehold);
    householdButtons->addWidget(m_addMember);
    householdButtons->addWidget(m_leaveHousehold);
    householdButtons->addStretch(1);
    auto *householdLayout = new QVBoxLayout(m_householdBox);
    householdLayout->addWidget(m_householdInfo);
    householdLayout->addWidget(m_members);
    householdLayout->addLayout(householdButtons);
    householdLayout->addWidget(m_householdError);

    // ---- cooperation
    m_cooperations->setColumnCount(3);
    m_cooperations->setRootIsDecorated(false);
    m_cooperations->setUniformRowHeights(true);
    m_cooperations->setSelectionMode(QAbstractItemView::NoSelection);
    m_cooperations->setFocusPolicy(Qt::NoFocus);
    m_cooperations->header()->setStretchLastSection(true);
    m_cooperations->setMaximumHeight(m_cooperations->fontMetrics().lineSpacing() * 6);
    m_startLabel->setBuddy(m_startOn);
    m_endLabel->setBuddy(m_endOn);
    m_endReasonLabel->setBuddy(m_endReason);
    auto *startLayout = new QHBoxLayout(m_startRow);
    startLayout->setContentsMargins(0, 0, 0, 0);
    startLayout->addWidget(m_startLabel);
    startLayout->addWidget(m_startOn);
    startLayout->addWidget(m_start);
    startLayout->addStretch(1);
    auto *endLayout = new QFormLayout(m_endRow);
    endLayout->setContentsMargins(0, 0, 0, 0);
    endLayout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    endLayout->addRow(m_endLabel, m_endOn);
    endLayout->addRow(m_endReasonLabel, m_endReason);
    endLayout->addRow(QString(), m_end);
    auto *cooperationLayout = new QVBoxLayout(m_cooperationBox);
    cooperationLayout->addWidget(m_cooperations);
    cooperationLayout->addWidget(m_startRow);
    cooperationLayout->addWidget(m_endRow);
    cooperationLayout->addWidget(m_cooperationError);

    // ---- the page: profile on the left, household and cooperation on the right;
    // it scrolls rather than squeezes on a small screen.
    auto *page = new QWidget;
    auto *right = new QVBoxLayout;
    right->addWidget(m_householdBox);
    right->addWidget(m_cooperationBox);
    right->addStretch(1);
    auto *columns = new QHBoxLayout(page);
    columns->addWidget(m_profileBox, 3);
    columns->addLayout(right, 2);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    setTabOrder(m_given, m_family);
    setTabOrder(m_family, m_alias);
    setTabOrder(m_alias, m_birthYear);
    setTabOrder(m_birthYear, m_gender);
    setTabOrder(m_gender, m_locality);
    setTabOrder(m_locality, m_phone);
    setTabOrder(m_phone, m_consentGiven);
    setTabOrder(m_consentGiven, m_consentOn);
    setTabOrder(m_consentOn, m_consentScope);
    setTabOrder(m_consentScope, m_notes);
    setTabOrder(m_notes, m_apply);
    setTabOrder(m_apply, m_revert);
    setTabOrder(m_revert, m_createHousehold);
    setTabOrder(m_createHousehold, m_addMember);
    setTabOrder(m_addMember, m_leaveHousehold);
    setTabOrder(m_leaveHousehold, m_startOn);
    setTabOrder(m_startOn, m_start);
    setTabOrder(m_start, m_endOn);
    setTabOrder(m_endOn, m_endReason);
    setTabOrder(m_endReason, m_end);

    const auto edited = [this] {
        if (!m_filling)
            updateButtons();
    };
    for (QLineEdit *line : {m_given, m_family, m_alias, m_phone, m_consentScope}) {
        connect(line, &QLineEdit::textChanged, this, edited);
        // Enter in a line of the form applies it, as in a dialog.
        connect(line, &QLineEdit::returnPressed, this, [this] {
            if (isModified())
                applyProfile();
        });
    }
    connect(m_birthYear, &QSpinBox::valueChanged, this, edited);
    connect(m_gender, &QComboBox::currentIndexChanged, this, edited);
    connect(m_locality, &QComboBox::currentIndexChanged, this, edited);
    connect(m_consentOn, &QDateEdit::dateChanged, this, edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, edited);
    connect(m_consentGiven, &QCheckBox::toggled, this, [this, edited](bool on) {
        m_consentOn->setEnabled(on);
        if (on && !m_filling && session())
            m_consentOn->setDate(session()->store().clock().today());
        edited();
    });
    connect(m_apply, &QPushButton::clicked, this, &ProfileTab::applyProfile);
    connect(m_revert, &QPushButton::clicked, this, &ProfileTab::revertProfile);
    connect(m_createHousehold, &QPushButton::clicked, this, &ProfileTab::createHousehold);
    connect(m_addMember, &QPushButton::clicked, this, &ProfileTab::addHouseholdMember);
    connect(m_leaveHousehold, &QPushButton::clicked, this, &ProfileTab::leaveHousehold);
    connect(m_start, &QPushButton::clicked, this, &ProfileTab::startCooperation);
    connect(m_end, &QPushButton::clicked, this, &ProfileTab::endCooperation);

    retranslate();
    updateButtons();
}

void ProfileTab::retranslate()
{
    m_profileBox->setTitle(tr("Profile"));
    m_givenLabel->setText(tr("&Given name:"));
    m_familyLabel->setText(tr("Family na&me:"));
    m_aliasLabel->setText(tr("Alias:"));
    m_birthYearLabel->setText(tr("Year of &birth:"));
    m_birthYear->setToolTip(tr("Leave at \"—\" when the year is not known."));
    m_genderLabel->setText(tr("Gen&der:"));
    m_gender->setItemText(0, QStringLiteral("—"));
    for (int i = 1; i < m_gender->count(); ++i)
        m_gender->setItemText(i, Codes::genderLabel(m_gender->itemData(i).toString()));
    m_localityLabel->setText(tr("Localit&y:"));
    if (m_locality->count() > 0)
        m_locality->setItemText(0, QStringLiteral("—"));
    m_phoneLabel->setText(tr("Phone n&umber:"));
    m_consentGiven->setText(tr("Consent gi&ven on:"));
    m_consentGiven->setToolTip(tr("The date the client agreed to the processing of their data."));
    m_consentScopeLabel->setText(tr("Consent scope:"));
    m_consentScope->setPlaceholderText(tr("What the client agreed to"));
    m_notesLabel->setText(tr("N&otes:"));
    m_apply->setText(tr("&Apply"));
    m_apply->setToolTip(tr("Store the changed profile (Enter in a line)"));
    m_revert->setText(tr("&Revert"));
    m_revert->setToolTip(tr("Discard the changes not yet applied"));

    m_householdBox->setTitle(tr("Household"));
    m_createHousehold->setText(tr("Create household"));
    m_createHousehold->setToolTip(tr("Start a household named after the client's family name"));
    m_addMember->setText(tr("Add member…"));
    m_addMember->setToolTip(tr("Add another client to this household (starting it if needed)"));
    m_leaveHousehold->setText(tr("Leave household"));
    m_leaveHousehold->setToolTip(tr("The client no longer lives in this household"));

    m_cooperationBox->setTitle(tr("Cooperation"));
    m_cooperations->setHeaderLabels({tr("Start"), tr("End"), tr("End reason")});
    m_startLabel->setText(tr("Start on:"));
    m_start->setText(tr("Start cooperation"));
    m_endLabel->setText(tr("End on:"));
    m_endReasonLabel->setText(tr("Reason:"));
    m_end->setText(tr("End cooperation"));
    if (m_endReason->count() > 0)
        m_endReason->setItemText(0, tr("— choose a reason —"));
}

void ProfileTab::reload()
{
    const std::optional<Client> fresh = session() && !clientId().isNull()
        ? ClientRepository(session()->store()).find(clientId())
        : std::nullopt;
    if (!m_drafts.isShowing(clientId()))
        m_drafts.leave(isModified() ? std::optional<Draft>(Draft{m_loaded, formClient()}) : std::nullopt);
    if (!fresh) {
        m_drafts.leave(std::nullopt);
        m_loaded = Client();
        fillLocalities(QUuid());
        fillForm(Client());
        reloadHousehold(std::nullopt);
        reloadCooperations();
        for (QLabel *error : {m_profileError, m_householdError, m_cooperationError})
            error->hide();
        setEnabled(false);
        updateButtons();
        return;
    }
    setEnabled(true);

    Client base = m_loaded;
    Client form = formClient();
    if (!m_drafts.isShowing(clientId())) {
        const std::optional<Draft> draft = m_drafts.enter(clientId());
        base = draft ? draft->base : *fresh;
        form = draft ? draft->form : *fresh;
        for (QLabel *error : {m_profileError, m_householdError, m_cooperationError})
            error->hide();
        const QDate today = session()->store().clock().today();
        m_startOn->setDate(today);
        m_endOn->setDate(today);
        m_endReason->setCurrentIndex(0);
    }
    const Client shown = merged(*fresh, form, base);
    m_loaded = *fresh;
    fillLocalities(shown.localityId);
    fillForm(shown);

    // End reasons come from the region's codelists, in the current language.
    const QString reason = m_endReason->currentData().toString();
    m_endReason->clear();
    m_endReason->addItem(tr("— choose a reason —"), QString());
    const QString language = Codelists::currentLanguage();
    for (const Codelists::Item &item : session()->store().codelists().endReasons())
        m_endReason->addItem(item.label(language), item.code);
    m_endReason->setCurrentIndex(std::max(0, m_endReason->findData(reason)));

    reloadHousehold(fresh);
    reloadCooperations();
    updateButtons();
}

void ProfileTab::fillLocalities(const QUuid &selected)
{
    const QSignalBlocker blocker(m_locality);
    m_locality->clear();
    m_locality->addItem(QStringLiteral("—"), QUuid());
    if (session()) {
        for (const Locality &locality : DirectoryRepository(session()->store()).localities()) {
            const QString text = locality.municipality.isEmpty() || locality.municipality == locality.name
                ? locality.name
                : tr("%1 (%2)", "locality (municipality)").arg(locality.name, locality.municipality);
            m_locality->addItem(text, locality.id);
        }
    }
    int index = m_locality->findData(selected);
    if (index < 0) {
        m_locality->addItem(tr("(unknown locality)"), selected);
        index = m_locality->count() - 1;
    }
    m_locality->setCurrentIndex(index);
}

void ProfileTab::fillForm(const Client &client)
{
    m_filling = true;
    m_given->setText(client.givenName);
    m_family->setText(client.familyName);
    m_alias->setText(client.alias);
    m_birthYear->setValue(client.birthYear.value_or(noBirthYear));
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(client.gender)));
    m_locality->setCurrentIndex(std::max(0, m_locality->findData(client.localityId)));
    m_phone->setText(client.phone);
    m_consentGiven->setChecked(client.consentOn.isValid());
    m_consentOn->setEnabled(client.consentOn.isValid());
    if (client.consentOn.isValid())
        m_consentOn->setDate(client.consentOn);
    else if (session())
        m_consentOn->setDate(session()->store().clock().today());
    m_consentScope->setText(client.consentScope);
    m_consentScope->setCursorPosition(0); // show how the scope begins, not how it ends
    if (m_notes->toPlainText() != client.notes)
        m_notes->setPlainText(client.notes);
    m_filling = false;
}

Client ProfileTab::formClient() const
{
    Client client = m_loaded;
    client.givenName = m_given->text();
    client.familyName = m_family->text();
    client.alias = m_alias->text();
    client.birthYear = m_birthYear->value() == noBirthYear ? std::nullopt : std::optional<int>(m_birthYear->value());
    client.gender = m_gender->currentData().toString();
    client.localityId = m_locality->currentData().toUuid();
    client.phone = m_phone->text();
    client.consentOn = m_consentGiven->isChecked() ? m_consentOn->date() : QDate();
    client.consentScope = m_consentScope->text();
    client.notes = m_notes->toPlainText();
    return client;
}

bool ProfileTab::isModified() const
{
    return !m_drafts.shownId().isNull() && !sameProfile(formClient(), m_loaded);
}

void ProfileTab::updateButtons()
{
    const bool modified = isModified();
    m_apply->setEnabled(modified);
    m_revert->setEnabled(modified);
}

QWidget *ProfileTab::fieldWidget(const QString &field) const
{
    const QHash<QString, QWidget *> widgets = {
        {QStringLiteral("given_name"), m_given},
        {QStringLiteral("family_name"), m_family},
        {QStringLiteral("alias"), m_alias},
        {QStringLiteral("birth_year"), m_birthYear},
        {QStringLiteral("gender"), m_gender},
        {QStringLiteral("locality_id"), m_locality},
        {QStringLiteral("phone"), m_phone},
        {QStringLiteral("consent_on"), m_consentOn},
        {QStringLiteral("consent_scope"), m_consentScope},
        {QStringLiteral("notes"), m_notes},
        {QStringLiteral("household_id"), m_createHousehold},
        {QStringLiteral("start_on"), m_startOn},
        {QStringLiteral("end_on"), m_endOn},
        {QStringLiteral("end_reason"), m_endReason},
    };
    return widgets.value(field);
}

void ProfileTab::showError(QLabel *label, const QString &message, QWidget *focus)
{
    label->setText(message);
    label->show();
    if (focus && focus->isEnabled() && focus->isVisibleTo(this))
        focus->setFocus(Qt::OtherFocusReason);
}

bool ProfileTab::applyProfile()
{
    if (!session() || m_drafts.shownId().isNull())
        return false;
    Client edited = formClient();
    for (QString *text : {&edited.givenName, &edited.familyName, &edited.alias, &edited.phone, &edited.consentScope})
        *text = text->trimmed();
    const CaseSession::EditResult result = session()->edit(tr("Edit profile"), clientId(), [&] {
        ClientRepository(session()->store()).update(edited);
    });
    if (!result) {
        showError(m_profileError, result.message, fieldWidget(result.field));
        return false;
    }
    m_profileError->hide();
    // The edit reloaded m_loaded; show it as stored (trimmed), with nothing pending.
    fillForm(m_loaded);
    updateButtons();
    return true;
}

void ProfileTab::revertProfile()
{
    fillLocalities(m_loaded.localityId);
    fillForm(m_loaded);
    m_profileError->hide();
    updateButtons();
}

void ProfileTab::reloadHousehold(const std::optional<Client> &client)
{
    m_members->clear();
    m_householdError->hide();
    if (!client || client->householdId.isNull()) {
        m_householdInfo->setText(client ? tr("Not in a household yet.") : QString());
        m_members->hide();
        m_createHousehold->setVisible(client.has_value());
        m_addMember->setVisible(client.has_value());
        m_leaveHousehold->hide();
        return;
    }
    m_createHousehold->hide();
    m_addMember->show();
    m_leaveHousehold->show();
    for (const Client &other : ClientRepository(session()->store()).householdMembers(client->householdId)) {
        if (other.id != client->id) {
            QString text = other.displayName();
            if (other.birthYear)
                text = tr("%1, born %2").arg(text).arg(*other.birthYear);
            m_members->addItem(text);
        }
    }
    m_householdInfo->setText(m_members->count() == 0 ? tr("No other members of the household yet.")
                                                     : tr("Other members of the household:"));
    m_members->setVisible(m_members->count() > 0);
}

bool ProfileTab::createHousehold()
{
    if (!session() || m_drafts.shownId().isNull())
        return false;
    std::optional<Client> client = ClientRepository(session()->store()).find(clientId());
    if (!client || !client->householdId.isNull())
        return false;
    const CaseSession::EditResult result = session()->edit(
        tr("Create household"), clientId(), [&] { ClientRepository(session()->store()).startHousehold(client->id); });
    if (!result) {
        showError(m_householdError, result.message, m_createHousehold);
        return false;
    }
    return true;
}

HouseholdMemberDialog *ProfileTab::addHouseholdMember()
{
    if (!session() || m_drafts.shownId().isNull())
        return nullptr;
    const std::optional<Client> client = ClientRepository(session()->store()).find(clientId());
    if (!client)
        return nullptr;
    auto *dialog = new HouseholdMemberDialog(*session(), *client, this);
    dialog->open();
    return dialog;
}

bool ProfileTab::leaveHousehold()
{
    if (!session() || m_drafts.shownId().isNull())
        return false;
    std::optional<Client> client = ClientRepository(session()->store()).find(clientId());
    if (!client || client->householdId.isNull())
        return false;
    client->householdId = QUuid();
    const CaseSession::EditResult result = session()->edit(
        tr("Leave household"), clientId(), [&] { ClientRepository(session()->store()).update(*client); });
    if (!result) {
        showError(m_householdError, result.message, m_leaveHousehold);
        return false;
    }
    return true;
}

void ProfileTab::reloadCooperations()
{
    m_cooperations->clear();
    m_cooperationList = session() && !m_drafts.shownId().isNull()
        ? CooperationRepository(session()->store()).forClient(clientId())
        : QList<Cooperation>();
    const Codelists *codes = session() ? &session()->store().codelists() : nullptr;
    bool active = false;
    for (const Cooperation &cooperation : m_cooperationList) {
        auto *item = new QTreeWidgetItem(m_cooperations);
        item->setText(0, Formats::shortDate(cooperation.startOn));
        item->setText(1, cooperation.endOn.isValid() ? Formats::shortDate(cooperation.endOn) : tr("ongoing"));
        item->setText(2, cooperation.endReason.isEmpty() ? QString() : codes->endReasonLabel(cooperation.endReason));
        active = active || !cooperation.endOn.isValid();
    }
    for (int column = 0; column < 2; ++column)
        m_cooperations->resizeColumnToContents(column);
    m_cooperations->setVisible(!m_cooperationList.isEmpty());
    m_startRow->setVisible(!m_drafts.shownId().isNull() && !active);
    m_endRow->setVisible(!m_drafts.shownId().isNull() && active);
}

bool ProfileTab::startCooperation()
{
    if (!session() || m_drafts.shownId().isNull())
        return false;
    Cooperation cooperation;
    cooperation.clientId = clientId();
    cooperation.startOn = m_startOn->date();
    const CaseSession::EditResult result = session()->edit(tr("Start cooperation"), clientId(), [&] {
        CooperationRepository(session()->store()).create(cooperation);
    });
    if (!result) {
        showError(m_cooperationError, result.message, fieldWidget(result.field));
        return false;
    }
    m_cooperationError->hide();
    m_endOn->setFocus(Qt::OtherFocusReason);
    return true;
}

bool ProfileTab::endCooperation()
{
    if (!session() || m_drafts.shownId().isNull())
        return false;
    auto active = std::find_if(m_cooperationList.crbegin(), m_cooperationList.crend(),
                               [](const Cooperation &c) { return !c.endOn.isValid(); });
    if (active == m_cooperationList.crend())
        return false;
    Cooperation cooperation = *active;
    cooperation.endOn = m_endOn->date();
    cooperation.endReason = m_endReason->currentData().toString();
    const CaseSession::EditResult result = session()->edit(tr("End cooperation"), clientId(), [&] {
        CooperationRepository(session()->store()).update(cooperation);
    });
    if (!result) {
        showError(m_cooperationError, result.message, fieldWidget(result.field));
        return false;
    }
    m_cooperationError->hide();
    m_endReason->setCurrentIndex(0);
    return true;
}

} // namespace teren
