#include <catch2/catch.hpp>

#include "CaseSession.h"
#include "ClientListPanel.h"
#include "MainWindow.h"
#include "PassphraseAnswers.h"
#include "TestSupport.h"
#include "card/ClientCard.h"
#include "card/ContactsTab.h"
#include "card/ProfileTab.h"
#include "store/Repositories.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace teren;

namespace {

using Answer = MainWindow::SaveAnswer;

// Horváthová Růžena and Kotlár Jiří in a file of their own, closed.
struct TwoClients
{
    test::Fixture fixture;
    QString path;
    QUuid ruzena;
    QUuid jiri;

    TwoClients()
    {
        ClientRepository clients(fixture.store());
        Client client;
        client.givenName = QStringLiteral("Růžena");
        client.familyName = QStringLiteral("Horváthová");
        ruzena = clients.create(client).id;
        client.givenName = QStringLiteral("Jiří");
        client.familyName = QStringLiteral("Kotlár");
        jiri = clients.create(client).id;
        path = fixture.store().database().path();
        fixture.takeStore().reset();
    }

    Client stored(const QUuid &id) const
    {
        const std::unique_ptr<Store> store = Store::open(path);
        return *ClientRepository(*store).find(id);
    }
    QList<Contact> contacts(const QUuid &id) const
    {
        const std::unique_ptr<Store> store = Store::open(path);
        return ContactRepository(*store).forClient(id);
    }
};

// The window on the file, shown and active, every question recorded and answered
// with `answer`.
struct Window
{
    MainWindow window;
    QStringList asked;
    Answer answer = Answer::Cancel;

    explicit Window(const QString &path)
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        window.setSaveQuestionHandler([this](const QString &question) {
            asked.append(question);
            return answer;
        });
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openDatabase(path));
    }

    // Finds the client from the keyboard, as a worker does.
    void open(const QString &search)
    {
        window.clientView()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), search);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }

    template<class T>
    T *field(QWidget *tab, const char *name)
    {
        window.card()->tabs()->setCurrentWidget(tab);
        T *widget = tab->findChild<T *>(QString::fromLatin1(name));
        REQUIRE(widget);
        widget->setFocus();
        return widget;
    }

    void quitByKeyboard() { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Q, Qt::ControlModifier); }
};

} // namespace

TEST_CASE("A phone number typed and not applied is neither lost nor stored without asking on Ctrl+Q",
          "[ui][drafts]")
{
    TwoClients data;
    Window w(data.path);
    w.open(QStringLiteral("ruzena"));
    REQUIRE(w.window.card()->clientId() == data.ruzena);
    auto *phone = w.field<QLineEdit>(w.window.card()->profileTab(), "phone");
    QTest::keyClicks(phone, QStringLiteral("777 123 456"));

    SECTION("Save stores it")
    {
        w.answer = Answer::Save;
        w.quitByKeyboard();
        REQUIRE(w.asked.size() == 1);
        CHECK(w.asked.first().contains(QStringLiteral("Horváthová Růžena")));
        CHECK_FALSE(w.window.isVisible());
        CHECK(data.stored(data.ruzena).phone == u"777 123 456");
    }
    SECTION("Cancel leaves the window open with the number still typed")
    {
        w.answer = Answer::Cancel;
        w.quitByKeyboard();
        CHECK(w.asked.size() == 1);
        CHECK(w.window.isVisible());
        CHECK(phone->text() == u"777 123 456");
        CHECK(data.stored(data.ruzena).phone.isEmpty());
    }
    SECTION("Discard closes and stores nothing")
    {
        w.answer = Answer::Discard;
        w.quitByKeyboard();
        CHECK(w.asked.size() == 1);
        CHECK_FALSE(w.window.isVisible());
        CHECK(data.stored(data.ruzena).phone.isEmpty());
    }
}

TEST_CASE("Drafts of clients not shown any more and a contact being typed are asked about once, and saved",
          "[ui][drafts]")
{
    TwoClients data;
    Window w(data.path);
    w.open(QStringLiteral("ruzena"));
    QTest::keyClicks(w.field<QLineEdit>(w.window.card()->profileTab(), "phone"), QStringLiteral("602 111 222"));
    // Another client: Růžena's number waits as her draft; a contact is typed for Jiří.
    w.open(QStringLiteral("kotlar"));
    REQUIRE(w.window.card()->clientId() == data.jiri);
    QTest::keyClicks(w.field<QPlainTextEdit>(w.window.card()->contactsTab(), "contactNote"),
                     QStringLiteral("Called about the benefit"));

    SECTION("Save on closing the window stores both")
    {
        w.answer = Answer::Save;
        CHECK(w.window.close());
        REQUIRE(w.asked.size() == 1);
        CHECK(w.asked.first().contains(QStringLiteral("Horváthová Růžena")));
        CHECK(w.asked.first().contains(QStringLiteral("Kotlár Jiří")));
        CHECK(data.stored(data.ruzena).phone == u"602 111 222");
        const QList<Contact> contacts = data.contacts(data.jiri);
        REQUIRE(contacts.size() == 1);
        CHECK(contacts.first().note == u"Called about the benefit");
    }
    SECTION("Discard on Ctrl+Q stores neither")
    {
        w.answer = Answer::Discard;
        w.quitByKeyboard();
        CHECK(w.asked.size() == 1);
        CHECK_FALSE(w.window.isVisible());
        CHECK(data.stored(data.ruzena).phone.isEmpty());
        CHECK(data.contacts(data.jiri).isEmpty());
    }
    SECTION("Cancel on opening another file keeps both where they were typed")
    {
        TwoClients other;
        w.answer = Answer::Cancel;
        CHECK_FALSE(w.window.openDatabase(other.path));
        CHECK(w.asked.size() == 1);
        CHECK(w.window.store()->database().path() == data.path);
        CHECK(w.window.card()->contactsTab()->findChild<QPlainTextEdit *>(QStringLiteral("contactNote"))->toPlainText()
              == u"Called about the benefit");
        w.open(QStringLiteral("ruzena"));
        CHECK(w.window.card()->profileTab()->findChild<QLineEdit *>(QStringLiteral("phone"))->text() == u"602 111 222");
    }
    SECTION("Save before creating another file stores both, and the new file opens without them")
    {
        QTemporaryDir dir;
        w.answer = Answer::Save;
        test::answerNewPassphrases(w.window);
        REQUIRE(w.window.createDatabase(dir.filePath(QStringLiteral("nova.sqlite"))));
        CHECK(w.asked.size() == 1);
        CHECK(data.stored(data.ruzena).phone == u"602 111 222");
        CHECK(data.contacts(data.jiri).size() == 1);
        CHECK(w.window.card()->unappliedEdits().isEmpty());
        // Nothing left to ask about.
        CHECK(w.window.close());
        CHECK(w.asked.size() == 1);
    }
}

TEST_CASE("A draft a rule refuses on saving is shown with the reason, and nothing closes", "[ui][drafts]")
{
    TwoClients data;
    Window w(data.path);
    w.open(QStringLiteral("ruzena"));
    ProfileTab *profile = w.window.card()->profileTab();
    auto *year = w.field<QSpinBox>(profile, "birthYear");
    QTest::keyClick(year, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(year, QStringLiteral("2090"));
    // Jiří's phone is fine; Růžena's year of birth is not.
    w.open(QStringLiteral("kotlar"));
    QTest::keyClicks(w.field<QLineEdit>(profile, "phone"), QStringLiteral("731 000 111"));
    w.window.card()->tabs()->setCurrentWidget(w.window.card()->contactsTab());

    w.answer = Answer::Save;
    w.quitByKeyboard();
    CHECK(w.asked.size() == 1);
    CHECK(w.window.isVisible());
    CHECK(data.stored(data.jiri).phone == u"731 000 111");
    CHECK_FALSE(data.stored(data.ruzena).birthYear.has_value());
    // Růžena's card is back, on the profile, with the message beside the year.
    CHECK(w.window.card()->clientId() == data.ruzena);
    CHECK(w.window.clientList()->currentClient() == data.ruzena);
    CHECK(w.window.card()->tabs()->currentWidget() == profile);
    auto *error = profile->findChild<QLabel *>(QStringLiteral("profileError"));
    CHECK(error->isVisible());
    CHECK(error->text().startsWith(QStringLiteral("The year of birth must be between 1900 and")));
    CHECK(year->value() == 2090);
    CHECK(QApplication::focusWidget() == year);

    // Corrected, the next Ctrl+Q asks again and saves.
    QTest::keyClick(year, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(year, QStringLiteral("1990"));
    w.quitByKeyboard();
    CHECK(w.asked.size() == 2);
    CHECK_FALSE(w.window.isVisible());
    CHECK(data.stored(data.ruzena).birthYear == 1990);
}

TEST_CASE("Nothing typed, nothing asked: the window closes at once", "[ui][drafts]")
{
    TwoClients data;
    Window w(data.path);
    w.open(QStringLiteral("ruzena"));
    w.quitByKeyboard();
    CHECK(w.asked.isEmpty());
    CHECK_FALSE(w.window.isVisible());
}
