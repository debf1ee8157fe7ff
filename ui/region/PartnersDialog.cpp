#include "PartnersDialog.h"

#include "CaseSession.h"
#include "Formats.h"
#include "WindowGeometry.h"
#include "domain/Codes.h"
#include "domain/Error.h"
#include "store/PartnerRepository.h"
#include "store/RegionRepositories.h"
#include "store/Store.h"

#include <QCollator>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

#include <algorithm>

namespace teren {

namespace {

// By kind in the codelist's order, then by name as a Czech reader looks for it.
QList<Partner> byKindAndName(QList<Partner> partners)
{
    QCollator collator(QLocale(QLocale::Czech, QLocale::Czechia));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(partners.begin(), partners.end(), [&](const Partner &a, const Partner &b) {
        const qsizetype kindA = Codes::partnerKinds().indexOf(a.kind);
        const qsizetype kindB = Codes::partnerKinds().indexOf(b.kind);
        return kindA != kindB ? kindA < kindB : collator.compare(a.name, b.name) < 0;
    });
    return partners;
}

} // namespace

// ---------------------------------------------------------------- the form

PartnerForm::PartnerForm(CaseSession &session, const Partner &partner, QWidget *parent)
    : RegionForm(session, parent)
    , m_partner(partner)
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(partner.name, this))
    , m_locality(new QComboBox(this))
{
    const bool adding = partner.id.isNull();
    setWindowTitle(adding ? tr("Add partner") : tr("Edit partner: %1").arg(partner.name));
    m_kind->setObjectName(QStringLiteral("partnerKind"));
    m_name->setObjectName(QStringLiteral("partnerName"));
    m_locality->setObjectName(QStringLiteral("partnerLocality"));
    for (const QString &kind : Codes::partnerKinds())
        m_kind->addItem(capitalised(Codes::partnerKindLabel(kind)), kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(partner.kind)));
    m_name->setPlaceholderText(tr("e.g. Úřad práce Sokolov"));
    m_name->setMinimumWidth(320);
    m_locality->addItem(tr("— not given —"), QUuid());
    for (const Locality &locality : LocalityRepository(session.store()).all())
        m_locality->addItem(locality.name, locality.id);
    m_locality->setCurrentIndex(std::max(0, m_locality->findData(partner.localityId)));
    addField(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    addField(QStringLiteral("name"), tr("&Name:"), m_name);
    addField(QStringLiteral("locality_id"), tr("&Locality:"), m_locality);

    setSubmit([this, adding] {
        Partner edited = this->partner();
        return m_session.edit(adding ? tr("Add partner") : tr("Edit partner"), QUuid(), [&] {
            PartnerRepository partners(m_session.store());
            if (adding)
                edited = partners.add(edited);
            else
                partners.update(edited);
            m_saved = edited.id;
        });
    });
}

Partner PartnerForm::partner() const
{
    Partner partner = m_partner;
    partner.kind = m_kind->currentData().toString();
    partner.name = m_name->text().trimmed();
    partner.localityId = m_locality->currentData().toUuid();
    return partner;
}

// ---------------------------------------------------------------- merging

MergePartnerDialog::MergePartnerDialog(CaseSession &session, const Partner &duplicate, QWidget *parent)
    : RegionForm(session, parent)
    , m_duplicate(duplicate)
    , m_kept(new QComboBox(this))
    , m_effect(new QLabel(this))
{
    setWindowTitle(tr("Merge partner: %1").arg(duplicate.name));
    setMinimumWidth(560);
    m_kept->setObjectName(QStringLiteral("keptPartner"));
    m_effect->setObjectName(QStringLiteral("mergeEffect"));
    m_effect->setWordWrap(true);
    m_kept->addItem(tr("— choose the entry to keep —"), QUuid());
    // Entries of the same kind first: a duplicate is most likely one of them.
    QList<Partner> candidates = byKindAndName(PartnerRepository(session.store()).choosable());
    std::stable_partition(candidates.begin(), candidates.end(),
                          [&duplicate](const Partner &p) { return p.kind == duplicate.kind; });
    for (const Partner &candidate : std::as_const(candidates)) {
        if (candidate.id != duplicate.id)
            m_kept->addItem(QStringLiteral("%1 (%2)").arg(candidate.name, Codes::partnerKindLabel(candidate.kind)),
                            candidate.id);
    }
    PartnerRepository partners(session.store());
    m_effect->setText(tr("The steps (%1) and contacts (%2) that name \"%3\" will name the entry kept, and \"%3\" "
                         "will be retired. Every laptop gets the change with the region's records; Undo takes it "
                         "back.")
                          .arg(partners.stepCount(duplicate.id))
                          .arg(partners.contactCount(duplicate.id))
                          .arg(duplicate.name));
    addField(QStringLiteral("merged_into"), tr("&Keep:"), m_kept);
    form()->addRow(m_effect);
    setOkText(tr("&Merge"));
    setSubmit([this] {
        const QUuid kept = m_kept->currentData().toUuid();
        return m_session.edit(tr("Merge partners"), QUuid(), [&] {
            if (kept.isNull())
                throw ValidationError(tr("Choose the entry to keep."), QStringLiteral("merged_into"));
            PartnerRepository(m_session.store()).merge(m_duplicate.id, kept);
            m_saved = kept;
        });
    });
}

// ---------------------------------------------------------------- the list

PartnersDialog::PartnersDialog(CaseSession &session, QWidget *parent)
    : RegionListDialog(session, parent)
    , m_retire(addButtonAfterEdit(QStringLiteral("retirePartner")))
    , m_merge(addButtonAfterEdit(QStringLiteral("mergePartner")))
{
    setObjectName(QStringLiteral("partnersDialog"));
    list()->setColumnCount(6);
    connect(m_retire, &QPushButton::clicked, this, &PartnersDialog::toggleRetired);
    connect(m_merge, &QPushButton::clicked, this, &PartnersDialog::merge);
    WindowGeometry::manage(this, QSize(1100, 480));
    initialise();
}

void PartnersDialog::retranslate()
{
    setWindowTitle(tr("Partners"));
    setIntro(tr("The institutions field work coordinates with: labour offices, OSPOD, schools, police, courts and "
                "bailiffs, health facilities, debt counselling, employers and other NGOs. A step's responsible "
                "party can be one of them, and a contact records those involved. Any worker may add a partner from "
                "the step editor, also offline; the coordinator edits, retires and merges duplicates here."));
    list()->setHeaderLabels({tr("Name"), tr("Kind"), tr("Locality"), tr("Steps"), tr("Contacts"), tr("Retired")});
    m_retire->setText(tr("&Retire"));
    m_merge->setText(tr("&Merge into…"));
    updateButtons();
}

void PartnersDialog::fill()
{
    Store &store = m_session.store();
    PartnerRepository partners(store);
    LocalityRepository localities(store);
    const QList<Partner> all = partners.all();
    for (const Partner &partner : byKindAndName(all)) {
        QTreeWidgetItem *item = newRow(partner.id);
        item->setText(0, partner.name);
        item->setText(1, capitalised(Codes::partnerKindLabel(partner.kind)));
        const std::optional<Locality> locality =
            partner.localityId.isNull() ? std::nullopt : localities.find(partner.localityId);
        item->setText(2, locality ? locality->name : QString());
        item->setText(3, QString::number(partners.stepCount(partner.id)));
        item->setText(4, QString::number(partners.contactCount(partner.id)));
        if (!partner.mergedInto.isNull()) {
            const std::optional<Partner> kept = partners.find(partners.resolved(partner.id));
            const QString text = tr("merged into %1").arg(kept ? kept->name : QString());
            item->setText(5, text);
            markRetired(item, text);
        } else if (partner.retiredOn.isValid()) {
            item->setText(5, Formats::shortDate(partner.retiredOn));
            markRetired(item, tr("Retired on %1").arg(Formats::shortDate(partner.retiredOn)));
        }
    }
}

std::optional<Partner> PartnersDialog::current()
{
    const QVariant key = currentKey();
    return key.isValid() ? PartnerRepository(m_session.store()).find(key.toUuid()) : std::nullopt;
}

void PartnersDialog::updateButtons()
{
    RegionListDialog::updateButtons();
    const std::optional<Partner> partner = current();
    const bool merged = partner && !partner->mergedInto.isNull();
    m_retire->setText(partner && partner->retiredOn.isValid() && !merged ? tr("&Bring back") : tr("&Retire"));
    m_retire->setEnabled(!isReadOnly() && partner && !merged);
    m_merge->setEnabled(!isReadOnly() && partner && !merged);
}

RegionForm *PartnersDialog::newForm(bool adding)
{
    if (adding) {
        Partner partner;
        if (const std::optional<Partner> chosen = current())
            partner.kind = chosen->kind; // the next entry is most likely of the same kind
        return new PartnerForm(m_session, partner, this);
    }
    const std::optional<Partner> partner = current();
    return partner ? new PartnerForm(m_session, *partner, this) : nullptr;
}

bool PartnersDialog::toggleRetired()
{
    const std::optional<Partner> partner = current();
    if (isReadOnly() || !partner || !partner->mergedInto.isNull())
        return false;
    const bool retired = partner->retiredOn.isValid();
    const QDate day = retired ? QDate() : m_session.store().clock().today();
    return m_session.editOrReport(retired ? tr("Bring back partner") : tr("Retire partner"), QUuid(), [&] {
        PartnerRepository(m_session.store()).setRetired(partner->id, day);
    });
}

MergePartnerDialog *PartnersDialog::merge()
{
    const std::optional<Partner> partner = current();
    if (isReadOnly() || !partner || !partner->mergedInto.isNull())
        return nullptr;
    auto *dialog = new MergePartnerDialog(m_session, *partner, this);
    openForm(dialog);
    return dialog;
}

} // namespace teren
