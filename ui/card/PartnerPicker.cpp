#include "PartnerPicker.h"

#include "CaseSession.h"
#include "domain/Codes.h"
#include "region/PartnersDialog.h"
#include "store/PartnerRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>

namespace teren {

PartnerPicker::PartnerPicker(CaseSession &session, const QUuid &current, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_current(current)
    , m_kind(new QComboBox(this))
    , m_partner(new QComboBox(this))
    , m_new(new QPushButton(tr("&New partner…"), this))
{
    m_kind->setObjectName(QStringLiteral("partnerKindFilter"));
    m_partner->setObjectName(QStringLiteral("partner"));
    m_new->setObjectName(QStringLiteral("newPartner"));
    m_kind->addItem(tr("Any kind"), QString());
    for (const QString &kind : Codes::partnerKinds())
        m_kind->addItem(capitalised(Codes::partnerKindLabel(kind)), kind);
    if (const std::optional<Partner> partner = PartnerRepository(session.store()).find(current))
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(partner->kind)));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_kind);
    row->addWidget(m_partner, 1);
    row->addWidget(m_new);
    reload(current);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { reload(partnerId()); });
    connect(m_partner, &QComboBox::activated, this, [this] { Q_EMIT partnerChosen(partnerId()); });
    connect(m_new, &QPushButton::clicked, this, &PartnerPicker::addPartner);
}

QUuid PartnerPicker::partnerId() const
{
    return m_partner->currentData().toUuid();
}

void PartnerPicker::reload(const QUuid &select)
{
    m_partner->clear();
    m_partner->addItem(tr("— none —"), QUuid());
    for (const Partner &partner :
         PartnerRepository(m_session.store()).choosable(m_kind->currentData().toString(), m_current)) {
        const QString name = partner.isRetired() ? tr("%1 (retired)").arg(partner.name) : partner.name;
        m_partner->addItem(name, partner.id);
    }
    m_partner->setCurrentIndex(std::max(0, m_partner->findData(select)));
}

PartnerForm *PartnerPicker::addPartner()
{
    Partner partner;
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        partner.kind = kind;
    auto *form = new PartnerForm(m_session, partner, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this, form] {
        const QUuid added = form->savedKey().toUuid();
        if (const std::optional<Partner> saved = PartnerRepository(m_session.store()).find(added))
            m_kind->setCurrentIndex(std::max(0, m_kind->findData(saved->kind)));
        reload(added);
        Q_EMIT partnerChosen(added);
    });
    form->open();
    return form;
}

} // namespace teren
