#include "NewClientDialog.h"

#include "domain/Codes.h"
#include "store/Repositories.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace teren {

NewClientDialog::NewClientDialog(CaseSession &session, QWidget *parent)
    : EditDialog(parent)
    , m_duplicates(session.store())
    , m_duplicateWarning(new QLabel(this))
    , m_given(new QLineEdit(this))
    , m_family(new QLineEdit(this))
    , m_alias(new QLineEdit(this))
    , m_birthYear(new QSpinBox(this))
    , m_gender(new QComboBox(this))
    , m_locality(new QComboBox(this))
    , m_startCooperation(new QCheckBox(this))
{
    setWindowTitle(tr("New client"));
    const int thisYear = session.store().clock().today().year();
    m_birthYear->setRange(1899, thisYear);
    m_birthYear->setSpecialValueText(tr("—"));
    m_birthYear->setValue(1899);
    m_gender->addItem(tr("—"), QString());
    for (const QString &gender : Codes::genders())
        m_gender->addItem(Codes::genderLabel(gender), gender);
    m_locality->addItem(tr("—"), QUuid());
    for (const Locality &locality : DirectoryRepository(session.store()).localities())
        m_locality->addItem(locality.name, locality.id);
    m_startCooperation->setText(tr("Start the cooperation today"));
    m_startCooperation->setChecked(true);
    addField(QStringLiteral("given_name"), tr("&Given name:"), m_given);
    addField(QStringLiteral("family_name"), tr("&Family name:"), m_family);
    addField(QStringLiteral("alias"), tr("&Alias:"), m_alias);
    addField(QStringLiteral("birth_year"), tr("&Year of birth:"), m_birthYear);
    addField(QStringLiteral("gender"), tr("G&ender:"), m_gender);
    addField(QStringLiteral("locality_id"), tr("&Locality:"), m_locality);
    addField(QStringLiteral("start_on"), QString(), m_startCooperation);
    m_duplicateWarning->setObjectName(QStringLiteral("duplicateWarning"));
    m_duplicateWarning->setWordWrap(true);
    m_duplicateWarning->setTextFormat(Qt::PlainText);
    m_duplicateWarning->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_duplicateWarning->hide();
    form()->addRow(m_duplicateWarning);
    for (QLineEdit *name : {m_given, m_family})
        connect(name, &QLineEdit::textChanged, this, &NewClientDialog::checkDuplicates);
    connect(m_birthYear, &QSpinBox::valueChanged, this, &NewClientDialog::checkDuplicates);
    connect(m_locality, &QComboBox::currentIndexChanged, this, &NewClientDialog::checkDuplicates);

    setSubmit([this, sessionPtr = &session] {
        Store &store = sessionPtr->store();
        Client client;
        client.givenName = m_given->text().trimmed();
        client.familyName = m_family->text().trimmed();
        client.alias = m_alias->text().trimmed();
        if (m_birthYear->value() != m_birthYear->minimum())
            client.birthYear = m_birthYear->value();
        client.gender = m_gender->currentData().toString();
        client.localityId = m_locality->currentData().toUuid();
        client.workerId = store.currentWorker();
        client.id = store.recorder().newId();
        const bool cooperate = m_startCooperation->isChecked();
        const CaseSession::EditResult result = sessionPtr->edit(tr("New client"), client.id, [&] {
            ClientRepository(store).create(client);
            if (cooperate)
                CooperationRepository(store).create({QUuid(), client.id, store.clock().today(), {}, {}});
        });
        if (result)
            m_created = client.id;
        return result;
    });
}

void NewClientDialog::checkDuplicates()
{
    const std::optional<int> birthYear = m_birthYear->value() == m_birthYear->minimum()
        ? std::nullopt
        : std::optional<int>(m_birthYear->value());
    const QList<PersonRecord> found = m_duplicates.matching(m_given->text(), m_family->text(), birthYear,
                                                            m_locality->currentData().toUuid());
    if (found.isEmpty()) {
        m_duplicateWarning->hide();
        return;
    }
    QStringList people;
    for (const PersonRecord &person : found) {
        QStringList facts = {person.name};
        if (person.birthYear)
            facts.append(tr("born %1").arg(*person.birthYear));
        if (!person.locality.isEmpty())
            facts.append(person.locality);
        people.append(facts.join(QStringLiteral(", ")));
    }
    m_duplicateWarning->setText(
        tr("Possibly registered already (%n record(s)): %1.", nullptr, static_cast<int>(found.size()))
            .arg(people.join(QStringLiteral("; ")))
        + u' ' + tr("Check the client list first; the new record can still be created."));
    m_duplicateWarning->show();
}

} // namespace teren
