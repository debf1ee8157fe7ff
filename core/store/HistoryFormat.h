#pragma once

#include "ClientHistory.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace teren {

// A client's history or the audit of a period, for files and the terminal. JSON and
// CSV carry the same columns: the stored value (codes, ISO dates, ids) beside its
// words, times in UTC (ISO 8601); the text is one line per entry, in local time.
namespace HistoryFormat {

QByteArray toJson(const QList<HistoryEntry> &entries);
QByteArray toCsv(const QList<HistoryEntry> &entries);
QString toText(const QList<HistoryEntry> &entries);

} // namespace HistoryFormat

} // namespace teren
