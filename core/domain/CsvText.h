#pragma once

#include <QChar>
#include <QString>

// Text written into a CSV file that people open in a spreadsheet: the one place that
// says how a text cell is quoted (RFC 4180) and guarded against formula injection.
namespace teren::csv {

// OWASP's advice against formula injection: a spreadsheet runs a cell that begins
// with =, +, -, @, a tab or a carriage return as a formula (=HYPERLINK(…) from a
// locality's name), so such a text starts with an apostrophe, which the spreadsheet
// shows as text. Only for text: a number is never guarded.
QString guarded(const QString &text);

// RFC 4180: the field quoted (quotes doubled) when it holds the separator, a quote or
// a line break; otherwise as it is.
QString quoted(const QString &field, QChar separator = QLatin1Char(','));

// A text cell: guarded, then quoted.
inline QString textField(const QString &text, QChar separator = QLatin1Char(','))
{
    return quoted(guarded(text), separator);
}

} // namespace teren::csv
