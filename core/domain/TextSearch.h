#pragma once

#include <QString>
#include <QStringList>

namespace teren {

// Search that forgives missing diacritics, case and word order: "ruzena horvathova",
// "Horváthová Růž" and "HORVATH" all find Růžena Horváthová. Workers often type on
// keyboards without Czech layout.
class TextSearch
{
public:
    // Case-folded, without diacritics.
    static QString fold(const QString &text);
    // Folded words of a query; a text matches when it contains every one.
    static QStringList words(const QString &query);
    static bool matches(const QString &foldedText, const QStringList &foldedWords);
};

} // namespace teren
