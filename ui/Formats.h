#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QDateEdit;
class QDateTime;
class QWidget;

namespace teren {

// How dates look in the ui. One short format, with the full year, for every date
// shown in a list, a label or a date edit; it follows the current language.
class Formats
{
    Q_DECLARE_TR_FUNCTIONS(Formats)

public:
    // The one short date format: the current language's short date with the full
    // year ("03.12.2026" in Czech, "03/12/2026" in English), as "02.11.26" is
    // ambiguous to read and to type into. Everything below is written in it, the
    // regional report and its PDF included.
    static QString dateFormat();
    // A date in a list or a label, in dateFormat(); empty for no date.
    static QString shortDate(const QDate &date);
    // dateFormat() and the language's short time.
    static QString shortDateTime(const QDateTime &dateTime);
    // A date written out in words ("2 November 2026").
    static QString longDate(const QDate &date);
    // A day with its weekday as it follows a verb: "on Thursday, 3 December 2026",
    // "ve čtvrtek 3. prosince 2026" (Czech needs the preposition and the accusative).
    static QString onDay(const QDate &date);

    // The format of every date edit: dateFormat().
    static QString dateEditFormat();
    // A date edit with a calendar popup, in dateEditFormat(); it follows a change of
    // language on its own.
    static QDateEdit *newDateEdit(QWidget *parent, const QDate &date = {});
};

} // namespace teren
