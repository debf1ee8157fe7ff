// Help → About Terén: the version, the licence, the libraries Terén runs on and the
// way to the user guide, in English and in Czech.
#include <catch2/catch.hpp>

#include "MainWindow.h"
#include "domain/Version.h"
#include "help/AboutDialog.h"
#include "help/ContextHelp.h"
#include "help/GuideWindow.h"
#include "i18n/Translations.h"
#include "storage/LibraryVersions.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

using namespace teren;

namespace {

QString labelText(AboutDialog *dialog, const QString &name)
{
    const auto *label = dialog->findChild<QLabel *>(name);
    REQUIRE(label);
    return label->text();
}

} // namespace

TEST_CASE("The About dialog names this Terén, its licence and the libraries it runs on", "[ui][about]")
{
    MainWindow window;
    AboutDialog *about = window.showAbout();
    REQUIRE(about);
    CHECK(about->isVisible());
    CHECK(about->windowTitle() == u"About Terén");
    CHECK(labelText(about, QStringLiteral("title")) == QStringLiteral("Terén %1").arg(appVersion()));
    const QString licence = labelText(about, QStringLiteral("licence"));
    CHECK(licence.contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(licence.contains(QStringLiteral("NO WARRANTY")));
    CHECK(licence.contains(QStringLiteral("LICENSE")));
    CHECK(labelText(about, QStringLiteral("libraries"))
          == QStringLiteral("Running on Qt %1, SQLite %2 and libsodium %3.")
                 .arg(QString::fromLatin1(qVersion()), sqliteVersion(), sodiumVersion()));
    // The versions loaded, in the usual dotted form.
    CHECK(sqliteVersion().startsWith(QStringLiteral("3.")));
    CHECK(sodiumVersion().count(u'.') == 2);
    about->close();
}

TEST_CASE("The About dialog's user guide button asks for the guide", "[ui][about]")
{
    AboutDialog about;
    about.show();
    auto *guide = about.findChild<QPushButton *>(QStringLiteral("guide"));
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK(guide->text() == u"&User guide");
    QSignalSpy requested(&about, &AboutDialog::guideRequested);
    guide->click();
    CHECK(requested.count() == 1);
}

TEST_CASE("The user guide button of Help → About opens the guide", "[ui][about]")
{
    MainWindow window;
    window.show();
    AboutDialog *about = window.showAbout();
    REQUIRE(about);
    about->findChild<QPushButton *>(QStringLiteral("guide"))->click();
    GuideWindow *guide = ContextHelp::guideWindow();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK_FALSE(guide->page().isEmpty());
    guide->close();
    about->close();
}

TEST_CASE("The About dialog switches to Czech with the rest of Terén", "[ui][about]")
{
    AboutDialog about;
    about.show();
    Translations::install(QStringLiteral("cs"));
    QCoreApplication::processEvents();
    CHECK(about.windowTitle() == u"O Terénu");
    CHECK(labelText(&about, QStringLiteral("title")) == QStringLiteral("Terén %1").arg(appVersion()));
    const QString licence = labelText(&about, QStringLiteral("licence"));
    CHECK(licence.contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(licence.contains(QStringLiteral("BEZ JAKÉKOLI ZÁRUKY")));
    CHECK(labelText(&about, QStringLiteral("libraries"))
          == QStringLiteral("Běží na Qt %1, SQLite %2 a libsodium %3.")
                 .arg(QString::fromLatin1(qVersion()), sqliteVersion(), sodiumVersion()));
    CHECK(about.findChild<QPushButton *>(QStringLiteral("guide"))->text() == u"&Uživatelská příručka");
    Translations::install(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(about.windowTitle() == u"About Terén");
}

// Renders docs/screenshots/about_*.png; hidden from CTest. Run with
//   QT_QPA_PLATFORM=xcb TEREN_SCREENSHOT_DIR=docs/screenshots
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/release/tests/test_ui "[.docs]"
TEST_CASE("Documentation screenshots of the About dialog", "[.docs]")
{
    const QString outDir = qEnvironmentVariable("TEREN_SCREENSHOT_DIR", QStringLiteral("/tmp/teren-screenshots"));
    QDir().mkpath(outDir);
    AboutDialog about;
    about.show();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("cs")}) {
        Translations::install(language);
        QCoreApplication::processEvents();
        about.adjustSize();
        QCoreApplication::processEvents();
        CHECK(about.grab().save(QStringLiteral("%1/about_%2.png").arg(outDir, language)));
    }
    Translations::install(QStringLiteral("en"));
}
