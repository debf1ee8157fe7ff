#pragma once

#include <QDate>
#include <QString>

class QDateEdit;
class QDateTime;
class QWidget;

namespace teren {

// How dates look in the ui: in lists and labels, in the regional report, and in
// every date edit. Display follows the current language's locale.
class Formats
{
public:
    // A date in a list or a label: the locale's short form, empty for no date.
    static QString shortDate(const QDate &date);
    static QString shortDateTime(const QDateTime &dateTime);
    // A date written out in words ("2 November 2026").
    static QString longDate(const QDate &date);

    // The locale's short date with the full year: "02.11.26" is ambiguous to type into.
    static QString dateEditFormat();
    // A date edit with a calendar popup, in dateEditFormat(); it follows a change of
    // language on its own.
    static QDateEdit *newDateEdit(QWidget *parent, const QDate &date = {});

    // The regional report's dates are written the way the report is filed, whatever
    // the language of the ui.
    static QString reportDateFormat();
    static QDateEdit *newReportDateEdit(QWidget *parent);
};

} // namespace teren
