#pragma once

#include "Report.h"

#include <QByteArray>
#include <QJsonObject>

namespace teren {

// The report as JSON (docs/report.md lists the keys): codes, not labels; rates
// as fractions; a value that does not exist (the median of nothing) as null.
QJsonObject toJsonObject(const Report &report);
QByteArray toJson(const Report &report);

// The same numbers as one tidy long table for a spreadsheet to pivot: UTF-8,
// RFC 4180 (CRLF, fields quoted when needed), header
// section,key,subkey,measure,value; decimals with a dot, null as an empty value.
QByteArray toCsv(const Report &report);

} // namespace teren
