// Renders the documentation screenshots; hidden from CTest. Run with
//   QT_QPA_PLATFORM=xcb TEREN_SCREENSHOT_DIR=docs/screenshots
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/release/tests/test_ui "[.docs]"
#include <catch2/catch.hpp>

#include "ClientListPanel.h"
#include "MainWindow.h"
#include "card/ClientCard.h"
#include "card/PlanTab.h"
#include "demo/DemoGenerator.h"
#include "store/Repositories.h"

#include <QDir>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace teren;

TEST_CASE("Documentation screenshots of the main window at 1366x768", "[.docs]")
{
    const QString outDir = qEnvironmentVariable("TEREN_SCREENSHOT_DIR", QStringLiteral("/tmp/teren-screenshots"));
    QDir().mkpath(outDir);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.clients = 400;
    DemoGenerator::generate(path, options);

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openDatabase(path));
    // A client with several open needs and a plan that has something overdue.
    QUuid chosen;
    int best = 0;
    for (const ClientSummary &row : ClientRepository(*window.store()).summaries(window.store()->clock().today())) {
        const int score = row.openNeeds * 2 + (row.overdue ? 3 : 0) + (row.cooperation == ClientSummary::Cooperation::Active ? 2 : 0);
        if (score > best) {
            best = score;
            chosen = row.id;
        }
    }
    REQUIRE_FALSE(chosen.isNull());
    window.clientList()->selectClient(chosen);
    window.card()->showClient(chosen);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("cs")}) {
        window.switchLanguage(language);
        QCoreApplication::processEvents();
        const QStringList names = {QStringLiteral("profile"), QStringLiteral("needs"), QStringLiteral("plan"),
                                   QStringLiteral("timeline"), QStringLiteral("contacts")};
        for (int tab = 0; tab < names.size(); ++tab) {
            window.card()->tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            CHECK(window.grab().save(QStringLiteral("%1/%2_%3.png").arg(outDir, names.at(tab), language)));
        }
    }
    window.switchLanguage(QStringLiteral("en"));
}
