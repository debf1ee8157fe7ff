#pragma once

#include "domain/Error.h"
#include "i18n/Dates.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace teren {

// Shared checks with their translated messages; each throws ValidationError naming
// the offending field.
class Rules
{
    Q_DECLARE_TR_FUNCTIONS(Rules)

public:
    static void requireText(const QString &value, const QString &field, const QString &what)
    {
        if (value.trimmed().isEmpty())
            throw ValidationError(tr("%1 must not be empty.").arg(what), field);
    }
    static void requireDate(const QDate &date, const QString &field, const QString &what)
    {
        if (!date.isValid())
            throw ValidationError(tr("%1 is required.").arg(what), field);
    }
    static void requireCode(bool known, const QString &code, const QString &field, const QString &what)
    {
        if (!known)
            throw ValidationError(tr("Unknown %1 \"%2\".").arg(what, code), field);
    }
    static void requireNotBefore(const QDate &date, const QDate &floor, const QString &field, const QString &what)
    {
        if (date.isValid() && floor.isValid() && date < floor)
            throw ValidationError(tr("%1 (%2) cannot be before the need was identified (%3).")
                                      .arg(what, Dates::shortDate(date), Dates::shortDate(floor)),
                                  field);
    }
    static void requireExists(bool exists, const QString &field, const QString &what)
    {
        if (!exists)
            throw ValidationError(tr("The %1 does not exist (it may have been deleted).").arg(what), field);
    }
};

} // namespace teren
