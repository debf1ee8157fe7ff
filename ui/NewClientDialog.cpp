#include "NewClientDialog.h"

#include "domain/Codes.h"
#include "store/Repositories.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

namespace teren {

NewClientDialog::NewClientDialog(CaseSession &session, QWidget *parent)
    : EditDialog(parent)
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

} // namespace teren
