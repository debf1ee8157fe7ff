#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace teren {

// The report as an Excel workbook: the period, the filters and the headline on the
// first sheet, then a sheet per section of the CSV (docs/report.md), each with a
// header row. Figures are numbers, dates are dates, every text is a string cell
// (never a formula, whatever it begins with); a figure over too few persons is the
// text "< 5".
class ReportXlsx
{
    Q_DECLARE_TR_FUNCTIONS(ReportXlsx)

public:
    struct Cell
    {
        enum class Kind { Empty, Text, Number, Date };
        Kind kind = Kind::Empty;
        QString text;
        double number = 0;
        QDate date;
    };
    struct Sheet
    {
        QString name;
        QStringList headers;
        QList<QList<Cell>> rows;
    };

    // What the workbook holds, sheet by sheet.
    static QList<Sheet> sheets(const Report &report);
    // Writes the workbook to a temporary file beside `path` and renames it over
    // `path`, so a failure leaves no half-written file (an older file stays). Throws
    // Error with what went wrong.
    static void write(const Report &report, const QString &path);
};

} // namespace teren
