#include "ErrorMessage.h"

#include "domain/Error.h"

namespace teren {

QString ErrorMessage::of(const std::exception &error)
{
    if (const auto *known = dynamic_cast<const Error *>(&error))
        return known->message();
    return tr("An unexpected error stopped this action (%1).").arg(QString::fromLocal8Bit(error.what()));
}

QString ErrorMessage::ofUnknown()
{
    return tr("An unexpected error stopped this action.");
}

} // namespace teren
