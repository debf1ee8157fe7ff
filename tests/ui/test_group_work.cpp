// The contacts tab's further clients, the group activity and anonymous contact
// dialogs, and the list of a locality's group work, driven as a user would.
#include <catch2/catch.hpp>

#include "CaseSession.h"
#include "ClientChooser.h"
#include "ClientListPanel.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "card/ContactsTab.h"
#include "domain/Codes.h"
#include "groups/GroupWorkDialogs.h"
#include "groups/GroupWorkListDialog.h"
#include "groups/GroupWorkMenu.h"
#include "store/GroupWork.h"
#include "store/Repositories.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace teren;

namespace {

// Two clients of one locality and a third elsewhere, and a session over the store.
struct Caseload
{
    test::Fixture fixture;
    QUuid ruzena, jiri, eva;
    QUuid chodov, sokolov;
    std::unique_ptr<CaseSession> session;

    Caseload()
    {
        Store &store = fixture.store();
        DirectoryRepository directory(store);
        const QUuid region = directory.addRegion(Region{QUuid(), QStringLiteral("Karlovarský kraj")}).id;
        chodov = addLocality(directory, region, QStringLiteral("KV-01"), QStringLiteral("Růžová"));
        sokolov = addLocality(directory, region, QStringLiteral("KV-02"), QStringLiteral("Sokolov-sever"));
        ruzena = addClient(store, QStringLiteral("Růžena"), QStringLiteral("Horváthová"), chodov);
        jiri = addClient(store, QStringLiteral("Jiří"), QStringLiteral("Kotlár"), chodov);
        eva = addClient(store, QStringLiteral("Eva"), QStringLiteral("Dunková"), sokolov);
        session = std::make_unique<CaseSession>(fixture.takeStore());
    }

    static QUuid addLocality(DirectoryRepository &directory, const QUuid &region, const QString &code,
                             const QString &name)
    {
        Locality place;
        place.regionId = region;
        place.code = code;
        place.name = name;
        place.municipality = name;
        place.district = QStringLiteral("Sokolov");
        return directory.addLocality(place).id;
    }

    static QUuid addClient(Store &store, const QString &given, const QString &family, const QUuid &locality)
    {
        Client client;
        client.givenName = given;
        client.familyName = family;
        client.localityId = locality;
        return ClientRepository(store).create(client).id;
    }

    Store &store() { return session->store(); }
};

template<class T>
T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

void type(QWidget *editor, const QString &text)
{
    editor->setFocus(Qt::TabFocusReason);
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(editor, static_cast<char>(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, editor, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

void clickOk(QDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

TEST_CASE("A contact with further clients chosen in the contacts tab shows once in each client's log, and one undo "
          "takes it away",
          "[ui][contacts][groups]")
{
    Caseload caseload;
    ContactsTab tab;
    tab.setSession(caseload.session.get());
    tab.showClient(caseload.ruzena);
    tab.resize(900, 650);
    tab.show();
    QCoreApplication::processEvents();
    CHECK(child<QLabel>(tab, "chosenClients")->text() == u"nobody else");

    // The chooser: search "kot", tick Jiří Kotlár; Růžena herself is not offered.
    bool chooserSeen = false;
    QTimer::singleShot(0, [&] {
        auto *chooser = qobject_cast<ClientChooserDialog *>(QApplication::activeModalWidget());
        if (!chooser)
            return;
        chooserSeen = true;
        CHECK(chooser->list()->count() == 2);
        type(chooser->search(), QStringLiteral("kot"));
        QListWidgetItem *visible = nullptr;
        for (int row = 0; row < chooser->list()->count(); ++row) {
            if (!chooser->list()->item(row)->isHidden()) {
                CHECK_FALSE(visible);
                visible = chooser->list()->item(row);
            }
        }
        REQUIRE(visible);
        CHECK(visible->text() == u"Kotlár Jiří");
        visible->setCheckState(Qt::Checked);
        chooser->accept();
    });
    QTest::mouseClick(child<QPushButton>(tab, "chooseClients"), Qt::LeftButton);
    REQUIRE(chooserSeen);
    CHECK(child<QLabel>(tab, "chosenClients")->text() == u"Kotlár Jiří");

    type(child<QPlainTextEdit>(tab, "contactNote"), QStringLiteral("Návštěva rodiny"));
    QTest::mouseClick(child<QPushButton>(tab, "addContact"), Qt::LeftButton);
    const QList<Contact> ofRuzena = ContactRepository(caseload.store()).forClient(caseload.ruzena);
    REQUIRE(ofRuzena.size() == 1);
    CHECK(ofRuzena.first().otherClientIds == QList<QUuid>{caseload.jiri});
    CHECK(child<QLabel>(tab, "chosenClients")->text() == u"nobody else"); // ready for the next one
    auto *log = child<QTreeWidget>(tab, "contactLog");
    REQUIRE(log->topLevelItemCount() == 1);
    CHECK(log->topLevelItem(0)->text(5) == u"[with Kotlár Jiří] Návštěva rodiny");

    tab.showClient(caseload.jiri);
    QCoreApplication::processEvents();
    REQUIRE(log->topLevelItemCount() == 1);
    CHECK(log->topLevelItem(0)->text(5) == u"[with Horváthová Růžena] Návštěva rodiny");

    // Withdrawn from Jiří's card, only his link goes.
    log->setCurrentItem(log->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>(tab, "withdrawContact"), Qt::LeftButton);
    CHECK(ContactRepository(caseload.store()).forClient(caseload.jiri).isEmpty());
    CHECK(ContactRepository(caseload.store()).forClient(caseload.ruzena).size() == 1);
    CHECK(caseload.session->undoStack()->undoText() == u"Remove from contact");
    caseload.session->undoStack()->undo();
    CHECK(ContactRepository(caseload.store()).forClient(caseload.jiri).size() == 1);

    caseload.session->undoStack()->undo();
    CHECK(ContactRepository(caseload.store()).forClient(caseload.ruzena).isEmpty());
    CHECK(ContactRepository(caseload.store()).forClient(caseload.jiri).isEmpty());
    caseload.session->undoStack()->redo();
    CHECK(ContactRepository(caseload.store()).forClient(caseload.jiri).size() == 1);
}

TEST_CASE("A group activity recorded for chosen clients is refused inline when more are named than took part, and "
          "undone in one step",
          "[ui][groups]")
{
    Caseload caseload;
    GroupActivity preset;
    preset.localityId = caseload.chodov;
    preset.clientIds = {caseload.ruzena, caseload.jiri};
    preset.participants = 1;
    auto *dialog = new GroupActivityDialog(*caseload.session, preset);
    dialog->show();
    QCoreApplication::processEvents();
    auto *kind = child<QComboBox>(*dialog, "kind");
    CHECK(kind->count() == Codes::groupActivityKinds().size());
    kind->setCurrentIndex(kind->findData(QStringLiteral("catch_up_classes")));
    CHECK(child<QComboBox>(*dialog, "locality_id")->currentText() == u"Růžová");
    CHECK(child<QLabel>(*dialog, "chosenClients")->text() == u"Horváthová Růžena, Kotlár Jiří");
    type(child<QPlainTextEdit>(*dialog, "note"), QStringLiteral("Doučování matematiky"));

    clickOk(*dialog);
    REQUIRE(dialog->isVisible());
    CHECK(dialog->errorText()
          == u"2 clients are named among the participants, but only 1 took part: raise the number of participants "
             u"or name fewer clients.");
    CHECK(GroupActivityRepository(caseload.store()).forLocality({}).isEmpty());

    child<QSpinBox>(*dialog, "participants")->setValue(12);
    clickOk(*dialog);
    QCoreApplication::processEvents();
    const QList<GroupActivity> stored = GroupActivityRepository(caseload.store()).forLocality(caseload.chodov);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().kind == u"catch_up_classes");
    CHECK(stored.first().participants == 12);
    CHECK(stored.first().clientIds == QList<QUuid>{caseload.ruzena, caseload.jiri});
    CHECK(stored.first().note == u"Doučování matematiky");
    CHECK(caseload.session->undoStack()->undoText() == u"Record group activity");
    caseload.session->undoStack()->undo();
    CHECK(GroupActivityRepository(caseload.store()).forLocality({}).isEmpty());
    CHECK(GroupActivityRepository(caseload.store()).forClient(caseload.jiri).isEmpty());
}

TEST_CASE("An anonymous contact is recorded from a locality, listed with its group work, edited and removed, each "
          "undoable",
          "[ui][groups]")
{
    Caseload caseload;
    GroupActivity meeting;
    meeting.kind = QStringLiteral("community_meeting");
    meeting.heldOn = QDate(2026, 10, 5);
    meeting.participants = 25;
    meeting.localityId = caseload.chodov;
    GroupActivityRepository(caseload.store()).create(meeting);

    auto *list = new GroupWorkListDialog(*caseload.session, caseload.chodov);
    list->setAttribute(Qt::WA_DeleteOnClose, false);
    list->show();
    QCoreApplication::processEvents();
    auto *rows = child<QTreeWidget>(*list, "groupWorkList");
    REQUIRE(rows->topLevelItemCount() == 1);
    CHECK(rows->topLevelItem(0)->text(1) == Codes::groupActivityKindLabel(QStringLiteral("community_meeting")));

    AnonymousContact preset;
    preset.localityId = caseload.chodov;
    preset.persons = 0;
    auto *dialog = new AnonymousContactDialog(*caseload.session, preset, list);
    dialog->show();
    child<QSpinBox>(*dialog, "minutes")->setValue(20);
    clickOk(*dialog);
    CHECK(dialog->errorText() == u"The number of persons must be between 1 and 100000.");
    child<QSpinBox>(*dialog, "persons")->setValue(3);
    clickOk(*dialog);
    QCoreApplication::processEvents();
    list->reload();
    const QList<AnonymousContact> stored = AnonymousContactRepository(caseload.store()).forLocality(caseload.chodov);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().persons == 3);
    CHECK(stored.first().minutes == 20);
    CHECK(stored.first().contactOn == QDate(2026, 11, 2));
    REQUIRE(rows->topLevelItemCount() == 2);
    CHECK(rows->topLevelItem(0)->text(1) == u"anonymous contact"); // newest first
    CHECK(rows->topLevelItem(0)->text(2) == u"3");

    // Another locality lists neither.
    auto *locality = child<QComboBox>(*list, "groupWorkLocality");
    locality->setCurrentIndex(locality->findData(caseload.sokolov));
    CHECK(rows->topLevelItemCount() == 0);
    locality->setCurrentIndex(locality->findData(caseload.chodov));

    rows->setCurrentItem(rows->topLevelItem(0));
    REQUIRE(list->removeSelected());
    CHECK(AnonymousContactRepository(caseload.store()).forLocality({}).isEmpty());
    CHECK(rows->topLevelItemCount() == 1);
    caseload.session->undoStack()->undo();
    CHECK(rows->topLevelItemCount() == 2);
    delete list;
}

TEST_CASE("Group work starts from the clients selected in the list and the locality it is filtered to",
          "[ui][groups]")
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    test::Fixture fixture;
    Store &store = fixture.store();
    DirectoryRepository directory(store);
    const QUuid region = directory.addRegion(Region{QUuid(), QStringLiteral("Karlovarský kraj")}).id;
    const QUuid chodov = Caseload::addLocality(directory, region, QStringLiteral("KV-01"), QStringLiteral("Růžová"));
    const QUuid sokolov =
        Caseload::addLocality(directory, region, QStringLiteral("KV-02"), QStringLiteral("Sokolov-sever"));
    const QUuid ruzena = Caseload::addClient(store, QStringLiteral("Růžena"), QStringLiteral("Horváthová"), chodov);
    const QUuid jiri = Caseload::addClient(store, QStringLiteral("Jiří"), QStringLiteral("Kotlár"), chodov);
    Caseload::addClient(store, QStringLiteral("Eva"), QStringLiteral("Dunková"), sokolov);
    const QString path = store.database().path();
    fixture.reopen();

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openDatabase(path));
    auto *filter = window.findChild<QComboBox *>(QStringLiteral("localityFilter"));
    REQUIRE(filter);
    filter->setCurrentIndex(filter->findData(chodov));
    QCoreApplication::processEvents();
    window.clientView()->selectAll();
    REQUIRE(window.clientList()->selectedClients().size() == 2);

    GroupActivityDialog *activity = window.groupWorkMenu()->recordActivity();
    REQUIRE(activity);
    QCoreApplication::processEvents();
    const QList<QUuid> chosen = activity->clientsField()->clients();
    CHECK(chosen.size() == 2);
    CHECK(chosen.contains(ruzena));
    CHECK(chosen.contains(jiri));
    CHECK(activity->activity().localityId == chodov);
    CHECK(activity->activity().participants == 2);
    activity->reject();

    AnonymousContactDialog *anonymous = window.groupWorkMenu()->recordAnonymousContact();
    REQUIRE(anonymous);
    CHECK(anonymous->contact().localityId == chodov);
    anonymous->reject();

    GroupWorkListDialog *list = window.groupWorkMenu()->showList();
    REQUIRE(list);
    CHECK(child<QComboBox>(*list, "groupWorkLocality")->currentData().toUuid() == chodov);
    list->reject();
}
