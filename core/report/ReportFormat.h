#pragma once

#include "Report.h"

#include <QByteArray>
#include <QJsonObject>

namespace teren {

// The report as JSON (docs/report.md lists the keys): codes, not labels; rates
// as fractions; a value that does not exist (the median of nothing) as null.
QJsonObject toJsonObject(const Report &report);
QByteArray toJson(const Report &report);

// How the CSV is written. Standard: UTF-8, RFC 4180, comma-separated, decimals
// with a dot. ExcelCs: what a Czech Excel opens as it is: `;` between fields,
// decimal commas, UTF-8 with a byte order mark.
enum class CsvDialect { Standard, ExcelCs };

// The same numbers as one tidy long table for a spreadsheet to pivot: CRLF, fields
// quoted when needed, header section,key,subkey,measure,value; null as an empty
// value. A text value that a spreadsheet would run as a formula (starting with =, +,
// -, @, a tab or CR) starts with an apostrophe; numbers are never changed.
QByteArray toCsv(const Report &report, CsvDialect dialect = CsvDialect::Standard);

} // namespace teren
