// Partners in the GUI: the coordinator's list (add, edit, retire, merge, undo), the
// step editor's partner picker on a field laptop (a new partner added offline), the
// contact form's partners, and the list read-only on a laptop.
#include <catch2/catch.hpp>

#include "CaseSession.h"
#include "EditDialog.h"
#include "Formats.h"
#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "card/ContactsTab.h"
#include "card/PartnerChecklist.h"
#include "card/PartnerPicker.h"
#include "card/PlanDialogs.h"
#include "changes/EntityTable.h"
#include "region/PartnersDialog.h"
#include "store/PartnerRepository.h"
#include "store/RegionRepositories.h"
#include "store/RegionSetup.h"
#include "store/Repositories.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace teren;

namespace {

// The coordinator's file of a small region: Jana, a field worker, with her client
// Věra, whose need has a goal; two partners, one of them a duplicate.
struct SmallRegion
{
    QTemporaryDir dir;
    FixedClock clock{test::pinnedMs};
    QString path = dir.filePath(QStringLiteral("kraj.sqlite"));
    QUuid jana, locality, vera, goal, office, duplicate;

    SmallRegion()
    {
        auto store = open();
        RegionSetup::Plan plan;
        plan.regionName = QStringLiteral("Karlovarský kraj");
        plan.coordinatorName = QStringLiteral("Marie Koordinátorová");
        Provider provider;
        provider.name = QStringLiteral("Člověk v tísni");
        plan.providers = {provider};
        const RegionSetup::Created created = RegionSetup::create(*store, plan);
        Worker worker;
        worker.providerId = created.providers.first();
        worker.name = QStringLiteral("Jana Dvořáková");
        jana = WorkerRepository(*store).add(worker).id;
        Locality place;
        place.regionId = created.region;
        place.code = QStringLiteral("SO-01");
        place.name = QStringLiteral("Sokolov");
        place.municipality = QStringLiteral("Sokolov");
        place.district = QStringLiteral("Sokolov");
        locality = LocalityRepository(*store).add(place).id;
        Client client;
        client.givenName = QStringLiteral("Věra");
        client.familyName = QStringLiteral("Horváthová");
        client.workerId = jana;
        vera = ClientRepository(*store).create(client).id;
        Need need;
        need.clientId = vera;
        need.area = QStringLiteral("employment");
        need.identifiedOn = QDate(2026, 10, 1);
        Goal work;
        work.needId = NeedRepository(*store).create(need).id;
        work.text = QStringLiteral("Najít práci");
        goal = PlanRepository(*store).createGoal(work).id;
        Partner partner;
        partner.kind = QStringLiteral("labour_office");
        partner.name = QStringLiteral("Úřad práce Sokolov");
        partner.localityId = locality;
        office = PartnerRepository(*store).add(partner).id;
        partner.name = QStringLiteral("ÚP Sokolov");
        duplicate = PartnerRepository(*store).add(partner).id;
    }

    std::unique_ptr<Store> open()
    {
        StoreOptions options;
        options.clock = &clock;
        options.replicaName = QStringLiteral("Kraj");
        return QFile::exists(path) ? Store::open(path, options) : Store::create(path, options);
    }
};

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void type(QWidget *widget, const QString &text)
{
    for (const QChar character : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(character), Qt::NoModifier);
}

void click(QAbstractButton *button)
{
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

bool selectRow(QTreeWidget *list, const QString &name)
{
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        if (list->topLevelItem(row)->text(0) == name) {
            list->setCurrentItem(list->topLevelItem(row));
            return true;
        }
    }
    return false;
}

QTreeWidgetItem *rowNamed(QTreeWidget *list, const QString &name)
{
    return selectRow(list, name) ? list->currentItem() : nullptr;
}

QStringList comboTexts(QComboBox *box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts.append(box->itemText(i));
    return texts;
}

} // namespace

TEST_CASE("Partners: add with a missing name refused beside it, edit, retire, bring back, undo", "[ui][partners]")
{
    SmallRegion region;
    CaseSession session(region.open());
    PartnersDialog dialog(session);
    dialog.show();
    QTreeWidget *list = dialog.list();
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK_FALSE(dialog.isReadOnly());
    CHECK(rowNamed(list, QStringLiteral("Úřad práce Sokolov"))->text(1) == u"Labour office");
    CHECK(rowNamed(list, QStringLiteral("Úřad práce Sokolov"))->text(2) == u"Sokolov");

    click(dialog.addButton());
    auto *form = qobject_cast<PartnerForm *>(dialog.form());
    REQUIRE(form);
    form->kindBox()->setCurrentIndex(form->kindBox()->findData(QStringLiteral("ospod")));
    click(okButton(form));
    REQUIRE(form->isVisible());
    CHECK_THAT(form->errorText().toStdString(), Catch::Contains("name must not be empty"));
    type(form->nameEdit(), QStringLiteral("OSPOD Sokolov"));
    click(okButton(form));
    REQUIRE(list->topLevelItemCount() == 3);
    CHECK(list->currentItem()->text(0) == u"OSPOD Sokolov");
    CHECK(list->currentItem()->text(1) == u"Child protection authority (OSPOD)");

    click(dialog.editButton());
    form = qobject_cast<PartnerForm *>(dialog.form());
    REQUIRE(form);
    form->nameEdit()->clear();
    type(form->nameEdit(), QStringLiteral("OSPOD MěÚ Sokolov"));
    click(okButton(form));
    CHECK(list->currentItem()->text(0) == u"OSPOD MěÚ Sokolov");

    CHECK(dialog.retireButton()->text() == u"&Retire");
    click(dialog.retireButton());
    CHECK(list->currentItem()->text(5) == Formats::shortDate(QDate(2026, 11, 2)));
    CHECK(dialog.retireButton()->text() == u"&Bring back");
    click(dialog.retireButton());
    CHECK(list->currentItem()->text(5).isEmpty());

    session.undoStack()->undo(); // the bringing back
    CHECK(PartnerRepository(session.store()).choosable(QStringLiteral("ospod")).isEmpty());
    session.undoStack()->undo(); // the retirement
    session.undoStack()->undo(); // the rename
    CHECK(rowNamed(list, QStringLiteral("OSPOD Sokolov")) != nullptr);
    session.undoStack()->undo(); // the addition
    CHECK(list->topLevelItemCount() == 2);
}

TEST_CASE("Merging a duplicate partner in the list moves its steps to the entry kept, undoably", "[ui][partners]")
{
    SmallRegion region;
    {
        auto store = region.open();
        Step step;
        step.goalId = region.goal;
        step.text = QStringLiteral("Registrace");
        step.responsible = QStringLiteral("institution");
        step.partnerId = region.duplicate;
        PlanRepository(*store).createStep(step);
    }
    CaseSession session(region.open());
    PartnersDialog dialog(session);
    dialog.show();
    QTreeWidget *list = dialog.list();
    REQUIRE(selectRow(list, QStringLiteral("ÚP Sokolov")));
    CHECK(list->currentItem()->text(3) == u"1");
    MergePartnerDialog *merge = dialog.merge();
    REQUIRE(merge);
    CHECK(merge->effectLabel()->text().contains(QStringLiteral("The steps (1) and contacts (0) that name \"ÚP Sokolov\"")));
    click(okButton(merge));
    REQUIRE(merge->isVisible());
    CHECK_THAT(merge->errorText().toStdString(), Catch::Contains("Choose the entry to keep"));
    merge->keptBox()->setCurrentIndex(merge->keptBox()->findData(region.office));
    click(okButton(merge));
    CHECK(rowNamed(list, QStringLiteral("Úřad práce Sokolov"))->text(3) == u"1");
    QTreeWidgetItem *merged = rowNamed(list, QStringLiteral("ÚP Sokolov"));
    CHECK(merged->text(3) == u"0");
    CHECK(merged->text(5) == u"merged into Úřad práce Sokolov");
    CHECK_FALSE(dialog.mergeButton()->isEnabled());
    CHECK_FALSE(dialog.retireButton()->isEnabled());

    session.undoStack()->undo();
    CHECK(rowNamed(list, QStringLiteral("ÚP Sokolov"))->text(3) == u"1");
    CHECK(rowNamed(list, QStringLiteral("ÚP Sokolov"))->text(5).isEmpty());
}

TEST_CASE("The step editor picks a partner by kind, or adds a new one, and the institution becomes responsible",
          "[ui][partners]")
{
    SmallRegion region;
    {
        auto store = region.open();
        PartnerRepository(*store).setRetired(region.duplicate, QDate(2026, 10, 30));
    }
    CaseSession session(region.open());
    Step draft;
    draft.goalId = region.goal;
    StepDialog dialog(session, draft, region.vera);
    dialog.show();
    PartnerPicker *picker = dialog.partnerPicker();
    QComboBox *kind = picker->kindBox();
    // Retired entries are not offered.
    CHECK(comboTexts(picker->partnerBox()) == QStringList({QStringLiteral("— none —"), QStringLiteral("Úřad práce Sokolov")}));
    kind->setCurrentIndex(kind->findData(QStringLiteral("school")));
    CHECK(picker->partnerBox()->count() == 1);

    PartnerForm *form = picker->addPartner();
    REQUIRE(form);
    CHECK(form->kindBox()->currentData().toString() == u"school");
    type(form->nameEdit(), QStringLiteral("ZŠ Švermova"));
    click(okButton(form));
    CHECK(picker->partnerBox()->currentText() == u"ZŠ Švermova");
    auto *responsible = dialog.findChildren<QComboBox *>().first();
    CHECK(responsible->currentData().toString() == u"institution");

    dialog.findChild<QLineEdit *>()->setText(QStringLiteral("Zápis do školy"));
    click(okButton(&dialog));
    const QList<Step> steps = PlanRepository(session.store()).stepsForGoal(region.goal);
    REQUIRE(steps.size() == 1);
    CHECK(steps.first().responsible == u"institution");
    CHECK(PartnerRepository(session.store()).partnerName(steps.first().id) == u"ZŠ Švermova");

    // Editing the step later still shows its partner, also once it is retired.
    PartnerRepository(session.store()).setRetired(steps.first().partnerId, QDate(2026, 11, 2));
    StepDialog edit(session, steps.first(), region.vera);
    CHECK(edit.partnerPicker()->kindBox()->currentData().toString() == u"school");
    CHECK(edit.partnerPicker()->partnerBox()->currentText() == u"ZŠ Švermova (retired)");
    CHECK(edit.partnerPicker()->partnerId() == steps.first().partnerId);
}

TEST_CASE("The contact form records the partners involved and starts empty for the next contact", "[ui][partners]")
{
    SmallRegion region;
    CaseSession session(region.open());
    ContactsTab tab;
    tab.setSession(&session);
    tab.showClient(region.vera);
    PartnerChecklist *partners = tab.partnerChecklist();
    CHECK(partners->text() == u"none");
    REQUIRE(partners->menu()->actions().size() == 3); // the kind's section and two entries
    partners->toggle(region.office);
    CHECK(partners->text() == u"Úřad práce Sokolov");
    REQUIRE(tab.addContact());
    const QList<Contact> contacts = ContactRepository(session.store()).forClient(region.vera);
    REQUIRE(contacts.size() == 1);
    CHECK(contacts.first().partnerIds == QList<QUuid>{region.office});
    CHECK(partners->checked().isEmpty());
    CHECK(partners->text() == u"none");
}

TEST_CASE("On a field laptop the partner list is read-only, and the step editor still adds a partner",
          "[ui][partners]")
{
    SmallRegion region;
    QTemporaryDir laptopDir;
    FixedClock laptopClock{test::pinnedMs};
    StoreOptions options;
    options.clock = &laptopClock;
    options.replicaName = QStringLiteral("Jana – notebook");
    auto laptop = Store::create(laptopDir.filePath(QStringLiteral("jana.sqlite")), options);
    {
        auto coordinator = region.open();
        Installation installation{laptop->replicaId(), region.jana, QStringLiteral("Jana – notebook")};
        EntityTable<Installation>::insert(coordinator->recorder(), installation);
        test::merge(*coordinator, *laptop);
        laptop->setRegionOwner(coordinator->replicaId());
        laptop->setEnrolledWorker(region.jana);
        laptop->setCurrentWorker(region.jana);
    }
    CaseSession session(std::move(laptop));
    PartnersDialog dialog(session);
    CHECK(dialog.isReadOnly());
    CHECK_FALSE(dialog.addButton()->isEnabled());
    CHECK_FALSE(dialog.mergeButton()->isEnabled());

    Step draft;
    draft.goalId = region.goal;
    StepDialog editor(session, draft, region.vera);
    PartnerForm *form = editor.partnerPicker()->addPartner();
    form->kindBox()->setCurrentIndex(form->kindBox()->findData(QStringLiteral("debt_counselling")));
    type(form->nameEdit(), QStringLiteral("Poradna Sokolov"));
    click(okButton(form));
    CHECK(editor.partnerPicker()->partnerBox()->currentText() == u"Poradna Sokolov");
    CHECK(PartnerRepository(session.store()).choosable(QStringLiteral("debt_counselling")).size() == 1);
}
