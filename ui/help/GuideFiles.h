#pragma once

#include <QString>
#include <QStringList>

namespace teren {

// Where the user guide's Markdown pages are, and what they are called. The guide has a
// folder per language ("cs", "en") holding the same file names, one page per task;
// index.md lists the others.
class GuideFiles
{
public:
    // The folder holding the language folders: the installed one beside the program
    // (../share/teren/guide), else the source tree's docs/guide (a build that was not
    // installed, and the tests).
    static QString root();
    // The guide's language for the interface's ("cs" or "en"); English for any other.
    static QString language(const QString &interfaceLanguage);
    // The file of `page` (its name without ".md") in `language`.
    static QString pagePath(const QString &language, const QString &page);
    // The contents page, then the pages in the order it lists them.
    static QStringList pages(const QString &language);
    // The page's first heading, or its name when it has none.
    static QString title(const QString &language, const QString &page);

    static QString contents() { return QStringLiteral("index"); }
};

} // namespace teren
