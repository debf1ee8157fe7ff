#include "CsvReader.h"

#include <QStringDecoder>

namespace teren {

namespace {

bool isBlank(const CsvRecord &record, bool quoted)
{
    return !quoted && record.fields.size() == 1 && record.fields.first().isEmpty();
}

} // namespace

CsvReader::Result CsvReader::parse(const QByteArray &utf8)
{
    QByteArray bytes = utf8;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Find the first line that does not decode, so the message can point at it.
        Result result;
        const QList<QByteArray> lines = bytes.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = lineDecoder.decode(lines.at(i)); // decoding is lazy
            Q_UNUSED(decoded)
            if (lineDecoder.hasError()) {
                result.errorLine = static_cast<int>(i) + 1;
                break;
            }
        }
        if (result.errorLine == 0)
            result.errorLine = 1;
        result.error = tr("The file is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\".");
        return result;
    }
    return parseText(text);
}

CsvReader::Result CsvReader::parseText(QStringView text)
{
    Result result;
    const qsizetype n = text.size();
    int line = 1;
    CsvRecord record;
    record.line = 1;
    QString field;
    bool anyQuoted = false; // whether the current record has a quoted field
    qsizetype i = 0;

    const auto endRecord = [&](int nextLine) {
        record.fields.append(field);
        field.clear();
        if (!isBlank(record, anyQuoted))
            result.records.append(record);
        record = CsvRecord();
        record.line = nextLine;
        anyQuoted = false;
    };

    while (i < n) {
        // At the start of a field.
        if (text.at(i) == u'"') {
            anyQuoted = true;
            const int startLine = line;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i);
                if (c == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (c == u'\r') {
                    field.append(u'\n');
                    ++line;
                    i += (i + 1 < n && text.at(i + 1) == u'\n') ? 2 : 1;
                    continue;
                }
                if (c == u'\n')
                    ++line;
                field.append(c);
                ++i;
            }
            if (!closed) {
                result.errorLine = startLine;
                result.error = tr("A quoted field that starts here is never closed.");
                return result;
            }
            if (i < n && text.at(i) != u',' && text.at(i) != u'\r' && text.at(i) != u'\n') {
                result.errorLine = line;
                result.error = tr("Unexpected text after a closing quote (a quote inside a quoted field "
                                  "must be doubled).");
                return result;
            }
        } else {
            while (i < n) {
                const QChar c = text.at(i);
                if (c == u',' || c == u'\r' || c == u'\n')
                    break;
                if (c == u'"') {
                    result.errorLine = line;
                    result.error = tr("A quote inside a field that is not quoted; quote the whole field and "
                                      "double the quote.");
                    return result;
                }
                field.append(c);
                ++i;
            }
        }
        // After a field: a separator, a line break or the end.
        if (i >= n)
            break;
        const QChar c = text.at(i);
        if (c == u',') {
            record.fields.append(field);
            field.clear();
            ++i;
            if (i >= n) {
                // A trailing comma at the very end: one more empty field.
                endRecord(line);
                return result;
            }
            continue;
        }
        // A line break: CRLF, LF or a lone CR.
        i += (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') ? 2 : 1;
        ++line;
        endRecord(line);
    }
    if (!record.fields.isEmpty() || !field.isEmpty() || anyQuoted)
        endRecord(line);
    return result;
}

} // namespace teren
