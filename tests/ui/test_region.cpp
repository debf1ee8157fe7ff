// The region in the GUI: the coordinator's set-up wizard, the Region menu's dialogs,
// handing clients over, retiring a worker, the review of refused changes, and what a
// field laptop enrolled in the region may not do.
#include <catch2/catch.hpp>

#include "CaseSession.h"
#include "ClientListModel.h"
#include "ClientListPanel.h"
#include "EditDialog.h"
#include "Formats.h"
#include "MainWindow.h"
#include "PassphraseAnswers.h"
#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "WelcomeDialog.h"
#include "card/ClientCard.h"
#include "card/NeedDialogs.h"
#include "changes/ChangeLog.h"
#include "changes/EntityTable.h"
#include "domain/Codes.h"
#include "i18n/Translations.h"
#include "lock/NewPassphraseFields.h"
#include "region/RecoveryKeyPage.h"
#include "region/RegionAccess.h"
#include "region/RegionDialogs.h"
#include "region/RegionForms.h"
#include "region/RegionMenu.h"
#include "region/RegionSetupWizard.h"
#include "region/RetentionDialog.h"
#include "store/RegionRepositories.h"
#include "store/RegionSetup.h"
#include "store/Retention.h"
#include "store/Repositories.h"
#include "sync/JoinRegionDialog.h"
#include "sync/Keyring.h"
#include "sync/Peers.h"
#include "sync/RefusedChanges.h"
#include "sync/RefusedChangesDialog.h"
#include "sync/SyncMenu.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace teren;

namespace {

// The Karlovy Vary region as its coordinator set it up: Jana and Petr, field workers
// of Člověk v tísni; Věra and Ota are Jana's clients, Dana is Petr's. Optionally
// Jana's laptop, enrolled in the region.
struct KarlovyVary
{
    QTemporaryDir dir;
    FixedClock coordinatorClock{test::pinnedMs};
    FixedClock laptopClock{test::pinnedMs};
    QString coordinatorPath = dir.filePath(QStringLiteral("kraj.sqlite"));
    QString laptopPath = dir.filePath(QStringLiteral("jana.sqlite"));
    QUuid region, provider, coordinator, jana, petr, locality, vera, ota, dana;

    KarlovyVary()
    {
        auto kraj = open(coordinatorPath, coordinatorClock, QStringLiteral("Kraj"));
        RegionSetup::Plan plan;
        plan.regionName = QStringLiteral("Karlovarský kraj");
        plan.coordinatorName = QStringLiteral("Marie Koordinátorová");
        Provider cvt;
        cvt.name = QStringLiteral("Člověk v tísni");
        cvt.ico = QStringLiteral("25755277");
        cvt.services = {QStringLiteral("field_programmes"), QStringLiteral("social_counselling")};
        plan.providers = {cvt};
        const RegionSetup::Created created = RegionSetup::create(*kraj, plan);
        region = created.region;
        provider = created.providers.first();
        coordinator = created.coordinator;
        WorkerRepository workers(*kraj);
        Worker worker;
        worker.providerId = provider;
        worker.activeFrom = QDate(2026, 1, 1);
        worker.name = QStringLiteral("Jana Dvořáková");
        jana = workers.add(worker).id;
        worker.name = QStringLiteral("Petr Kočí");
        petr = workers.add(worker).id;
        Locality place;
        place.regionId = region;
        place.code = QStringLiteral("KV-01");
        place.name = QStringLiteral("Rybáře");
        place.municipality = QStringLiteral("Karlovy Vary");
        place.district = QStringLiteral("Karlovy Vary");
        place.kind = QStringLiteral("excluded_locality");
        place.residents = 450;
        locality = LocalityRepository(*kraj).add(place).id;
        vera = addClient(*kraj, QStringLiteral("Věra"), QStringLiteral("Horváthová"), jana);
        ota = addClient(*kraj, QStringLiteral("Ota"), QStringLiteral("Balog"), jana);
        dana = addClient(*kraj, QStringLiteral("Dana"), QStringLiteral("Červeňáková"), petr);
    }

    std::unique_ptr<Store> open(const QString &path, FixedClock &clock, const QString &name)
    {
        StoreOptions options;
        options.clock = &clock;
        options.replicaName = name;
        return QFile::exists(path) ? Store::open(path, options) : Store::create(path, options);
    }
    std::unique_ptr<Store> kraj() { return open(coordinatorPath, coordinatorClock, QStringLiteral("Kraj")); }
    std::unique_ptr<Store> laptop() { return open(laptopPath, laptopClock, QStringLiteral("Jana – notebook")); }

    QUuid addClient(Store &store, const QString &given, const QString &family, const QUuid &worker)
    {
        Client client;
        client.givenName = given;
        client.familyName = family;
        client.workerId = worker;
        client.localityId = locality;
        client.notes = QStringLiteral("bydlí u sestry");
        return ClientRepository(store).create(client).id;
    }

    // Jana's laptop: recorded by the coordinator as hers, with the region's records
    // and the region's rules.
    void enrolLaptop()
    {
        auto coordinatorStore = kraj();
        auto laptopStore = laptop();
        Installation installation{laptopStore->replicaId(), jana, QStringLiteral("Jana – notebook")};
        EntityTable<Installation>::insert(coordinatorStore->recorder(), installation);
        Peers(*coordinatorStore)
            .trust(laptopStore->replicaId(), Keyring(*laptopStore).publicKey(), QStringLiteral("Jana – notebook"));
        test::merge(*coordinatorStore, *laptopStore);
        laptopStore->setRegionOwner(coordinatorStore->replicaId());
        laptopStore->setEnrolledWorker(jana);
        laptopStore->setCurrentWorker(jana);
    }

    // On Jana's laptop: an erasure of Věra (a request there) and a rename of Petr
    // (the region's data, which a laptop may not change); merged at the coordinator,
    // where both are refused.
    void refusedAtCoordinator()
    {
        auto laptopStore = laptop();
        laptopClock.advance(3'600'000);
        REQUIRE_FALSE(ClientRepository(*laptopStore).erase(vera));
        ChangeRecord rename;
        rename.entity = QStringLiteral("worker");
        rename.rowKey = petr.toRfc4122();
        rename.stamp = {laptopStore->recorder().clock().tick(), laptopStore->replicaId().toRfc4122()};
        rename.author = jana.toRfc4122();
        rename.op = ChangeRecord::Update;
        rename.fields.insert(QStringLiteral("name"), QStringLiteral("Petr Kočí st."));
        changelog::append(laptopStore->database(), rename);
        auto coordinatorStore = kraj();
        test::merge(*laptopStore, *coordinatorStore);
        REQUIRE(RefusedChanges(*coordinatorStore).list().size() == 2);
    }
};

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// Types `text` key by key, Czech letters too (QTest::keyClicks takes ASCII only).
void type(QWidget *widget, const QString &text)
{
    for (const QChar character : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(character), Qt::NoModifier);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    type(edit, text);
}

void click(QAbstractButton *button)
{
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// The row of the form a widget is on (-1 when it is not on the form).
int formRow(QDialog *dialog, QWidget *widget)
{
    int row = -1;
    QFormLayout::ItemRole role;
    dialog->findChild<QFormLayout *>()->getWidgetPosition(widget, &row, &role);
    return row;
}

QLabel *errorLabel(QDialog *dialog)
{
    return dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
}

// The form's message is shown right under the field it is about.
void requireErrorUnder(EditDialog *form, QWidget *field, const std::string &contains)
{
    QLabel *error = errorLabel(form);
    INFO(form->errorText().toStdString());
    REQUIRE(form->isVisible());
    CHECK_THAT(form->errorText().toStdString(), Catch::Contains(contains));
    CHECK(formRow(form, error) == formRow(form, field) + 1);
    // The cursor is in that field (the window's focus, active or not).
    CHECK(field->window()->focusWidget() == field);
}

// Deletes the forms closed (they delete themselves once events are processed).
void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// Ticks or unticks a box as the space bar does.
void toggle(QCheckBox *box)
{
    REQUIRE(box);
    QTest::keyClick(box, Qt::Key_Space);
}

QStringList column(QTreeWidget *list, int column)
{
    QStringList texts;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        texts.append(list->topLevelItem(row)->text(column));
    return texts;
}

bool selectRow(QTreeWidget *list, int column, const QString &text)
{
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        if (list->topLevelItem(row)->text(column) == text) {
            list->setCurrentItem(list->topLevelItem(row));
            return true;
        }
    }
    return false;
}

void cooperate(Store &store, const QUuid &client, const QDate &from, const QDate &to)
{
    Cooperation cooperation;
    cooperation.clientId = client;
    cooperation.startOn = from;
    cooperation.endOn = to;
    if (to.isValid())
        cooperation.endReason = QStringLiteral("goals_met");
    CooperationRepository(store).create(cooperation);
}

} // namespace

TEST_CASE("The welcome offers setting up a region and joining one", "[ui][region]")
{
    WelcomeDialog welcome;
    welcome.show();
    QPushButton *setUp = welcome.findChild<QPushButton *>(QStringLiteral("welcomeSetUp"));
    QPushButton *join = welcome.findChild<QPushButton *>(QStringLiteral("welcomeJoin"));
    REQUIRE(setUp);
    REQUIRE(join);
    CHECK(setUp->text().contains(u"Set up a new region"));
    CHECK(join->text().contains(u"Join a region with an enrolment file"));
    click(join);
    CHECK(welcome.result() == WelcomeDialog::JoinRegion);

    // Joining makes a new file and goes on to the enrolment bundle.
    QTemporaryDir dir;
    MainWindow window;
    test::answerNewPassphrases(window);
    JoinRegionDialog *dialog = window.joinNewRegion(dir.filePath(QStringLiteral("jana")));
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(QFile::exists(dir.filePath(QStringLiteral("jana.sqlite"))));
    CHECK(window.store() != nullptr);
    // The laptop's file is encrypted under the passphrase asked for.
    CHECK(Store::isEncrypted(dir.filePath(QStringLiteral("jana.sqlite"))));
}

TEST_CASE("Setting up a region with the wizard: each page says what is missing, the file is encrypted, the "
          "recovery key is shown once, and the file opens",
          "[ui][region]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    RegionSetupWizard *wizard = window.setUpRegion();
    REQUIRE(wizard);
    REQUIRE(wizard->isVisible());
    QAbstractButton *next = wizard->button(QWizard::NextButton);

    // The file.
    CHECK(wizard->currentId() == RegionSetupWizard::FilePage);
    click(next);
    CHECK(wizard->currentId() == RegionSetupWizard::FilePage);
    CHECK(wizard->errorText(QStringLiteral("file")) == u"Choose where to save the region's file.");
    type(wizard->fileEdit(), dir.filePath(QStringLiteral("karlovarsky-kraj")));
    click(next);
    REQUIRE(wizard->currentId() == RegionSetupWizard::PassphrasePage);

    // The passphrase: a weak one is refused beside the field as it is typed, two
    // that differ beside the second.
    NewPassphraseFields *passphrase = wizard->passphraseFields();
    type(passphrase->passphraseEdit(), QStringLiteral("heslo2024"));
    CHECK(passphrase->problemText().contains(u"at least 10 characters"));
    type(passphrase->passphraseEdit(), QStringLiteral("!"));
    CHECK(passphrase->problemText().contains(u"among the ones people choose most often"));
    click(next);
    CHECK(wizard->currentId() == RegionSetupWizard::PassphrasePage);
    CHECK(wizard->focusWidget() == passphrase->passphraseEdit());
    typeInto(passphrase->passphraseEdit(), QStringLiteral("kraj pod Krušnými horami"));
    CHECK(passphrase->problemText().isEmpty());
    type(passphrase->repeatEdit(), QStringLiteral("kraj pod Krušnými hor"));
    CHECK(passphrase->mismatchText().isEmpty()); // still typing the same
    type(passphrase->repeatEdit(), QStringLiteral("y"));
    CHECK(passphrase->mismatchText().contains(u"differ"));
    click(next);
    CHECK(wizard->currentId() == RegionSetupWizard::PassphrasePage);
    QTest::keyClick(passphrase->repeatEdit(), Qt::Key_Backspace);
    type(passphrase->repeatEdit(), QStringLiteral("ami"));
    CHECK(passphrase->mismatchText().isEmpty());
    click(next);
    REQUIRE(wizard->currentId() == RegionSetupWizard::RegionPage);

    // The region's name is missing.
    type(wizard->coordinatorEdit(), QStringLiteral("Marie Koordinátorová"));
    click(next);
    CHECK(wizard->currentId() == RegionSetupWizard::RegionPage);
    CHECK(wizard->errorText(QStringLiteral("region")).contains(u"Write the region's name"));
    CHECK(wizard->errorText(QStringLiteral("coordinator")).isEmpty());
    CHECK(wizard->focusWidget() == wizard->regionEdit());
    type(wizard->regionEdit(), QStringLiteral("Karlovarský kraj"));
    click(next);
    REQUIRE(wizard->currentId() == RegionSetupWizard::ProvidersPage);

    // No provider yet, then one with an IČO whose checksum is wrong.
    click(next);
    CHECK(wizard->currentId() == RegionSetupWizard::ProvidersPage);
    CHECK(wizard->errorText(QStringLiteral("name")) == u"Name at least one provider of the services.");
    type(wizard->providerNameEdit(), QStringLiteral("Člověk v tísni"));
    type(wizard->icoEdit(), QStringLiteral("25755278"));
    REQUIRE_FALSE(Codes::isValidIco(QStringLiteral("25755278")));
    toggle(wizard->serviceBox(QStringLiteral("field_programmes")));
    click(next);
    CHECK(wizard->currentId() == RegionSetupWizard::ProvidersPage);
    CHECK(wizard->errorText(QStringLiteral("ico")).startsWith(u"\"25755278\" is not a valid IČO"));
    CHECK(wizard->focusWidget() == wizard->icoEdit());
    QTest::keyClick(wizard->icoEdit(), Qt::Key_Backspace);
    QTest::keyClick(wizard->icoEdit(), Qt::Key_7);
    click(wizard->addProviderButton());
    CHECK(wizard->errorText(QStringLiteral("ico")).isEmpty());
    REQUIRE(wizard->providerList()->topLevelItemCount() == 1);
    CHECK(wizard->providerList()->topLevelItem(0)->text(1) == u"25755277");
    CHECK(wizard->providerList()->topLevelItem(0)->text(2) == u"Field programmes");
    // A second one typed and not added is added by Next.
    type(wizard->providerNameEdit(), QStringLiteral("Romodrom"));
    click(next);
    REQUIRE(wizard->currentId() == RegionSetupWizard::FinishPage);
    CHECK(wizard->providerList()->topLevelItemCount() == 2);

    // The coordinator works for the first.
    QComboBox *provider = wizard->coordinatorProviderBox();
    provider->setCurrentIndex(provider->findText(QStringLiteral("Člověk v tísni")));
    CHECK(wizard->findChild<QLabel *>(QStringLiteral("summary"))->text().contains(u"2 providers"));
    click(wizard->button(QWizard::CommitButton));

    // The recovery key, once: no way back, no Cancel, and no Finish until it is kept.
    const QString file = dir.filePath(QStringLiteral("karlovarsky-kraj.sqlite"));
    REQUIRE(wizard->currentId() == RegionSetupWizard::KeyPage);
    CHECK(Store::isEncrypted(file));
    CHECK_FALSE(wizard->button(QWizard::BackButton)->isEnabled());
    CHECK_FALSE(wizard->button(QWizard::CancelButton)->isVisible());
    CHECK_FALSE(wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::keyClick(wizard, Qt::Key_Escape);
    CHECK(wizard->isVisible());
    const QString shownKey = wizard->keyPage()->findChild<QLabel *>(QStringLiteral("recoveryKey"))->text();
    CHECK(shownKey.size() > 50);
    CHECK(wizard->keyPage()->findChild<QPushButton *>(QStringLiteral("printRecoveryKey"))->isVisible());
    // Print… puts it on paper (here a PDF) with what it opens.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("key.pdf")));
    wizard->keyPage()->printTo(&printer);
    CHECK(QFileInfo(dir.filePath(QStringLiteral("key.pdf"))).size() > 1000);
    toggle(wizard->keyPage()->keptBox());
    click(wizard->button(QWizard::FinishButton));

    REQUIRE(window.store());
    CHECK(window.store()->database().path() == file);
    Store &store = *window.store();
    CHECK(RegionSetup::hasRegion(store));
    CHECK(RegionAccess::isCoordinator(store));
    REQUIRE(DirectoryRepository(store).regions().size() == 1);
    CHECK(DirectoryRepository(store).regions().first().name == u"Karlovarský kraj");
    QList<Provider> providers = ProviderRepository(store).all();
    REQUIRE(providers.size() == 2);
    if (providers.at(0).name != u"Člověk v tísni")
        providers.swapItemsAt(0, 1);
    CHECK(providers.at(0).name == u"Člověk v tísni");
    CHECK(providers.at(0).ico == u"25755277");
    CHECK(providers.at(0).services == QStringList{QStringLiteral("field_programmes")});
    CHECK(providers.at(1).name == u"Romodrom");
    const std::optional<Worker> me = DirectoryRepository(store).worker(store.currentWorker());
    REQUIRE(me);
    CHECK(me->name == u"Marie Koordinátorová");
    CHECK(me->role == u"coordinator");
    CHECK(me->providerId == providers.at(0).id);
    CHECK(window.regionMenu()->menu()->isEnabled());

    // The key as shown opens the file, once the window has let go of it.
    window.close();
    REQUIRE(window.lock());
    REQUIRE(window.store() == nullptr);
    StoreOptions withKey;
    withKey.recoveryKey = shownKey;
    auto opened = Store::open(file, withKey);
    CHECK(DirectoryRepository(*opened).regions().first().name == u"Karlovarský kraj");
}

TEST_CASE("Workers: add, a missing name beside its field, edit, undo", "[ui][region]")
{
    KarlovyVary region;
    CaseSession session(region.kraj());
    WorkersDialog dialog(session);
    dialog.show();
    QTreeWidget *list = dialog.list();
    CHECK_FALSE(dialog.isReadOnly());
    CHECK(dialog.readOnlyNotice()->isHidden());
    CHECK(column(list, 0) == QStringList{QStringLiteral("Jana Dvořáková"), QStringLiteral("Marie Koordinátorová"),
                                         QStringLiteral("Petr Kočí")});

    click(dialog.addButton());
    auto *form = qobject_cast<WorkerForm *>(dialog.form());
    REQUIRE(form);
    click(okButton(form));
    requireErrorUnder(form, form->nameEdit(), "name");
    type(form->nameEdit(), QStringLiteral("Lucie Nová"));
    form->providerBox()->setCurrentIndex(form->providerBox()->findText(QStringLiteral("Člověk v tísni")));
    click(okButton(form));
    settle();
    CHECK(dialog.form() == nullptr);
    CHECK(list->currentItem()->text(0) == u"Lucie Nová");
    CHECK(list->currentItem()->text(1) == u"Člověk v tísni");
    CHECK(list->currentItem()->text(2) == u"Field worker");

    // The same name at the same provider is refused, beside the name.
    REQUIRE(selectRow(list, 0, QStringLiteral("Petr Kočí")));
    click(dialog.editButton());
    form = qobject_cast<WorkerForm *>(dialog.form());
    REQUIRE(form);
    typeInto(form->nameEdit(), QStringLiteral("lucie nová"));
    click(okButton(form));
    requireErrorUnder(form, form->nameEdit(), "already has a worker called");
    typeInto(form->nameEdit(), QStringLiteral("Petr Kočí ml."));
    form->roleBox()->setCurrentIndex(form->roleBox()->findData(QStringLiteral("coordinator")));
    click(okButton(form));
    CHECK(column(list, 0).contains(QStringLiteral("Petr Kočí ml.")));
    CHECK(list->currentItem()->text(2) == u"Coordinator");

    // Undo, one edit at a time, shows in the list at once.
    CHECK(session.undoStack()->undoText() == u"Edit worker");
    session.undoStack()->undo();
    CHECK(column(list, 0).contains(QStringLiteral("Petr Kočí")));
    session.undoStack()->undo();
    CHECK_FALSE(column(list, 0).contains(QStringLiteral("Lucie Nová")));
}

TEST_CASE("Providers: an invalid IČO is refused beside it, then add, edit, undo", "[ui][region]")
{
    KarlovyVary region;
    CaseSession session(region.kraj());
    ProvidersDialog dialog(session);
    dialog.show();
    QTreeWidget *list = dialog.list();
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(2) == u"Field programmes, social counselling");

    click(dialog.addButton());
    auto *form = qobject_cast<ProviderForm *>(dialog.form());
    REQUIRE(form);
    type(form->nameEdit(), QStringLiteral("Romodrom"));
    type(form->icoEdit(), QStringLiteral("12345678"));
    toggle(form->serviceBox(QStringLiteral("nzdm")));
    click(okButton(form));
    requireErrorUnder(form, form->icoEdit(), "not a valid IČO");
    typeInto(form->icoEdit(), QStringLiteral("68405588"));
    REQUIRE(Codes::isValidIco(QStringLiteral("68405588")));
    click(okButton(form));
    settle();
    CHECK(dialog.form() == nullptr);
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->currentItem()->text(0) == u"Romodrom");
    CHECK(list->currentItem()->text(1) == u"68405588");
    CHECK(list->currentItem()->text(2) == u"Low-threshold facility for children and youth");

    click(dialog.editButton());
    form = qobject_cast<ProviderForm *>(dialog.form());
    REQUIRE(form);
    typeInto(form->nameEdit(), QStringLiteral("Romodrom o.p.s."));
    click(okButton(form));
    CHECK(list->currentItem()->text(0) == u"Romodrom o.p.s.");
    session.undoStack()->undo();
    CHECK(column(list, 0).contains(QStringLiteral("Romodrom")));
    session.undoStack()->undo();
    CHECK(list->topLevelItemCount() == 1);
}

TEST_CASE("Localities: a missing municipality is refused beside it, then add, edit, undo", "[ui][region]")
{
    KarlovyVary region;
    CaseSession session(region.kraj());
    LocalitiesDialog dialog(session);
    dialog.show();
    QTreeWidget *list = dialog.list();
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(4) == u"Excluded locality");
    CHECK(list->topLevelItem(0)->text(5) == u"450");

    click(dialog.addButton());
    auto *form = qobject_cast<LocalityForm *>(dialog.form());
    REQUIRE(form);
    type(form->codeEdit(), QStringLiteral("SO-02"));
    type(form->nameEdit(), QStringLiteral("Sokolov – Vítkov"));
    click(okButton(form));
    requireErrorUnder(form, form->municipalityEdit(), "municipality");
    type(form->municipalityEdit(), QStringLiteral("Sokolov"));
    type(form->districtEdit(), QStringLiteral("Sokolov"));
    form->kindBox()->setCurrentIndex(form->kindBox()->findData(QStringLiteral("town")));
    form->residentsBox()->setValue(120);
    click(okButton(form));
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->currentItem()->text(0) == u"SO-02");
    CHECK(list->currentItem()->text(4) == u"Town");
    CHECK(list->currentItem()->text(5) == u"120");

    // A code that exists is refused beside the code.
    click(dialog.editButton());
    form = qobject_cast<LocalityForm *>(dialog.form());
    REQUIRE(form);
    typeInto(form->codeEdit(), QStringLiteral("KV-01"));
    click(okButton(form));
    requireErrorUnder(form, form->codeEdit(), "already exists");
    typeInto(form->codeEdit(), QStringLiteral("SO-03"));
    form->residentsBox()->setValue(-1); // not known
    click(okButton(form));
    CHECK(list->currentItem()->text(0) == u"SO-03");
    CHECK(list->currentItem()->text(5).isEmpty());
    session.undoStack()->undo();
    CHECK(column(list, 0).contains(QStringLiteral("SO-02")));
    session.undoStack()->undo();
    CHECK(list->topLevelItemCount() == 1);
}

TEST_CASE("Codelists: add a code, a bad code beside it, relabel, retire and bring back, undo", "[ui][region]")
{
    KarlovyVary region;
    CaseSession session(region.kraj());
    CodelistsDialog dialog(session);
    dialog.show();
    QTreeWidget *list = dialog.list();
    CHECK(column(list, 0).contains(QStringLiteral("counselling")));

    click(dialog.addButton());
    auto *form = qobject_cast<CodeForm *>(dialog.form());
    REQUIRE(form);
    type(form->codeEdit(), QStringLiteral("Debt advice"));
    type(form->czechEdit(), QStringLiteral("Dluhové poradenství"));
    type(form->englishEdit(), QStringLiteral("Debt advice"));
    click(okButton(form));
    requireErrorUnder(form, form->codeEdit(), "cannot be a code");
    typeInto(form->codeEdit(), QStringLiteral("debt_advice"));
    click(okButton(form));
    CHECK(list->currentItem()->text(0) == u"debt_advice");
    CHECK(list->currentItem()->text(1) == u"Dluhové poradenství");
    CHECK(list->currentItem()->text(3) == u"in use");
    CHECK(session.store().codelists().isInterventionType(QStringLiteral("debt_advice")));

    // Retired: grey, and back again.
    const QColor normal = list->currentItem()->foreground(0).color();
    REQUIRE(dialog.retireButton()->text() == u"&Retire");
    click(dialog.retireButton());
    CHECK(list->currentItem()->text(0) == u"debt_advice");
    CHECK(list->currentItem()->text(3) == u"retired");
    CHECK(list->currentItem()->foreground(0).color() == list->palette().color(QPalette::Disabled, QPalette::Text));
    CHECK(dialog.retireButton()->text() == u"&Bring back");
    click(dialog.retireButton());
    CHECK(list->currentItem()->text(3) == u"in use");
    CHECK(list->currentItem()->foreground(0).color() == normal);

    // Outcomes are per need area; the need areas themselves are fixed.
    dialog.showList(CodelistsDialog::Outcomes, QStringLiteral("debts"));
    CHECK(dialog.areaBox()->isVisible());
    CHECK(column(list, 0).contains(QStringLiteral("insolvency")));
    REQUIRE(selectRow(list, 0, QStringLiteral("insolvency")));
    click(dialog.editButton());
    form = qobject_cast<CodeForm *>(dialog.form());
    REQUIRE(form);
    CHECK(form->codeEdit()->isReadOnly());
    typeInto(form->englishEdit(), QString());
    click(okButton(form));
    requireErrorUnder(form, form->englishEdit(), "English label is missing");
    typeInto(form->englishEdit(), QStringLiteral("Insolvency granted"));
    click(okButton(form));
    CHECK(list->currentItem()->text(2) == u"Insolvency granted");
    dialog.showList(CodelistsDialog::NeedAreas);
    CHECK(column(list, 0).contains(QStringLiteral("housing")));
    CHECK_FALSE(dialog.addButton()->isEnabled());
    CHECK_FALSE(dialog.editButton()->isEnabled());
    CHECK_FALSE(dialog.retireButton()->isEnabled());

    // Undo: the label, then the bringing back, the retirement and the new code.
    session.undoStack()->undo();
    dialog.showList(CodelistsDialog::Outcomes, QStringLiteral("debts"));
    REQUIRE(selectRow(list, 0, QStringLiteral("insolvency")));
    CHECK(list->currentItem()->text(2) != u"Insolvency granted");
    for (int step = 0; step < 3; ++step)
        session.undoStack()->undo();
    dialog.showList(CodelistsDialog::InterventionTypes);
    CHECK_FALSE(column(list, 0).contains(QStringLiteral("debt_advice")));
}

TEST_CASE("Retiring a worker with clients is refused until they are handed over in the same dialog",
          "[ui][region]")
{
    KarlovyVary region;
    CaseSession session(region.kraj());
    WorkersDialog dialog(session);
    dialog.show();
    REQUIRE(dialog.select(region.jana));
    CHECK(dialog.list()->currentItem()->text(5) == u"2");
    click(dialog.retireButton());
    auto *retire = qobject_cast<RetireWorkerDialog *>(dialog.form());
    REQUIRE(retire);
    CHECK(retire->clientsLabel()->text().contains(u"still has 2 clients"));
    retire->lastDayEdit()->setDate(QDate(2026, 11, 30));
    click(okButton(retire));
    requireErrorUnder(retire, retire->lastDayEdit(), "Jana Dvořáková still has 2 clients; hand them over");
    CHECK_FALSE(WorkerRepository(session.store()).find(region.jana)->activeTo.isValid());

    // Hand them over to Petr, then retire.
    click(retire->handOverButton());
    CHECK(retire->errorText().contains(u"Choose the worker"));
    retire->successorBox()->setCurrentIndex(retire->successorBox()->findText(QStringLiteral("Petr Kočí")));
    click(retire->handOverButton());
    CHECK(retire->errorText().isEmpty());
    CHECK(retire->clientsLabel()->text() == u"Jana Dvořáková has no clients left.");
    CHECK(ClientRepository(session.store()).assignedTo(region.petr).size() == 3);
    click(okButton(retire));
    settle();
    CHECK(dialog.form() == nullptr);
    CHECK(WorkerRepository(session.store()).find(region.jana)->activeTo == QDate(2026, 11, 30));
    REQUIRE(dialog.select(region.jana));
    CHECK(dialog.list()->currentItem()->text(4) == Formats::shortDate(QDate(2026, 11, 30)));
    CHECK(dialog.list()->currentItem()->text(5) == u"0");
    CHECK_FALSE(dialog.retireButton()->isEnabled());

    // Two edits: the retirement, then the hand-over, undone one by one.
    session.undoStack()->undo();
    CHECK_FALSE(WorkerRepository(session.store()).find(region.jana)->activeTo.isValid());
    session.undoStack()->undo();
    CHECK(ClientRepository(session.store()).assignedTo(region.jana).size() == 2);
    CHECK(dialog.list()->currentItem()->text(5) == u"2");

    // All of one worker's clients, from the Workers dialog.
    HandOverDialog *handOver = dialog.handOverAll();
    REQUIRE(handOver);
    CHECK(handOver->workerBox()->findText(QStringLiteral("Jana Dvořáková")) < 0);
    click(okButton(handOver));
    requireErrorUnder(handOver, handOver->workerBox(), "Choose the worker");
    REQUIRE(handOver->chooseWorker(QStringLiteral("Marie Koordinátorová")));
    click(okButton(handOver));
    CHECK(ClientRepository(session.store()).assignedTo(region.coordinator).size() == 2);
}

TEST_CASE("Clients chosen in the list are handed over in one undoable edit", "[ui][region]")
{
    KarlovyVary region;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(region.coordinatorPath));
    QTableView *view = window.clientView();
    CHECK(view->selectionMode() == QAbstractItemView::ExtendedSelection);
    const auto rowOf = [&](const QUuid &id) {
        return window.clientList()->model()->indexOf(id);
    };
    // Věra, then Ota with Ctrl.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(rowOf(region.vera)).center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      view->visualRect(rowOf(region.ota)).center());
    const QList<QUuid> chosen = window.clientList()->selectedClients();
    CHECK(chosen.size() == 2);
    CHECK(chosen.contains(region.vera));
    CHECK(chosen.contains(region.ota));
    REQUIRE(window.handOverAction()->isEnabled());
    window.handOverAction()->trigger();
    auto *dialog = window.findChild<HandOverDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->windowTitle() == u"Hand over 2 clients");
    REQUIRE(dialog->chooseWorker(QStringLiteral("Petr Kočí")));
    click(okButton(dialog));
    Store &store = *window.store();
    CHECK(ClientRepository(store).find(region.vera)->workerId == region.petr);
    CHECK(ClientRepository(store).find(region.ota)->workerId == region.petr);

    // The list follows: filtered to Petr's clients it shows all three.
    auto *workerFilter = window.clientList()->findChild<QComboBox *>(QStringLiteral("workerFilter"));
    workerFilter->setCurrentIndex(workerFilter->findText(QStringLiteral("Petr Kočí")));
    CHECK(view->model()->rowCount() == 3);
    window.session()->undoStack()->undo();
    CHECK(ClientRepository(store).find(region.vera)->workerId == region.jana);
    CHECK(ClientRepository(store).find(region.ota)->workerId == region.jana);
    CHECK(view->model()->rowCount() == 1);
}

TEST_CASE("The coordinator reviews refused changes and accepts an erasure request", "[ui][region]")
{
    KarlovyVary region;
    region.enrolLaptop();
    region.refusedAtCoordinator();
    MainWindow window;
    window.show();
    QStringList questions;
    bool answer = false;
    window.setConfirmHandler([&](const QString &question) {
        questions.append(question);
        return answer;
    });
    REQUIRE(window.openDatabase(region.coordinatorPath));
    CHECK(window.clientView()->model()->rowCount() == 3);
    RefusedChangesDialog *dialog = window.syncMenu()->refusedChanges();
    REQUIRE(dialog);
    QTreeWidget *list = dialog->list();
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(column(list, 1) == QStringList{QStringLiteral("Jana – notebook"), QStringLiteral("Jana – notebook")});
    CHECK(column(list, 2) == QStringList{QStringLiteral("Jana Dvořáková"), QStringLiteral("Jana Dvořáková")});
    const QStringList what = column(list, 4);
    CHECK(what.contains(QStringLiteral("Erasure requested by Jana Dvořáková")));
    CHECK(what.contains(QStringLiteral("worker: name")));
    CHECK(column(list, 5).contains(QStringLiteral("an erasure waits for the coordinator's confirmation")));

    REQUIRE(selectRow(list, 4, QStringLiteral("Erasure requested by Jana Dvořáková")));
    CHECK(list->currentItem()->text(3) == u"Horváthová Věra");
    CHECK(dialog->acceptButton()->text() == u"&Confirm the erasure…");
    // Cancelled: nothing happens.
    click(dialog->acceptButton());
    REQUIRE(questions.size() == 1);
    CHECK(questions.first().contains(u"Erase Horváthová Věra for good, as Jana Dvořáková asked?"));
    CHECK(questions.first().contains(u"cannot be undone"));
    CHECK(list->topLevelItemCount() == 2);
    answer = true;
    click(dialog->acceptButton());
    CHECK(list->topLevelItemCount() == 1);
    CHECK(dialog->status()->text() == u"Horváthová Věra was erased.");
    CHECK(window.clientView()->model()->rowCount() == 2);
    CHECK(window.session()->undoStack()->count() == 0);

    // The rename stays refused until accepted too.
    REQUIRE(list->currentItem());
    CHECK(dialog->acceptButton()->text() == u"&Accept…");
    click(dialog->acceptButton());
    CHECK(questions.last().contains(u"Accepting cannot be undone."));
    CHECK(list->topLevelItemCount() == 0);
    CHECK(DirectoryRepository(*window.store()).worker(region.petr)->name == u"Petr Kočí st.");
}

TEST_CASE("On an enrolled laptop: no I am…, read-only region dialogs, no review, an erasure is a request",
          "[ui][region]")
{
    KarlovyVary region;
    region.enrolLaptop();
    {
        MainWindow window;
        REQUIRE(window.openDatabase(region.coordinatorPath));
        CHECK(window.workerMenu()->menuAction()->isVisible());
        CHECK(window.syncMenu()->refusedChanges() != nullptr);
    }
    MainWindow window;
    window.show();
    QStringList told;
    window.setInformHandler([&](const QString &message) { told.append(message); });
    window.setConfirmHandler([](const QString &) { return true; });
    REQUIRE(window.openDatabase(region.laptopPath));
    CHECK_FALSE(window.workerMenu()->menuAction()->isVisible());
    CHECK(window.findChild<QLabel *>(QStringLiteral("workerStatus"))->text().contains(u"Jana Dvořáková"));
    CHECK(window.syncMenu()->refusedChanges() == nullptr);
    CHECK_FALSE(window.handOverAction()->isEnabled());

    WorkersDialog *workers = window.regionMenu()->workers();
    REQUIRE(workers);
    CHECK(workers->isReadOnly());
    CHECK(workers->readOnlyNotice()->isVisible());
    CHECK(workers->readOnlyNotice()->text().contains(u"this laptop works as Jana Dvořáková"));
    CHECK_FALSE(workers->addButton()->isEnabled());
    CHECK_FALSE(workers->editButton()->isEnabled());
    CHECK_FALSE(workers->retireButton()->isEnabled());
    CHECK(workers->list()->topLevelItemCount() == 3);
    workers->close();
    CodelistsDialog *codelists = window.regionMenu()->codelists();
    CHECK(codelists->isReadOnly());
    CHECK_FALSE(codelists->retireButton()->isEnabled());
    codelists->close();

    // Erasing Věra records a request; she stays.
    window.clientList()->selectClient(region.vera);
    window.card()->showClient(region.vera);
    CHECK_FALSE(window.eraseCurrentClient());
    REQUIRE(told.size() == 1);
    CHECK(told.first().contains(u"waits for the coordinator's confirmation"));
    CHECK(ClientRepository(*window.store()).find(region.vera)->givenName == u"Věra");
    CHECK(window.clientList()->model()->indexOf(region.vera).isValid());
}

TEST_CASE("A retired outcome is no longer offered when a need is closed", "[ui][region]")
{
    KarlovyVary region;
    CaseSession session(region.kraj());
    Need need;
    need.clientId = region.vera;
    need.area = QStringLiteral("debts");
    need.identifiedOn = QDate(2026, 10, 1);
    need = NeedRepository(session.store()).create(need);
    CodelistsDialog codelists(session);
    codelists.showList(CodelistsDialog::Outcomes, QStringLiteral("debts"));
    REQUIRE(selectRow(codelists.list(), 0, QStringLiteral("insolvency")));
    click(codelists.retireButton());

    CloseNeedDialog close(session, need);
    auto *outcome = close.findChild<QComboBox *>(QStringLiteral("outcome"));
    REQUIRE(outcome);
    CHECK(outcome->findData(QStringLiteral("insolvency")) < 0);
    CHECK(outcome->findData(QStringLiteral("debt_cleared")) >= 0);
}

// Renders the region's screenshots of the README; hidden from CTest, see test_screenshots.cpp.
TEST_CASE("Documentation screenshots of the region's set-up and records", "[.docs]")
{
    const QString outDir = qEnvironmentVariable("TEREN_SCREENSHOT_DIR", QStringLiteral("/tmp/teren-screenshots"));
    QDir().mkpath(outDir);
    KarlovyVary region;
    {
        auto kraj = region.kraj();
        Provider romodrom;
        romodrom.regionId = region.region;
        romodrom.name = QStringLiteral("Romodrom o.p.s.");
        romodrom.ico = QStringLiteral("68405588");
        romodrom.services = {QStringLiteral("field_programmes"), QStringLiteral("sas")};
        const QUuid other = ProviderRepository(*kraj).add(romodrom).id;
        Provider light;
        light.regionId = region.region;
        light.name = QStringLiteral("Světlo Kadaň z.s.");
        light.services = {QStringLiteral("nzdm"), QStringLiteral("social_counselling")};
        ProviderRepository(*kraj).add(light);
        WorkerRepository workers(*kraj);
        Worker worker;
        worker.providerId = other;
        worker.activeFrom = QDate(2025, 3, 1);
        worker.name = QStringLiteral("Lucie Horáková");
        workers.add(worker);
        worker.name = QStringLiteral("Tomáš Kováč");
        const QUuid tomas = workers.add(worker).id;
        workers.retire(tomas, QDate(2026, 6, 30));
        const QList<std::tuple<QString, QString, QString, QString, int>> places = {
            {QStringLiteral("KV-02"), QStringLiteral("Karlovy Vary – Tuhnice"), QStringLiteral("Karlovy Vary"),
             QStringLiteral("town"), 0},
            {QStringLiteral("SO-01"), QStringLiteral("Sokolov – Vítkov"), QStringLiteral("Sokolov"),
             QStringLiteral("excluded_locality"), 320},
            {QStringLiteral("CH-01"), QStringLiteral("Cheb – Skalka"), QStringLiteral("Cheb"),
             QStringLiteral("excluded_locality"), 180},
            {QStringLiteral("SO-07"), QStringLiteral("Kraslice"), QStringLiteral("Sokolov"), QStringLiteral("village"),
             -1},
        };
        for (const auto &[code, name, district, kind, residents] : places) {
            Locality place;
            place.regionId = region.region;
            place.code = code;
            place.name = name;
            place.municipality = name.section(QStringLiteral(" – "), 0, 0);
            place.district = district;
            place.kind = kind;
            if (residents > 0)
                place.residents = residents;
            LocalityRepository(*kraj).add(place);
        }
        CodelistEditor codes(*kraj);
        codes.add(CodelistEditor::List::Outcome, QStringLiteral("debt_relief_filed"),
                  QStringLiteral("Podán návrh na oddlužení"), QStringLiteral("Debt relief petition filed"),
                  QStringLiteral("debts"));
        codes.setRetired(CodelistEditor::List::Outcome, QStringLiteral("insolvency"), true, QStringLiteral("debts"));
    }
    region.enrolLaptop();
    region.refusedAtCoordinator();

    MainWindow window;
    REQUIRE(window.openDatabase(region.coordinatorPath));
    const QString documents = region.dir.filePath(QStringLiteral("Dokumenty"));
    QDir().mkpath(documents);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("cs")}) {
        window.switchLanguage(language);
        QCoreApplication::processEvents();
        const auto save = [&](QWidget *widget, const QString &name) {
            QCoreApplication::processEvents();
            CHECK(widget->grab().save(QStringLiteral("%1/%2_%3.png").arg(outDir, name, language)));
        };

        RegionSetupWizard *wizard = window.setUpRegion();
        type(wizard->fileEdit(), documents + QStringLiteral("/karlovarsky-kraj"));
        click(wizard->button(QWizard::NextButton));
        type(wizard->passphraseFields()->passphraseEdit(), test::windowPassphrase());
        type(wizard->passphraseFields()->repeatEdit(), test::windowPassphrase());
        click(wizard->button(QWizard::NextButton));
        type(wizard->regionEdit(), QStringLiteral("Karlovarský kraj"));
        type(wizard->coordinatorEdit(), QStringLiteral("Marie Koordinátorová"));
        click(wizard->button(QWizard::NextButton));
        type(wizard->providerNameEdit(), QStringLiteral("Člověk v tísni, o.p.s."));
        type(wizard->icoEdit(), QStringLiteral("25755277"));
        toggle(wizard->serviceBox(QStringLiteral("field_programmes")));
        toggle(wizard->serviceBox(QStringLiteral("social_counselling")));
        click(wizard->addProviderButton());
        type(wizard->providerNameEdit(), QStringLiteral("Romodrom o.p.s."));
        type(wizard->icoEdit(), QStringLiteral("68405589"));
        toggle(wizard->serviceBox(QStringLiteral("sas")));
        click(wizard->addProviderButton());
        save(wizard, QStringLiteral("region_wizard"));
        typeInto(wizard->icoEdit(), QStringLiteral("68405588"));
        click(wizard->button(QWizard::NextButton));
        wizard->coordinatorProviderBox()->setCurrentIndex(1);
        save(wizard, QStringLiteral("region_wizard_finish"));
        wizard->reject();

        WorkersDialog *workers = window.regionMenu()->workers();
        workers->select(region.jana);
        save(workers, QStringLiteral("region_workers"));
        RetireWorkerDialog *retire = workers->retire();
        click(okButton(retire));
        save(retire, QStringLiteral("region_retire"));
        retire->reject();
        workers->close();

        ProvidersDialog *providers = window.regionMenu()->providers();
        save(providers, QStringLiteral("region_providers"));
        providers->close();
        LocalitiesDialog *localities = window.regionMenu()->localities();
        save(localities, QStringLiteral("region_localities"));
        localities->close();
        CodelistsDialog *codelists = window.regionMenu()->codelists();
        codelists->showList(CodelistsDialog::Outcomes, QStringLiteral("debts"));
        codelists->select(QStringLiteral("debt_relief_filed"));
        save(codelists, QStringLiteral("region_codelists"));
        codelists->close();

        RefusedChangesDialog *refused = window.syncMenu()->refusedChanges();
        save(refused, QStringLiteral("refused_changes"));
        refused->close();
        settle();
    }
    window.switchLanguage(QStringLiteral("en"));
}

TEST_CASE("Clients past retention are listed and anonymised after a confirmation that says it cannot be undone",
          "[ui][region][retention]")
{
    KarlovyVary region;
    {
        auto kraj = region.kraj();
        cooperate(*kraj, region.vera, QDate(2010, 3, 1), QDate(2012, 6, 30));
        // The window reads the computer's clock: Ota's cooperation ended ten years ago today.
        cooperate(*kraj, region.ota, QDate(2015, 1, 1), QDate::currentDate().addYears(-10));
        cooperate(*kraj, region.dana, QDate(2024, 1, 1), QDate());
    }
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(region.coordinatorPath));
    RetentionDialog *dialog = window.regionMenu()->retention();
    REQUIRE(dialog);
    QStringList asked;
    bool answer = false;
    dialog->setConfirm([&](const QString &question) {
        asked.append(question);
        return answer;
    });
    CHECK(dialog->yearsBox()->value() == 10);
    CHECK(column(dialog->list(), 0) == QStringList{QStringLiteral("Horváthová Věra")});
    CHECK(column(dialog->list(), 1) == QStringList{QStringLiteral("Rybáře")});
    CHECK(column(dialog->list(), 2) == QStringList{Formats::shortDate(QDate(2012, 6, 30))});
    CHECK(dialog->countLabel()->text() == u"1 client past retention.");
    CHECK_FALSE(dialog->anonymiseButton()->isEnabled());
    REQUIRE(selectRow(dialog->list(), 0, QStringLiteral("Horváthová Věra")));

    // Declined: nothing happens.
    click(dialog->anonymiseButton());
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().startsWith(QStringLiteral("Anonymise 1 client?")));
    CHECK(asked.first().contains(u"This cannot be undone"));
    CHECK(ClientRepository(*window.store()).find(region.vera)->familyName == u"Horváthová");

    answer = true;
    click(dialog->anonymiseButton());
    CHECK(asked.size() == 2);
    CHECK(dialog->list()->topLevelItemCount() == 0);
    CHECK(dialog->countLabel()->text() == u"0 clients past retention.");
    const std::optional<Client> vera = ClientRepository(*window.store()).find(region.vera);
    REQUIRE(vera);
    CHECK(vera->familyName.isEmpty());
    CHECK(vera->notes.isEmpty());
    CHECK_FALSE(window.clientList()->model()->indexOf(region.vera).isValid());
    CHECK(window.clientList()->model()->indexOf(region.ota).isValid());

    // A shorter period lists Ota, and the coordinator keeps it for the region.
    dialog->yearsBox()->setValue(9);
    CHECK(column(dialog->list(), 0) == QStringList{QStringLiteral("Balog Ota")});
    click(dialog->saveYearsButton());
    CHECK(dialog->errorLabel()->isHidden());
    CHECK(Retention(*window.store()).years() == 9);
    dialog->close();
    settle();
}

TEST_CASE("A field laptop's list of clients past retention is read-only", "[ui][region][retention]")
{
    KarlovyVary region;
    region.enrolLaptop();
    CaseSession session(region.laptop());
    RetentionDialog dialog(session);
    CHECK_FALSE(dialog.findChild<QLabel *>(QStringLiteral("retentionNotice"))->isHidden());
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("retentionNotice"))->text().startsWith(u"Read only"));
    CHECK_FALSE(dialog.saveYearsButton()->isEnabled());
    CHECK_FALSE(dialog.anonymiseButton()->isEnabled());
}
