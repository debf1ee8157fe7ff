#include "ProfilePanel.h"

#include "CaseSession.h"
#include "InlineError.h"
#include "domain/Codes.h"
#include "store/Repositories.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace teren {

namespace {

constexpr int noBirthYear = 1899; // the spin box's minimum, shown as "—"

bool sameProfile(const Client &a, const Client &b)
{
    return a.givenName == b.givenName && a.familyName == b.familyName && a.alias == b.alias
        && a.birthYear == b.birthYear && a.gender == b.gender && a.localityId == b.localityId && a.phone == b.phone
        && a.notes == b.notes;
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
    keepTyped(&Client::notes, result, form, base);
    return result;
}

// The profile as it is stored: names and phone without the spaces around them.
Client trimmed(Client client)
{
    for (QString *text : {&client.givenName, &client.familyName, &client.alias, &client.phone})
        *text = text->trimmed();
    return client;
}

} // namespace

ProfilePanel::ProfilePanel(QWidget *parent)
    : QGroupBox(parent)
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
    , m_notesLabel(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(newErrorLabel(QStringLiteral("profileError"), this))
    , m_apply(new QPushButton(this))
    , m_revert(new QPushButton(this))
{
    m_given->setObjectName(QStringLiteral("givenName"));
    m_family->setObjectName(QStringLiteral("familyName"));
    m_alias->setObjectName(QStringLiteral("alias"));
    m_birthYear->setObjectName(QStringLiteral("birthYear"));
    m_gender->setObjectName(QStringLiteral("gender"));
    m_locality->setObjectName(QStringLiteral("locality"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_apply->setObjectName(QStringLiteral("applyProfile"));
    m_revert->setObjectName(QStringLiteral("revertProfile"));

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
    m_givenLabel->setBuddy(m_given);
    m_familyLabel->setBuddy(m_family);
    m_aliasLabel->setBuddy(m_alias);
    m_birthYearLabel->setBuddy(m_birthYear);
    m_genderLabel->setBuddy(m_gender);
    m_localityLabel->setBuddy(m_locality);
    m_phoneLabel->setBuddy(m_phone);
    m_notesLabel->setBuddy(m_notes);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_givenLabel, m_given);
    form->addRow(m_familyLabel, m_family);
    form->addRow(m_aliasLabel, m_alias);
    form->addRow(m_birthYearLabel, m_birthYear);
    form->addRow(m_genderLabel, m_gender);
    form->addRow(m_localityLabel, m_locality);
    form->addRow(m_phoneLabel, m_phone);
    form->addRow(m_notesLabel, m_notes);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    setTabOrder(m_given, m_family);
    setTabOrder(m_family, m_alias);
    setTabOrder(m_alias, m_birthYear);
    setTabOrder(m_birthYear, m_gender);
    setTabOrder(m_gender, m_locality);
    setTabOrder(m_locality, m_phone);
    setTabOrder(m_phone, m_notes);
    setTabOrder(m_notes, m_apply);
    setTabOrder(m_apply, m_revert);

    const auto edited = [this] {
        if (!m_filling)
            updateButtons();
    };
    for (QLineEdit *line : {m_given, m_family, m_alias, m_phone}) {
        connect(line, &QLineEdit::textChanged, this, edited);
        // Enter in a line of the form applies it, as in a dialog.
        connect(line, &QLineEdit::returnPressed, this, [this] {
            if (isModified())
                apply();
        });
    }
    connect(m_birthYear, &QSpinBox::valueChanged, this, edited);
    connect(m_gender, &QComboBox::currentIndexChanged, this, edited);
    connect(m_locality, &QComboBox::currentIndexChanged, this, edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, edited);
    connect(m_apply, &QPushButton::clicked, this, &ProfilePanel::apply);
    connect(m_revert, &QPushButton::clicked, this, &ProfilePanel::revert);

    retranslate();
    updateButtons();
}

void ProfilePanel::retranslate()
{
    setTitle(tr("Profile"));
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
    m_notesLabel->setText(tr("N&otes:"));
    m_apply->setText(tr("&Apply"));
    m_apply->setToolTip(tr("Store the changed profile (Enter in a line)"));
    m_revert->setText(tr("&Revert"));
    m_revert->setToolTip(tr("Discard the changes not yet applied"));
}

void ProfilePanel::showClient(CaseSession *session, const QUuid &clientId, const std::optional<Client> &stored)
{
    m_session = session;
    if (!m_drafts.isShowing(clientId))
        m_drafts.leave(isModified() ? std::optional<Draft>(Draft{m_loaded, formClient()}) : std::nullopt);
    if (!stored) {
        m_drafts.leave(std::nullopt);
        m_loaded = Client();
        fillLocalities(QUuid());
        fillForm(Client());
        m_error->hide();
        updateButtons();
        return;
    }

    Client base = m_loaded;
    Client form = formClient();
    if (!m_drafts.isShowing(clientId)) {
        const std::optional<Draft> draft = m_drafts.enter(clientId);
        base = draft ? draft->base : *stored;
        form = draft ? draft->form : *stored;
        m_error->hide();
    }
    const Client shown = merged(*stored, form, base);
    m_loaded = *stored;
    fillLocalities(shown.localityId);
    fillForm(shown);
    updateButtons();
}

void ProfilePanel::fillLocalities(const QUuid &selected)
{
    const QSignalBlocker blocker(m_locality);
    m_locality->clear();
    m_locality->addItem(QStringLiteral("—"), QUuid());
    if (m_session) {
        for (const Locality &locality : DirectoryRepository(m_session->store()).localities()) {
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

void ProfilePanel::fillForm(const Client &client)
{
    m_filling = true;
    m_given->setText(client.givenName);
    m_family->setText(client.familyName);
    m_alias->setText(client.alias);
    m_birthYear->setValue(client.birthYear.value_or(noBirthYear));
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(client.gender)));
    m_locality->setCurrentIndex(std::max(0, m_locality->findData(client.localityId)));
    m_phone->setText(client.phone);
    if (m_notes->toPlainText() != client.notes)
        m_notes->setPlainText(client.notes);
    m_filling = false;
}

Client ProfilePanel::formClient() const
{
    Client client = m_loaded;
    client.givenName = m_given->text();
    client.familyName = m_family->text();
    client.alias = m_alias->text();
    client.birthYear = m_birthYear->value() == noBirthYear ? std::nullopt : std::optional<int>(m_birthYear->value());
    client.gender = m_gender->currentData().toString();
    client.localityId = m_locality->currentData().toUuid();
    client.phone = m_phone->text();
    client.notes = m_notes->toPlainText();
    return client;
}

bool ProfilePanel::isModified() const
{
    return !m_drafts.shownId().isNull() && !sameProfile(formClient(), m_loaded);
}

void ProfilePanel::updateButtons()
{
    const bool modified = isModified();
    m_apply->setEnabled(modified);
    m_revert->setEnabled(modified);
}

QWidget *ProfilePanel::fieldWidget(const QString &field) const
{
    const QHash<QString, QWidget *> widgets = {
        {QStringLiteral("given_name"), m_given},
        {QStringLiteral("family_name"), m_family},
        {QStringLiteral("alias"), m_alias},
        {QStringLiteral("birth_year"), m_birthYear},
        {QStringLiteral("gender"), m_gender},
        {QStringLiteral("locality_id"), m_locality},
        {QStringLiteral("phone"), m_phone},
        {QStringLiteral("notes"), m_notes},
    };
    return widgets.value(field);
}

bool ProfilePanel::apply()
{
    const QUuid clientId = m_drafts.shownId();
    if (!m_session || clientId.isNull())
        return false;
    const Client edited = trimmed(formClient());
    const CaseSession::EditResult result = m_session->edit(tr("Edit profile"), clientId, [&] {
        ClientRepository(m_session->store()).update(edited);
    });
    if (!result) {
        showInlineError(m_error, result.message, fieldWidget(result.field), this);
        return false;
    }
    m_error->hide();
    // The edit reloaded m_loaded; show it as stored (trimmed), with nothing pending.
    fillForm(m_loaded);
    updateButtons();
    return true;
}

void ProfilePanel::revert()
{
    fillLocalities(m_loaded.localityId);
    fillForm(m_loaded);
    m_error->hide();
    updateButtons();
}

QList<QUuid> ProfilePanel::clientsWithDrafts() const
{
    QList<QUuid> clients;
    if (isModified())
        clients.append(m_drafts.shownId());
    clients.append(m_drafts.draftClients());
    return clients;
}

QUuid ProfilePanel::applyDrafts()
{
    if (!m_session)
        return {};
    QUuid refused;
    if (isModified() && !apply())
        refused = m_drafts.shownId();
    for (const QUuid &clientId : m_drafts.draftClients()) {
        const std::optional<Draft> draft = m_drafts.draft(clientId);
        const std::optional<Client> stored = ClientRepository(m_session->store()).find(clientId);
        if (!stored) {
            // Erased or merged away meanwhile: there is no profile left to store it in.
            m_drafts.drop(clientId);
            continue;
        }
        // Fields typed into win over the stored ones; the rest stay as stored now.
        const Client edited = trimmed(merged(*stored, draft->form, draft->base));
        const CaseSession::EditResult result = m_session->edit(tr("Edit profile"), clientId, [&] {
            ClientRepository(m_session->store()).update(edited);
        });
        if (result)
            m_drafts.drop(clientId);
        else if (refused.isNull())
            refused = clientId;
    }
    return refused;
}

void ProfilePanel::discardDrafts()
{
    m_drafts.dropAll();
    revert();
}

} // namespace teren
