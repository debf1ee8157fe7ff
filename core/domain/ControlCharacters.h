#pragma once

#include <QString>
#include <QStringView>

namespace teren {

// Stored text holds no control characters but tabs and line breaks (which notes and
// plan texts legitimately have): a NUL inside a name or an escape sequence in a note
// would reach a report, a terminal or another program as something other than text.
// Spreadsheets and bundles are checked against this before anything of them is
// stored; nothing typed in the app can hold such a character.
namespace controlcharacters {

// Where the first character no stored text may hold is (a C0 control other than tab,
// line feed and carriage return, or DEL); -1 when there is none.
qsizetype firstForbidden(QStringView text);
// How a message names a character: "U+0000".
QString codePoint(QChar character);

} // namespace controlcharacters
} // namespace teren
