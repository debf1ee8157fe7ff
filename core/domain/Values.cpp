#include "Values.h"

#include <algorithm>

namespace teren::db {

namespace {

QByteArray escapedCode(const QString &code)
{
    QString escaped = code;
    escaped.replace(QLatin1Char('%'), QStringLiteral("%25"));
    escaped.replace(QLatin1Char(','), QStringLiteral("%2C"));
    return escaped.toUtf8();
}

} // namespace

QString codeNeedle(const QString &code)
{
    return QLatin1Char(',') + QString::fromUtf8(escapedCode(code)) + QLatin1Char(',');
}

QVariant codeList(QStringList codes)
{
    if (codes.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    // In UTF-8 byte order, as SQLite's ORDER BY in the migration sorts them.
    QList<QByteArray> escaped;
    for (const QString &code : codes)
        escaped.append(escapedCode(code));
    std::sort(escaped.begin(), escaped.end());
    escaped.erase(std::unique(escaped.begin(), escaped.end()), escaped.end());
    return QString::fromUtf8(',' + escaped.join(',') + ',');
}

QStringList toCodeList(const QVariant &value)
{
    QStringList codes;
    for (const QString &escaped : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString code = escaped;
        code.replace(QStringLiteral("%2C"), QStringLiteral(","));
        code.replace(QStringLiteral("%25"), QStringLiteral("%"));
        codes.append(code);
    }
    return codes;
}

} // namespace teren::db
