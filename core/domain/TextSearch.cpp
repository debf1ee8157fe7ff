#include "TextSearch.h"

namespace teren {

QString TextSearch::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    return result.toCaseFolded();
}

QStringList TextSearch::words(const QString &query)
{
    return fold(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool TextSearch::matches(const QString &foldedText, const QStringList &foldedWords)
{
    for (const QString &word : foldedWords) {
        if (!foldedText.contains(word))
            return false;
    }
    return true;
}

} // namespace teren
