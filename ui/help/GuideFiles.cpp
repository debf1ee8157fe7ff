#include "GuideFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace teren {

namespace {

QString readPage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString GuideFiles::root()
{
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/teren/guide");
    if (QFileInfo::exists(installed + QStringLiteral("/en/index.md")))
        return QDir::cleanPath(installed);
    return QStringLiteral(TEREN_GUIDE_SOURCE_DIR);
}

QString GuideFiles::language(const QString &interfaceLanguage)
{
    return interfaceLanguage == u"cs" ? QStringLiteral("cs") : QStringLiteral("en");
}

QString GuideFiles::pagePath(const QString &language, const QString &page)
{
    return root() + QLatin1Char('/') + language + QLatin1Char('/') + page + QStringLiteral(".md");
}

QStringList GuideFiles::pages(const QString &language)
{
    QStringList pages{contents()};
    // Links to a page of the guide: "(name.md)", nothing before it in the same folder.
    static const QRegularExpression link(QStringLiteral(R"(\]\(([a-z0-9-]+)\.md\))"));
    const QString index = readPage(pagePath(language, contents()));
    for (auto it = link.globalMatch(index); it.hasNext();) {
        const QString page = it.next().captured(1);
        if (!pages.contains(page))
            pages.append(page);
    }
    return pages;
}

QString GuideFiles::title(const QString &language, const QString &page)
{
    QString text = readPage(pagePath(language, page));
    QTextStream lines(&text);
    for (QString line; lines.readLineInto(&line);) {
        if (line.startsWith(QStringLiteral("# ")))
            return line.mid(2).trimmed();
    }
    return page;
}

} // namespace teren
