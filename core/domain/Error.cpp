#include "Error.h"

namespace teren {

Error::Error(QString message, QString field)
    : m_message(std::move(message))
    , m_field(std::move(field))
    , m_utf8(m_message.toUtf8())
{
}

} // namespace teren
