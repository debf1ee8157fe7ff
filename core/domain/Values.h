#pragma once

#include <QDate>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace teren {

// How domain values are stored: dates as ISO text (so SQLite's date functions work
// on them), ids as 16-byte blobs, absent values as NULL.
namespace db {

inline QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}
inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
inline QVariant id(const QUuid &u)
{
    return u.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(u.toRfc4122());
}
inline QUuid toId(const QVariant &v)
{
    return v.isNull() ? QUuid() : QUuid::fromRfc4122(v.toByteArray());
}
inline QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
inline QVariant integer(std::optional<int> i)
{
    return i ? QVariant(*i) : QVariant(QMetaType::fromType<int>());
}
inline std::optional<int> toInteger(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

// A list of codes kept in one column (a contact's interventions): sorted, each
// between commas (",counselling,paperwork,"), so `instr(column, codeNeedle(c))`
// finds exactly code c; a comma or percent sign inside a code is escaped. No
// codes: NULL. Schema migration 4 builds the same text in SQL.
QString codeNeedle(const QString &code);
QVariant codeList(QStringList codes);
QStringList toCodeList(const QVariant &value);

} // namespace db
} // namespace teren
