#include "Dates.h"

#include <QLocale>

namespace teren {

QString Dates::shortFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

QString Dates::shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, shortFormat()) : QString();
}

QString Dates::shortDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return QLocale().toString(dateTime, shortFormat() + u' ' + QLocale().timeFormat(QLocale::ShortFormat));
}

} // namespace teren
