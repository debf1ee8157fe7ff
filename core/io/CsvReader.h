#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace teren {

// One record of a CSV file and the 1-based line on which it starts.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// RFC 4180 reader: comma-separated fields, optionally quoted; a quote inside a quoted
// field is doubled; quoted fields may hold commas and line breaks. Records end with
// CRLF, LF or a lone CR. Input is UTF-8 with an optional byte-order mark. Blank lines
// are skipped. Line breaks inside quoted fields are returned as "\n".
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Result
    {
        QList<CsvRecord> records;
        int errorLine = 0; // where reading stopped, when error is set
        QString error;     // translated; records before errorLine are still returned
        bool ok() const { return error.isEmpty(); }
    };

    static Result parse(const QByteArray &utf8);
    static Result parseText(QStringView text);
};

} // namespace teren
