#include <catch2/catch.hpp>

#include "MainWindow.h"
#include "TestSupport.h"
#include "backup/BackupsDialog.h"
#include "card/ClientCard.h"
#include "card/ContactsTab.h"
#include "card/PlanTab.h"
#include "week/CaseloadPages.h"
#include "week/WeekView.h"
#include "help/ContextHelp.h"
#include "help/GuideFiles.h"
#include "help/GuideWindow.h"
#include "i18n/Translations.h"
#include "store/Repositories.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>

using namespace teren;

namespace {

// A file with one client, closed again so the window can open it.
QString fileWithOneClient(test::Fixture &fixture)
{
    Client client;
    client.givenName = QStringLiteral("Růžena");
    client.familyName = QStringLiteral("Horváthová");
    ClientRepository(fixture.store()).create(client);
    const QString path = fixture.store().database().path();
    fixture.reopen();
    return path;
}

// Where the page shown says it is: the language folder and the page's name.
QString shownPage(const GuideWindow &guide)
{
    const QFileInfo file(guide.browser()->source().toLocalFile());
    return file.dir().dirName() + QLatin1Char('/') + file.fileName();
}

// The first heading of the document shown.
QString shownHeading(const GuideWindow &guide)
{
    for (QTextBlock block = guide.browser()->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 1)
            return block.text();
    }
    return {};
}

struct Link
{
    QString target;
    bool picture;
};

// Every link and picture of a Markdown page: "[text](target)" and "![text](target)".
QList<Link> linksOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression link(QStringLiteral(R"((!?)\[[^\]]*\]\(([^)\s]+)\))"));
    QList<Link> links;
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        links.append({match.captured(2), !match.captured(1).isEmpty()});
    }
    return links;
}

QStringList pageNames(const QString &language)
{
    return QDir(GuideFiles::root() + QLatin1Char('/') + language)
        .entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE("F1 on the main window at start opens the guide's contents in English", "[ui][guide]")
{
    MainWindow window;
    window.show();
    REQUIRE(window.guideAction()->shortcut() == QKeySequence(Qt::Key_F1));
    CHECK(window.guideAction()->text() == u"&User guide");
    QApplication::setActiveWindow(&window);
    QTest::keyClick(&window, Qt::Key_F1);

    GuideWindow *guide = ContextHelp::guideWindow();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK(guide->windowTitle() == u"Terén — User guide");
    CHECK(shownPage(*guide) == u"en/index.md");
    CHECK(shownHeading(*guide) == u"Terén user guide");
    // The page list names every page by its heading, the shown one chosen.
    REQUIRE(guide->pageList()->count() == GuideFiles::pages(QStringLiteral("en")).size());
    CHECK(guide->pageList()->currentItem()->text() == u"Terén user guide");
}

TEST_CASE("After a switch to Czech the guide shows the same page in Czech, and its window speaks Czech", "[ui][guide]")
{
    MainWindow window;
    window.show();
    window.guideAction()->trigger();
    GuideWindow *guide = ContextHelp::guideWindow();
    REQUIRE(guide);
    guide->showPage(QStringLiteral("backups"));
    REQUIRE(shownPage(*guide) == u"en/backups.md");

    window.switchLanguage(QStringLiteral("cs"));
    QCoreApplication::processEvents();
    CHECK(shownPage(*guide) == u"cs/backups.md");
    CHECK(shownHeading(*guide) == u"Zálohy a obnovení");
    CHECK(guide->windowTitle() == u"Terén — Uživatelská příručka");
    CHECK(guide->backAction()->text() == u"&Zpět");
    CHECK(guide->contentsAction()->text() == u"&Obsah");
    CHECK(guide->pageList()->item(0)->text() == u"Uživatelská příručka Terénu");
    CHECK(guide->pageList()->currentItem()->text() == u"Zálohy a obnovení");
    // Back would lead into the other language.
    CHECK_FALSE(guide->backAction()->isEnabled());
    CHECK(window.guideAction()->text() == u"&Uživatelská příručka");

    // F1 now opens the Czech contents.
    window.guideAction()->trigger();
    CHECK(shownPage(*guide) == u"cs/index.md");
    window.switchLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(shownPage(*guide) == u"en/index.md");
    CHECK(guide->windowTitle() == u"Terén — User guide");
}

TEST_CASE("F1 on the plan tab of a client's card opens the page about the plan", "[ui][guide]")
{
    test::Fixture fixture;
    const QString path = fileWithOneClient(fixture);
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(path));
    const QUuid client = ClientRepository(*window.store()).all().constFirst().id;
    window.card()->showClient(client);
    window.card()->tabs()->setCurrentWidget(window.card()->planTab());
    window.card()->planTab()->setFocus();
    // Focus on a widget inside the tab, as after a click into the plan.
    QWidget *inside = window.card()->planTab()->findChild<QTreeView *>();
    REQUIRE(inside);
    inside->setFocus();
    window.guideAction()->trigger();
    GuideWindow *guide = ContextHelp::guideWindow();
    REQUIRE(guide);
    CHECK(shownPage(*guide) == u"en/plan.md");

    // From the tab's label, the tab shown decides.
    window.card()->tabs()->setCurrentWidget(window.card()->contactsTab());
    window.card()->tabs()->tabBar()->setFocus();
    window.guideAction()->trigger();
    CHECK(shownPage(*guide) == u"en/contacts.md");

    // The week, and the client list, which has no page of its own.
    window.caseload()->showWeek();
    window.caseload()->week()->setFocus();
    window.guideAction()->trigger();
    CHECK(shownPage(*guide) == u"en/week.md");
    window.caseload()->showClients();
    window.clientView()->setFocus();
    window.guideAction()->trigger();
    CHECK(shownPage(*guide) == u"en/index.md");
}

TEST_CASE("F1 in a dialog opens the page about what the dialog does", "[ui][guide]")
{
    test::Fixture fixture;
    const QString path = fileWithOneClient(fixture);
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(path));
    bool shown = false;
    window.setBackupsDialogHandler([&](BackupsDialog &dialog) {
        // As it is when it waits for an answer: the other windows take no input.
        dialog.setWindowModality(Qt::ApplicationModal);
        dialog.show();
        QTest::keyClick(dialog.table(), Qt::Key_F1);
        GuideWindow *guide = ContextHelp::guideWindow();
        REQUIRE(guide);
        CHECK(shownPage(*guide) == u"en/backups.md");
        // The guide belongs to the dialog, so the dialog does not block it.
        CHECK(guide->parentWidget() == &dialog);
        shown = true;
    });
    window.showBackups();
    CHECK(shown);
}

TEST_CASE("A link in the guide opens the page it names, and Back returns", "[ui][guide]")
{
    GuideWindow guide;
    guide.show();
    guide.showPage(GuideFiles::contents());
    REQUIRE(shownPage(guide) == u"en/index.md");

    // The link to the plan's page, clicked where it is drawn.
    QTextCursor link;
    for (QTextBlock block = guide.browser()->document()->begin(); block.isValid() && link.isNull(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            if (fragment.fragment().charFormat().anchorHref() == u"plan.md") {
                link = QTextCursor(guide.browser()->document());
                link.setPosition(fragment.fragment().position() + 1);
                break;
            }
        }
    }
    REQUIRE_FALSE(link.isNull());
    guide.browser()->setTextCursor(link);
    guide.browser()->ensureCursorVisible();
    const QPoint where = guide.browser()->cursorRect(link).center();
    QTest::mouseClick(guide.browser()->viewport(), Qt::LeftButton, {}, where);
    CHECK(shownPage(guide) == u"en/plan.md");
    CHECK(shownHeading(guide) == GuideFiles::title(QStringLiteral("en"), QStringLiteral("plan")));
    CHECK(guide.pageList()->currentItem()->data(Qt::UserRole).toString() == u"plan");

    REQUIRE(guide.backAction()->isEnabled());
    guide.backAction()->trigger();
    CHECK(shownPage(guide) == u"en/index.md");
    guide.forwardAction()->trigger();
    CHECK(shownPage(guide) == u"en/plan.md");
    guide.contentsAction()->trigger();
    CHECK(shownPage(guide) == u"en/index.md");
}

TEST_CASE("Both languages have the same pages, every link and picture of them exists, and the window shows every picture", "[ui][guide]")
{
    const QStringList english = pageNames(QStringLiteral("en"));
    CHECK(english.size() >= 10);
    CHECK(pageNames(QStringLiteral("cs")) == english);

    // Every page F1 leads to is there.
    for (const QString &topic : ContextHelp::knownTopics()) {
        INFO(topic.toStdString());
        CHECK(english.contains(topic + QStringLiteral(".md")));
    }

    GuideWindow guide;
    guide.show();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("cs")}) {
        // The contents lists every page.
        QStringList listed = GuideFiles::pages(language);
        for (QString &page : listed)
            page += QStringLiteral(".md");
        listed.sort();
        CHECK(listed == english);
        for (const QString &page : english) {
            const QString path = GuideFiles::root() + QLatin1Char('/') + language + QLatin1Char('/') + page;
            QSet<QString> pictures;
            for (const Link &link : linksOf(path)) {
                if (link.target.startsWith(QStringLiteral("https://")))
                    continue;
                INFO(language.toStdString() << '/' << page.toStdString() << " links to " << link.target.toStdString());
                const QFileInfo target(QFileInfo(path).dir(), link.target);
                CHECK(target.isFile());
                if (link.picture) {
                    CHECK(target.suffix() == u"png");
                    pictures.insert(target.canonicalFilePath());
                }
            }
            // The window finds each picture from the page's place.
            QSet<QString> drawn;
            if (language != guide.language())
                continue;
            guide.showPage(QFileInfo(page).completeBaseName());
            QTextDocument *document = guide.browser()->document();
            for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
                for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
                    const QTextCharFormat format = fragment.fragment().charFormat();
                    if (!format.isImageFormat())
                        continue;
                    const QUrl source = guide.browser()->source().resolved(QUrl(format.toImageFormat().name()));
                    INFO(page.toStdString() << " shows " << format.toImageFormat().name().toStdString());
                    CHECK_FALSE(document->resource(QTextDocument::ImageResource, QUrl(format.toImageFormat().name()))
                                    .isNull());
                    drawn.insert(QFileInfo(source.toLocalFile()).canonicalFilePath());
                }
            }
            CHECK(drawn == pictures);
        }
        Translations::install(QStringLiteral("cs"));
        QCoreApplication::processEvents();
    }
    Translations::install(QStringLiteral("en"));
    QCoreApplication::processEvents();
}

// Renders the guide's screenshots; hidden from CTest. Run with
//   QT_QPA_PLATFORM=xcb TEREN_SCREENSHOT_DIR=docs/screenshots
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/release/tests/test_ui_guide "[.docs]"
TEST_CASE("Documentation screenshots of the user guide", "[.docs]")
{
    const QString outDir = qEnvironmentVariable("TEREN_SCREENSHOT_DIR", QStringLiteral("/tmp/teren-screenshots"));
    QDir().mkpath(outDir);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("cs")}) {
        Translations::install(language);
        QCoreApplication::processEvents();
        GuideWindow guide;
        guide.resize(1100, 760);
        guide.show();
        // A page with a picture, its text in the language's own letters.
        guide.showPage(QStringLiteral("week"));
        QCoreApplication::processEvents();
        CHECK(guide.grab().save(QStringLiteral("%1/guide_%2.png").arg(outDir, language)));
    }
    Translations::install(QStringLiteral("en"));
    QCoreApplication::processEvents();
}
