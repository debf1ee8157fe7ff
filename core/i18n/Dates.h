#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace teren {

// How a date is shown to a person, in the ui and in messages from core alike: the
// current language's short date with the full year ("03.12.2026" in Czech,
// "03/12/2026" in English), as "02.11.26" is ambiguous to read and to type.
// Files and reports for machines write ISO dates instead.
class Dates
{
public:
    static QString shortFormat();
    // Empty for no date.
    static QString shortDate(const QDate &date);
    static QString shortDateTime(const QDateTime &dateTime);
};

} // namespace teren
