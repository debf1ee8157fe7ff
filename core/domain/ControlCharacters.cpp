#include "ControlCharacters.h"

namespace teren::controlcharacters {

qsizetype firstForbidden(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0x7f)
            return i;
    }
    return -1;
}

QString codePoint(QChar character)
{
    return QStringLiteral("U+%1").arg(character.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace teren::controlcharacters
