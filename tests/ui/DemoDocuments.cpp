#include "DemoDocuments.h"

#include "TestMode.h"
#include "demo/DemoGenerator.h"
#include "domain/Values.h"

#include <QProcess>

#include <catch2/catch.hpp>

namespace teren::test {

DemoRegion::DemoRegion(const QString &clientQuery)
{
    DemoOptions options;
    options.clients = 40;
    if (encryptedByDefault())
        options.passphrase = defaultPassphrase();
    DemoGenerator::generate(path, options);
    auto store = Store::open(path);
    client = db::toId(store->database().scalar(clientQuery));
    REQUIRE_FALSE(client.isNull());
}

QString pdfText(const QString &path, int page)
{
    QStringList arguments = {QStringLiteral("-layout")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << path << QStringLiteral("-");
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), arguments);
    REQUIRE(pdftotext.waitForFinished(60'000));
    REQUIRE(pdftotext.exitCode() == 0);
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
}

int pdfPageCount(const QString &path)
{
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(pdfinfo.waitForFinished(60'000));
    for (const QString &line : QString::fromUtf8(pdfinfo.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    return 0;
}

} // namespace teren::test
