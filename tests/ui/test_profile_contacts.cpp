#include <catch2/catch.hpp>

#include "CaseSession.h"
#include "TestSupport.h"
#include "ClientListModel.h"
#include "Formats.h"
#include "card/ClientCard.h"
#include "card/ContactsTab.h"
#include "card/HouseholdDialogs.h"
#include "card/NeedDialogs.h"
#include "card/NeedsTab.h"
#include "card/PlanDialogs.h"
#include "card/ProfileTab.h"
#include "domain/Codes.h"
#include "i18n/Translations.h"
#include "report/ReportWindow.h"
#include "store/Repositories.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace teren;

namespace {

// Today is 2026-11-02 (the fixture's pinned clock).
const QDate today(2026, 11, 2);

// Two clients (Růžena Horváthová with two open needs, Jiří Kotlár), a locality, and
// a session over the store, as the card gets it.
struct Card
{
    test::Fixture fixture;
    QUuid ruzena;
    QUuid jiri;
    QUuid housing;
    QUuid debts;
    QUuid locality;
    std::unique_ptr<CaseSession> session;

    Card()
    {
        Store &store = fixture.store();
        DirectoryRepository directory(store);
        Region region;
        region.name = QStringLiteral("Karlovarský kraj");
        region = directory.addRegion(region);
        Locality place;
        place.regionId = region.id;
        place.code = QStringLiteral("KV-01");
        place.name = QStringLiteral("Růžová");
        place.municipality = QStringLiteral("Chodov");
        place.district = QStringLiteral("Sokolov");
        locality = directory.addLocality(place).id;

        ClientRepository clients(store);
        Client client;
        client.givenName = QStringLiteral("Růžena");
        client.familyName = QStringLiteral("Horváthová");
        ruzena = clients.create(client).id;
        Client other;
        other.givenName = QStringLiteral("Jiří");
        other.familyName = QStringLiteral("Kotlár");
        other.birthYear = 1984;
        jiri = clients.create(other).id;

        NeedRepository needs(store);
        Need need;
        need.clientId = ruzena;
        need.area = QStringLiteral("housing");
        need.identifiedOn = QDate(2026, 3, 1);
        housing = needs.create(need).id;
        need.area = QStringLiteral("debts");
        debts = needs.create(need).id;

        session = std::make_unique<CaseSession>(fixture.takeStore());
    }

    Store &store() { return session->store(); }
    Client client(const QUuid &id) { return *ClientRepository(store()).find(id); }
};

template<class Tab>
void open(Tab &tab, Card &card, const QUuid &client)
{
    tab.setSession(card.session.get());
    tab.showClient(client);
    tab.resize(900, 650);
    tab.show();
    QApplication::setActiveWindow(&tab);
    QCoreApplication::processEvents();
}

template<class T>
T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

// QTest::keyClicks knows ASCII only; Czech letters go as text-only key events.
void type(QWidget *editor, const QString &text)
{
    for (const QChar ch : text) {
        if (ch == u'\n')
            QTest::keyClick(editor, Qt::Key_Return);
        else if (ch.unicode() < 0x80)
            QTest::keyClick(editor, static_cast<char>(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, editor, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

// Select everything in an editor and type over it, as a user would.
void typeOver(QWidget *editor, const QString &text)
{
    editor->setFocus(Qt::TabFocusReason);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(editor, Qt::Key_Backspace);
    else
        type(editor, text);
}

void clickCheckBox(QCheckBox *check)
{
    // The indicator and the label are the clickable part, at the left of the box.
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
}

QString trContacts(const char *text, int n = -1)
{
    return QCoreApplication::translate("teren::ContactsTab", text, nullptr, n);
}

} // namespace

TEST_CASE("The profile applies an edit as one undoable command and follows undo and redo", "[ui][profile]")
{
    Card card;
    ProfileTab tab;
    open(tab, card, card.ruzena);
    auto *family = child<QLineEdit>(tab, "familyName");
    auto *apply = child<QPushButton>(tab, "applyProfile");
    auto *revert = child<QPushButton>(tab, "revertProfile");
    auto *error = child<QLabel>(tab, "profileError");

    CHECK(family->text() == u"Horváthová");
    CHECK_FALSE(apply->isEnabled());
    CHECK_FALSE(revert->isEnabled());

    typeOver(family, QStringLiteral("Dužová"));
    CHECK(apply->isEnabled());
    CHECK(card.client(card.ruzena).familyName == u"Horváthová"); // nothing stored before Apply
    QTest::mouseClick(apply, Qt::LeftButton);
    CHECK(card.client(card.ruzena).familyName == u"Dužová");
    CHECK_FALSE(apply->isEnabled());
    CHECK(error->isHidden());
    CHECK(card.session->undoStack()->undoText() == u"Edit profile");

    card.session->undoStack()->undo();
    CHECK(card.client(card.ruzena).familyName == u"Horváthová");
    CHECK(family->text() == u"Horváthová");
    CHECK_FALSE(apply->isEnabled());

    card.session->undoStack()->redo();
    CHECK(card.client(card.ruzena).familyName == u"Dužová");
    CHECK(family->text() == u"Dužová");

    SECTION("Enter in a line applies, Revert discards")
    {
        auto *phone = child<QLineEdit>(tab, "phone");
        typeOver(phone, QStringLiteral("+420 777 123 456 "));
        QTest::keyClick(phone, Qt::Key_Return);
        CHECK(card.client(card.ruzena).phone == u"+420 777 123 456");
        CHECK(phone->text() == u"+420 777 123 456");

        auto *alias = child<QLineEdit>(tab, "alias");
        typeOver(alias, QStringLiteral("Růža"));
        CHECK(revert->isEnabled());
        QTest::mouseClick(revert, Qt::LeftButton);
        CHECK(alias->text().isEmpty());
        CHECK_FALSE(apply->isEnabled());
    }

    SECTION("Gender and locality are stored from their widgets")
    {
        auto *gender = child<QComboBox>(tab, "gender");
        auto *locality = child<QComboBox>(tab, "locality");
        gender->setCurrentIndex(gender->findData(QStringLiteral("f")));
        CHECK(gender->currentText() == Codes::genderLabel(QStringLiteral("f")));
        locality->setCurrentIndex(locality->findData(card.locality));
        CHECK(locality->currentText() == u"Růžová (Chodov)");
        QTest::mouseClick(apply, Qt::LeftButton);
        const Client stored = card.client(card.ruzena);
        CHECK(stored.gender == u"f");
        CHECK(stored.localityId == card.locality);
    }
}

TEST_CASE("The profile records a consent given and withdrawn, each undoable, and the card and list mark a client "
          "without one",
          "[ui][profile][consent]")
{
    Card card;
    ClientCard clientCard;
    clientCard.setSession(card.session.get());
    clientCard.showClient(card.ruzena);
    clientCard.resize(1100, 750);
    clientCard.show();
    QApplication::setActiveWindow(&clientCard);
    QCoreApplication::processEvents();
    ClientListModel list;
    const auto listed = [&] {
        list.reload(&card.store());
        return list.index(list.indexOf(card.ruzena).row(), ClientListModel::ConsentInForce).data().toString();
    };

    auto *marker = clientCard.consentMarker();
    auto *state = child<QLabel>(clientCard, "consentState");
    auto *history = child<QTreeWidget>(clientCard, "consentHistory");
    auto *date = child<QDateEdit>(clientCard, "consentDate");
    auto *scope = child<QComboBox>(clientCard, "consentScope");
    auto *note = child<QLineEdit>(clientCard, "consentNote");
    auto *give = child<QPushButton>(clientCard, "giveConsent");
    auto *withdraw = child<QPushButton>(clientCard, "withdrawConsent");
    CHECK(marker->isVisible());
    CHECK(marker->text().startsWith(u"No consent in force"));
    CHECK(state->text() == u"No consent in force.");
    CHECK_FALSE(history->isVisible());
    CHECK(listed() == u"none");
    CHECK(date->date() == today);

    date->setDate(QDate(2026, 10, 1));
    CHECK(scope->currentData().toString() == u"processing");
    type(note, QStringLiteral("písemně, i pro OSPOD"));
    QTest::mouseClick(give, Qt::LeftButton);
    CHECK(card.session->undoStack()->undoText() == u"Record consent given");
    CHECK_FALSE(marker->isVisible());
    CHECK(state->text()
          == QStringLiteral("Consent in force.\nProcessing of personal data for field social work: given on %1")
                 .arg(Formats::shortDate(QDate(2026, 10, 1))));
    REQUIRE(history->topLevelItemCount() == 1);
    CHECK(history->topLevelItem(0)->text(1) == u"given");
    CHECK(history->topLevelItem(0)->text(3) == u"písemně, i pro OSPOD");
    CHECK(note->text().isEmpty());
    CHECK(listed().isEmpty());

    // Withdrawn today: the newest record heads the history, and the marker is back.
    date->setDate(today);
    QTest::mouseClick(withdraw, Qt::LeftButton);
    CHECK(card.session->undoStack()->undoText() == u"Record consent withdrawn");
    CHECK(marker->isVisible());
    REQUIRE(history->topLevelItemCount() == 2);
    CHECK(history->topLevelItem(0)->text(0) == Formats::shortDate(today));
    CHECK(history->topLevelItem(0)->text(1) == u"withdrawn");
    CHECK(state->text().startsWith(u"No consent in force."));
    CHECK(listed() == u"none");

    card.session->undoStack()->undo();
    CHECK_FALSE(marker->isVisible());
    CHECK(history->topLevelItemCount() == 1);
    CHECK(listed().isEmpty());
    card.session->undoStack()->redo();
    CHECK(marker->isVisible());
    CHECK(history->topLevelItemCount() == 2);

    // A consent dated tomorrow is refused beside the date, and nothing is recorded.
    date->setDate(today.addDays(1));
    QTest::mouseClick(give, Qt::LeftButton);
    auto *error = child<QLabel>(clientCard, "consentError");
    CHECK(error->isVisible());
    CHECK(error->text().startsWith(u"A consent cannot be dated in the future"));
    CHECK(history->topLevelItemCount() == 2);
}

TEST_CASE("A profile that breaks a rule shows the message inline and keeps what was typed", "[ui][profile]")
{
    Card card;
    ProfileTab tab;
    open(tab, card, card.ruzena);
    auto *apply = child<QPushButton>(tab, "applyProfile");
    auto *error = child<QLabel>(tab, "profileError");
    const QString before = test::canonicalDump(card.store().database());

    SECTION("a year of birth in the future")
    {
        auto *year = child<QSpinBox>(tab, "birthYear");
        CHECK(year->text() == u"—");
        typeOver(year, QStringLiteral("2030"));
        CHECK(year->value() == 2030);
        QTest::mouseClick(apply, Qt::LeftButton);
        CHECK(error->isVisible());
        CHECK(error->text() == u"The year of birth must be between 1900 and 2026.");
        CHECK(tab.focusWidget() == year);
        CHECK(year->value() == 2030);
        CHECK(apply->isEnabled());
        CHECK(test::canonicalDump(card.store().database()) == before);
        CHECK(card.session->undoStack()->count() == 0);

        typeOver(year, QStringLiteral("1990"));
        QTest::mouseClick(apply, Qt::LeftButton);
        CHECK(error->isHidden());
        CHECK(card.client(card.ruzena).birthYear == 1990);
    }

    SECTION("no name and no alias")
    {
        auto *given = child<QLineEdit>(tab, "givenName");
        auto *family = child<QLineEdit>(tab, "familyName");
        typeOver(given, QString());
        typeOver(family, QStringLiteral("   "));
        QTest::mouseClick(apply, Qt::LeftButton);
        CHECK(error->isVisible());
        CHECK(error->text() == u"Enter the client's name or an alias.");
        CHECK(tab.focusWidget() == family);
        CHECK(test::canonicalDump(card.store().database()) == before);
        CHECK(given->text().isEmpty());
    }
}

TEST_CASE("Unapplied profile edits survive edits elsewhere and a visit to another client", "[ui][profile]")
{
    Card card;
    ProfileTab tab;
    open(tab, card, card.ruzena);
    auto *notes = child<QPlainTextEdit>(tab, "notes");
    auto *given = child<QLineEdit>(tab, "givenName");
    notes->setFocus();
    type(notes, QStringLiteral("Prefers meetings after 2 pm."));

    // Another tab stores an edit of the same client: the typed note stays, the stored name follows.
    card.session->edit(QStringLiteral("Rename"), card.ruzena, [&] {
        Client client = card.client(card.ruzena);
        client.givenName = QStringLiteral("Růža");
        ClientRepository(card.store()).update(client);
    });
    CHECK(given->text() == u"Růža");
    CHECK(notes->toPlainText() == u"Prefers meetings after 2 pm.");

    tab.showClient(card.jiri);
    CHECK(given->text() == u"Jiří");
    CHECK(notes->toPlainText().isEmpty());
    CHECK(child<QSpinBox>(tab, "birthYear")->value() == 1984);
    tab.showClient(card.ruzena);
    CHECK(notes->toPlainText() == u"Prefers meetings after 2 pm.");
    CHECK(child<QPushButton>(tab, "applyProfile")->isEnabled());
}

TEST_CASE("Creating a household names it after the family and lists the other members", "[ui][profile]")
{
    Card card;
    ProfileTab tab;
    open(tab, card, card.ruzena);
    auto *create = child<QPushButton>(tab, "createHousehold");
    auto *members = child<QListWidget>(tab, "householdMembers");
    CHECK(create->isVisible());

    QTest::mouseClick(create, Qt::LeftButton);
    const QUuid household = card.client(card.ruzena).householdId;
    REQUIRE_FALSE(household.isNull());
    CHECK(card.session->undoStack()->count() == 1);
    CHECK(card.session->undoStack()->undoText() == u"Create household");
    CHECK_FALSE(create->isVisible());
    CHECK(members->count() == 0);

    // Jiří joins the household (elsewhere); the list shows him.
    card.session->edit(QStringLiteral("Join"), card.ruzena, [&] {
        Client jiri = card.client(card.jiri);
        jiri.householdId = household;
        ClientRepository(card.store()).update(jiri);
    });
    REQUIRE(members->count() == 1);
    CHECK(members->item(0)->text() == u"Kotlár Jiří, born 1984");

    card.session->undoStack()->undo();
    card.session->undoStack()->undo();
    CHECK(card.client(card.ruzena).householdId.isNull());
    CHECK(create->isVisible());
}

TEST_CASE("A member is found by name and added to the household, and can leave it again", "[ui][profile]")
{
    Card card;
    ProfileTab tab;
    open(tab, card, card.ruzena);
    auto *members = child<QListWidget>(tab, "householdMembers");
    auto *leave = child<QPushButton>(tab, "leaveHousehold");
    CHECK_FALSE(leave->isVisible());

    HouseholdMemberDialog *dialog = tab.addHouseholdMember();
    REQUIRE(dialog);
    CHECK(dialog->candidateList()->count() == 1); // Jiří; not Růžena herself
    QTest::keyClicks(dialog->searchField(), QStringLiteral("nobody"));
    CHECK(dialog->candidateList()->count() == 0);
    dialog->accept();
    CHECK(dialog->errorText() == u"Choose the person to add.");
    dialog->searchField()->clear();
    QTest::keyClicks(dialog->searchField(), QStringLiteral("kotlar"));
    REQUIRE(dialog->candidateList()->count() == 1);
    dialog->accept();

    // One edit started the household and added Jiří to it.
    const QUuid household = card.client(card.ruzena).householdId;
    REQUIRE_FALSE(household.isNull());
    CHECK(card.client(card.jiri).householdId == household);
    CHECK(card.session->undoStack()->count() == 1);
    CHECK(card.session->undoStack()->undoText() == u"Add to household");
    REQUIRE(members->count() == 1);
    CHECK(members->item(0)->text() == u"Kotlár Jiří, born 1984");
    CHECK(leave->isVisible());

    // Jiří's own card lists Růžena; he leaves, and undo brings him back.
    tab.showClient(card.jiri);
    QCoreApplication::processEvents();
    REQUIRE(members->count() == 1);
    CHECK(members->item(0)->text() == u"Horváthová Růžena");
    CHECK(tab.leaveHousehold());
    CHECK(card.client(card.jiri).householdId.isNull());
    CHECK(card.client(card.ruzena).householdId == household);
    card.session->undoStack()->undo();
    CHECK(card.client(card.jiri).householdId == household);
    card.session->undoStack()->undo();
    CHECK(card.client(card.jiri).householdId.isNull());
    CHECK(card.client(card.ruzena).householdId.isNull());
}

TEST_CASE("A cooperation starts and ends with a reason, each one edit", "[ui][profile]")
{
    Card card;
    ProfileTab tab;
    open(tab, card, card.ruzena);
    auto *start = child<QPushButton>(tab, "startCooperation");
    auto *end = child<QPushButton>(tab, "endCooperation");
    auto *list = child<QTreeWidget>(tab, "cooperations");
    auto *error = child<QLabel>(tab, "cooperationError");
    CHECK(start->isVisible());
    CHECK_FALSE(end->isVisible());

    child<QDateEdit>(tab, "cooperationStart")->setDate(QDate(2025, 9, 15));
    QTest::mouseClick(start, Qt::LeftButton);
    QList<Cooperation> stored = CooperationRepository(card.store()).forClient(card.ruzena);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().startOn == QDate(2025, 9, 15));
    CHECK_FALSE(start->isVisible());
    CHECK(end->isVisible());
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == QLocale().toString(QDate(2025, 9, 15), QLocale::ShortFormat));
    CHECK(list->topLevelItem(0)->text(1) == u"ongoing");

    // Without a reason the rule refuses and the reason box gets the cursor.
    auto *endOn = child<QDateEdit>(tab, "cooperationEnd");
    auto *reason = child<QComboBox>(tab, "endReason");
    CHECK(endOn->date() == today);
    QTest::mouseClick(end, Qt::LeftButton);
    CHECK(error->isVisible());
    CHECK(error->text() == u"Give the reason the cooperation ended.");
    CHECK(tab.focusWidget() == reason);
    CHECK(CooperationRepository(card.store()).forClient(card.ruzena).first().endOn.isNull());

    // Before the start is refused too.
    endOn->setDate(QDate(2025, 1, 1));
    reason->setCurrentIndex(reason->findData(QStringLiteral("goals_met")));
    QTest::mouseClick(end, Qt::LeftButton);
    CHECK(error->text().startsWith(u"Cooperation cannot end"));
    CHECK(tab.focusWidget() == endOn);

    endOn->setDate(QDate(2026, 10, 30));
    QTest::mouseClick(end, Qt::LeftButton);
    CHECK(error->isHidden());
    stored = CooperationRepository(card.store()).forClient(card.ruzena);
    CHECK(stored.first().endOn == QDate(2026, 10, 30));
    CHECK(stored.first().endReason == u"goals_met");
    CHECK(list->topLevelItem(0)->text(2) == card.store().codelists().endReasonLabel(QStringLiteral("goals_met")));
    CHECK(start->isVisible());
    CHECK(card.session->undoStack()->count() == 2);
    CHECK(card.session->undoStack()->undoText() == u"End cooperation");

    card.session->undoStack()->undo();
    CHECK(end->isVisible());
    CHECK(list->topLevelItem(0)->text(1) == u"ongoing");
}

TEST_CASE("A contact is added from the quick form and appears at the top of the log", "[ui][contacts]")
{
    Card card;
    ContactsTab tab;
    open(tab, card, card.ruzena);
    const Codelists &codes = card.store().codelists();
    auto *date = child<QDateEdit>(tab, "contactDate");
    auto *minutes = child<QSpinBox>(tab, "contactMinutes");
    auto *place = child<QComboBox>(tab, "contactPlace");
    auto *note = child<QPlainTextEdit>(tab, "contactNote");
    auto *log = child<QTreeWidget>(tab, "contactLog");
    auto *summary = child<QLabel>(tab, "contactSummary");
    auto *error = child<QLabel>(tab, "contactError");

    CHECK(date->date() == today);
    CHECK(minutes->value() == 30);
    CHECK(log->topLevelItemCount() == 0);
    CHECK(summary->text() == u"No contacts recorded yet.");
    CHECK(child<QCheckBox>(tab, "need_housing")->text() == codes.areaLabel(QStringLiteral("housing")) + u" (priority 1)");

    // An older contact first, by the button.
    date->setDate(QDate(2026, 10, 20));
    typeOver(note, QStringLiteral("First visit at home."));
    QTest::mouseClick(child<QPushButton>(tab, "addContact"), Qt::LeftButton);
    REQUIRE(log->topLevelItemCount() == 1);
    CHECK(summary->text() == trContacts("%1, %2 in total")
                                 .arg(trContacts("%n contact(s)", 1), trContacts("%n minute(s)", 30)));

    // Then today's, by the keyboard: two interventions, one need, Enter in the minutes.
    date->setDate(today);
    place->setCurrentIndex(place->findData(QStringLiteral("office")));
    clickCheckBox(child<QCheckBox>(tab, "intervention_counselling"));
    clickCheckBox(child<QCheckBox>(tab, "intervention_paperwork"));
    clickCheckBox(child<QCheckBox>(tab, "need_housing"));
    typeOver(note, QStringLiteral("Filled in the housing benefit form.\nTo bring the lease next time."));
    typeOver(minutes, QStringLiteral("45"));
    QTest::keyClick(minutes, Qt::Key_Return);

    const QList<Contact> stored = ContactRepository(card.store()).forClient(card.ruzena);
    REQUIRE(stored.size() == 2);
    CHECK(stored.first().minutes == 45);
    CHECK(stored.first().place == u"office");
    CHECK(stored.first().interventions == QStringList{QStringLiteral("counselling"), QStringLiteral("paperwork")});
    CHECK(stored.first().needIds == QList<QUuid>{card.housing});
    CHECK(card.session->undoStack()->undoText() == u"Add contact");

    REQUIRE(log->topLevelItemCount() == 2);
    const QTreeWidgetItem *top = log->topLevelItem(0);
    CHECK(top->text(0) == QLocale().toString(today, QLocale::ShortFormat));
    CHECK(top->text(1) == u"45");
    CHECK(top->text(2) == Codes::placeLabel(QStringLiteral("office")));
    CHECK(top->text(3) == codes.interventionLabel(QStringLiteral("counselling")) + u", "
              + codes.interventionLabel(QStringLiteral("paperwork")));
    CHECK(top->text(4) == codes.areaLabel(QStringLiteral("housing")));
    CHECK(top->text(5) == u"Filled in the housing benefit form. To bring the lease next time.");
    CHECK(top->toolTip(5) == u"Filled in the housing benefit form.\nTo bring the lease next time.");
    CHECK(log->topLevelItem(1)->text(5) == u"First visit at home.");
    CHECK(summary->text() == trContacts("%1, %2 in total")
                                 .arg(trContacts("%n contact(s)", 2), trContacts("%n minute(s)", 75)));

    // Ready for the next: note and checks cleared, date and place kept.
    CHECK(note->toPlainText().isEmpty());
    CHECK_FALSE(child<QCheckBox>(tab, "intervention_counselling")->isChecked());
    CHECK_FALSE(child<QCheckBox>(tab, "need_housing")->isChecked());
    CHECK(date->date() == today);
    CHECK(place->currentData().toString() == u"office");
    CHECK(error->isHidden());

    SECTION("Ctrl+Enter in the note adds; a plain Enter is a new line")
    {
        note->setFocus();
        type(note, QStringLiteral("Phone call"));
        QTest::keyClick(note, Qt::Key_Return);
        type(note, QStringLiteral("about the lease"));
        CHECK(ContactRepository(card.store()).forClient(card.ruzena).size() == 2);
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
        const QList<Contact> now = ContactRepository(card.store()).forClient(card.ruzena);
        REQUIRE(now.size() == 3);
        CHECK(std::any_of(now.begin(), now.end(),
                          [](const Contact &c) { return c.note == u"Phone call\nabout the lease"; }));
    }
}

TEST_CASE("A contact over a day long is refused inline and nothing typed is lost", "[ui][contacts]")
{
    Card card;
    ContactsTab tab;
    open(tab, card, card.ruzena);
    auto *minutes = child<QSpinBox>(tab, "contactMinutes");
    auto *note = child<QPlainTextEdit>(tab, "contactNote");
    auto *error = child<QLabel>(tab, "contactError");
    clickCheckBox(child<QCheckBox>(tab, "intervention_crisis"));
    typeOver(note, QStringLiteral("Night at the hospital."));
    typeOver(minutes, QStringLiteral("1500"));
    QTest::keyClick(minutes, Qt::Key_Enter);

    CHECK(ContactRepository(card.store()).forClient(card.ruzena).isEmpty());
    CHECK(card.session->undoStack()->count() == 0);
    CHECK(error->isVisible());
    CHECK(error->text() == u"Minutes must be between 0 and 1440.");
    CHECK(tab.focusWidget() == minutes);
    CHECK(minutes->value() == 1500);
    CHECK(note->toPlainText() == u"Night at the hospital.");
    CHECK(child<QCheckBox>(tab, "intervention_crisis")->isChecked());

    typeOver(minutes, QStringLiteral("600"));
    QTest::mouseClick(child<QPushButton>(tab, "addContact"), Qt::LeftButton);
    CHECK(ContactRepository(card.store()).forClient(card.ruzena).size() == 1);
    CHECK(error->isHidden());
}

TEST_CASE("A withdrawn contact leaves the log and an undo brings it back", "[ui][contacts]")
{
    Card card;
    ContactsTab tab;
    open(tab, card, card.ruzena);
    auto *log = child<QTreeWidget>(tab, "contactLog");
    auto *withdraw = child<QPushButton>(tab, "withdrawContact");
    auto *summary = child<QLabel>(tab, "contactSummary");
    typeOver(child<QPlainTextEdit>(tab, "contactNote"), QStringLiteral("Recorded for the wrong client."));
    QTest::mouseClick(child<QPushButton>(tab, "addContact"), Qt::LeftButton);
    REQUIRE(log->topLevelItemCount() == 1);

    log->clearSelection();
    CHECK_FALSE(withdraw->isEnabled());
    const QRect row = log->visualItemRect(log->topLevelItem(0));
    QTest::mouseClick(log->viewport(), Qt::LeftButton, {}, row.center());
    CHECK(withdraw->isEnabled());
    QTest::mouseClick(withdraw, Qt::LeftButton);
    CHECK(log->topLevelItemCount() == 0);
    CHECK(ContactRepository(card.store()).forClient(card.ruzena).isEmpty());
    CHECK(summary->text() == u"No contacts recorded yet.");
    CHECK(card.session->undoStack()->undoText() == u"Withdraw contact");

    card.session->undoStack()->undo();
    REQUIRE(log->topLevelItemCount() == 1);
    CHECK(log->topLevelItem(0)->toolTip(5) == u"Recorded for the wrong client.");
    CHECK(ContactRepository(card.store()).forClient(card.ruzena).size() == 1);
}

TEST_CASE("A half-typed contact waits for its client while another one is shown", "[ui][contacts]")
{
    Card card;
    ContactsTab tab;
    open(tab, card, card.ruzena);
    auto *note = child<QPlainTextEdit>(tab, "contactNote");
    typeOver(note, QStringLiteral("Half typed"));
    clickCheckBox(child<QCheckBox>(tab, "need_debts"));
    tab.showClient(card.jiri);
    CHECK(note->toPlainText().isEmpty());
    CHECK(tab.findChild<QCheckBox *>(QStringLiteral("need_debts")) == nullptr);
    CHECK(child<QLabel>(tab, "noOpenNeeds")->isVisible());
    tab.showClient(card.ruzena);
    CHECK(note->toPlainText() == u"Half typed");
    CHECK(child<QCheckBox>(tab, "need_debts")->isChecked());
}

TEST_CASE("Every date edit shows the full year in Czech and in English", "[ui][i18n]")
{
    Card card;
    ProfileTab profile;
    open(profile, card, card.ruzena);
    ContactsTab contacts;
    open(contacts, card, card.ruzena);
    const Need need = *NeedRepository(card.store()).find(card.housing);
    Goal goal;
    goal.needId = card.housing;
    goal.targetOn = QDate(2027, 3, 31);
    Step step;
    step.dueOn = QDate(2026, 12, 15);

    const auto checkFullYears = [](QWidget &window, int expectedEdits) {
        const QList<QDateEdit *> edits = window.findChildren<QDateEdit *>();
        CHECK(edits.size() == expectedEdits);
        for (const QDateEdit *edit : edits) {
            INFO(window.metaObject()->className() << " " << edit->objectName().toStdString() << ": "
                                                  << edit->text().toStdString());
            CHECK(edit->text().contains(QString::number(edit->date().year())));
        }
    };
    for (const QString &language : {QStringLiteral("cs"), QStringLiteral("en")}) {
        INFO("language " << language.toStdString());
        Translations::install(language);
        QCoreApplication::processEvents(); // the open tabs take the new language's format
        checkFullYears(profile, 3);
        checkFullYears(contacts, 1);
        NeedDialog needDialog(*card.session, need);
        checkFullYears(needDialog, 1);
        CloseNeedDialog closeDialog(*card.session, need);
        checkFullYears(closeDialog, 1);
        GoalDialog goalDialog(*card.session, goal, card.ruzena);
        checkFullYears(goalDialog, 2);
        StepDialog stepDialog(*card.session, step, card.ruzena);
        checkFullYears(stepDialog, 2);
        ReportWindow report(*card.session);
        checkFullYears(report, 2);
    }
    Translations::install(QStringLiteral("en"));
}

TEST_CASE("Resolving a need offers to close its open goals, in the same undoable edit", "[ui][needs]")
{
    Card card;
    PlanRepository plan(card.store());
    const auto addGoal = [&](const QString &text, const QString &status) {
        Goal goal;
        goal.needId = card.housing;
        goal.text = text;
        goal.horizon = QStringLiteral("short");
        goal.status = status;
        if (status == u"achieved")
            goal.achievedOn = QDate(2026, 6, 1);
        return plan.createGoal(goal).id;
    };
    const QUuid flat = addGoal(QStringLiteral("Find a flat"), QStringLiteral("open"));
    const QUuid benefit = addGoal(QStringLiteral("Apply for the housing benefit"), QStringLiteral("open"));
    const QUuid papers = addGoal(QStringLiteral("Collect the papers"), QStringLiteral("achieved"));

    NeedsTab tab;
    open(tab, card, card.ruzena);
    QTableWidget *table = tab.table();
    int row = 0;
    while (table->item(row, 0)->data(Qt::UserRole).toUuid() != card.housing)
        ++row;
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(row, 1)).center());
    QTest::mouseClick(child<QPushButton>(tab, "closeNeed"), Qt::LeftButton);
    auto *dialog = tab.findChild<CloseNeedDialog *>();
    REQUIRE(dialog);
    auto *result = child<QComboBox>(*dialog, "status");
    auto *goals = child<QComboBox>(*dialog, "open_goals");
    const auto choose = [](QComboBox *combo, const QString &code) {
        combo->setFocus();
        // As from the keyboard: the first item, then down to the one wanted.
        QTest::keyClick(combo, Qt::Key_Home);
        while (combo->currentData().toString() != code && combo->currentIndex() < combo->count() - 1)
            QTest::keyClick(combo, Qt::Key_Down);
        REQUIRE(combo->currentData().toString() == code);
    };
    // Resolved suggests achieved; closed otherwise suggests dropped.
    choose(result, QStringLiteral("resolved"));
    CHECK(goals->currentData().toString() == u"achieved");
    choose(result, QStringLiteral("dropped"));
    CHECK(goals->currentData().toString() == u"dropped");
    choose(result, QStringLiteral("resolved"));
    choose(child<QComboBox>(*dialog, "outcome"), card.store().codelists().outcomes(QStringLiteral("housing")).first().code);
    child<QDateEdit>(*dialog, "closed_on")->setDate(QDate(2026, 10, 30));

    SECTION("achieved")
    {
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        CHECK(NeedRepository(card.store()).find(card.housing)->status == u"resolved");
        for (const QUuid &goal : {flat, benefit}) {
            CHECK(plan.findGoal(goal)->status == u"achieved");
            CHECK(plan.findGoal(goal)->achievedOn == QDate(2026, 10, 30));
        }
        CHECK(plan.findGoal(papers)->achievedOn == QDate(2026, 6, 1));
    }
    SECTION("dropped, chosen by the user")
    {
        choose(goals, QStringLiteral("dropped"));
        choose(result, QStringLiteral("not_resolved"));
        choose(result, QStringLiteral("resolved"));
        CHECK(goals->currentData().toString() == u"dropped"); // the user's choice stays
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        for (const QUuid &goal : {flat, benefit}) {
            CHECK(plan.findGoal(goal)->status == u"dropped");
            CHECK_FALSE(plan.findGoal(goal)->achievedOn.isValid());
        }
        CHECK(plan.findGoal(papers)->status == u"achieved");
    }
    CHECK_FALSE(dialog->isVisible());
    CHECK(card.session->undoStack()->count() == 1);
    CHECK(card.session->undoStack()->undoText() == u"Resolve need");

    // One undo reopens the need and its goals.
    card.session->undoStack()->undo();
    CHECK(NeedRepository(card.store()).find(card.housing)->isOpen());
    CHECK(plan.findGoal(flat)->status == u"open");
    CHECK(plan.findGoal(benefit)->status == u"open");
    CHECK(plan.findGoal(papers)->status == u"achieved");
}

TEST_CASE("Open goals can be left open when a need is closed", "[ui][needs]")
{
    Card card;
    Goal goal;
    goal.needId = card.debts;
    goal.text = QStringLiteral("Agree a repayment schedule");
    goal.horizon = QStringLiteral("medium");
    goal.status = QStringLiteral("open");
    const QUuid schedule = PlanRepository(card.store()).createGoal(goal).id;
    const Need debts = *NeedRepository(card.store()).find(card.debts);
    CloseNeedDialog dialog(*card.session, debts);
    auto *goals = child<QComboBox>(dialog, "open_goals");
    goals->setFocus();
    QTest::keyClick(goals, Qt::Key_Home);
    REQUIRE(goals->currentData().toString().isEmpty());
    child<QComboBox>(dialog, "status")->setCurrentIndex(
        child<QComboBox>(dialog, "status")->findData(QStringLiteral("not_resolved")));
    CHECK(goals->currentData().toString().isEmpty());
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK(NeedRepository(card.store()).find(card.debts)->status == u"not_resolved");
    CHECK(PlanRepository(card.store()).findGoal(schedule)->status == u"open");

    // A need without open goals asks nothing about them.
    Need housing = *NeedRepository(card.store()).find(card.housing);
    CloseNeedDialog plain(*card.session, housing);
    CHECK(plain.findChild<QComboBox *>(QStringLiteral("open_goals")) == nullptr);
}
